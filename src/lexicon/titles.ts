/**
 * Position titles, matched case-insensitively on the folded key, longest first:
 *   "Phó Viện trưởng", "Bí thư Đảng ủy" (→ Bí thư + org), "Tổng Giám đốc", "Thứ trưởng",
 *   "Trưởng ban Tuyên giáo" (→ Trưởng ban + org "Ban Tuyên giáo"), "Chủ tịch nước", "Ủy viên".
 * Every title may take "Phó" before it ("Phó Chủ tịch", "Phó Tổng Giám đốc"); TITLE_PREFIXES
 * (nguyên, quyền, Q.) and TITLE_SUFFIXES (thường trực, phụ trách) are kept in the title as written.
 */

/** Words that "vụ" closes ("chức vụ", "nhiệm vụ"): "vụ" after them opens no "Vụ trưởng" or "Vụ phó". */
export const VU_COMPOUNDS = ["chức", "nhiệm", "dịch", "nghiệp", "sự", "thời", "công", "phục"];

/** Titles; "Phó X" is generated for each, so only the base forms are listed. */
export const TITLES = [
  "Chủ tịch", "Chủ tịch nước", "Giám đốc", "Tổng Giám đốc", "Bí thư", "Tổng Bí thư", "Bí thư thứ nhất",
  "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Viện trưởng", "Hiệu trưởng", "Hiệu phó", "Trưởng ban",
  "Trưởng phòng", "Phó phòng", "Phó ban", "Phó khoa", "Trưởng khoa", "Trưởng bộ môn", "Trưởng đại diện", "Trưởng đoàn", "Trưởng đoàn chuyên trách", "Trưởng trạm",
  "Trưởng văn phòng", "Trưởng phân viện", "Trưởng tiểu ban",
  "Cục trưởng", "Chi cục trưởng", "Trạm trưởng", "Vụ trưởng", "Tổng cục trưởng", "Vụ phó", "Cục phó", "Chánh Văn phòng", "Chánh Thanh tra",
  "Chánh án", "Tổng Thanh tra", "Chủ nhiệm", "Ủy viên", "Thành viên", "Đại diện", "Tổng Tham mưu trưởng",
  "Tham mưu trưởng", "Chính ủy", "Tư lệnh", "Quốc vụ khanh", "Tổ trưởng", "Tổ phó", "Kiểm soát viên",
  "Thư ký", "Tổng Thư ký", "Chuyên viên", "Giảng viên", "Giảng viên chính", "Giảng viên cao cấp",
  "Đảng ủy viên", "Thành ủy viên", "Tỉnh ủy viên", "Huyện ủy viên", "Quận ủy viên", "Thị ủy viên", "Thẩm phán",
  "Kiểm sát viên", "Thường trực", "Tổng biên tập", "Người phát ngôn", "Trợ lý", "Trưởng thôn", "Trưởng ấp", "Trưởng bản",
  "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Tổng thống", "Phó Tổng thống", "Thống đốc", "Ngoại trưởng",
  "Kế toán trưởng", "Đại biểu", "Trưởng Công an", "Công an viên", "Chỉ huy trưởng", "Đoàn trưởng", "Sư đoàn trưởng",
  "Trung đoàn trưởng", "Lữ đoàn trưởng", "Hiệu trưởng danh dự", "Chủ tịch danh dự", "Giám đốc điều hành",
  // local officials abroad and party cell members
  "Huyện trưởng", "Quận trưởng", "Thị trưởng", "Tỉnh trưởng", "Chi ủy viên",
  // heads of emulation clusters and blocks, teams
  "Cụm trưởng", "Khối trưởng", "Đội trưởng", "Đội phó",
  // a company's chief executive, written in English ("CEO Tập đoàn FPT", "cựu CEO Acme")
  "CEO",
] as const;

/**
 * Abbreviated titles and what they stand for. The title is reported as written ("PCT", "HT",
 * "GVCC", GOLD.md: "the position words … as written"); the expansion merges it with the same post
 * written in full ("PCT Nguyễn Văn A" … "Phó Chủ tịch Nguyễn Văn A" is one position).
 */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  PTT: "Phó Thủ tướng",
  TTg: "Thủ tướng",
  PCT: "Phó Chủ tịch",
  HT: "Hiệu trưởng",
  PHT: "Phó Hiệu trưởng",
  GĐ: "Giám đốc",
  PGĐ: "Phó Giám đốc",
  "Phó GĐ": "Phó Giám đốc",
  "Phó TGĐ": "Phó Tổng Giám đốc",
  "Chánh VP": "Chánh Văn phòng",
  TGĐ: "Tổng Giám đốc",
  "P.TGĐ": "Phó Tổng Giám đốc",
  PBT: "Phó Bí thư",
  GV: "Giảng viên",
  GVC: "Giảng viên chính",
  GVCC: "Giảng viên cao cấp",
  // a deputy at question time ("ĐB Nguyễn Văn A (Hà Nội) chất vấn …")
  ĐB: "Đại biểu",
  ĐBQH: "Đại biểu",
};

/**
 * Titles that are posts only before one of these organisations: "Đại biểu Quốc hội khóa XIV" →
 * title "Đại biểu", org "Quốc hội"; "đại biểu HĐND tỉnh". A delegate to a meeting ("đại biểu Nguyễn
 * Văn A", "các đại biểu") holds no post; right before a name in a text that names the Assembly it is a
 * deputy's post, org null, as "ĐB Nguyễn Văn A" is (title.ts).
 */
export const TITLES_ONLY_BEFORE: Record<string, readonly string[]> = {
  "Đại biểu": ["Quốc hội", "Hội đồng nhân dân", "HĐND"],
};

/** Written before a title and kept in it: "nguyên Giám đốc", "Q. Trưởng phòng", "quyền Hiệu trưởng". */
export const TITLE_PREFIXES = ["nguyên", "quyền", "Q.", "tân", "cựu"] as const;
/** Prefixes that are not part of the reported title ("tân Chủ tịch" is reported as "Chủ tịch"). */
export const DROPPED_PREFIXES = ["tân"] as const;

/** Written after a title and kept in it: "Phó Giám đốc phụ trách", "Phó Thủ tướng Thường trực", "Ủy viên dự khuyết". */
export const TITLE_SUFFIXES = ["thường trực", "phụ trách", "thường vụ", "trung cấp", "cao cấp", "sơ cấp", "dự khuyết"] as const;

/**
 * Titles whose last word is also the head of the organisation that follows:
 * "Trưởng ban Tuyên giáo Trung ương" → title "Trưởng ban", org "Ban Tuyên giáo Trung ương".
 * Key: the last word of the title (folded match); value: the organisation head restored.
 */
export const SHARED_HEADS: Record<string, string> = {
  ban: "Ban",
  phòng: "Phòng",
  khoa: "Khoa",
  "thanh tra": "Thanh tra",
  "văn phòng": "Văn phòng",
  "bộ môn": "Bộ môn",
  trạm: "Trạm",
  "phân viện": "Phân viện",
  "tiểu ban": "Tiểu ban",
  "công an": "Công an",
  đoàn: "Đoàn",
};

// SHARED_HEAD_KINDS lives in org-heads.ts (relate/ reads it too, and loads no title lexicon)
export { SHARED_HEAD_KINDS } from "./org-heads.js";

/**
 * Words between a title and its organisation: "đại diện đến từ Sở Công Thương" → "Đại diện" of "Sở Công
 * Thương" (the folded title, and the words it may be followed by before the organisation).
 */
export const TITLE_ORG_LINKS: Record<string, readonly string[]> = {
  "đại diện": ["đến từ", "từ"],
};

/**
 * The short heads of abbreviated titles, and the head (SHARED_HEADS) each stands for: an abbreviated
 * title keeps the short head in its org, "Chánh VP UBND tỉnh" → title "Chánh VP", org "VP UBND tỉnh".
 */
export const SHORT_SHARED_HEADS: Record<string, { head: string; of: string }> = {
  vp: { head: "VP", of: "văn phòng" },
};

/**
 * Titles that begin with their unit's head word. Written without the head again before the unit's
 * name, the organisation gets it back: "Vụ trưởng Kế hoạch - Tài chính" → "Vụ Kế hoạch - Tài chính",
 * "Cục trưởng Quản lý thị trường" → "Cục Quản lý thị trường" ("Cục trưởng Cục Thuế" stays as written,
 * and so does an acronym: "Viện trưởng VKSNDTC"). Not "đội trưởng": in the news a team's captain
 * ("đội trưởng Real Madrid").
 */
export const LEADING_HEADS: Record<string, string> = {
  "vụ trưởng": "Vụ",
  "vụ phó": "Vụ",
  "cục trưởng": "Cục",
  "cục phó": "Cục",
  "tổng cục trưởng": "Tổng cục",
  "chi cục trưởng": "Chi cục",
  "viện trưởng": "Viện",
  "phân viện trưởng": "Phân viện",
  "trạm trưởng": "Trạm",
};

/**
 * Role words that make the capitalised run after them a person even without a Vietnamese family
 * name ("đạo diễn James Gunn", "tỷ phú Bill Gates", "phu nhân Kim Jung-sook", "HLV Antonio Conte").
 * Not positions: they are not reported as titles.
 */
export const PERSON_ROLES = [
  "tổng thống", "thủ tướng", "ngoại trưởng", "quốc vương", "nhà vua", "nữ hoàng", "hoàng tử", "công chúa",
  "giáo hoàng", "đạo diễn", "diễn viên", "nam diễn viên", "nữ diễn viên", "tài tử", "minh tinh", "ca sĩ",
  "nhạc sĩ", "nhà văn", "nhà thơ", "HLV", "huấn luyện viên", "HLV trưởng", "huấn luyện viên trưởng", "cầu thủ", "tiền đạo", "tiền vệ", "hậu vệ",
  "thủ môn", "danh thủ", "vận động viên", "VĐV", "tay vợt", "võ sĩ", "kỳ thủ", "tỷ phú", "doanh nhân",
  "phu nhân", "nhà sáng lập", "CEO", "chính trị gia", "nhà khoa học", "nghệ sĩ", "người mẫu", "nhà báo",
  "người phát ngôn", "nữ chính", "nam chính", "ứng viên", "thượng nghị sĩ", "nghị sĩ", "hạ nghị sĩ",
  // writers and scholars ("nhà viết tiểu sử Walter Brixton", "Owen Tate, một tiểu sử gia …"); not
  // "(người) đồng sáng lập", also a verb before what was founded ("người đồng sáng lập Red Rock")
  "nhà viết tiểu sử", "tiểu sử gia", "nhà viết sử", "nhà sử học", "nhà nghiên cứu", "nhà kinh tế học",
  "nhà đồng sáng lập",
] as const;

/**
 * Nouns for people that, plural after "các" or "những", head a list of names (people-role-list.ts):
 * "các vận động viên: Lê Hải, Phạm Tú", "những anh hùng người dân tộc thiểu số: Hà Đặc, Hà Chương".
 * Besides PERSON_ROLES. Not places, streets or units ("các xã", "các tuyến đường").
 */
export const LIST_PERSON_NOUNS = [
  "anh hùng", "nghệ nhân", "liệt sĩ", "chiến sĩ", "cán bộ", "đảng viên", "học sinh", "sinh viên", "giáo viên",
  "nhà giáo", "bác sĩ", "y bác sĩ", "công nhân", "nông dân", "thí sinh", "hội viên", "đoàn viên", "tác giả",
  "đại biểu", "thành viên", "tình nguyện viên", "cựu chiến binh", "danh nhân", "vị", "nhân vật",
] as const;

/**
 * Roles that are also verbs before what was founded ("người đồng sáng lập Red Rock" names a company):
 * a person's only with the organisation and a comma between ("người đồng sáng lập Acme, Owen Tate").
 */
export const FOUNDER_ROLES = ["người sáng lập", "đồng sáng lập", "người đồng sáng lập"] as const;

/** Speech verbs: a foreign name right before one of them is a person ("Mustafa Sanalla cho biết"). */
export const SPEECH_VERBS = [
  "cho biết", "cho hay", "nói", "phát biểu", "khẳng định", "nhấn mạnh", "tuyên bố", "chia sẻ", "bày tỏ",
  "nhận định", "cho rằng", "thừa nhận", "tiết lộ",
] as const;

/**
 * Words right before a title that own it: "<word> <title> <org> là ông X" names the one it stands
 * for, not the title's holder ("Vợ Giám đốc Sở Y tế là bà …", "Người ký thay Chủ tịch UBND tỉnh là
 * ông …", "Đối tượng hành hung Chủ tịch UBND xã là ông …", "người phát ngôn của Tổng thống Nga là
 * ông …"): kin, associates, actors, verbs acting on the holder, "của". Not "gửi": what is sent is no
 * person, so the named one is the addressee ("thư gửi chủ tịch Goldman Sachs là ông Lloyd Blankfein").
 */
export const NOT_HOLDER_BEFORE = [
  // kin
  "vợ", "chồng", "con", "con trai", "con gái", "con rể", "con dâu", "em", "em trai", "em gái", "anh", "anh trai",
  "chị", "chị gái", "bố", "mẹ", "cha", "cháu", "ruột", "người nhà", "người thân", "thân nhân", "chú", "cậu", "dì",
  "bác", "thím", "mợ", "dượng", "nội", "ngoại",
  // associates
  "bạn", "bạn gái", "bạn trai", "bạn thân", "người yêu", "thư ký", "trợ lý", "người phát ngôn", "phát ngôn viên",
  "tài xế", "lái xe", "vệ sĩ", "kẻ", "riêng", "bạn học", "luật sư", "người giúp việc", "giúp việc", "người bảo lãnh",
  "bảo lãnh", "cho",
  // actors and verbs acting on the holder
  "người ký thay", "ký thay", "thay mặt", "người tố cáo", "tố cáo", "đối tượng", "hành hung", "đánh", "người đánh",
  "của",
] as const;

/**
 * Memberships written between a name and its posts, no post themselves: "ông A, đảng viên Chi bộ
 * thôn X (Đảng ủy xã Y), nguyên Huyện ủy viên, …" (people-member.ts reads the posts after them).
 */
export const MEMBERSHIPS = ["đảng viên", "đoàn viên", "hội viên", "xã viên"] as const;

/** Roles of people known by a pen name with no family name: "Nhà báo Minh Hữu, Chủ tịch Hội …" (people-accept.ts). */
export const PEN_NAME_ROLES = ["nhà báo", "nhà thơ", "nhà văn", "nhạc sĩ", "họa sĩ", "nhà biên kịch"] as const;
