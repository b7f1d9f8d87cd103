/**
 * Abbreviations that end in a dot inside a sentence: a sentence never ends after them.
 * Matching is on the folded key, so one spelling covers TP, Tp and tp.
 */
export const ABBREVIATIONS = [
  // degrees and academic titles
  "GS", "PGS", "TS", "TSKH", "ThS", "KS", "CN", "BS", "NCS", "VS", "DS", "LS", "KTS", "CKI", "CKII", "BSCKI", "BSCKII",
  "NGND", "NGƯT", "NSND", "NSƯT", "AHLĐ", "AHLLVT",
  // places and forms of address
  "TP", "Q", "P", "TT", "TX", "H", "X", "Đ/c", "Ô", "B", "St", "Mr", "Mrs", "Ms", "Dr",
  // positions (P.Giám đốc, Q.Trưởng phòng)
  "PCT", "CT", "HT", "PHT", "GĐ", "PGĐ", "TGĐ",
  // others
  "v.v", "vv", "Th", "tr", "NXB", "No",
];
