/**
 * Words around one title shared by a list of people (recognize/people-shared-title.ts).
 *
 *   "8 Phó giám đốc Sở gồm các ông, bà: A, B và C"            → COUNT_BEFORE_LIST, LIST_JOINS
 *   "bổ sung A, Vụ trưởng Vụ X; B, … làm thành viên Hội đồng Y" → APPOINT_VERBS, TITLE_LINKS
 */

/** Plural words before a title heading a list ("các Phó giám đốc gồm: …"); a number in digits or words is one too ("năm", also "year", left out). */
export const PLURAL_BEFORE_LIST = ["các", "những", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"];

/** Words between a plural title and the list of its holders ("8 Phó giám đốc Sở gồm: …"). */
export const LIST_JOINS = ["gồm", "gồm có", "bao gồm", "là"];

/** Verbs naming people to a post written after them ("bổ sung A, B làm thành viên …", "cử A làm Chủ tịch …"). */
export const APPOINT_VERBS = ["bổ sung", "bổ nhiệm", "cử", "bầu", "chỉ định", "công nhận", "phân công", "điều động", "giới thiệu", "kết nạp", "chuẩn y", "phê chuẩn", "đề cử"];

/** Words in a bracket after a list, before the post all its names hold ("A và B (đều là Phó giám đốc …)"). */
export const SHARED_BY_ALL = ["đều là", "cùng là", "đều giữ chức", "cùng giữ chức"];

/** Words between such a list and the post ("… làm thành viên Hội đồng"). */
export const TITLE_LINKS = ["làm", "giữ chức", "giữ chức vụ", "vào"];

/** Words between a post named by "chức vụ" and the one given it ("chức vụ Vụ trưởng Vụ X đối với ông A", "… cho bà B"). */
export const POST_TO = ["đối với", "cho"];

/**
 * Verbs that bring a post written right after them (people-build.ts elect: "… được bầu giữ chức Phó
 * Chủ tịch Hội", "… và nhận nhiệm vụ mới là Bí thư Huyện ủy X"), and the words that may follow them before it ("làm", "giữ", "vào", "là").
 * BESTOW_VERBS name the one who gives the post: the post is the subject's only after "được" or "bị"
 * ("bà A được bổ nhiệm Vụ trưởng"; "Bộ trưởng A trao quyết định bổ nhiệm Vụ trưởng", "quy định về
 * bổ nhiệm tổ trưởng" give A none).
 */
export const TAKE_VERBS = ["ứng cử", "với tư cách", "trở thành", "giữ", "tham gia", "nhận nhiệm vụ mới", "nhận nhiệm vụ", "đảm nhận", "đảm nhiệm"];
export const BESTOW_VERBS = ["bầu", "bổ nhiệm", "đề cử", "phân công", "điều động", "điều chuyển"];
export const TAKE_LINKS = ["làm", "giữ", "vào", "là"];

/**
 * Time words opening a clause before a title ("sáng nay (10/5), Giám đốc Sở X, ông A …";
 * recognize/clause-opener.ts). Its own list: the people side loads no date lexicon (test/sides.test.ts).
 */
export const TIME_OPENERS = ["sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "hôm nay", "hôm qua", "sáng nay", "chiều nay", "tối nay", "tối qua", "đêm qua"];

/** Words before a body that name the same membership ("Ủy viên Ban Chấp hành Trung ương Đảng" is "Ủy viên Trung ương Đảng"). */
export const SAME_BODY_PREFIXES = ["Ban Chấp hành"];
