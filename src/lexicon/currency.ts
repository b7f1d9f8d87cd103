/**
 * Currencies as written after (or before) an amount, with their ISO 4217 code and the factor
 * to the currency's base unit.
 *
 *   "4,518 tỉ đồng", "500.000đ", "10 triệu VNĐ", "5 ₫"     → VND
 *   "5 triệu USD", "200 đô la Mỹ", "$5", "6,8 cent" (×0.01) → USD
 *   "mười đô", "10 đô mỹ", "mười lăm xen/xu" (spoken: guarded against "đô thị", "xu hướng") → USD
 *   "20 euros", "EUR 20", "Rs 20", "20 Rupees", "£9", "9 pounds", "1 AED", "1 dirham"
 * Left out as too ambiguous after a number: "kíp" ("3 kíp trực"), "bạt", "won" — read only with their
 * country: "3 triệu kíp Lào", "500 bạt Thái", "2 triệu won Hàn Quốc".
 *   "3 triệu euro", "100 yên", "5 triệu nhân dân tệ"      → EUR, JPY, CNY
 */

/** Written form → [ISO code, factor to the base unit]. Matched on the folded key, longest first. */
export const CURRENCIES: readonly (readonly [string, string, number])[] = [
  ["đồng Việt Nam", "VND", 1],
  ["Việt Nam đồng", "VND", 1],
  ["đồng", "VND", 1],
  ["đ", "VND", 1],
  ["VNĐ", "VND", 1],
  ["VND", "VND", 1],
  ["₫", "VND", 1],
  ["trđ", "VND", 1e6],
  ["tr.đ", "VND", 1e6],
  ["tr.đồng", "VND", 1e6],
  ["USD", "USD", 1],
  ["US$", "USD", 1],
  ["đô la Hong Kong", "HKD", 1],
  ["đô la Hồng Kông", "HKD", 1],
  ["đô la Australia", "AUD", 1],
  ["đô la Úc", "AUD", 1],
  ["đô la Singapore", "SGD", 1],
  ["đô la Canada", "CAD", 1],
  ["đô la New Zealand", "NZD", 1],
  ["đô la Đài Loan", "TWD", 1],
  ["đô la Mỹ", "USD", 1],
  ["đô-la Mỹ", "USD", 1],
  ["đôla Mỹ", "USD", 1],
  ["đô la", "USD", 1],
  ["đô-la", "USD", 1],
  ["đôla", "USD", 1],
  ["$", "USD", 1],
  ["cent", "USD", 0.01],
  ["cent Mỹ", "USD", 0.01],
  ["xu Mỹ", "USD", 0.01],
  // spoken: "mười đô", "mười đô mỹ", "mười lăm xen", "mười lăm xu" (MINOR_COMPOUNDS guard "đô thị", "xu hướng")
  ["đô Mỹ", "USD", 1],
  ["đô", "USD", 1],
  ["xen", "USD", 0.01],
  ["xu", "USD", 0.01],
  ["EUR", "EUR", 1],
  ["euro", "EUR", 1],
  ["euros", "EUR", 1],
  ["€", "EUR", 1],
  ["INR", "INR", 1],
  ["Rs", "INR", 1],
  ["rupee", "INR", 1],
  ["rupees", "INR", 1],
  ["rupi", "INR", 1],
  ["pound", "GBP", 1],
  ["pounds", "GBP", 1],
  ["£", "GBP", 1],
  ["AED", "AED", 1],
  ["dirham", "AED", 1],
  ["yên Nhật", "JPY", 1],
  ["yên", "JPY", 1],
  ["JPY", "JPY", 1],
  ["nhân dân tệ", "CNY", 1],
  ["NDT", "CNY", 1],
  ["CNY", "CNY", 1],
  ["bảng Anh", "GBP", 1],
  ["GBP", "GBP", 1],
  ["KRW", "KRW", 1],
  ["baht", "THB", 1],
  ["rúp", "RUB", 1],
  ["riel", "KHR", 1],
  ["kíp Lào", "LAK", 1],
  ["bạt Thái", "THB", 1],
  ["won Hàn Quốc", "KRW", 1],
  ["ringgit", "MYR", 1],
  ["rupiah", "IDR", 1],
  ["kyat", "MMK", 1],
  ["SGD", "SGD", 1],
  ["AUD", "AUD", 1],
];

/**
 * Currency signs and codes written before the amount, spaced or glued: "$5 triệu", "US$ 200",
 * "USD 5 triệu", "EUR 20", "USD1,23", "VN$1000", "Rs. 20", "£9".
 */
export const CURRENCY_PREFIXES: readonly (readonly [string, string])[] = [
  ["US$", "USD"],
  ["$", "USD"],
  ["USD", "USD"],
  ["€", "EUR"],
  ["EUR", "EUR"],
  ["VND", "VND"],
  ["VNĐ", "VND"],
  ["VN$", "VND"],
  ["£", "GBP"],
  ["GBP", "GBP"],
  ["INR", "INR"],
  ["Rs.", "INR"],
  ["Rs", "INR"],
  ["AED", "AED"],
  ["JPY", "JPY"],
  ["CNY", "CNY"],
  ["SGD", "SGD"],
  ["AUD", "AUD"],
];

/**
 * Words after a short currency word that make it another word: "3 đô thị" (towns), "2 xu hướng"
 * (trends), "xen kẽ". Folded, checked after "đô", "xu", "xen".
 */
export const MINOR_COMPOUNDS = ["thị", "hộ", "vật", "đốc", "thành", "hướng", "thế", "nịnh", "chiêng", "kẽ", "lẫn", "vào"];

/** A weight right after "pounds" ("400 pounds (khoảng 181,4 kg)"): the pound is a weight there, no money. */
export const WEIGHT_WORDS = ["kg", "ký", "tấn", "gam", "gram", "kilôgam"];

/** Words of the minor unit after the amount of a major one: "2 đô la và 23 xen", "20 Rupees 43 xu". */
export const MINOR_UNITS = ["xen", "xu", "cent", "cents", "paise"];

/** Currency words whose capitalised form starts a place name: "5 Yên Bái", "3 Đồng Tháp" are no money. */
export const PLACE_LIKE_CURRENCIES = ["yên", "đồng"];

/**
 * Words after "đồng" that make it another word, not the currency: "2 đồng chí", "đồng thời".
 */
export const DONG_COMPOUNDS = [
  "chí", "bào", "thời", "ý", "hành", "nghiệp", "bộ", "đội", "loạt", "lòng", "thuận", "tình", "hồ",
  "bằng", "ruộng", "chủ", "sáng", "tác", "hương", "môn", "minh", "niên", "phục", "tâm", "đều",
  "dạng", "cảm", "lõa", "phạm", "sở hữu", "tổ chức", "trách nhiệm", "xu", "nát", "cỏ", "quê", "dao",
];

/**
 * Scale words read between an amount and its currency when the number did not take them
 * (glued: "192tỷđồng"), and the abbreviations allowed only there: "5 tr đồng", "500k đ".
 */
export const SCALES_BEFORE_CURRENCY: readonly (readonly [string, number])[] = [
  ["tr", 1e6],
  ["k", 1e3],
  ["nghìn tỷ", 1e12],
  ["ngàn tỷ", 1e12],
  ["tỷ", 1e9],
  ["triệu", 1e6],
  ["nghìn", 1e3],
  ["ngàn", 1e3],
];

/** Nouns after a bare "tỷ" that make it a count, not VND: "7 tỷ người", "2 tỷ lượt". */
export const NOT_MONEY_AFTER_TY = ["người", "lượt", "dân", "sản phẩm", "chiếc", "con", "cây", "liều", "tin nhắn", "lệ", "trọng", "năm", "ánh sáng"];

/** Rate denominators that make a bare "triệu"/"nghìn" money: "5 triệu/tháng", "500 nghìn/người". */
export const RATE_UNITS = ["tháng", "năm", "người", "suất", "hộ", "ngày", "công", "kg", "lượt"];

/**
 * Money words right before a bare "triệu"/"nghìn" that make it an amount of VND:
 * "kinh phí 500 triệu.", "trị giá gần 800 triệu", "phạt 10 triệu,".
 */
export const MONEY_NOUNS = [
  "trị giá", "giá trị", "kinh phí", "số tiền", "tổng số tiền", "tiền", "vốn", "tổng vốn", "doanh thu",
  "lợi nhuận", "thu nhập", "lương", "mức lương", "tiền lương", "tiền thưởng", "thưởng", "ủng hộ",
  "quyên góp", "phạt", "tiền phạt", "ngân sách", "giá", "chi phí", "học phí", "nợ", "tài trợ", "hỗ trợ",
];

/**
 * Money words and verbs earlier in the clause of a bare "triệu"/"nghìn" with nothing after it:
 * "Số tiền hỗ trợ mỗi hộ là 200 triệu.", "vay ngân hàng 200 triệu,", "chiếm đoạt 500 triệu."
 * (MONEY_NOUNS count too, at most 40 characters before, no stop between).
 */
export const MONEY_VERBS = [
  "vay", "cho vay", "chiếm đoạt", "lừa đảo", "lừa", "chi", "chi trả", "trả", "nộp", "đóng", "bồi thường",
  "đền bù", "mua", "bán", "thu", "thu về", "gửi tiết kiệm", "rút", "chuyển khoản", "trúng", "nhận hối lộ",
  "hối lộ", "tặng", "trao", "cấp", "giải ngân", "đầu tư", "thiệt hại", "tham ô", "thất thoát", "bồi hoàn", "bỏ ra",
  "nhận", "nhận được",
];

