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
  /** Values that name one class ("đỗ", "đậu", "trúng tuyển"): two parts with them are not apart. */
  same?: readonly (readonly string[])[];
  /** Scales: the bottom end ("yếu", "kém"); a list that reaches it and lacks at most one value is the whole scale. */
  low?: readonly string[];
  /** Scales: values a whole scale may do without (a neutral middle, an extreme): the others, all listed, are all of it. */
  optional?: readonly string[];
  /** Classes that make up the whole between them (the three sectors of an economy): one value of each is all of it. */
  complete?: readonly (readonly string[])[];
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
    low: ["không hoàn thành nhiệm vụ"],
  },
  { name: "duty rating, short", scale: true, values: ["hoàn thành xuất sắc", "hoàn thành tốt", "hoàn thành", "không hoàn thành"], low: ["không hoàn thành"] },
  { name: "study rating", scale: true, values: ["giỏi", "khá", "trung bình", "yếu", "kém"], low: ["yếu", "kém"] },
  { name: "conduct rating", scale: true, values: ["tốt", "khá", "trung bình", "yếu"], low: ["yếu"] },
  { name: "grade", scale: true, values: ["xuất sắc", "giỏi", "khá", "trung bình", "yếu", "kém"], low: ["yếu", "kém"] },
  { name: "training rating", scale: true, values: ["xuất sắc", "tốt", "khá", "trung bình", "yếu", "kém"], low: ["yếu", "kém"] },
  { name: "pass rating", scale: true, values: ["tốt", "khá", "đạt", "chưa đạt"], low: ["chưa đạt"] },
  {
    name: "satisfaction",
    scale: true,
    values: ["rất hài lòng", "hài lòng", "bình thường", "chưa hài lòng", "không hài lòng", "rất không hài lòng"],
    same: [["chưa hài lòng", "không hài lòng"]],
    low: ["chưa hài lòng", "không hài lòng", "rất không hài lòng"],
    optional: ["bình thường", "rất không hài lòng"],
  },
  { name: "ownership", values: ["nhà nước", "ngoài nhà nước", "có vốn đầu tư nước ngoài", "fdi", "tư nhân"] },
  { name: "area", values: ["thành thị", "nông thôn", "miền núi", "đồng bằng"] },
  { name: "care", values: ["nội trú", "ngoại trú"] },
  { name: "mode", values: ["chính quy", "vừa làm vừa học", "liên thông", "văn bằng 2", "từ xa"] },
  { name: "term", values: ["ngắn hạn", "dài hạn", "trung hạn"] },
  { name: "road", values: ["quốc lộ", "đường tỉnh", "tỉnh lộ", "đường huyện", "đường liên xã", "đường xã", "đường đô thị", "cao tốc", "đường sắt", "đường thủy"] },
  { name: "outcome", values: ["chết", "tử vong", "bị thương"] },
  {
    name: "sector",
    values: [
      "nông nghiệp", "nông, lâm nghiệp và thủy sản", "nông lâm thủy sản", "nông, lâm, thủy sản", "nông lâm nghiệp và thủy sản", "công nghiệp",
      "công nghiệp - xây dựng", "công nghiệp và xây dựng", "công nghiệp xây dựng", "dịch vụ", "thương mại - dịch vụ", "thương mại, dịch vụ",
      "thương mại và dịch vụ", "thương mại dịch vụ", "thuế sản phẩm",
    ],
    complete: [
      ["nông nghiệp", "nông, lâm nghiệp và thủy sản", "nông lâm thủy sản", "nông, lâm, thủy sản", "nông lâm nghiệp và thủy sản"],
      ["công nghiệp", "công nghiệp - xây dựng", "công nghiệp và xây dựng", "công nghiệp xây dựng"],
      ["dịch vụ", "thương mại - dịch vụ", "thương mại, dịch vụ", "thương mại và dịch vụ", "thương mại dịch vụ"],
    ],
  },
  { name: "case stage", values: ["đã kết thúc điều tra", "đang điều tra", "đình chỉ", "tạm đình chỉ"] },
  {
    name: "criminal record",
    values: ["tiền án", "tiền sự", "tái phạm", "lần đầu", "phạm tội lần đầu", "chưa có tiền án", "chưa có tiền án, tiền sự", "không có tiền án"],
    same: [["tiền án", "tiền sự", "tái phạm"], ["lần đầu", "phạm tội lần đầu", "chưa có tiền án", "chưa có tiền án, tiền sự", "không có tiền án"]],
  },
  {
    name: "exam",
    values: ["đỗ", "đậu", "trúng tuyển", "trượt", "rớt", "không đỗ", "không đậu", "không trúng tuyển"],
    same: [["đỗ", "đậu", "trúng tuyển"], ["trượt", "rớt", "không đỗ", "không đậu", "không trúng tuyển"]],
  },
  {
    name: "deadline",
    values: ["trước hạn", "đúng hạn", "trong hạn", "quá hạn", "trễ hạn", "chậm hạn"],
    same: [["đúng hạn", "trong hạn"], ["quá hạn", "trễ hạn", "chậm hạn"]],
  },
  /**
   * Staff roles, the standard split of a unit's people ("cán bộ quản lý 3, giáo viên 45, nhân viên
   * 6"; "8 kỹ sư, 110 công nhân và 10 nhân viên"; "bác sĩ 62, điều dưỡng 150"): one role each.
   * Attributes (nữ, đảng viên, thạc sĩ) are another dimension and may overlap them.
   */
  {
    name: "staff role",
    values: [
      "cán bộ quản lý", "giáo viên", "giảng viên", "nhân viên", "công nhân", "kỹ sư", "bác sĩ", "y sĩ", "dược sĩ", "điều dưỡng",
      "hộ sinh", "kỹ thuật viên", "hộ lý", "kế toán", "lao động phổ thông", "bảo vệ", "lái xe", "nghiên cứu viên",
    ],
  },
  /** Kinds of employment in the public sector: civil servants, public employees, contract staff. */
  {
    name: "employment kind",
    values: ["công chức", "viên chức", "hợp đồng", "hợp đồng lao động", "lao động hợp đồng", "hợp đồng theo nghị định 68"],
    same: [["hợp đồng", "hợp đồng lao động", "lao động hợp đồng", "hợp đồng theo nghị định 68"]],
  },
  { name: "employment", values: ["có việc làm", "chưa có việc làm", "thất nghiệp"], same: [["chưa có việc làm", "thất nghiệp"]] },
  { name: "settlement", values: ["đã giải quyết", "đang giải quyết", "chưa giải quyết", "giải quyết xong"], same: [["đã giải quyết", "giải quyết xong"]] },
];

/**
 * Kinds of a whole named by the part's own noun, not by a qualifier of the whole's noun: read only
 * to tell parts apart (src/relate/partition.ts), never as a qualifier that stands for an elided noun
 * (a value here is a noun: "431 công ty cổ phần" counts companies, "2 Phó Bí thư" people).
 */
export interface NounPartition {
  name: string;
  values: readonly string[];
  same?: readonly (readonly string[])[];
  /**
   * Posts: the words of a plain member's post ("ủy viên", "thành viên"), alone or followed by the
   * body's name ("Ủy viên Ban Thường vụ" of a whole counted in the Ban Thường vụ). A list of posts
   * without it names the holders of the higher posts only, not every member of the whole. Empty:
   * the posts of a body's heads only ("Giám đốc", "Phó Giám đốc"), never all of its members.
   */
  base?: readonly string[];
  /**
   * Posts: membership of a smaller body inside the whole's ("Ủy viên Ban Thường vụ"), which the
   * heads may hold too: "35 đồng chí: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ và 26 ủy
   * viên" may count the heads among the 9 (9 + 26 = 35).
   */
  inner?: readonly string[];
  /** Values that are of the dimension only in a list that names one value of each `complete` class. */
  joins?: readonly string[];
  complete?: readonly (readonly string[])[];
}

/** The posts of members below a body's heads, and (BASE_POSTS) those of its plain members. */
const MEMBER_POSTS = ["ủy viên", "ủy viên ban thường vụ", "ủy viên thường vụ", "ủy viên thường trực", "ủy viên ban chấp hành", "thành viên"];
const BASE_POSTS = ["ủy viên", "thành viên"];
const SAME_POSTS = [["ủy viên ban thường vụ", "ủy viên thường vụ"]];
const INNER_POSTS = ["ủy viên ban thường vụ", "ủy viên thường vụ", "ủy viên thường trực"];

export const NOUN_PARTITIONS: readonly NounPartition[] = [
  /**
   * Legal forms of enterprise as statistics and tax offices count them ("doanh nghiệp tư nhân 310 đơn
   * vị, công ty cổ phần 431 đơn vị, công ty TNHH 1.987 đơn vị"): one each. Ownership (nhà nước,
   * ngoài nhà nước, có vốn đầu tư nước ngoài: "ownership" above) is another dimension: a state or
   * foreign-invested enterprise is also a company of one of these forms, so a list that mixes the
   * two may overlap, unless it names every form beside the state enterprises (the statistics
   * table of kinds, "doanh nghiệp nhà nước 12, công ty cổ phần 431, công ty TNHH 1.987 và doanh
   * nghiệp tư nhân 262": there the forms count the others).
   */
  {
    name: "enterprise form",
    joins: ["doanh nghiệp nhà nước", "công ty nhà nước"],
    complete: [["doanh nghiệp tư nhân"], ["công ty cổ phần", "cổ phần"], ["công ty trách nhiệm hữu hạn", "trách nhiệm hữu hạn", "công ty tnhh", "tnhh"]],
    values: [
      "doanh nghiệp nhà nước", "công ty nhà nước", "doanh nghiệp tư nhân", "công ty cổ phần", "cổ phần", "công ty trách nhiệm hữu hạn", "trách nhiệm hữu hạn", "công ty tnhh", "tnhh",
      "công ty hợp danh", "hợp danh",
    ],
    same: [
      ["công ty cổ phần", "cổ phần"],
      ["công ty trách nhiệm hữu hạn", "trách nhiệm hữu hạn", "công ty tnhh", "tnhh"],
      ["công ty hợp danh", "hợp danh"],
      ["doanh nghiệp nhà nước", "công ty nhà nước"],
    ],
  },
  /**
   * Posts in one body ("Ban Thường vụ gồm 7 đồng chí: 1 Bí thư, 2 Phó Bí thư và 5 Ủy viên"): each
   * member is counted once, at the post the list names for them. One partition for each kind of
   * body: posts of two ("4 Bí thư, 5 Chủ tịch") may be held by one person.
   */
  { name: "party post", values: ["bí thư", "phó bí thư", ...MEMBER_POSTS], base: BASE_POSTS, same: SAME_POSTS, inner: INNER_POSTS },
  { name: "chair post", values: ["chủ tịch", "phó chủ tịch", ...MEMBER_POSTS], base: BASE_POSTS, same: SAME_POSTS, inner: INNER_POSTS },
  { name: "board post", values: ["trưởng ban", "phó trưởng ban", ...MEMBER_POSTS], base: BASE_POSTS, same: SAME_POSTS, inner: INNER_POSTS },
  { name: "commission post", values: ["chủ nhiệm", "phó chủ nhiệm", ...MEMBER_POSTS], base: BASE_POSTS, same: SAME_POSTS, inner: INNER_POSTS },
  { name: "director post", values: ["tổng giám đốc", "phó tổng giám đốc", "giám đốc", "phó giám đốc"], base: [] },
  { name: "principal post", values: ["hiệu trưởng", "phó hiệu trưởng"], base: [] },
];

/** Words that negate the qualifier after them: "đạt" | "không đạt", "có con" | "không có con". */
export const NEGATIONS: readonly string[] = ["không", "chưa"];

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

/**
 * Two qualifiers of one noun that nothing takes both of, read only where each of two parts carries
 * one (src/relate/pair-qualifiers.ts; not partitions above, which also shape the kinds of nouns):
 * "7.380 tờ khai xuất khẩu và 5.240 tờ khai nhập khẩu", "800 trường công lập, 500 trường ngoài
 * công lập". `nouns`: the things the pair splits apart, when an actor may be both ("doanh nghiệp
 * xuất khẩu" may import too); an amount or a quantity of goods ("xuất khẩu 1.000 triệu USD") is a
 * flow of one way.
 */
export const QUALIFIER_PAIRS: readonly { values: readonly [string, string]; nouns?: readonly string[] }[] = [
  { values: ["công lập", "ngoài công lập"] },
  { values: ["xuất khẩu", "nhập khẩu"], nouns: ["tờ khai", "lô hàng", "container", "chuyến hàng", "đơn hàng", "vận đơn", "hợp đồng", "giấy phép", "bộ hồ sơ"] },
];
