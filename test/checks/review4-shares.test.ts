/**
 * Review 4, group A: a share of a part of a part, judged against the body's whole. "W <noun>, trong đó
 * P <part noun>; Q <part noun> …, chiếm R%" with R = Q ÷ P: the later item repeats the part's noun, so it
 * is a part of that part (relate/sub-part.ts), and its share is of that part (relate/share-sub.ts); a
 * percent that names its whole ("chiếm 75% số giáo viên") is of the part of that noun, never of W.
 * A bare share is tried against the part and the outer whole: an error only when neither fits.
 *
 * The sentences are written for these tests (not copied from the review's cases).
 */
import { expect, test } from "vitest";
import { parseReport } from "../../src/index.js";
import { E, runTable } from "./table.js";

runTable("review 4: shares of a part of a part", {
  valid: [
    // health, schools, enterprises, police, party, labour
    "Phòng khám có 64 nhân viên, trong đó 25 điều dưỡng; 20 điều dưỡng có bằng cử nhân, chiếm 80%.",
    "Trường có 72 cán bộ, giáo viên, trong đó 60 giáo viên; 45 giáo viên đạt chuẩn trên chuẩn, chiếm 75% số giáo viên.",
    "Huyện có 36 trường học, trong đó 12 trường mầm non; 9 trường mầm non đạt chuẩn quốc gia, chiếm 75%.",
    "Nhà máy có 900 lao động, trong đó 600 công nhân; 540 công nhân có tay nghề cao, chiếm 90% tổng số công nhân.",
    "Công an tỉnh có 1.500 cán bộ, chiến sĩ, trong đó 600 sĩ quan; 450 sĩ quan có trình độ đại học, chiếm 75%.",
    "Sở có 140 công chức, viên chức, trong đó 60 nữ; 15 công chức nữ giữ chức vụ lãnh đạo, chiếm 25%.",
    "Hợp tác xã có 320 xã viên, trong đó 80 hộ nuôi tôm; số hộ nuôi tôm đạt chứng nhận VietGAP là 20 hộ, chiếm 25%.",
    "Bệnh viện có 380 nhân viên, trong đó 90 bác sĩ, 200 điều dưỡng; 36 bác sĩ có trình độ chuyên khoa I, chiếm 40% số bác sĩ.",
    "Trường có 64 cán bộ, giáo viên, trong đó có 50 giáo viên, 35 giáo viên là đảng viên (chiếm 70% số giáo viên).",
    // a fraction of the part ends the list too (not "80 + 76 > 95 cán bộ")
    "Trường có 58 cán bộ, giáo viên, nhân viên, trong đó 45 giáo viên; 36/45 giáo viên đạt trình độ trên chuẩn (80%).",
    // the share is of the outer whole: tried there too
    "Phòng khám có 64 nhân viên, trong đó 25 điều dưỡng; 16 điều dưỡng có bằng cử nhân, chiếm 25%.",
    // unchanged: the same noun as the whole's is no part of a part
    "Trường có 48 giáo viên, trong đó 30 giáo viên nữ; 12 giáo viên có trình độ thạc sĩ, chiếm 25%.",
    "Đảng bộ có 320 đảng viên, trong đó 250 đảng viên đang công tác; 225 đảng viên đang công tác được xếp loại hoàn thành tốt nhiệm vụ, chiếm 90%.",
  ],
  invalid: [
    // neither the part (20 ÷ 25 = 80%) nor the whole (31,3%)
    { text: "Phòng khám có 64 nhân viên, trong đó 25 điều dưỡng; 20 điều dưỡng có bằng cử nhân, chiếm 60%.", errors: [E("share.of-whole")] },
    { text: "Trường có 72 cán bộ, giáo viên, trong đó 60 giáo viên; 45 giáo viên đạt chuẩn trên chuẩn, chiếm 70% số giáo viên.", errors: [E("share.of-whole")] },
    { text: "Huyện có 36 trường học, trong đó 12 trường mầm non; 9 trường mầm non đạt chuẩn quốc gia, chiếm 60%.", errors: [E("share.of-whole")] },
    { text: "Nhà máy có 900 lao động, trong đó 600 công nhân; 540 công nhân có tay nghề cao, chiếm 60% tổng số công nhân.", errors: [E("share.of-whole")] },
    // the outer whole of another measure (công chức, not kiểm soát viên) is not found: the part alone (30 ÷ 40 = 75%)
    { text: "Chi cục có 150 công chức, trong đó 40 kiểm soát viên; 30 kiểm soát viên có bằng thạc sĩ, chiếm 60%.", errors: [E("share.of-whole")] },
  ],
});

/** The whole a share's error names (its message). */
const shareMessage = (t: string) => parseReport(t).findings.find((f) => f.rule === "share.of-whole")?.message.en;

test("a contradicted share of a part of a part is judged against that part", () => {
  expect(shareMessage("Phòng khám có 64 nhân viên, trong đó 25 điều dưỡng; 20 điều dưỡng có bằng cử nhân, chiếm 60%.")).toBe(
    "20 điều dưỡng of the whole 25 điều dưỡng: 20 ÷ 25 = 80%, not 60% (also tried 20 điều dưỡng of 64 nhân viên: 31.3%).",
  );
  // a named whole is that part alone
  expect(shareMessage("Nhà máy có 900 lao động, trong đó 600 công nhân; 540 công nhân có tay nghề cao, chiếm 60% tổng số công nhân.")).toBe(
    "540 công nhân of the whole 600 công nhân: 540 ÷ 600 = 90%, not 60%.",
  );
});
