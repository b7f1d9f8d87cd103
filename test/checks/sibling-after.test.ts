/**
 * Two shapes of a second statement read into the first (blind audit 11's false errors, round 34;
 * sentences written for this table, arithmetic by python3 in each comment):
 *   - a second structure after ";" ("…; cơ cấu lao động: …") is no class of the first
 *     (percent-total.ts OTHER_MEASURE: the first structure ends there; the second is left unread);
 *   - after a "trong đó" part, ", và" and a count told by the same kind of deed as the whole
 *     ("124 phạm nhân được đặc xá, trong đó 12 phạm nhân nữ, và 386 phạm nhân được giảm …") is a
 *     sibling of the whole, not a second part (list-handled.ts).
 */
import { runTable } from "./table.js";

const E = (rule: string) => ({ rule, severity: "error" as const });

runTable("a second statement after ';' or ', và' is no part of the first", {
  valid: [
    // 32.4 + 28.1 + 39.5 == 100; 46.2 + 53.8 == 100
    "Năm 2025, cơ cấu kinh tế của xã: nông nghiệp 32,4%, công nghiệp - xây dựng 28,1%, thương mại - dịch vụ 39,5%; cơ cấu lao động: lao động nông nghiệp 46,2%, lao động phi nông nghiệp 53,8%.",
    // 22.4 + 38.1 + 39.5 == 100; 58 + 42 == 100
    "Cơ cấu kinh tế năm 2024: nông nghiệp 22,4%, công nghiệp 38,1%, dịch vụ 39,5%; cơ cấu vốn đầu tư: vốn nhà nước 58%, vốn ngoài nhà nước 42%.",
    // 12 + 112 == 124 would be a part list; here 386 is a sibling of the 124
    "Năm 2025, trại giam quản lý 2.846 phạm nhân; có 124 phạm nhân được đặc xá, trong đó 12 phạm nhân nữ, và 386 phạm nhân được giảm thời hạn chấp hành án phạt tù.",
    "Năm 2024, xã có 500 hộ được vay vốn, trong đó 120 hộ nghèo, và 640 hộ được tập huấn kỹ thuật.",
  ],
  invalid: [
    // 32.4 + 28.1 + 41.5 == 102 ≠ 100 (the first structure still judged)
    { text: "Cơ cấu kinh tế: nông nghiệp 32,4%, công nghiệp - xây dựng 28,1%, dịch vụ 41,5%; cơ cấu lao động: nông nghiệp 46,2%, phi nông nghiệp 53,8%.", errors: [E("percent-total.sum")] },
    // a part of the 124 larger than it (no deed after it): still an error
    { text: "Có 124 phạm nhân được đặc xá, trong đó 12 phạm nhân nữ, và 136 phạm nhân nam.", errors: [E("breakdown.part")] },
  ],
});
