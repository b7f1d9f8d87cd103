/**
 * Vietnamese family names: a capitalised run of syllables starting with one of these is a
 * candidate person name ("Nguyễn Văn A", "Hoàng Ngọc Nhân", "Võ Thị Hồng Nhung", "Phó Thị Thu Hà").
 * Both spellings of the pairs that vary by region are listed (Hoàng/Huỳnh, Vũ/Võ, Đặng/Đoàn…).
 *
 * WEAK_SURNAMES are family names that also start place names or common capitalised words
 * ("Hà Nội", "Thái Bình", "Cao Bằng", "Lâm Đồng", "Kim Sơn"): a run starting with one of them
 * is a name only with context (an honorific or title before it, a title after it).
 */
export const SURNAMES = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
  "Dương", "Lý", "Lương", "Đinh", "Trịnh", "Đoàn", "Đào", "Mai", "Cao", "Lâm", "Tô", "Tạ", "Hà", "Chu",
  "Châu", "Kiều", "Quách", "Thái", "Tăng", "Triệu", "Lưu", "Phùng", "Phó", "Tống", "Tào", "Trương", "La",
  "Lã", "Lăng", "Hứa", "Khúc", "Khổng", "Kim", "Từ", "Đàm", "Đồng", "Giang", "Hầu", "Lại", "Lạc", "Lục",
  "Mạc", "Ninh", "Nông", "Ông", "Quan", "Tôn", "Thân", "Thạch", "Tiêu", "Trình", "Ứng", "Vương", "Vi",
  "Viên", "Bạch", "Cù", "Doãn", "Diệp", "Diêm", "Đường", "Giáp", "Hàn", "Hạ", "Khương", "Lò", "Lỗ", "Lư",
  "Mã", "Mẫn", "Nghiêm", "Ngụy", "Nhâm", "Phí", "Sầm", "Thiều", "Tòng", "Trà", "Trầm", "Văn", "Âu", "Bế",
  "Bồ", "Cấn", "Cung", "Chử", "Đậu", "Hoa", "Kha", "Lều", "Mông", "Nhan", "Phương", "Tất", "Thiệu", "Ung",
  "Uông", "Vàng", "Lù", "Sùng", "Giàng", "Vưu", "Ôn", "Biện", "Cồ", "Chế", "Chiêm", "Đới", "Đèo", "Khiếu",
  "Liễu", "Lữ", "Khuất", "Mạch", "Ngạc", "Phù", "Quản", "Sử", "Tưởng", "Trác", "Lường", "Thào", "Cầm", "Lô", "Hạng",
  "Mùa", "Sa", "Thang", "Xa", "Yên",
  // Central Highlands: Jrai and Bahnar family names before the given name ("Ksor Phước", "Rơ Châm Long",
  // "Nay Phi Hùng"). Not the Ê Đê male prefix "Y" ("Y Ăi Adrơng"): "Công ty Y Trần Thị Hạnh" would read
  // as one name; a "Y" name is read as a foreign name after an honorific or a title
  "Ksor", "Siu", "Kpă", "Puih", "Rcom", "Rmah", "Rơ", "Nay",
] as const;

export const WEAK_SURNAMES = [
  "Hà", "Thái", "Cao", "Lâm", "Kim", "Đồng", "Giang", "Văn", "Hoa", "Phương", "Quan", "Vàng", "Mai", "Châu",
  "Ninh", "Tiêu", "La", "Trà", "Đường", "Ông", "Cung", "Hạ", "Sầm", "Lò", "Phó", "Lạc", "Kha",
  "Cầm", "Lô", "Hạng", "Mùa", "Sa", "Thang", "Xa", "Yên", "Chiêm", "Mạch", "Nay",
] as const;

/**
 * Capitalised words that open a new clause when glued to a name with no stop ("Giáo sư Trần Văn An
 * Phân tích về…", "… Lê Thị Bình Nhà văn hóa …"): the last word of a run is cut off when it, or it
 * with the lower-case word after it, is one of these.
 */
export const CLAUSE_STARTS = [
  "phân tích", "nhà văn", "nhà nghiên cứu", "nhà báo", "nhà thơ", "nhà khoa học", "nhà sử học", "chia sẻ",
  "cho biết", "cho rằng", "phát biểu", "trả lời", "giải thích", "bình luận", "nhấn mạnh", "khẳng định",
  "theo", "tại", "trong", "khi", "với", "về", "sau", "trước", "ngày", "chiều", "sáng", "tối", "bên cạnh",
  "còn", "và", "nhưng", "cả", "các", "những", "cùng", "ngoài", "hay", "hoặc", "nếu", "dù", "vì", "do",
  // connectives that open the next sentence after a caption with no stop ("Thứ trưởng Lê Văn A Tuy nhiên …")
  "tuy nhiên", "tuy vậy", "đồng thời", "qua đó", "mặc dù", "thế nhưng", "đặc biệt",
] as const;
