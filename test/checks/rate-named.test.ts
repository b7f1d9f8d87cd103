/**
 * The rate of a change against a percent that names what it is of: "tăng 920 đồng, tương ứng
 * 0,037% giá vé" is a share of the ticket's price, not the rate of the 920 đồng. Sentences written
 * for these tests.
 */
import { E, runTable } from "./table.js";

runTable("a percent that names its own whole is not the rate of a change", {
  valid: [
    "Mỗi hành khách sẽ trả thêm 25.709,4 đồng/vé (tăng 920,4 đồng, tương ứng tỷ lệ 0,037% giá vé máy bay).",
    "Phí bảo trì đường bộ tăng 12.000 đồng, tương đương 0,5% giá trị xe, lên 142.000 đồng.",
    "Chi phí điện năng tăng 3 tỷ đồng, tương đương 0,8% doanh thu của công ty.",
  ],
  invalid: [
    // the rate of the change itself still checked, whatever follows a comma or "so với"
    { text: "Giá xăng đạt 24.300 đồng/lít, tăng 500 đồng, tương đương 9,1% so với kỳ trước.", errors: [E("growth.delta")] },
    { text: "Giá cà phê giảm 2 USD, tương đương 5,1% chốt tại mức 2.072 USD/tấn.", errors: [E("growth.delta")] },
    { text: "Giá đường giảm 2,55 cent/pound, tương đương 7,1% xuống mức 122,05 cent/pound.", errors: [E("growth.delta")] },
  ],
});
