/**
 * Review 2 of this round's check code: consistent texts (written by a read-only reviewer, their
 * arithmetic checked with Python) on which the first form of the new finders raised errors. Each
 * group is fixed by shape where it belongs:
 *   a total over a running time after its parts ("… mới kết nạp trong nhiệm kỳ lên 145"): relate/sum-after.ts RUNNING;
 *   a colon after "nhiều nhất là", "chủ yếu là" gives examples, not the parts: relate/shape-cues.ts EXAMPLES;
 *   a base of another body in another clause ("Cục Thuế tỉnh" / "toàn tỉnh Quảng Ninh"): growth.ts, all capitalised words;
 *   the rest after shares that each carry their own count: relate/percent-total.ts (the run is not known);
 *   a part that is all of the whole ("63 giáo viên: đạt chuẩn 63 người, trên chuẩn 41 người"): check/breakdown.ts.
 */
import { E, runTable } from "./table.js";

runTable("review 2: consistent texts near the new finders", {
  valid: [
    // a total over a running time
    "Năm 2024, tỉnh thành lập mới 25 hợp tác xã nông nghiệp và 20 hợp tác xã phi nông nghiệp, nâng tổng số hợp tác xã mới thành lập từ đầu nhiệm kỳ lên 180 hợp tác xã.",
    "Trong năm, Đảng bộ kết nạp 18 đảng viên nam và 12 đảng viên nữ, nâng tổng số đảng viên mới kết nạp trong nhiệm kỳ lên 145 đồng chí.",
    "Trong quý, Ngân hàng mở mới 1.200 tài khoản cá nhân và 80 tài khoản doanh nghiệp, nâng tổng số tài khoản mở mới từ đầu năm lên 4.350 tài khoản.",
    "Năm 2024, Hội kết nạp 120 hội viên nam và 95 hội viên nữ, nâng tổng số hội viên mới kết nạp từ đầu nhiệm kỳ lên 980 hội viên.",
    "Trong tháng 12, Chi nhánh phát triển mới 320 khách hàng cá nhân và 45 khách hàng doanh nghiệp, nâng tổng số khách hàng mới lũy kế cả năm lên 3.650 khách hàng.",
    // examples after a colon
    "Năm 2024, Trung tâm tổ chức 48 lớp tập huấn cho cán bộ cơ sở, nhiều nhất là: huyện Tiên Yên 12 lớp, huyện Ba Chẽ 10 lớp.",
    "Năm 2024, Bệnh viện tiếp nhận 1.200 ca cấp cứu, chủ yếu là: tai nạn giao thông 450 ca, đột quỵ 320 ca.",
    "Trường có 45 học sinh đạt giải, nhiều nhất là: môn Toán 12 em, môn Ngữ văn 10 em.",
    // a base of another body
    "Năm 2023, Cục Thuế tỉnh thu 11.000 tỷ đồng. Năm 2024, toàn tỉnh Quảng Ninh thu ngân sách 55.000 tỷ đồng, tăng 10% so với năm 2023.",
    "Năm 2023, thu ngân sách toàn tỉnh Quảng Ninh đạt 50.000 tỷ đồng. Năm 2024, Cục Thuế tỉnh thu nội địa 41.000 tỷ đồng, tăng 8% so với năm 2023.",
    // a base of another place or body
    "Năm 2023, Agribank chi nhánh Tiên Yên có dư nợ 1.200 tỷ đồng. Năm 2024, Agribank chi nhánh tỉnh Quảng Ninh có dư nợ 24.000 tỷ đồng, tăng 10% so với năm 2023.",
    "Năm 2023, Cục Hải quan tỉnh thu 9.000 tỷ đồng. Năm 2024, toàn tỉnh Quảng Ninh thu ngân sách 55.000 tỷ đồng, tăng 10% so với năm 2023.",
    "Năm 2023, Sở Y tế tỉnh có 2.400 viên chức. Năm 2024, toàn tỉnh Quảng Ninh có 45.000 viên chức, tăng 2% so với năm 2023.",
    "Năm 2023, Liên đoàn Lao động tỉnh có 186.500 đoàn viên. Năm 2024, Công đoàn huyện Tiên Yên có 3.150 đoàn viên, tăng 5% so với năm 2023.",
    // the rest after shares with their own counts
    "Trong 7 đề tài, 3 đề tài cấp Nhà nước chiếm 42,9%, 2 đề tài cấp Bộ chiếm 28,6%, phần còn lại, tương ứng 28,6%, là đề tài cấp cơ sở.",
    "Trong 12 chi bộ, 5 chi bộ hoàn thành xuất sắc nhiệm vụ, chiếm 41,7%, 4 chi bộ hoàn thành tốt nhiệm vụ, chiếm 33,3%, phần còn lại, tương ứng 25%, hoàn thành nhiệm vụ.",
    "Trong 6 đề tài, 1 đề tài cấp Nhà nước chiếm 16,7%, 2 đề tài cấp Bộ chiếm 33,3%, phần còn lại, tương ứng 50%, là đề tài cấp cơ sở.",
    "Trong 3 đề tài, 1 đề tài cấp Nhà nước chiếm 33,3%, 1 đề tài cấp Bộ chiếm 33,3%, phần còn lại, tương ứng 33,3%, là đề tài cấp cơ sở.",
    "Trong 7 đề tài, 3 đề tài cấp Nhà nước chiếm 42,9%, 2 đề tài cấp Bộ chiếm 28,6%, còn lại 28,6% là đề tài cấp cơ sở.",
    "Trong 20 đơn vị, 8 đơn vị chiếm 40%, 7 đơn vị chiếm 35%, phần còn lại, tương ứng 25%.",
    "Trong 20 đơn vị, 8 đơn vị xếp loại A chiếm 40%, 7 đơn vị xếp loại B chiếm 35%, phần còn lại, tương ứng 25%, xếp loại C.",
  // a part that is all of the whole: the labels are attributes (check/breakdown.ts)
    "Đội ngũ 63 giáo viên: đạt chuẩn 63 người, trên chuẩn 41 người.",
    "Trường có 63 giáo viên: đạt chuẩn 63 người (100%), trên chuẩn 41 người (65,1%).",
    "Bệnh viện có 650 giường bệnh: giường kế hoạch 500 giường, giường thực kê 650 giường.",
  ],
  invalid: [
    // parts known apart (nam, nữ): 25 + 3 = 28 ≠ 25
    { text: "Chi bộ có 25 đảng viên, gồm 25 đảng viên nam và 3 đảng viên nữ.", errors: [E("breakdown.sum")] },
  ],
});
