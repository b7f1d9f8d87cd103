/**
 * Where a list ends, and what it leaves out:
 * - a part told by a number in words that no figure holds ("…, một khe cắm thẻ nhớ và 1 cổng …")
 *   is a part not counted: the list is not complete as read;
 * - parts joined by commas alone, with no "và" before the last and no colon after the cue, that
 *   fall short of the whole may go on past the sentence ("gồm hai …, một …. X cũng …"): a
 *   warning, not an error; with "và", a semicolon list after "cụ thể:", or an excess, it stays an error;
 * - parts named by a broader name of the whole ("hộ kinh doanh" of "hộ kinh doanh cá thể") are
 *   not distinct kinds of it: they may overlap.
 * Written before running.
 */
import { E, W, runTable } from "./table.js";

runTable("list ends: uncounted parts, lists that may go on, broader names", {
  valid: [
    "Máy có 4 cổng kết nối, gồm 2 cổng USB, một khe cắm thẻ nhớ và 1 cổng HDMI.",
    "Xe được trang bị 6 túi khí, gồm 2 túi khí phía trước, hai túi khí bên hông và 2 túi khí rèm.",
    "Thiết bị có 5 nút điều khiển, gồm 2 nút âm lượng, một nút nguồn, 1 nút chụp ảnh và 1 nút trợ lý ảo.",
  ],
  invalid: [
    {
      text: "Hiện có 5 nhóm nghiên cứu tham gia dự án, gồm hai nhóm của trường đại học, một nhóm của viện khoa học. Các doanh nghiệp trong tỉnh cũng đang cử người tham gia.",
      errors: [W("breakdown.sum")],
    },
    {
      text: "Toàn trường có 35 đơn vị trực thuộc, gồm 12 khoa, 4 viện, 9 trung tâm và 9 phòng chức năng.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Cửa hàng bán lẻ trên địa bàn là 320 cửa hàng. Cụ thể: cửa hàng tiện lợi 120 cửa hàng; cửa hàng tạp hóa 198 cửa hàng.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Huyện có 240 cán bộ được cử đi đào tạo, gồm 130 cán bộ cấp huyện, 125 cán bộ cấp xã.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Máy có 4 cổng kết nối, gồm 2 cổng USB, 2 cổng âm thanh và 1 cổng HDMI.",
      errors: [E("breakdown.sum")],
    },
    {
      text: "Phường có 1.200 hộ kinh doanh cá thể, trong đó 700 hộ kinh doanh ăn uống và 600 hộ sản xuất nhỏ.",
      errors: [W("breakdown.sum")],
    },
  ],
});
