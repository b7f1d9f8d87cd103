#!/usr/bin/env node
// Does time grow linearly with the input in the link and sections stages (issue 12)? Each hostile
// shape is parsed at 100k, 200k, 400k, 800k and 1.6M characters (3.2M too with --max 3200000), and the time of linkFigures
// (src/report/link.ts) and buildSections (src/report/sections.ts) is measured apart from the
// rest, in one process. The exponent is the slope of log(time) over log(size) from the
// smallest to the largest size: 1 is linear, 2 quadratic. A stage over --budget seconds at
// one size is not run at the larger ones (its exponent then ends there).
//
//   node --import tsx scripts/bench-scaling.mjs                 # every shape, 100k … 1.6M
//   node --import tsx scripts/bench-scaling.mjs --max 400000 --only link --budget 20
//   node --import tsx scripts/bench-scaling.mjs --shape money --repeat 3    # best of 3 at each size
//   --strict: exit 1 when a stage's exponent is over 1.3 (timing noise stays below that)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const src = (p) => import(join(root, "src", p));
const { makeDoc } = await src("text/normalize.ts");
const { sentences } = await src("text/segment.ts");
const { inferConvention } = await src("recognize/number.ts");
const { recognizeFigures } = await src("recognize/figures.ts");
const { linkFigures } = await src("report/link.ts");
const { buildSections } = await src("report/sections.ts");
const { toFigure } = await src("report/parse.ts");

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const MAX = Number(arg("--max", 1_600_000));
const BUDGET = Number(arg("--budget", 30)) * 1000;
const ONLY = arg("--only", "");
const SHAPE = arg("--shape", "");
const REPEAT = Number(arg("--repeat", 1));
const SIZES = [100_000, 200_000, 400_000, 800_000, 1_600_000, 3_200_000].filter((n) => n <= MAX);
const seed = readFileSync(join(root, "fixtures", "seed.txt"), "utf8");

const SHAPES = {
  "ordinary text (seed ×N)": seed + "\n\n",
  "amount + percent of plan, one sentence": "đạt 3 tỷ đồng, bằng 150% kế hoạch; ",
  "plan amount, amount, percent": "kế hoạch 2 tỷ đồng, thực hiện 3 tỷ đồng, đạt 150%; ",
  "growth against last year": "tăng 20% so với cùng kỳ (100 tỷ đồng), ",
  "percent signs 1%1%…": "1%",
  "money": "3,247 tỉ đồng ",
  "breakdown markers": "03 nhiệm vụ trong đó 02 nhiệm vụ gồm ",
  "nested breakdowns in parentheses": "10 đề tài (trong đó 4 đề tài cấp Bộ (gồm 2 chuyển tiếp và 2 mở mới) và ",
  "counts with subjects": "doanh thu đạt 5 tỷ đồng, lợi nhuận 2 tỷ đồng, nộp ngân sách 1 tỷ đồng, ",
  "training and publications": "cử 19 lượt cán bộ đi đào tạo, công bố 11 bài báo quốc tế, hướng dẫn 50 sinh viên, ",
  "digit groups 1.000.000…": "1.000",
  "dates": "ngày 20/12/2022 ",
  "line breaks between amounts": "đạt 3 tỷ đồng\n",
};

const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function stages(text) {
  const doc = makeDoc(text);
  const conv = inferConvention(doc);
  const ctx = { doc, sentences: sentences(doc), convention: conv.convention };
  const hits = recognizeFigures(ctx);
  const ev = (h) => ({ span: doc.span(h.start, h.end), text: doc.text(h.start, h.end), rule: h.rule });
  let figures = hits.map((h, i) => toFigure(h, i, ev));
  let t = performance.now();
  figures = linkFigures(ctx, hits, figures);
  const link = performance.now() - t;
  t = performance.now();
  buildSections({ figures }, doc, ctx.sentences, hits);
  const sections = performance.now() - t;
  return { link, sections, figures: figures.length };
}

stages(seed); // warm-up
const rows = [];
let worst = 0;
console.log(`time of each stage in ms at ${SIZES.map((n) => `${n / 1000}k`).join(" / ")} characters; exponent: 1 linear, 2 quadratic`);
for (const [name, unit] of Object.entries(SHAPES)) {
  if (SHAPE && !name.includes(SHAPE)) continue;
  const times = { link: [], sections: [] };
  const stopped = { link: false, sections: false };
  let figs = 0;
  for (const n of SIZES) {
    if (stopped.link && stopped.sections) break;
    const text = fill(unit, n);
    let r = stages(text);
    for (let k = 1; k < REPEAT; k++) {
      const again = stages(text);
      r = { link: Math.min(r.link, again.link), sections: Math.min(r.sections, again.sections), figures: again.figures };
    }
    figs = r.figures;
    for (const s of ["link", "sections"]) {
      if (stopped[s]) continue;
      times[s].push([n, r[s]]);
      if (r[s] > BUDGET) stopped[s] = true;
    }
  }
  for (const s of ["link", "sections"]) {
    if (ONLY && s !== ONLY) continue;
    const t = times[s];
    const [n0, t0] = t[0];
    const [n1, t1] = t[t.length - 1];
    // below a few ms the clock decides: count such a stage as linear
    const exp = t1 < 20 ? 1 : Math.log(Math.max(t1, 0.01) / Math.max(t0, 0.01)) / Math.log(n1 / n0);
    worst = Math.max(worst, exp);
    rows.push({ name, s, exp });
    console.log(
      `${(s + "  " + name).padEnd(52)} ${t.map(([, ms]) => ms.toFixed(0).padStart(7)).join(" ")}${stopped[s] ? "  (stopped: over budget)" : ""}   exponent ${exp.toFixed(2)}${exp > 1.3 ? "  SUPER-LINEAR" : ""}   (${figs} figures at the largest)`,
    );
  }
}
console.log(`worst exponent: ${worst.toFixed(2)}`);
if (process.argv.includes("--strict") && worst > 1.3) process.exit(1);
