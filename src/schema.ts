/**
 * The Zod schemas: the single source of baocao's public types (`z.infer`).
 * Published as JSON Schema in the package (dist/report.schema.json, dist/facts.schema.json).
 */
import * as z from "zod";

/** UTF-16, end-exclusive, into the ORIGINAL input: `input.slice(start, end) === text`. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/**
 * The ids of the rules that make extracted values, one list per kind of value: the single place
 * a new rule id is added. `rule` on every value is a literal union of these (`ValueRule`), and
 * each kind of value takes only its own (`RuleOf<"money">`, …).
 */
export const VALUE_RULES = {
  money: ["money.currency", "money.cent", "money.prefix", "money.bare-scale", "money.context", "money.rate", "money.from-to", "money.glued", "money.code-glued", "money.minor"],
  percent: ["percent.sign", "percent.implied", "percent.from-to"],
  measure: ["measure.unit", "measure.elided"],
  count: ["count.noun", "count.classifier", "count.pair", "count.other", "count.role-before", "count.stated"],
  date: ["date.numeric", "date.range", "date.words", "date.month", "date.quarter", "date.year"],
  mention: ["person.name", "person.short-ref", "person.byline", "person.named", "person.photo-credit"],
  position: ["person.title", "person.title-abbr"],
  organization: ["org.head"],
} as const;
export type ValueRuleGroup = keyof typeof VALUE_RULES;
/** The rule ids of one kind of value: `RuleOf<"money">` is `"money.currency" | "money.cent" | …`. */
export type RuleOf<G extends ValueRuleGroup> = (typeof VALUE_RULES)[G][number];
export type ValueRule = RuleOf<ValueRuleGroup>;

/**
 * The ids of the consistency rules (`Finding.rule`): the single place a new one is added.
 * See src/check/ (one file per family: breakdown, plan, growth, fraction/share, numbers, dates, positions).
 */
export const FINDING_RULES = [
  "breakdown.sum",
  "breakdown.part",
  "plan.ratio",
  "plan.direction",
  "growth.rate",
  "growth.direction",
  "growth.multiple",
  "growth.delta",
  "growth.over-100",
  "fraction.over",
  "fraction.percent",
  "share.over-100",
  "share.of-whole",
  "percent-total.sum",
  "restatement.words",
  "restatement.units",
  "numbers.two-ways",
  "numbers.separator",
  "numbers.mixed",
  "dates.impossible",
  "dates.weekday",
  "period.review",
  "positions.conflict",
  "relations.unchecked",
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];

const ruleOf = <G extends ValueRuleGroup>(group: G) =>
  z.enum(VALUE_RULES[group] as unknown as [RuleOf<G>, ...RuleOf<G>[]]).describe(`id of the rule that made this value (${group})`);

/** Evidence every extracted value carries (with the `rule` of its own kind). */
const evidence = {
  span: Span,
  text: z.string(),
};

export const Category = z.enum(["task", "publication", "training", "personnel", "organization", "award", "event", "other"]);
export type Category = z.infer<typeof Category>;

export const FigureKind = z.enum(["count", "money", "percent", "measure"]);
export type FigureKind = z.infer<typeof FigureKind>;

export const Relation = z.enum(["đạt", "vượt", "tăng", "giảm", "bằng", "chiếm", "không đạt", "còn", "hoàn thành"]);
export type Relation = z.infer<typeof Relation>;

export const Comparison = z.object({
  relation: Relation.optional(),
  /** What the figure is compared with, as written: "kế hoạch", "cùng kỳ", "năm 2021". */
  basis: z.string().optional(),
  /** Id of the figure the comparison refers to (the plan, the base), when stated. */
  basisFigure: z.string().optional(),
});
export type Comparison = z.infer<typeof Comparison>;

/** A field another kind of figure has: never set on this one (`{ kind: "count", currency }` does not type-check). */
const absent = z.never().optional();

/** What every figure has, whatever its kind. */
const figureBase = {
  id: z.string().describe("f1, f2… in text order"),
  value: z.number(),
  approx: z.boolean().optional(),
  /** khoảng/gần/ước → about; hơn/trên/tối thiểu → lower; dưới/tối đa → upper. */
  bound: z.enum(["about", "lower", "upper"]).optional(),
  /** For ranges "từ 10 đến 15": the other end; the figure's value is the low end. */
  range: z.object({ from: z.number(), to: z.number() }).optional(),
  /** Estimated ("ước đạt", "dự kiến"). */
  estimated: z.boolean().optional(),
  /** What the figure is about: "doanh thu", "nhiệm vụ cấp Bộ". */
  subject: z.string().optional(),
  comparison: Comparison.optional(),
  /** Breakdown: the id of the whole this figure is a part of, and the parts of this one. */
  parent: z.string().optional(),
  children: z.array(z.string()).optional(),
  /** How the parts are introduced: "trong đó" (not exhaustive unless stated), "gồm" (exhaustive). */
  breakdown: z.enum(["exhaustive", "partial"]).optional(),
  /** Digit-group reading when the separators were ambiguous. */
  ambiguous: z.boolean().optional(),
  ...evidence,
};

/** "3,247 tỉ đồng", "45 triệu đồng/người/tháng", "500 USD". */
export const MoneyFigure = z.object({
  kind: z.literal("money"),
  ...figureBase,
  currency: z.string().describe("ISO 4217"),
  /** Rate denominators, e.g. ["người", "tháng"] for "45 triệu đồng/người/tháng". */
  per: z.array(z.string()).optional(),
  rule: ruleOf("money"),
  unit: absent,
  category: absent,
  noun: absent,
  of: absent,
  refersTo: absent,
});
/** "217%", "40-45%": with what it is stated for (`refersTo`) and compared with (`comparison`). */
export const PercentFigure = z.object({
  kind: z.literal("percent"),
  ...figureBase,
  /** Id of the figure this percentage is stated for ("đạt 3 tỷ đồng, bằng 150% kế hoạch"). */
  refersTo: z.string().optional(),
  rule: ruleOf("percent"),
  currency: absent,
  unit: absent,
  category: absent,
  noun: absent,
  of: absent,
  per: absent,
});
/** "12.000 m2", "500 tấn", "30 km". */
export const MeasureFigure = z.object({
  kind: z.literal("measure"),
  ...figureBase,
  unit: z.string().describe("unit as written"),
  rule: ruleOf("measure"),
  currency: absent,
  category: absent,
  noun: absent,
  of: absent,
  per: absent,
  refersTo: absent,
});
/** "03 nhiệm vụ cấp Bộ", "45/52 đơn vị": what is counted, and its category. */
export const CountFigure = z.object({
  kind: z.literal("count"),
  ...figureBase,
  category: Category,
  /** Counted noun phrase, e.g. "nhiệm vụ cấp Bộ". */
  noun: z.string().optional(),
  /** The whole in "A/B". */
  of: z.number().optional(),
  rule: ruleOf("count"),
  currency: absent,
  unit: absent,
  per: absent,
  refersTo: absent,
});

/** A figure: one of four kinds, told apart by `kind` (a discriminated union). */
export const Figure = z.discriminatedUnion("kind", [CountFigure, MoneyFigure, PercentFigure, MeasureFigure]);
export type Figure = z.infer<typeof Figure>;
export type MoneyFigure = z.infer<typeof MoneyFigure>;
export type PercentFigure = z.infer<typeof PercentFigure>;
export type MeasureFigure = z.infer<typeof MeasureFigure>;
export type CountFigure = z.infer<typeof CountFigure>;
/** The figure of one kind: `FigureOf<"money">` is `MoneyFigure`. */
export type FigureOf<K extends FigureKind> = Extract<Figure, { kind: K }>;

export const Position = z.object({
  title: z.string(),
  org: z.string().nullable(),
  modifiers: z.array(z.string()).optional(),
  ...evidence,
  rule: ruleOf("position"),
});
export type Position = z.infer<typeof Position>;

export const Mention = z.object({ ...evidence, rule: ruleOf("mention") });
export type Mention = z.infer<typeof Mention>;

export const EventRole = z.enum(["chủ trì", "tham dự", "báo cáo", "phát biểu", "chỉ đạo", "trình bày", "tác giả"]);
export const Person = z.object({
  id: z.string(),
  name: z.string().describe("NFC, without honorifics or titles"),
  honorifics: z.array(z.string()),
  positions: z.array(Position),
  roles: z.array(EventRole),
  mentions: z.array(Mention).min(1),
});
export type Person = z.infer<typeof Person>;

export const Organization = z.object({
  id: z.string(),
  name: z.string(),
  head: z.string().describe("the head noun: Viện, Trung tâm, UBND…"),
  ...evidence,
  rule: ruleOf("organization"),
});
export type Organization = z.infer<typeof Organization>;

export const DateValue = z.object({
  /** YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD (no year) or YYYY-Qn. */
  value: z.string(),
  precision: z.enum(["day", "month", "quarter", "year"]),
  /** true when the year was not written and was taken from context. */
  yearInferred: z.boolean().optional(),
  /** A calendar-impossible date as written ("31/02/2022", "năm 20221"), kept for the checks. */
  invalid: z.boolean().optional(),
  ...evidence,
  rule: ruleOf("date"),
});
export type DateValue = z.infer<typeof DateValue>;

export const Severity = z.enum(["error", "warning", "info"]);
export const Finding = z.object({
  rule: z.enum(FINDING_RULES).describe("id of the consistency rule"),
  severity: Severity,
  message: z.object({ vi: z.string(), en: z.string() }),
  spans: z.array(Span),
  figures: z.array(z.string()).optional(),
  expected: z.union([z.number(), z.string()]).optional(),
  found: z.union([z.number(), z.string()]).optional(),
  /** Id of the relation (report.relations) the finding is about. */
  relation: z.string().optional(),
  /** The arithmetic, stated: "14 + 3 + 9 + 1 + 14 = 41 ≠ 40 đơn vị", "4 ÷ 2 = 200%, không phải 180%". */
  arithmetic: z.object({ vi: z.string(), en: z.string() }).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  span: Span.optional(),
});
export type Warning = z.infer<typeof Warning>;

export const Convention = z.enum(["vi", "en", "unknown"]);

export const Event = z.object({
  kind: z.string().optional().describe("hội nghị, tổng kết, đại hội…"),
  title: z.string().optional(),
  date: z.string().nullable(),
  dateEvidence: DateValue.optional(),
  host: z.string().optional(),
  year: z.number().int().optional().describe("the year the report is about"),
});

const ref = { figure: z.string().describe("figure id"), value: z.number() };
export const Sections = z.object({
  tasks: z.array(z.object({ ...ref, level: z.string().optional().describe("cấp Nhà nước, cấp Bộ, cấp cơ sở…"), status: z.string().optional().describe("chuyển tiếp, mở mới, nghiệm thu, hoàn thành…") })),
  publications: z.array(z.object({ ...ref, type: z.string().optional().describe("bài báo, sách, sáng chế…"), scope: z.string().optional().describe("quốc tế, trong nước, ISI, Scopus") })),
  money: z.array(
    z.object({
      ...ref,
      currency: z.string(),
      subject: z.string().optional().describe("doanh thu, lợi nhuận, kinh phí…"),
      estimated: z.boolean().optional(),
      percentOfPlan: z.number().optional(),
      plan: z.number().optional(),
      growth: z.object({ percent: z.number(), direction: z.enum(["tăng", "giảm"]), basis: z.string().optional() }).optional(),
    }),
  ),
  training: z.array(z.object({ ...ref, kind: z.string().optional().describe("sent, thesis, students, graduates, courses"), degree: z.string().optional() })),
  personnel: z.array(z.string()).describe("figure ids"),
  awards: z.array(z.string()).describe("figure ids"),
});

// ---------------------------------------------------------------------------------------------
// Relations: which figures the text ties together, and how (src/relate/). The checks read these.
//
//   "38 đơn vị, gồm 12 khoa, 4 viện và 15 phòng"  → breakdown { whole f1, parts f2 f3 f4, closed }
//   "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng" → plan { actual f1, percent f2, plan f3 }
//   "15 (mười bảy) đồng chí"                        → restatement { value "15", restated "mười bảy" }

export const RelationKind = z.enum(["breakdown", "plan", "growth", "share", "fraction", "percent-total", "restatement", "period", "position"]);
export type RelationKind = z.infer<typeof RelationKind>;

/**
 * How sure the tie is: `explicit` when a cue in the text states it ("gồm", "trong đó",
 * "so với kế hoạch (… )", "chiếm", "tương đương", "Bằng chữ"); `inferred` when it was guessed
 * from position or wording alone. Only an explicit relation can yield an `error`.
 */
export const RelationCertainty = z.enum(["explicit", "inferred"]);
export type RelationCertainty = z.infer<typeof RelationCertainty>;

/** The words that tie the members: "gồm", "so với kế hoạch", "chiếm", "tổng kết năm". */
export const RelationCue = z.object({ span: Span, text: z.string() });
export type RelationCue = z.infer<typeof RelationCue>;

/**
 * One member of a relation: a figure (its id), or a number, date or title the text states
 * that is not a figure ("gấp 3,8 lần", "(mười bảy)", "tổng kết năm 2023", "Phó Giám đốc").
 * Roles by kind:
 *   breakdown      whole, part (also: remainder — "còn lại")
 *   plan           actual, plan, percent
 *   growth         value, base, rate, multiple, delta
 *   share          part, whole, percent
 *   fraction       fraction (value = A, of = B), percent
 *   percent-total  share (one per class), remainder
 *   restatement    value, restated
 *   period         period (what is reviewed), event (when it is held)
 *   position       held (one per title)
 */
export const RelationMember = z.object({
  role: z.string(),
  figure: z.string().optional().describe("figure id, when the member is a figure"),
  value: z.number().optional().describe("its value as read (for a negative part: the signed value)"),
  /** Other readings of an ambiguous number ("1,615" → 1.615 or 1 615), for the checks. */
  alternatives: z.array(z.number()).optional(),
  of: z.number().optional().describe("fraction: the whole B of A/B"),
  factor: z.number().optional().describe("how many times the member counts: 2 for '2 lần 20.000 USD'"),
  /** Periods and dates: ISO start and end (inclusive) of what the member names. */
  from: z.string().optional(),
  to: z.string().optional(),
  label: z.string().optional().describe("what the member is, in a few words: 'khoa', 'kế hoạch năm', 'cấp Bộ'"),
  span: Span,
  text: z.string(),
});
export type RelationMember = z.infer<typeof RelationMember>;

const relationBase = {
  id: z.string().describe("r1, r2… in text order"),
  certainty: RelationCertainty,
  cue: RelationCue.optional(),
  members: z.array(RelationMember),
  /** Roles the relation needs but the text does not state (the relation cannot be checked). */
  missing: z.array(z.string()).optional(),
  rule: z.string().describe("id of the rule that found the relation, e.g. 'relate.breakdown.list'"),
};

export const RelationBreakdown = z.object({
  kind: z.literal("breakdown"),
  ...relationBase,
  /** closed: the parts are all the parts ("gồm", "cụ thể", "còn lại"); open: some ("trong đó", "bao gồm cả", "…"). */
  closed: z.boolean(),
  /** disjoint: no two parts can overlap (chuyển tiếp/mở mới, cấp Bộ/cấp cơ sở, khoa/viện); overlapping: they may (nữ, đảng viên). */
  parts: z.enum(["disjoint", "overlapping", "unknown"]),
});
export const RelationPlan = z.object({
  kind: z.literal("plan"),
  ...relationBase,
  /** The percent as written is the excess over the plan ("vượt 17% kế hoạch" = 117%). */
  excess: z.boolean().optional(),
  /** The percent as written is the shortfall ("giảm 5% so với kế hoạch" = 95%). */
  shortfall: z.boolean().optional(),
  /** A direction the text claims: "vượt kế hoạch" (over), "không đạt kế hoạch" (under). */
  direction: z.enum(["over", "under"]).optional(),
  directionCue: RelationCue.optional(),
});
export const RelationGrowth = z.object({
  kind: z.literal("growth"),
  ...relationBase,
  direction: z.enum(["up", "down"]),
  /**
   * What the change is stated as: a rate (%), a multiple ("gấp 3 lần"), a delta, a delta with its
   * rate, or a ratio: the value as a percent of its base ("bằng 108,6% so với cùng kỳ", value ÷
   * base = 108,6%; its direction is up from 100% on, down below).
   */
  measure: z.enum(["rate", "multiple", "delta", "delta-rate", "ratio"]),
  basis: z.string().optional().describe("as written: 'năm 2015', 'cùng kỳ'"),
});
export const RelationShare = z.object({ kind: z.literal("share"), ...relationBase });
export const RelationFraction = z.object({ kind: z.literal("fraction"), ...relationBase });
export const RelationPercentTotal = z.object({
  kind: z.literal("percent-total"),
  ...relationBase,
  /** closed: the classes cover the whole (a full rating scale, "còn lại"): the shares add to 100. */
  closed: z.boolean(),
});
export const RelationRestatement = z.object({
  kind: z.literal("restatement"),
  ...relationBase,
  /** words: digits and words ("15 (mười lăm)", "Bằng chữ"); units: two units or scales ("3.200 triệu đồng (tương đương 3,2 tỷ đồng)"); separator: the same digits with "." and ",". */
  form: z.enum(["words", "units", "separator"]),
});
export const RelationPeriod = z.object({ kind: z.literal("period"), ...relationBase });
export const RelationPosition = z.object({
  kind: z.literal("position"),
  ...relationBase,
  person: z.string().describe("person id"),
  /** Words in the text that tell of a change of post (nguyên, tân, được bổ nhiệm …), if any. */
  change: z.string().optional(),
});

/** One relation between figures (or other stated values), discriminated on `kind`. */
export const RelationRecord = z.discriminatedUnion("kind", [
  RelationBreakdown,
  RelationPlan,
  RelationGrowth,
  RelationShare,
  RelationFraction,
  RelationPercentTotal,
  RelationRestatement,
  RelationPeriod,
  RelationPosition,
]);
export type RelationRecord = z.infer<typeof RelationRecord>;
export type RelationBreakdown = z.infer<typeof RelationBreakdown>;
export type RelationPlan = z.infer<typeof RelationPlan>;
export type RelationGrowth = z.infer<typeof RelationGrowth>;
export type RelationShare = z.infer<typeof RelationShare>;
export type RelationFraction = z.infer<typeof RelationFraction>;
export type RelationPercentTotal = z.infer<typeof RelationPercentTotal>;
export type RelationRestatement = z.infer<typeof RelationRestatement>;
export type RelationPeriod = z.infer<typeof RelationPeriod>;
export type RelationPosition = z.infer<typeof RelationPosition>;

export const Report = z.object({
  version: z.literal(1),
  id: z.string().optional(),
  event: Event,
  people: z.array(Person),
  organizations: z.array(Organization),
  figures: z.array(Figure),
  dates: z.array(DateValue),
  sections: Sections,
  convention: z.object({
    numbers: Convention.describe("vi: 1.000,5 — en: 1,000.5"),
    evidence: z.array(z.string()).optional(),
  }),
  /** The ties between figures that the checks read (src/relate/), in text order. */
  relations: z.array(RelationRecord),
  findings: z.array(Finding),
  warnings: z.array(Warning),
  /** Filled in by the batch CLI: where the post came from (spans index `text` when it is given). */
  input: z
    .object({
      source: z.string().describe("file, or file:line for JSONL, or stdin"),
      title: z.string().optional(),
      url: z.string().optional(),
      encoding: z.string().optional(),
      text: z.string().optional().describe("the text that was read (with --text)"),
    })
    .optional(),
});
export type Report = z.infer<typeof Report>;

/** The compact facts view: exactly the shape of ../shared/corpus/GOLD.md. */
export const FactFigure = z.object({
  kind: FigureKind,
  value: z.number(),
  currency: z.string().optional(),
  unit: z.string().optional(),
  category: Category.optional(),
  of: z.number().optional(),
  approx: z.boolean().optional(),
  text: z.string(),
});
export const FactPerson = z.object({
  name: z.string(),
  honorifics: z.array(z.string()),
  positions: z.array(z.object({ title: z.string(), org: z.string().nullable() })),
});
export const Facts = z.object({
  id: z.string(),
  date: z.string().nullable(),
  people: z.array(FactPerson),
  figures: z.array(FactFigure),
  notes: z.string().optional(),
});
export type Facts = z.infer<typeof Facts>;
export type FactFigure = z.infer<typeof FactFigure>;
export type FactPerson = z.infer<typeof FactPerson>;
