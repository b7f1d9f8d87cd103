/**
 * Review 7 (round 33, helper review7, read-only): 494 sentences of its own (404 consistent, 90
 * contradictions, python-checked arithmetic), aimed at round 32's new finders and their neighbours.
 * Waves 1, 2, 4 and 6 (r7-001..413, 442..462, 473..494) were written before any run; waves 3 and 5
 * (r7-414..441, 463..472) are variants of shapes already found, probed first.
 * On 15e5f23 and on round 33's merged build: 39 false errors and 5 false warnings on the 404
 * consistent texts (17 and 3 left here) (7d4aba8, before round 32: 30 and 7). They are kept here as known failures
 * (test.fails: each text still raises a finding it should not), to be fixed by shape. Fixed since
 * (and moved out of this table): product.ts totals that cover more (r7-032, 414–418; product-covers.test.ts);
 * plan claims of another subject or time, plans "giao về" another measure, reviews only planned, posts
 * dated apart (r7-066, 266, 349, 392, 422–430, 435, 468–471; review7-fix-a.test.ts).
 * Open:
 * stock-flow closing stocks of a subclass or a larger body; a later period told first, then
 * the earlier, then a change (growth delta); a second change whose subject is the base year; "A và B,
 * C" with C an attribute; a structure running past ";"; percent-complement with a third class;
 * percent-nested ending at ";"; share-bracket's "trong số đó".
 */
import { runTable } from "./table.js";

runTable("review 7: known false alarms", {
  valid: [
    // r7-060 (FALSE-ERROR): 4+6==10; 7<=10 — the third figure is an attribute of the whole
    { text: "Huyện có 10 trường trung học cơ sở và tiểu học, gồm 4 trường THCS và 6 trường tiểu học, 7 trường đạt chuẩn quốc gia.", fails: "raises breakdown.sum:error" },
    // r7-094 (FALSE-ERROR): 45+30+25==100 — another attribute after ';'
    { text: "Cơ cấu lao động năm 2024: nông nghiệp 45%, công nghiệp - xây dựng 30%, dịch vụ 25%; tỷ lệ lao động qua đào tạo đạt 68%.", fails: "raises percent-total.sum:error" },
    // r7-141 (FALSE-ERROR): 45-38==7; round(7/45*100,1)==15.6
    { text: "6 tháng đầu năm 2024 xảy ra 38 vụ tai nạn giao thông, cùng kỳ năm 2023 xảy ra 45 vụ, giảm 7 vụ (15,6%).", fails: "raises growth.delta:error" },
    // r7-143 (FALSE-ERROR): round(1236/1100*100-100,1)==12.4; 1100/1000==1.1
    { text: "Tổng thu năm 2024 đạt 1.236 tỷ đồng, tăng 12,4% so với năm 2023 (1.100 tỷ đồng); năm 2023 tăng 10% so với năm 2022 (1.000 tỷ đồng).", fails: "raises growth.rate:error" },
    // r7-164 (false-warning): 920+640==1560; 1560<=1850; 1560+310>1850-0 — last is another attribute
    { text: "Toàn huyện có 1.850 hộ nuôi trồng thủy sản, trong đó nuôi tôm 920 hộ, nuôi cá 640 hộ; có 310 hộ nuôi theo tiêu chuẩn VietGAP.", fails: "raises breakdown.sum:warning" },
    // r7-250 (false-warning): round(612/820*100,1)==74.6
    { text: "Kim ngạch xuất khẩu 820 triệu USD, trong đó khu vực FDI 612 triệu USD, chiếm 74,6%; kim ngạch nhập khẩu 560 triệu USD.", fails: "raises breakdown.sum:warning" },
    // r7-336 (FALSE-ERROR): 92+3<=100
    { text: "Người dân hài lòng chiếm 92%, chưa hài lòng chiếm 3%, còn lại không có ý kiến.", fails: "raises percent-total.sum:error" },
    // r7-352 (false-warning): two overlapping attributes
    { text: "Trong 24 xã có 18 xã đạt chuẩn nông thôn mới, 12 xã có hệ thống giao thông đạt chuẩn.", fails: "raises breakdown.sum:warning" },
    // r7-371 (FALSE-ERROR): 450-380==70; round(70/450*100,1)==15.6 — months newest first
    { text: "Tháng 10/2024 tiếp nhận 380 hồ sơ, tháng 10/2023 tiếp nhận 450 hồ sơ, giảm 70 hồ sơ (15,6%).", fails: "raises growth.delta:error" },
    // r7-372 (FALSE-ERROR): 1240-1100==140; round(140/1100*100,1)==12.7
    { text: "Quý I/2025 thu 1.240 tỷ đồng, quý I/2024 thu 1.100 tỷ đồng, tăng 140 tỷ đồng (12,7%).", fails: "raises growth.delta:error" },
    // r7-419 (FALSE-ERROR): 120+15-3==132 — closing stock of the whole commune
    { text: "Đầu năm, Chi hội Phụ nữ thôn Đông có 120 hội viên; trong năm kết nạp 15 hội viên, giảm 3 hội viên; đến cuối năm, toàn xã có 1.372 hội viên.", fails: "raises breakdown.sum:error" },
    // r7-420 (FALSE-ERROR): 4260+186-74==4372; 3950<=4372 — closing figure is a subclass
    { text: "Đầu năm có 4.260 hội viên; trong năm kết nạp mới 186 hội viên, giảm 74 hội viên; đến cuối năm có 3.950 hội viên tham gia sinh hoạt thường xuyên.", fails: "raises breakdown.sum:error" },
    // r7-421 (FALSE-ERROR): 312+18-6==324; 96<=324 — closing figure is the women
    { text: "Đầu năm, Đảng bộ có 312 đảng viên; trong năm kết nạp 18 đảng viên, chuyển đi 6 đảng viên; cuối năm có 96 đảng viên nữ.", fails: "raises breakdown.sum:error" },
    // r7-431 (FALSE-ERROR): 1240-1100==140; round(140/1100*100,1)==12.7
    { text: "Quý I/2025 thu 1.240 tỷ đồng, quý I/2024 thu 1.100 tỷ đồng, tăng 140 tỷ đồng (12,7%).", fails: "raises growth.delta:error" },
    // r7-432 (FALSE-ERROR): 45-38==7; round(7/45*100,1)==15.6
    { text: "Năm 2024 xảy ra 38 vụ tai nạn giao thông, năm 2023 xảy ra 45 vụ, giảm 7 vụ (15,6%).", fails: "raises growth.delta:error" },
    // r7-433 (FALSE-ERROR): 80+40==120
    { text: "Công ty có 120 xe, gồm 80 xe khách và 40 xe tải, 30 xe mới mua trong năm.", fails: "raises breakdown.sum:error" },
    // r7-434 (FALSE-ERROR): 45+30+25==100
    { text: "Cơ cấu kinh tế: nông nghiệp 45%, công nghiệp 30%, dịch vụ 25%; tốc độ tăng trưởng đạt 7,2%.", fails: "raises percent-total.sum:error" },
    // r7-463 (FALSE-ERROR): 88+4+8==100 — a third class without 'chiếm'
    { text: "Kết quả lấy ý kiến: tỷ lệ đồng ý chiếm 88%, không đồng ý chiếm 4%, không trả lời 8%.", fails: "raises percent-total.sum:error" },
    // r7-464 (FALSE-ERROR): 120/320==0.375; round(86/120*100,1)==71.7 — 'trong số đó': of the 120
    { text: "Trong 320 hộ có 120 hộ nuôi bò (37,5%), 86 hộ trong số đó nuôi bò sinh sản (71,7%).", fails: "raises share.of-whole:error" },
    // r7-465 (FALSE-ERROR): round(68.4+31.6,1)==100 — both of the 100% who passed
    { text: "Kết quả kiểm tra: 100% đạt yêu cầu, trong đó 68,4% khá, giỏi; 31,6% trung bình.", fails: "raises percent-total.sum:error" },
  ],
  invalid: [],
});
