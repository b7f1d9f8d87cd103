/**
 * Fields of work written with a comma inside them ("phòng, chống", "khám, chữa bệnh"): the comma
 * there is no break between names or clauses. Plain spelling, matched folded. Two readers, one in
 * each stage, so this file holds only the lists (both stages load it):
 *
 *   NAME_COMMA_FIELDS    inside an organisation's name ("Chương trình phòng, chống lao Quốc gia",
 *                        "Trung tâm khám, chữa bệnh …"): recognize/title-org.ts reads on over the comma.
 *   REVIEW_COMMA_FIELDS  between a review word and its period ("sơ kết công tác khám bệnh, chữa bệnh
 *                        6 tháng đầu năm", "… sản xuất, kinh doanh quý II"): relate/period.ts does not
 *                        end the search at the comma. The fields a name holds, and more.
 */

export const NAME_COMMA_FIELDS = ["phòng, chống", "khám, chữa bệnh", "thu mua, chế biến", "sản xuất, kinh doanh", "xuất, nhập khẩu", "công chức, viên chức"] as const;

export const REVIEW_COMMA_FIELDS: readonly string[] = [
  ...NAME_COMMA_FIELDS,
  "khám bệnh, chữa bệnh", "an ninh, trật tự", "quốc phòng, an ninh", "kinh tế, xã hội", "văn hóa, xã hội", "thi đua, khen thưởng",
  "kiểm tra, giám sát", "thanh tra, kiểm tra", "dạy, học", "tiếp công dân, giải quyết khiếu nại", "khiếu nại, tố cáo", "thu, chi",
];
