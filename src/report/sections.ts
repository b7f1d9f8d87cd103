/**
 * Domain sections: the figures a year-end review is read for, grouped and described.
 *
 *   "03 nhiệm vụ cấp Bộ (trong đó có 02 nhiệm vụ chuyển tiếp … và 01 nhiệm vụ mở mới)"
 *       → tasks: {3, level "cấp Bộ"}, {2, level "cấp Bộ", status "chuyển tiếp"}, {1, level "cấp Bộ", status "mở mới"}
 *   "11 bài báo khoa học công bố trên các tạp chí quốc tế" → publications: {11, type "bài báo", scope "quốc tế"}
 *   "doanh thu ước đạt 3,247 tỉ đồng (đạt 217% so với kế hoạch)"
 *       → money: {3.247e9 VND, subject "doanh thu", estimated, percentOfPlan 217}
 *   "cử 19 lượt cán bộ tham gia đào tạo", "02 cán bộ bảo vệ thành công luận án tiến sĩ", "hướng dẫn 50 sinh viên"
 *       → training: {19, kind "sent"}, {2, kind "thesis", degree "tiến sĩ"}, {50, kind "students"}
 *
 * Everything here is derived from the linked figures (subject, comparison, parent/children) and
 * the text of each figure's sentence; the word lists are at the top.
 */
import type { Figure, Report } from "../schema.js";
import type { Doc } from "../text/normalize.js";
import { sentenceStartingBefore, type Sentence } from "../text/segment.js";
import type { Hit } from "../recognize/types.js";
import { fold } from "../text/fold.js";
import { foldPattern, named } from "../text/rx.js";

/** Word patterns are written in plain spelling and matched on folded text ("chuyển" → "chuiển"). */
const folded = (re: RegExp): RegExp => new RegExp(foldPattern(re.source), re.flags);
const fl = (rules: [RegExp, string][]): [RegExp, string][] => rules.map(([re, v]) => [folded(re), v]);

/** "cấp Bộ", "cấp Nhà nước", "cấp cơ sở", … */
const LEVEL = named("sections.LEVEL", folded(/cấp\s+(nhà\s+nước|quốc\s+gia|bộ|ngành|tỉnh|thành\s+phố|viện\s+hàn\s+lâm|viện|cơ\s+sở|trường|đại\s+học|huyện|nhà\s+trường|bộ\s+ngành)(?![\p{L}\p{M}])/u));
const TASK_STATUS: [RegExp, string][] = fl([
  [named("sections.TASK_STATUS.0", folded(/chuyển\s+tiếp/u)), "chuyển tiếp"],
  [named("sections.TASK_STATUS.1", folded(/mở\s+mới|triển\s+khai\s+mới|mới\s+được\s+(?:phê\s+duyệt|giao)|được\s+giao\s+mới/u)), "mở mới"],
  [named("sections.TASK_STATUS.2", folded(/nghiệm\s+thu/u)), "nghiệm thu"],
  [named("sections.TASK_STATUS.3", folded(/hoàn\s+thành|kết\s+thúc/u)), "hoàn thành"],
  [named("sections.TASK_STATUS.4", folded(/đang\s+(?:thực\s+hiện|triển\s+khai)/u)), "đang thực hiện"],
]);
const PUB_TYPE: [RegExp, string][] = fl([
  [named("sections.PUB_TYPE.0", folded(/bài\s+báo|bài\s+(?:đăng|viết)|công\s+trình\s+(?:khoa\s+học|công\s+bố)/u)), "bài báo"],
  [named("sections.PUB_TYPE.1", folded(/báo\s+cáo\s+(?:khoa\s+học|hội\s+nghị)|kỉ\s+yếu/u)), "báo cáo hội nghị"],
  [named("sections.PUB_TYPE.2", folded(/giáo\s+trình/u)), "giáo trình"],
  [named("sections.PUB_TYPE.3", folded(/sách|chuyên\s+khảo/u)), "sách"],
  [named("sections.PUB_TYPE.4", folded(/bằng\s+sáng\s+chế|sáng\s+chế|patent/u)), "sáng chế"],
  [named("sections.PUB_TYPE.5", folded(/giải\s+pháp\s+hữu\s+ích/u)), "giải pháp hữu ích"],
]);
const PUB_SCOPE: [RegExp, string][] = fl([
  [named("sections.PUB_SCOPE.0", folded(/(?<![\p{L}])isi(?![\p{L}])|wos|web\s+of\s+science|scie/u)), "ISI"],
  [named("sections.PUB_SCOPE.1", folded(/scopus/u)), "Scopus"],
  [named("sections.PUB_SCOPE.2", folded(/quốc\s+tế|nước\s+ngoài/u)), "quốc tế"],
  [named("sections.PUB_SCOPE.3", folded(/trong\s+nước|quốc\s+gia/u)), "trong nước"],
]);
const TRAINING_KIND: [RegExp, string][] = fl([
  [named("sections.TRAINING_KIND.0", folded(/bảo\s+vệ|luận\s+án|luận\s+văn/u)), "thesis"],
  [named("sections.TRAINING_KIND.1", folded(/hướng\s+dẫn|sinh\s+viên|học\s+viên\s+cao\s+học|thực\s+tập/u)), "students"],
  [named("sections.TRAINING_KIND.2", folded(/tốt\s+nghiệp|cấp\s+bằng/u)), "graduates"],
  [named("sections.TRAINING_KIND.3", folded(/khoá|lớp|khoá\s+học|lớp\s+học/u)), "courses"],
  [named("sections.TRAINING_KIND.4", folded(/cử|đi\s+học|đào\s+tạo|bồi\s+dưỡng|tập\s+huấn/u)), "sent"],
]);
const DEGREE = named("sections.DEGREE", folded(/(tiến\s+sĩ|thạc\s+sĩ|đại\s+học|cao\s+học|nghiên\s+cứu\s+sinh|kĩ\s+sư|cử\s+nhân|sau\s+đại\s+học)/u));
/** A degree named as the level of the training, not a school: "trình độ tiến sĩ", "luận án thạc sĩ". */
const DEGREE_OF = named("sections.DEGREE_OF", folded(/(?:trình\s+độ|luận\s+án|luận\s+văn|bằng|học\s+vị|bậc|hệ|đào\s+tạo|đi\s+học|học)\s+(tiến\s+sĩ|thạc\s+sĩ|đại\s+học|cao\s+học|kĩ\s+sư|cử\s+nhân|sau\s+đại\s+học)/u));

export function buildSections(report: Pick<Report, "figures">, doc: Doc, sentences: Sentence[], hits: readonly Hit[]): Report["sections"] {
  // every entry is a figure's: with none, the sections are empty (most short texts)
  if (!report.figures.length) return { tasks: [], publications: [], money: [], training: [], personnel: [], awards: [] };
  // id → figure and id → position, built on first use (a report of percentages alone needs neither)
  let byIdMap: Map<string, Figure> | undefined;
  let indexMap: Map<string, number> | undefined;
  const byId = { get: (id: string) => (byIdMap ??= new Map(report.figures.map((f) => [f.id, f]))).get(id) };
  const index = { get: (id: string) => (indexMap ??= new Map(report.figures.map((f, i) => [f.id, i]))).get(id) };
  const key = doc.key;
  const sentenceAt = (pos: number): number => sentenceStartingBefore(sentences, pos);

  const sentenceOf = (f: Figure): number => {
    const h = hits[index.get(f.id)!]!;
    const at = sentenceAt(h.start);
    return at >= 0 && h.end <= sentences[at]!.end ? at : -1;
  };
  const memo = new Map<string, { own: string; after: string; before: string; cont: string }>();
  const firstClause = (t: string) => t.split(/[,;()]| và /u)[0] ?? "";
  const around = (f: Figure) => {
    const got = memo.get(f.id);
    if (got) return got;
    const h = hits[index.get(f.id)!]!;
    const si = sentenceOf(f);
    const own = `${key.slice(h.start, h.end)} ${fold(`${f.noun ?? ""} ${f.subject ?? ""}`)}`;
    const after = si >= 0 ? key.slice(h.end, Math.min(sentences[si]!.end, h.end + 80)) : "";
    const before = si >= 0 ? key.slice(Math.max(sentences[si]!.start, h.start - 80), h.start) : "";
    /** the figure's text running on into its own clause: "04 đề tài cấp Nhà" + " nước" */
    const cont = key.slice(h.start, h.end) + firstClause(after);
    const r = { own, after, before, cont };
    memo.set(f.id, r);
    return r;
  };
  const pick = (rules: [RegExp, string][], ...texts: string[]) => {
    for (const t of texts) for (const [re, v] of rules) if (re.test(t)) return v;
    return undefined;
  };

  /** A plan amount stated after a money figure in its sentence: a money figure whose subject names the plan. */
  const figs = report.figures;
  // the percentages stated for each figure ("3 tỷ đồng, bằng 150% kế hoạch"), in text order
  const percentsFor = new Map<string, Figure[]>();
  for (const p of figs) {
    if (p.kind !== "percent" || !p.refersTo) continue;
    const list = percentsFor.get(p.refersTo);
    if (list) list.push(p);
    else percentsFor.set(p.refersTo, [p]);
  }
  // nextPlan[k]: index of the first plan amount after figure k (computed once, right to left, when
  // a money figure first asks: a report with none never does)
  let nextPlan: number[] | undefined;
  const plans = (): number[] => {
    const next: number[] = new Array<number>(figs.length + 1).fill(-1);
    for (let k = figs.length - 1; k >= 0; k--) {
      const g = figs[k + 1];
      const isPlan = !!g && g.kind === "money" && g.comparison?.basisFigure === undefined && PLAN.test(fold(g.subject ?? ""));
      next[k] = isPlan ? k + 1 : next[k + 1]!;
    }
    return next;
  };
  const planAfter = (f: Figure): Figure | undefined => {
    const k = (nextPlan ??= plans())[index.get(f.id)!]!;
    return k >= 0 && sentenceOf(figs[k]!) === sentenceOf(f) ? figs[k] : undefined;
  };
  const ownLevel = (g: Figure) => {
    const a = around(g);
    return LEVEL.exec(a.cont)?.[0] ?? LEVEL.exec(a.own)?.[0];
  };
  /** The level a task states, else the level of the whole it is a part of (memoised: chains of parts can be long). */
  const levels = new Map<string, string | undefined>();
  const levelOf = (f: Figure): string | undefined => {
    if (levels.has(f.id)) return levels.get(f.id);
    levels.set(f.id, undefined); // a cycle, should one ever appear, ends here
    const p = f.parent ? byId.get(f.parent) : undefined;
    const level = ownLevel(f) ?? (p ? levelOf(p) : undefined);
    levels.set(f.id, level);
    return level;
  };

  const tasks: Report["sections"]["tasks"] = [];
  const publications: Report["sections"]["publications"] = [];
  const money: Report["sections"]["money"] = [];
  const training: Report["sections"]["training"] = [];
  const personnel: string[] = [];
  const awards: string[] = [];

  for (const f of report.figures) {
    // the text around a figure is read only for the sections that describe it from there
    if (f.kind === "count" && f.category === "task") {
      const { own, cont } = around(f);
      const level = levelOf(f);
      const status = pick(TASK_STATUS, cont, own);
      tasks.push({ figure: f.id, value: f.value, ...(level ? { level: spell(level) } : {}), ...(status ? { status } : {}) });
    } else if (f.kind === "count" && f.category === "publication") {
      const { own, cont } = around(f);
      const type = pick(PUB_TYPE, own);
      const scope = pick(PUB_SCOPE, cont, own);
      publications.push({ figure: f.id, value: f.value, ...(type ? { type } : {}), ...(scope ? { scope } : {}) });
    } else if (f.kind === "count" && f.category === "training") {
      const { own, before, cont } = around(f);
      const kind = pick(TRAINING_KIND, cont, own, before.slice(-30));
      const degree = DEGREE_OF.exec(cont)?.[1] ?? DEGREE_OF.exec(own)?.[1] ?? DEGREE.exec(fold(f.noun ?? ""))?.[1];
      training.push({ figure: f.id, value: f.value, ...(kind ? { kind } : {}), ...(degree ? { degree: spell(degree) } : {}) });
    } else if (f.kind === "count" && f.category === "personnel") personnel.push(f.id);
    else if (f.kind === "count" && f.category === "award") awards.push(f.id);
    else if (f.kind === "money") {
      const entry: Report["sections"]["money"][number] = { figure: f.id, value: f.value, currency: f.currency ?? "VND" };
      if (f.subject) entry.subject = f.subject;
      if (f.estimated) entry.estimated = true;
      // percentages stated for this amount
      let ofPlan = false;
      for (const p of percentsFor.get(f.id) ?? []) {
        const rel = p.comparison?.relation;
        const basis = fold(p.comparison?.basis ?? "");
        if (rel === "tăng" || rel === "giảm") entry.growth = { percent: p.value, direction: rel, ...(p.comparison?.basis ? { basis: p.comparison.basis } : {}) };
        else if (PLAN.test(basis)) {
          entry.percentOfPlan = p.value;
          ofPlan = true;
        }
        // (not a percent of an earlier period, "bằng 96,44% so với năm 2015", nor one after a percent of
        // the plan named: "bằng 8% dự toán năm, bằng 103,9% so với tháng 1/2016")
        else if (!basis && !ofPlan && (rel === "đạt" || rel === "vượt" || rel === "bằng" || rel === "hoàn thành")) entry.percentOfPlan = p.value;
      }
      // a plan amount stated for it ("kế hoạch 2 tỷ đồng") is a money figure whose subject names the plan
      const plan = planAfter(f);
      if (plan) entry.plan = plan.value;
      money.push(entry);
    }
  }
  return { tasks, publications, money, training, personnel, awards };
}

const PLAN = named("sections.PLAN", folded(/kế\s+hoạch|chỉ\s+tiêu|dự\s+toán/u));

/** Give a folded word list match its usual spelling back ("cấp bộ" → "cấp Bộ"). */
function spell(folded: string): string {
  const s = folded.replace(/\s+/g, " ");
  const caps: Record<string, string> = { "cấp bộ": "cấp Bộ", "cấp nhà nước": "cấp Nhà nước", "cấp viện hàn lâm": "cấp Viện Hàn lâm", "cấp viện": "cấp Viện", "cấp bộ ngành": "cấp Bộ ngành", "kĩ sư": "kỹ sư" };
  return caps[s] ?? s;
}
