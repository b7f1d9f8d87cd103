/**
 * Units of measure written after an amount, with the unit as the figure reports it.
 *
 *   "3 triệu tấn than" → tấn    "9,42 tỷ m 3 khí" → m3    "1.000m2" → m2    "5ha" → ha
 *   "33.000m³" → m³, "1.000 m²" → m² (a superscript as written, GOLD.md: "the unit as written")   "40g" → g
 *   "20 mét" → mét, "2 héc-ta" → héc-ta, "1.000 mét vuông" → mét vuông: a unit spelled in words is
 *   reported in words, as written (GOLD.md), not as its symbol
 *   "12,35 tỷ kWh" → kWh       "1.148,6 triệu Sm3" → Sm3   "45 độ C" → độ C
 *   "2 triệu thùng/ngày", "500 thùng dầu" → thùng (a barrel; "3 thùng hàng" is a count)
 *   "6,2mg/l" → mg/l, "35km/h" → km/h, "5.300 tấn/ngày" → tấn/ngày, "55 tạ/ha" → tạ/ha: a unit over a
 *   unit of measure or time (RATE_DENOMINATORS) is one compound unit, as written; over a counted noun
 *   it keeps its own unit ("100-150 kg/con" → kg)
 * Voltages ("500kV") have no unit here: in reports they name a line or a station, not a measure.
 */

/**
 * Written form → unit reported, and for a unit spelled in words the symbol it stands for (what
 * conversions read: "mét" is "m"). Matched on the folded key (case-insensitive), longest first.
 * A null unit marks a designation, never a figure: "đường dây 500kV" is neither a measure nor a
 * count (counting reads the written forms of this list as words that are never counted).
 */
export const UNITS: readonly (readonly [string, string | null, string?])[] = [
  // mass
  ["tấn", "tấn"],
  ["kg", "kg"],
  ["ki-lô-gam", "ki-lô-gam", "kg"],
  ["kilôgam", "kilôgam", "kg"],
  ["tạ", "tạ"],
  ["yến", "yến"],
  ["gram", "gram", "g"],
  ["gam", "gam", "g"],
  ["g", "g"],
  ["mg", "mg"],
  ["miligam", "miligam", "mg"],
  ["µg", "µg"],
  ["mcg", "mcg"],
  // length, area, volume
  ["km", "km"],
  ["ki-lô-mét", "ki-lô-mét", "km"],
  ["cây số", "cây số", "km"],
  ["m", "m"],
  ["mét", "mét", "m"],
  ["cm", "cm"],
  ["mm", "mm"],
  ["hải lý", "hải lý"],
  ["dặm", "dặm"],
  ["inch", "inch"],
  ["km2", "km2"],
  ["km²", "km²"],
  ["m2", "m2"],
  ["m²", "m²"],
  ["cm2", "cm2"],
  ["cm²", "cm²"],
  ["mét vuông", "mét vuông", "m2"],
  ["m3", "m3"],
  ["m³", "m³"],
  ["m 3", "m3"],
  ["m 2", "m2"],
  ["mét khối", "mét khối", "m3"],
  ["Sm3", "Sm3"],
  ["ha", "ha"],
  ["héc-ta", "héc-ta", "ha"],
  ["hecta", "hecta", "ha"],
  ["sào", "sào"],
  // grain by volume in the south: "4.000 - 5.000 giạ lúa"
  ["giạ", "giạ"],
  ["lít", "lít"],
  ["ml", "ml"],
  ["cm3", "cm3"],
  ["cm³", "cm³"],
  // energy and power
  ["kWh", "kWh"],
  ["MWh", "MWh"],
  ["GWh", "GWh"],
  ["TWh", "TWh"],
  ["kW", "kW"],
  ["MW", "MW"],
  ["GW", "GW"],
  ["MWp", "MWp"],
  ["kWp", "kWp"],
  ["MVA", "MVA"],
  ["kcal", "kcal"],
  // frequency, sound, data
  ["Hz", "Hz"],
  ["kHz", "kHz"],
  ["MHz", "MHz"],
  ["GHz", "GHz"],
  ["dB", "dB"],
  ["Mbps", "Mbps"],
  ["Gbps", "Gbps"],
  ["MB", "MB"],
  ["GB", "GB"],
  ["TB", "TB"],
  // concentration and pressure
  ["ppm", "ppm"],
  ["mmHg", "mmHg"],
  ["mmol/l", "mmol/l"],
  ["mg/dl", "mg/dl"],
  // rates counted per minute (heart, engine): "200-240 l/p" (lần/phút)
  ["lần/phút", "lần/phút"],
  ["l/p", "l/p"],
  ["l/ph", "l/ph"],
  ["nhịp/phút", "nhịp/phút"],
  ["vòng/phút", "vòng/phút"],
  // voltage: names a line or a station
  ["kV", null],
  // temperature
  ["độ C", "độ C"],
  ["°C", "°C"],
];


/**
 * Units of measure or time that may stand under a unit: "mg/l", "km/h", "tấn/ngày", "m3/ngày đêm",
 * "tạ/ha", "người/km2". The compound is one unit, as written. Counted nouns are not here: "kg/con",
 * "kg/người" keep the unit above the slash.
 */
export const RATE_DENOMINATORS = [
  "h", "giờ", "ngày", "ngày đêm", "đêm", "tuần", "tháng", "năm", "phút", "s", "giây",
  "ha", "m2", "m²", "km2", "km²", "m3", "m³", "l", "lít", "ml", "kg", "tấn", "km", "m", "kWh",
  // land measures of the north and the south: "tạ/sào", "tấn/công" (1 công = 1.000 m²), "tấn/mẫu"
  "sào", "công", "mẫu",
];

/**
 * Units that are also ordinary counted nouns: "2 triệu thùng dầu/ngày" are barrels, "3 thùng mì"
 * are boxes. Written form, unit, and the words after it that make it a measure; a scale word on
 * the amount ("1,6 triệu thùng") or a rate after it ("thùng/ngày") does too.
 * "ký" is a kilogram in speech ("10 ký gạo", "5 ký/người") before a food; "3 ký túc xá", "100 ký tự",
 * "2 ký hiệu" stay counts.
 */
export const CONTEXT_UNITS: readonly (readonly [string, string, readonly string[]])[] = [
  ["thùng", "thùng", ["dầu", "dầu thô"]],
  ["ký", "ký", ["gạo", "thóc", "lúa", "thịt", "cá", "tôm", "cua", "rau", "củ", "quả", "trái cây", "đường", "muối", "bột", "mì", "nếp", "đậu", "lạc", "chè", "trà", "cà phê", "heo", "bò", "gà", "vịt", "ốc", "mực", "ma túy", "pháo"]],
];

/**
 * Words that open a rate before a bare "1 <unit>": "cứ 1 tấn thép … thải ra 2 tấn CO2",
 * "mỗi 1 ha … cho 5 tấn lúa". With nothing before it, a sentence that starts "1 tấn …" reads so too.
 */
export const RATE_OPENERS = ["cứ", "mỗi", "cứ mỗi", "trung bình", "bình quân", "trên"];

/**
 * What a unit measures, by the name a text gives it: "chiếm 72,4% diện tích gieo cấy" names a whole
 * in hectares, and "gieo cấy 24.120 ha" says "diện tích" by its unit alone. The name, then the units
 * (as reported) that say it.
 */
export const UNIT_QUANTITIES: readonly (readonly [string, readonly string[]])[] = [
  ["diện tích", ["ha", "héc-ta", "hecta", "sào", "mẫu", "công", "m2", "m²", "km2", "km²", "mét vuông"]],
  ["sản lượng", ["tấn", "tạ", "yến", "kg", "ki-lô-gam", "kilôgam"]],
  ["khối lượng", ["tấn", "tạ", "yến", "kg", "ki-lô-gam", "kilôgam", "m3", "m³", "mét khối"]],
  ["chiều dài", ["km", "ki-lô-mét", "cây số", "m", "mét"]],
  ["độ dài", ["km", "ki-lô-mét", "cây số", "m", "mét"]],
  ["dung tích", ["m3", "m³", "mét khối", "lít", "l"]],
  ["thể tích", ["m3", "m³", "mét khối", "lít", "l"]],
];
