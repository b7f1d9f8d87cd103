/**
 * Words in the clause around a counted noun (or in the whole text) that decide its category over
 * the noun's own list (count-nouns.ts). The order in which they apply is in src/recognize/category.ts.
 *
 *   "740 cán bộ được tập huấn"         → TRAINING_CLUES: training
 *   "8 đơn vị được tặng Bằng khen"       → AWARD_CLUES: award
 *   "làm chết 9 người"                  → OTHER_PEOPLE_CLUES: other (victims, patients, defendants)
 *   "2 tập thể bị xử lý kỷ luật"         → DISCIPLINE_CLUES: not an award
 *   "3 tác phẩm … phòng vé"             → SCREEN_CLUES: films and songs, other
 *   a court or crime report             → CRIME_DOC_WORDS: its people in general are other
 */

/** Words in a clause that make its people trainees: "được tập huấn", "tốt nghiệp". */
export const TRAINING_CLUES = [
  "đào tạo",
  "tập huấn",
  "bồi dưỡng",
  "tuyển sinh",
  "tuyển mới",
  "trúng tuyển",
  "nhập học",
  "tốt nghiệp",
  "học nghề",
  "theo học",
  "đang học",
  "cử đi học",
  "đi học",
  "du học",
  "luận án",
  "luận văn",
  "bảo vệ thành công",
  "nghiên cứu sinh",
  "học viên",
  "cao học",
  "khóa học",
  "lớp học",
  "học tập tại",
  "trao bằng",
  "nhận bằng",
  "cấp bằng",
  "sơ cấp",
  "trung cấp",
  "cao đẳng",
  "giáo dục nghề nghiệp",
  "gdnn",
  "phân luồng",
];

/** Words in a clause that make its people or units awarded: "được tặng Bằng khen". */
export const AWARD_CLUES = [
  "khen thưởng",
  "bằng khen",
  "giấy khen",
  "tặng thưởng",
  "tuyên dương",
  "biểu dương",
  "vinh danh",
  "tôn vinh",
  "danh hiệu",
  "huân chương",
  "huy chương",
  "huy hiệu",
  "kỷ niệm chương",
  "cờ thi đua",
  "cờ",
  "giải thưởng",
  "được công nhận",
  "đạt danh hiệu",
  "dẫn đầu",
  "thi đua",
  "điển hình",
  "xuất sắc",
  "học bổng",
  "giải nhất",
  "được tặng",
  "trao tặng",
  "hh",
  "đạt giải",
  "đoạt giải",
  "giành giải",
];

/** Words in a clause that make its people neither staff nor trainees: defendants, victims, patients. */
export const OTHER_PEOPLE_CLUES = [
  "bị cáo",
  "bị can",
  "bị hại",
  "nạn nhân",
  "bị lừa",
  "lừa đảo",
  "chiếm đoạt",
  "tuyên phạt",
  "xét xử",
  "tử vong",
  "thương vong",
  "bị thương",
  "mắc bệnh",
  "nhiễm bệnh",
  "người bệnh",
  "bệnh nhân",
  "mất tích",
  "khám bệnh",
  "khám chữa bệnh",
  "được khám",
  "đi khám",
  "đến khám",
  "khám, chữa bệnh",
  "điều trị",
  "cấp cứu",
  "chết",
  "làm chết",
  "thiệt mạng",
  "tử nạn",
  "thừa kế",
  "nghi phạm",
  "khởi tố",
  "bắt giữ",
  "tạm giữ",
  "tạm giam",
  "truy nã",
  // residents, a population: "phát triển dân cư theo quy hoạch là 700.000 người"
  "dân cư",
  "cư dân",
  "dân số",
];

/**
 * Words in a clause that make its people or units disciplined, not awarded: "2 tập thể bị xử lý
 * kỷ luật", "3 cá nhân bị khiển trách" (the count is then "other", or the noun's own category).
 */
export const DISCIPLINE_CLUES = ["kỷ luật", "khiển trách", "cảnh cáo", "cách chức", "bãi nhiệm", "giáng chức", "bị xử lý", "xử phạt", "bị phạt", "vi phạm", "sai phạm"];

/** Words in a sentence that make works films, shows or songs (category other): "phim", "phòng vé". */
export const SCREEN_CLUES = ["phim", "điện ảnh", "phòng vé", "rạp", "bom tấn", "đạo diễn", "diễn viên", "ca khúc", "bài hát", "album", "sân khấu", "trình chiếu", "công chiếu"];

/**
 * Words of an exam or its scores that make people in general candidates (training): "9.500 em dự
 * thi vào lớp 10", "8.000 em thi tuyển", "50 em đạt số điểm từ 16". Only for people in general (em, người, cháu): staff
 * near an exam are its invigilators ("2.400 cán bộ coi thi").
 */
export const EXAM_CLUES = [
  "dự thi", "thi vào", "thi tuyển", "vào lớp", "thí sinh", "sĩ tử",
  // the scores of an exam: "9 em đạt số điểm từ 18 đến 19", "30 em đạt điểm 10"
  "số điểm", "đạt điểm", "được điểm", "điểm thi", "điểm chuẩn", "điểm trúng tuyển",
];

/**
 * Words of a court or crime report. A text holding three or more of them is one: its people in
 * general and its office holders counted there are defendants, victims or witnesses (other), not
 * staff ("xét xử 5 cán bộ địa chính …", "nhận tiền của 35 người"), unless the clause says they
 * take part, are trained or are awarded.
 */
export const CRIME_DOC_WORDS = [
  "bị cáo", "bị can", "hối lộ", "xét xử", "khởi tố", "truy tố", "tạm giam", "phiên tòa", "lừa đảo", "chiếm đoạt",
  "cáo trạng", "tuyên phạt", "năm tù", "tháng tù", "bắt giữ", "bắt khẩn cấp", "nghi phạm", "hung thủ", "tử hình",
];

/**
 * Words of an accident, a rescue or an investigation of an incident. A text holding three or more
 * of them (or of CRIME_DOC_WORDS) tells of one: its people in general ("14 người đi trên ca nô",
 * "mẫu của 4 người khác") are passengers, victims, witnesses or relatives (other), not staff, unless
 * the clause says they take part, are trained or are awarded. Office holders stay as they are.
 */
export const INCIDENT_DOC_WORDS = [
  "gặp nạn", "bị nạn", "nạn nhân", "cứu vớt", "cứu nạn", "cứu hộ", "lật úp", "bị lật", "bị chìm", "chìm tàu", "đuối nước",
  "mất tích", "thi thể", "lời khai", "khai báo", "giám định", "tố cáo", "tố giác", "xâm hại", "hiện trường", "khám nghiệm",
  "điều tra viên", "cơ quan điều tra", "nghi vấn", "hỏa hoạn", "bốc cháy", "sạt lở", "bị vùi lấp",
];

/**
 * Words that open a subject whose count is stated at the end of the clause ("Số cán bộ kê khai … là
 * 7.871", "Chỉ tiêu năm nay … là 2.250"): count-stated.ts. "chỉ tiêu" is itself the counted noun;
 * after the others a listed noun must follow.
 */
export const STATED_COUNT_LEADS = ["tổng số", "số lượng", "số", "chỉ tiêu"] as const;

/**
 * Groups of people in a fight or a dispute: "hai bên xô xát", "nhóm 2 thanh niên … đánh nhau",
 * "2 nhóm ẩu đả". In a sentence with one of FIGHT_CLUES a count of GROUP_NOUNS is other, not an
 * organization (category.ts).
 */
export const GROUP_NOUNS = ["bên", "nhóm", "tốp", "phe", "băng"] as const;
export const FIGHT_CLUES = [
  "xô xát", "ẩu đả", "đánh nhau", "hỗn chiến", "mâu thuẫn", "va chạm", "cãi vã", "cãi nhau", "truy sát",
  "đâm chém", "thanh toán nhau", "gây gổ", "đánh ghen", "giằng co",
] as const;

/**
 * A mark, not a count: the number right after "điểm" (a mark out of 10) when a verb of getting a
 * mark comes before "điểm" ("đạt điểm 10 bài kiểm tra", "có điểm 9") or a subject's name or
 * "tuyệt đối" comes after the number ("điểm 10 môn Toán", "điểm 8 Hóa học", "điểm 10 tuyệt đối").
 * "tổng điểm 3 môn thi", "lấy điểm 1 môn", "dứt điểm 12 dự án" stay counts (count-before.ts).
 */
export const MARK_WORD = "điểm";
export const MARK_VERBS = ["đạt", "được", "có", "bị", "giành", "ghi"] as const;
export const MARK_AFTER = ["tuyệt đối"] as const;
/** The word before a subject's name: "môn Toán". */
export const SUBJECT_WORD = "môn";
/** The highest mark. */
export const MARK_MAX = 10;
/**
 * First syllables of words ending in "điểm" that are no mark: "thời điểm 9 Sở, ngành", "thí điểm 3
 * Trung tâm", "địa điểm", "trọng điểm", "quan điểm", "đặc điểm": the number after them counts.
 */
export const NOT_MARK_BEFORE = ["thời", "thí", "địa", "trọng", "quan", "đặc", "ưu", "nhược", "khuyết", "giao", "tụ", "cứ", "dứt"] as const;
/**
 * Words after "danh mục N" that make N the list's number, not a count of what it holds: "danh mục 2
 * kèm theo Thông tư", "Theo danh mục 1 ban hành kèm theo …".
 */
export const LIST_NUMBER_AFTER = ["kèm", "ban hành", "phụ lục", "tại", "của"] as const;

/**
 * A company's legal form ends in its number of owners: "Công ty TNHH một thành viên", "TNHH hai
 * thành viên trở lên" are kinds of company, not counts of members (count-before.ts).
 */
export const COMPANY_TYPE_BEFORE = ["tnhh", "trách nhiệm hữu hạn"] as const;
export const COMPANY_TYPE_NOUNS = ["thành viên"] as const;

/**
 * Bodies and programmes named by a number, written with a capital (count-before.ts): "Ban Chỉ đạo 389
 * quốc gia", "Đề án 06", "Chương trình 135 xã" name one board or scheme, not 389 nations or 135 communes.
 * (Documents, "Nghị quyết 19", are count-before.ts's DOC_TYPE_BEFORE.)
 */
export const NUMBERED_BODIES = ["Ban Chỉ đạo", "Đề án", "Chương trình", "Tiểu đề án"] as const;

/**
 * "em" counted in a sentence that names learners is learners too (training): "số học sinh đạt giải
 * … đều trên 2.000 em". Elsewhere "em" are children (other): "4 em nhỏ bị đuối nước" (category.ts).
 */
export const LEARNER_PRONOUNS = ["em"] as const;
/** Words after "em" that make it a small child whatever the sentence: "hai em bé", "3 em nhỏ". */
export const CHILD_AFTER = ["bé", "nhỏ"] as const;
export const LEARNER_NOUNS = ["học sinh", "học viên", "sinh viên", "thí sinh", "học trò"] as const;

/**
 * Heads of units, and the fields after them that hold category clues ("Ban Thi đua khen thưởng", "Trung
 * tâm Huấn luyện đào tạo"): a clue inside such a name is no clue (recognize/clue-in-name.ts).
 */
export const CLUE_UNIT_HEADS = [
  "Ban", "Hội đồng", "Phòng", "Vụ", "Cục", "Sở", "Trung tâm", "Viện", "Trường", "Hội", "Quỹ", "Tiểu ban", "Văn phòng",
] as const;
export const CLUE_UNIT_FIELDS = [
  "thi đua khen thưởng", "thi đua - khen thưởng", "thi đua", "khen thưởng", "huấn luyện đào tạo", "đào tạo",
  "bồi dưỡng", "đào tạo bồi dưỡng", "giáo dục và đào tạo", "giáo dục đào tạo", "giáo dục - đào tạo", "tôn vinh",
] as const;
