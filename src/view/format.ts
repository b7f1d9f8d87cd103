/**
 * Words and numbers of the view (issue 15), in English or Vietnamese.
 *
 *   num(3247000000, "vi") → "3.247.000.000"      num(3247000000, "en") → "3,247,000,000"
 *   num(116.04, "vi")     → "116,04"
 *   amount([420e6, 300e6, 165e6], "VND", "vi") → ["420", "300", "165"], " triệu đồng" (a shared scale)
 *   esc('<a href="x">') → "&lt;a href=&quot;x&quot;&gt;"
 */
export type Lang = "en" | "vi";

const NF = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }),
};

export function num(x: number, lang: Lang): string {
  return Number.isFinite(x) ? NF[lang].format(x) : String(x);
}

const SCALES: { at: number; vi: string; en: string }[] = [
  { at: 1e9, vi: "tỷ", en: "billion" },
  { at: 1e6, vi: "triệu", en: "million" },
  { at: 1e3, vi: "nghìn", en: "thousand" },
];

/** Amounts written on one scale (the largest that keeps the smallest at 1 or more). */
export function amount(values: number[], currency: string | undefined, lang: Lang): { nums: string[]; unit: string } {
  const nonzero = values.filter((v) => v !== 0).map(Math.abs);
  const least = nonzero.length ? Math.min(...nonzero) : 0;
  const s = currency ? SCALES.find((x) => least >= x.at) : undefined;
  const cur = currency === "VND" ? (lang === "vi" ? "đồng" : "VND") : (currency ?? "");
  const unit = [s ? s[lang] : "", cur].filter(Boolean).join(" ");
  return { nums: values.map((v) => num(s ? v / s.at : v, lang)), unit: unit ? ` ${unit}` : "" };
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** JSON safe inside <script>: no "</script>", no U+2028/2029 surprises. */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The words of the page, in English; the Vietnamese have the same keys. */
const EN = {
  text: "Original text",
  findings: "Findings",
  noFindings: "No findings: the figures that could be checked agree.",
  legend: "Legend",
  relations: "Relations",
  figures: "Figures",
  people: "People",
  organizations: "Organisations",
  dates: "Dates",
  details: "What baocao read",
  error: "Error",
  warning: "Warning",
  info: "Info",
  count: "count",
  money: "money",
  percent: "percent",
  measure: "measure",
  person: "person",
  org: "organisation",
  date: "date",
  span: "place a finding or relation points at",
  value: "value",
  unit: "unit",
  currency: "currency",
  category: "category",
  comparison: "comparison",
  rule: "rule",
  subject: "subject",
  noun: "counted noun",
  approx: "approximate",
  bound: "bound",
  range: "range",
  estimated: "estimated",
  ambiguous: "digit groups ambiguous",
  partOf: "part of",
  parts: "parts",
  refersTo: "percent of",
  basisFigure: "against",
  name: "name",
  honorifics: "honorifics",
  positions: "positions",
  roles: "roles",
  mentions: "mentions",
  head: "head noun",
  precision: "precision",
  yearInferred: "year taken from context",
  invalid: "impossible date",
  kind: "kind",
  arithmetic: "Arithmetic",
  ties: "Figures",
  expected: "expected",
  found: "found",
  skip: "Skip to findings",
  index: "All posts",
  keys: "Keys: n / p or ↓ / ↑ next and previous finding, Enter marks its figures, Esc clears.",
  labels: "Show labels",
  source: "Source",
  noRelations: "No figures are tied to each other.",
  yes: "yes",
  id: "id",
  text1: "text",
  finding: "finding",
  of: "of",
  marked: "figures marked",
  relation: "relation",
  missing: "not stated",
};
export type Words = typeof EN;

export const WORDS: Record<Lang, Words> = {
  en: EN,
  vi: {
    text: "Văn bản gốc",
    findings: "Phát hiện",
    noFindings: "Không có phát hiện: các số liệu kiểm tra được đều khớp.",
    legend: "Chú giải",
    relations: "Quan hệ",
    figures: "Số liệu",
    people: "Người",
    organizations: "Tổ chức",
    dates: "Ngày tháng",
    details: "Những gì baocao đọc được",
    error: "Lỗi",
    warning: "Cảnh báo",
    info: "Ghi chú",
    count: "số lượng",
    money: "tiền",
    percent: "phần trăm",
    measure: "đo lường",
    person: "người",
    org: "tổ chức",
    date: "ngày tháng",
    span: "chỗ phát hiện hoặc quan hệ chỉ tới",
    value: "giá trị",
    unit: "đơn vị",
    currency: "tiền tệ",
    category: "loại",
    comparison: "so sánh",
    rule: "quy tắc",
    subject: "chủ thể",
    noun: "danh từ đếm",
    approx: "xấp xỉ",
    bound: "giới hạn",
    range: "khoảng",
    estimated: "ước tính",
    ambiguous: "dấu phân cách chưa rõ",
    partOf: "là phần của",
    parts: "các phần",
    refersTo: "phần trăm của",
    basisFigure: "so với",
    name: "tên",
    honorifics: "danh xưng",
    positions: "chức vụ",
    roles: "vai trò",
    mentions: "số lần nhắc",
    head: "danh từ đầu",
    precision: "độ chính xác",
    yearInferred: "năm suy ra từ ngữ cảnh",
    invalid: "ngày không thể có",
    kind: "loại",
    arithmetic: "Phép tính",
    ties: "Số liệu",
    expected: "cần",
    found: "thấy",
    skip: "Tới phần phát hiện",
    index: "Tất cả bài",
    keys: "Phím: n / p hoặc ↓ / ↑ chuyển phát hiện, Enter đánh dấu số liệu, Esc bỏ đánh dấu.",
    labels: "Hiện nhãn",
    source: "Nguồn",
    noRelations: "Không có số liệu nào gắn với nhau.",
    yes: "có",
    id: "mã",
    text1: "văn bản",
    finding: "phát hiện",
    of: "/",
    marked: "số liệu được đánh dấu",
    relation: "quan hệ",
    missing: "không nêu",
  },
};
