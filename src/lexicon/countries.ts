/**
 * Countries as they stand between a title and a foreign name ("Thủ tướng Campuchia Hun Sen",
 * "Chủ tịch Trung Quốc Tập Cận Bình", "Tổng thống Somalia …").
 *
 * MORE_COUNTRY_WORDS: one-word countries added to COUNTRY_WORDS (org-heads.ts), each one token
 * (test/lexicon-people.test.ts). Left out on purpose: countries that are common given or family
 * names ("Jordan", "Chad", "Georgia", "Thái"), and "Estonia", "Latvia", "Lithuania", which
 * FOREIGN_NOT_NAMES already holds.
 *
 * COUNTRY_PLACES: the countries of two words or more among PLACES (org-heads.ts) — the places a
 * name after a title may come from abroad, not from a Vietnamese province ("Bí thư Hà Nội …").
 */
export const MORE_COUNTRY_WORDS = [
  // Asia
  "Campuchia", "Brunei", "Mongolia", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan",
  "Kazakh", "Azerbaijan", "Armenia", "Lebanon", "Liban", "Yemen", "Oman", "Bahrain", "Palestine", "Timor", "Maldives",
  // Europe
  "Áo", "Australia", "Italia", "Hungary", "Romania", "Bulgaria", "Serbia", "Croatia", "Slovakia", "Slovenia",
  "Albania", "Belarus", "Moldova", "Ireland", "Iceland", "Scotland", "Luxembourg", "Malta", "Cyprus", "Montenegro",
  "Czech", "Litva", "Bungari", "Rumani",
  // Africa
  "Somalia", "Algeria", "Tunisia", "Morocco", "Maroc", "Sudan", "Senegal", "Ghana", "Uganda", "Tanzania",
  "Zimbabwe", "Zambia", "Angola", "Mozambique", "Namibia", "Botswana", "Rwanda", "Cameroon", "Congo",
  "Gabon", "Eritrea", "Madagascar", "Liberia",
  // the Americas and Oceania
  "Uruguay", "Paraguay", "Nicaragua", "Fiji",
] as const;

export const COUNTRY_PLACES = [
  "Hoa Kỳ", "Hàn Quốc", "Thái Lan", "Hà Lan", "Trung Quốc", "Nhật Bản", "Ấn Độ", "Đài Loan", "Hồng Kông",
  "Triều Tiên", "Ba Lan", "Tây Ban Nha", "Bồ Đào Nha", "Thụy Điển", "Thụy Sĩ", "Na Uy", "Đan Mạch",
  "Phần Lan", "Ai Cập", "Nam Phi", "Liên bang Nga", "Cộng hòa Séc", "Ma Cao", "Tân Tây Lan", "Mông Cổ",
  "Hy Lạp", "Thổ Nhĩ Kỳ", "Cu Ba", "Ả Rập Xê Út", "Nam Triều Tiên", "Bắc Triều Tiên", "Miến Điện",
  "Đông Timor", "Tân Gia Ba", "Nam Sudan", "Anh Quốc",
] as const;
