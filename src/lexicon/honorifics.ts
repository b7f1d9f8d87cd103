/**
 * Words that stand before a person's name and are not positions (GOLD.md `honorifics`):
 *   "PGS.TS. Hoàng Ngọc Nhân" → PGS, TS      "Tiến sỹ Trương Văn Lộc" → TS
 *   "Thiếu tướng, PGS.TS X"   → Thiếu tướng, PGS, TS
 *   "đ/c Lan", "đồng chí X"   → Đồng chí     "bà X" → Bà      "NGƯT X" → NGƯT
 * Each entry: the form as written (matched case-insensitively on the folded key) and the
 * canonical honorific reported. `kind`: degree (academic), honour (state title), rank (military
 * and police), address (forms of address).
 */
export type HonorificKind = "degree" | "honour" | "rank" | "address";

export interface Honorific {
  form: string;
  canonical: string;
  kind: HonorificKind;
}

const h = (form: string, canonical: string, kind: HonorificKind): Honorific => ({ form, canonical, kind });

export const HONORIFICS: readonly Honorific[] = [
  // degrees and academic titles, abbreviated
  h("GS", "GS", "degree"), h("PGS", "PGS", "degree"), h("TS", "TS", "degree"), h("TSKH", "TSKH", "degree"),
  h("ThS", "ThS", "degree"), h("KS", "KS", "degree"), h("CN", "CN", "degree"), h("BS", "BS", "degree"),
  h("NCS", "NCS", "degree"), h("VS", "VS", "degree"), h("DS", "DS", "degree"), h("LS", "LS", "degree"),
  h("KTS", "KTS", "degree"), h("SV", "SV", "degree"), h("BSCKI", "BSCKI", "degree"), h("BSCKII", "BSCKII", "degree"),
  h("TTND", "TTND", "honour"), h("TTƯT", "TTƯT", "honour"),
  // written in full
  h("Giáo sư", "GS", "degree"), h("Phó Giáo sư", "PGS", "degree"), h("Tiến sĩ", "TS", "degree"),
  h("Tiến sĩ khoa học", "TSKH", "degree"), h("Thạc sĩ", "ThS", "degree"), h("Kỹ sư", "KS", "degree"),
  h("Bác sĩ", "BS", "degree"), h("Nghiên cứu sinh", "NCS", "degree"), h("Viện sĩ", "VS", "degree"),
  h("Luật sư", "LS", "degree"), h("Kiến trúc sư", "KTS", "degree"), h("Dược sĩ", "DS", "degree"),
  // state honours
  h("NGND", "NGND", "honour"), h("NGƯT", "NGƯT", "honour"), h("NSND", "NSND", "honour"), h("NSƯT", "NSƯT", "honour"),
  h("AHLĐ", "AHLĐ", "honour"), h("AHLLVT", "AHLLVT", "honour"),
  h("Nhà giáo Nhân dân", "NGND", "honour"), h("Nhà giáo Ưu tú", "NGƯT", "honour"),
  h("Nghệ sĩ Nhân dân", "NSND", "honour"), h("Nghệ sĩ Ưu tú", "NSƯT", "honour"),
  h("Anh hùng Lao động", "AHLĐ", "honour"), h("Thầy thuốc Nhân dân", "TTND", "honour"), h("Thầy thuốc Ưu tú", "TTƯT", "honour"),
  // military and police ranks
  h("Đại tướng", "Đại tướng", "rank"), h("Thượng tướng", "Thượng tướng", "rank"), h("Trung tướng", "Trung tướng", "rank"),
  h("Thiếu tướng", "Thiếu tướng", "rank"), h("Đại tá", "Đại tá", "rank"), h("Thượng tá", "Thượng tá", "rank"),
  h("Trung tá", "Trung tá", "rank"), h("Thiếu tá", "Thiếu tá", "rank"), h("Đại úy", "Đại úy", "rank"),
  h("Thượng úy", "Thượng úy", "rank"), h("Trung úy", "Trung úy", "rank"), h("Thiếu úy", "Thiếu úy", "rank"),
  h("Đô đốc", "Đô đốc", "rank"), h("Phó Đô đốc", "Phó Đô đốc", "rank"), h("Chuẩn Đô đốc", "Chuẩn Đô đốc", "rank"),
  // forms of address
  h("Ông", "Ông", "address"), h("Bà", "Bà", "address"), h("Anh", "Anh", "address"), h("Chị", "Chị", "address"),
  h("Em", "Em", "address"), h("Cô", "Cô", "address"), h("Thầy", "Thầy", "address"),
  h("Đồng chí", "Đồng chí", "address"), h("đ/c", "Đồng chí", "address"), h("Đ.c", "Đồng chí", "address"),
];

/**
 * The canonical form of a plural address to men and women together ("các ông, bà: A, B và C"): each
 * name gets Bà when one of its middle names marks a woman (WOMAN_MIDDLE_NAMES), else Ông.
 */
export const MEN_AND_WOMEN = "Ông, Bà";
/** Middle names that mark a woman ("Nguyễn Thị Thùy"). */
export const WOMAN_MIDDLE_NAMES = ["Thị"];

/** Plural forms that give their honorific to every name listed after them ("các đồng chí: A, B và C"). */
export const PLURAL_HONORIFICS: readonly Honorific[] = [
  h("các đồng chí", "Đồng chí", "address"), h("các đ/c", "Đồng chí", "address"),
  h("các ông", "Ông", "address"), h("các bà", "Bà", "address"),
  h("các ông, bà", MEN_AND_WOMEN, "address"), h("các ông bà", MEN_AND_WOMEN, "address"), h("các bà, ông", MEN_AND_WOMEN, "address"),
  h("hai nghiên cứu sinh", "NCS", "degree"), h("các nghiên cứu sinh", "NCS", "degree"),
];
