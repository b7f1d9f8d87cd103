/**
 * Colours of the view (issue 15), one per kind of highlight and per severity, each paired with a
 * shape so that no kind is told by colour alone, and the WCAG 2 contrast arithmetic the tests use.
 *
 *   count    blue fill,   solid box          person  pink fill,   solid underline
 *   money    green fill,  double box         org     violet fill, double underline
 *   percent  amber fill,  dashed box         date    grey fill,   dashed underline
 *   measure  teal fill,   dotted box
 *
 *   contrast("#111827", "#dbeafe") → 14.9   (text on a highlight: AA needs 4.5)
 *   contrast("#1d4ed8", "#ffffff") → 6.7    (a highlight's border on the page: AA needs 3)
 */

export type MarkKind = "count" | "money" | "percent" | "measure" | "person" | "org" | "date" | "span";

export interface KindStyle {
  /** Fill behind the text. */
  bg: string;
  /** Border or underline: the shape cue, drawn in this colour. */
  line: string;
  /** CSS border style of the cue. */
  shape: "solid" | "double" | "dashed" | "dotted";
  /** Box (all four sides) for figures, underline for names and dates. */
  box: boolean;
}

/** The text colour everywhere, and the page. */
export const INK = "#111827";
export const PAGE = "#ffffff";
export const MUTED = "#4b5563";
export const LINK = "#1d4ed8";

export const KINDS: Record<MarkKind, KindStyle> = {
  count: { bg: "#dbeafe", line: "#1d4ed8", shape: "solid", box: true },
  money: { bg: "#dcfce7", line: "#15803d", shape: "double", box: true },
  percent: { bg: "#fef3c7", line: "#b45309", shape: "dashed", box: true },
  measure: { bg: "#ccfbf1", line: "#0f766e", shape: "dotted", box: true },
  person: { bg: "#fce7f3", line: "#be185d", shape: "solid", box: false },
  org: { bg: "#ede9fe", line: "#6d28d9", shape: "double", box: false },
  date: { bg: "#e5e7eb", line: "#4b5563", shape: "dashed", box: false },
  // A place a finding points at that no highlight covers (an impossible date, a position).
  span: { bg: "#fee2e2", line: "#b91c1c", shape: "dotted", box: false },
};

/** A figure a clicked finding ties: thick outline (shape) and a yellow fill (colour). */
export const MARKED = { bg: "#fde047", line: "#111827" };

export type SeverityName = "error" | "warning" | "info";
/** Severity badges: white text on a dark fill, with an icon and the word. */
export const SEVERITY: Record<SeverityName, { bg: string; fg: string; icon: string }> = {
  error: { bg: "#b91c1c", fg: "#ffffff", icon: "✖" },
  warning: { bg: "#92400e", fg: "#ffffff", icon: "▲" },
  info: { bg: "#1e40af", fg: "#ffffff", icon: "ℹ" },
};

/** Colours of the lines that draw relations on the text (non-text: AA needs 3:1 on the page). */
export const RELATION_LINE = "#374151";

// ---- WCAG 2.x contrast -------------------------------------------------------------------

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** "#rgb" or "#rrggbb" or "rgb(r, g, b)" → [r, g, b] (0–255). */
export function rgbOf(color: string): [number, number, number] {
  const m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  let h = color.replace(/^#/, "");
  if (h.length === 3) h = h.replace(/./g, "$&$&");
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a colour: ${color}`);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2.x). */
export function luminance(color: string): number {
  const [r, g, b] = rgbOf(color);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, 1 … 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
