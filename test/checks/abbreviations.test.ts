/**
 * Parts that name the whole's noun by its abbreviation: "hợp tác xã" … "HTX", "học sinh" … "HS",
 * "doanh nghiệp" … "DN", "đảng viên" … "ĐV", "giáo viên" … "GV". Written before running.
 */
import { E, runTable } from "./table.js";

runTable("abbreviations of the whole's noun", {
  valid: [
    "Toàn huyện có 50 hợp tác xã, gồm 30 HTX nông nghiệp, 12 HTX tiểu thủ công nghiệp và 8 HTX dịch vụ.",
    "Năm học này, trường có 1.255 học sinh, gồm 640 HS nam và 615 HS nữ.",
    "Trường có 78 giáo viên, trong đó 45 GV nữ và 40 GV là đảng viên.",
    "Đảng bộ có 220 đảng viên, trong đó 180 ĐV chính thức và 40 ĐV dự bị.",
    "Xã có 12 HTX, trong đó 5 HTX đạt loại khá.",
    "Huyện có 24 hợp tác xã, gồm 18 HTX nông nghiệp và 6 HTX phi nông nghiệp, thu hút 520 lao động.",
    "Sở có 145 CBCCVC, trong đó 82 nữ.",
    "Hội có 500 hội viên, gồm 310 HV nữ và 190 HV nam.",
  ],
  invalid: [
    { text: "Toàn huyện có 48 hợp tác xã, gồm 30 HTX nông nghiệp, 12 HTX tiểu thủ công nghiệp và 8 HTX dịch vụ.", errors: [E("breakdown.sum")] },
    { text: "Năm học này, trường có 1.250 học sinh, gồm 640 HS nam và 615 HS nữ.", errors: [E("breakdown.sum")] },
    { text: "Khu công nghiệp thu hút 35 doanh nghiệp, trong đó 20 DN có vốn đầu tư nước ngoài và 18 DN trong nước.", errors: [E("breakdown.sum")] },
    { text: "Đảng bộ có 215 đảng viên, trong đó 180 ĐV chính thức và 40 ĐV dự bị.", errors: [E("breakdown.sum")] },
    { text: "Cơ quan có 64 cán bộ, công chức, gồm 38 CBCC nam và 28 CBCC nữ.", errors: [E("breakdown.sum")] },
    { text: "Trường có 86 giáo viên, gồm 60 GV biên chế và 24 GV hợp đồng.", errors: [E("breakdown.sum")] },
    { text: "Khoa đang đào tạo 2.400 sinh viên, gồm 1.350 SV chính quy và 1.100 SV vừa làm vừa học.", errors: [E("breakdown.sum")] },
    // added after the first fixes (CB, NV, HV were not read as counts)
    { text: "Cơ quan có 45 cán bộ, gồm 30 CB nữ và 14 CB nam.", errors: [E("breakdown.sum")] },
    { text: "Công ty có 120 nhân viên, gồm 70 NV nữ và 48 NV nam.", errors: [E("breakdown.sum")] },
  ],
});
