/**
 * Inputs of the batch CLI (issue 6): each input kind and each bad-file kind, with fixtures
 * built at run time in a temporary folder.
 *
 *   a.txt (UTF-8, BOM, UTF-16LE/BE, windows-1258, TCVN3, VNI), b.md, c.html, d.jsonl, e.jsonl.gz, stdin
 *   binary (PDF header, NUL bytes), empty, undecodable, too large (--max-bytes), bad JSON line
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { decodeBytes, DecodeError, vietnameseScore, vniToUnicode } from "../src/cli/decode.js";
import { htmlToText, charsetOf } from "../src/cli/html.js";
import { IdAllocator, fileId, globToRegExp, kindOf, readPosts, type Post } from "../src/cli/input.js";
import { postText } from "../src/cli/post-read.js";

const VI = "Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết. Ông Trần Văn Bình, Phó Chủ tịch, cho biết đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch; tổng vốn đầu tư 4,2 tỷ đồng. Người dân phấn khởi.";

/** windows-1258 writes base letters (â, ơ, ư…) precomposed and the five tones as combining marks. */
function cp1258(s: string): Buffer {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const d = ch.normalize("NFD");
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(d)?.[0] ?? "";
    out += d.replace(tone, "").normalize("NFC") + tone;
  }
  return iconv.encode(out, "windows1258");
}

/** VNI-Windows: base letter + modifier bytes, read as windows-1252. */
const VNI_SAMPLE = "Ngöôøi daân tænh ñaõ hoaøn thaønh nhieäm vuï. UÛy ban nhaân daân. Ñoàng chí Phoù Chuû tòch phaùt bieåu taïi hoäi nghò";
const VNI_UNICODE = "Người dân tỉnh đã hoàn thành nhiệm vụ. Ủy ban nhân dân. Đồng chí Phó Chủ tịch phát biểu tại hội nghị";

async function collect(it: AsyncIterable<Post>): Promise<Post[]> {
  const out: Post[] = [];
  for await (const p of it) out.push(p);
  return out;
}

describe("decodeBytes: encodings", () => {
  test.each([
    ["UTF-8", Buffer.from(VI, "utf8"), "utf8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VI)]), "utf8"],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(VI, "utf16le")]), "utf16le"],
    ["UTF-16LE without BOM", iconv.encode(VI, "utf16le"), "utf16le"],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(VI, "utf16-be")]), "utf16be"],
    ["windows-1258", cp1258(VI), "windows1258"],
    ["TCVN3", iconv.encode(VI, "tcvn"), "tcvn"],
    ["VISCII", iconv.encode(VI, "viscii"), "viscii"],
  ])("%s", async (_name, bytes, enc) => {
    const d = await decodeBytes(bytes);
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(VI);
  });

  test("VNI bytes", async () => {
    const d = await decodeBytes(iconv.encode(VNI_SAMPLE, "windows1252"));
    expect(d.encoding).toBe("vni");
    expect(d.text).toBe(VNI_UNICODE);
  });

  test("VNI typed into a UTF-8 file", async () => {
    const d = await decodeBytes(Buffer.from(VNI_SAMPLE, "utf8"));
    expect(d.encoding).toBe("vni");
    expect(d.text).toBe(VNI_UNICODE);
  });

  test("vniToUnicode: capitals and breve", () => {
    expect(vniToUnicode("ÑAÉK LAÉK")).toBe("ĐẮK LẮK");
    expect(vniToUnicode("Vieät Nam")).toBe("Việt Nam");
  });

  test("--encoding wins over detection; a forced UTF-8 with bad bytes is read with U+FFFD, and says how many", async () => {
    expect((await decodeBytes(iconv.encode(VI, "tcvn"), "tcvn")).text).toBe(VI);
    const forced = await decodeBytes(cp1258(VI), "utf8");
    expect(forced.encoding).toBe("utf8");
    expect(forced.replaced).toBeGreaterThan(10);
  });

  test("plain Vietnamese scores well, mojibake badly", () => {
    const good = vietnameseScore(VI);
    expect(good.bad).toBe(0);
    expect(good.good).toBeGreaterThan(10);
    const bad = vietnameseScore(iconv.decode(iconv.encode(VI, "tcvn"), "windows1252"));
    expect(bad.bad).toBeGreaterThan(bad.good);
  });
});

describe("decodeBytes: bad files", () => {
  test.each([
    ["PDF", Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(64, 7)]), /binary file \(PDF\)/],
    ["ZIP (docx)", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), /binary file \(ZIP/],
    ["NUL bytes", Buffer.from("abc\0\0\0def\0ghi xyz \0 long enough text here"), /binary file/],
    ["empty", Buffer.alloc(0), /empty/],
    ["only spaces", Buffer.from(" \n\t \r\n"), /empty/],
  ])("%s", async (_n, bytes, msg) => {
    await expect(decodeBytes(bytes)).rejects.toThrow(DecodeError);
    await expect(decodeBytes(bytes)).rejects.toThrow(msg);
  });

  test("undecodable: not UTF-8 and no Vietnamese encoding fits", async () => {
    // Random high bytes: every legacy reading gives stray symbols, not syllables.
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x20 : 0x80 + ((i * 37) % 0x7f))));
    await expect(decodeBytes(bytes)).rejects.toThrow(/undecodable/);
  });

  test("odd-length UTF-16 is read with U+FFFD for its last byte, and says so", async () => {
    const d = await decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("ab", "utf16le"), Buffer.from([0x41])]));
    expect(d.text).toBe("ab\ufffd");
    expect(d.replaced).toBe(1);
  });
});

describe("html", () => {
  const para = "Chiều 20/4, Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết quý I. Bà Lê Thị Hoa, Giám đốc Sở, chủ trì hội nghị và cho biết đã nghiệm thu 7 đề tài.";
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Sơ kết quý I</title><style>p{}</style></head><body>
    <nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
    <article><h2>Sơ kết quý I</h2><p>${para}</p><p>${para}</p><ul><li>7 đề tài</li><li>3 sáng kiến</li></ul></article>
    <footer>Bản quyền thuộc về Sở</footer><script>var a = "Không phải văn bản";</script></body></html>`;

  test("article text through Readability, title kept, blocks on their own lines", async () => {
    const h = await htmlToText(page);
    expect(h.article).toBe(true);
    expect(h.title).toBe("Sơ kết quý I");
    expect(h.text).toContain(para);
    expect(h.text).toMatch(/7 đề tài\n+3 sáng kiến/);
    expect(h.text).not.toContain("Không phải văn bản");
    expect(h.text).not.toContain("Bản quyền");
  });

  test("falls back to the body text when there is no article", async () => {
    const h = await htmlToText("<html><head><title>Thông báo</title></head><body><div>Họp lúc 8 giờ.</div><div>Phòng 2</div></body></html>");
    expect(h.article).toBe(false);
    expect(h.title).toBe("Thông báo");
    expect(h.text).toBe("Họp lúc 8 giờ.\nPhòng 2");
  });

  test("postText puts the title before the article", async () => {
    const r = await postText({ id: "x", source: "x.html", kind: "html", bytes: Buffer.from(page), size: page.length });
    expect(r.title).toBe("Sơ kết quý I");
    expect(r.text.startsWith("Sơ kết quý I\n")).toBe(true);
  });

  test("a page that declares utf-8 but is TCVN3 is still read", async () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>x</title></head><body><div>'), iconv.encode(VI, "tcvn"), Buffer.from("</div></body></html>")]);
    expect(await postText({ id: "x", source: "x.html", kind: "html", bytes, size: bytes.length })).toMatchObject({ encoding: "tcvn", text: expect.stringContaining(VI) });
  });

  test("meta charset", () => {
    expect(charsetOf(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'))).toBe("windows1258");
    expect(charsetOf(Buffer.from("<meta charset='utf-8'>"))).toBe("utf8");
    expect(charsetOf(Buffer.from("<p>no meta</p>"))).toBeUndefined();
  });
});

describe("paths and ids", () => {
  test.each([
    ["a.txt", "text"],
    ["b.MD", "text"],
    ["c.html", "html"],
    ["c.HTM", "html"],
    ["d.jsonl", "jsonl"],
    ["e.jsonl.gz", "jsonl"],
    ["f.ndjson", "jsonl"],
    ["g.txt.gz", "text"],
  ])("kindOf %s = %s", (p, k) => expect(kindOf(p)).toBe(k));

  test.each([
    ["dir/bao-cao.txt", "bao-cao"],
    ["x/news.jsonl.gz", "news"],
    ["a.b.md", "a.b"],
    ["noext", "noext"],
  ])("fileId %s = %s", (p, id) => expect(fileId(p)).toBe(id));

  test("ids stay unique and deterministic", () => {
    const ids = new IdAllocator();
    expect([ids.take("a", "2017/a"), ids.take("a", "2018/a"), ids.take("a", "2018/a"), ids.take("b")]).toEqual(["a", "2018/a", "a#2", "b"]);
    const again = new IdAllocator();
    expect([again.take("x"), again.take("x"), again.take("x")]).toEqual(["x", "x#2", "x#3"]);
  });

  test.each([
    ["posts/*.txt", "posts/a.txt", true],
    ["posts/*.txt", "posts/sub/a.txt", false],
    ["posts/**/*.txt", "posts/sub/a.txt", true],
    ["posts/**/*.txt", "posts/a.txt", true],
    ["posts/*.{txt,md}", "posts/a.md", true],
    ["posts/?.txt", "posts/ab.txt", false],
    ["posts/[ab].txt", "posts/b.txt", true],
  ])("glob %s ~ %s: %s", (g, p, ok) => expect(globToRegExp(g).test(p)).toBe(ok));
});

describe("readPosts over a folder of every kind", () => {
  let dir: string;
  const MAX = 4096;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "baocao-input-"));
    mkdirSync(join(dir, "archive", "2017"), { recursive: true });
    mkdirSync(join(dir, "archive", "2018"), { recursive: true });
    const w = (p: string, b: string | Buffer) => writeFileSync(join(dir, "archive", p), b);
    w("2017/a.txt", VI);
    w("2017/b.md", "# Báo cáo\n\n" + VI);
    w("2017/c.html", `<html><head><title>Tin</title></head><body><article><p>${VI}</p><p>${VI}</p></article></body></html>`);
    w("2017/d.jsonl", [JSON.stringify({ id: "p1", title: "Một", url: "https://example.org/1", text: VI }), "", JSON.stringify({ text: "Hai " + VI }), "{not json", JSON.stringify({ id: "p4", body: "x" }), JSON.stringify({ id: "p5", text: "  " })].join("\n") + "\n");
    w("2017/e.jsonl.gz", gzipSync(JSON.stringify({ id: "g1", text: VI }) + "\r\n" + JSON.stringify({ id: "g2", text: "x".repeat(MAX + 10) }) + "\n" + JSON.stringify({ id: "g3", text: VI })));
    w("2017/f-utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(VI, "utf16le")]));
    w("2017/g-1258.txt", cp1258(VI));
    w("2017/h-tcvn.txt", iconv.encode(VI, "tcvn"));
    w("2017/ignored.pdf", "%PDF-1.4");
    w("2018/a.txt", VI); // same name as 2017/a.txt
    w("2018/bin.txt", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(100, 0)]));
    w("2018/empty.txt", "");
    w("2018/big.txt", "a".repeat(MAX + 1));
    w("2018/undecodable.txt", Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 6 === 0 ? 0x20 : 0x80 + ((i * 41) % 0x7f)))));
    w("2018/broken.jsonl.gz", Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]));
    w(".hidden.txt", VI);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("every post, in order, with ids, sources and errors", async () => {
    const posts = await collect(readPosts([join(dir, "archive")], { maxBytes: MAX }));
    const rel = (s: string) => s.slice(join(dir, "archive").length + 1);
    const summary = posts.map((p) => [p.id.replace(join(dir, "archive").replace(/^\//, "") + "/", ""), rel(p.source), p.error ?? p.kind]);
    expect(summary).toEqual([
      ["a", "2017/a.txt", "text"],
      ["b", "2017/b.md", "text"],
      ["c", "2017/c.html", "html"],
      ["p1", "2017/d.jsonl:1", "text"],
      [expect.stringMatching(/2017\/d\.jsonl:3$/), "2017/d.jsonl:3", "text"],
      [expect.stringMatching(/d\.jsonl:4$/), "2017/d.jsonl:4", expect.stringMatching(/^not valid JSON/)],
      ["p4", "2017/d.jsonl:5", 'no "text" field'],
      ["p5", "2017/d.jsonl:6", "empty text"],
      ["g1", "2017/e.jsonl.gz:1", "text"],
      [expect.stringMatching(/e\.jsonl\.gz:2$/), "2017/e.jsonl.gz:2", expect.stringMatching(/^post too large/)],
      ["g3", "2017/e.jsonl.gz:3", "text"],
      ["f-utf16", "2017/f-utf16.txt", "text"],
      ["g-1258", "2017/g-1258.txt", "text"],
      ["h-tcvn", "2017/h-tcvn.txt", "text"],
      [expect.stringMatching(/2018\/a$/), "2018/a.txt", "text"],
      ["big", "2018/big.txt", expect.stringMatching(/^file too large/)],
      ["bin", "2018/bin.txt", "text"],
      ["broken", "2018/broken.jsonl.gz", expect.stringMatching(/not valid gzip/)],
      ["empty", "2018/empty.txt", "empty file"],
      ["undecodable", "2018/undecodable.txt", "text"],
    ]);
    const p1 = posts.find((p) => p.id === "p1")!;
    expect(p1.title).toBe("Một");
    expect(p1.url).toBe("https://example.org/1");
    expect(p1.text).toBe(VI);
    // Undecodable and binary files are found out when decoded (in the worker).
    for (const id of ["f-utf16", "g-1258", "h-tcvn", "a"]) expect((await postText(posts.find((p) => p.id === id)!)).text).toBe(VI);
    await expect(postText(posts.find((p) => p.id === "bin")!)).rejects.toThrow(/binary/);
    await expect(postText(posts.find((p) => p.id === "undecodable")!)).rejects.toThrow(/undecodable/);
  });

  test("a glob, a missing file, and a file given twice (read once, with a note)", async () => {
    const a = join(dir, "archive", "2017", "a.txt");
    const notes: string[] = [];
    const posts = await collect(readPosts([join(dir, "archive", "*", "[ab].txt"), join(dir, "nope.txt"), a], { maxBytes: MAX, onNote: (p, m) => notes.push(`${p.slice(dir.length + 1)}: ${m}`) }));
    expect(posts.map((p) => p.error ?? p.source.slice(dir.length + 1))).toEqual(["archive/2017/a.txt", "archive/2018/a.txt", "no such file or folder (ENOENT)"]);
    expect(notes).toEqual(["archive/2017/a.txt: the same file as one already read: not read again"]);
    expect(new Set(posts.map((p) => p.id)).size).toBe(3);
    const none = await collect(readPosts([join(dir, "*.nothing")], { maxBytes: MAX }));
    expect(none[0]!.error).toMatch(/no file matches/);
  });
});

describe("standard input", () => {
  const stdin = (s: string | Buffer) => Readable.from([Buffer.from(s)]);
  test("JSONL on stdin, one post per line, ids from the id field or stdin:<line>", async () => {
    const posts = await collect(readPosts(["-"], { maxBytes: 1e6, stdin: stdin(`${JSON.stringify({ id: "s1", text: VI })}\n${JSON.stringify({ text: VI })}\n`) }));
    expect(posts.map((p) => [p.id, p.source, p.text === VI])).toEqual([
      ["s1", "stdin:1", true],
      ["stdin:2", "stdin:2", true],
    ]);
  });
  test("gzip JSONL on stdin", async () => {
    const posts = await collect(readPosts(["-"], { maxBytes: 1e6, stdin: stdin(gzipSync(JSON.stringify({ id: "z", text: VI }) + "\n")) }));
    expect(posts.map((p) => p.id)).toEqual(["z"]);
  });
  test("plain text on stdin is one post", async () => {
    const posts = await collect(readPosts(["-"], { maxBytes: 1e6, stdin: Readable.from([Buffer.from(VI.slice(0, 20)), Buffer.from(VI.slice(20))]) }));
    expect(posts).toHaveLength(1);
    expect(posts[0]!.id).toBe("stdin");
    expect((await postText(posts[0]!)).text).toBe(VI);
  });
  test("empty stdin is an error, not a crash", async () => {
    const posts = await collect(readPosts(["-"], { maxBytes: 1e6, stdin: Readable.from([]) }));
    expect(posts[0]!.error).toMatch(/empty/);
  });
});
