/**
 * Qualifiers that split a whole into parts that cannot overlap, and attributes that can.
 *
 *   "05 đề tài (03 đề tài chuyển tiếp và 03 đề tài mở mới)"  chuyển tiếp | mở mới → disjoint
 *   "07 đề tài (03 cấp Bộ và 05 cấp cơ sở)"                  cấp Bộ | cấp cơ sở   → disjoint
 *   "1.320 hộ: 684 hộ nghèo, 402 hộ cận nghèo"                nghèo | cận nghèo    → disjoint
 *   "120 cán bộ, trong đó 80 nữ, 60 đảng viên"                sex, party: two attributes → may overlap
 *   "khối hành chính 3.152 người; khối doanh nghiệp 5.417"    frame "khối": one class each → disjoint
 *
 * Each partition is one dimension: a part takes at most one value of it, and two parts with
 * different values of one dimension are disjoint. Written in plain spelling, matched folded as
 * whole words, longest first ("cận nghèo" before "nghèo"). Used by src/relate/breakdown.ts and
 * src/relate/percent-total.ts.
 */

export interface Partition {
  /** What the dimension is, for messages and tests. */
  name: string;
  values: readonly string[];
  /** Rating scales: listing the lowest value (or saying there is none) covers the whole. */
  scale?: boolean;
}

export const PARTITIONS: readonly Partition[] = [
  {
    name: "status",
    values: ["chuyển tiếp", "mở mới", "triển khai mới", "ký mới", "khởi công mới", "đăng ký mới", "phê duyệt mới", "giao mới", "kỳ trước chuyển sang", "khởi tố mới", "thụ lý mới"],
  },
  { name: "sex", values: ["nam", "nữ"] },
  {
    name: "level",
    values: [
      "cấp nhà nước", "cấp quốc gia", "cấp bộ", "cấp ngành", "cấp bộ ngành", "cấp tỉnh", "cấp thành phố", "cấp huyện", "cấp quận",
      "cấp xã", "cấp cơ sở", "cấp trường", "cấp viện", "cấp khoa", "cấp viện hàn lâm", "cấp đại học", "cấp trung ương",
    ],
  },
  { name: "schedule", values: ["định kỳ", "đột xuất", "thường xuyên", "theo chuyên đề", "chuyên đề"] },
  { name: "severity", values: ["nặng", "nhẹ", "rất nghiêm trọng", "nghiêm trọng", "ít nghiêm trọng", "đặc biệt nghiêm trọng"] },
  { name: "pass", values: ["đạt", "không đạt", "chưa đạt"] },
  { name: "membership", values: ["chính thức", "dự bị"] },
  { name: "origin", values: ["trong nước", "nước ngoài", "ngoài nước", "quốc tế", "nội địa"] },
  { name: "province", values: ["trong tỉnh", "ngoài tỉnh", "trên địa bàn tỉnh", "các tỉnh lân cận"] },
  { name: "poverty", values: ["nghèo", "cận nghèo", "mới thoát nghèo", "thoát nghèo", "khá giả"] },
  { name: "school", values: ["mầm non", "tiểu học", "trung học cơ sở", "thcs", "trung học phổ thông", "thpt", "cao đẳng", "trung cấp", "đại học"] },
  { name: "degree", values: ["tiến sĩ", "thạc sĩ", "cử nhân", "kỹ sư", "đại học", "cao đẳng", "trung cấp", "sơ cấp"] },
  { name: "academic title", values: ["giáo sư", "phó giáo sư"] },
  { name: "award", values: ["bằng khen", "giấy khen", "huân chương", "cờ thi đua", "chiến sĩ thi đua", "kỷ niệm chương", "giấy chứng nhận"] },
  { name: "prize", values: ["giải nhất", "giải nhì", "giải ba", "giải khuyến khích", "giải đặc biệt", "huy chương vàng", "huy chương bạc", "huy chương đồng"] },
  {
    name: "duty rating",
    scale: true,
    values: ["hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ", "không hoàn thành nhiệm vụ"],
  },
  { name: "study rating", scale: true, values: ["giỏi", "khá", "trung bình", "yếu", "kém"] },
  { name: "conduct rating", scale: true, values: ["tốt", "khá", "trung bình", "yếu"] },
  { name: "grade", scale: true, values: ["xuất sắc", "giỏi", "khá", "trung bình", "yếu", "kém"] },
  { name: "ownership", values: ["nhà nước", "ngoài nhà nước", "có vốn đầu tư nước ngoài", "fdi", "tư nhân"] },
  { name: "area", values: ["thành thị", "nông thôn", "miền núi", "đồng bằng"] },
  { name: "care", values: ["nội trú", "ngoại trú"] },
  { name: "mode", values: ["chính quy", "vừa làm vừa học", "liên thông", "văn bằng 2", "từ xa"] },
  { name: "term", values: ["ngắn hạn", "dài hạn", "trung hạn"] },
  { name: "road", values: ["quốc lộ", "đường tỉnh", "tỉnh lộ", "đường huyện", "đường liên xã", "đường xã", "đường đô thị", "cao tốc", "đường sắt", "đường thủy"] },
  { name: "outcome", values: ["chết", "tử vong", "bị thương"] },
  { name: "sector", values: ["nông nghiệp", "nông, lâm nghiệp và thủy sản", "nông lâm thủy sản", "công nghiệp", "công nghiệp - xây dựng", "công nghiệp và xây dựng", "dịch vụ", "thương mại - dịch vụ", "thương mại, dịch vụ", "thuế sản phẩm"] },
  { name: "case stage", values: ["đã kết thúc điều tra", "đang điều tra", "đình chỉ", "tạm đình chỉ"] },
];

/**
 * Frame words: parts named "<frame> X" with a different X each are classes of one whole
 * ("khối hành chính" | "khối doanh nghiệp", "vốn ngân sách trung ương" | "vốn ngân sách tỉnh",
 * "đất rừng" | "đất sản xuất").
 */
export const FRAME_WORDS: readonly string[] = [
  "khối", "cấp", "hệ", "loại", "nhóm", "ngành", "lĩnh vực", "vốn", "nguồn", "đất", "khu vực", "tuyến", "địa bàn",
  "hình thức", "bậc", "hạng", "diện", "độ tuổi", "mức", "phân hiệu", "cơ sở", "vùng", "khu",
];

/**
 * Attributes of people that overlap one another and the classes above: a list that mixes two
 * of them ("80 nữ, 60 đảng viên") describes the same people twice.
 */
export const ATTRIBUTES: readonly (readonly [string, readonly string[]])[] = [
  ["sex", ["nữ", "nam", "phụ nữ"]],
  ["party", ["đảng viên", "quần chúng"]],
  ["ethnicity", ["dân tộc thiểu số", "người dân tộc", "dân tộc kinh", "người kinh"]],
  ["age", ["tuổi", "trẻ", "thanh niên", "cao tuổi", "trung niên"]],
  ["degree", ["tiến sĩ", "thạc sĩ", "cử nhân", "kỹ sư", "trình độ", "sau đại học", "học vị"]],
  ["title", ["giáo sư", "phó giáo sư", "học hàm"]],
  ["job", ["giảng viên", "giáo viên", "nhân viên", "cán bộ quản lý", "công nhân", "viên chức", "công chức", "người lao động", "bác sĩ", "cán bộ giảng dạy", "nghiên cứu viên"]],
  ["religion", ["tôn giáo", "theo đạo"]],
];
