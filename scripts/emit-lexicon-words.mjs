// The lexicon's words in id order, as a process that loads every phase compiles them (the whole
// parser), for the workers of the stage split: dist/text/lexicon-words.json. A worker that loads
// one side of a split (report/sides.ts loadSide) interns these first, so both sides give every
// word the same id as each other (and as the whole parser), and the hand-over keeps the token ids
// instead of looking each token up again (~45 µs a post). Part of `npm run build`, after tsc.
import { writeFileSync } from "node:fs";

await import("../dist/report/phases.js");
const { lexicon } = await import("../dist/text/tokens.js");
const words = [];
for (let id = 1; id <= lexicon.size; id++) words.push(lexicon.word(id));
writeFileSync(new URL("../dist/text/lexicon-words.json", import.meta.url), JSON.stringify({ words, print: lexicon.printAt(lexicon.size) }) + "\n");
