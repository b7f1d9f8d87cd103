/**
 * Round 34 (helper fix12): contradictions that passed blind audit 11 (fresh12.test.ts; its texts
 * untouched), by shape. Each shape has its own invented sentences here: contradictions with the
 * rule expected and traps that must stay silent (no error, no warning). Arithmetic checked with
 * python3, in the comment of each group.
 *
 *  A  "A/B cuộc kiểm toán/thanh tra/kiểm tra/giám sát" with A > B: a fraction over its whole, not a
 *     date or a score (lexicon AUDIT_EVENT_NOUNS, read by number.ts's pairIsFraction)
 */
import { E, runTable } from "./table.js";

runTable("misses s34b: contradictions", {
  valid: [
    // A: 36 ≤ 38; a plan claimed after ("vượt kế hoạch 2 cuộc"): done of planned; a date before the
    // noun ("Ngày 12/11"); 24 ÷ 25 = 96%
    "Năm 2025, Kiểm toán nhà nước khu vực IV đã thực hiện 36/38 cuộc kiểm toán theo kế hoạch được giao.",
    "Năm 2025, Thanh tra tỉnh đã thực hiện 38/36 cuộc thanh tra theo kế hoạch, vượt kế hoạch 2 cuộc.",
    "Ngày 12/11 cuộc thanh tra chuyên ngành về đất đai được công bố kết luận.",
    "Năm 2024, Thanh tra huyện thực hiện 24/25 cuộc thanh tra (đạt 96%).",
  ],
  invalid: [
    // A: 38 > 36; 27 > 25; 14 > 12 (shaped like a date, after "thực hiện")
    { text: "Năm 2025, Kiểm toán nhà nước khu vực VII đã thực hiện 38/36 cuộc kiểm toán chuyên đề, phát hiện nhiều sai phạm.", errors: [E("fraction.over")] },
    { text: "Năm 2024, Thanh tra tỉnh đã tiến hành 27/25 cuộc thanh tra hành chính theo kế hoạch năm.", errors: [E("fraction.over")] },
    { text: "Trong 6 tháng đầu năm, Ủy ban Kiểm tra Huyện ủy đã thực hiện 14/12 cuộc kiểm tra đảng viên khi có dấu hiệu vi phạm.", errors: [E("fraction.over")] },
    // A: 24 ÷ 25 = 96% ≠ 86%
    { text: "Năm 2024, Thanh tra huyện thực hiện 24/25 cuộc thanh tra (đạt 86%).", errors: [E("fraction.percent")] },
  ],
});
