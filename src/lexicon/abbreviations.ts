/**
 * Abbreviations that end in a dot inside a sentence: a sentence never ends after them.
 * Written as they appear (case matters only for readability: matching is on the folded key).
 */
export const ABBREVIATIONS = [
  // degrees and academic titles
  "GS", "PGS", "TS", "TSKH", "ThS", "KS", "CN", "BS", "NCS", "VS", "DS", "LS", "KTS", "CKI", "CKII", "BSCKI", "BSCKII",
  "NGND", "NGƯT", "NSND", "NSƯT", "AHLĐ", "AHLLVT",
  // places and forms of address
  "TP", "Tp", "tp", "Q", "P", "TT", "TX", "H", "X", "Đ/c", "đ/c", "Ô", "B", "St", "Mr", "Mrs", "Ms", "Dr",
  // positions (P.Giám đốc, Q.Trưởng phòng)
  "PCT", "CT", "HT", "PHT", "GĐ", "PGĐ", "TGĐ",
  // others
  "v.v", "vv", "Th", "tr", "Nxb", "NXB", "No", "số",
];
