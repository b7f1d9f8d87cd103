#!/usr/bin/env node
import {
  ENCODINGS,
  HEADERS,
  TABLES,
  csvLine,
  encodingName,
  firstCell,
  parseReport,
  processPost,
  toFacts
} from "./chunk-RH72PWUJ.js";

// src/cli/main.ts
import { Command, CommanderError, Option } from "commander";
import { availableParallelism } from "os";
import { statSync as statSync2 } from "fs";

// src/cli/eval.ts
import { readFileSync, readdirSync, existsSync } from "fs";
import { join } from "path";

// src/eval/score.ts
var canon = (s) => s == null ? "" : s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
function prf(tp, predicted, gold) {
  const precision = predicted ? tp / predicted : gold ? 0 : 1;
  const recall = gold ? tp / gold : predicted ? 0 : 1;
  const f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}
var ratio = (right, total) => ({ right, total, accuracy: total ? right / total : 1 });
function scoreDoc(pred, gold) {
  const diff = {
    id: gold.id,
    missedPeople: [],
    extraPeople: [],
    honorifics: [],
    titles: [],
    orgs: [],
    missedFigures: [],
    extraFigures: [],
    categories: []
  };
  const counts = emptyCounts();
  counts.names.predicted = pred.people.length;
  counts.names.gold = gold.people.length;
  const free = [...pred.people];
  for (const g of gold.people) {
    const k = free.findIndex((p2) => canon(p2.name) === canon(g.name));
    if (k < 0) {
      diff.missedPeople.push(g.name);
      continue;
    }
    const p = free.splice(k, 1)[0];
    counts.names.tp++;
    scorePair(p, g, counts, diff);
  }
  diff.extraPeople = free.map((p) => p.name);
  const kinds = new Set([...gold.figures, ...pred.figures].map((f) => f.kind));
  for (const kind of kinds) counts.figures[kind] = { tp: 0, predicted: 0, gold: 0 };
  for (const f of pred.figures) counts.figures[f.kind].predicted++;
  for (const f of gold.figures) counts.figures[f.kind].gold++;
  const predLeft = pred.figures.map((f) => f);
  const goldLeft = gold.figures.map((f) => f);
  for (const strict of [true, false]) {
    goldLeft.forEach((g, gi) => {
      if (!g) return;
      const pi = predLeft.findIndex((p2) => p2 && sameFigure(p2, g) && (!strict || p2.category === g.category));
      if (pi < 0) return;
      const p = predLeft[pi];
      predLeft[pi] = null;
      goldLeft[gi] = null;
      counts.figures[g.kind].tp++;
      if (g.kind === "count") {
        counts.categories.total++;
        if (p.category === g.category) counts.categories.right++;
        else diff.categories.push({ text: g.text, gold: g.category, predicted: p.category });
      }
    });
  }
  diff.missedFigures = goldLeft.filter((f) => !!f);
  diff.extraFigures = predLeft.filter((f) => !!f);
  if (gold.date != null) {
    counts.date.total = 1;
    if (pred.date === gold.date) counts.date.right = 1;
    else diff.date = { gold: gold.date, predicted: pred.date };
  }
  return { counts, diff };
}
function scorePair(p, g, counts, diff) {
  counts.honorifics.total++;
  const ph = new Set(p.honorifics.map(canon));
  const gh = new Set(g.honorifics.map(canon));
  if (ph.size === gh.size && [...gh].every((h) => ph.has(h))) counts.honorifics.right++;
  else diff.honorifics.push({ name: g.name, gold: g.honorifics, predicted: p.honorifics });
  counts.titles.predicted += p.positions.length;
  counts.titles.gold += g.positions.length;
  const left = [...p.positions];
  const missed = [];
  for (const gp of g.positions) {
    const k = left.findIndex((pp2) => canon(pp2.title) === canon(gp.title) && canon(pp2.org) === canon(gp.org));
    const k2 = k >= 0 ? k : left.findIndex((pp2) => canon(pp2.title) === canon(gp.title));
    if (k2 < 0) {
      missed.push(gp.title + (gp.org ? ` | ${gp.org}` : ""));
      continue;
    }
    const pp = left.splice(k2, 1)[0];
    counts.titles.tp++;
    counts.orgs.total++;
    if (canon(pp.org) === canon(gp.org)) counts.orgs.right++;
    else diff.orgs.push({ name: g.name, title: gp.title, gold: gp.org, predicted: pp.org });
  }
  if (missed.length || left.length)
    diff.titles.push({ name: g.name, missed, extra: left.map((x) => x.title + (x.org ? ` | ${x.org}` : "")) });
}
function sameFigure(a, b) {
  if (a.kind !== b.kind) return false;
  if (canon(a.currency) !== canon(b.currency)) return false;
  if (canon(a.unit) !== canon(b.unit)) return false;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
  return scale === 0 ? a.value === b.value : Math.abs(a.value - b.value) <= 1e-9 * scale;
}
function emptyCounts() {
  return {
    names: { tp: 0, predicted: 0, gold: 0 },
    honorifics: { right: 0, total: 0 },
    titles: { tp: 0, predicted: 0, gold: 0 },
    orgs: { right: 0, total: 0 },
    figures: {},
    categories: { right: 0, total: 0 },
    date: { right: 0, total: 0 }
  };
}
function sumCounts(all) {
  const t = emptyCounts();
  const add3 = (a, b) => {
    a.tp += b.tp;
    a.predicted += b.predicted;
    a.gold += b.gold;
  };
  for (const c of all) {
    add3(t.names, c.names);
    add3(t.titles, c.titles);
    for (const [k, v] of Object.entries(c.figures)) add3(t.figures[k] ??= { tp: 0, predicted: 0, gold: 0 }, v);
    for (const key of ["honorifics", "orgs", "categories", "date"]) {
      t[key].right += c[key].right;
      t[key].total += c[key].total;
    }
  }
  return t;
}
function finish(c, documents) {
  const figAll = Object.values(c.figures).reduce(
    (a, b) => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold }),
    { tp: 0, predicted: 0, gold: 0 }
  );
  const overall = prf(c.names.tp + figAll.tp, c.names.predicted + figAll.predicted, c.names.gold + figAll.gold);
  const byKind = {};
  for (const k of Object.keys(c.figures).sort()) byKind[k] = prf(c.figures[k].tp, c.figures[k].predicted, c.figures[k].gold);
  return {
    documents,
    overall_f1: overall.f1,
    overall,
    people: {
      names: prf(c.names.tp, c.names.predicted, c.names.gold),
      honorifics: ratio(c.honorifics.right, c.honorifics.total),
      titles: prf(c.titles.tp, c.titles.predicted, c.titles.gold),
      orgs: ratio(c.orgs.right, c.orgs.total)
    },
    figures: { all: prf(figAll.tp, figAll.predicted, figAll.gold), byKind, categories: ratio(c.categories.right, c.categories.total) },
    date: ratio(c.date.right, c.date.total)
  };
}
function formatScores(s) {
  const p = (x) => x.toFixed(3);
  const row = (name, r) => `${name.padEnd(22)} ${p(r.precision)}  ${p(r.recall)}  ${p(r.f1)}   ${String(r.tp).padStart(5)} ${String(r.predicted).padStart(5)} ${String(r.gold).padStart(5)}`;
  const acc = (name, r) => `${name.padEnd(22)} ${p(r.accuracy)}  (${r.right}/${r.total})`;
  return [
    `documents: ${s.documents}`,
    `${"".padEnd(22)} prec   rec    F1       tp  pred  gold`,
    row("overall (names+figs)", s.overall),
    row("people: names", s.people.names),
    row("people: titles", s.people.titles),
    row("figures: all", s.figures.all),
    ...Object.entries(s.figures.byKind).map(([k, v]) => row(`figures: ${k}`, v)),
    acc("honorific accuracy", s.people.honorifics),
    acc("org accuracy", s.people.orgs),
    acc("category accuracy", s.figures.categories),
    acc("date accuracy", s.date),
    `overall_f1 ${p(s.overall_f1)}`
  ].join("\n");
}

// src/eval/ids.ts
var RANGE = /^([^\d,]*)(\d+)\s*-\s*([^\d,]*)(\d+)$/;
var SPLIT = /^(.*?)(\d+)$/;
function parseIdSpec(spec) {
  const items = [];
  for (const raw of spec.split(",")) {
    const part = raw.trim();
    if (!part) continue;
    const m = RANGE.exec(part);
    if (m) {
      const [, p1, a, p2, b] = m;
      if (p1 !== p2) throw new Error(`range "${part}": both ends need the same prefix`);
      const from = Number(a);
      const to = Number(b);
      if (from > to) throw new Error(`range "${part}" runs backwards`);
      items.push({ prefix: p1, from, to });
    } else items.push({ id: part });
  }
  if (!items.length) throw new Error(`no ids in "${spec}"`);
  return { label: spec.trim(), items };
}
function selectIds(spec, available) {
  const have = new Set(available);
  for (const it of spec.items) if ("id" in it && !have.has(it.id)) throw new Error(`no document "${it.id}" (with .txt and .gold.json)`);
  const picked = available.filter(
    (id) => spec.items.some((it) => {
      if ("id" in it) return it.id === id;
      const m = SPLIT.exec(id);
      if (!m || m[1] !== it.prefix) return false;
      const n = Number(m[2]);
      return n >= it.from && n <= it.to;
    })
  );
  if (!picked.length) throw new Error(`"${spec.label}" selects no document`);
  return picked;
}

// src/cli/eval.ts
function goldIds(dir) {
  return readdirSync(dir).filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length)).filter((id) => existsSync(join(dir, `${id}.txt`))).sort();
}
function evaluateDir(dir, ids = goldIds(dir)) {
  const counts = [];
  const diffs = [];
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), "utf8"));
    const text = readFileSync(join(dir, `${id}.txt`), "utf8");
    const pred = toFacts(parseReport(text, { id }), id);
    const { counts: c, diff } = scoreDoc(pred, gold);
    counts.push(c);
    diffs.push(diff);
  }
  return { scores: finish(sumCounts(counts), ids.length), diffs };
}
function evaluateGroups(dir, specs = []) {
  const all = goldIds(dir);
  if (!specs.length) return [{ label: "all", ...evaluateDir(dir, all) }];
  return specs.map((s) => {
    const spec = parseIdSpec(s);
    return { label: spec.label, ...evaluateDir(dir, selectIds(spec, all)) };
  });
}

// src/cli/args.ts
import { InvalidArgumentError } from "commander";
function parseSize(v) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(v);
  if (!m) throw new InvalidArgumentError("expected a size such as 10MB, 512KB or 2000000");
  return Math.round(Number(m[1]) * { "": 1, k: 1024, m: 1 << 20, g: 1 << 30 }[m[2].toLowerCase()]);
}
function parseJobs(v) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}
function parseEncoding(v) {
  const e = encodingName(v);
  if (!e) throw new InvalidArgumentError(`expected one of ${ENCODINGS.join(", ")} (or utf-16, windows-1258, tcvn3)`);
  return e;
}

// src/cli/input.ts
import { createReadStream } from "fs";
import { readdir, readFile, stat } from "fs/promises";
import { basename, extname, join as join2, normalize, sep } from "path";
import { createGunzip, gunzipSync } from "zlib";
var DIR_EXT = /\.(txt|text|md|markdown|html?|xhtml|jsonl|ndjson)(\.gz)?$/i;
var GLOB_CHARS = /[*?[{]/;
function kindOf(path) {
  const name = path.toLowerCase().replace(/\.gz$/, "");
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (/\.(html?|xhtml)$/.test(name)) return "html";
  return "text";
}
function fileId(path) {
  let name = basename(path);
  if (/\.gz$/i.test(name)) name = name.slice(0, -3);
  return name.slice(0, name.length - extname(name).length) || name;
}
var IdAllocator = class {
  used = /* @__PURE__ */ new Set();
  take(base, fallback) {
    let id = base;
    if (this.used.has(id) && fallback !== void 0) id = fallback;
    for (let n = 2; this.used.has(id); n++) id = `${base}#${n}`;
    this.used.add(id);
    return id;
  }
};
function formatBytes(n) {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
async function statOrNull(p) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}
async function* walkDir(dir, depth = Infinity, match) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: "missing", path: dir, why: `cannot read folder (${err.code ?? err.message})` };
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = dir === "." ? e.name : join2(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const st = await statOrNull(p);
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (depth > 1) yield* walkDir(p, depth - 1, match);
    } else if (isFile && (match ? match.test(p.split(sep).join("/")) : DIR_EXT.test(e.name))) {
      const st = await statOrNull(p);
      yield { kind: "file", path: p, size: st?.size ?? 0 };
    }
  }
}
function globToRegExp(glob) {
  let re = "";
  let inBrace = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:[^/]*/)*";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += "[" + glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else if (c === "{") {
      inBrace++;
      re += "(?:";
    } else if (c === "}" && inBrace) {
      inBrace--;
      re += ")";
    } else if (c === "," && inBrace) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
async function* expandGlob(pattern) {
  const p = pattern.split(sep).join("/").replace(/^\.\//, "");
  const parts = p.split("/");
  const first = parts.findIndex((s) => GLOB_CHARS.test(s));
  const base = parts.slice(0, first).join("/") || (p.startsWith("/") ? "/" : ".");
  const rest = parts.slice(first);
  const depth = rest.includes("**") || rest.some((s) => s.includes("**")) ? Infinity : rest.length;
  const match = globToRegExp(p);
  let any = false;
  for await (const ref of walkDir(base, depth, match)) {
    any = true;
    yield ref;
  }
  if (!any) yield { kind: "missing", path: pattern, why: "no file matches this pattern" };
}
async function* expandInputs(args) {
  for (const arg of args) {
    if (arg === "-") {
      yield { kind: "stdin" };
      continue;
    }
    const st = await statOrNull(arg);
    if (st?.isDirectory()) yield* walkDir(normalize(arg).replace(/[/\\]$/, "") || ".");
    else if (st) yield { kind: "file", path: normalize(arg), size: st.size };
    else if (GLOB_CHARS.test(arg)) yield* expandGlob(arg);
    else yield { kind: "missing", path: arg, why: "no such file or folder" };
  }
}
async function* readLines(stream, maxBytes, first) {
  let parts = [];
  let len = 0;
  let n = 0;
  const decoder = new TextDecoder("utf-8");
  const flush = () => {
    n++;
    const over = len > maxBytes;
    const text = over ? null : decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts, len));
    const line = { n, text: text && n === 1 && text.charCodeAt(0) === 65279 ? text.slice(1) : text, bytes: len };
    parts = [];
    len = 0;
    return line;
  };
  const push = (b) => {
    len += b.length;
    if (len <= maxBytes) parts.push(b);
    else parts = [];
  };
  async function* chunks() {
    if (first) yield first;
    yield* stream;
  }
  for await (const chunk of chunks()) {
    let at = 0;
    for (let nl = chunk.indexOf(10, at); nl >= 0; nl = chunk.indexOf(10, at)) {
      push(chunk.subarray(at, nl > at && chunk[nl - 1] === 13 ? nl - 1 : nl));
      at = nl + 1;
      yield flush();
    }
    if (at < chunk.length) push(Buffer.from(chunk.subarray(at)));
  }
  if (len > 0) yield flush();
}
function str(v) {
  return typeof v === "string" && v.trim() ? v : typeof v === "number" ? String(v) : void 0;
}
async function* jsonlPosts(stream, name, ids, maxBytes, first) {
  try {
    for await (const line of readLines(stream, maxBytes, first)) {
      const source = `${name}:${line.n}`;
      const bad = (error) => ({ id: ids.take(source), source, kind: "text", error, size: line.bytes });
      if (line.text === null) {
        yield bad(`post too large (${formatBytes(line.bytes)} > --max-bytes ${formatBytes(maxBytes)})`);
        continue;
      }
      if (!line.text.trim()) continue;
      let obj;
      try {
        obj = JSON.parse(line.text);
      } catch (err) {
        yield bad(`not valid JSON (${err.message.slice(0, 80)})`);
        continue;
      }
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
        yield bad("not a JSON object");
        continue;
      }
      const o = obj;
      const kind = typeof o.text !== "string" && typeof o.html === "string" ? "html" : "text";
      const text = kind === "html" ? o.html : o.text;
      const given = str(o.id);
      const id = ids.take(given ?? source, given !== void 0 ? source : void 0);
      const meta = { ...str(o.title) ? { title: str(o.title) } : {}, ...str(o.url) ? { url: str(o.url) } : {}, ...str(o.date) ? { date: str(o.date) } : {} };
      if (typeof text !== "string") yield { id, source, kind, error: 'no "text" field', size: line.bytes, ...meta };
      else if (!text.trim()) yield { id, source, kind, error: "empty text", size: line.bytes, ...meta };
      else yield { id, source, kind, text, size: line.bytes, ...meta };
    }
  } catch (err) {
    const e = err;
    const why = e.code === "Z_DATA_ERROR" || e.code === "Z_BUF_ERROR" || /incorrect header|unexpected end/i.test(e.message) ? `not valid gzip (${e.message})` : e.message;
    yield { id: ids.take(fileId(name), name), source: name, kind: "text", error: why, size: 0 };
  }
}
async function filePost(path, size, ids, maxBytes) {
  const kind = kindOf(path);
  const base = fileId(path);
  const id = ids.take(base, path.split(sep).join("/").replace(/\.gz$/i, "").replace(/\.[^./]*$/, ""));
  const post = (more) => ({ id, source: path, kind, size, ...more });
  if (size > maxBytes) return post({ error: `file too large (${formatBytes(size)} > --max-bytes ${formatBytes(maxBytes)})` });
  if (size === 0) return post({ error: "empty file" });
  try {
    let bytes = await readFile(path);
    if (/\.gz$/i.test(path)) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
      } catch (err) {
        const e = err;
        return post({ error: e.code === "ERR_BUFFER_TOO_LARGE" || /larger than/i.test(e.message) ? `file too large once unzipped (> --max-bytes ${formatBytes(maxBytes)})` : `not valid gzip (${e.message})` });
      }
      if (bytes.length > maxBytes) return post({ error: `file too large once unzipped (> --max-bytes ${formatBytes(maxBytes)})` });
    }
    return post({ bytes });
  } catch (err) {
    return post({ error: `cannot read (${err.code ?? err.message})` });
  }
}
async function* stdinPosts(opts, ids) {
  const stream = opts.stdin ?? process.stdin;
  const it = stream[Symbol.asyncIterator]();
  const firstRes = await it.next();
  if (firstRes.done) {
    if (opts.stdinFormat !== "jsonl") yield { id: ids.take("stdin"), source: "stdin", kind: "text", error: "empty input", size: 0 };
    return;
  }
  const first = Buffer.from(firstRes.value);
  opts.onBytes?.(first.length);
  const rest = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const r = await it.next();
        if (!r.done) opts.onBytes?.(r.value.length);
        return r;
      }
    })
  };
  let format = opts.stdinFormat ?? "auto";
  if (first[0] === 31 && first[1] === 139) {
    const gz = createGunzip();
    gz.write(first);
    (async () => {
      try {
        for await (const c of rest) if (!gz.write(c)) await new Promise((r) => gz.once("drain", r));
        gz.end();
      } catch (err) {
        gz.destroy(err);
      }
    })();
    yield* jsonlPosts(gz, "stdin", ids, opts.maxBytes);
    return;
  }
  if (format === "auto") {
    const lead = first.toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart();
    format = lead.startsWith("{") ? "jsonl" : lead.startsWith("<") ? "html" : "text";
  }
  if (format === "jsonl") {
    yield* jsonlPosts(rest, "stdin", ids, opts.maxBytes, first);
    return;
  }
  const parts = [first];
  let size = first.length;
  for await (const c of rest) {
    size += c.length;
    if (size <= opts.maxBytes) parts.push(c);
  }
  const id = ids.take("stdin");
  if (size > opts.maxBytes) yield { id, source: "stdin", kind: "text", error: `input too large (${formatBytes(size)} > --max-bytes ${formatBytes(opts.maxBytes)})`, size };
  else yield { id, source: "stdin", kind: format === "html" ? "html" : "text", bytes: Buffer.concat(parts, size), size };
}
async function* readPosts(args, opts) {
  const ids = new IdAllocator();
  for await (const ref of expandInputs(args)) {
    if (ref.kind === "stdin") yield* stdinPosts(opts, ids);
    else if (ref.kind === "missing") yield { id: ids.take(fileId(ref.path)), source: ref.path, kind: "text", error: ref.why, size: 0 };
    else if (kindOf(ref.path) === "jsonl") {
      const raw = createReadStream(ref.path, { highWaterMark: 1 << 16 });
      const onBytes = opts.onBytes;
      if (onBytes) raw.on("data", (c) => onBytes(c.length));
      const stream = /\.gz$/i.test(ref.path) ? raw.pipe(createGunzip()) : raw;
      if (stream !== raw) raw.on("error", (err) => stream.destroy(err));
      yield* jsonlPosts(stream, ref.path, ids, opts.maxBytes);
      raw.destroy();
    } else {
      const post = await filePost(ref.path, ref.size, ids, opts.maxBytes);
      opts.onBytes?.(ref.size);
      yield post;
    }
  }
}
async function totalBytes(args) {
  let total = 0;
  for await (const ref of expandInputs(args)) {
    if (ref.kind === "stdin") return void 0;
    if (ref.kind === "file") total += ref.size;
  }
  return total;
}

// src/cli/pool.ts
import { Piscina } from "piscina";
function workerUrl() {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./worker.ts" : "./worker.js", here);
}
function makeRunner(jobs, opts) {
  if (jobs <= 1) {
    return {
      threads: 0,
      run: async (post) => processPost(post, opts),
      close: async () => {
      }
    };
  }
  const pool = new Piscina({ filename: workerUrl().href, minThreads: jobs, maxThreads: jobs, idleTimeout: 6e4 });
  return {
    threads: jobs,
    run: (post) => {
      if (post.error) return Promise.resolve(processPost(post, opts));
      return pool.run({ post, opts }).catch((err) => ({ ok: false, id: post.id, source: post.source, error: `worker failed: ${err.message}` }));
    },
    close: () => pool.destroy()
  };
}
async function* ordered(items, run, o) {
  const queue = [];
  let inflight = 0;
  const maxWeight = o.maxWeight ?? Infinity;
  for await (const item of items) {
    const w = o.weight?.(item) ?? 0;
    queue.push({ p: run(item), w });
    inflight += w;
    while (queue.length >= o.window || inflight > maxWeight && queue.length > 0) {
      const head = queue.shift();
      inflight -= head.w;
      yield await head.p;
    }
  }
  while (queue.length) {
    const head = queue.shift();
    yield await head.p;
  }
}

// src/cli/output.ts
import { closeSync, existsSync as existsSync2, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, renameSync, statSync, writeSync, createReadStream as createReadStream2 } from "fs";
import { once } from "events";
import { dirname, join as join3 } from "path";
var UsageError = class extends Error {
};
var FLUSH_AT = 1 << 16;
function jsonLineId(line) {
  if (!line.endsWith("}")) return void 0;
  const m = /"id":("(?:[^"\\]|\\.)*")/.exec(line.slice(0, 4096));
  if (!m) return void 0;
  try {
    return JSON.parse(m[1]);
  } catch {
    return void 0;
  }
}
async function repairLines(path, keep) {
  let offset = 0;
  let n = 0;
  let carry = [];
  let carryLen = 0;
  let cut = false;
  const stream = createReadStream2(path, { highWaterMark: 1 << 20 });
  try {
    outer: for await (const chunk of stream) {
      let at = 0;
      for (let nl = chunk.indexOf(10, at); nl >= 0; nl = chunk.indexOf(10, at)) {
        const part = chunk.subarray(at, nl);
        const lineBuf = carryLen ? Buffer.concat([...carry, part], carryLen + part.length) : part;
        carry = [];
        carryLen = 0;
        n++;
        if (!keep(lineBuf.toString("utf8").replace(/\r$/, ""), n)) {
          cut = true;
          break outer;
        }
        offset += lineBuf.length + 1;
        at = nl + 1;
      }
      if (at < chunk.length) {
        carry.push(Buffer.from(chunk.subarray(at)));
        carryLen += chunk.length - at;
      }
    }
  } finally {
    stream.destroy();
  }
  if (cut || carryLen > 0) {
    const fd = openSync(path, "r+");
    try {
      ftruncateSync(fd, offset);
    } finally {
      closeSync(fd);
    }
  }
}
var PartFile = class {
  constructor(path, append, header) {
    this.path = path;
    mkdirSync(dirname(path) || ".", { recursive: true });
    this.part = path + ".part";
    this.fd = openSync(this.part, append ? "a" : "w");
    if (header && fstatSync(this.fd).size === 0) this.push(header);
  }
  path;
  fd;
  buf = [];
  len = 0;
  part;
  push(s) {
    if (!s) return;
    this.buf.push(s);
    this.len += s.length;
  }
  /** One write of whole lines: a kill never leaves half a record. */
  flush() {
    if (!this.buf.length) return;
    const data = Buffer.from(this.buf.join(""), "utf8");
    this.buf = [];
    this.len = 0;
    for (let off = 0; off < data.length; ) off += writeSync(this.fd, data, off);
  }
  close(rename) {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    if (rename) renameSync(this.part, this.path);
  }
};
function adopt(path) {
  if (existsSync2(path + ".part")) return true;
  if (existsSync2(path)) {
    renameSync(path, path + ".part");
    return true;
  }
  return false;
}
var Stdout = class {
  buf = [];
  len = 0;
  closed = false;
  constructor() {
    process.stdout.on("error", (err) => {
      if (err.code === "EPIPE") {
        this.closed = true;
        process.exit(process.exitCode ?? 0);
      }
      throw err;
    });
  }
  async push(s) {
    if (!s || this.closed) return;
    this.buf.push(s);
    this.len += s.length;
    if (this.len >= FLUSH_AT) await this.flush();
  }
  async flush() {
    if (!this.buf.length) return;
    const data = this.buf.join("");
    this.buf = [];
    this.len = 0;
    if (!process.stdout.write(data)) await once(process.stdout, "drain");
  }
  flushSync() {
    if (!this.buf.length) return;
    try {
      writeSync(1, this.buf.join(""));
    } catch {
    }
    this.buf = [];
  }
};
async function lineSink(o) {
  const done = /* @__PURE__ */ new Set();
  if (!o.out) {
    const out = new Stdout();
    return { done, where: "standard output", write: (r) => out.push(r.out), finish: () => out.flush(), abort: () => out.flushSync() };
  }
  const path = o.out;
  let append = false;
  if (o.resume && adopt(path)) {
    append = true;
    await repairLines(path + ".part", (line) => {
      if (!line) return false;
      const id = jsonLineId(line);
      if (id === void 0) return false;
      done.add(id);
      return true;
    });
  }
  const f = new PartFile(path, append);
  return {
    done,
    where: path,
    write: (r) => {
      f.push(r.out);
      if (f.len >= FLUSH_AT) f.flush();
    },
    finish: async () => f.close(true),
    abort: () => f.close(false)
  };
}
function jsonSink(o) {
  const done = /* @__PURE__ */ new Set();
  const file = o.out ? new PartFile(o.out, false) : void 0;
  const stdout = file ? void 0 : new Stdout();
  const emit = async (s) => {
    if (file) {
      file.push(s);
      if (file.len >= FLUSH_AT) file.flush();
    } else await stdout.push(s);
  };
  let first;
  let count = 0;
  const indent = (s) => "  " + s.replace(/\n/g, "\n  ");
  return {
    done,
    where: o.out ?? "standard output",
    write: async (r) => {
      count++;
      if (count === 1) first = r.out;
      else if (count === 2) await emit("[\n" + indent(first) + ",\n" + indent(r.out));
      else await emit(",\n" + indent(r.out));
    },
    finish: async () => {
      await emit(count === 0 ? "[]\n" : count === 1 ? first + "\n" : "\n]\n");
      if (file) file.close(true);
      else await stdout.flush();
    },
    abort: () => file ? file.close(false) : stdout.flushSync()
  };
}
function csvPaths(out) {
  const isDir = /[/\\]$/.test(out) || existsSync2(out) && statSync(out).isDirectory();
  const stem = out.replace(/\.csv$/i, "");
  return Object.fromEntries(TABLES.map((t) => [t, isDir ? join3(out, `${t}.csv`) : `${stem}.${t}.csv`]));
}
async function csvSink(o) {
  const done = /* @__PURE__ */ new Set();
  const header = (t) => (o.bom ? "\uFEFF" : "") + csvLine(HEADERS[t]);
  if (!o.out) {
    const table = o.table ?? "figures";
    const out = new Stdout();
    await out.push(csvLine(HEADERS[table]));
    return { done, where: "standard output", write: (r) => out.push(r.tables?.[table] ?? ""), finish: () => out.flush(), abort: () => out.flushSync() };
  }
  const paths = csvPaths(o.out);
  let append = false;
  if (o.resume && adopt(paths.posts)) {
    append = true;
    const cell = (line) => firstCell(line.replace(/^\ufeff/, ""));
    await repairLines(paths.posts + ".part", (line, n) => {
      if (n === 1) return line.replace(/^\ufeff/, "") === csvLine(HEADERS.posts).trimEnd();
      if (!line) return false;
      done.add(cell(line));
      return true;
    });
    for (const t of ["people", "figures", "findings"]) {
      if (!adopt(paths[t])) continue;
      await repairLines(paths[t] + ".part", (line, n) => n === 1 || !!line && done.has(cell(line)));
    }
  }
  const files = Object.fromEntries(TABLES.map((t) => [t, new PartFile(paths[t], append, header(t))]));
  const order = ["people", "figures", "findings", "posts"];
  let pending = 0;
  const flushAll = () => {
    for (const t of order) files[t].flush();
    pending = 0;
  };
  return {
    done,
    where: Object.values(paths).join(", "),
    write: (r) => {
      for (const t of order) {
        const s = r.tables?.[t] ?? "";
        files[t].push(s);
        pending += s.length;
      }
      if (pending >= FLUSH_AT) flushAll();
    },
    finish: async () => {
      flushAll();
      for (const t of order) files[t].close(true);
    },
    abort: () => {
      flushAll();
      for (const t of order) files[t].close(false);
    }
  };
}
async function openSink(o) {
  if (o.format === "json") {
    if (o.resume) throw new UsageError("--resume works with --format jsonl, facts and csv (a JSON array cannot be appended to); use jsonl");
    return jsonSink(o);
  }
  if (o.resume && !o.out) throw new UsageError("--resume needs --out FILE (the output to continue)");
  if (o.format === "csv") return csvSink(o);
  return lineSink(o);
}

// src/cli/progress.ts
import cliProgress from "cli-progress";
var Progress = class {
  bar;
  bytes = 0;
  posts = 0;
  t0 = Date.now();
  total = 0;
  constructor(enabled, total) {
    if (!enabled) return;
    this.bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: total ? "{bar} {percentage}% | {posts} posts | {rate} posts/s | ETA {left}" : "{posts} posts | {rate} posts/s",
        hideCursor: true,
        clearOnComplete: true,
        fps: 5,
        etaBuffer: 50
      },
      cliProgress.Presets.shades_classic
    );
    this.total = total ?? 0;
    this.bar.start(total || 1, 0, { posts: 0, rate: "0", left: "\u2026" });
  }
  addBytes(n) {
    this.bytes += n;
  }
  tick() {
    this.posts++;
    if (!this.bar) return;
    const s = (Date.now() - this.t0) / 1e3;
    const left = this.bytes > 0 && this.total > this.bytes ? s * (this.total - this.bytes) / this.bytes : 0;
    this.bar.update(Math.min(this.bytes, this.total || this.bytes), { posts: this.posts, rate: s > 0 ? (this.posts / s).toFixed(0) : "0", left: clock(left) });
  }
  /** A message line that does not fight with the bar. */
  log(line) {
    process.stderr.write((this.bar ? "\r\x1B[K" : "") + line + "\n");
  }
  stop() {
    this.bar?.stop();
    this.bar = void 0;
  }
};
function clock(s) {
  if (!Number.isFinite(s) || s <= 0) return "0s";
  if (s < 60) return `${Math.ceil(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.round(s % 3600 / 60)).padStart(2, "0")}m`;
}
function summaryLine(t, seconds, verb = "posts") {
  const rate = seconds > 0 ? Math.round(t.posts / seconds) : t.posts;
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return [
    `baocao: ${t.posts} ${t.posts === 1 ? verb.replace(/s$/, "") : verb} in ${seconds.toFixed(1)} s (${rate} posts/s)`,
    `${t.people} people`,
    `${t.figures} figures`,
    `${t.findings} findings (${t.errors} errors)`,
    `${t.failed} failed`,
    ...t.skipped ? [`${t.skipped} already done (skipped)`] : [],
    `peak memory ${rssMb} MB`
  ].join(" \xB7 ");
}

// src/cli/main.ts
var program = new Command();
program.name("baocao").description("Read Vietnamese administrative reports into typed records, and check their figures.").version("0.1.0");
program.exitOverride();
function batchOptions(cmd) {
  return cmd.option("--out <file>", "write here instead of standard output (whole lines only; FILE.part until the run ends)").option("-j, --jobs <n>", "worker threads (default: all cores)", parseJobs).option("--encoding <name>", "encoding of the files, instead of detecting it (utf8, utf16le, utf16be, windows1258, tcvn, vni, viscii)", parseEncoding).option("--max-bytes <size>", "largest post or file to read (default 10MB)", parseSize, 10 << 20).addOption(new Option("--stdin-format <kind>", "how to read '-'").choices(["auto", "jsonl", "text", "html"]).default("auto")).option("--error-records", 'write a failed post as {"id","error","input"} in the output and exit 0 (for Hadoop/Spark mappers)').option("--no-progress", "no progress bar even on a terminal").option("-q, --quiet", "no progress bar and no summary");
}
async function runBatch(mode, paths, o) {
  if (!paths.length) throw new UsageError("no input: give files, folders, globs, or - for standard input");
  if (paths.filter((p) => p === "-").length > 1) throw new UsageError("standard input (-) can be read only once");
  if (mode === "check" && o.resume && o.format === "text") throw new UsageError("--resume needs --format jsonl for check");
  if (o.errorRecords && !["jsonl", "facts"].includes(o.format)) throw new UsageError("--error-records works with --format jsonl or facts");
  if (o.out === "-") o.out = void 0;
  const t0 = Date.now();
  const sink = await openSink({ mode, format: o.format, out: o.out, resume: o.resume, table: o.table, bom: o.bom });
  const single = paths.length === 1 && paths[0] !== "-" && kindOf(paths[0]) !== "jsonl" && !!statSync2(paths[0], { throwIfNoEntry: false })?.isFile();
  const jobs = o.jobs ?? (single ? 1 : availableParallelism());
  const showBar = !o.quiet && o.progress !== false && !!process.stderr.isTTY;
  const progress = new Progress(showBar, showBar ? await totalBytes(paths) : void 0);
  const opts = { mode, format: o.format, withText: o.text, lang: o.lang, encoding: o.encoding };
  const runner = makeRunner(jobs, opts);
  const totals = { posts: 0, people: 0, figures: 0, findings: 0, errors: 0, failed: 0, skipped: 0, recorded: 0 };
  const onSignal = (sig) => {
    sink.abort();
    progress.stop();
    process.stderr.write(`baocao: stopped by ${sig} after ${totals.posts} posts; what is written is whole \u2014 run again with --resume to continue
`);
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  async function* todo() {
    for await (const p of readPosts(paths, { maxBytes: o.maxBytes, stdinFormat: o.stdinFormat, onBytes: (n) => progress.addBytes(n) })) {
      if (sink.done.size && sink.done.has(p.id)) {
        totals.skipped++;
        continue;
      }
      yield p;
    }
  }
  const window = Math.max(16, jobs * 16);
  for await (const r of ordered(todo(), runner.run, { window, weight: (p) => p.size, maxWeight: 64 << 20 })) {
    if (r.ok) {
      await sink.write(r);
      totals.posts++;
      totals.people += r.stats.people;
      totals.figures += r.stats.figures;
      totals.findings += r.stats.findings;
      totals.errors += r.stats.errors;
    } else if (o.errorRecords) {
      progress.log(`baocao: ${r.source}${r.id !== r.source && /:\d+$/.test(r.source) ? ` (${r.id})` : ""}: ${r.error}`);
      await sink.write({ ok: true, id: r.id, source: r.source, out: JSON.stringify({ id: r.id, error: r.error, input: { source: r.source } }) + "\n", stats: { people: 0, figures: 0, findings: 0, errors: 0 } });
      totals.failed++;
      totals.recorded++;
    } else {
      totals.failed++;
      progress.log(`baocao: ${r.source}${r.id !== r.source && /:\d+$/.test(r.source) ? ` (${r.id})` : ""}: ${r.error}`);
    }
    progress.tick();
  }
  await sink.finish();
  await runner.close();
  progress.stop();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  if (!o.quiet) process.stderr.write(summaryLine(totals, (Date.now() - t0) / 1e3) + (o.out ? ` \u2192 ${sink.where}` : "") + "\n");
  return totals.failed > totals.recorded || mode === "check" && totals.errors ? 1 : 0;
}
batchOptions(
  program.command("extract").description("read every post into a record (report + findings), one per post, in input order").argument("<paths...>", "files (.txt .md .html .htm .jsonl, .gz of them), folders (recursive), globs, or - for standard input").addOption(new Option("--format <format>", "output format").choices(["jsonl", "json", "csv", "facts"]).default("jsonl")).option("--resume", "continue a run that was cut: skip posts already in --out, append the rest").option("--text", "put the text that was read in each record (input.text), so spans can be looked up").addOption(new Option("--table <name>", "csv to standard output: which table").choices([...TABLES]).default("figures")).option("--bom", "csv: start files with a byte order mark (for Excel)")
).action(async (paths, o) => {
  process.exitCode = await runBatch("extract", paths, o);
});
batchOptions(
  program.command("check").description("print the consistency findings of each post; exit 1 when any is an error").argument("<paths...>", "files, folders, globs, or - for standard input").addOption(new Option("--format <format>", "output format").choices(["text", "json", "jsonl"]).default("text")).addOption(new Option("--lang <lang>", "language of the messages (text format)").choices(["en", "vi"]).default("en")).option("--resume", "with --format jsonl and --out: continue a run that was cut")
).action(async (paths, o) => {
  process.exitCode = await runBatch("check", paths, o);
});
program.command("eval").description("score <id>.txt against <id>.gold.json as ../shared/corpus/GOLD.md describes").argument("<dir>", "folder of <id>.txt and <id>.gold.json").addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")).option("--diff", "print what was missed and what was extra, per document").option(
  "--ids <ids>",
  "score only these documents: ids and ranges, e.g. d046-d075 or d046,d047 (repeat to score groups apart)",
  (v, prev = []) => [...prev, v]
).action((dir, opts) => {
  let groups;
  try {
    groups = evaluateGroups(dir, opts.ids ?? []);
  } catch (e) {
    throw new UsageError(`eval: ${e.message}`);
  }
  const json = (g) => opts.diff ? { ...g.scores, diffs: g.diffs } : g.scores;
  if (opts.format === "json")
    process.stdout.write(
      JSON.stringify(groups.length === 1 && !opts.ids ? json(groups[0]) : groups.map((g) => ({ ids: g.label, ...json(g) })), null, 2) + "\n"
    );
  else
    groups.forEach((g, i) => {
      if (opts.diff) for (const d of g.diffs) process.stdout.write(JSON.stringify(d) + "\n");
      if (opts.ids) process.stdout.write(`${i ? "\n" : ""}== ${g.label} ==
`);
      process.stdout.write(formatScores(g.scores) + "\n");
    });
});
program.parseAsync(process.argv).catch((err) => {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  process.stderr.write(`baocao: ${err.message}
`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
//# sourceMappingURL=cli.js.map