/**
 * Cue words that tie figures together (src/relate/). Plain spelling, matched folded.
 *
 *   "38 đơn vị, gồm 12 khoa …"                 closed list cue "gồm"
 *   "120 cán bộ, trong đó 80 nữ"               partial list cue "trong đó"
 *   "… 31 cán bộ, 12 doanh nhân cùng đại diện" open tail "cùng"
 *   "258 đơn vị còn lại"                        remainder "còn lại"
 *   "bằng 106% kế hoạch", "giao chỉ tiêu …"    plan words
 *   "tăng 35% so với năm 2015"                 base words
 *   "Hội nghị tổng kết công tác năm 2023"      review words
 *   "vừa được bổ nhiệm giữ chức Giám đốc"      change-of-post words
 */

/** A list of all the parts of the whole before it. */
export const CLOSED_LIST_CUES: readonly string[] = ["gồm", "bao gồm", "gồm có", "cụ thể", "cụ thể là", "chia thành", "chia làm", "phân thành", "cơ cấu", "về cơ cấu", "chia ra", "phân ra"];
/** Closed cues that open a list only before a colon ("cụ thể:", "chia ra:", "phân ra như sau:"); "Cụ thể, …" only says more. */
export const COLON_LIST_CUES: readonly string[] = ["cụ thể", "chia ra", "phân ra"];
/** A list of some of the parts. */
export const PARTIAL_LIST_CUES: readonly string[] = ["trong đó", "trong đó có", "trong số đó", "trong số này", "trong số đó có", "trong số này có"];
/** Right after a closed cue: the list is open after all ("bao gồm cả", "gồm các … như"). */
export const OPEN_AFTER_CUE: readonly string[] = ["cả", "như", "nhiều", "một số", "các loại"];
/** Starting a segment of a list: what follows adds to it, uncounted ("cùng đại diện …", "và các …"). */
export const OPEN_TAIL: readonly string[] = ["cùng", "cùng với", "cùng các", "và các", "và nhiều", "và một số", "như", "ngoài ra", "bên cạnh đó", "chủ yếu"];
/** The part that completes a whole: "258 đơn vị còn lại", "còn lại 33,5%". */
export const REMAINDER_WORDS: readonly string[] = ["còn lại", "số còn lại", "phần còn lại"];
/**
 * In a list of members per sub-unit, words that make a part a subgroup or a flow, not the
 * sub-unit's members: "Chi bộ A kết nạp 2 đảng viên mới", "Chi đoàn B có 3 đoàn viên ưu tú".
 */
export const SUBGROUP_WORDS: readonly string[] = ["mới", "kết nạp", "chuyển đến", "chuyển đi", "chuyển sinh hoạt", "dự bị", "ưu tú", "xuất sắc", "được khen thưởng", "bị kỷ luật", "tăng thêm", "phát triển"];
/**
 * Opening a part told by its own verb, before a total of the parts ("kết nạp 3 …, tiếp nhận 2 …, tổng cộng 5"):
 * a flow out of the whole, not a part added to it ("chuyển đi 2 đảng viên", "xóa tên 1 …"; relate/sum-after.ts).
 */
export const OUTFLOW_VERBS: readonly string[] = [
  "chuyển đi", "chuyển ra", "xóa tên", "khai trừ", "cho thôi", "thôi", "ra khỏi", "từ trần", "qua đời", "chết", "mất",
  "nghỉ", "nghỉ hưu", "nghỉ việc", "bỏ", "bỏ học", "rút", "rút khỏi", "thanh lý", "giải thể", "sáp nhập", "loại", "loại bỏ",
  "đưa ra", "đưa ra khỏi", "trừ", "trả lại", "hủy", "thu hồi",
];
/** Periods shorter than a year: parts told of one ("Trong tháng 12, … nâng tổng số … cả năm lên …") are not all of the year's total. */
export const SUB_YEAR_PERIODS: readonly string[] = ["tháng", "quý", "tuần", "đợt", "học kỳ", "kỳ này", "mùa vụ"];
/** After a listed number's noun: the thing counted lies outside the whole ("30 cơ sở khác ngoài đợt kiểm tra"). */
export const OUTSIDE_WORDS: readonly string[] = ["khác ngoài", "không thuộc", "nằm ngoài"];
/** Before a list cue, a whole that is not a number: "thu giữ nhiều tang vật gồm: …". */
export const VAGUE_QUANTIFIERS: readonly string[] = ["nhiều", "các", "những", "một số", "số", "một", "hàng", "mọi", "toàn bộ", "một bản", "một loạt"];

/**
 * Between a number examined and the part found among them, in one sentence: "khám cho 900 người;
 * kết quả có 180 người mắc bệnh, chiếm 20%", "kiểm tra 50 cơ sở, phát hiện 12 cơ sở vi phạm".
 */
export const RESULT_CUES: readonly string[] = ["kết quả", "kết quả có", "kết quả cho thấy", "qua đó", "qua kiểm tra", "qua khám", "qua sàng lọc", "phát hiện"];
/**
 * Right before a count told as a whole taken in, of which a later clause handles a part ("tiếp nhận
 * 2.146 tin báo … Đã giải quyết 1.918 tin"); not "có", "thành lập mới", "giải ngân cho" (a stock or a
 * flow of another kind: "có 1.500.000 người … lao động qua đào tạo 520.000 người").
 */
export const INTAKE_VERBS: readonly string[] = ["tiếp nhận", "thụ lý", "thụ lý kiểm sát", "xảy ra", "nhận được"];
/** Words that may open the handled part's clause without giving it a subject or period of its own: "Trong năm, đã giải quyết …", "Kết quả, đã …". */
export const HANDLED_LEADS: readonly string[] = ["trong năm", "đến nay", "tính đến nay", "kết quả", "qua đó", "trong đó"];
/** Opening a clause right before its count, the part handled of a whole taken in ("Đã giải quyết 1.918 tin"; not "giải quyết đúng hạn"). */
export const HANDLED_VERBS: readonly string[] = ["giải quyết", "xử lý", "thụ lý", "khởi tố", "xác minh", "trả lời"];
/** Opening an item's label after a "trong đó" subset, what is done with the subset (relate/list-handled.ts): "… 300 đơn đủ điều kiện, đã giải quyết 285 đơn". */
export const SUBSET_HANDLED_VERBS: readonly string[] = ["giải quyết", "xử lý", "thi hành", "xét xử", "thụ lý", "trả kết quả", "hoàn thành"];
/** Right before a number: the unit of a rate, not a number counted ("cứ 10 người tiêu dùng thì có 9 người"). */
export const PER_EVERY_WORDS: readonly string[] = ["cứ", "mỗi"];
/** Before a place's name ("huyện Sóc Sơn", "thành phố Hạ Long"): the name a growth's clause gives its place. */
export const PLACE_WORDS: readonly string[] = ["tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường"];
/** A plan or target, as the basis of a percent or the label of an amount. */
export const PLAN_WORDS: readonly string[] = ["kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "kh"];
/** Words in the clause of an amount that make it the plan ("tỉnh giao … 420 tỷ đồng"). */
export const PLAN_LABELS: readonly string[] = ["kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "đặt mục tiêu", "phấn đấu đạt"];
/** The basis of a change: "so với cùng kỳ", "so với năm trước". A year ("năm 2015") is read apart. */
// ("cùng thời điểm năm trước", "thời điểm này năm trước": a stock on the same day a year before, as "cùng kỳ" is a flow)
export const BASE_WORDS: readonly string[] = [
  "cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm ngoái", "năm trước", "năm ngoái", "tháng trước", "quý trước", "kỳ trước", "nhiệm kỳ trước", "đầu năm", "cuối năm trước", "năm học trước", "học kỳ trước",
  // a previous event of a series: "so với kỳ đại hội trước (23 huy chương)"
  "kỳ đại hội trước", "đại hội trước", "mùa giải trước",
  "cùng thời điểm", "cùng thời điểm năm trước", "cùng thời điểm năm ngoái", "thời điểm này năm trước", "thời điểm này năm ngoái",
];
/**
 * Opening the clause after a change that restates its basis with the base's figure: "…, tăng 25% so với
 * cùng kỳ; [trong khi] cùng kỳ năm trước thu được 1.180 triệu đồng" (relate/growth-next.ts).
 */
export const BASE_CLAUSE_LEADS: readonly string[] = ["trong khi", "trong khi đó", "còn", "trong", "vào", "riêng"];
/** Words allowed between a figure and the percent stated for it ("3 tỷ đồng, bằng 150%"). */
export const GLUE_WORDS: readonly string[] = [
  "đạt", "bằng", "tăng", "giảm", "vượt", "chiếm", "còn", "hoàn thành", "không", "chưa", "tương đương", "tương đương với", "tương ứng",
  "tương ứng với", "tỷ lệ", "đạt tỷ lệ", "với tỷ lệ", "khoảng", "gần", "hơn", "trên", "dưới", "được", "là", "ước", "ước đạt", "lên", "xuống", "thêm", "mức",
  "ở mức", "chỉ", "so", "so với", "và", "tức", "tức là", "cao hơn", "thấp hơn", "tăng trưởng", "tăng thêm", "giảm đi", "giảm bớt", "đã",
  "vượt mức", "nhưng", "song", "hay", "hoặc", "xấp xỉ", "chiếm tỷ lệ", "có", "như vậy",
];
/** Restating the figure before in other words or units: "(tương đương 32 tỷ đồng)", ", tức 1.615 triệu đồng". */
export const RESTATE_WORDS: readonly string[] = ["tương đương", "tương đương với", "tức", "tức là", "hay", "quy đổi", "bằng"];
/** The words of an amount: "(Bằng chữ: Ba mươi sáu triệu đồng)". */
export const IN_WORDS: readonly string[] = ["bằng chữ", "viết bằng chữ", "số tiền bằng chữ"];
/** Naming the whole of a share after the percent: "chiếm 15,4% tổng số chuyến bay chậm". */
export const WHOLE_NAMERS: readonly string[] = ["tổng số", "tổng", "trên tổng số", "trong tổng số", "của tổng số", "số", "của"];
/** A percent of an aggregate named after it (never one class of a list): "45% GDP", "17,3% tổng thu ngân sách". */
export const AGGREGATES: readonly string[] = ["gdp", "grdp", "kim ngạch", "tổng thu", "tổng chi", "ngân sách", "dân số", "diện tích", "sản lượng", "giá trị", "doanh thu", "tổng vốn", "tổng mức"];
/** A list of classes of one whole: "xếp loại: 18,5% …, 72,3% …", "cơ cấu kinh tế: …". */
export const CLASS_CUES: readonly string[] = [
  "xếp loại", "phân loại", "đánh giá", "học lực", "hạnh kiểm", "rèn luyện", "cơ cấu", "tỷ trọng", "kết quả xếp loại", "chất lượng", "xếp hạng", "phân theo", "chia theo",
  "kết quả", "khảo sát", "mức độ hài lòng",
];
/** Class cues that name the whole itself: "Cơ cấu lao động: …" lists all of it. */
export const STRUCTURE_CUES: readonly string[] = ["cơ cấu", "tỷ trọng"];
/** Words of a whole that may hold a class left out of a list of sectors (taxes on products of GDP). */
export const OPEN_STRUCTURE_WORDS: readonly string[] = ["thuế", "gdp", "grdp", "tổng sản phẩm"];

/** Reviews of a period: "tổng kết năm 2023", "sơ kết 6 tháng đầu năm", "tổng kết năm học". */
export const REVIEW_WORDS: readonly string[] = ["tổng kết", "sơ kết", "báo cáo tổng kết", "báo cáo sơ kết", "kiểm điểm", "bế giảng"];
/** Words between a review word and its period that end the search ("… năm 2023 và triển khai nhiệm vụ năm 2024"). */
export const REVIEW_STOPS: readonly string[] = [
  "và", "triển khai", "phương hướng", "nhiệm vụ năm", "kế hoạch năm", "đến", "định hướng", "giai đoạn tới",
  // a law's or a programme's name holds its own year: "tổng kết công tác tuyên truyền Luật Thi đua, khen thưởng năm 2022"
  "luật", "bộ luật", "pháp lệnh", "nghị quyết", "nghị định", "chỉ thị", "đề án",
];
/**
 * After "và" in a review's words, a second field of work reviewed over the same period, not what comes
 * next ("sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm"; "và triển khai nhiệm vụ …" stops).
 */
export const REVIEW_SECOND_FIELDS: readonly string[] = ["công tác", "phong trào"];
/** In the second field's words, a period of its own: "và phong trào thanh niên tình nguyện hè năm 2025" (the summer). */
export const REVIEW_SEASON_WORDS: readonly string[] = ["hè", "mùa", "đợt", "chiến dịch"];
/** The start of a school year: "khai giảng năm học 2023-2024". */
export const OPENING_WORDS: readonly string[] = ["khai giảng"];

/** A change of post told in the text: the two titles follow each other in time. */
export const CHANGE_OF_POST: readonly string[] = [
  "bổ nhiệm", "được bầu", "bầu giữ", "bầu làm", "giữ chức", "thay thế", "kế nhiệm", "điều động", "luân chuyển", "từng giữ", "từng là",
  "trước đây", "nghỉ hưu", "miễn nhiệm", "thôi giữ", "thôi chức", "phụ trách", "chuyển công tác", "trúng cử", "được giao phụ trách", "đảm nhận",
  "kiêm", "nhận nhiệm vụ", "công bố quyết định", "trao quyết định", "đề bạt", "được phân công", "chuẩn y",
];
/**
 * One person written with two military or police ranks is a promotion only when the text says so:
 * "được thăng hàm Đại tá", "nguyên …", "khi đó là Thượng tá". Any of these words in the text (or a
 * change of post) makes two ranks no conflict.
 */
export const RANK_CHANGE: readonly string[] = [
  "thăng hàm", "thăng quân hàm", "thăng cấp bậc hàm", "thăng cấp", "được thăng", "nâng hàm", "nâng cấp bậc hàm", "phong hàm",
  "phong quân hàm", "thụ phong", "quân hàm", "nguyên", "cựu", "tân", "khi đó", "lúc đó", "lúc ấy", "khi ấy", "trước đó", "hồi đó", "từng",
];
/** Right before a title: the post is a former or a new one ("nguyên Giám đốc", "tân Chủ tịch"). */
export const TITLE_TIME_PREFIXES: readonly string[] = ["nguyên", "cựu", "tân", "quyền", "q."];

/**
 * Shares listed one per class, each with "chiếm" ("người cao tuổi chiếm 42%, trẻ em chiếm 35%, …"):
 * the list is all of the whole when its last class is "the others" ("các đối tượng khác chiếm 7%")
 * or when its classes are bands that cover a scale ("dưới 18 tuổi …; từ 18 đến 30 tuổi …; trên 30
 * tuổi …"). SHARE_OTHERS_WORDS end the last class; BAND_* begin a band's label, BAND_JOIN sits
 * between the two ends of a middle band, BAND_*_TAIL ends an open band ("từ 60 tuổi trở lên").
 */
export const SHARE_OTHERS_WORDS: readonly string[] = ["khác"];
export const BAND_BELOW: readonly string[] = ["dưới", "chưa đến", "chưa tới", "không quá"];
export const BAND_ABOVE: readonly string[] = ["trên", "hơn", "ngoài"];
export const BAND_FROM: readonly string[] = ["từ"];
export const BAND_JOIN: readonly string[] = ["đến", "tới", "đến dưới", "tới dưới", "-", "–"];
export const BAND_UP_TAIL: readonly string[] = ["trở lên"];
export const BAND_DOWN_TAIL: readonly string[] = ["trở xuống"];
/**
 * Words that tie a list's first label to its number when the label holds "và" ("trong đó dư nợ
 * hộ nghèo và hộ cận nghèo là 8.640 tỷ đồng"): one part named by two nouns, not a list of names.
 */
export const LABEL_COPULAS: readonly string[] = ["là", "đạt", "ước đạt", "lên tới", "lên đến"];
