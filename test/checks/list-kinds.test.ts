/**
 * A closed list with a part the kinds do not place under its whole is not summed (the list may
 * lack that part); a message spells the whole's noun as the text does. Found by blind audit 4.
 * Sentences written for these tests.
 */
import { expect, test } from "vitest";
import { parseReport } from "../../src/index.js";
import { E, runTable } from "./table.js";

runTable("a part of no known kind of the whole", {
  valid: [
    // consistent: 14 + 9 + 289 = 312; before, "9 trung tâm y tế" was dropped and 303 ≠ 312 raised
    "Toàn tỉnh có 312 cơ sở y tế, gồm 14 bệnh viện, 9 trung tâm y tế và 289 trạm y tế.",
    "Toàn tỉnh hiện có 312 cơ sở khám, chữa bệnh công lập, gồm 14 bệnh viện tuyến tỉnh, 9 trung tâm y tế huyện và 289 trạm y tế xã.",
    // "nhóm trẻ" is no kind of "cơ sở" in the lexicon: 20 + 10 + 20 = 50, nothing to raise
    "Huyện có 50 cơ sở, gồm 20 trường, 10 nhóm trẻ độc lập và 20 phòng khám.",
  ],
  invalid: [{ text: "Toàn tỉnh có 312 cơ sở y tế, gồm 14 bệnh viện, 11 trung tâm y tế và 289 trạm y tế.", errors: [E("breakdown.sum")] }],
});

test("the whole's noun as the text writes it, every part in the sum", () => {
  const r = parseReport("Toàn tỉnh có 312 cơ sở y tế, gồm 14 bệnh viện, 11 trung tâm y tế và 289 trạm y tế.");
  const f = r.findings.find((x) => x.rule === "breakdown.sum");
  expect(f?.arithmetic?.vi).toBe("14 + 11 + 289 = 314 ≠ 312 cơ sở y tế");
});
