/**
 * A sixth batch (written before running): news sentences that a breakdown rule may misread —
 * medals and numbers in words, camera megapixels, storeys and parking spaces, groups of teams,
 * casualties, durations, units of a plant — and two contradictions of the same shapes.
 */
import { E, runTable } from "./table.js";

runTable("round 2f: contradictions", {
  valid: [],
  invalid: [
    { text: "Vụ tai nạn khiến 6 người thương vong, gồm 2 người chết và 3 người bị thương.", errors: [E("breakdown.sum")] },
    { text: "Đề thi có 40 câu hỏi, chia thành 4 phần: phần 1 có 10 câu, phần 2 có 10 câu, phần 3 có 10 câu và phần 4 có 12 câu.", errors: [E("breakdown.sum")] },
  ],
});

runTable("round 2f: consistent", {
  valid: [
    "Đội tuyển giành 5 huy chương, gồm 2 huy chương vàng, một huy chương bạc và 2 huy chương đồng.",
    "Điện thoại có 3 camera, gồm camera chính 48 megapixel, camera góc rộng 12 megapixel và camera macro 2 megapixel.",
    "Tòa nhà có 4 tầng hầm, trong đó tầng B1 có 120 chỗ đỗ xe ô tô.",
    "Giải đấu có 16 đội tham dự, chia thành 4 bảng, mỗi bảng 4 đội.",
    "Vụ tai nạn khiến 5 người thương vong, gồm 2 người chết và 3 người bị thương.",
    "Cảnh sát bắt giữ 3 đối tượng, thu giữ 2 ô tô, 5 xe máy và 120 triệu đồng.",
    "Thành phố có 24 quận, huyện, gồm 12 quận và 12 huyện.",
    "Bộ phim dài 120 phút, gồm 3 phần: phần đầu 40 phút, phần giữa 50 phút và phần cuối 30 phút.",
    "Nhà máy có công suất 1.200 MW, gồm 2 tổ máy, mỗi tổ máy 600 MW.",
    "Hai đội nhận 5 thẻ vàng, gồm 3 thẻ cho đội khách và 2 thẻ cho đội nhà.",
    "Đề thi có 40 câu hỏi, chia thành 4 phần: phần 1 có 10 câu, phần 2 có 10 câu, phần 3 có 10 câu và phần 4 có 10 câu.",
  ],
  invalid: [],
});
