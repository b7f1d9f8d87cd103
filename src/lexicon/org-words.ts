/**
 * Words inside organisation names that are written in lower case ("Ban quản lý dự án đường sắt đô
 * thị …", "Trung tâm kiểm soát bệnh tật tỉnh", "Cục Quản lý nợ và tài chính đối ngoại"): the fields and
 * trades units are named after. An organisation phrase (title-org.ts readOrg) reads on through them
 * where it would otherwise stop at a lower-case word that looks like the rest of the clause.
 *
 *   ORG_FIELD_NOUNS: nouns that never start a predicate ("giao thông", "dự án", "thư ký", "nghề cá");
 *     read anywhere inside the phrase, even where a stop word starts ("giao" in "giao thông", "dự" in
 *     "dự án", "ký" in "Thư ký").
 *   ORG_FIELD_VERBS: trades named by a verb ("quản lý", "xây dựng", "giám định", "thu mua"); read only
 *     right after the head noun, a legal form, or another field word ("Ban quản lý", "Công ty TNHH xây
 *     dựng", "Vật liệu xây dựng"), never after a capitalised name ("Sở Y tế kiểm tra 20 cơ sở" ends at
 *     "Sở Y tế").
 *   LEGAL_FORMS: the legal form of a company, after which its trade and its brand follow ("Công ty
 *     TNHH xây dựng Hoàng Long").
 *   (Fields joined by a comma inside a name, "phòng, chống": lexicon/comma-fields.ts.)
 */

export const ORG_FIELD_NOUNS = [
  // transport and building
  "giao thông", "vận tải", "giao thông vận tải", "đường sắt", "đường bộ", "đường thủy", "đường thủy nội địa",
  "hàng hải", "hàng không", "đô thị", "đô thị mới", "công trình", "dự án", "hạ tầng", "kỹ thuật", "cầu đường",
  "cao tốc", "cảng", "cảng biển", "bến xe", "cấp nước", "thoát nước", "chiếu sáng", "cây xanh", "công viên",
  "nhà ở", "bất động sản", "kiến trúc", "quy hoạch", "trắc địa", "bản đồ", "địa chính", "vật liệu", "vật tư",
  "thiết bị", "cơ khí", "điện", "điện lực", "năng lượng", "xăng dầu", "dầu khí", "khí", "hóa chất", "phân bón",
  "than", "khoáng sản", "luyện kim", "vật liệu xây dựng", "thép", "xi măng", "dệt may", "da giày", "nhựa", "gỗ", "giấy",
  // land, water, farming
  "tài nguyên", "môi trường", "đất đai", "nước sạch", "địa chất", "khí tượng", "thủy văn", "thủy lợi",
  "đê điều", "thiên tai", "nông nghiệp", "nông thôn", "nông sản", "lâm nghiệp", "lâm sản", "kiểm lâm",
  "thủy sản", "hải sản", "nghề cá", "chăn nuôi", "thú y", "trồng trọt", "bảo vệ thực vật",
  "giống", "cây trồng", "vật nuôi", "khuyến nông", "khuyến công", "diêm nghiệp", "muối", "lương thực",
  "thực phẩm", "an toàn thực phẩm", "cà phê", "cao su", "chè", "lúa gạo", "rau quả",
  // health
  "y tế", "y tế dự phòng", "bệnh tật", "dược", "dược phẩm", "mỹ phẩm", "trang thiết bị y tế",
  "pháp y", "tâm thần", "phụ sản", "nhi", "ung bướu", "tim mạch", "lao", "phổi", "bệnh phổi", "da liễu",
  "mắt", "răng hàm mặt", "tai mũi họng", "nội tiết", "truyền máu", "huyết học", "cấp cứu", "hồi sức",
  "phục hồi chức năng", "y học cổ truyền", "đa khoa", "chuyên khoa", "sức khỏe", "sức khỏe sinh sản",
  "dân số", "kế hoạch hóa gia đình", "vắc xin", "sinh phẩm",
  // money and business
  "tài chính", "ngân sách", "thuế", "hải quan", "kho bạc", "tín dụng", "ngân hàng", "chứng khoán",
  "bảo hiểm", "bảo hiểm xã hội", "bảo hiểm y tế", "tài sản", "nợ", "vốn", "thương mại", "dịch vụ",
  "xuất nhập khẩu", "xuất khẩu", "nhập khẩu", "thị trường", "doanh nghiệp", "hợp tác xã",
  "du lịch", "khách sạn", "nhà hàng", "sản phẩm", "hàng hóa", "kinh tế", "đối ngoại", "ngoại giao", "hợp tác",
  "quốc tế", "truyền thông", "bưu chính", "viễn thông", "công nghệ", "công nghệ thông tin",
  "tin học", "điện tử", "phần mềm", "dữ liệu", "an toàn thông tin", "tần số", "vô tuyến điện",
  "khoa học", "nghiên cứu", "thí nghiệm", "sở hữu trí tuệ", "tiêu chuẩn", "đo lường", "chất lượng",
  // people and society
  "lao động", "việc làm", "dạy nghề", "giáo dục", "đào tạo", "giáo dục nghề nghiệp", "mầm non",
  "văn hóa", "thể thao", "nghệ thuật", "điện ảnh", "xuất bản", "báo chí", "phát thanh", "truyền hình",
  "di sản", "bảo tàng", "thư viện", "sách", "lưu trữ", "tôn giáo", "dân tộc", "miền núi",
  "tự do", "dân chủ", "trẻ em", "phụ nữ", "thanh niên", "thiếu niên", "nhi đồng", "người cao tuổi", "người khuyết tật",
  "người có công", "thương binh", "xã hội", "công tác xã hội", "từ thiện", "nhân đạo",
  "cứu trợ", "chữ thập đỏ", "quần chúng", "dân vận", "tuyên giáo", "nội chính", "nội vụ", "pháp chế",
  "tư pháp", "hộ tịch", "thi hành án", "hành chính", "cán bộ", "tổ chức cán bộ", "thi đua", "thi đua khen thưởng", "thi đua - khen thưởng",
  // order and defence
  "an ninh", "trật tự", "an ninh trật tự", "hình sự", "ma túy", "tội phạm", "cảnh sát",
  "phòng cháy", "chữa cháy", "cứu hộ", "cứu nạn", "biên phòng", "cửa khẩu", "quân sự", "quốc phòng",
  "cơ động", "đặc nhiệm", "tham nhũng", "lãng phí", "chính trị nội bộ", "bảo vệ chính trị nội bộ",
  // the unit's own words
  "thư ký", "đăng ký", "tổng hợp", "văn thư", "nhà nước", "cơ quan nhà nước", "cơ quan", "chuyên trách",
  "cơ sở", "quận", "huyện", "tỉnh", "thành phố", "thị xã", "phường", "xã", "khu vực", "phía bắc", "phía nam",
  "miền bắc", "miền trung", "miền nam", "trung ương", "quốc gia", "toàn quốc",
] as const;

export const ORG_FIELD_VERBS = [
  "quản lý", "xây dựng", "đầu tư", "đầu tư xây dựng", "đầu tư phát triển", "phát triển", "giám định",
  "thanh toán", "kiểm soát", "kiểm soát bệnh tật", "kiểm định", "giám sát", "tư vấn",
  "thiết kế", "thi công", "phòng chống", "phòng, chống", "bảo vệ", "bảo tồn", "chăm sóc", "khám chữa bệnh",
  "khám bệnh", "điều dưỡng", "điều tra", "kiểm tra", "thanh tra", "thu mua", "chế biến", "sản xuất",
  "kinh doanh", "phân phối", "vận chuyển", "khai thác", "cung ứng", "xử lý", "xúc tiến", "hỗ trợ",
  "truyền tải", "phát điện", "in", "phát hành", "biên tập", "giải khát", "ứng dụng",
  "chuyển giao", "đổi mới", "sáng tạo", "huấn luyện", "bồi dưỡng", "tuyển sinh",
  // land taken for projects ("Ban bồi thường giải phóng mặt bằng quận X")
  "bồi thường", "giải phóng mặt bằng",
] as const;

/** Fields read only after a dash inside a department's name ("Phòng Tài chính - kế hoạch"): elsewhere the plan of a clause. */
export const ORG_DASH_FIELDS = ["kế hoạch"] as const;

export const LEGAL_FORMS = [
  "TNHH", "TNHH MTV", "TNHH một thành viên", "MTV", "một thành viên", "hai thành viên", "Cổ phần", "CP",
  "JSC", "trách nhiệm hữu hạn", "tư nhân", "DNTN", "liên doanh",
] as const;

/**
 * Members a unit is a union or a body of, after "các" inside its name ("Liên hiệp các tổ chức hữu
 * nghị Việt Nam", "Hiệp hội các doanh nghiệp nhỏ và vừa", "Đảng ủy Khối các cơ quan tỉnh").
 */
export const ORG_MEMBER_NOUNS = [
  "tổ chức", "cơ quan", "đơn vị", "doanh nghiệp", "hội", "hội văn học nghệ thuật", "dân tộc", "trường",
  "trường đại học", "hợp tác xã", "khu công nghiệp", "nhà khoa học", "ngành", "cơ sở", "câu lạc bộ",
] as const;

/** Words after which a number is part of the name ("số 3", "vùng 3", "cơ sở 2", "khu vực 9"; and the admin units, "quận 5"). */
export const NUMBERED_WORDS = ["số", "vùng", "khu vực", "khu", "cơ sở", "tổ", "khối", "đoàn", "đội", "lữ đoàn", "trung đoàn", "sư đoàn", "tiểu đoàn"] as const;

/**
 * Lower-case ends of the names of international bodies, after which a title's organisation may stop
 * right before a foreign name ("Chủ tịch Quỹ Tiền tệ Quốc tế Christine Lagarde", "Ngân hàng Thế
 * giới", "Tổng thư ký Liên hợp quốc"), written with the capital ("Hãng thông tấn quốc tế Rossiya
 * Segodnya" is no title's organisation and a name): read by recognize/people-words.ts.
 */
export const WORLD_BODY_ENDS = ["Quốc tế", "Thế giới", "Liên hợp quốc", "Liên hiệp quốc"] as const;
