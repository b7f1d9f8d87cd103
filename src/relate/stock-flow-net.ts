/**
 * The net change told after the flows of a stock-flow breakdown (stock-flow.ts) is no more flow:
 *
 *   "Đầu năm có 3.150 hội viên; kết nạp 210, giảm 95, tăng 115 hội viên; cuối năm có 3.265 hội viên"
 *        210 − 95 = 115: the last "tăng" is the net change, 3.150 + 210 − 95 = 3.265
 *   "…; kết nạp 40, chuyển đi 25, từ trần 30, giảm 15 đảng viên; …"   40 − 25 − 30 = −15: a net "giảm"
 * Only the last flow, after inflows and outflows both, and only when it is exactly what they come to
 * ("tăng thực 115", "như vậy tăng 115"); a last "tăng" of any other value stays a flow.
 */
import type { Fig } from "./context.js";

export function withoutNetChange<T extends { g: Fig; out: boolean }>(flows: T[]): T[] {
  if (flows.length < 3) return flows;
  const last = flows[flows.length - 1]!;
  const prev = flows.slice(0, -1);
  if (!prev.some((x) => x.out) || !prev.some((x) => !x.out)) return flows;
  const signed = (x: T): number => (x.out ? -1 : 1) * Math.abs(x.g.f.value);
  const net = prev.reduce((a, x) => a + signed(x), 0);
  const v = signed(last);
  return v !== 0 && Math.abs(net - v) <= 1e-9 * Math.abs(v) ? prev : flows;
}
