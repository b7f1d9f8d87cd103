/**
 * Vietnamese family names: a capitalised run of syllables starting with one of these is a
 * candidate person name ("Nguyễn Văn A", "Hoàng Ngọc Nhân", "Võ Thị Hồng Ánh", "Phó Thị Nguyệt Hằng").
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
  "Uông", "Vàng", "Lù", "Sùng", "Giàng", 
] as const;

export const WEAK_SURNAMES = [
  "Hà", "Thái", "Cao", "Lâm", "Kim", "Đồng", "Giang", "Văn", "Hoa", "Phương", "Quan", "Vàng", "Mai", "Châu",
  "Ninh", "Tiêu", "La", "Trà", "Đường", "Ông", "Cung", "Hạ", "Sầm", "Lò", "Phó", "Lạc", "Kha",
] as const;
