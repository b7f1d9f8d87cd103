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

/** Words between such a list and the post ("… làm thành viên Hội đồng"). */
export const TITLE_LINKS = ["làm", "giữ chức", "giữ chức vụ", "vào"];
