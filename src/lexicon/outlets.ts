/**
 * News outlets whose names read like a pen name (two or more capitalised syllables): credited
 * after "Ảnh" or signed at the end of a post, they are not people ("Ảnh Tuổi Trẻ", "Theo Dân Trí").
 * Matched on the folded name, whole.
 */
export const OUTLETS = [
  "Tuổi Trẻ", "Thanh Niên", "Dân Trí", "Dân Việt", "Lao Động", "Người Lao Động", "Tiền Phong", "Nhân Dân",
  "Quân Đội Nhân Dân", "Công An Nhân Dân", "Pháp Luật", "Pháp Luật Việt Nam", "Tin Tức", "Thời Nay",
  "Đời Sống", "Đời Sống Pháp Luật", "Giáo Dục", "Giáo Dục Thời Đại", "Kiến Thức", "Người Đưa Tin",
  "Đất Việt", "Hà Nội Mới", "An Ninh Thủ Đô", "Sài Gòn Giải Phóng", "Thể Thao", "Thể Thao Việt Nam", "Bóng Đá", "Nông Nghiệp",
  "Đầu Tư", "Công Thương", "Môi Trường", "Văn Hóa", "Gia Đình", "Phụ Nữ",
  "Thế Giới", "Vietnam Plus", "Vietnam Net", "Zing", "Người Việt", "Sức Khỏe", "Một Thế Giới",
] as const;

/**
 * Regions that label a paper's regional desk at a post's end ("… Ảnh: Minh Tâm. Tây Nguyên"): not
 * signatures, where a province's or a city's name alone there may be a pen name ("… ./. Hà Giang").
 */
export const REGION_DESKS = [
  "Tây Nguyên", "Tây Bắc", "Đông Bắc", "Đông Nam Bộ", "Tây Nam Bộ", "Nam Bộ", "Bắc Bộ", "Trung Bộ",
  "Bắc Trung Bộ", "Nam Trung Bộ", "Duyên hải Nam Trung Bộ", "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng",
  "Miền Trung", "Miền Tây", "Miền Bắc", "Miền Nam",
] as const;
