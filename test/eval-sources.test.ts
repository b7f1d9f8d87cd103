import { describe, expect, test } from "vitest";
import { parseSources } from "../src/eval/sources.js";

const tsv = (...rows: string[][]) => rows.map((r) => r.join("\t")).join("\n") + "\n";

describe("eval: publication dates from a corpus's SOURCES.tsv", () => {
  test.each([
    ["a date column wins", ["id", "date", "source"], ["a1", "2019-03-08", "site.vn article 1, 2018"], "2019-03-08"],
    ["a published column of a year and month", ["id", "published", "source"], ["a1", "2020-11", ""], "2020-11"],
    ["a year standing alone in the source", ["id", "source"], ["a1", "scraper:data/22581296.txt@3387ada6 (site.vn article 22581296, 2017)"], "2017"],
    ["the year of an archive file", ["id", "was", "source"], ["a1", "x", "news-2016.jsonl.gz id site-21395276"], "2016"],
    ["a time stamp in an address", ["id", "source"], ["a1", "res@cbdb3c3a (orig https://site.vn/muc/tieu-de-bai-20210427232243242.htm)"], "2021-04-27"],
    ["the last lone year when several", ["id", "source"], ["a1", "book 1998, reprinted 2003"], "2003"],
  ])("%s", (_name, head, row, want) => {
    expect(parseSources(tsv(head, row)).get("a1")).toBe(want);
  });

  test.each([
    ["digits of a hash or an id are not a year", ["id", "source"], ["a1", "scraper:data/22015123.txt@fd2015b3c"]],
    ["no source column", ["id", "title"], ["a1", "Hội nghị năm 2017"]],
    ["a date column that is not a date, and no source", ["id", "date"], ["a1", "hôm qua"]],
    ["an impossible stamp month", ["id", "source"], ["a1", "https://site.vn/bai-20211327232243242.htm"]],
  ])("%s → none", (_name, head, row) => {
    expect(parseSources(tsv(head, row)).has("a1")).toBe(false);
  });

  test("no id column, or an empty file: nothing", () => {
    expect(parseSources(tsv(["name", "source"], ["a1", "2017"])).size).toBe(0);
    expect(parseSources("").size).toBe(0);
  });
});
