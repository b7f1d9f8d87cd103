/**
 * Breakdowns told through the sub-units the people belong to: "N người sinh hoạt tại M chi bộ:
 * Chi bộ A x người, Chi bộ B y người …", "N đoàn viên ở M công đoàn bộ phận: …". The listed
 * members are parts of the people total, not of the count of sub-units. Written before running.
 */
import { E, runTable } from "./table.js";

runTable("list openers: members listed per sub-unit", {
  valid: [
    "Đảng bộ phường có 126 đảng viên, sinh hoạt tại 4 chi bộ: Chi bộ khu phố Đông 35 đảng viên, Chi bộ khu phố Tây 31 đảng viên, Chi bộ khu phố Nam 30 đảng viên và Chi bộ cơ quan 30 đảng viên.",
    "Công đoàn trường có 84 đoàn viên, sinh hoạt ở 4 công đoàn bộ phận: Công đoàn bộ phận Tự nhiên 24 đoàn viên, Công đoàn bộ phận Xã hội 21 đoàn viên, Công đoàn bộ phận Ngoại ngữ 19 đoàn viên và Công đoàn bộ phận Hành chính 20 đoàn viên.",
    "Đảng bộ xã có 6 chi bộ: Chi bộ thôn Đông 25 đảng viên, Chi bộ thôn Tây 28 đảng viên.",
    "Trường có 1.200 học sinh, 36 lớp: khối 10 có 12 lớp, khối 11 có 12 lớp, khối 12 có 12 lớp.",
    "Đoàn trường có 620 đoàn viên sinh hoạt tại 18 chi đoàn: chi đoàn Toán có 40 đoàn viên, chi đoàn Văn có 38 đoàn viên…",
    "Hội có 350 hội viên ở 7 chi hội, chi hội lớn nhất có 80 hội viên.",
    "Công ty có 415 công nhân làm việc tại 3 phân xưởng: phân xưởng may 210 công nhân, phân xưởng cắt 120 công nhân và phân xưởng hoàn thiện 85 công nhân.",
    // a closed cue after the sub-units ("thuộc N chi hội, cụ thể:"): fewer listed than there are sub-units leaves the list open
    "Hội có 300 hội viên thuộc 6 chi hội, cụ thể: chi hội Đông có 60 hội viên, chi hội Tây có 54 hội viên, chi hội Nam có 58 hội viên và chi hội Bắc có 49 hội viên.",
    "Công đoàn có 140 đoàn viên ở 3 tổ công đoàn, bao gồm: tổ Văn phòng 40 đoàn viên, tổ Kỹ thuật 52 đoàn viên và tổ Kinh doanh 48 đoàn viên.",
    // an amount beside a count of things, and an aside on one of the things: no members per sub-unit
    "Cảnh sát thu giữ hơn 500.000 viên thuốc, hơn 10 tỷ đồng, 7 ôtô (trong đó có siêu xe 25 tỷ đồng), nhiều máy móc.",
    "Cơ quan chức năng thu giữ 3 tỷ đồng tiền mặt, 4 xe máy, gồm: 2 xe trị giá 1 tỷ đồng.",
  ],
  invalid: [
    {
      text: "Đảng bộ phường có 126 đảng viên, sinh hoạt tại 4 chi bộ: Chi bộ khu phố Đông 35 đảng viên, Chi bộ khu phố Tây 31 đảng viên, Chi bộ khu phố Nam 28 đảng viên và Chi bộ cơ quan 30 đảng viên.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Công đoàn trường có 87 đoàn viên, sinh hoạt ở 4 công đoàn bộ phận: Công đoàn bộ phận Tự nhiên 24 đoàn viên, Công đoàn bộ phận Xã hội 21 đoàn viên, Công đoàn bộ phận Ngoại ngữ 19 đoàn viên và Công đoàn bộ phận Hành chính 20 đoàn viên.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Hội Phụ nữ xã có 540 hội viên, được tổ chức thành 6 chi hội: chi hội Đông Hòa 95 hội viên, chi hội Tây Hòa 88 hội viên, chi hội Nam Hòa 92 hội viên, chi hội Bắc Hòa 90 hội viên, chi hội Trung Hòa 85 hội viên và chi hội Thượng Hòa 80 hội viên.",
      errors: [E("breakdown.sum")],
    },
    { text: "Chi đoàn có 58 đoàn viên thuộc 3 tổ: Tổ 1 có 20 đoàn viên, Tổ 2 có 19 đoàn viên, Tổ 3 có 21 đoàn viên.", errors: [E("breakdown.sum")] },
    {
      text: "Toàn huyện có 312 đảng viên sinh hoạt trong 5 chi bộ trực thuộc: Chi bộ Văn phòng 64 đảng viên, Chi bộ Tài chính 58 đảng viên, Chi bộ Y tế 72 đảng viên, Chi bộ Giáo dục 66 đảng viên, Chi bộ Nông nghiệp 60 đảng viên.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Đoàn trường có 120 đoàn viên sinh hoạt tại 5 chi đoàn, trong đó: chi đoàn Toán 50 đoàn viên, chi đoàn Văn 45 đoàn viên và chi đoàn Sử 40 đoàn viên.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Công đoàn Công ty có 1.540 đoàn viên ở 8 công đoàn bộ phận: Phân xưởng cơ khí 320 đoàn viên, Phân xưởng lắp ráp 410 đoàn viên, Phân xưởng sơn 190 đoàn viên, Phân xưởng điện 150 đoàn viên, Kho vận 120 đoàn viên, Văn phòng 95 đoàn viên, Kỹ thuật 130 đoàn viên và Kinh doanh 105 đoàn viên.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Công đoàn có 145 đoàn viên ở 3 tổ công đoàn, bao gồm: tổ Văn phòng 40 đoàn viên, tổ Kỹ thuật 52 đoàn viên và tổ Kinh doanh 48 đoàn viên.",
      errors: [E("breakdown.sum")],
    },
  ],
});
