/**
 * What a counted noun is a kind of. The whole of a breakdown and its parts must count the same
 * kind of thing: the same noun, a kind of it, or (for people) any word for people.
 *
 *   "38 đơn vị, gồm 12 khoa, 4 viện, 8 trung tâm"     khoa, viện, trung tâm ⊂ đơn vị
 *   "120 cán bộ, trong đó 80 nữ, 60 đảng viên"        nữ, đảng viên ⊂ người ⊃ cán bộ
 *   "468 doanh nghiệp, trong đó 189 công ty TNHH"     công ty ⊂ doanh nghiệp
 *   "cụm 3 camera, gồm camera chính 48 megapixel"     megapixel is no kind of camera
 *   "4 tầng ngầm, trong đó … 10 máy bán vé"           máy is no kind of tầng
 *
 * Entries are written in plain spelling and matched folded (src/text/fold.ts), as the longest
 * entry that starts the noun phrase ("đơn vị trực thuộc" → "đơn vị"). Used by src/relate/.
 */

/** Words for people: any of them may be a part of a whole counted in any other. */
export const PEOPLE_WORDS: readonly string[] = [
  "người", "lượt người", "nhân khẩu", "người dân", "công dân", "cư dân", "dân", "nhân dân",
  "cán bộ", "công chức", "viên chức", "nhân viên", "người lao động", "lao động", "công nhân",
  "cnvc", "cnvclđ", "cbcnv", "cbcnvc", "nlđ", "cnlđ", "đoàn viên", "đảng viên", "hội viên",
  "thành viên", "đại biểu", "đồng chí", "đ/c", "chiến sĩ", "quân nhân", "sĩ quan", "bộ đội",
  "giảng viên", "giáo viên", "nhà giáo", "giáo sư", "phó giáo sư", "tiến sĩ", "thạc sĩ",
  "cử nhân", "kỹ sư", "bác sĩ", "y sĩ", "dược sĩ", "điều dưỡng", "y tá", "nhà khoa học",
  "nghiên cứu viên", "chuyên gia", "học sinh", "sinh viên", "học viên", "nghiên cứu sinh",
  "thí sinh", "trẻ", "trẻ em", "em", "cháu", "học trò", "nữ", "nam", "phụ nữ", "thanh niên",
  "người cao tuổi", "cựu chiến binh", "bệnh nhân", "người bệnh", "nạn nhân", "người chết",
  "người bị thương", "đối tượng", "bị can", "bị cáo", "phạm nhân", "can phạm", "nghi phạm",
  "hành khách", "khách", "du khách", "lượt khách", "khách hàng", "cử tri", "quần chúng",
  "tân binh", "công an", "vận động viên", "vđv", "huấn luyện viên", "hlv", "cầu thủ", "diễn viên",
  "nghệ sĩ", "phóng viên", "nhà báo", "biên tập viên", "lãnh đạo", "cổ đông", "nhà đầu tư",
  "tình nguyện viên", "cá nhân", "gương", "hộ viên", "ứng viên", "ứng cử viên", "người học",
  "người nghiện", "lao động nữ", "nông dân", "ngư dân", "doanh nhân", "tiểu thương",
  "thương binh", "liệt sĩ", "người có công", "đảng viên mới", "hội viên mới", "ủy viên",
  "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "hiệu trưởng", "bí thư", "thẩm phán",
  "kiểm sát viên", "luật sư", "kế toán", "người tham dự", "khách mời", "thực tập sinh",
  // posts (a breakdown of a body by its posts: "7 đồng chí: 1 Bí thư, 2 Phó Bí thư và 5 Ủy viên")
  "phó bí thư", "phó hiệu trưởng", "tổng giám đốc", "phó tổng giám đốc", "trưởng ban", "phó trưởng ban",
  "trưởng phòng", "phó trưởng phòng", "chủ nhiệm", "phó chủ nhiệm", "chánh văn phòng", "phó chánh văn phòng",
];

/**
 * Hypernym → the kinds it includes (one level; the relation is followed transitively).
 * People are not listed here: PEOPLE_WORDS are all kinds of "người".
 */
export const HYPERNYMS: readonly (readonly [string, readonly string[]])[] = [
  ["đơn vị", [
    "khoa", "viện", "viện nghiên cứu", "trung tâm", "phòng", "ban", "phòng ban", "phòng, ban",
    "bộ môn", "bộ phận", "trường", "trường học", "cơ quan", "tổ chức", "công ty", "doanh nghiệp",
    "xí nghiệp", "nhà máy", "chi nhánh", "đội", "tổ", "văn phòng", "phân hiệu", "cơ sở",
    "đơn vị trực thuộc", "đơn vị sự nghiệp", "bệnh viện", "trạm", "chi cục", "cục", "sở",
    "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "hợp tác xã",
    "chi bộ", "đảng bộ", "công đoàn", "công đoàn cơ sở", "chi hội", "chi đoàn", "lớp", "câu lạc bộ",
    "hội sở", "phòng giao dịch", "điểm giao dịch", "bưu cục",
  ]],
  ["tổ chức", ["chi bộ", "đảng bộ", "công đoàn", "công đoàn cơ sở", "chi hội", "chi đoàn", "hội", "câu lạc bộ", "doanh nghiệp", "cơ quan", "đơn vị"]],
  ["doanh nghiệp", ["công ty", "tổng công ty", "tập đoàn", "dn", "hợp tác xã", "htx", "ngân hàng", "nhà máy", "xí nghiệp", "cơ sở sản xuất", "hộ kinh doanh"]],
  ["cơ sở", ["cơ sở sản xuất", "cơ sở kinh doanh", "cơ sở lưu trú", "cơ sở y tế", "cơ sở giáo dục", "cơ sở đào tạo", "trường", "bệnh viện", "trạm y tế", "trung tâm y tế", "phòng khám"]],
  ["đơn vị hành chính", ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn", "bản", "ấp", "tổ dân phố", "khu phố"]],
  ["địa phương", ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]],
  ["nhiệm vụ", ["đề tài", "dự án", "đề án", "chương trình", "nhiệm vụ khoa học", "hợp đồng", "đầu việc"]],
  ["công trình", ["bài báo", "sách", "giáo trình", "sáng chế", "công trình khoa học", "công trình nghiên cứu", "dự án", "nhà", "cầu", "đường"]],
  ["công bố", ["bài báo", "báo cáo", "sách", "chương sách", "giáo trình", "sáng chế", "bằng sáng chế", "giải pháp hữu ích"]],
  ["sản phẩm", ["sách", "giáo trình", "phần mềm", "thiết bị", "sáng chế", "giống", "quy trình", "mô hình"]],
  ["phương tiện", ["xe", "ô tô", "xe ô tô", "xe máy", "mô tô", "xe tải", "xe khách", "xe buýt", "tàu", "thuyền", "ca nô", "máy bay", "tàu cá"]],
  ["xe", ["ô tô", "xe ô tô", "xe máy", "mô tô", "xe tải", "xe khách", "xe buýt", "xe con", "xe container", "xe đầu kéo", "xe cứu thương"]],
  ["tàu", ["tàu cá", "tàu chiến", "tàu hàng", "tàu sân bay", "tàu khu trục", "tàu hộ tống"]],
  ["vụ", ["vụ án", "vụ việc", "vụ tai nạn", "vụ vi phạm", "vụ cháy", "vụ tranh chấp", "vụ khiếu nại"]],
  ["đơn", ["đơn thư", "đơn khiếu nại", "đơn tố cáo", "đơn kiến nghị", "đơn phản ánh", "đơn đề nghị"]],
  ["văn bản", ["nghị quyết", "quyết định", "chỉ thị", "kế hoạch", "công văn", "thông báo", "báo cáo", "hướng dẫn", "quy chế", "quy định"]],
  ["giải", ["giải nhất", "giải nhì", "giải ba", "giải khuyến khích", "giải đặc biệt", "huy chương", "huy chương vàng", "huy chương bạc", "huy chương đồng", "giải thưởng"]],
  ["huy chương", ["huy chương vàng", "huy chương bạc", "huy chương đồng", "hcv", "hcb", "hcđ"]],
  ["hình thức khen thưởng", ["bằng khen", "giấy khen", "huân chương", "cờ thi đua", "danh hiệu", "kỷ niệm chương"]],
  ["tập thể và cá nhân", ["tập thể", "cá nhân"]],
  ["chỉ tiêu", ["chỉ tiêu kinh tế", "chỉ tiêu xã hội", "chỉ tiêu môi trường"]],
  ["lớp", ["lớp học", "lớp tập huấn", "lớp bồi dưỡng", "lớp đào tạo", "khóa", "khóa học"]],
  ["cuộc", ["cuộc thanh tra", "cuộc kiểm tra", "cuộc họp", "cuộc thi", "cuộc sinh hoạt", "cuộc giám sát"]],
  // the places a bank, a post or a shop serves at ("17 điểm giao dịch gồm: 1 hội sở, 12 phòng giao dịch và 5 điểm
  // giao dịch lưu động", "có 48 điểm phục vụ, gồm 12 bưu cục và 36 điểm bưu điện văn hóa xã")
  ["điểm giao dịch", ["hội sở", "trụ sở chính", "chi nhánh", "phòng giao dịch", "quầy giao dịch", "điểm giao dịch lưu động", "quỹ tiết kiệm"]],
  ["điểm phục vụ", ["bưu cục", "điểm bưu điện văn hóa xã", "đại lý", "đại lý bưu điện", "điểm giao dịch", "quầy giao dịch"]],
  ["điểm bán", ["cửa hàng", "siêu thị", "đại lý", "cửa hàng tiện lợi", "cửa hàng xăng dầu", "quầy hàng"]],
  // a district's places of lodging, culture, and a newsroom's works ("25 cơ sở lưu trú, gồm 4 khách sạn và 21 nhà
  // nghỉ", "34 thiết chế văn hóa, gồm 1 trung tâm văn hóa, 30 nhà văn hóa thôn …", "130 tác phẩm, gồm 62 phóng sự …")
  ["cơ sở lưu trú", ["khách sạn", "nhà nghỉ", "nhà khách", "homestay", "khu nghỉ dưỡng", "biệt thự du lịch", "căn hộ du lịch", "nhà nghỉ du lịch"]],
  ["thiết chế văn hóa", ["trung tâm văn hóa", "trung tâm văn hóa thể thao", "nhà văn hóa", "thư viện", "bảo tàng", "nhà thi đấu", "sân vận động", "rạp chiếu phim"]],
  ["tác phẩm", ["tác phẩm báo chí", "bài báo", "bài viết", "phóng sự", "ký sự", "phim tài liệu", "tin bài", "bức ảnh", "ảnh", "tranh", "bức tranh", "bài thơ", "truyện ngắn", "tiểu thuyết", "ca khúc", "chương trình truyền hình", "chương trình phát thanh"]],
  ["hộ", ["hộ nghèo", "hộ cận nghèo", "hộ dân", "hộ gia đình", "hộ kinh doanh"]],
  ["trường", ["trường mầm non", "trường tiểu học", "trường trung học cơ sở", "trường trung học phổ thông", "trường thcs", "trường thpt", "trường đại học", "trường cao đẳng", "trường học"]],
];

/**
 * Abbreviations of counted nouns, as parts name the whole's noun ("48 hợp tác xã, gồm 30 HTX nông
 * nghiệp …", "1.250 học sinh, gồm 640 HS nam …"): the abbreviation stands for the full noun when
 * a part's kind is read. An abbreviation that stands for two nouns (HV: học viên, hội viên) is
 * left out unless both are the same kind of thing.
 */
export const NOUN_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ["htx", "hợp tác xã"], ["dn", "doanh nghiệp"], ["dnnvv", "doanh nghiệp nhỏ và vừa"], ["cty", "công ty"],
  ["cb", "cán bộ"], ["cbcc", "cán bộ công chức"], ["cbccvc", "cán bộ công chức viên chức"], ["cbnv", "cán bộ nhân viên"],
  ["cbgv", "cán bộ giáo viên"], ["cbcs", "cán bộ chiến sĩ"], ["cnv", "công nhân viên"], ["nv", "nhân viên"],
  ["hs", "học sinh"], ["gv", "giáo viên"], ["sv", "sinh viên"], ["đv", "đảng viên"], ["đvtn", "đoàn viên thanh niên"],
  ["hv", "hội viên"], ["vđv", "vận động viên"], ["hlv", "huấn luyện viên"], ["ncs", "nghiên cứu sinh"], ["lđ", "lao động"], ["nlđ", "người lao động"],
  ["cđcs", "công đoàn cơ sở"], ["cđbp", "công đoàn bộ phận"], ["bv", "bệnh viện"], ["tyt", "trạm y tế"],
];

/**
 * Classifiers: the word after them says what is counted ("2 chiếc tất" is no kind of "3 chiếc
 * xe"); alone they stand for the noun of the whole ("3,68 triệu lượt khách, trong đó … 412.000 lượt").
 */
export const CLASSIFIERS: readonly string[] = [
  "chiếc", "con", "cái", "căn", "tấm", "quả", "bức", "cuốn", "quyển", "lượt", "ngôi", "tòa", "cây", "bản",
];

/**
 * Words that start a predicate, not a noun: after a classifier ("1.872 lượt mắc bệnh lý hô hấp",
 * "12 con bị chết") the classifier alone is the counted noun, that of the whole it is a part of.
 */
export const PREDICATE_STARTS: readonly string[] = ["mắc", "bị", "được", "đã", "phải", "chưa", "không", "đang", "vẫn", "đều"];

/**
 * Words after a class noun that start what is said of it, not a kind of it: "30 xe mới mua", "10
 * hộ mới thoát nghèo", "7 trường đạt chuẩn", "5 xã có …" (relate/list-va.ts: a count of the whole's
 * class told after its parts, an attribute of the whole).
 */
export const ATTRIBUTE_STARTS: readonly string[] = [...PREDICATE_STARTS, "mới", "vừa", "đạt", "có"];

/**
 * Words after a number that name a unit or a size, not a kind of thing: never a part of a whole
 * counted in another noun ("3 camera, gồm camera chính 48 megapixel").
 */
export const NOT_A_KIND: readonly string[] = [
  "megapixel", "mp", "inch", "in", "tầng", "bậc", "sao", "phân khối", "cc", "xi-lanh", "xi lanh", "chỗ", "chỗ ngồi",
  "làn", "làn xe", "câu", "câu hỏi", "điểm", "phút", "giờ", "ngày", "tháng", "năm", "tuần", "tuổi", "lần",
  "trang", "tờ", "mảnh", "bánh", "cửa", "nút", "hiệp", "set", "ván", "bàn thắng", "bàn", "gậy", "cấp",
];

/**
 * Units of time, frequency, size and rank: never the whole of a breakdown, even of itself
 * ("từ 50 lần trở lên … người khám nhiều nhất là 123 lần", "dương 13 gậy … 14 gậy").
 */
export const NEVER_WHOLE: readonly string[] = [
  "lần", "điểm", "phút", "giờ", "ngày", "tháng", "năm", "tuần", "tuổi", "bậc", "megapixel", "mp", "inch", "sao", "phân khối",
  "cc", "gậy", "cấp", "hiệp", "ván", "bàn thắng", "set",
];
