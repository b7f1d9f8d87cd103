/**
 * The post's own text with highlights (issue 15): spans in, nested <mark> elements out, the
 * text itself untouched (the article's textContent is exactly the input).
 *
 *   "đã thực hiện 03 nhiệm vụ cấp Bộ" + { key: "f1", start: 13, end: 31, kind: "count" }
 *     → 'đã thực hiện <mark class="bc-m k-count" data-key="f1" … id="bc-f1">03 nhiệm vụ cấp Bộ</mark>'
 *   a date inside a figure → nested:  <mark f…>… <mark d…>năm 2021</mark></mark>
 *   two spans that cross ("A [B C] D" and "[C D E]") → the later one is cut in two fragments with
 *     the same data-key (data-part="1", "2"): their texts joined are its text
 */
import { esc } from "./format.js";
import type { MarkKind } from "./palette.js";

export interface MarkItem {
  /** Unique per highlight: f1, p1.0 (a person's first mention), o3, d2, s1. */
  key: string;
  /** The thing it shows: a figure, person, organisation or date id (several mentions, one ref). */
  ref: string;
  kind: MarkKind;
  start: number;
  end: number;
  /** Extra attributes, already escaped values. */
  attrs?: string;
  /** The cue of relation `cue` ("gồm", "so với kế hoạch"): a plain span, not a highlight. */
  cue?: string;
}

const RANK: Record<MarkKind, number> = { count: 1, money: 1, percent: 1, measure: 1, person: 2, org: 3, date: 4, span: 5 };

interface Open {
  item: MarkItem;
  end: number;
}

/** HTML of `text` with every item highlighted; items outside the text or empty are dropped. */
export function markText(text: string, items: MarkItem[], label: (k: MarkKind) => string): string {
  const list = items
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .map((m) => ({ item: m, start: m.start, end: m.end, part: 0 }))
    .sort(order);
  const parts = new Map<string, number>();
  const out: string[] = [];
  const stack: Open[] = [];
  let pos = 0;
  const emitTo = (to: number) => {
    if (to > pos) out.push(esc(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  const closeTo = (limit: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= limit) {
      const done = stack.pop()!;
      emitTo(done.end);
      out.push(done.item.cue !== undefined ? "</span>" : "</mark>");
    }
  };
  for (let i = 0; i < list.length; i++) {
    const cur = list[i]!;
    closeTo(cur.start);
    const top = stack[stack.length - 1];
    let end = cur.end;
    if (top && end > top.end) {
      // Crossing: this fragment ends with the open one; the rest comes back in order.
      end = top.end;
      const first = cur.part || 1;
      const rest = { item: cur.item, start: top.end, end: cur.end, part: first + 1 };
      let at = i + 1;
      while (at < list.length && order(list[at]!, rest) <= 0) at++;
      list.splice(at, 0, rest);
      cur.part = first;
    }
    emitTo(cur.start);
    const m = cur.item;
    const n = (parts.get(m.key) ?? 0) + 1;
    parts.set(m.key, n);
    if (m.cue !== undefined) {
      out.push(`<span class="bc-cue" data-rel="${esc(m.cue)}">`);
      stack.push({ item: m, end });
      continue;
    }
    out.push(
      `<mark class="bc-m k-${m.kind}" data-key="${esc(m.key)}" data-ref="${esc(m.ref)}" data-label="${esc(label(m.kind))}"${n === 1 ? ` id="bc-${esc(m.key)}"` : ""}${cur.part ? ` data-part="${cur.part}"` : ""} tabindex="0"${m.attrs ?? ""}>`,
    );
    stack.push({ item: m, end });
  }
  closeTo(Infinity);
  emitTo(text.length);
  return out.join("");
}

/** Outer first: earlier start, then longer, then cue, figure, person, organisation, date, place. */
function order(a: { start: number; end: number; item: MarkItem }, b: { start: number; end: number; item: MarkItem }): number {
  return a.start - b.start || b.end - a.end || rank(a.item) - rank(b.item);
}
const rank = (m: MarkItem) => (m.cue !== undefined ? 0 : RANK[m.kind]);
