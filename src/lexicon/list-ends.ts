/**
 * Words that end a list of parts (read by relate/list-stock.ts).
 *
 * BODY_STOCK_LEADS: opening a clause after ";" that tells the body's total, not one more part of the list before it
 * ("kết nạp 24 đảng viên, trong đó 10 …; hiện có 420 đảng viên", "…; đến nay toàn trường có 1.120 đoàn viên").
 */
export const BODY_STOCK_LEADS: readonly string[] = ["hiện", "hiện nay", "hiện tại", "đến nay", "tính đến nay", "đến cuối năm", "tính đến cuối năm", "đến thời điểm này", "tính đến thời điểm này", "toàn"];
/** The verb right before such a total: "Đảng bộ hiện có 420 đảng viên", "hợp tác xã có 126 thành viên". */
export const BODY_STOCK_VERBS: readonly string[] = ["có", "hiện có", "hiện đang có", "đang có", "hiện quản lý", "đang quản lý"];
