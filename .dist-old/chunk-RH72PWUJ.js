#!/usr/bin/env node

// src/cli/csv.ts
var TABLES = ["posts", "people", "figures", "findings"];
var HEADERS = {
  posts: ["post", "source", "title", "url", "date", "event", "people", "figures", "findings", "errors", "warnings"],
  people: ["post", "person", "name", "honorifics", "positions", "roles", "mentions"],
  figures: ["post", "figure", "kind", "value", "currency", "unit", "category", "of", "approx", "bound", "subject", "relation", "basis", "parent", "text", "rule", "start", "end"],
  findings: ["post", "rule", "severity", "message_vi", "message_en", "figures", "expected", "found", "start", "end"]
};
function csvCell(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "";
  const s = v.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
  return /[",]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csvLine(cells) {
  return cells.map(csvCell).join(",") + "\n";
}
function firstCell(line) {
  if (!line.startsWith('"')) {
    const c = line.indexOf(",");
    return c < 0 ? line : line.slice(0, c);
  }
  let out = "";
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '"') {
      if (line[i + 1] === '"') {
        out += '"';
        i++;
      } else break;
    } else out += line[i];
  }
  return out;
}
function csvRows(report, findings) {
  const post = report.id ?? "";
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    posts: csvLine([
      post,
      report.input?.source,
      report.input?.title,
      report.input?.url,
      report.event.date,
      report.event.kind,
      report.people.length,
      report.figures.length,
      findings.length,
      errors,
      report.warnings.map((w) => w.code).join("; ")
    ]),
    people: report.people.map(
      (p) => csvLine([
        post,
        p.id,
        p.name,
        p.honorifics.join("; "),
        p.positions.map((x) => x.org ? `${x.title} (${x.org})` : x.title).join("; "),
        p.roles.join("; "),
        p.mentions.length
      ])
    ).join(""),
    figures: report.figures.map(
      (f) => csvLine([
        post,
        f.id,
        f.kind,
        f.value,
        f.currency,
        f.unit,
        f.category,
        f.of,
        f.approx,
        f.bound,
        f.subject,
        f.comparison?.relation,
        f.comparison?.basis,
        f.parent,
        f.text,
        f.rule,
        f.span.start,
        f.span.end
      ])
    ).join(""),
    findings: findings.map(
      (f) => csvLine([
        post,
        f.rule,
        f.severity,
        f.message.vi,
        f.message.en,
        f.figures?.join("; "),
        f.expected,
        f.found,
        f.spans[0]?.start,
        f.spans[0]?.end
      ])
    ).join("")
  };
}

// src/text/fold.ts
var TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
var BASES = "a\u0103\xE2e\xEAio\xF4\u01A1u\u01B0y";
var DECOMPOSE = /* @__PURE__ */ new Map();
var COMPOSE = /* @__PURE__ */ new Map();
for (const b of BASES) {
  DECOMPOSE.set(b, [b, 0]);
  COMPOSE.set(b + 0, b);
  TONES.forEach((t, i) => {
    const c = (b + t).normalize("NFC");
    DECOMPOSE.set(c, [b, i + 1]);
    COMPOSE.set(b + (i + 1), c);
  });
}
var TABLE = 8192;
var FOLD = new Uint16Array(TABLE);
var LETTER = new Uint8Array(TABLE);
var VBASE = new Uint8Array(TABLE).fill(255);
var VTONE = new Uint8Array(TABLE);
var COMPOSE_CODE = new Uint16Array(BASES.length * 6);
for (let c = 0; c < TABLE; c++) {
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  let f = lo.length === 1 ? lo : ch;
  const d = DECOMPOSE.get(f);
  if (d && d[0] === "y") f = COMPOSE.get("i" + d[1]);
  FOLD[c] = f.charCodeAt(0);
  LETTER[c] = /[\p{L}\p{M}]/u.test(ch) ? 1 : 0;
}
for (const [ch, [base, tone]] of DECOMPOSE) {
  const code = ch.charCodeAt(0);
  VBASE[code] = BASES.indexOf(base);
  VTONE[code] = tone;
  COMPOSE_CODE[BASES.indexOf(base) * 6 + tone] = code;
}
var B_O = BASES.indexOf("o");
var B_A = BASES.indexOf("a");
var B_E = BASES.indexOf("e");
var B_U = BASES.indexOf("u");
var B_I = BASES.indexOf("i");
var Q = "q".charCodeAt(0);
var UTF16 = new TextDecoder("utf-16le");
function isLetterCode(c) {
  if (c < TABLE) return LETTER[c] === 1;
  if (c >= 55296 && c < 57344) return false;
  return /[\p{L}\p{M}]/u.test(String.fromCharCode(c));
}
function foldNfc(s) {
  const n = s.length;
  const out = new Uint16Array(n);
  let sylStart = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32;
    if (c < TABLE ? LETTER[c] === 1 : i < n && isLetterCode(c)) {
      if (sylStart < 0) sylStart = i;
      if (c < TABLE) out[i] = FOLD[c];
      else {
        const lo = String.fromCharCode(c).toLowerCase();
        out[i] = lo.length === 1 ? lo.charCodeAt(0) : c;
      }
      continue;
    }
    if (sylStart >= 0) {
      const m = i - sylStart;
      if (m >= 2) {
        const a = out[i - 2];
        const b = out[i - 1];
        const ba = a < TABLE ? VBASE[a] : 255;
        const bb = b < TABLE ? VBASE[b] : 255;
        const ta = ba !== 255 ? VTONE[a] : 0;
        if (ba !== 255 && bb !== 255 && ta !== 0 && VTONE[b] === 0) {
          const pair = ba === B_O && (bb === B_A || bb === B_E) || ba === B_U && bb === B_I;
          const onsetU = ba === B_U && m >= 3 && out[i - 3] === Q;
          if (pair && !onsetU) {
            out[i - 2] = COMPOSE_CODE[ba * 6];
            out[i - 1] = COMPOSE_CODE[bb * 6 + ta];
          }
        }
      }
      sylStart = -1;
    }
    if (i < n) out[i] = c;
  }
  return n < 512 ? String.fromCharCode.apply(null, out) : UTF16.decode(out);
}
function fold(s) {
  return foldNfc(s.normalize("NFC"));
}
function stripMarks(s) {
  return s.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

// src/text/normalize.ts
var LOOKALIKE = {
  "\xF0": "\u0111",
  // ð (Icelandic eth) → đ
  "\xD0": "\u0110",
  // Ð → Đ
  "\u0111": "\u0111",
  "\u0189": "\u0110",
  // Ɖ (African D) → Đ
  "\xA0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u3000": " ",
  "	": " ",
  "\u2013": "-",
  // en dash
  "\u2014": "-",
  // em dash
  "\u2012": "-",
  "\u2212": "-",
  // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\r": "\n"
};
var REMOVE = /* @__PURE__ */ new Set(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\xAD"]);
var SPECIAL = /[\p{M}\u00f0\u00d0\u0189\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\u2010-\u2014\u2212\r\u200b-\u200d\u2060\ufeff\u00ad]/u;
function makeDoc(input) {
  const nfc = SPECIAL.test(input) ? null : input.normalize("NFC");
  if (nfc !== null && nfc.length === input.length) {
    return finish(input, nfc, null);
  }
  const n = input.length;
  const parts = [];
  let cap = 64;
  let segN = new Int32Array(cap);
  let segO = new Int32Array(cap);
  let segE = new Int32Array(cap);
  let count = 0;
  let len = 0;
  const push = (o, e, units) => {
    if (count === cap) {
      cap *= 2;
      const grow = (a) => {
        const b = new Int32Array(cap);
        b.set(a);
        return b;
      };
      segN = grow(segN);
      segO = grow(segO);
      segE = grow(segE);
    }
    segN[count] = len;
    segO[count] = o;
    segE[count] = e;
    count++;
    len += units;
  };
  const copyPlain = (from, to) => {
    if (to <= from) return;
    const piece = input.slice(from, to);
    if (piece.normalize("NFC").length !== piece.length) {
      rewrite(from, to);
      return;
    }
    push(from, -1, to - from);
    parts.push(piece);
  };
  const rewrite = (from, to) => {
    let i = from;
    while (i < to) {
      let j = i + 1;
      const c0 = input.charCodeAt(i);
      if (c0 >= 55296 && c0 < 56320 && j < n && (input.charCodeAt(j) & 64512) === 56320) j++;
      while (j < n && isMark(input.charCodeAt(j))) j++;
      let piece;
      if (j - i === 1) {
        const c = input[i];
        piece = REMOVE.has(c) || c === "\r" && input[j] === "\n" ? "" : LOOKALIKE[c] ?? c;
      } else {
        piece = input.slice(i, j).normalize("NFC");
        const first = LOOKALIKE[piece[0]];
        if (first && first.length === 1) piece = first + piece.slice(1);
      }
      for (let k = 0; k < piece.length; k++) push(i, j, 1);
      parts.push(piece);
      i = j;
    }
    return i;
  };
  const re = new RegExp(SPECIAL.source, "gu");
  let at = 0;
  let m;
  while (m = re.exec(input)) {
    let s = m.index;
    if (isMark(input.charCodeAt(s)) && s > at) {
      s--;
      if (s > at && input.charCodeAt(s) >= 56320 && input.charCodeAt(s) < 57344) s--;
    }
    copyPlain(at, s);
    let e = m.index + m[0].length;
    while (e < n && isMark(input.charCodeAt(e))) e++;
    if (input[e - 1] === "\r" && input[e] === "\n") e++;
    at = rewrite(s, e);
    re.lastIndex = at;
  }
  copyPlain(at, n);
  return finish(input, parts.join(""), { segN: segN.subarray(0, count), segO: segO.subarray(0, count), segE: segE.subarray(0, count) });
}
function finish(input, norm2, map) {
  const key = foldNfc(norm2);
  const seg = (u) => {
    const { segN } = map;
    let lo = 0;
    let hi = segN.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (segN[mid] <= u) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const origStart = (u) => {
    if (u >= norm2.length) return input.length;
    const k = seg(u);
    return map.segE[k] < 0 ? map.segO[k] + (u - map.segN[k]) : map.segO[k];
  };
  const origEnd = (u) => {
    const k = seg(u);
    return map.segE[k] < 0 ? map.segO[k] + (u - map.segN[k]) + 1 : map.segE[k];
  };
  return {
    input,
    norm: norm2,
    key,
    normAt(pos) {
      if (!map || norm2.length === 0) return Math.min(pos, norm2.length);
      if (pos >= input.length) return norm2.length;
      const { segN, segO } = map;
      let lo = 0;
      let hi = segO.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (segO[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      if (segO[lo] > pos) return 0;
      const units = (lo + 1 < segN.length ? segN[lo + 1] : norm2.length) - segN[lo];
      if (map.segE[lo] >= 0) {
        let k = lo;
        while (k + 1 < segO.length && segO[k + 1] === segO[lo] && map.segE[k + 1] >= 0) k++;
        return segN[k];
      }
      return segN[lo] + Math.min(pos - segO[lo], units - 1);
    },
    span(start, end) {
      if (!map || norm2.length === 0) return { start, end };
      const s = origStart(start);
      return { start: s, end: end > start ? origEnd(end - 1) : s };
    },
    text(start, end) {
      const sp = this.span(start, end);
      return input.slice(sp.start, sp.end);
    }
  };
}
function isMark(c) {
  return c >= 768 && c <= 879 || c >= 6832 && c <= 6911 || c >= 7616 && c <= 7679 || c >= 8400 && c <= 8447 || c >= 65056 && c <= 65071;
}

// src/lexicon/abbreviations.ts
var ABBREVIATIONS = [
  // degrees and academic titles
  "GS",
  "PGS",
  "TS",
  "TSKH",
  "ThS",
  "KS",
  "CN",
  "BS",
  "NCS",
  "VS",
  "DS",
  "LS",
  "KTS",
  "CKI",
  "CKII",
  "BSCKI",
  "BSCKII",
  "NGND",
  "NG\u01AFT",
  "NSND",
  "NS\u01AFT",
  "AHL\u0110",
  "AHLLVT",
  // places and forms of address
  "TP",
  "Q",
  "P",
  "TT",
  "TX",
  "H",
  "X",
  "\u0110/c",
  "\xD4",
  "B",
  "St",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  // positions (P.Giám đốc, Q.Trưởng phòng)
  "PCT",
  "CT",
  "HT",
  "PHT",
  "G\u0110",
  "PG\u0110",
  "TG\u0110",
  // others
  "v.v",
  "vv",
  "Th",
  "tr",
  "NXB",
  "No"
];

// src/text/segment.ts
var ABBR = new Set(ABBREVIATIONS.map((a) => fold(a).replace(/\.$/, "")));
function paragraphs(doc) {
  const out = [];
  const re = /[^\n]+/g;
  let m;
  while (m = re.exec(doc.norm)) {
    const s = m.index;
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (text.trim()) out.push({ start: s + lead, end: s + text.length - trail });
  }
  return out;
}
function sentences(doc) {
  const out = [];
  const text = doc.norm;
  const key = doc.key;
  paragraphs(doc).forEach((p, pi) => {
    let s = p.start;
    const whole = text.slice(p.start, p.end);
    if (/^\([^()]*\)\.?$/.test(whole)) {
      out.push({ start: p.start, end: p.end, paragraph: pi, caption: true });
      return;
    }
    const re = /[.!?…;]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])|[.!?…]+["”’)]*(?=\s*$)/gu;
    re.lastIndex = p.start;
    let m;
    while ((m = re.exec(text)) && m.index < p.end) {
      const at = m.index;
      const end = at + m[0].length;
      if (m[0][0] === ";") continue;
      if (m[0] === "." && isAbbreviation(key, text, s, at)) continue;
      out.push({ start: s, end, paragraph: pi, caption: false });
      s = end;
      while (s < p.end && /\s/.test(text[s])) s++;
    }
    if (s < p.end) out.push({ start: s, end: p.end, paragraph: pi, caption: false });
  });
  return out;
}
function isAbbreviation(key, text, from, dot) {
  let i = dot;
  while (i > from && /[\p{L}\p{M}/.]/u.test(text[i - 1])) i--;
  const word = key.slice(i, dot);
  if (!word) return false;
  if (ABBR.has(word)) return true;
  const last = word.split(".").pop();
  if (ABBR.has(last)) return true;
  return new RegExp("^\\p{Lu}$", "u").test(text.slice(i, dot));
}
function sentenceIndex(sentences2, pos) {
  let lo = 0;
  let hi = sentences2.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s = sentences2[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
function sentenceStartingBefore(sentences2, pos) {
  let lo = 0;
  let hi = sentences2.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (sentences2[mid].start <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

// src/text/rx.ts
var COMMON = String.raw`a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff`;
var SLOW_L = String.raw`(?<![\p{L}\p{M}\p{N}])`;
var SLOW_R = String.raw`(?![\p{L}\p{M}\p{N}])`;
var L = String.raw`(?<![${COMMON}]|[\p{L}\p{M}\p{N}])`;
var R = String.raw`(?![${COMMON}]|[\p{L}\p{M}\p{N}])`;
function edgeAfter(extra) {
  return new RegExp(String.raw`(?<![${COMMON}${extra}]|[\p{L}\p{M}\p{N}])`, "u");
}
function fastEdges(source) {
  return source.split(SLOW_L).join(L).split(SLOW_R).join(R);
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var Words = class {
  list;
  set;
  source;
  constructor(words3) {
    const folded2 = [...new Set(words3.map((w) => fold(w).trim()).filter(Boolean))];
    folded2.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.list = folded2;
    this.set = new Set(folded2);
    this.source = `(?:${folded2.map((w) => escapeRe(w).replace(/ /g, "\\s+")).join("|")})`;
  }
  has(word) {
    return this.set.has(fold(word));
  }
};
function words(list) {
  return new Words(list);
}
function foldPattern(src2) {
  let out = "";
  let run = "";
  const flush = () => {
    out += fold(run);
    run = "";
  };
  for (let i = 0; i < src2.length; i++) {
    const c = src2[i];
    if (c === "\\") {
      flush();
      const m = /^\\[pPk](?:\{[^}]*\}|<[^>]*>)|^\\u\{[0-9a-fA-F]+\}|^\\u[0-9a-fA-F]{4}|^\\x[0-9a-fA-F]{2}|^\\./s.exec(src2.slice(i));
      const tok = m ? m[0] : c;
      out += tok;
      i += tok.length - 1;
    } else if (c === "(" && src2.startsWith("(?<", i) && /^\(\?<[A-Za-z_]/.test(src2.slice(i, i + 4))) {
      flush();
      const close = src2.indexOf(">", i);
      out += src2.slice(i, close + 1);
      i = close;
    } else if (/[\p{L}\p{M}]/u.test(c)) {
      run += c;
    } else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}
function partSource(p) {
  if (p === L || p === R) return p;
  if (p instanceof RegExp) return p.source;
  if (p instanceof Words) return p.source;
  if (Array.isArray(p)) return new Words(p).source;
  return escapeRe(fold(String(p)));
}
function src(strings, ...parts) {
  let s = foldPattern(strings.raw[0]);
  parts.forEach((p, i) => {
    s += partSource(p) + foldPattern(strings.raw[i + 1]);
  });
  return s;
}
function rx(strings, ...parts) {
  return new RegExp(fastEdges(src(strings, ...parts)), "gu");
}
var registry = [];
function named(name, re) {
  const fast = fastEdges(re.source);
  const out = fast === re.source ? re : new RegExp(fast, re.flags);
  registry.push({ name, re: out });
  return out;
}

// src/recognize/phrase.ts
var PhraseSet = class {
  set;
  /** Every prefix of a listed phrase, in whole words: reading stops when none continues. */
  prefixes;
  /** Last words of listed phrases. */
  suffixes;
  maxWords;
  /** First characters of listed phrases (folded): a position starting with another one is no match. */
  firsts;
  /** The same as code units: firstCodes[c] is 1 when a listed phrase starts with c. */
  firstCodes;
  constructor(list) {
    const folded2 = list.map((w) => fold(w).trim().replace(/\s+/g, " ")).filter(Boolean);
    this.set = new Set(folded2);
    const prefixes = /* @__PURE__ */ new Set();
    for (const w of folded2) {
      const ws = w.split(" ");
      for (let i = 1; i <= ws.length; i++) prefixes.add(ws.slice(0, i).join(" "));
    }
    this.prefixes = prefixes;
    this.suffixes = new Set(folded2.map((w) => w.split(" ").pop()));
    this.maxWords = Math.max(1, ...folded2.map((w) => w.split(" ").length));
    this.firsts = new Set(folded2.map((w) => w[0]));
    this.firstCodes = new Uint8Array(65536);
    for (const w of folded2) this.firstCodes[w.charCodeAt(0)] = 1;
  }
  has(phrase) {
    return this.set.has(phrase);
  }
};
var RUN = named("phrase.word", /[\p{L}\p{M}]+/uy);
var GLUE = new RegExp("[\\p{Ll}\\p{M}]\\p{Lu}", "u");
function wordEnd(norm2, key, p) {
  RUN.lastIndex = p;
  if (!RUN.test(norm2)) return p;
  const e = RUN.lastIndex;
  if (e - p < 2) return e;
  let i = p + 1;
  while (i < e && norm2.charCodeAt(i) === key.charCodeAt(i)) i++;
  if (i === e) return e;
  const g = GLUE.exec(norm2.slice(p + 1, e));
  return g ? p + 1 + g.index + 1 : e;
}
var words2 = /* @__PURE__ */ new WeakMap();
var lastDoc = null;
var lastWords = null;
function phraseAt(doc, pos, ps, glued = true) {
  const { norm: norm2, key } = doc;
  if (!ps.firstCodes[key.charCodeAt(pos)]) return -1;
  let wc = lastDoc === doc ? lastWords : words2.get(doc);
  if (!wc) words2.set(doc, wc = { ends: new Int32Array(norm2.length + 1), keys: /* @__PURE__ */ new Map() });
  lastDoc = doc;
  lastWords = wc;
  if (pos > 0 && unitClass(norm2.charCodeAt(pos - 1)) & 6 && !(unitClass(norm2.charCodeAt(pos)) & 1 && unitClass(norm2.charCodeAt(pos - 1)) & 8)) return -1;
  let best = -1;
  let p = pos;
  let phrase = "";
  for (let n = 0; n < ps.maxWords; n++) {
    if (n > 0) {
      let q = p;
      while (q < norm2.length && q - p < 3 && (norm2.charCodeAt(q) === 32 || norm2.charCodeAt(q) === 9)) q++;
      if (q === p && !(p < norm2.length && unitClass(norm2.charCodeAt(p)) & 1 && unitClass(norm2.charCodeAt(p - 1)) & 8)) break;
      p = q;
    }
    let e1 = wc.ends[p];
    if (e1 === 0) wc.ends[p] = e1 = wordEnd(norm2, key, p) + 1;
    const e = e1 - 1;
    if (e === p) break;
    let w = wc.keys.get(p);
    if (w === void 0) wc.keys.set(p, w = key.slice(p, e));
    phrase = n ? `${phrase} ${w}` : w;
    p = e;
    if (!ps.prefixes.has(phrase)) break;
    if (ps.set.has(phrase) && (p >= norm2.length || !(unitClass(norm2.charCodeAt(p)) & 6) || glued && unitClass(norm2.charCodeAt(p)) & 1)) best = p;
  }
  return best;
}
function phraseBefore(key, end, ps) {
  let best = -1;
  let s = end;
  let phrase = "";
  for (let n = 0; n < ps.maxWords; n++) {
    let e = s;
    if (n > 0) {
      while (e > 0 && end - e < 200 && (key[e - 1] === " " || key[e - 1] === "	")) e--;
      if (e === s) break;
    }
    let b = e;
    while (b > 0 && e - b < 40 && unitClass(key.charCodeAt(b - 1)) & 2) b--;
    if (b === e) break;
    phrase = n ? `${key.slice(b, e)} ${phrase}` : key.slice(b, e);
    s = b;
    if (n === 0 && !ps.suffixes.has(phrase)) break;
    if (ps.set.has(phrase) && !(b > 0 && unitClass(key.charCodeAt(b - 1)) & 6)) best = b;
  }
  return best;
}
var CLS = new Uint8Array(65536).fill(128);
var IS_LU = new RegExp("^\\p{Lu}$", "u");
var IS_LM = /^[\p{L}\p{M}]$/u;
var IS_N = new RegExp("^\\p{N}$", "u");
var IS_LL_M = /^[\p{Ll}\p{M}]$/u;
var classOf = (ch) => (IS_LU.test(ch) ? 1 : 0) | (IS_LM.test(ch) ? 2 : 0) | (IS_N.test(ch) ? 4 : 0) | (IS_LL_M.test(ch) ? 8 : 0);
var unitClass = (c) => {
  const f = CLS[c];
  return f & 128 ? CLS[c] = c >= 55296 && c <= 57343 ? 0 : classOf(String.fromCharCode(c)) : f;
};
function wordBefore(s, i) {
  return i > 0 && (i > s.length || (unitClass(s.charCodeAt(i - 1)) & 6) !== 0);
}
function trieSource(list, space = "\\s+") {
  const root = { end: false, kids: /* @__PURE__ */ new Map() };
  for (const w of new Set(list)) {
    let n = root;
    for (const ch of w) {
      let k = n.kids.get(ch);
      if (!k) n.kids.set(ch, k = { end: false, kids: /* @__PURE__ */ new Map() });
      n = k;
    }
    n.end = true;
  }
  const emit = (n) => {
    const alts = [...n.kids].map(([ch, k]) => (ch === " " ? space : escapeRe(ch)) + emit(k));
    if (!alts.length) return "";
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join("|")})`;
    if (!n.end) return body;
    return alts.length === 1 ? `(?:${body})?` : `${body}?`;
  };
  return `(?:${emit(root)})`;
}
var StartSet = class _StartSet {
  /** Per first code unit: 0 = no word, 255 = any second unit, else a row of `second`. */
  first = new Uint8Array(65536);
  second;
  constructor(list) {
    const rows = [];
    for (const w of list) if (w.length >= 2 && !/\s/.test(w[1]) && !rows.includes(w[0])) rows.push(w[0]);
    if (rows.length > 254) throw new Error("StartSet: too many first characters");
    this.second = new Uint8Array(rows.length * 256);
    for (const w of list) {
      const c = w.charCodeAt(0);
      if (w.length < 2 || /\s/.test(w[1])) this.first[c] = 255;
      else {
        const k = rows.indexOf(w[0]) + 1;
        if (this.first[c] !== 255) this.first[c] = k;
        this.second[(k - 1) * 256 + _StartSet.bucket(w.charCodeAt(1))] = 1;
      }
    }
  }
  static bucket(c) {
    return (c ^ c >> 8) & 255;
  }
  /** May a listed word start with code units c1, c2? */
  may(c1, c2) {
    const k = this.first[c1];
    return k === 255 || k !== 0 && this.second[(k - 1) * 256 + _StartSet.bucket(c2)] === 1;
  }
};

// src/lexicon/surnames.ts
var SURNAMES = [
  "Nguy\u1EC5n",
  "Tr\u1EA7n",
  "L\xEA",
  "Ph\u1EA1m",
  "Ho\xE0ng",
  "Hu\u1EF3nh",
  "Phan",
  "V\u0169",
  "V\xF5",
  "\u0110\u1EB7ng",
  "B\xF9i",
  "\u0110\u1ED7",
  "H\u1ED3",
  "Ng\xF4",
  "D\u01B0\u01A1ng",
  "L\xFD",
  "L\u01B0\u01A1ng",
  "\u0110inh",
  "Tr\u1ECBnh",
  "\u0110o\xE0n",
  "\u0110\xE0o",
  "Mai",
  "Cao",
  "L\xE2m",
  "T\xF4",
  "T\u1EA1",
  "H\xE0",
  "Chu",
  "Ch\xE2u",
  "Ki\u1EC1u",
  "Qu\xE1ch",
  "Th\xE1i",
  "T\u0103ng",
  "Tri\u1EC7u",
  "L\u01B0u",
  "Ph\xF9ng",
  "Ph\xF3",
  "T\u1ED1ng",
  "T\xE0o",
  "Tr\u01B0\u01A1ng",
  "La",
  "L\xE3",
  "L\u0103ng",
  "H\u1EE9a",
  "Kh\xFAc",
  "Kh\u1ED5ng",
  "Kim",
  "T\u1EEB",
  "\u0110\xE0m",
  "\u0110\u1ED3ng",
  "Giang",
  "H\u1EA7u",
  "L\u1EA1i",
  "L\u1EA1c",
  "L\u1EE5c",
  "M\u1EA1c",
  "Ninh",
  "N\xF4ng",
  "\xD4ng",
  "Quan",
  "T\xF4n",
  "Th\xE2n",
  "Th\u1EA1ch",
  "Ti\xEAu",
  "Tr\xECnh",
  "\u1EE8ng",
  "V\u01B0\u01A1ng",
  "Vi",
  "Vi\xEAn",
  "B\u1EA1ch",
  "C\xF9",
  "Do\xE3n",
  "Di\u1EC7p",
  "Di\xEAm",
  "\u0110\u01B0\u1EDDng",
  "Gi\xE1p",
  "H\xE0n",
  "H\u1EA1",
  "Kh\u01B0\u01A1ng",
  "L\xF2",
  "L\u1ED7",
  "L\u01B0",
  "M\xE3",
  "M\u1EABn",
  "Nghi\xEAm",
  "Ng\u1EE5y",
  "Nh\xE2m",
  "Ph\xED",
  "S\u1EA7m",
  "Thi\u1EC1u",
  "T\xF2ng",
  "Tr\xE0",
  "Tr\u1EA7m",
  "V\u0103n",
  "\xC2u",
  "B\u1EBF",
  "B\u1ED3",
  "C\u1EA5n",
  "Cung",
  "Ch\u1EED",
  "\u0110\u1EADu",
  "Hoa",
  "Kha",
  "L\u1EC1u",
  "M\xF4ng",
  "Nhan",
  "Ph\u01B0\u01A1ng",
  "T\u1EA5t",
  "Thi\u1EC7u",
  "Ung",
  "U\xF4ng",
  "V\xE0ng",
  "L\xF9",
  "S\xF9ng",
  "Gi\xE0ng",
  "V\u01B0u",
  "\xD4n",
  "Bi\u1EC7n",
  "C\u1ED3",
  "Ch\u1EBF",
  "Chi\xEAm",
  "\u0110\u1EDBi",
  "\u0110\xE8o",
  "Khi\u1EBFu",
  "Li\u1EC5u",
  "L\u1EEF",
  "M\u1EA1ch",
  "Ng\u1EA1c",
  "Ph\xF9",
  "Qu\u1EA3n",
  "S\u1EED",
  "T\u01B0\u1EDFng",
  "Tr\xE1c",
  "L\u01B0\u1EDDng",
  "Th\xE0o",
  "C\u1EA7m",
  "L\xF4",
  "H\u1EA1ng",
  "M\xF9a",
  "Sa",
  "Thang",
  "Xa",
  "Y\xEAn"
];
var WEAK_SURNAMES = [
  "H\xE0",
  "Th\xE1i",
  "Cao",
  "L\xE2m",
  "Kim",
  "\u0110\u1ED3ng",
  "Giang",
  "V\u0103n",
  "Hoa",
  "Ph\u01B0\u01A1ng",
  "Quan",
  "V\xE0ng",
  "Mai",
  "Ch\xE2u",
  "Ninh",
  "Ti\xEAu",
  "La",
  "Tr\xE0",
  "\u0110\u01B0\u1EDDng",
  "\xD4ng",
  "Cung",
  "H\u1EA1",
  "S\u1EA7m",
  "L\xF2",
  "Ph\xF3",
  "L\u1EA1c",
  "Kha",
  "C\u1EA7m",
  "L\xF4",
  "H\u1EA1ng",
  "M\xF9a",
  "Sa",
  "Thang",
  "Xa",
  "Y\xEAn",
  "Chi\xEAm",
  "M\u1EA1ch"
];
var CLAUSE_STARTS = [
  "ph\xE2n t\xEDch",
  "nh\xE0 v\u0103n",
  "nh\xE0 nghi\xEAn c\u1EE9u",
  "nh\xE0 b\xE1o",
  "nh\xE0 th\u01A1",
  "nh\xE0 khoa h\u1ECDc",
  "nh\xE0 s\u1EED h\u1ECDc",
  "chia s\u1EBB",
  "cho bi\u1EBFt",
  "cho r\u1EB1ng",
  "ph\xE1t bi\u1EC3u",
  "tr\u1EA3 l\u1EDDi",
  "gi\u1EA3i th\xEDch",
  "b\xECnh lu\u1EADn",
  "nh\u1EA5n m\u1EA1nh",
  "kh\u1EB3ng \u0111\u1ECBnh",
  "theo",
  "t\u1EA1i",
  "trong",
  "khi",
  "v\u1EDBi",
  "v\u1EC1",
  "sau",
  "tr\u01B0\u1EDBc",
  "ng\xE0y",
  "chi\u1EC1u",
  "s\xE1ng",
  "t\u1ED1i",
  "b\xEAn c\u1EA1nh",
  "c\xF2n",
  "v\xE0",
  "nh\u01B0ng",
  "c\u1EA3",
  "c\xE1c",
  "nh\u1EEFng",
  "c\xF9ng",
  "ngo\xE0i",
  "hay",
  "ho\u1EB7c",
  "n\u1EBFu",
  "d\xF9",
  "v\xEC",
  "do"
];

// src/lexicon/org-heads.ts
var ORG_HEADS = [
  "Vi\u1EC7n",
  "Ph\xE2n vi\u1EC7n",
  "Trung t\xE2m",
  "Ban",
  "Ph\xF2ng",
  "V\u0103n ph\xF2ng",
  "S\u1EDF",
  "B\u1ED9",
  "C\u1EE5c",
  "Chi c\u1EE5c",
  "T\u1ED5ng c\u1EE5c",
  "V\u1EE5",
  "Tr\u01B0\u1EDDng",
  "\u0110\u1EA1i h\u1ECDc",
  "H\u1ECDc vi\u1EC7n",
  "Khoa",
  "B\u1ED9 m\xF4n",
  "C\xF4ng ty",
  "T\u1ED5ng c\xF4ng ty",
  "Cty",
  "T\u1EADp \u0111o\xE0n",
  "C\xF4ng \u0111o\xE0n",
  "C\u0110",
  "C\u0110CS",
  "Li\xEAn \u0111o\xE0n",
  "Li\xEAn \u0111o\xE0n Lao \u0111\u1ED9ng",
  "L\u0110L\u0110",
  "T\u1ED5ng L\u0110L\u0110",
  "T\u1ED5ng Li\xEAn \u0111o\xE0n",
  "\u0110\u1EA3ng \u1EE7y",
  "\u0110\u1EA3ng b\u1ED9",
  "Chi b\u1ED9",
  "T\u1EC9nh \u1EE7y",
  "Th\xE0nh \u1EE7y",
  "Huy\u1EC7n \u1EE7y",
  "Qu\u1EADn \u1EE7y",
  "Th\u1ECB \u1EE7y",
  "\u0110\u1EA3ng \u0111o\xE0n",
  "Ban c\xE1n s\u1EF1",
  "\u1EE6y ban",
  "\u1EE6y ban nh\xE2n d\xE2n",
  "UBND",
  "H\u0110ND",
  "H\u1ED9i \u0111\u1ED3ng",
  "H\u1ED9i \u0111\u1ED3ng nh\xE2n d\xE2n",
  "H\u1ED9i \u0111\u1ED3ng qu\u1EA3n tr\u1ECB",
  "H\u1ED9i \u0111\u1ED3ng th\xE0nh vi\xEAn",
  "H\u0110QT",
  "H\u0110TV",
  "BCH",
  "Ban Ch\u1EA5p h\xE0nh",
  "Ban Th\u01B0\u1EDDng v\u1EE5",
  "\u0110o\xE0n",
  "\u0110o\xE0n Thanh ni\xEAn",
  "Chi \u0111o\xE0n",
  "H\u1ED9i",
  "Hi\u1EC7p h\u1ED9i",
  "Li\xEAn hi\u1EC7p",
  "M\u1EB7t tr\u1EADn",
  "Ng\xE2n h\xE0ng",
  "B\u1EC7nh vi\u1EC7n",
  "T\xF2a \xE1n",
  "TAND",
  "Vi\u1EC7n ki\u1EC3m s\xE1t",
  "VKSND",
  "C\xF4ng an",
  "B\u1ED9 Ch\u1EC9 huy",
  "Qu\xE2n khu",
  "Qu\xE2n \u0111o\xE0n",
  "S\u01B0 \u0111o\xE0n",
  "Thanh tra",
  "Kho b\u1EA1c",
  "Chi nh\xE1nh",
  "Nh\xE0 m\xE1y",
  "X\xED nghi\u1EC7p",
  "H\u1EE3p t\xE1c x\xE3",
  "HTX",
  "Qu\u1EF9",
  "Th\u01B0 vi\u1EC7n",
  "B\u1EA3o t\xE0ng",
  "Nh\xE0 xu\u1EA5t b\u1EA3n",
  "B\xE1o",
  "T\u1EA1p ch\xED",
  "\u0110\xE0i",
  "Th\xF4ng t\u1EA5n x\xE3",
  "Ch\xEDnh ph\u1EE7",
  "Qu\u1ED1c h\u1ED9i",
  "B\u1ED9 Ch\xEDnh tr\u1ECB",
  "Ban B\xED th\u01B0",
  "Trung \u01B0\u01A1ng",
  "T.\u01AF",
  "TW",
  "T\u1ED5",
  "T\u1ED5 c\xF4ng t\xE1c",
  "Ti\u1EC3u ban",
  "C\xE2u l\u1EA1c b\u1ED9",
  "CLB",
  "H\xE3ng",
  "Tr\u1EA1m",
  "Ph\xE2n hi\u1EC7u",
  "K\xFD t\xFAc x\xE1",
  "Nh\xE0 v\u0103n h\xF3a",
  "C\u01A1 quan",
  "\u0110\xE0i Truy\u1EC1n h\xECnh",
  "H\u1EA1t",
  "Chi h\u1ED9i",
  "Li\xEAn chi h\u1ED9i",
  "C\u1EE5m thi \u0111ua",
  "Kh\u1ED1i thi \u0111ua"
];
var ADMIN_UNITS = [
  "t\u1EC9nh",
  "th\xE0nh ph\u1ED1",
  "TP",
  "huy\u1EC7n",
  "qu\u1EADn",
  "th\u1ECB x\xE3",
  "th\u1ECB tr\u1EA5n",
  "x\xE3",
  "ph\u01B0\u1EDDng",
  "th\xF4n",
  "\u1EA5p",
  "b\u1EA3n"
];
var PLACES = [
  "H\xE0 N\u1ED9i",
  "H\u1EA3i Ph\xF2ng",
  "\u0110\xE0 N\u1EB5ng",
  "C\u1EA7n Th\u01A1",
  "H\xE0 Giang",
  "Cao B\u1EB1ng",
  "B\u1EAFc K\u1EA1n",
  "Tuy\xEAn Quang",
  "L\xE0o Cai",
  "\u0110i\u1EC7n Bi\xEAn",
  "Lai Ch\xE2u",
  "S\u01A1n La",
  "Y\xEAn B\xE1i",
  "H\xF2a B\xECnh",
  "Th\xE1i Nguy\xEAn",
  "L\u1EA1ng S\u01A1n",
  "Qu\u1EA3ng Ninh",
  "B\u1EAFc Giang",
  "Ph\xFA Th\u1ECD",
  "V\u0129nh Ph\xFAc",
  "B\u1EAFc Ninh",
  "H\u1EA3i D\u01B0\u01A1ng",
  "H\u01B0ng Y\xEAn",
  "Th\xE1i B\xECnh",
  "H\xE0 Nam",
  "Nam \u0110\u1ECBnh",
  "Ninh B\xECnh",
  "Thanh H\xF3a",
  "Ngh\u1EC7 An",
  "H\xE0 T\u0129nh",
  "Qu\u1EA3ng B\xECnh",
  "Qu\u1EA3ng Tr\u1ECB",
  "Th\u1EEBa Thi\xEAn Hu\u1EBF",
  "Qu\u1EA3ng Nam",
  "Qu\u1EA3ng Ng\xE3i",
  "B\xECnh \u0110\u1ECBnh",
  "Ph\xFA Y\xEAn",
  "Kh\xE1nh H\xF2a",
  "Ninh Thu\u1EADn",
  "B\xECnh Thu\u1EADn",
  "Kon Tum",
  "Gia Lai",
  "\u0110\u1EAFk L\u1EAFk",
  "\u0110\u1EAFk N\xF4ng",
  "L\xE2m \u0110\u1ED3ng",
  "B\xECnh Ph\u01B0\u1EDBc",
  "T\xE2y Ninh",
  "B\xECnh D\u01B0\u01A1ng",
  "\u0110\u1ED3ng Nai",
  "B\xE0 R\u1ECBa",
  "V\u0169ng T\xE0u",
  "Long An",
  "Ti\u1EC1n Giang",
  "B\u1EBFn Tre",
  "Tr\xE0 Vinh",
  "V\u0129nh Long",
  "\u0110\u1ED3ng Th\xE1p",
  "An Giang",
  "Ki\xEAn Giang",
  "H\u1EADu Giang",
  "S\xF3c Tr\u0103ng",
  "B\u1EA1c Li\xEAu",
  "C\xE0 Mau",
  "Vi\u1EC7t Nam",
  "H\xE0 \u0110\xF4ng",
  "Ho\xE0ng Mai",
  "Long Bi\xEAn",
  "T\xE2y H\u1ED3",
  "\u0110\u1ED1ng \u0110a",
  "Ba \u0110\xECnh",
  "Ho\xE0n Ki\u1EBFm",
  "C\u1EA7u Gi\u1EA5y",
  "Thanh Xu\xE2n",
  "Hai B\xE0 Tr\u01B0ng",
  "T\u1EEB Li\xEAm",
  "Nam T\u1EEB Li\xEAm",
  "B\u1EAFc T\u1EEB Li\xEAm",
  "Gia L\xE2m",
  "\u0110\xF4ng Anh",
  "S\xF3c S\u01A1n",
  "M\xEA Linh",
  "S\u01A1n T\xE2y",
  "Th\u1EE7 \u0110\u1EE9c",
  "B\xECnh Th\u1EA1nh",
  "G\xF2 V\u1EA5p",
  "T\xE2n B\xECnh",
  "Ph\xFA Nhu\u1EADn",
  "Nha Trang",
  "\u0110\xE0 L\u1EA1t",
  "Vinh",
  "Hu\u1EBF",
  "H\u1EA1 Long",
  "Bu\xF4n Ma Thu\u1ED9t",
  "Pleiku",
  "T\xE2y Nguy\xEAn",
  "T\xE2y B\u1EAFc",
  "\u0110\xF4ng Nam B\u1ED9",
  "Nam B\u1ED9",
  "B\u1EAFc B\u1ED9",
  "Trung B\u1ED9",
  "\u0110\u1ED3ng b\u1EB1ng s\xF4ng C\u1EEDu Long",
  "Tr\u01B0\u1EDDng Sa",
  "Ho\xE0ng Sa",
  "Ph\xFA Qu\u1ED1c",
  "C\xF4n \u0110\u1EA3o",
  "C\xE1t B\xE0",
  "M\u1EF9 \u0110\xECnh",
  "H\u1ED3 G\u01B0\u01A1m",
  "H\u1ED3 T\xE2y",
  // countries and regions
  "Hoa K\u1EF3",
  "H\xE0n Qu\u1ED1c",
  "Th\xE1i Lan",
  "H\xE0 Lan",
  "Trung Qu\u1ED1c",
  "Nh\u1EADt B\u1EA3n",
  "\u1EA4n \u0110\u1ED9",
  "\u0110\xE0i Loan",
  "H\u1ED3ng K\xF4ng",
  "Tri\u1EC1u Ti\xEAn",
  "Ba Lan",
  "T\xE2y Ban Nha",
  "B\u1ED3 \u0110\xE0o Nha",
  "Th\u1EE5y \u0110i\u1EC3n",
  "Th\u1EE5y S\u0129",
  "Na Uy",
  "\u0110an M\u1EA1ch",
  "Ph\u1EA7n Lan",
  "Ai C\u1EADp",
  "Nam Phi",
  "Ch\xE2u \xC1",
  "Ch\xE2u \xC2u",
  "Ch\xE2u Phi",
  "Ch\xE2u M\u1EF9",
  "Ch\xE2u \u0110\u1EA1i D\u01B0\u01A1ng",
  "\u0110\xF4ng Nam \xC1",
  "\u0110\xF4ng \xC1",
  "Trung \u0110\xF4ng",
  "B\u1EAFc M\u1EF9",
  "M\u1EF9 Latinh",
  "Li\xEAn bang Nga",
  "L\xE0o",
  "Campuchia",
  "C\u1ED9ng h\xF2a S\xE9c",
  "Ma Cao",
  "T\xE2n T\xE2y Lan",
  "M\xF4ng C\u1ED5",
  "Hy L\u1EA1p",
  "Th\u1ED5 Nh\u0129 K\u1EF3",
  "Cu Ba",
  "\u1EA2 R\u1EADp X\xEA \xDAt",
  "Nam Tri\u1EC1u Ti\xEAn",
  "B\u1EAFc Tri\u1EC1u Ti\xEAn",
  "Mi\u1EBFn \u0110i\u1EC7n",
  "\u0110\xF4ng Timor",
  "T\xE2n Gia Ba",
  "Li\xEAn minh ch\xE2u \xC2u",
  "Li\xEAn H\u1EE3p Qu\u1ED1c",
  "Li\xEAn hi\u1EC7p qu\u1ED1c",
  "Nam M\u1EF9",
  "T\xE2y \xC2u",
  "\u0110\xF4ng \xC2u",
  "B\u1EAFc \xC2u",
  "Nam \xC1",
  "T\xE2y \xC1",
  "Trung \xC1",
  "B\u1EAFc Phi",
  "Nam Sudan",
  "B\u1EAFc Kinh",
  "Th\u01B0\u1EE3ng H\u1EA3i",
  "\u0110\xE0i B\u1EAFc",
  "Bi\u1EC3n \u0110\xF4ng",
  "Th\xE1i B\xECnh D\u01B0\u01A1ng",
  "\u0110\u1EA1i T\xE2y D\u01B0\u01A1ng",
  "\u1EA4n \u0110\u1ED9 D\u01B0\u01A1ng",
  "V\u1ECBnh B\u1EAFc B\u1ED9",
  "B\u1EAFc Trung B\u1ED9",
  "Nam Trung B\u1ED9",
  "T\xE2y Nam B\u1ED9",
  "Duy\xEAn h\u1EA3i Nam Trung B\u1ED9",
  "\u0110i\u1EC7n Bi\xEAn Ph\u1EE7",
  "Anh Qu\u1ED1c",
  // cities and towns whose first syllable is also a family name, and economic zones
  "U\xF4ng B\xED",
  "C\u1EA9m Ph\u1EA3",
  "M\xF3ng C\xE1i",
  "\u0110\xF4ng Tri\u1EC1u",
  "T\u1EEB S\u01A1n",
  "Ch\xED Linh",
  "Kinh M\xF4n",
  "S\u1EA7m S\u01A1n",
  "B\u1EC9m S\u01A1n",
  "C\u1EEDa L\xF2",
  "H\u1ED3ng L\u0129nh",
  "K\u1EF3 Anh",
  "\u0110\u1ED3ng H\u1EDBi",
  "Ba \u0110\u1ED3n",
  "\u0110\xF4ng H\xE0",
  "H\u01B0\u01A1ng Th\u1EE7y",
  "H\u01B0\u01A1ng Tr\xE0",
  "H\u1ED9i An",
  "Tam K\u1EF3",
  "\u0110i\u1EC7n B\xE0n",
  "Quy Nh\u01A1n",
  "An Nh\u01A1n",
  "Tuy H\xF2a",
  "Cam Ranh",
  "Phan Rang",
  "Phan Thi\u1EBFt",
  "La Gi",
  "An Kh\xEA",
  "B\u1EA3o L\u1ED9c",
  "\u0110\u1ED3ng Xo\xE0i",
  "Th\u1EE7 D\u1EA7u M\u1ED9t",
  "D\u0129 An",
  "Thu\u1EADn An",
  "Bi\xEAn H\xF2a",
  "Long Kh\xE1nh",
  "T\xE2n An",
  "M\u1EF9 Tho",
  "G\xF2 C\xF4ng",
  "Cao L\xE3nh",
  "Sa \u0110\xE9c",
  "H\u1ED3ng Ng\u1EF1",
  "Long Xuy\xEAn",
  "Ch\xE2u \u0110\u1ED1c",
  "R\u1EA1ch Gi\xE1",
  "H\xE0 Ti\xEAn",
  "V\u1ECB Thanh",
  "Ng\xE3 B\u1EA3y",
  "Vi\u1EC7t Tr\xEC",
  "V\u0129nh Y\xEAn",
  "Ph\xFAc Y\xEAn",
  "Ngh\u0129a L\u1ED9",
  "Sa Pa",
  "S\xF4ng C\xF4ng",
  "Ph\u1ED5 Y\xEAn",
  "M\u1EF9 H\xE0o",
  "Ph\u1EE7 L\xFD",
  "Tam \u0110i\u1EC7p",
  "Chu Lai",
  "Dung Qu\u1EA5t",
  "V\u0169ng \xC1ng",
  "Nghi S\u01A1n",
  "L\u1EA1ch Huy\u1EC7n",
  "C\xE1i M\xE9p"
];
var ORG_STOP_WORDS = [
  "cho bi\u1EBFt",
  "cho hay",
  "cho r\u1EB1ng",
  "ph\xE1t bi\u1EC3u",
  "nh\u1EA5n m\u1EA1nh",
  "kh\u1EB3ng \u0111\u1ECBnh",
  "\u0111\u1EC1 ngh\u1ECB",
  "y\xEAu c\u1EA7u",
  "ch\u1EE7 tr\xEC",
  "\u0111\u1ED3ng ch\u1EE7 tr\xEC",
  "tham d\u1EF1",
  "d\u1EF1",
  "\u0111\xE3",
  "\u0111ang",
  "s\u1EBD",
  "v\u1EEBa",
  "c\u0169ng",
  "\u0111\u01B0\u1EE3c",
  "b\u1ECB",
  "l\xE0",
  "c\xF3",
  "\u0111\u1EBFn",
  "t\u1EDBi",
  "trao",
  "t\u1EB7ng",
  "nh\u1EADn",
  "ch\xFAc m\u1EEBng",
  "ghi nh\u1EADn",
  "n\xEAu",
  "b\xE1o c\xE1o",
  "tr\xECnh b\xE0y",
  "ch\u1EC9 \u0111\u1EA1o",
  "th\u0103m",
  "l\xE0m vi\u1EC7c",
  "l\u01B0u \xFD",
  "\u0111\xE1nh gi\xE1",
  "chia s\u1EBB",
  "b\xE0y t\u1ECF",
  "ki\xEAm",
  "n\xF3i",
  "th\xF4ng tin",
  "gi\u1EA3i th\xEDch",
  "thay m\u1EB7t",
  "\u0111\u1ED3ng th\u1EDDi",
  "khi",
  "nh\u01B0",
  "tr\u1EF1c ti\u1EBFp",
  "g\u1ED3m",
  "v\u1EDBi",
  "c\xF9ng",
  "v\xE0",
  "ho\u1EB7c",
  "\u0111\u1EC3",
  "theo",
  "v\u1EC1",
  "trong",
  "c\u1EE7a",
  "cho",
  "t\u1EEB",
  "\u0111\xF3",
  "n\xE0y",
  "th\xEC",
  "m\xE0",
  "nh\u01B0ng",
  "k\xFD",
  "\u0111i\u1EC1u h\xE0nh",
  "mong mu\u1ED1n",
  "k\xEAu g\u1ECDi",
  "tr\u1EA3 l\u1EDDi",
  "ti\u1EBFp",
  "khai m\u1EA1c",
  "b\u1EBF m\u1EA1c",
  "ph\xE1t \u0111\u1ED9ng",
  "qu\xE1n tri\u1EC7t",
  "ch\xFAc",
  "\u0111\u1ED9ng vi\xEAn",
  "bi\u1EC3u d\u01B0\u01A1ng",
  "nh\u1EADn \u0111\u1ECBnh",
  "mong",
  "hy v\u1ECDng",
  "\u0111\u1EB7t",
  "trao \u0111\u1ED5i",
  "gi\u1EDBi thi\u1EC7u",
  "\u0111\u1ECDc",
  "c\xF4ng b\u1ED1",
  "c\u0169ng nh\u01B0",
  "\xF4ng",
  "b\xE0",
  "\u0111\u1ED3ng ch\xED",
  "ti\u1EBFp thu",
  "\u0111\u1EC1 xu\u1EA5t",
  "ki\u1EBFn ngh\u1ECB",
  "th\u1EEBa nh\u1EADn",
  "tuy\xEAn b\u1ED1",
  "l\xEAn",
  "xu\u1ED1ng",
  "ra",
  "v\xE0o",
  "sau",
  "tr\u01B0\u1EDBc",
  "nhi\u1EC7m k\u1EF3",
  "kh\xF3a",
  "n\u0103m",
  "ng\xE0y",
  "th\xE1ng",
  "l\u1EA7n",
  "\u0111\xE1nh gi\xE1 cao",
  "h\u01B0\u1EDBng d\u1EABn",
  "nh\u1EAFc",
  "khen",
  "\u1EE7ng h\u1ED9",
  "c\u1EA3m \u01A1n",
  "tin t\u01B0\u1EDFng",
  "hoan ngh\xEAnh",
  "g\u1EEDi",
  "l\u1EA1i",
  "r\u1EA5t",
  "lu\xF4n",
  "ng\u01B0\u1EDDi",
  "\u0111i",
  "v\xEC",
  "t\xE1n th\xE0nh",
  "\u0111\u1ED3ng \xFD",
  "giao",
  "ph\u1EE5 tr\xE1ch",
  "ki\u1EC3m tra",
  "ban h\xE0nh",
  "th\xF4ng b\xE1o",
  "c\u1EA3nh b\xE1o",
  "d\u1EABn",
  "sinh",
  "tu\u1ED5i",
  "tr\xFA",
  "qu\xEA",
  "k\u1EBFt lu\u1EADn",
  "s\u1EDF h\u1EEFu",
  "d\xE0nh",
  "ch\u1EE5p",
  "gi\u1EEF ch\u1EE9c",
  "th\xF4i gi\u1EEF",
  "l\xE0m ch\u1EE7 t\u1ECBch",
  "\u0111\u1EA1t",
  "gi\xE0nh",
  "t\u1ED5 ch\u1EE9c",
  "th\u1EF1c hi\u1EC7n",
  "tri\u1EC3n khai",
  "ho\xE0n th\xE0nh",
  "ti\u1EBFn h\xE0nh",
  "ph\u1ED1i h\u1EE3p",
  "c\xF4ng nh\u1EADn",
  "ph\xEA duy\u1EC7t",
  "x\xE2y d\u1EF1ng",
  "t\u0103ng",
  "gi\u1EA3m",
  "nh\u1EB1m",
  "tham gia",
  "\u0111\xF3n",
  "ti\u1EBFp nh\u1EADn",
  "b\xE0n giao",
  "k\xFD k\u1EBFt",
  "h\u1ED7 tr\u1EE3",
  "cam k\u1EBFt",
  "x\xE1c \u0111\u1ECBnh",
  "\u0111\u1EC1 ra",
  "chu\u1EA9n b\u1ECB",
  "l\u1EAFng nghe",
  "tuy\xEAn d\u01B0\u01A1ng",
  "khen th\u01B0\u1EDFng",
  "v\u01B0\u1EE3t",
  "n\u1ED9p",
  "thu",
  "chi",
  "b\u1ED1 tr\xED",
  "xin",
  "mu\u1ED1n",
  "c\u1EA7n",
  "ph\u1EA3i",
  "n\xEAn",
  "h\xE3y",
  "kh\xF4ng",
  "ch\u01B0a",
  "v\u1EABn",
  "c\xF2n",
  // prepositions and verbs that start the rest of the clause ("Vụ X thuộc Tổng cục Y" → "Vụ X")
  "thu\u1ED9c",
  "b\u1EB1ng",
  "\u0111\u01B0a",
  "\u0111\u01B0a ra",
  "tr\u01B0\u1EDBc khi",
  "sau khi",
  "\u0111\u1ED1i v\u1EDBi",
  "v\u1EC1 vi\u1EC7c",
  "tr\u1EDF th\xE0nh",
  "ra m\u1EAFt",
  "tr\u1EF1c thu\u1ED9c"
];
var NOT_PERSON_BEFORE = [
  "\u0111\u01B0\u1EDDng",
  "ph\u1ED1",
  "s\u1ED1",
  "tr\u01B0\u1EDDng",
  "THPT",
  "THCS",
  "ti\u1EC3u h\u1ECDc",
  "trung h\u1ECDc",
  "\u0111\u1EA1i h\u1ECDc",
  "h\u1ECDc vi\u1EC7n",
  "gi\u1EA3i",
  "gi\u1EA3i th\u01B0\u1EDFng",
  "qu\u1EF9",
  "c\u1EA7u",
  "l\u0103ng",
  "b\u1EA3o t\xE0ng",
  "t\u01B0 t\u01B0\u1EDFng",
  "phong c\xE1ch",
  "\u0111\u1EA1o \u0111\u1EE9c",
  "t\u1EA5m g\u01B0\u01A1ng",
  "qu\u1EADn",
  "huy\u1EC7n",
  "ph\u01B0\u1EDDng",
  "x\xE3",
  "t\u1EC9nh",
  "th\xE0nh ph\u1ED1",
  "TP",
  "th\u1ECB x\xE3",
  "th\u1ECB tr\u1EA5n",
  "l\xE0ng",
  "th\xF4n",
  "\u1EA5p",
  "khu",
  "ch\xF9a",
  "\u0111\u1EC1n",
  "t\xE0u",
  "s\xE2n bay",
  "c\xF4ng vi\xEAn",
  "h\u1ED3",
  "s\xF4ng",
  "n\xFAi",
  "\u0111\u1EA3o",
  "b\u1EBFn",
  "ch\u1EE3",
  "b\u1EC7nh vi\u1EC7n",
  "ng\xF5",
  "h\u1EBBm",
  "\u0111\u1EA1i l\u1ED9",
  "nh\xE0 v\u0103n h\xF3a",
  "khu di t\xEDch",
  "di t\xEDch",
  "hu\xE2n ch\u01B0\u01A1ng",
  "c\xFAp",
  "mang t\xEAn",
  "s\u01B0 \u0111o\xE0n",
  "trung \u0111o\xE0n",
  "tr\u1EA1m",
  "t\u01B0\u1EE3ng",
  "t\u01B0\u1EE3ng \u0111\xE0i",
  "C\u1ED9ng s\u1EA3n",
  "\u0110o\xE0n TNCS",
  "Thanh ni\xEAn C\u1ED9ng s\u1EA3n",
  "k\xFD t\xFAc x\xE1",
  "h\u1ECDc b\u1ED5ng",
  "ch\u01B0\u01A1ng tr\xECnh",
  "d\u1EF1 \xE1n",
  "c\xF4ng ty",
  "t\u1EADp \u0111o\xE0n",
  "Cty",
  "b\u1EA3n",
  "m\u1EA7m non",
  "THPT chuy\xEAn",
  "tr\u01B0\u1EDDng chuy\xEAn",
  "B\xE1c",
  "TX",
  "KCN",
  "khu kinh t\u1EBF",
  "khu ph\u1EE9c h\u1EE3p"
];
var FIXED_NAMES = [
  "H\u1ED3 Ch\xED Minh",
  // historical figures whose names are above all street, school and place names
  "Nguy\u1EC5n V\u0103n Tr\u1ED7i",
  "Nguy\u1EC5n Th\u1ECB Minh Khai",
  "V\xF5 Th\u1ECB S\xE1u",
  "Tr\u1EA7n H\u01B0ng \u0110\u1EA1o",
  "L\xFD Th\u01B0\u1EDDng Ki\u1EC7t",
  "Nguy\u1EC5n Tr\xE3i",
  "Tr\u1EA7n Ph\xFA",
  "L\xEA H\u1ED3ng Phong",
  "Phan Chu Trinh",
  "Phan B\u1ED9i Ch\xE2u",
  "Nguy\u1EC5n Th\xE1i H\u1ECDc",
  "Ho\xE0ng V\u0103n Th\u1EE5",
  "Nguy\u1EC5n \u0110\xECnh Chi\u1EC3u",
  "L\xEA Th\xE1nh T\xF4ng",
  "Tr\u1EA7n Qu\u1ED1c To\u1EA3n",
  "\u0110inh Ti\xEAn Ho\xE0ng",
  "L\xFD Th\xE1i T\u1ED5",
  "L\xFD T\u1EF1 Tr\u1ECDng",
  "Tr\u1EA7n Quang Kh\u1EA3i",
  "Nguy\u1EC5n Tri Ph\u01B0\u01A1ng",
  "Ph\u1EA1m Ng\u0169 L\xE3o",
  "V\xF5 V\u0103n T\u1EA7n",
  "Nguy\u1EC5n V\u0103n C\u1EEB",
  "Tr\u1EA7n Qu\u1ED1c Tu\u1EA5n",
  "Nguy\u1EC5n B\u1EC9nh Khi\xEAm",
  "Nguy\u1EC5n C\xF4ng Tr\u1EE9",
  "Ph\u1EA1m Ng\u1ECDc Th\u1EA1ch"
];
var FIXED_CITY_NAMES = ["H\u1ED3 Ch\xED Minh"];
var FOREIGN_ORG_WORDS = [
  "Group",
  "Bank",
  "Air",
  "Airlines",
  "Airways",
  "Inc",
  "Corp",
  "Corporation",
  "Company",
  "Co",
  "Ltd",
  "Limited",
  "LLC",
  "Holdings",
  "Capital",
  "Motors",
  "Electronics",
  "Energy",
  "Petroleum",
  "Oil",
  "Gas",
  "Pay",
  "Watch",
  "Phone",
  "Galaxy",
  "Store",
  "Plus",
  "Pro",
  "Max",
  "Foundation",
  "University",
  "Institute",
  "Association",
  "Council",
  "Fund",
  "Club",
  "FC",
  "United",
  "City",
  "Agency",
  "Times",
  "News",
  "Post",
  "Journal",
  "Television",
  "TV",
  "Entertainment",
  "Studios",
  "Pictures",
  "Media",
  "Technologies",
  "Tech",
  "Software",
  "Systems",
  "Solutions",
  "Industries",
  "International",
  "Global",
  "Vina",
  "Mobile",
  "Network",
  "Airport",
  "Hotel",
  "Resort",
  "Center",
  "Centre",
  "Mall",
  "Street",
  "Avenue",
  "Road",
  "Square",
  "Tower",
  "Building",
  "Bridge",
  "Festival",
  "Awards",
  "Cup",
  "League",
  "Championship",
  "Games",
  "Online",
  "Securities",
  "Insurance",
  "Life",
  "Pharma",
  "Foods",
  "Beverage",
  "Logistics",
  "Express",
  "Cement",
  "Steel",
  "Land",
  "Real",
  "Estate",
  "Invest",
  "Investment",
  "Partners",
  "Ventures",
  "Labs",
  "Digital",
  "Cloud",
  "Data",
  "Edition",
  "Series",
  "Model",
  "Version",
  "Of",
  "The",
  "Home",
  "House",
  "Garden",
  "Village",
  "Mart",
  "Shop"
];
var COUNTRY_WORDS = ["M\u1EF9", "Nga", "Ph\xE1p", "\u0110\u1EE9c", "Anh", "\xDAc", "\xDD", "Nh\u1EADt", "L\xE0o", "H\xE0n", "Trung", "\u1EA4n", "B\u1EC9", "S\xE9c", "Canada", "Italy", "Libya", "Israel", "Iran", "Iraq", "Syria", "Ukraine", "Brazil", "Argentina", "Mexico", "Chile", "Peru", "Philippines", "Indonesia", "Malaysia", "Singapore", "Myanmar", "Pakistan", "Afghanistan", "Qatar", "Kuwait", "Cuba", "Venezuela", "Colombia", "Nigeria", "Kenya", "Ethiopia", "Honduras", "Guatemala", "Ecuador", "Bolivia", "Panama", "Jamaica", "Haiti", "Nepal", "Bhutan", "Bangladesh"];

// src/lexicon/honorifics.ts
var h = (form, canonical, kind) => ({ form, canonical, kind });
var HONORIFICS = [
  // degrees and academic titles, abbreviated
  h("GS", "GS", "degree"),
  h("PGS", "PGS", "degree"),
  h("TS", "TS", "degree"),
  h("TSKH", "TSKH", "degree"),
  h("ThS", "ThS", "degree"),
  h("KS", "KS", "degree"),
  h("CN", "CN", "degree"),
  h("BS", "BS", "degree"),
  h("NCS", "NCS", "degree"),
  h("VS", "VS", "degree"),
  h("DS", "DS", "degree"),
  h("LS", "LS", "degree"),
  h("KTS", "KTS", "degree"),
  h("SV", "SV", "degree"),
  h("BSCKI", "BSCKI", "degree"),
  h("BSCKII", "BSCKII", "degree"),
  h("TTND", "TTND", "honour"),
  h("TT\u01AFT", "TT\u01AFT", "honour"),
  // written in full
  h("Gi\xE1o s\u01B0", "GS", "degree"),
  h("Ph\xF3 Gi\xE1o s\u01B0", "PGS", "degree"),
  h("Ti\u1EBFn s\u0129", "TS", "degree"),
  h("Ti\u1EBFn s\u0129 khoa h\u1ECDc", "TSKH", "degree"),
  h("Th\u1EA1c s\u0129", "ThS", "degree"),
  h("K\u1EF9 s\u01B0", "KS", "degree"),
  h("B\xE1c s\u0129", "BS", "degree"),
  h("Nghi\xEAn c\u1EE9u sinh", "NCS", "degree"),
  h("Vi\u1EC7n s\u0129", "VS", "degree"),
  h("Lu\u1EADt s\u01B0", "LS", "degree"),
  h("Ki\u1EBFn tr\xFAc s\u01B0", "KTS", "degree"),
  h("D\u01B0\u1EE3c s\u0129", "DS", "degree"),
  // state honours
  h("NGND", "NGND", "honour"),
  h("NG\u01AFT", "NG\u01AFT", "honour"),
  h("NSND", "NSND", "honour"),
  h("NS\u01AFT", "NS\u01AFT", "honour"),
  h("AHL\u0110", "AHL\u0110", "honour"),
  h("AHLLVT", "AHLLVT", "honour"),
  h("Nh\xE0 gi\xE1o Nh\xE2n d\xE2n", "NGND", "honour"),
  h("Nh\xE0 gi\xE1o \u01AFu t\xFA", "NG\u01AFT", "honour"),
  h("Ngh\u1EC7 s\u0129 Nh\xE2n d\xE2n", "NSND", "honour"),
  h("Ngh\u1EC7 s\u0129 \u01AFu t\xFA", "NS\u01AFT", "honour"),
  h("Anh h\xF9ng Lao \u0111\u1ED9ng", "AHL\u0110", "honour"),
  h("Th\u1EA7y thu\u1ED1c Nh\xE2n d\xE2n", "TTND", "honour"),
  h("Th\u1EA7y thu\u1ED1c \u01AFu t\xFA", "TT\u01AFT", "honour"),
  // military and police ranks
  h("\u0110\u1EA1i t\u01B0\u1EDBng", "\u0110\u1EA1i t\u01B0\u1EDBng", "rank"),
  h("Th\u01B0\u1EE3ng t\u01B0\u1EDBng", "Th\u01B0\u1EE3ng t\u01B0\u1EDBng", "rank"),
  h("Trung t\u01B0\u1EDBng", "Trung t\u01B0\u1EDBng", "rank"),
  h("Thi\u1EBFu t\u01B0\u1EDBng", "Thi\u1EBFu t\u01B0\u1EDBng", "rank"),
  h("\u0110\u1EA1i t\xE1", "\u0110\u1EA1i t\xE1", "rank"),
  h("Th\u01B0\u1EE3ng t\xE1", "Th\u01B0\u1EE3ng t\xE1", "rank"),
  h("Trung t\xE1", "Trung t\xE1", "rank"),
  h("Thi\u1EBFu t\xE1", "Thi\u1EBFu t\xE1", "rank"),
  h("\u0110\u1EA1i \xFAy", "\u0110\u1EA1i \xFAy", "rank"),
  h("Th\u01B0\u1EE3ng \xFAy", "Th\u01B0\u1EE3ng \xFAy", "rank"),
  h("Trung \xFAy", "Trung \xFAy", "rank"),
  h("Thi\u1EBFu \xFAy", "Thi\u1EBFu \xFAy", "rank"),
  h("\u0110\xF4 \u0111\u1ED1c", "\u0110\xF4 \u0111\u1ED1c", "rank"),
  h("Ph\xF3 \u0110\xF4 \u0111\u1ED1c", "Ph\xF3 \u0110\xF4 \u0111\u1ED1c", "rank"),
  h("Chu\u1EA9n \u0110\xF4 \u0111\u1ED1c", "Chu\u1EA9n \u0110\xF4 \u0111\u1ED1c", "rank"),
  // forms of address
  h("\xD4ng", "\xD4ng", "address"),
  h("B\xE0", "B\xE0", "address"),
  h("Anh", "Anh", "address"),
  h("Ch\u1ECB", "Ch\u1ECB", "address"),
  h("Em", "Em", "address"),
  h("C\xF4", "C\xF4", "address"),
  h("Th\u1EA7y", "Th\u1EA7y", "address"),
  h("\u0110\u1ED3ng ch\xED", "\u0110\u1ED3ng ch\xED", "address"),
  h("\u0111/c", "\u0110\u1ED3ng ch\xED", "address"),
  h("\u0110.c", "\u0110\u1ED3ng ch\xED", "address")
];
var PLURAL_HONORIFICS = [
  h("c\xE1c \u0111\u1ED3ng ch\xED", "\u0110\u1ED3ng ch\xED", "address"),
  h("c\xE1c \u0111/c", "\u0110\u1ED3ng ch\xED", "address"),
  h("c\xE1c \xF4ng", "\xD4ng", "address"),
  h("c\xE1c b\xE0", "B\xE0", "address"),
  h("hai nghi\xEAn c\u1EE9u sinh", "NCS", "degree"),
  h("c\xE1c nghi\xEAn c\u1EE9u sinh", "NCS", "degree")
];

// src/lexicon/titles.ts
var TITLES = [
  "Ch\u1EE7 t\u1ECBch",
  "Ch\u1EE7 t\u1ECBch n\u01B0\u1EDBc",
  "Gi\xE1m \u0111\u1ED1c",
  "T\u1ED5ng Gi\xE1m \u0111\u1ED1c",
  "B\xED th\u01B0",
  "T\u1ED5ng B\xED th\u01B0",
  "B\xED th\u01B0 th\u1EE9 nh\u1EA5t",
  "B\u1ED9 tr\u01B0\u1EDFng",
  "Th\u1EE9 tr\u01B0\u1EDFng",
  "Th\u1EE7 t\u01B0\u1EDBng",
  "Vi\u1EC7n tr\u01B0\u1EDFng",
  "Hi\u1EC7u tr\u01B0\u1EDFng",
  "Hi\u1EC7u ph\xF3",
  "Tr\u01B0\u1EDFng ban",
  "Tr\u01B0\u1EDFng ph\xF2ng",
  "Tr\u01B0\u1EDFng khoa",
  "Tr\u01B0\u1EDFng b\u1ED9 m\xF4n",
  "Tr\u01B0\u1EDFng \u0111\u1EA1i di\u1EC7n",
  "Tr\u01B0\u1EDFng \u0111o\xE0n",
  "Tr\u01B0\u1EDFng tr\u1EA1m",
  "Tr\u01B0\u1EDFng v\u0103n ph\xF2ng",
  "Tr\u01B0\u1EDFng ph\xE2n vi\u1EC7n",
  "Tr\u01B0\u1EDFng ti\u1EC3u ban",
  "C\u1EE5c tr\u01B0\u1EDFng",
  "Chi c\u1EE5c tr\u01B0\u1EDFng",
  "V\u1EE5 tr\u01B0\u1EDFng",
  "T\u1ED5ng c\u1EE5c tr\u01B0\u1EDFng",
  "Ch\xE1nh V\u0103n ph\xF2ng",
  "Ch\xE1nh Thanh tra",
  "Ch\xE1nh \xE1n",
  "T\u1ED5ng Thanh tra",
  "Ch\u1EE7 nhi\u1EC7m",
  "\u1EE6y vi\xEAn",
  "Th\xE0nh vi\xEAn",
  "\u0110\u1EA1i di\u1EC7n",
  "T\u1ED5ng Tham m\u01B0u tr\u01B0\u1EDFng",
  "Tham m\u01B0u tr\u01B0\u1EDFng",
  "Ch\xEDnh \u1EE7y",
  "T\u01B0 l\u1EC7nh",
  "Qu\u1ED1c v\u1EE5 khanh",
  "T\u1ED5 tr\u01B0\u1EDFng",
  "T\u1ED5 ph\xF3",
  "Ki\u1EC3m so\xE1t vi\xEAn",
  "Th\u01B0 k\xFD",
  "T\u1ED5ng Th\u01B0 k\xFD",
  "Gi\u1EA3ng vi\xEAn",
  "Gi\u1EA3ng vi\xEAn ch\xEDnh",
  "Gi\u1EA3ng vi\xEAn cao c\u1EA5p",
  "\u0110\u1EA3ng \u1EE7y vi\xEAn",
  "Th\xE0nh \u1EE7y vi\xEAn",
  "T\u1EC9nh \u1EE7y vi\xEAn",
  "Huy\u1EC7n \u1EE7y vi\xEAn",
  "Qu\u1EADn \u1EE7y vi\xEAn",
  "Th\u1EA9m ph\xE1n",
  "Ki\u1EC3m s\xE1t vi\xEAn",
  "Th\u01B0\u1EDDng tr\u1EF1c",
  "T\u1ED5ng bi\xEAn t\u1EADp",
  "Ng\u01B0\u1EDDi ph\xE1t ng\xF4n",
  "Tr\u1EE3 l\xFD",
  "Tr\u01B0\u1EDFng th\xF4n",
  "Tr\u01B0\u1EDFng \u1EA5p",
  "Tr\u01B0\u1EDFng b\u1EA3n",
  "\u0110\u1EA1i s\u1EE9",
  "T\u1ED5ng L\xE3nh s\u1EF1",
  "L\xE3nh s\u1EF1",
  "T\u1ED5ng th\u1ED1ng",
  "Ph\xF3 T\u1ED5ng th\u1ED1ng",
  "Th\u1ED1ng \u0111\u1ED1c",
  "K\u1EBF to\xE1n tr\u01B0\u1EDFng",
  "Tr\u01B0\u1EDFng C\xF4ng an",
  "Ch\u1EC9 huy tr\u01B0\u1EDFng",
  "\u0110o\xE0n tr\u01B0\u1EDFng",
  "S\u01B0 \u0111o\xE0n tr\u01B0\u1EDFng",
  "Trung \u0111o\xE0n tr\u01B0\u1EDFng",
  "L\u1EEF \u0111o\xE0n tr\u01B0\u1EDFng",
  "Hi\u1EC7u tr\u01B0\u1EDFng danh d\u1EF1",
  "Ch\u1EE7 t\u1ECBch danh d\u1EF1",
  "Gi\xE1m \u0111\u1ED1c \u0111i\u1EC1u h\xE0nh",
  // local officials abroad and party cell members
  "Huy\u1EC7n tr\u01B0\u1EDFng",
  "Qu\u1EADn tr\u01B0\u1EDFng",
  "Th\u1ECB tr\u01B0\u1EDFng",
  "T\u1EC9nh tr\u01B0\u1EDFng",
  "Chi \u1EE7y vi\xEAn",
  // heads of emulation clusters and blocks, teams
  "C\u1EE5m tr\u01B0\u1EDFng",
  "Kh\u1ED1i tr\u01B0\u1EDFng",
  "\u0110\u1ED9i tr\u01B0\u1EDFng"
];
var TITLE_ABBREVIATIONS = {
  PTT: "Ph\xF3 Th\u1EE7 t\u01B0\u1EDBng",
  TTg: "Th\u1EE7 t\u01B0\u1EDBng",
  PCT: "Ph\xF3 Ch\u1EE7 t\u1ECBch",
  HT: "Hi\u1EC7u tr\u01B0\u1EDFng",
  PHT: "Ph\xF3 Hi\u1EC7u tr\u01B0\u1EDFng",
  G\u0110: "Gi\xE1m \u0111\u1ED1c",
  PG\u0110: "Ph\xF3 Gi\xE1m \u0111\u1ED1c",
  TG\u0110: "T\u1ED5ng Gi\xE1m \u0111\u1ED1c",
  "P.TG\u0110": "Ph\xF3 T\u1ED5ng Gi\xE1m \u0111\u1ED1c",
  PBT: "Ph\xF3 B\xED th\u01B0",
  GV: "Gi\u1EA3ng vi\xEAn",
  GVC: "Gi\u1EA3ng vi\xEAn ch\xEDnh",
  GVCC: "Gi\u1EA3ng vi\xEAn cao c\u1EA5p"
};
var TITLE_PREFIXES = ["nguy\xEAn", "quy\u1EC1n", "Q.", "t\xE2n", "c\u1EF1u"];
var DROPPED_PREFIXES = ["t\xE2n"];
var TITLE_SUFFIXES = ["th\u01B0\u1EDDng tr\u1EF1c", "ph\u1EE5 tr\xE1ch", "th\u01B0\u1EDDng v\u1EE5", "trung c\u1EA5p", "cao c\u1EA5p", "s\u01A1 c\u1EA5p"];
var SHARED_HEADS = {
  ban: "Ban",
  ph\u00F2ng: "Ph\xF2ng",
  khoa: "Khoa",
  "thanh tra": "Thanh tra",
  "v\u0103n ph\xF2ng": "V\u0103n ph\xF2ng",
  "b\u1ED9 m\xF4n": "B\u1ED9 m\xF4n",
  tr\u1EA1m: "Tr\u1EA1m",
  "ph\xE2n vi\u1EC7n": "Ph\xE2n vi\u1EC7n",
  "ti\u1EC3u ban": "Ti\u1EC3u ban",
  "c\xF4ng an": "C\xF4ng an"
};
var PERSON_ROLES = [
  "t\u1ED5ng th\u1ED1ng",
  "th\u1EE7 t\u01B0\u1EDBng",
  "ngo\u1EA1i tr\u01B0\u1EDFng",
  "qu\u1ED1c v\u01B0\u01A1ng",
  "nh\xE0 vua",
  "n\u1EEF ho\xE0ng",
  "ho\xE0ng t\u1EED",
  "c\xF4ng ch\xFAa",
  "gi\xE1o ho\xE0ng",
  "\u0111\u1EA1o di\u1EC5n",
  "di\u1EC5n vi\xEAn",
  "nam di\u1EC5n vi\xEAn",
  "n\u1EEF di\u1EC5n vi\xEAn",
  "t\xE0i t\u1EED",
  "minh tinh",
  "ca s\u0129",
  "nh\u1EA1c s\u0129",
  "nh\xE0 v\u0103n",
  "nh\xE0 th\u01A1",
  "HLV",
  "hu\u1EA5n luy\u1EC7n vi\xEAn",
  "c\u1EA7u th\u1EE7",
  "ti\u1EC1n \u0111\u1EA1o",
  "ti\u1EC1n v\u1EC7",
  "h\u1EADu v\u1EC7",
  "th\u1EE7 m\xF4n",
  "danh th\u1EE7",
  "v\u1EADn \u0111\u1ED9ng vi\xEAn",
  "V\u0110V",
  "tay v\u1EE3t",
  "v\xF5 s\u0129",
  "k\u1EF3 th\u1EE7",
  "t\u1EF7 ph\xFA",
  "doanh nh\xE2n",
  "phu nh\xE2n",
  "nh\xE0 s\xE1ng l\u1EADp",
  "CEO",
  "ch\xEDnh tr\u1ECB gia",
  "nh\xE0 khoa h\u1ECDc",
  "ngh\u1EC7 s\u0129",
  "ng\u01B0\u1EDDi m\u1EABu",
  "nh\xE0 b\xE1o",
  "ng\u01B0\u1EDDi ph\xE1t ng\xF4n",
  "n\u1EEF ch\xEDnh",
  "nam ch\xEDnh",
  "\u1EE9ng vi\xEAn",
  "th\u01B0\u1EE3ng ngh\u1ECB s\u0129",
  "ngh\u1ECB s\u0129",
  "h\u1EA1 ngh\u1ECB s\u0129"
];
var SPEECH_VERBS = [
  "cho bi\u1EBFt",
  "cho hay",
  "n\xF3i",
  "ph\xE1t bi\u1EC3u",
  "kh\u1EB3ng \u0111\u1ECBnh",
  "nh\u1EA5n m\u1EA1nh",
  "tuy\xEAn b\u1ED1",
  "chia s\u1EBB",
  "b\xE0y t\u1ECF",
  "nh\u1EADn \u0111\u1ECBnh",
  "cho r\u1EB1ng",
  "th\u1EEBa nh\u1EADn",
  "ti\u1EBFt l\u1ED9"
];

// src/recognize/name.ts
var NOT_BEFORE = new PhraseSet(NOT_PERSON_BEFORE);
function negativeBefore(key, p, admin = true) {
  let e = p;
  while (e > 0 && p - e < 12 && /[\s.\d]/u.test(key[e - 1])) e--;
  if (e === p) return false;
  if (admin && /\d\s{0,2}$/.test(key.slice(Math.max(0, p - 3), p)) && !/\d[/.,]\d*\s{0,2}$/.test(key.slice(Math.max(0, p - 6), p))) return true;
  const b = phraseBefore(key, e, NOT_BEFORE);
  return b >= 0 && (admin || !ADMIN.has(key.slice(b, e).replace(/\s+/g, " ")));
}
var ADMIN = new Set(ADMIN_UNITS.map((a) => fold(a)));
var SURNAME = new Set(SURNAMES.map((s) => s.toLowerCase()));
var WEAK = new Set(WEAK_SURNAMES.map((s) => s.toLowerCase()));
var PLACE = new Set(PLACES.map((s) => fold(s)));
var FIXED = new Set(FIXED_NAMES.map((s) => fold(s)));
var FIRST_WORDS = new Set([...PLACE, ...FIXED].map((p) => p.split(" ")[0]));
var COUNTRY = new Set(COUNTRY_WORDS);
var FOREIGN_WORD = new RegExp("^\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*$", "u");
var FOREIGN_ORG = new Set(FOREIGN_ORG_WORDS);
var MAX_PLACE = Math.max(...[...PLACES, ...FIXED_NAMES].map((p) => p.split(" ").length));
var ORG_WORD = new Set(ORG_HEADS.filter((h2) => !h2.includes(" ")).map((h2) => fold(h2)));
var HONORIFIC_WORD = new Set(HONORIFICS.filter((h2) => !h2.form.includes(" ")).map((h2) => fold(h2.form)));
named("person.run", new RegExp("\\p{Lu}(?<![\\p{L}\\p{M}\\p{N}]-?[^])[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*(?: \\p{Lu}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*)+", "gu"));
var ASTRAL = /* @__PURE__ */ new Map();
var astralClass = (cp) => {
  let f = ASTRAL.get(cp);
  if (f === void 0) ASTRAL.set(cp, f = classOf(String.fromCodePoint(cp)));
  return f;
};
var isHigh = (c) => c >= 55296 && c <= 56319;
var isLow = (c) => c >= 56320 && c <= 57343;
var width = 1;
function classAt(s, i) {
  const c = s.charCodeAt(i);
  width = 1;
  if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
    width = 2;
    return astralClass(s.codePointAt(i));
  }
  return c === c ? unitClass(c) : 0;
}
function classBefore(s, i) {
  if (i <= 0) return width = 0;
  const c = s.charCodeAt(i - 1);
  width = 1;
  if (isLow(c) && i >= 2 && isHigh(s.charCodeAt(i - 2))) {
    width = 2;
    return astralClass(s.codePointAt(i - 2));
  }
  return unitClass(c);
}
function wordRest(s, p) {
  for (; ; ) {
    while (p < s.length && classAt(s, p) & 2) p += width;
    if (s.charCodeAt(p) !== 45 || !(p + 1 < s.length && classAt(s, p + 1) & 2)) return p;
    p += 1;
  }
}
function runAt(s, i) {
  if (!(classAt(s, i) & 1)) return -1;
  let p = i + width;
  if (classBefore(s, i) & 6) return -1;
  if (width === 1 && s.charCodeAt(i - 1) === 45 && classBefore(s, i - 1) & 6) return -1;
  p = wordRest(s, p);
  let words3 = 1;
  while (s.charCodeAt(p) === 32 && p + 1 < s.length && classAt(s, p + 1) & 1) {
    p = wordRest(s, p + 1 + width);
    words3++;
  }
  return words3 > 1 ? p : -1;
}
var LETTER2 = new RegExp("\\p{L}", "u");
var runStartOk = (norm2, i) => !wordBefore(norm2, i) && !(i > 1 && norm2[i - 1] === "." && LETTER2.test(norm2[i - 2]));
var TITLE_SET = new PhraseSet([...TITLES, ...TITLES.map((t) => `ph\xF3 ${t}`)]);
var ORG_HEAD_SET = new PhraseSet(ORG_HEADS.filter((h2) => h2.includes(" ")));
var SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;
function isSyllable(word) {
  return SYLLABLE.test(word.toLowerCase());
}
var SURNAME_KEY = new Set(SURNAMES.map((s) => fold(s)));
function isSurname(word) {
  return SURNAME.has(word.normalize("NFC").toLowerCase());
}
function isPlace(key) {
  return PLACE.has(key);
}
function tokenize(doc, start, text) {
  const key = doc.key;
  const out = [];
  let pos = start;
  for (let ws = 0; ws <= text.length; ) {
    let we = text.indexOf(" ", ws);
    if (we < 0) we = text.length;
    const word = text.slice(ws, we);
    ws = we + 1;
    const hy = word.includes("-") ? word.split("-") : null;
    if (hy && hy.every((h2) => isSyllable(h2))) {
      for (const h2 of hy) {
        out.push({ start: pos, end: pos + h2.length, text: h2, key: key.slice(pos, pos + h2.length) });
        pos += h2.length + 1;
      }
      continue;
    }
    const w = word;
    let i = pos + 1;
    const e = pos + w.length;
    while (i < e && doc.norm.charCodeAt(i) === key.charCodeAt(i)) i++;
    const parts = i < e && new RegExp("\\p{Ll}\\p{Lu}", "u").test(w) && !new RegExp("^\\p{Lu}+$", "u").test(w) ? w.split(new RegExp("(?<=\\p{Ll})(?=\\p{Lu})", "u")) : [w];
    const ok = parts.length > 1 && parts.every((p) => isSyllable(p) && new RegExp("^\\p{Lu}\\p{Ll}*$", "u").test(p));
    for (const p of ok ? parts : [w]) {
      out.push({ start: pos, end: pos + p.length, text: p, key: key.slice(pos, pos + p.length) });
      pos += p.length;
    }
    pos += 1;
  }
  return out;
}
function placeAt(tokens, i, set) {
  if (!FIRST_WORDS.has(tokens[i].key)) return 0;
  let best = 0;
  let k = tokens[i].key;
  const last = Math.min(MAX_PLACE, tokens.length - i);
  for (let n = 2; n <= last; n++) {
    k += " " + tokens[i + n - 1].key;
    if (set.has(k)) best = n;
  }
  return best;
}
function cutEnd(doc, tokens, i) {
  const end = Math.min(tokens.length, i + 6);
  for (let k = i + 1; k < end; k++) {
    if (phraseAt(doc, tokens[k].start, TITLE_SET) > 0) return k;
    if (k >= i + 2 && (isCaps(tokens[k]) || placeAt(tokens, k, PLACE))) return k;
    if (k === i + 1 && isCaps(tokens[k]) && tokens[k].text.length >= 3) return k;
    if (k >= i + 3 && k === tokens.length - 1 && opensClause(doc.key, tokens[k])) return k;
  }
  return end;
}
var CLAUSE = new PhraseSet(CLAUSE_STARTS);
var NEXT_WORD = /^ {1,2}([\p{L}\p{M}]+)(?: {1,2}([\p{L}\p{M}]+))?/u;
function opensClause(key, t) {
  if (CLAUSE.has(t.key)) return true;
  if (!CLAUSE.prefixes.has(t.key)) return false;
  const m = NEXT_WORD.exec(key.slice(t.end, t.end + 30));
  if (!m) return false;
  const two = `${t.key} ${m[1]}`;
  return CLAUSE.has(two) || !!m[2] && CLAUSE.has(`${two} ${m[2]}`);
}
var isCaps = (t) => t.caps ??= t.text.length > 1 && t.text === t.text.toUpperCase() && new RegExp("\\p{Lu}", "u").test(t.text);
function candidate(key, tokens, i, end, surname, fixed = false) {
  const toks = tokens.slice(i, end);
  return {
    start: toks[0].start,
    end: toks[toks.length - 1].end,
    name: toks.map((t) => t.text).join(" "),
    tokens: toks,
    surname,
    weak: surname && WEAK.has(toks[0].text.toLowerCase()),
    caps: toks.every(isCaps),
    offset: i,
    fixed,
    foreign: !surname && toks.every((t) => FOREIGN_WORD.test(t.text) && !FOREIGN_ORG.has(t.text)) && toks.some((t) => t.text.includes("-") || !isSyllable(t.text)),
    // two syllables after an admin word are a place ("huyện Triệu Phong"); longer runs may be a name
    // (read only for names with a family name: the name-start sets are built from those alone)
    negative: surname && negativeBefore(key, toks[0].start, toks.length < 3)
  };
}
function fromRun(doc, tokens) {
  const key = doc.key;
  const out = [];
  let i = 0;
  let fallback = null;
  let weakPick = null;
  while (i < tokens.length - 1) {
    const fixed = placeAt(tokens, i, FIXED);
    if (fixed) {
      out.push(candidate(key, tokens, i, i + fixed, true, true));
      i += fixed;
      continue;
    }
    const place = placeAt(tokens, i, PLACE);
    if (place) {
      i += place;
      continue;
    }
    const t = tokens[i];
    if (HONORIFIC_WORD.has(t.key)) {
      i++;
      continue;
    }
    const thi = !isCaps(t) && tokens[i + 1]?.key === "th\u1ECB" && !ORG_WORD.has(t.key) && isSyllable(t.text);
    if ((thi || SURNAME_KEY.has(t.key) && isSurname(t.text)) && !isCaps(t)) {
      const pl = ORG_WORD.has(t.key) ? placeAt(tokens, i + 1, PLACE) : 0;
      if (pl) {
        i += 1 + pl;
        continue;
      }
      const he = phraseAt(doc, t.start, ORG_HEAD_SET, false);
      if (he > 0) {
        i += key.slice(t.start, he).split(/\s+/).length;
        continue;
      }
      const end = cutEnd(doc, tokens, i);
      const r = end - i;
      if (r >= 2 && r <= 4) {
        const c = candidate(key, tokens, i, end, true);
        if (!c.weak && !ORG_WORD.has(t.key)) {
          if (weakPick && weakPick.offset === 0 && i === 1 && weakPick.end === tokens[tokens.length - 1].end && weakPick.tokens.length >= 3 && !ORG_WORD.has(weakPick.tokens[0].key)) out.push(weakPick);
          else out.push(c);
          return out;
        }
        weakPick ??= c;
      }
      if (r === 5 && !fallback) fallback = candidate(key, tokens, i, end, true);
    }
    i++;
  }
  if (weakPick) {
    out.push(weakPick);
    return out;
  }
  if (fallback) {
    out.push(fallback);
    return out;
  }
  if (out.length) return out;
  let s = 0;
  const allCaps = tokens.every(isCaps);
  for (; ; ) {
    if (s >= tokens.length) break;
    const pl = s < tokens.length - 1 ? placeAt(tokens, s, PLACE) : 0;
    if (pl) s += pl;
    else if (HONORIFIC_WORD.has(tokens[s].key) || isCaps(tokens[s]) && !allCaps || COUNTRY.has(tokens[s].text)) s++;
    else break;
  }
  while (s < tokens.length && CLAUSE.has(tokens[s].key)) s++;
  let e = tokens.length;
  for (let k = s; k < e; k++) {
    const at = tokens[k].start;
    if (phraseAt(doc, at, TITLE_SET) > 0 || phraseAt(doc, at, ORG_HEAD_SET, false) > 0 || ORG_WORD.has(tokens[k].key)) e = k;
  }
  if (e > s + 2 && e === tokens.length && (opensClause(key, tokens[e - 1]) || HONORIFIC_WORD.has(tokens[e - 1].key))) e--;
  tokens = tokens.slice(0, e);
  const rest = tokens.length - s;
  if (rest >= 2 && rest <= 4 && !placeAt(tokens, s, PLACE)) out.push(candidate(key, tokens, s, tokens.length, false));
  return out;
}
var cache = /* @__PURE__ */ new WeakMap();
function nameCandidates(doc) {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out = [];
  cache.set(doc, out);
  const { norm: norm2 } = doc;
  const n = norm2.length;
  for (let i = 0; i < n; ) {
    const c = norm2.charCodeAt(i);
    if (!(c >= 55296 && c <= 56319) && !(unitClass(c) & 1)) {
      i++;
      continue;
    }
    const end = runAt(norm2, i);
    if (end < 0 || !runStartOk(norm2, i)) {
      i += end < 0 && isHigh(c) && isLow(norm2.charCodeAt(i + 1)) ? 2 : 1;
      continue;
    }
    const tokens = tokenize(doc, i, norm2.slice(i, end));
    i = end;
    if (tokens.length < 2) continue;
    out.push(...fromRun(doc, tokens));
  }
  return out;
}

// src/lexicon/numbers.ts
var DIGIT_WORDS = [
  ["m\u1ED9t", 1],
  ["m\u1ED1t", 1],
  ["hai", 2],
  ["ba", 3],
  ["b\u1ED1n", 4],
  ["t\u01B0", 4],
  ["n\u0103m", 5],
  ["l\u0103m", 5],
  ["nh\u0103m", 5],
  ["s\xE1u", 6],
  ["b\u1EA3y", 7],
  ["b\u1EA9y", 7],
  ["t\xE1m", 8],
  ["ch\xEDn", 9]
];
var TAIL_ONLY_DIGITS = ["m\u1ED1t", "t\u01B0", "l\u0103m", "nh\u0103m"];
var TEN_WORDS = ["m\u01B0\u1EDDi"];
var TENS_WORDS = ["m\u01B0\u01A1i"];
var LINH_WORDS = ["linh", "l\u1EBB"];
var HALF_WORDS = ["r\u01B0\u1EE1i"];
var CHUC_WORDS = ["ch\u1EE5c"];
var ZERO_WORDS = ["kh\xF4ng"];
var POINT_WORDS = ["ph\u1EA9y", "ch\u1EA5m"];
var SCALE_WORDS = [
  ["tr\u0103m", 100],
  ["ngh\xECn", 1e3],
  ["ng\xE0n", 1e3],
  ["v\u1EA1n", 1e4],
  ["tri\u1EC7u", 1e6],
  ["t\u1EF7", 1e9]
];
var QUALIFIERS = [
  ["kho\u1EA3ng", "about"],
  ["v\xE0o kho\u1EA3ng", "about"],
  ["\u01B0\u1EDBc kho\u1EA3ng", "about"],
  ["\u01B0\u1EDBc t\xEDnh kho\u1EA3ng", "about"],
  ["\u01B0\u1EDBc t\xEDnh", "about"],
  ["\u01B0\u1EDBc \u0111\u1EA1t", "about"],
  ["\u01B0\u1EDBc th\u1EF1c hi\u1EC7n", "about"],
  ["\u01B0\u1EDBc th\u1EF1c hi\u1EC7n \u0111\u1EA1t", "about"],
  ["\u01B0\u1EDBc th\u1EF1c hi\u1EC7n l\xE0", "about"],
  ["\u01B0\u1EDBc", "about"],
  ["x\u1EA5p x\u1EC9", "about"],
  ["ch\u1EEBng", "about"],
  ["kho\u1EA3ng ch\u1EEBng", "about"],
  ["g\u1EA7n nh\u01B0", "about"],
  ["g\u1EA7n", "about"],
  ["h\xE0ng", "about"],
  ["ng\xF3t", "about"],
  ["ng\xF3t ngh\xE9t", "about"],
  ["tr\xEAn d\u01B0\u1EDBi", "about"],
  ["t\u1EA7m", "about"],
  ["h\u01A1n", "lower"],
  ["tr\xEAn", "lower"],
  ["\xEDt nh\u1EA5t", "lower"],
  ["t\u1ED1i thi\u1EC3u", "lower"],
  ["kh\xF4ng d\u01B0\u1EDBi", "lower"],
  ["kh\xF4ng \xEDt h\u01A1n", "lower"],
  ["d\u01B0\u1EDBi", "upper"],
  ["t\u1ED1i \u0111a", "upper"],
  ["kh\xF4ng qu\xE1", "upper"],
  ["nhi\u1EC1u nh\u1EA5t", "upper"],
  ["ch\u01B0a \u0111\u1EBFn", "upper"],
  ["ch\u01B0a t\u1EDBi", "upper"],
  ["ch\u01B0a \u0111\u1EA7y", "upper"],
  ["kh\xF4ng \u0111\u1EA7y", "upper"],
  ["kh\xF4ng t\u1EDBi", "upper"],
  ["kh\xF4ng \u0111\u1EBFn", "upper"]
];
var AMOUNT_QUALIFIERS = [
  "kho\u1EA3ng",
  "v\xE0o kho\u1EA3ng",
  "\u01B0\u1EDBc kho\u1EA3ng",
  "\u01B0\u1EDBc t\xEDnh kho\u1EA3ng",
  "x\u1EA5p x\u1EC9",
  "ch\u1EEBng",
  "kho\u1EA3ng ch\u1EEBng",
  "g\u1EA7n",
  "ng\xF3t",
  "ng\xF3t ngh\xE9t",
  "tr\xEAn d\u01B0\u1EDBi",
  "h\u01A1n",
  "tr\xEAn",
  "\xEDt nh\u1EA5t",
  "t\u1ED1i thi\u1EC3u",
  "kh\xF4ng d\u01B0\u1EDBi",
  "d\u01B0\u1EDBi",
  "t\u1ED1i \u0111a",
  "kh\xF4ng qu\xE1",
  "ch\u01B0a \u0111\u1EBFn",
  "ch\u01B0a t\u1EDBi",
  "ch\u01B0a \u0111\u1EA7y",
  "kh\xF4ng \u0111\u1EA7y",
  "kh\xF4ng t\u1EDBi",
  "kh\xF4ng \u0111\u1EBFn"
];
var BOUND_AFTER = [
  ["tr\u1EDF l\xEAn", "lower"],
  ["tr\u1EDF xu\u1ED1ng", "upper"]
];
var DATE_CONTEXT = [
  ["ng\xE0y", 31],
  ["s\xE1ng", 31],
  ["chi\u1EC1u", 31],
  ["t\u1ED1i", 31],
  ["tr\u01B0a", 31],
  ["\u0111\xEAm", 31],
  ["h\xF4m", 31],
  ["m\xF9ng", 31],
  ["m\u1ED3ng", 31],
  ["th\xE1ng", 12],
  ["qu\xFD", 4],
  ["n\u0103m", 2100],
  ["ni\xEAn kho\xE1", 2100],
  ["n\u0103m h\u1ECDc", 2100]
];
var PAIR_DATE_WORDS = ["d\u1ECBp", "t\u1EEB", "\u0111\u1EBFn", "t\u1EDBi", "v\xE0o", "tr\u01B0\u1EDBc", "sau", "h\xF4m", "l\u1EC5", "t\u1EBFt"];
var PAIR_DATE_AFTER = ["n\u0103m", "v\u1EEBa", "t\u1EDBi", "qua", "t\u1EA1i", "h\u1EB1ng", "h\xE0ng", "th\xE1ng", "l\xFAc", "s\xE1ng", "chi\u1EC1u", "t\u1ED1i", "\u0111\u1EBFn", "v\xE0", "n\xE0y", "nay", "tr\u01B0\u1EDBc", "sau", "l\xE0", "c\u1EE7a", "v\u1EDBi", "\u1EDF"];
var ORDINAL_CONTEXT = ["th\u1EE9", "h\u1EA1ng", "kho\xE1", "l\u1EDBp", "t\u1EADp", "k\u1EF3", "\u0111\u1EE3t", "giai \u0111o\u1EA1n", "ph\u1EA7n", "ch\u01B0\u01A1ng", "m\u1EE5c", "\u0111i\u1EC1u", "kho\u1EA3n", "qu\u1EADn", "t\u1ED5"];
var MOT_IDIOMS = ["s\u1ED1", "trong", "c\xE1ch", "ph\u1EA7n", "ch\xFAt", "khi", "l\xFAc", "m\u1EB7t", "v\xE0i", "n\u1EEDa", "th\u1EDDi", "h\u1ED3i", "\xEDt", "lo\u1EA1t", "n\xE0o", "kh\xE1c", "m\xECnh", "l\xF2ng", "tay", "c\xE1i", "chi\u1EC1u", "s\u1EF1"];
var BA_IDIOMS = ["m\u1EB9", "m\xE1"];

// src/recognize/number-grammar.ts
var WORD_TYPE = /* @__PURE__ */ new Map();
for (const [w, v] of DIGIT_WORDS) WORD_TYPE.set(fold(w), { type: "U", val: v });
for (const w of TEN_WORDS) WORD_TYPE.set(fold(w), { type: "TEN", val: 10 });
for (const w of TENS_WORDS) WORD_TYPE.set(fold(w), { type: "TENS", val: 10 });
for (const w of LINH_WORDS) WORD_TYPE.set(fold(w), { type: "LINH", val: 0 });
for (const w of HALF_WORDS) WORD_TYPE.set(fold(w), { type: "HALF", val: 0.5 });
for (const w of CHUC_WORDS) WORD_TYPE.set(fold(w), { type: "CHUC", val: 10 });
for (const [w, v] of SCALE_WORDS) WORD_TYPE.set(fold(w), { type: "S", val: v });
for (const w of ZERO_WORDS) WORD_TYPE.set(fold(w), { type: "Z", val: 0 });
for (const w of POINT_WORDS) WORD_TYPE.set(fold(w), { type: "P", val: 0 });
var TAIL_ONLY = new Set(TAIL_ONLY_DIGITS.map(fold));
var COMMA_THOUSAND = /^\d{1,3},\d{3}$/;
var Y_WORDS = new Set([...DIGIT_WORDS.map(([w]) => w), ...SCALE_WORDS.map(([w]) => w), ...POINT_WORDS].filter((w) => /[yýỳỷỹỵ]/u.test(w)).map(fold));
var MAY_HIDE_Y = new Set([...WORD_TYPE.keys()].filter((w) => /[iìíỉĩị]/u.test(w) && !Y_WORDS.has(w)));
var NAM = fold("n\u0103m");
var MOT = fold("m\u1ED9t");
var BA = fold("ba");
var MOT_TAIL = fold("m\u1ED1t");
var BAY_DIALECT = fold("b\u1EA9y");
var TU4 = fold("t\u01B0");
var NUM_WORDS = words([...WORD_TYPE.keys()]);
var DIGITS = String.raw`\d+(?:[.,]\d+)*`;
var DIGITS_RE = new RegExp(DIGITS);
var TOKEN = new RegExp(String.raw`${DIGITS}|[\p{L}\p{M}]+`, "gu");
function parseDigits(s, convention) {
  if (!DIGIT_GROUPS.test(s)) return null;
  let seps = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) seps += s[i];
  }
  if (!seps) return { value: Number(s), ambiguous: false };
  const groups = s.split(SEPARATOR);
  const first = groups[0];
  const rest = groups.slice(1);
  const dot = seps.includes(".");
  const comma = seps.includes(",");
  if (dot && comma) {
    const lastSep = seps[seps.length - 1];
    const head2 = seps.slice(0, -1);
    if (head2.includes(lastSep)) return null;
    if (!thousandsOk(first, rest.slice(0, -1))) return null;
    const int = groups.slice(0, -1).join("");
    return { value: Number(`${int}.${groups[groups.length - 1]}`), ambiguous: false };
  }
  const sep = dot ? "." : ",";
  const decimalHere = sep === "," && convention !== "en" || sep === "." && convention === "en";
  if (seps.length > 1) {
    return thousandsOk(first, rest) ? { value: Number(groups.join("")), ambiguous: false } : null;
  }
  const frac = rest[0];
  if (frac.length !== 3 || first.length > 3 || first === "0" || first.length > 1 && first[0] === "0") {
    return { value: Number(`${first}.${frac}`), ambiguous: false };
  }
  const ambiguous = convention === "unknown";
  return decimalHere ? { value: Number(`${first}.${frac}`), ambiguous } : { value: Number(first + frac), ambiguous };
}
var DIGIT_GROUPS = /^\d+(?:[.,]\d+)*$/;
var SEPARATOR = /[.,]/;
function thousandsOk(first, gs) {
  if (first.length > 3 || first === "0") return false;
  for (const g of gs) if (g.length !== 3) return false;
  return true;
}
function classify(word, start, convention, dotThousands) {
  const c0 = word.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    const p = dotThousands && dotThousands.size && COMMA_THOUSAND.test(word) && dotThousands.has(word.replace(",", ".")) ? { value: Number(word.replace(",", "")), ambiguous: false } : plainDigits(word) ? { value: Number(word), ambiguous: false } : parseDigits(word, convention);
    if (!p) return null;
    const c1 = word.charCodeAt(1);
    return { type: "D", val: p.value, word, start, end: start + word.length, ambiguous: p.ambiguous || void 0, leadingZero: c0 === 48 && c1 >= 48 && c1 <= 57 || void 0 };
  }
  const t = WORD_TYPE.get(word);
  if (!t) return null;
  return { type: t.type, val: t.val, word, start, end: start + word.length };
}
function consume(toks, i) {
  const t0 = toks[i];
  if (t0.type === "U") {
    if (TAIL_ONLY.has(t0.word)) return 0;
    if (t0.word === NAM) {
      const n = toks[i + 1];
      if (!n || !(n.type === "S" || n.type === "TENS" || n.type === "CHUC")) return 0;
    }
  } else if (t0.type !== "D" && t0.type !== "TEN") return 0;
  const digitLed = t0.type === "D";
  let prev = t0;
  let lastBig = Infinity;
  let runBig = 1;
  let hundredInGroup = false;
  let j = i + 1;
  for (; j < toks.length; j++) {
    const t = toks[j];
    if (prev.type === "S" && t.type !== "S" && runBig > 1) {
      lastBig = runBig;
      runBig = 1;
    }
    const n = toks[j + 1];
    let ok = false;
    switch (t.type) {
      case "S":
        if (prev.type === "S") {
          ok = t.val > prev.val && (t.val < 1e3 || runBig * t.val < lastBig);
        } else if (prev.type === "LINH" || prev.type === "HALF") ok = false;
        else if (t.val >= 1e3) ok = t.val < lastBig;
        else ok = !hundredInGroup;
        if (ok) {
          if (t.val >= 1e3) {
            runBig = prev.type === "S" ? runBig * t.val : t.val;
            hundredInGroup = false;
          } else hundredInGroup = true;
        }
        break;
      case "D":
        ok = digitLed && prev.type === "S" && !!n && n.type === "S" && n.val >= 1e3 && n.val < lastBig;
        break;
      case "U":
        if (digitLed) break;
        if (t.word === NAM) {
          if (prev.type === "LINH") ok = true;
          else if (prev.type === "TENS") ok = !!n && n.type === "S";
          else ok = (prev.type === "S" || prev.type === "TEN") && !!n && (n.type === "TENS" || n.type === "S");
        } else if (TAIL_ONLY.has(t.word)) {
          ok = prev.type === "TENS" || prev.type === "TEN" && t.word !== MOT_TAIL && t.word !== TU4;
        } else {
          ok = prev.type === "TEN" || prev.type === "TENS" || prev.type === "LINH" || prev.type === "S";
        }
        break;
      case "TEN":
        ok = !digitLed && (prev.type === "S" || prev.type === "LINH");
        break;
      case "TENS":
        ok = !digitLed && prev.type === "U";
        break;
      case "LINH":
        ok = !digitLed && prev.type === "S" && !!n && (n.type === "U" || n.type === "TEN");
        break;
      case "HALF":
        ok = prev.type === "S";
        break;
      case "CHUC":
        ok = prev.type === "U" || prev.type === "D";
        break;
      case "Z":
        ok = prev.type === "S" && prev.val >= 1e3 && !!n && n.type === "S" && n.val === 100;
        break;
      case "P": {
        const f = fraction(toks, j + 1);
        let scaled = false;
        for (let k = i; k < j; k++) if (toks[k].type === "S" || toks[k].type === "HALF") scaled = true;
        if (f && !scaled && (prev.type === "U" || prev.type === "TEN" || prev.type === "TENS" || prev.type === "D" && plainDigitWord(prev.word))) {
          j = f;
          if (toks[j]?.type === "S") j++;
          return j - i;
        }
        break;
      }
    }
    if (!ok) break;
    prev = t;
    if (t.type === "HALF") {
      j++;
      break;
    }
  }
  return j - i;
}
function fraction(toks, k) {
  const t = toks[k];
  if (!t) return 0;
  if (t.type === "D") return plainDigitWord(t.word) ? k + 1 : 0;
  let e = k;
  while (e < toks.length && (toks[e].type === "U" || toks[e].type === "Z")) e++;
  return e;
}
var plainDigitWord = (w) => /^\d+$/.test(w);
function evaluate(toks) {
  if (!toks.length) return null;
  const p = toks.findIndex((t) => t.type === "P");
  if (p > 0) {
    const whole = evaluate(toks.slice(0, p));
    let e = toks.length;
    let scale2 = 1;
    while (e > p + 1 && toks[e - 1].type === "S") scale2 *= toks[--e].val;
    const digits = toks.slice(p + 1, e).map((t) => t.type === "D" ? t.word : String(t.val)).join("");
    return whole === null || !digits ? null : (whole + Number(`0.${digits}`)) * scale2;
  }
  let best = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.type === "S" && (best < 0 || t.val >= toks[best].val)) best = k;
  }
  if (best < 0) return small(toks);
  const scale = toks[best].val;
  const left = toks.slice(0, best);
  const right = toks.slice(best + 1);
  const lv = left.length ? evaluate(left) : null;
  if (lv === null) return null;
  let total = lv * scale;
  if (!right.length) return total;
  if (right[0].type === "HALF") return right.length === 1 ? total + scale / 2 : null;
  if (right[0].type === "LINH") {
    const rv2 = small(right.slice(1));
    return rv2 === null || rv2 >= 10 * Math.max(1, scale / 100) ? null : total + rv2;
  }
  if (right.length === 1 && right[0].type === "U" && scale >= 100) return total + right[0].val * scale / 10;
  const rv = evaluate(right);
  if (rv === null || rv >= scale) return null;
  total += rv;
  return total;
}
function small(toks) {
  if (!toks.length) return null;
  let ty = toks[0].type;
  for (let k = 1; k < toks.length; k++) ty += " " + toks[k].type;
  switch (ty) {
    case "D":
    case "U":
    case "TEN":
    case "Z":
      return toks[0].val;
    case "TEN U":
      return 10 + toks[1].val;
    case "U TENS":
      return toks[0].val * 10;
    case "U TENS U":
      return toks[0].val * 10 + toks[2].val;
    case "U CHUC":
    case "D CHUC":
      return toks[0].val * 10;
    default:
      return null;
  }
}
function tidy(x) {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}
function plainDigits(word) {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 46 || c === 44) return false;
  }
  return true;
}

// src/recognize/number-convention.ts
var R2 = new RegExp(R);
var DOT_THOUSAND = /^\d{1,3}\.\d{3}$/;
var EVIDENCE_AFTER = named("number.evidenceAfter", new RegExp(rx`(?<! ) *(?:%|${words(["tri\u1EC7u", "t\u1EF7", "ngh\xECn", "ng\xE0n", "ph\u1EA7n tr\u0103m"])}${R2})`.source, "uy"));
var SEPARATOR_CANDIDATE = named("number.separatorCandidate", /\d[.,]\d/g);
var groupCache = /* @__PURE__ */ new WeakMap();
function separatorGroups(doc) {
  const got = groupCache.get(doc);
  if (got) return got;
  const key = doc.key;
  const out = [];
  SEPARATOR_CANDIDATE.lastIndex = 0;
  let m;
  while (m = SEPARATOR_CANDIDATE.exec(key)) {
    let s = m.index;
    while (s > 0 && isDigitAt(key, s - 1)) s--;
    let e = m.index + 2;
    for (; ; ) {
      while (e < key.length && isDigitAt(key, e)) e++;
      const c = key.charCodeAt(e);
      if ((c === 46 || c === 44) && isDigitAt(key, e + 1)) e++;
      else break;
    }
    out.push(s, e);
    SEPARATOR_CANDIDATE.lastIndex = e;
  }
  groupCache.set(doc, out);
  return out;
}
function dotThousandGroups(doc) {
  const key = doc.key;
  const out = /* @__PURE__ */ new Set();
  const groups = separatorGroups(doc);
  for (let g = 0; g < groups.length; g += 2) {
    const s = groups[g];
    const c = key.charCodeAt(s - 1);
    if (c === 46 || c === 44) continue;
    const w = key.slice(s, groups[g + 1]);
    if (DOT_THOUSAND.test(w)) out.add(w);
  }
  return out;
}
var WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
function wordCharBefore(s, i) {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
  let ch = s[i - 1];
  if (c >= 56320 && c <= 57343 && i >= 2) {
    const h2 = s.charCodeAt(i - 2);
    if (h2 >= 55296 && h2 <= 56319) ch = s.slice(i - 2, i);
  }
  return WORD_CHAR.test(ch);
}
function inferConvention(doc) {
  const en = [];
  const vi = [];
  const key = doc.key;
  const groups = separatorGroups(doc);
  for (let g = 0; g < groups.length; g += 2) {
    const s = groups[g];
    const e = groups[g + 1];
    let q = s;
    if (wordCharBefore(key, s)) {
      let p = s;
      while (isDigitAt(key, p)) p++;
      q = p + 1;
      let r = q;
      while (r < e && isDigitAt(key, r)) r++;
      if (r >= e) continue;
    }
    const d = key.slice(q, e);
    EVIDENCE_AFTER.lastIndex = e;
    const after = EVIDENCE_AFTER.exec(key);
    const quantity = !!after;
    const isEn = /^\d{1,3}(?:,\d{3}){2,}$/.test(d) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(d) || quantity && /^\d+\.\d{1,2}$/.test(d);
    const isVi = !isEn && (/^\d{1,3}(?:\.\d{3}){2,}$/.test(d) || /^\d{1,3}(?:\.\d{3})+,\d+$/.test(d) || quantity && /^\d+,\d{1,2}$/.test(d));
    if (isEn || isVi) (isEn ? en : vi).push(doc.norm.slice(q, e + (after ? after[0].length : 0)));
  }
  if (!en.length && !vi.length) return { convention: "unknown", evidence: [] };
  if (en.length > vi.length) return { convention: "en", evidence: en.slice(0, 5) };
  if (vi.length > en.length) return { convention: "vi", evidence: vi.slice(0, 5) };
  return { convention: "unknown", evidence: [...vi.slice(0, 3), ...en.slice(0, 3)] };
}
function isDigitAt(s, i) {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

// src/recognize/number.ts
function local(re) {
  return new RegExp(re.source, "u");
}
var R3 = new RegExp(R);
var START_WORDS = words([...WORD_TYPE].filter(([w, t]) => t.type === "U" && !TAIL_ONLY.has(w) && w !== NAM || t.type === "TEN").map(([w]) => w));
var NAM_NEXT = words([...WORD_TYPE].filter(([, t]) => t.type === "S" || t.type === "TENS" || t.type === "CHUC").map(([w]) => w));
var DIGIT_EDGE = /(?:(?<=[\0-\/:-@\[-\x60{-\x7f]\d)|(?<![\p{L}\p{M}\p{N}]\d))/u;
var RUN2 = named(
  "number.run",
  // the word edge is checked after the first token (a leading lookbehind makes V8 try every position)
  rx`(?:\d${DIGIT_EDGE}\d*(?:[.,]\d+)*|(?:${START_WORDS}|năm(?= +${NAM_NEXT}${R3}))${R3}(?<![\p{L}\p{M}\p{N}](?:${START_WORDS}|năm)))(?: +(?:${DIGITS_RE}|${NUM_WORDS}${R3}))*`
);
var QUAL_BOUND = new Map(QUALIFIERS.map(([w, b]) => [fold(w), b]));
var NOT_YEAR_QUALIFIERS = new Set(AMOUNT_QUALIFIERS.map(fold));
var WORD_NEXT = new RegExp("^ +\\p{L}", "u");
var QUAL_LAST = new Set([...QUAL_BOUND.keys()].map((w) => w.split(" ").pop()));
var DATE_MAX = new Map(DATE_CONTEXT.map(([w, max]) => [fold(w), max]));
var DATE_FILLERS = new Set(["t\u1EEB", "\u0111\u1EBFn", "ng\xE0y"].map(fold));
var ORDINALS = new Set(ORDINAL_CONTEXT.map(fold));
var lastOfPairs = (ws) => new Set([...ws].filter((w) => w.includes(" ")).map((w) => w.split(" ").pop()));
var DATE_TWO_LAST = lastOfPairs(DATE_MAX.keys());
var ORDINAL_TWO_LAST = lastOfPairs(ORDINALS);
var PAIR_DATES = new Set(PAIR_DATE_WORDS.map(fold));
var TU = fold("t\u1EEB");
var MOT_AFTER = named("number.motIdiom", local(rx`^ +${words(MOT_IDIOMS)}${R3}`));
var VAGUE_AFTER = named("number.vagueAfter", local(rx`^ +(?:mấy|vài|mươi)${R3}`));
var BA_AFTER = named("number.baIdiom", local(rx`^ +${words(BA_IDIOMS)}${R3}`));
var RANGE_JOIN = named("number.rangeJoin", local(rx`^ *[-~÷] *|^ +(?:đến|tới) +`));
var TIME_AFTER = named("number.timeAfter", /^(?:h(?:\d|(?![\p{L}\p{M}]))|g(?:\d|(?![\p{L}\p{M}]))|:\d)/u);
var SLASH_ID_AFTER = named("number.slashId", new RegExp("^\\/ ?\\p{L}", "u"));
var CHAIN = named("number.chain", new RegExp("^(?:[-/]\\d+)+(?:[-/] ?\\p{L})?", "u"));
var PAIR_NOUN_AFTER = named("number.pairNoun", local(rx`^ +(?!${words(PAIR_DATE_AFTER)}${R3})\p{L}`));
var SLASH_JOIN = named("number.slash", /^ ?\/ ?(?=\d)/);
var CODE_AFTER = named("number.codeAfter", new RegExp("^[-.]\\p{L}", "u"));
var CAPITAL_AFTER = named("number.capitalAfter", new RegExp("^ +\\p{Lu}\\p{Ll}", "u"));
var cache2 = /* @__PURE__ */ new WeakMap();
var SENTENCE_OPENERS = /* @__PURE__ */ new Set([...`.!?:;
(\u201C"'-\u2022*`]);
function scanNumbers(ctx) {
  const got = cache2.get(ctx.doc);
  if (got) return got;
  const hits = scan(ctx);
  cache2.set(ctx.doc, hits);
  return hits;
}
function scan(ctx) {
  const { doc, convention } = ctx;
  const key = doc.key;
  const norm2 = doc.norm;
  const dotThousands = convention !== "en" ? dotThousandGroups(doc) : /* @__PURE__ */ new Set();
  const nums = [];
  RUN2.lastIndex = 0;
  let m;
  while (m = RUN2.exec(key)) {
    const base = m.index;
    const run = m[0];
    if (run.indexOf(" ") < 0) {
      const tok = readToken(run, base, convention, dotThousands, norm2);
      const ty = tok.type;
      if (Number.isNaN(tok.val) || !(ty === "D" || ty === "TEN" || ty === "U" && !TAIL_ONLY.has(tok.word) && tok.word !== NAM)) continue;
      nums.push({ toks: [tok], start: tok.start, end: tok.end, value: tidy(tok.val), form: ty === "D" ? "digits" : "words", scale: 1, scaleWord: void 0, rawBeforeScale: tok.val });
      continue;
    }
    const toks = [];
    TOKEN.lastIndex = 0;
    let t;
    while (t = TOKEN.exec(run)) {
      const tok = readToken(t[0], base + t.index, convention, dotThousands, norm2);
      const prev = toks[toks.length - 1];
      if (!Number.isNaN(tok.val) && prev && prev.type === "D" && THREE_DIGITS.test(t[0]) && tok.start === prev.end + 1 && /^\d{1,3}(?: \d{3})*$/.test(prev.word) && prev.word[0] !== "0") {
        prev.word += " " + t[0];
        prev.val = Number(prev.word.replace(/ /g, ""));
        prev.end = tok.end;
        continue;
      }
      toks.push(tok);
    }
    let i = 0;
    while (i < toks.length) {
      const n = Number.isNaN(toks[i].val) ? 0 : consume(toks, i);
      const num = n > 0 ? makeNum(toks.slice(i, i + n), key) : null;
      if (num) nums.push(num);
      i += Math.max(1, n);
    }
  }
  if (convention !== "en") commaThousandsByNeighbours(nums, ctx);
  const out = [];
  for (let idx = 0; idx < nums.length; idx++) {
    const n = nums[idx];
    const c = key.charCodeAt(n.end);
    const after = c === 32 || c === 45 || c === 47 || c === 126 || c === 247 ? key.slice(n.end, n.end + 40) : "";
    const next = nums[idx + 1];
    const chain = n.form === "digits" && after ? CHAIN.exec(after) : null;
    if (chain && (chain[0].match(/[-/]/g).length >= 2 || new RegExp("\\p{L}$", "u").test(chain[0]))) {
      const stop = n.end + chain[0].length;
      while (nums[idx + 1] && nums[idx + 1].start < stop) idx++;
      continue;
    }
    const slash = SLASH_JOIN.exec(after);
    const join = RANGE_JOIN.exec(after) ?? slash;
    const joined = !!join && !!next && next.start === n.end + join[0].length;
    if (!keep(n, key, norm2)) {
      if (joined) idx++;
      continue;
    }
    const hit = toHit(n, key);
    if (joined && slash && n.form === "digits" && next.form === "digits") {
      idx++;
      const a = n.value;
      const b = next.value;
      const dayMonth = Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 31 && b >= 1 && b <= 12;
      const dateLike = dayMonth && (a > b || !PAIR_NOUN_AFTER.test(key.slice(next.end, next.end + 12)) || PAIR_DATES.has(wordBefore2(key, n.start, 0)?.w ?? ""));
      const monthYear = a >= 1 && a <= 12 && next.toks[0].word.length === 4 && b >= 1900 && b <= 2100;
      if (dateLike || monthYear || a > b || afterTitleWord(norm2, n.start)) continue;
      hit.of = b;
      hit.end = next.end;
      if (next.toks.some((x) => x.ambiguous)) hit.ambiguous = true;
      out.push(hit);
      continue;
    }
    if (joined && !slash) {
      const yearRange = hit.yearLike && next.form === "digits" && next.value >= 1900 && next.value <= 2100;
      const isDash = join[0].includes("-");
      if (yearRange || isDash && n.value <= 31 && dateContextAround(key, n.start)) {
        idx++;
        continue;
      }
      if (afterTitleWord(norm2, n.start)) continue;
      const shared = n.scale === 1 && next.scale > 1;
      const from = shared && n.value <= next.rawBeforeScale ? tidy(n.value * next.scale) : n.value;
      const to = next.value;
      const absurd = shared && n.value > next.rawBeforeScale && to > from * MAX_UNSHARED_RATIO;
      if (to > from && !absurd && keep(next, key, norm2, true)) {
        const w0 = hit.qualifier ? void 0 : wordBefore2(key, n.start, 0);
        const start = w0 && w0.w === TU ? w0.s : hit.start;
        const first = { ...hit, value: from, start, end: next.end, range: { from, to } };
        if (from !== n.value && next.scaleWord) {
          first.scale = next.scale;
          first.scaleWord = next.scaleWord;
        }
        const second = { ...toHit(next, key, true), start, end: next.end, range: { from, to } };
        if (hit.approx) {
          second.approx = true;
          second.bound = hit.bound;
          second.qualifier = hit.qualifier;
        }
        out.push(first, second);
        idx++;
        continue;
      }
    }
    out.push(hit);
  }
  return out;
}
var THREE_DIGITS = /^\d{3}$/;
var MAX_UNSHARED_RATIO = 100;
function commaThousandsByNeighbours(nums, ctx) {
  const ss = ctx.sentences;
  const key = ctx.doc.key;
  let decimals3;
  const agg = /* @__PURE__ */ new Map();
  const sentOf = /* @__PURE__ */ new Map();
  const add = (o, sign) => {
    const k = `${sentOf.get(o)}|${o.scaleWord}`;
    let a = agg.get(k);
    if (!a) agg.set(k, a = { count: 0, small: 0, big: 0 });
    a.count += sign;
    if (o.rawBeforeScale < 100) a.small += sign;
    if (o.rawBeforeScale >= 1e3) a.big += sign;
  };
  for (const o of nums) {
    if (o.scaleWord === void 0) continue;
    sentOf.set(o, sentenceIndex(ss, o.start));
    add(o, 1);
  }
  for (const n of nums) {
    const t = n.toks[0];
    if (!n.scaleWord || n.scale < 1e6 || t.type !== "D" || !COMMA_THOUSAND.test(t.word) || t.val !== Number(t.word.replace(",", "."))) continue;
    if (RATE_NEXT.test(key.slice(n.end, n.end + 16))) continue;
    decimals3 ??= DECIMALS3.test(key);
    if (decimals3) continue;
    const si = sentenceIndex(ss, n.start);
    if (si < 0) continue;
    let count = -1;
    let small2 = n.rawBeforeScale < 100 ? -1 : 0;
    let big = n.rawBeforeScale >= 1e3 ? -1 : 0;
    for (const s2 of si + 1 < ss.length ? [si, si + 1] : [si]) {
      const a = agg.get(`${s2}|${n.scaleWord}`);
      if (!a) continue;
      count += a.count;
      small2 += a.small;
      big += a.big;
    }
    if (count <= 0 || small2 > 0 || big <= 0) continue;
    add(n, -1);
    n.rawBeforeScale = Number(t.word.replace(",", ""));
    n.value = tidy(n.rawBeforeScale * n.scale);
    t.val = n.rawBeforeScale;
    add(n, 1);
  }
}
var RATE_NEXT = /^ *(?:[\p{L}\p{M}]+ *)?\//u;
var DECIMALS3 = /\d\.\d{3},\d{3}(?!\d)/;
function hasY(norm2, start, end) {
  for (let i = start; i < end; i++) {
    const c = norm2.charCodeAt(i);
    if (c === 121 || c === 89 || c === 253 || c === 221 || c >= 7922 && c <= 7929) return true;
  }
  return false;
}
function readToken(word, start, convention, dotThousands, norm2) {
  let tok = classify(word, start, convention, dotThousands);
  if (tok && tok.type !== "D" && MAY_HIDE_Y.has(tok.word) && hasY(norm2, tok.start, tok.end)) tok = null;
  return tok ?? { type: "D", val: NaN, word, start, end: start + word.length };
}
function makeNum(part, key) {
  const v = evaluate(part);
  if (v === null) return null;
  let hasD = false;
  let hasW = false;
  for (const x of part) {
    if (x.type === "D") hasD = true;
    else hasW = true;
  }
  let k = part.length;
  let scale = 1;
  while (k > 0 && part[k - 1].type === "S") scale *= part[--k].val;
  const raw = k > 0 && k < part.length ? evaluate(part.slice(0, k)) : null;
  return {
    toks: part,
    start: part[0].start,
    end: part[part.length - 1].end,
    value: tidy(v),
    form: hasD && hasW ? "mixed" : hasD ? "digits" : "words",
    scale,
    scaleWord: k < part.length ? key.slice(part[k].start, part[part.length - 1].end) : void 0,
    rawBeforeScale: raw ?? v
  };
}
function wordBefore2(key, pos, k) {
  if (pos !== wbPos || key !== wbKey) {
    wbKey = key;
    wbPos = pos;
    wbList = [];
    wbAt = pos;
    wbDone = false;
  }
  while (wbList.length <= k && !wbDone) {
    let j = wbAt;
    while (j > 0 && key.charCodeAt(j - 1) === 32) j--;
    let q = j;
    while (q > 0 && isLetterAt(key, q - 1)) q--;
    if (j === wbAt || q === j || q > 0 && isDigitAt(key, q - 1)) {
      wbDone = true;
      break;
    }
    wbList.push({ w: key.slice(q, j), s: q });
    wbAt = q;
  }
  return wbList[k];
}
var wbKey = "";
var wbPos = -1;
var wbList = [];
var wbAt = 0;
var wbDone = true;
function isLetterAt(s, i) {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90;
  if (c >= 192 && c <= 591 && c !== 215 && c !== 247 || c >= 7680 && c <= 7935) return true;
  return LETTER3.test(s[i]);
}
var LETTER3 = /[\p{L}\p{M}]/u;
function dateWordBefore(key, start) {
  for (let at = 0; at < 2; at++) {
    const w = wordBefore2(key, start, at);
    if (!w) break;
    if (at === 1 && !DATE_FILLERS.has(wordBefore2(key, start, 0).w)) break;
    const p = DATE_TWO_LAST.has(w.w) ? wordBefore2(key, start, at + 1) : void 0;
    const two = p ? `${p.w} ${w.w}` : "";
    if (two && DATE_MAX.has(two)) return two;
    if (DATE_MAX.has(w.w)) return w.w;
  }
  return void 0;
}
function dateContextAround(key, start) {
  return dateWordBefore(key, start) !== void 0;
}
function ordinalBefore(key, start) {
  const w0 = wordBefore2(key, start, 0);
  if (!w0) return false;
  if (ORDINALS.has(w0.w)) return true;
  const w1 = ORDINAL_TWO_LAST.has(w0.w) ? wordBefore2(key, start, 1) : void 0;
  return !!w1 && ORDINALS.has(`${w1.w} ${w0.w}`);
}
function gluedBefore(key, start) {
  const c1 = key[start - 1];
  if (c1 === void 0) return false;
  const c2 = start >= 2 ? start - 2 : -1;
  if ((c1 === "-" || c1 === "/" || c1 === ".") && c2 >= 0 && (isLetterAt(key, c2) || isDigitAt(key, c2))) return true;
  return (c1 === "," || c1 === ":") && c2 >= 0 && isDigitAt(key, c2);
}
function qualifierBefore(key, start) {
  const from = wordBefore2(key, start, 0)?.w === TU ? 1 : 0;
  const last = wordBefore2(key, start, from);
  if (!last || !QUAL_LAST.has(last.w)) return void 0;
  const ws = [];
  for (let k = 0; k < from + 4; k++) {
    const w = wordBefore2(key, start, k);
    if (!w) break;
    ws.push(w);
  }
  for (let len = Math.min(4, ws.length - from); len >= 1; len--) {
    let phrase = ws[from].w;
    for (let k = from + 1; k < from + len; k++) phrase = `${ws[k].w} ${phrase}`;
    if (QUAL_BOUND.has(phrase)) return { word: phrase, s: ws[from + len - 1].s };
  }
  return void 0;
}
function keep(n, key, norm2, second = false) {
  const ca = key.charCodeAt(n.end);
  const after = ca === 32 || ca === 104 || ca === 103 || ca === 58 || ca === 47 || ca === 45 || ca === 46 ? key.slice(n.end, n.end + 12) : "";
  const first = n.toks[0];
  const d = n.scale === 1 ? dateWordBefore(key, n.start) : void 0;
  if (d) {
    const max = DATE_MAX.get(d) ?? Infinity;
    const plain = n.form !== "digits" || /^\d+$/.test(first.word) || max <= 31 && /^\d{1,2}[.,]\d{1,4}$/.test(first.word);
    if (plain && n.value <= max) return false;
  }
  if (n.scale === 1 && ordinalBefore(key, n.start)) return false;
  if (n.form === "digits") {
    if (!second && gluedBefore(key, n.start)) return false;
    if (TIME_AFTER.test(after) && !(n.value > 24 && /^g(?![\p{L}\p{M}\d])/u.test(after))) return false;
    if (SLASH_ID_AFTER.test(after)) return false;
    if (CODE_AFTER.test(after)) return false;
    const w = first.word;
    if (w.charCodeAt(0) === 48 && /^0\d/.test(w) && /^0\d{3,}/.test(w.replace(/[.,]/g, ""))) return false;
    if (w.length > 15 && w.replace(/[.,]/g, "").length > 15) return false;
  } else if (n.toks.length === 1) {
    const w = first.word;
    if (w === MOT) {
      if (MOT_AFTER.test(after)) return false;
    }
    if (VAGUE_AFTER.test(after)) return false;
    if (w === BAY_DIALECT) return false;
    if (w === BA) {
      if (BA_AFTER.test(after)) return false;
    }
  }
  if (n.form !== "digits") {
    const c = norm2[first.start];
    const c2 = norm2[first.start + 1] ?? "";
    if (c !== c.toLowerCase() && c2 !== c2.toLowerCase() && lowerWordBefore(norm2, first.start)) return false;
    if (c !== c.toLowerCase() && c2 === c2.toLowerCase()) {
      let k = first.start;
      while (k > 0 && norm2[k - 1] === " ") k--;
      const lead = k > 0 ? norm2[k - 1] : "";
      if (lead && !SENTENCE_OPENERS.has(lead)) return false;
      if (n.toks.length === 1 && CAPITAL_AFTER.test(norm2.slice(first.end, first.end + 4))) return false;
    }
  }
  return true;
}
function afterTitleWord(norm2, start) {
  let e = start;
  while (e > 0 && norm2.charCodeAt(e - 1) === 32) e--;
  if (e === start) return false;
  if (norm2[e - 1] === ".") e--;
  let q = e;
  while (q > 0 && isLetterAt(norm2, q - 1)) q--;
  if (e - q < 2 || q > 0 && !/\s/u.test(norm2[q - 1])) return false;
  const word = norm2.slice(q, e);
  const c0 = word[0];
  const rest = word.slice(1);
  if (c0 === c0.toLowerCase() || rest !== rest.toLowerCase()) return false;
  return !isSyllable(word);
}
function lowerWordBefore(norm2, at) {
  let k = at;
  while (k > 0 && norm2[k - 1] === " ") k--;
  if (k === at) return false;
  for (let j = k - 1; j >= 0 && j > k - 20; j--) {
    const ch = norm2[j];
    if (ch === " " || !/[\p{L}\p{M}]/u.test(ch)) break;
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}
function toHit(n, key, noQualifier = false) {
  const first = n.toks[0];
  const hit = {
    start: n.start,
    end: n.end,
    rule: `number.${n.form}`,
    value: n.value,
    numStart: n.start,
    numEnd: n.end,
    form: n.form
  };
  if (n.toks.some((t) => t.ambiguous)) hit.ambiguous = true;
  if (first.leadingZero) hit.leadingZero = true;
  const q = noQualifier ? void 0 : qualifierBefore(key, n.start);
  if (n.form === "digits" && first.word.length === 4 && /^\d{4}$/.test(first.word) && n.value >= 1900 && n.value <= 2099 && n.toks.length === 1) {
    if (!(q && NOT_YEAR_QUALIFIERS.has(q.word) && WORD_NEXT.test(key.slice(n.end, n.end + 4)))) hit.yearLike = true;
  }
  if (n.scaleWord) {
    hit.scaleWord = n.scaleWord;
    hit.scale = n.scale;
  }
  if (q) {
    hit.start = q.s;
    hit.approx = true;
    hit.bound = QUAL_BOUND.get(q.word) ?? "about";
    hit.qualifier = q.word;
  }
  return hit;
}

// src/recognize/qualifiers.ts
var BOUND = named("figure.bound-after", new RegExp(rx`^ +(?<b>${words(BOUND_AFTER.map(([w]) => w))})${R}`.source, "u"));
var BOUND_OF = new Map(BOUND_AFTER.map(([w, b]) => [fold(w), b]));
function qualifierOf(hit, n) {
  if (n.approx) {
    hit.approx = true;
    hit.bound = n.bound;
  }
}
function boundAfter(hit, key) {
  const b = BOUND.exec(key.slice(hit.end, hit.end + 20));
  if (!b) return;
  hit.approx = true;
  hit.bound = BOUND_OF.get(b.groups.b.replace(/\s+/g, " "));
  hit.end += b[0].length;
}
function qualify(hit, n, key) {
  qualifierOf(hit, n);
  if (n.range) hit.range = n.range;
  if (n.ambiguous) hit.ambiguous = true;
  boundAfter(hit, key);
  return hit;
}

// src/lexicon/currency.ts
var CURRENCIES = [
  ["\u0111\u1ED3ng Vi\u1EC7t Nam", "VND", 1],
  ["Vi\u1EC7t Nam \u0111\u1ED3ng", "VND", 1],
  ["\u0111\u1ED3ng", "VND", 1],
  ["\u0111", "VND", 1],
  ["VN\u0110", "VND", 1],
  ["VND", "VND", 1],
  ["\u20AB", "VND", 1],
  ["tr\u0111", "VND", 1e6],
  ["tr.\u0111", "VND", 1e6],
  ["tr.\u0111\u1ED3ng", "VND", 1e6],
  ["USD", "USD", 1],
  ["US$", "USD", 1],
  ["\u0111\xF4 la M\u1EF9", "USD", 1],
  ["\u0111\xF4-la M\u1EF9", "USD", 1],
  ["\u0111\xF4la M\u1EF9", "USD", 1],
  ["\u0111\xF4 la", "USD", 1],
  ["\u0111\xF4-la", "USD", 1],
  ["\u0111\xF4la", "USD", 1],
  ["$", "USD", 1],
  ["cent", "USD", 0.01],
  ["cent M\u1EF9", "USD", 0.01],
  ["xu M\u1EF9", "USD", 0.01],
  ["EUR", "EUR", 1],
  ["euro", "EUR", 1],
  ["\u20AC", "EUR", 1],
  ["y\xEAn Nh\u1EADt", "JPY", 1],
  ["y\xEAn", "JPY", 1],
  ["JPY", "JPY", 1],
  ["nh\xE2n d\xE2n t\u1EC7", "CNY", 1],
  ["NDT", "CNY", 1],
  ["CNY", "CNY", 1],
  ["b\u1EA3ng Anh", "GBP", 1],
  ["GBP", "GBP", 1],
  ["KRW", "KRW", 1],
  ["baht", "THB", 1],
  ["r\xFAp", "RUB", 1],
  ["riel", "KHR", 1],
  ["SGD", "SGD", 1],
  ["AUD", "AUD", 1]
];
var CURRENCY_PREFIXES = [
  ["US$", "USD"],
  ["$", "USD"],
  ["USD", "USD"],
  ["\u20AC", "EUR"],
  ["VND", "VND"],
  ["VN\u0110", "VND"]
];
var DONG_COMPOUNDS = [
  "ch\xED",
  "b\xE0o",
  "th\u1EDDi",
  "\xFD",
  "h\xE0nh",
  "nghi\u1EC7p",
  "b\u1ED9",
  "\u0111\u1ED9i",
  "lo\u1EA1t",
  "l\xF2ng",
  "thu\u1EADn",
  "t\xECnh",
  "h\u1ED3",
  "b\u1EB1ng",
  "ru\u1ED9ng",
  "ch\u1EE7",
  "s\xE1ng",
  "t\xE1c",
  "h\u01B0\u01A1ng",
  "m\xF4n",
  "minh",
  "ni\xEAn",
  "ph\u1EE5c",
  "t\xE2m",
  "\u0111\u1EC1u",
  "d\u1EA1ng",
  "c\u1EA3m",
  "l\xF5a",
  "ph\u1EA1m",
  "s\u1EDF h\u1EEFu",
  "t\u1ED5 ch\u1EE9c",
  "tr\xE1ch nhi\u1EC7m",
  "xu",
  "n\xE1t",
  "c\u1ECF",
  "qu\xEA",
  "dao"
];
var SCALES_BEFORE_CURRENCY = [
  ["tr", 1e6],
  ["k", 1e3],
  ["ngh\xECn t\u1EF7", 1e12],
  ["ng\xE0n t\u1EF7", 1e12],
  ["t\u1EF7", 1e9],
  ["tri\u1EC7u", 1e6],
  ["ngh\xECn", 1e3],
  ["ng\xE0n", 1e3]
];
var NOT_MONEY_AFTER_TY = ["ng\u01B0\u1EDDi", "l\u01B0\u1EE3t", "d\xE2n", "s\u1EA3n ph\u1EA9m", "chi\u1EBFc", "con", "c\xE2y", "li\u1EC1u", "tin nh\u1EAFn", "l\u1EC7", "tr\u1ECDng", "n\u0103m", "\xE1nh s\xE1ng"];
var RATE_UNITS = ["th\xE1ng", "n\u0103m", "ng\u01B0\u1EDDi", "su\u1EA5t", "h\u1ED9", "ng\xE0y", "c\xF4ng", "kg", "l\u01B0\u1EE3t"];
var MONEY_NOUNS = [
  "tr\u1ECB gi\xE1",
  "gi\xE1 tr\u1ECB",
  "kinh ph\xED",
  "s\u1ED1 ti\u1EC1n",
  "t\u1ED5ng s\u1ED1 ti\u1EC1n",
  "ti\u1EC1n",
  "v\u1ED1n",
  "t\u1ED5ng v\u1ED1n",
  "doanh thu",
  "l\u1EE3i nhu\u1EADn",
  "thu nh\u1EADp",
  "l\u01B0\u01A1ng",
  "m\u1EE9c l\u01B0\u01A1ng",
  "ti\u1EC1n l\u01B0\u01A1ng",
  "ti\u1EC1n th\u01B0\u1EDFng",
  "th\u01B0\u1EDFng",
  "\u1EE7ng h\u1ED9",
  "quy\xEAn g\xF3p",
  "ph\u1EA1t",
  "ti\u1EC1n ph\u1EA1t",
  "ng\xE2n s\xE1ch",
  "gi\xE1",
  "chi ph\xED",
  "h\u1ECDc ph\xED",
  "n\u1EE3",
  "t\xE0i tr\u1EE3",
  "h\u1ED7 tr\u1EE3"
];

// src/lexicon/units.ts
var UNITS = [
  // mass
  ["t\u1EA5n", "t\u1EA5n"],
  ["kg", "kg"],
  ["ki-l\xF4-gam", "kg"],
  ["kil\xF4gam", "kg"],
  ["t\u1EA1", "t\u1EA1"],
  ["gram", "g"],
  ["g", "g"],
  // length, area, volume
  ["km", "km"],
  ["ki-l\xF4-m\xE9t", "km"],
  ["c\xE2y s\u1ED1", "km"],
  ["m", "m"],
  ["m\xE9t", "m"],
  ["cm", "cm"],
  ["mm", "mm"],
  ["km2", "km2"],
  ["km\xB2", "km\xB2"],
  ["m2", "m2"],
  ["m\xB2", "m\xB2"],
  ["m\xE9t vu\xF4ng", "m2"],
  ["m3", "m3"],
  ["m\xB3", "m\xB3"],
  ["m 3", "m3"],
  ["m 2", "m2"],
  ["m\xE9t kh\u1ED1i", "m3"],
  ["Sm3", "Sm3"],
  ["ha", "ha"],
  ["h\xE9c-ta", "ha"],
  ["hecta", "ha"],
  ["s\xE0o", "s\xE0o"],
  ["l\xEDt", "l\xEDt"],
  // energy and power
  ["kWh", "kWh"],
  ["MWh", "MWh"],
  ["GWh", "GWh"],
  ["TWh", "TWh"],
  ["kW", "kW"],
  ["MW", "MW"],
  ["GW", "GW"],
  ["MWp", "MWp"],
  // voltage: names a line or a station
  ["kV", null],
  // temperature
  ["\u0111\u1ED9 C", "\u0111\u1ED9 C"],
  ["\xB0C", "\xB0C"]
];
var CONTEXT_UNITS = [["th\xF9ng", "th\xF9ng", ["d\u1EA7u", "d\u1EA7u th\xF4"]]];
var RATE_OPENERS = ["c\u1EE9", "m\u1ED7i", "c\u1EE9 m\u1ED7i", "trung b\xECnh", "b\xECnh qu\xE2n", "tr\xEAn"];

// src/lexicon/count-nouns.ts
var TASK_NOUNS = [
  "nhi\u1EC7m v\u1EE5",
  "\u0111\u1EA7u vi\u1EC7c",
  "\u0111\u1EA7u c\xF4ng vi\u1EC7c",
  "\u0111\u1EC1 t\xE0i",
  "d\u1EF1 \xE1n",
  "ch\u01B0\u01A1ng tr\xECnh",
  "ch\u1EC9 ti\xEAu",
  "ti\xEAu ch\xED",
  "\u0111\u1EC1 \xE1n",
  "h\u1EE3p \u0111\u1ED3ng",
  "c\xF4ng tr\xECnh",
  "s\xE1ng ki\u1EBFn",
  "n\u1ED9i dung",
  "k\u1EBF ho\u1EA1ch",
  "m\u1EE5c ti\xEAu",
  "ch\u01B0\u01A1ng tr\xECnh m\u1EE5c ti\xEAu qu\u1ED1c gia",
  "nhi\u1EC7m v\u1EE5 khoa h\u1ECDc",
  "g\xF3i th\u1EA7u",
  "h\u1EA1ng m\u1EE5c",
  "gi\u1EA3i ph\xE1p",
  "nh\xF3m nhi\u1EC7m v\u1EE5"
];
var PUBLICATION_NOUNS = [
  "b\xE0i b\xE1o",
  "c\xF4ng b\u1ED1",
  "c\xF4ng tr\xECnh khoa h\u1ECDc",
  "c\xF4ng tr\xECnh nghi\xEAn c\u1EE9u",
  "cu\u1ED1n s\xE1ch",
  "\u0111\u1EA7u s\xE1ch",
  "s\xE1ch",
  "gi\xE1o tr\xECnh",
  "ch\u01B0\u01A1ng s\xE1ch",
  "s\xE1ch chuy\xEAn kh\u1EA3o",
  "chuy\xEAn kh\u1EA3o",
  "t\xE0i li\u1EC7u",
  "b\u1EB1ng s\xE1ng ch\u1EBF",
  "s\xE1ng ch\u1EBF",
  "gi\u1EA3i ph\xE1p h\u1EEFu \xEDch",
  "b\u1EB1ng \u0111\u1ED9c quy\u1EC1n",
  "v\u0103n b\u1EB1ng b\u1EA3o h\u1ED9",
  "b\xE0i vi\u1EBFt",
  "t\xE1c ph\u1EA9m",
  "\u1EA5n ph\u1EA9m",
  "t\u1EADp san"
];
var TRAINING_NOUNS = [
  "h\u1ECDc vi\xEAn",
  "h\u1ECDc sinh",
  "hs",
  "sinh vi\xEAn",
  "sv",
  "nghi\xEAn c\u1EE9u sinh",
  "ncs",
  "th\u1EA1c s\u0129",
  "t\xE2n th\u1EA1c s\u0129",
  "t\xE2n ti\u1EBFn s\u0129",
  "t\xE2n c\u1EED nh\xE2n",
  "c\u1EED nh\xE2n",
  "k\u1EF9 s\u01B0",
  "h\u1ECDc vi\xEAn cao h\u1ECDc",
  "h\u1ECDc vi\xEAn m\u1EDBi",
  "th\u1EF1c t\u1EADp sinh",
  "l\u1EDBp",
  "l\u1EDBp h\u1ECDc",
  "l\u1EDBp t\u1EADp hu\u1EA5n",
  "l\u1EDBp b\u1ED3i d\u01B0\u1EE1ng",
  "l\u1EDBp \u0111\xE0o t\u1EA1o",
  "kh\xF3a h\u1ECDc",
  "kh\xF3a \u0111\xE0o t\u1EA1o",
  "kh\xF3a t\u1EADp hu\u1EA5n",
  "chuy\xEAn ng\xE0nh",
  "ng\xE0nh \u0111\xE0o t\u1EA1o",
  "ng\xE0nh h\u1ECDc",
  "m\xE3 ng\xE0nh",
  "lu\u1EADn \xE1n",
  "lu\u1EADn v\u0103n",
  "h\u1ECDc b\u1ED5ng",
  "l\u01B0\u1EE3t \u0111\xE0o t\u1EA1o",
  "l\u01B0\u1EE3t t\u1EADp hu\u1EA5n",
  "h\u1ECDc vi\xEAn t\u1ED1t nghi\u1EC7p",
  "em h\u1ECDc sinh",
  "th\xED sinh"
];
var STAFF_PEOPLE = [
  "ng\u01B0\u1EDDi",
  "ng\u01B0\u1EDDi lao \u0111\u1ED9ng",
  "lao \u0111\u1ED9ng",
  "c\xF4ng nh\xE2n",
  "cn",
  "cnl\u0111",
  "c\xE1n b\u1ED9",
  "c\xE1n b\u1ED9, c\xF4ng ch\u1EE9c",
  "c\xF4ng ch\u1EE9c",
  "vi\xEAn ch\u1EE9c",
  "nh\xE2n vi\xEAn",
  "c\xE1n b\u1ED9, nh\xE2n vi\xEAn",
  "gi\xE1o vi\xEAn",
  "nh\xE0 gi\xE1o",
  "ti\u1EBFn s\u0129",
  "\u0111o\xE0n vi\xEAn",
  "\u0111\u1EA3ng vi\xEAn",
  "h\u1ED9i vi\xEAn",
  "th\xE0nh vi\xEAn",
  "\u0111\u1EA1i bi\u1EC3u",
  "\u0111\u1ED3ng ch\xED",
  "\u0111/c",
  "chi\u1EBFn s\u0129",
  "c\xE1n b\u1ED9, chi\u1EBFn s\u0129",
  "l\u01B0\u1EE3t ng\u01B0\u1EDDi",
  "ch\u1EE7 t\u1ECBch",
  "ph\xF3 ch\u1EE7 t\u1ECBch",
  "gi\xE1m \u0111\u1ED1c",
  "ph\xF3 gi\xE1m \u0111\u1ED1c",
  "t\u1ED5ng gi\xE1m \u0111\u1ED1c",
  "hi\u1EC7u tr\u01B0\u1EDFng",
  "ph\xF3 hi\u1EC7u tr\u01B0\u1EDFng",
  "b\xED th\u01B0",
  "ph\xF3 b\xED th\u01B0",
  "tr\u01B0\u1EDFng ph\xF2ng",
  "tr\u01B0\u1EDFng ban",
  "c\xE1n b\u1ED9 qu\u1EA3n l\xFD",
  "c\xE1n b\u1ED9 ch\u1EE7 ch\u1ED1t",
  "ch\u1EE7 t\u1ECBch c\xF4ng \u0111o\xE0n",
  "th\u1EA7y c\xF4",
  "th\u1EA7y, c\xF4",
  "th\u1EA7y gi\xE1o",
  "c\xF4 gi\xE1o"
];
var PERSONNEL_NOUNS = [
  ...STAFF_PEOPLE,
  "nl\u0111",
  "l\u0111",
  "cnvc",
  "cnvcl\u0111",
  "cnvc-l\u0111",
  "cbcnv",
  "cbcnvc",
  "cbcnvl\u0111",
  "gi\u1EA3ng vi\xEAn",
  "gi\u1EA3ng vi\xEAn ch\xEDnh",
  "c\xE1n b\u1ED9 gi\u1EA3ng d\u1EA1y",
  "gi\xE1o s\u01B0",
  "ph\xF3 gi\xE1o s\u01B0",
  "b\xE1c s\u0129",
  "y b\xE1c s\u0129",
  "ph\xF3ng vi\xEAn",
  "bi\xEAn t\u1EADp vi\xEAn",
  "\u0111o\xE0n vi\xEAn c\xF4ng \u0111o\xE0n",
  "\u0111\u1EA3ng vi\xEAn m\u1EDBi",
  "h\u1ED9i vi\xEAn m\u1EDBi",
  "\u1EE7y vi\xEAn",
  "c\u1ED5 \u0111\xF4ng",
  "s\u0129 quan",
  "qu\xE2n nh\xE2n",
  "t\xECnh nguy\u1EC7n vi\xEAn",
  "nh\xE0 khoa h\u1ECDc",
  "chuy\xEAn gia",
  "nghi\xEAn c\u1EE9u vi\xEAn",
  "ki\u1EC3m s\xE1t vi\xEAn",
  "th\u1EA9m ph\xE1n",
  "l\xE3nh \u0111\u1EA1o",
  "kh\xE1ch m\u1EDDi",
  "ng\u01B0\u1EDDi tham d\u1EF1",
  "v\u1EADn \u0111\u1ED9ng vi\xEAn",
  "di\u1EC5n vi\xEAn",
  "ngh\u1EC7 s\u0129",
  "h\u01B0\u1EDBng d\u1EABn vi\xEAn",
  "y t\xE1",
  "\u0111i\u1EC1u d\u01B0\u1EE1ng",
  "d\u01B0\u1EE3c s\u0129",
  "k\u1EF9 thu\u1EADt vi\xEAn",
  "b\u1ED9 \u0111\u1ED9i",
  "c\xF4ng an",
  "nh\xE2n s\u1EF1",
  // "tám vị tham gia Ủy ban": the classifier of people standing alone
  "v\u1ECB"
];
var ORGANIZATION_NOUNS = [
  "\u0111\u01A1n v\u1ECB",
  "\u0111\u01A1n v\u1ECB tr\u1EF1c thu\u1ED9c",
  "doanh nghi\u1EC7p",
  "dn",
  "c\xF4ng ty",
  "t\u1ED5ng c\xF4ng ty",
  "t\u1EADp \u0111o\xE0n",
  "ng\xE2n h\xE0ng",
  "h\u1EE3p t\xE1c x\xE3",
  "htx",
  "c\u01A1 s\u1EDF",
  "c\u01A1 s\u1EDF s\u1EA3n xu\u1EA5t",
  "c\xF4ng \u0111o\xE0n c\u01A1 s\u1EDF",
  "c\u0111cs",
  "c\u0111 c\u01A1 s\u1EDF",
  "c\u0111 c\u1EA5p ng\xE0nh",
  "c\xF4ng \u0111o\xE0n c\u1EA5p ng\xE0nh",
  "l\u0111l\u0111",
  "li\xEAn \u0111o\xE0n lao \u0111\u1ED9ng",
  "t\u1ED5 c\xF4ng \u0111o\xE0n",
  "c\xF4ng \u0111o\xE0n",
  "c\u0111",
  "chi b\u1ED9",
  "\u0111\u1EA3ng b\u1ED9",
  "chi h\u1ED9i",
  "chi \u0111o\xE0n",
  "h\u1ED9i",
  "c\xE2u l\u1EA1c b\u1ED9",
  "clb",
  "t\u1ED5 ch\u1EE9c",
  "t\u1ED5 ch\u1EE9c c\xF4ng \u0111o\xE0n",
  "c\u01A1 quan",
  "tr\u01B0\u1EDDng",
  "tr\u01B0\u1EDDng h\u1ECDc",
  "tr\u01B0\u1EDDng \u0111\u1EA1i h\u1ECDc",
  "vi\u1EC7n",
  "vi\u1EC7n nghi\xEAn c\u1EE9u",
  "trung t\xE2m",
  "khoa",
  "b\u1ED9 m\xF4n",
  "ph\xF2ng",
  "ph\xF2ng ban",
  "ph\xF2ng ban ch\u1EE9c n\u0103ng",
  "ban",
  "bql d\u1EF1 \xE1n",
  "ban qu\u1EA3n l\xFD d\u1EF1 \xE1n",
  "b\u1EC7nh vi\u1EC7n",
  "nh\xE0 m\xE1y",
  "x\xED nghi\u1EC7p",
  "chi nh\xE1nh",
  "h\xE3ng",
  "\u0111\u1ED1i t\xE1c",
  "qu\xE2n \u0111\u1ED9i",
  "kcn",
  "khu c\xF4ng nghi\u1EC7p",
  "khu ch\u1EBF xu\u1EA5t",
  "c\u1EE5m c\xF4ng nghi\u1EC7p",
  "b\u1ED9, ng\xE0nh",
  "ng\xE0nh",
  "s\u1EDF",
  "s\u1EDF, ng\xE0nh",
  "t\xF2a so\u1EA1n",
  "c\u01A1 quan b\xE1o ch\xED",
  "\u0111\xE0i",
  "t\u1ED5",
  "nh\xF3m",
  "\u0111\u1ED9i",
  "t\u1ED5 ch\u1EE9c \u0111\u1EA3ng",
  "b\xEAn",
  "ph\xE1p nh\xE2n",
  "nh\xE0 b\u0103ng",
  "\u0111\u01A1n v\u1ECB s\u1EF1 nghi\u1EC7p",
  "\u0111\u01A1n v\u1ECB s\u1EF1 nghi\u1EC7p c\xF4ng l\u1EADp",
  "\u0111vsncl",
  "\u0111i\u1EC3m tr\u01B0\u1EDDng",
  "nh\xE0 th\u1EA7u",
  "h\u1ED9 kinh doanh",
  "h\u1ED9 kinh doanh c\xE1 th\u1EC3"
];
var AWARD_NOUNS = [
  "t\u1EADp th\u1EC3",
  "c\xE1 nh\xE2n",
  "t\u1EADp th\u1EC3, c\xE1 nh\xE2n",
  "t\u1ED5 ch\u1EE9c, c\xE1 nh\xE2n",
  "c\u1EDD",
  "c\u1EDD thi \u0111ua",
  "b\u1EB1ng khen",
  "gi\u1EA5y khen",
  "hu\xE2n ch\u01B0\u01A1ng",
  "huy ch\u01B0\u01A1ng",
  "huy ch\u01B0\u01A1ng v\xE0ng",
  "huy ch\u01B0\u01A1ng b\u1EA1c",
  "huy ch\u01B0\u01A1ng \u0111\u1ED3ng",
  "hcv",
  "hcb",
  "hc\u0111",
  "huy hi\u1EC7u",
  "huy hi\u1EC7u \u0111\u1EA3ng",
  "k\u1EF7 ni\u1EC7m ch\u01B0\u01A1ng",
  "danh hi\u1EC7u",
  "gi\u1EA3i",
  "gi\u1EA3i th\u01B0\u1EDFng",
  "gi\u1EA3i nh\u1EA5t",
  "gi\u1EA3i nh\xEC",
  "gi\u1EA3i ba",
  "gi\u1EA3i khuy\u1EBFn kh\xEDch",
  "\u0111i\u1EC3n h\xECnh",
  "\u0111i\u1EC3n h\xECnh ti\xEAn ti\u1EBFn",
  "g\u01B0\u01A1ng",
  "gia \u0111\xECnh h\u1ECDc t\u1EADp",
  "d\xF2ng h\u1ECD h\u1ECDc t\u1EADp",
  "c\u1ED9ng \u0111\u1ED3ng h\u1ECDc t\u1EADp",
  "\u0111\u01A1n v\u1ECB h\u1ECDc t\u1EADp",
  "d\xF2ng h\u1ECD",
  "su\u1EA5t h\u1ECDc b\u1ED5ng",
  "chi\u1EBFn s\u0129 thi \u0111ua",
  "lao \u0111\u1ED9ng ti\xEAn ti\u1EBFn",
  "gia \u0111\xECnh v\u0103n h\xF3a",
  "l\xE0ng v\u0103n h\xF3a"
];
var EVENT_NOUNS = [
  "h\u1ED9i ngh\u1ECB",
  "h\u1ED9i th\u1EA3o",
  "t\u1ECDa \u0111\xE0m",
  "di\u1EC5n \u0111\xE0n",
  "cu\u1ED9c h\u1ECDp",
  "bu\u1ED5i",
  "bu\u1ED5i l\xE0m vi\u1EC7c",
  "cu\u1ED9c",
  "cu\u1ED9c thanh tra",
  "cu\u1ED9c ki\u1EC3m tra",
  "cu\u1ED9c thi",
  "h\u1ED9i thi",
  "\u0111\u1EE3t",
  "phi\xEAn",
  "chuy\u1EBFn",
  "ho\u1EA1t \u0111\u1ED9ng",
  "s\u1EF1 ki\u1EC7n",
  "l\u1EC5",
  "gi\u1EA3i \u0111\u1EA5u",
  "tr\u1EADn",
  "phi\xEAn h\u1ECDp",
  "k\u1EF3 h\u1ECDp",
  "cu\u1ED9c v\u1EADn \u0111\u1ED9ng",
  "phong tr\xE0o",
  "k\u1EF3 quay s\u1ED1",
  "k\u1EF3 quay th\u01B0\u1EDFng",
  "k\u1EF3 thi"
];
var OTHER_NOUNS = [
  "su\u1EA5t",
  "su\u1EA5t qu\xE0",
  "ph\u1EA7n qu\xE0",
  "ph\u1EA7n",
  "m\xF3n qu\xE0",
  "qu\xE0",
  "v\xE9",
  "h\u1ED9",
  "h\u1ED9 d\xE2n",
  "h\u1ED9 gia \u0111\xECnh",
  "h\u1ED9 ngh\xE8o",
  "gia \u0111\xECnh",
  "nh\xE0",
  "ng\xF4i nh\xE0",
  "c\u0103n nh\xE0",
  "c\u0103n h\u1ED9",
  "c\u0103n",
  "m\xE1i \u1EA5m",
  "nh\xE0 m\xE1i \u1EA5m",
  "l\xF4",
  "l\xF4 \u0111\u1EA5t",
  "m\u1EA3nh \u0111\u1EA5t",
  "th\u1EEDa \u0111\u1EA5t",
  "b\u1EA5t \u0111\u1ED9ng s\u1EA3n",
  "chi\u1EBFc",
  "chi\u1EBFc xe",
  "xe",
  "\xF4 t\xF4",
  "xe \xF4 t\xF4",
  "container",
  "con",
  "qu\u1EA3",
  "c\xE2y",
  "t\u1EA5m",
  "b\u1ED9",
  "lo\u1EA1i",
  "s\u1EA3n ph\u1EA9m",
  "m\u1EB7t h\xE0ng",
  "gian h\xE0ng",
  "c\u1ED5 ph\u1EA7n",
  "c\u1ED5 phi\u1EBFu",
  "t\u1EDD tr\xECnh",
  "c\xE2u h\u1ECFi",
  "\xFD ki\u1EBFn",
  "l\u01B0\u1EE3t \xFD ki\u1EBFn",
  "ki\u1EBFn ngh\u1ECB",
  "v\u1EA5n \u0111\u1EC1",
  "v\u1EE5",
  "v\u1EE5 vi\u1EC7c",
  "v\u1EE5 \xE1n",
  "v\u1EE5 vi ph\u1EA1m",
  "tr\u01B0\u1EDDng h\u1EE3p",
  "\u0111\u01A1n",
  "\u0111\u01A1n th\u01B0",
  "\u0111\u01A1n ki\u1EBFn ngh\u1ECB",
  "h\u1ED3 s\u01A1",
  "nh\xE2n kh\u1EA9u",
  "l\u01B0\u1EE3t c\xF4ng d\xE2n",
  "c\xF4ng d\xE2n",
  "l\u01B0\u1EE3t",
  "l\u01B0\u1EE3t kh\xE1ch",
  "l\u01B0\u1EE3t truy c\u1EADp",
  "kh\xE1ch",
  "du kh\xE1ch",
  "b\u1ECB c\xE1o",
  "b\u1ECB h\u1EA1i",
  "n\u1EA1n nh\xE2n",
  "\u0111\u1ED1i t\u01B0\u1EE3ng",
  "t\u1EC9nh",
  "t\u1EC9nh, th\xE0nh ph\u1ED1",
  "t\u1EC9nh, th\xE0nh",
  "th\xE0nh ph\u1ED1",
  "qu\u1EADn",
  "huy\u1EC7n",
  "huy\u1EC7n, th\u1ECB x\xE3",
  "qu\u1EADn, huy\u1EC7n",
  "x\xE3",
  "ph\u01B0\u1EDDng",
  "x\xE3, ph\u01B0\u1EDDng",
  "x\xE3, ph\u01B0\u1EDDng, th\u1ECB tr\u1EA5n",
  "th\u1ECB tr\u1EA5n",
  "\u0111\u1ECBa ph\u01B0\u01A1ng",
  "l\xE0ng",
  "th\xF4n",
  "b\u1EA3n",
  "\u1EA5p",
  "n\u01B0\u1EDBc",
  "qu\u1ED1c gia",
  "camera",
  "m\xE1y",
  "thi\u1EBFt b\u1ECB",
  "th\xE1ng l\u01B0\u01A1ng",
  "l\u1EA7n",
  "ch\xE1u",
  "em",
  "\u0111o\xE0n",
  "tuy\u1EBFn",
  "tuy\u1EBFn \u0111\u01B0\u1EDDng",
  "tuy\u1EBFn ph\u1ED1",
  "chung c\u01B0",
  "ca",
  "ca b\u1EC7nh",
  "ca m\u1EAFc",
  "b\u1EC7nh nh\xE2n",
  "ng\u01B0\u1EDDi b\u1EC7nh",
  "l\u01B0\u1EE3t kh\xE1m",
  "l\u01B0\u1EE3t b\u1EC7nh nh\xE2n",
  "t\xE1c gi\u1EA3",
  "b\xE0i h\xE1t",
  "ca kh\xFAc",
  "th\u01B0\u01A1ng hi\u1EC7u",
  "l\u01B0\u1EE3t xem",
  "tin b\xE0i",
  "cu\u1ED9c g\u1ECDi",
  "tin nh\u1EAFn",
  "\u0111\u1ECBa \u0111i\u1EC3m",
  "c\u1EEDa h\xE0ng",
  "ch\u1EE3",
  "si\xEAu th\u1ECB",
  "gi\u1EA5y ch\u1EE9ng nh\u1EADn",
  "gi\u1EA5y ph\xE9p",
  "th\u1EE7 t\u1EE5c",
  "th\u1EE7 t\u1EE5c h\xE0nh ch\xEDnh",
  "d\u1ECBch v\u1EE5",
  "d\u1ECBch v\u1EE5 c\xF4ng",
  "t\xE0i kho\u1EA3n",
  "v\u0103n b\u1EA3n",
  "m\xF4 h\xECnh",
  "c\xF4ng vi\u1EC7c",
  "c\u1ED9ng \u0111\u1ED3ng",
  "\u0111i\u1EC3m thi",
  "\u0111i\u1EC3m b\xE1n",
  "\u0111i\u1EC3m b\xE1n h\xE0ng",
  "\u0111i\u1EC3m giao d\u1ECBch",
  "c\u1EE5m r\u1EA1p",
  "r\u1EA1p",
  "c\u1EE5m thi",
  "ph\xF2ng thi",
  "b\u1ECB can",
  "phim",
  "b\u1ED9 phim",
  "ng\u01B0\u1EDDi con",
  "ng\u01B0\u1EDDi n\u01B0\u1EDBc ngo\xE0i"
];
var PEOPLE_FLEX = [
  ...STAFF_PEOPLE,
  "h\u1ECDc sinh",
  "hs",
  "sinh vi\xEAn",
  "sv",
  "em",
  "em h\u1ECDc sinh",
  "ch\xE1u",
  "th\u1EA1c s\u0129",
  "c\xE1 nh\xE2n",
  "th\xED sinh",
  "gia \u0111\xECnh",
  "c\xF4ng d\xE2n"
];
var UNIT_FLEX = [
  "\u0111\u01A1n v\u1ECB",
  "doanh nghi\u1EC7p",
  "dn",
  "t\u1ED5 ch\u1EE9c",
  "t\u1ED5 c\xF4ng \u0111o\xE0n",
  "c\u0111cs",
  "c\xF4ng \u0111o\xE0n c\u01A1 s\u1EDF",
  "tr\u01B0\u1EDDng",
  "x\xE3",
  "x\xE3, ph\u01B0\u1EDDng",
  "x\xE3, ph\u01B0\u1EDDng, th\u1ECB tr\u1EA5n",
  "l\xE0ng",
  "th\xF4n",
  "h\u1ED9",
  "h\u1ED9 gia \u0111\xECnh",
  "d\xF2ng h\u1ECD",
  "c\u1ED9ng \u0111\u1ED3ng",
  "t\u1EADp th\u1EC3",
  "chi b\u1ED9",
  "\u0111\u1EA3ng b\u1ED9",
  "m\xF4 h\xECnh"
];
var TRAINING_CLUES = [
  "\u0111\xE0o t\u1EA1o",
  "t\u1EADp hu\u1EA5n",
  "b\u1ED3i d\u01B0\u1EE1ng",
  "tuy\u1EC3n sinh",
  "tuy\u1EC3n m\u1EDBi",
  "tr\xFAng tuy\u1EC3n",
  "nh\u1EADp h\u1ECDc",
  "t\u1ED1t nghi\u1EC7p",
  "h\u1ECDc ngh\u1EC1",
  "theo h\u1ECDc",
  "\u0111ang h\u1ECDc",
  "c\u1EED \u0111i h\u1ECDc",
  "\u0111i h\u1ECDc",
  "du h\u1ECDc",
  "lu\u1EADn \xE1n",
  "lu\u1EADn v\u0103n",
  "b\u1EA3o v\u1EC7 th\xE0nh c\xF4ng",
  "nghi\xEAn c\u1EE9u sinh",
  "h\u1ECDc vi\xEAn",
  "cao h\u1ECDc",
  "kh\xF3a h\u1ECDc",
  "l\u1EDBp h\u1ECDc",
  "h\u1ECDc t\u1EADp t\u1EA1i",
  "trao b\u1EB1ng",
  "nh\u1EADn b\u1EB1ng",
  "c\u1EA5p b\u1EB1ng",
  "s\u01A1 c\u1EA5p",
  "trung c\u1EA5p",
  "cao \u0111\u1EB3ng",
  "gi\xE1o d\u1EE5c ngh\u1EC1 nghi\u1EC7p",
  "gdnn",
  "ph\xE2n lu\u1ED3ng"
];
var AWARD_CLUES = [
  "khen th\u01B0\u1EDFng",
  "b\u1EB1ng khen",
  "gi\u1EA5y khen",
  "t\u1EB7ng th\u01B0\u1EDFng",
  "tuy\xEAn d\u01B0\u01A1ng",
  "bi\u1EC3u d\u01B0\u01A1ng",
  "vinh danh",
  "t\xF4n vinh",
  "danh hi\u1EC7u",
  "hu\xE2n ch\u01B0\u01A1ng",
  "huy ch\u01B0\u01A1ng",
  "huy hi\u1EC7u",
  "k\u1EF7 ni\u1EC7m ch\u01B0\u01A1ng",
  "c\u1EDD thi \u0111ua",
  "c\u1EDD",
  "gi\u1EA3i th\u01B0\u1EDFng",
  "\u0111\u01B0\u1EE3c c\xF4ng nh\u1EADn",
  "\u0111\u1EA1t danh hi\u1EC7u",
  "d\u1EABn \u0111\u1EA7u",
  "thi \u0111ua",
  "\u0111i\u1EC3n h\xECnh",
  "xu\u1EA5t s\u1EAFc",
  "h\u1ECDc b\u1ED5ng",
  "gi\u1EA3i nh\u1EA5t",
  "\u0111\u01B0\u1EE3c t\u1EB7ng",
  "trao t\u1EB7ng",
  "hh",
  "\u0111\u1EA1t gi\u1EA3i",
  "\u0111o\u1EA1t gi\u1EA3i",
  "gi\xE0nh gi\u1EA3i"
];
var NOT_COUNTED = [
  "n\u0103m",
  "th\xE1ng",
  "ng\xE0y",
  "gi\u1EDD",
  "ph\xFAt",
  "gi\xE2y",
  "tu\u1EA7n",
  "tu\u1ED5i",
  "qu\xFD",
  "th\u1EBF k\u1EF7",
  "th\u1EADp k\u1EF7",
  "th\u1EADp ni\xEAn",
  "k\u1EF3",
  "\u0111\xEAm",
  "ti\u1EBFng",
  "h",
  "m\xF9a",
  "ni\xEAn kh\xF3a",
  "nhi\u1EC7m k\u1EF3",
  "kh\xF3a",
  "\u0111\u1ED3ng",
  "t\u1EF7",
  "tri\u1EC7u",
  "ngh\xECn",
  "ng\xE0n",
  "tr\u0103m",
  "v\u1EA1n",
  "ch\u1EE5c",
  "usd",
  "\u0111\xF4",
  "\u0111\xF4 la",
  "euro",
  "cent",
  "xu",
  "vn\u0111",
  "vnd",
  "\u0111",
  "ph\u1EA7n tr\u0103m",
  "\u0111i\u1EC3m",
  "\u0111\u1ED9",
  "l\u1EA7n th\u1EE9",
  "s\u1ED1",
  "th\u1EE9",
  "tr\xEAn",
  "d\u01B0\u1EDBi",
  "h\u01A1n",
  "kho\u1EA3ng",
  "g\u1EA7n",
  "v\xE0",
  "v\u1EDBi",
  "c\u1EE7a",
  "trong",
  "\u0111\u01B0\u1EE3c",
  "\u0111\xE3",
  "\u0111ang",
  "s\u1EBD",
  "cho",
  "t\u1EA1i",
  "l\xE0",
  "c\xF3",
  "\u0111\u1EA1t",
  "t\u1EEB",
  "\u0111\u1EBFn",
  "t\u1EDBi",
  "theo",
  "thu\u1ED9c",
  "so",
  "n\xE0y",
  "\u0111\xF3",
  "kia",
  "c\xE1c",
  "nh\u1EEFng",
  "nh\u01B0ng",
  "khi",
  "\u0111\u1EC3",
  "v\u1EC1",
  "b\u1ECB",
  "v\xE0o",
  "ra",
  "l\xEAn",
  "xu\u1ED1ng",
  "qua",
  "\u1EDF",
  "b\u1EB1ng",
  "ho\u1EB7c",
  "th\xEC",
  "m\xE0",
  "n\xEAn",
  "v\xEC",
  "n\u1EBFu",
  "l\xFAc",
  "sau",
  "tr\u01B0\u1EDBc",
  "gi\u1EEFa",
  "c\xF9ng",
  "kh\xF4ng",
  "ch\u01B0a",
  "ch\u1EC9",
  "r\u1EA5t",
  "nh\u1EA5t",
  "l\u1EA1i",
  "th\xEAm",
  "n\u1EEFa",
  "r\u1ED3i",
  "c\u0169ng",
  "\u0111\u1EC1u",
  "v\u1EABn",
  "c\xF2n",
  "t\u0103ng",
  "gi\u1EA3m",
  "chi\u1EBFm",
  "g\u1ED3m",
  "nh\u01B0",
  "tr\u1EDF l\xEAn",
  "tr\u1EDF xu\u1ED1ng",
  "m\u1ED7i",
  "m\u1ED9t",
  "hai",
  "ba",
  "b\u1ED1n",
  "s\xE1u",
  "b\u1EA3y",
  "t\xE1m",
  "ch\xEDn",
  "m\u01B0\u1EDDi",
  "m\u01B0\u01A1i",
  "l\u0103m",
  "linh",
  "l\u1EBB",
  "r\u01B0\u1EE1i",
  "n\u1EEDa",
  "\u0111\u1EA7u",
  "cu\u1ED1i",
  "ti\u1EBFp",
  "li\u1EC1n",
  "li\xEAn ti\u1EBFp",
  "tr\u01B0\u1EDBc \u0111\xE2y",
  "g\u1EA5p",
  "ngo\xE0i",
  "ri\xEAng",
  "t\u1ED5ng",
  "b\xECnh qu\xE2n",
  "bi\u1EBFt",
  "r\xF5",
  "s\u1EA1ch",
  "d\u1EF1 ki\u1EBFn",
  "n\xF3i",
  "lu\xF4n",
  "c\u1EA7n",
  "ph\u1EA3i",
  "ng\u01B0\u1EDDi",
  "l\u01B0\u1EE3t",
  "t\u1ED1t",
  "cao",
  "th\u1EA5p",
  "l\u1EDBn",
  "nh\u1ECF",
  "m\u1EDBi",
  "c\u0169",
  "kh\xE1c",
  "chung",
  // sentence particles
  "th\xF4i",
  "nh\xE9",
  "\u1EA1",
  "\u0111\u1EA5y",
  "\u0111\xE2u",
  "ch\u1EE9",
  "v\u1EADy"
];
var OTHER_PEOPLE_CLUES = [
  "b\u1ECB c\xE1o",
  "b\u1ECB can",
  "b\u1ECB h\u1EA1i",
  "n\u1EA1n nh\xE2n",
  "b\u1ECB l\u1EEBa",
  "l\u1EEBa \u0111\u1EA3o",
  "chi\u1EBFm \u0111o\u1EA1t",
  "tuy\xEAn ph\u1EA1t",
  "x\xE9t x\u1EED",
  "t\u1EED vong",
  "th\u01B0\u01A1ng vong",
  "b\u1ECB th\u01B0\u01A1ng",
  "m\u1EAFc b\u1EC7nh",
  "nhi\u1EC5m b\u1EC7nh",
  "ng\u01B0\u1EDDi b\u1EC7nh",
  "b\u1EC7nh nh\xE2n",
  "m\u1EA5t t\xEDch",
  "kh\xE1m b\u1EC7nh",
  "kh\xE1m ch\u1EEFa b\u1EC7nh",
  "\u0111\u01B0\u1EE3c kh\xE1m",
  "\u0111i kh\xE1m",
  "\u0111\u1EBFn kh\xE1m",
  "kh\xE1m, ch\u1EEFa b\u1EC7nh",
  "\u0111i\u1EC1u tr\u1ECB",
  "c\u1EA5p c\u1EE9u",
  "ch\u1EBFt",
  "l\xE0m ch\u1EBFt",
  "thi\u1EC7t m\u1EA1ng",
  "t\u1EED n\u1EA1n",
  "th\u1EEBa k\u1EBF",
  "nghi ph\u1EA1m",
  "kh\u1EDFi t\u1ED1",
  "b\u1EAFt gi\u1EEF",
  "t\u1EA1m gi\u1EEF",
  "t\u1EA1m giam",
  "truy n\xE3"
];
var DISCIPLINE_CLUES = ["k\u1EF7 lu\u1EADt", "khi\u1EC3n tr\xE1ch", "c\u1EA3nh c\xE1o", "c\xE1ch ch\u1EE9c", "b\xE3i nhi\u1EC7m", "gi\xE1ng ch\u1EE9c", "b\u1ECB x\u1EED l\xFD", "x\u1EED ph\u1EA1t", "b\u1ECB ph\u1EA1t", "vi ph\u1EA1m", "sai ph\u1EA1m"];
var WORK_FLEX = ["t\xE1c ph\u1EA9m", "\u1EA5n ph\u1EA9m"];
var SCREEN_CLUES = ["phim", "\u0111i\u1EC7n \u1EA3nh", "ph\xF2ng v\xE9", "r\u1EA1p", "bom t\u1EA5n", "\u0111\u1EA1o di\u1EC5n", "di\u1EC5n vi\xEAn", "ca kh\xFAc", "b\xE0i h\xE1t", "album", "s\xE2n kh\u1EA5u", "tr\xECnh chi\u1EBFu", "c\xF4ng chi\u1EBFu"];

// src/recognize/money.ts
var L2 = new RegExp(L);
var R4 = new RegExp(R);
var local2 = (re) => new RegExp(re.source, "u");
var CURRENCY_OF = new Map(CURRENCIES.map(([w, iso, f]) => [fold(w), { iso, factor: f }]));
var SCALE_OF = new Map(SCALES_BEFORE_CURRENCY.map(([w, v]) => [fold(w), v]));
var PREFIX_OF = new Map(CURRENCY_PREFIXES.map(([w, iso]) => [fold(w), iso]));
var CURRENCY_AFTER = named(
  "money.currency",
  local2(rx`^ *(?:(?<scale>${words(SCALES_BEFORE_CURRENCY.map(([w]) => w))}) *)?(?<cur>${words(CURRENCIES.map(([w]) => w))})(?![\p{L}\p{M}\p{N}$])`)
);
var PER = named("money.per", local2(rx`^ *\/ *(?<p>[\p{L}\p{M}]+\d?)`));
var PREFIX = named("money.prefix", local2(rx`${L2}(?<cur>${words(CURRENCY_PREFIXES.map(([w]) => w))}) ?$|(?<sign>[$€]) ?$`));
var CURRENCY_FIRST = new Set([...SCALES_BEFORE_CURRENCY.map(([w]) => w), ...CURRENCIES.map(([w]) => w)].map((w) => fold(w).charCodeAt(0)));
var PREFIX_LAST = new Set([...CURRENCY_PREFIXES.map(([w]) => fold(w)), "$", "\u20AC"].map((w) => w.charCodeAt(w.length - 1)));
var DONG_COMPOUND = named("money.dongCompound", local2(rx`^ +${words(DONG_COMPOUNDS)}${R4}`));
var NOT_MONEY = named(
  "money.notMoney",
  local2(rx`^ *(?:${words(UNITS.map(([w]) => w))}|${words([...NOT_MONEY_AFTER_TY, ...PERSONNEL_NOUNS, ...TRAINING_NOUNS])}|usd|đô|euro|eur|yên)${R4}`)
);
var ESTIMATE = named("money.estimate", local2(rx`${L2}(?:ước|dự\s+kiến|dự\s+ước)${R4}`));
var GLUED = named(
  "money.glued",
  rx`(?<n>\d(?<=[^\0-\x40\x5b-\x60\x7b-\x7f]\d)(?<=[\p{L}\p{M}]\d)\d*(?:[.,]\d+)*) *(?<scale>${words(["ngh\xECn t\u1EF7", "ng\xE0n t\u1EF7", "t\u1EF7", "tri\u1EC7u", "ngh\xECn", "ng\xE0n"])}) *(?<cur>${words(["\u0111\u1ED3ng", "VN\u0110", "VND"])})${R4}`
);
var COMRADE = named("money.comrade", /^\/c(?![\p{L}\p{M}])/u);
var RATE_AFTER = named("money.rate", local2(rx`^ *\/ *${words(RATE_UNITS)}${R4}`));
var SMALL_SCALES = new Set(["tri\u1EC7u", "ngh\xECn", "ng\xE0n"].map(fold));
var NOTHING_AFTER = named("money.nothingAfter", local2(rx`^ *(?:[.,;:!?)\n]|$|(?<= )và${R4})`));
var MONEY_BEFORE = named("money.context", local2(rx`${L2}${words(MONEY_NOUNS)}(?: +(?:là|đạt|khoảng|lên|tới|gần|hơn|trên|dưới|ước|mức|ước\s+tính))* +$`));
var FROM_BEFORE = named("money.from", local2(rx`${L2}từ(?: +(?:mức|khoảng|gần|hơn|trên))? +$`));
var TO_BETWEEN = named("money.to", local2(rx`^ +(?:tăng +|giảm +)?(?:lên|xuống|còn)(?: +(?:mức|khoảng|gần|hơn|trên))? +$`));
var TY = fold("t\u1EF7");
var LOWER_CURRENCY = new Set(CURRENCIES.filter(([w]) => w === w.toLowerCase() && new RegExp("\\p{L}", "u").test(w)).map(([w]) => fold(w)));
function isTitleCase(norm2, at) {
  const a = norm2[at] ?? "";
  const b = norm2[at + 1] ?? "";
  return a !== a.toLowerCase() && b !== b.toUpperCase();
}
function recognizeMoney(ctx) {
  const { doc } = ctx;
  const key = doc.key;
  const out = [];
  const nums = scanNumbers(ctx);
  const made = nums.map((n) => moneyOf(n, key, doc.norm));
  for (let i = made.length - 2; i >= 0; i--) {
    const a = nums[i];
    const b = made[i + 1];
    if (made[i] || !b || a.of !== void 0 || a.range) continue;
    if (!FROM_BEFORE.test(key.slice(Math.max(0, a.numStart - 12), a.numStart))) continue;
    if (!TO_BETWEEN.test(key.slice(a.end, nums[i + 1].start))) continue;
    const bn = nums[i + 1];
    const factor = b.value / bn.value * ((a.scale ?? 1) === 1 && (bn.scale ?? 1) > 1 ? bn.scale : 1);
    made[i] = { kind: "money", value: tidy2(a.value * factor), currency: b.currency, start: a.start, end: a.end, rule: "money.from-to", numStart: a.numStart, numEnd: a.numEnd, ...a.approx ? { approx: true, bound: a.bound } : {} };
  }
  for (const hit of made) if (hit) out.push(hit);
  GLUED.lastIndex = 0;
  let m;
  while (m = GLUED.exec(key)) {
    const p = parseDigits(m.groups.n, ctx.convention);
    if (!p) continue;
    let numEnd = m.index + m[0].length - m.groups.cur.length;
    while (key[numEnd - 1] === " ") numEnd--;
    const value = tidy2(p.value * SCALE_OF.get(m.groups.scale.replace(/\s+/g, " ")));
    const hit = { kind: "money", value, currency: "VND", start: m.index, end: m.index + m[0].length, rule: "money.glued", numStart: m.index, numEnd };
    const per = perAfter(key, doc.norm, hit.end);
    if (per.list.length) {
      hit.per = per.list;
      hit.end = per.end;
    }
    out.push(hit);
  }
  return out.sort((a, b) => a.start - b.start);
}
function moneyOf(n, key, norm2) {
  if (n.of !== void 0) return null;
  let at = n.end;
  while (key.charCodeAt(at) === 32) at++;
  const canCurrency = at < key.length && CURRENCY_FIRST.has(key.charCodeAt(at));
  const last = key.charCodeAt(n.numStart - 1) === 32 ? key.charCodeAt(n.numStart - 2) : key.charCodeAt(n.numStart - 1);
  const canPrefix = n.start === n.numStart && PREFIX_LAST.has(last);
  if (!canCurrency && !canPrefix && n.scaleWord === void 0) return null;
  const after = key.slice(n.end, n.end + 60);
  const m = canCurrency ? CURRENCY_AFTER.exec(after) : null;
  let value = n.value;
  let currency;
  let end = n.end;
  let rule = "money.currency";
  let start = n.start;
  if (m) {
    const cur = m.groups.cur;
    const c = CURRENCY_OF.get(cur.replace(/\s+/g, " "));
    const rest = after.slice(m[0].length);
    if (cur === "\u0111" && COMRADE.test(rest)) return null;
    if (cur === fold("\u0111\u1ED3ng") && DONG_COMPOUND.test(rest)) return null;
    const curAt = n.end + m[0].length - cur.length;
    if (LOWER_CURRENCY.has(cur) && isTitleCase(norm2, curAt)) return null;
    const scale = m.groups.scale;
    if (scale) {
      value *= SCALE_OF.get(scale.replace(/\s+/g, " "));
    }
    value *= c.factor;
    currency = c.iso;
    end = n.end + m[0].length;
    if (c.factor < 1) rule = "money.cent";
  } else {
    const before = canPrefix ? key.slice(Math.max(0, n.numStart - 8), n.numStart) : "";
    const p = canPrefix ? PREFIX.exec(before) : null;
    if (p) {
      currency = p.groups.cur ? PREFIX_OF.get(p.groups.cur) : p.groups.sign === "\u20AC" ? "EUR" : "USD";
      start = n.numStart - (before.length - p.index);
      rule = "money.prefix";
    } else {
      const sw = n.scaleWord;
      const bareTy = sw !== void 0 && sw.endsWith(TY) && !NOT_MONEY.test(after);
      const bareSmall = sw !== void 0 && SMALL_SCALES.has(sw);
      const rate = bareSmall && RATE_AFTER.test(after);
      const context = bareSmall && !rate && NOTHING_AFTER.test(after) && MONEY_BEFORE.test(key.slice(Math.max(0, n.start - 30), n.start));
      if (!bareTy && !rate && !context) return null;
      currency = "VND";
      rule = bareTy ? "money.bare-scale" : context ? "money.context" : "money.rate";
    }
  }
  const hit = { kind: "money", value: tidy2(value), currency, start, end, rule, numStart: n.numStart, numEnd: n.numEnd };
  const per = perAfter(key, norm2, end);
  if (per.list.length) {
    hit.per = per.list;
    hit.end = per.end;
  }
  if (n.approx) {
    hit.approx = true;
    hit.bound = n.bound;
  }
  boundAfter(hit, key);
  if (n.range) hit.range = moneyRange(n, value);
  if (n.ambiguous) hit.ambiguous = true;
  const clause = key.slice(Math.max(0, hit.start - 40), hit.start).split(/[,.;:()\n]/).pop();
  if (ESTIMATE.test(clause)) hit.estimated = true;
  return hit;
}
function perAfter(key, norm2, end) {
  const list = [];
  while (list.length < 3) {
    const p = PER.exec(key.slice(end, end + 30));
    if (!p) break;
    list.push(norm2.slice(end + p[0].length - p.groups.p.length, end + p[0].length));
    end += p[0].length;
  }
  return { list, end };
}
function moneyRange(n, value) {
  const k = value / n.value;
  return { from: tidy2(n.range.from * k), to: tidy2(n.range.to * k) };
}
function tidy2(x) {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}

// src/lexicon/compare.ts
var RELATION_WORDS = [
  ["kh\xF4ng \u0111\u1EA1t", "kh\xF4ng \u0111\u1EA1t"],
  ["ch\u01B0a \u0111\u1EA1t", "kh\xF4ng \u0111\u1EA1t"],
  ["ho\xE0n th\xE0nh", "ho\xE0n th\xE0nh"],
  ["\u0111\u1EA1t", "\u0111\u1EA1t"],
  ["v\u01B0\u1EE3t", "v\u01B0\u1EE3t"],
  ["t\u0103ng", "t\u0103ng"],
  ["gi\u1EA3m", "gi\u1EA3m"],
  ["b\u1EB1ng", "b\u1EB1ng"],
  ["chi\u1EBFm", "chi\u1EBFm"],
  ["c\xF2n", "c\xF2n"]
];
var BASIS_WORDS = [
  "k\u1EBF ho\u1EA1ch",
  "ch\u1EC9 ti\xEAu",
  "d\u1EF1 to\xE1n",
  "m\u1EE5c ti\xEAu",
  "c\xF9ng k\u1EF3",
  "n\u0103m tr\u01B0\u1EDBc",
  "n\u0103m ngo\xE1i",
  "th\xE1ng tr\u01B0\u1EDBc",
  "qu\xFD tr\u01B0\u1EDBc",
  "k\u1EF3 tr\u01B0\u1EDBc",
  "nhi\u1EC7m k\u1EF3 tr\u01B0\u1EDBc"
];
var EXHAUSTIVE_MARKERS = ["bao g\u1ED3m", "g\u1ED3m c\xF3", "g\u1ED3m"];
var PARTIAL_MARKERS = ["trong \u0111\xF3 c\xF3", "trong \u0111\xF3", "trong s\u1ED1 \u0111\xF3", "trong s\u1ED1 n\xE0y"];
var ESTIMATE_WORDS = ["\u01B0\u1EDBc", "\u01B0\u1EDBc \u0111\u1EA1t", "\u01B0\u1EDBc t\xEDnh", "\u01B0\u1EDBc th\u1EF1c hi\u1EC7n", "d\u1EF1 ki\u1EBFn", "d\u1EF1 \u01B0\u1EDBc"];
var PERCENT_GLUE = [
  "\u0111\u1EA1t",
  "b\u1EB1ng",
  "t\u0103ng",
  "gi\u1EA3m",
  "v\u01B0\u1EE3t",
  "chi\u1EBFm",
  "c\xF2n",
  "ho\xE0n th\xE0nh",
  "kh\xF4ng",
  "ch\u01B0a",
  "t\u01B0\u01A1ng \u0111\u01B0\u01A1ng",
  "t\u01B0\u01A1ng \u0111\u01B0\u01A1ng v\u1EDBi",
  "t\u01B0\u01A1ng \u1EE9ng",
  "t\u01B0\u01A1ng \u1EE9ng v\u1EDBi",
  "t\u1EF7 l\u1EC7",
  "kho\u1EA3ng",
  "g\u1EA7n",
  "h\u01A1n",
  "tr\xEAn",
  "d\u01B0\u1EDBi",
  "\u0111\u01B0\u1EE3c",
  "l\xE0",
  "\u01B0\u1EDBc",
  "l\xEAn",
  "xu\u1ED1ng",
  "th\xEAm",
  "m\u1EE9c",
  "ch\u1EC9",
  "so",
  "so v\u1EDBi",
  "c\xF9ng k\u1EF3",
  "n\u0103m",
  "tr\u01B0\u1EDBc",
  "ngo\xE1i",
  "k\u1EBF ho\u1EA1ch",
  "ch\u1EC9 ti\xEAu",
  "d\u1EF1 to\xE1n",
  "\u0111\u1EC1 ra",
  "giao",
  "c\u1EE7a",
  "v\xE0",
  "t\u1ED5ng s\u1ED1"
];
var SUBJECT_TRIM = [
  "\u01B0\u1EDBc \u0111\u1EA1t",
  "\u01B0\u1EDBc t\xEDnh",
  "\u01B0\u1EDBc th\u1EF1c hi\u1EC7n",
  "\u01B0\u1EDBc",
  "d\u1EF1 ki\u1EBFn",
  "\u0111\u1EA1t",
  "l\xE0",
  "c\xF3",
  "kho\u1EA3ng",
  "h\u01A1n",
  "xu\u1ED1ng",
  "tr\xEAn",
  "g\u1EA7n",
  "d\u01B0\u1EDBi",
  "v\u1EDBi",
  "\u0111\u01B0\u1EE3c",
  "t\u1ED5ng",
  "t\u1ED5ng c\u1ED9ng",
  "l\xEAn",
  "t\u1EDBi",
  "\u0111\u1EBFn",
  "th\xEAm",
  "th\u1EF1c hi\u1EC7n",
  "v\xE0",
  "c\xF2n",
  "\u0111\xE3",
  "c\u1EA3",
  "t\u0103ng",
  "gi\u1EA3m",
  "v\u01B0\u1EE3t",
  "b\u1EB1ng",
  "chi\u1EBFm",
  "ho\xE0n th\xE0nh",
  "kh\xF4ng \u0111\u1EA1t",
  "ch\u01B0a \u0111\u1EA1t",
  "ch\u1EC9",
  "m\u1EE9c",
  "c\u1EE7a",
  "t\u1EEB",
  "g\u1ED3m",
  "bao g\u1ED3m",
  "trong \u0111\xF3",
  "trong \u0111\xF3 c\xF3",
  "ri\xEAng",
  "c\u1EE5 th\u1EC3",
  "theo \u0111\xF3",
  "hi\u1EC7n",
  "nay",
  "hi\u1EC7n nay",
  "\u0111\u1EBFn nay",
  "t\xEDnh \u0111\u1EBFn",
  "n\u0103m",
  "v\u1EDBi t\u1ED5ng",
  "t\u1EA5t c\u1EA3",
  "m\u1EDBi",
  "cho",
  "ch\u1EC9 c\xF3",
  "\u0111\u1EC1u",
  "nh\u01B0ng",
  "song",
  "m\xE0",
  "th\xEC",
  "l\u1EA1i",
  "c\u0169ng"
];

// src/recognize/percent.ts
var L3 = new RegExp(L);
var R5 = new RegExp(R);
var local3 = (re) => new RegExp(re.source, "u");
var SIGN = named("percent.sign", local3(rx`^ *(?:[%％]|phần\s+trăm${R5})`));
var RELATION_OF = new Map(RELATION_WORDS.map(([w, r]) => [fold(w), r]));
var RELATION_BEFORE = named(
  "percent.relation",
  local3(rx`${L3}(?<rel>${words(RELATION_WORDS.map(([w]) => w))})(?: +(?:lên|thêm|được|xuống|tỉ\s+lệ|khoảng|gần|hơn|trên|dưới|tới|ở\s+mức|mức))? *$`)
);
var BASIS_AFTER = named(
  "percent.basis",
  local3(rx`^ *(?:(?:so\s+)?với\s+)?(?<basis>năm\s+\d{4}|${words(BASIS_WORDS)}(?:\s+năm(?:\s+\d{4}|\s+trước|\s+ngoái)?)?)${R5}`)
);
var IMPLIED_AFTER = named("percent.implied", local3(rx`^ +(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)${R5}`));
var IMPLIED_RELATIONS = new Set(["\u0111\u1EA1t", "v\u01B0\u1EE3t", "b\u1EB1ng", "ho\xE0n th\xE0nh"].map(fold));
function recognizePercent(ctx) {
  const key = ctx.doc.key;
  const norm2 = ctx.doc.norm;
  const out = [];
  for (const n of scanNumbers(ctx)) {
    const hit = percentOf(n, key, norm2);
    if (hit) out.push(hit);
  }
  return out;
}
function percentOf(n, key, norm2) {
  if (n.of !== void 0 || (n.scale ?? 1) >= 1e3) return null;
  const s = SIGN.exec(key.slice(n.end, n.end + 16));
  if (!s && (Number.isInteger(n.value) || n.range || !IMPLIED_AFTER.test(key.slice(n.end, n.end + 20)))) return null;
  const rel = RELATION_BEFORE.exec(key.slice(Math.max(0, n.start - 30), n.start));
  const relation = rel ? RELATION_OF.get(rel.groups.rel.replace(/\s+/g, " ")) : void 0;
  let rule = "percent.sign";
  if (!s) {
    if (!rel || !IMPLIED_RELATIONS.has(rel.groups.rel)) return null;
    rule = "percent.implied";
  }
  const hit = { kind: "percent", value: n.value, start: n.start, end: n.end + (s ? s[0].length : 0), rule, numStart: n.numStart, numEnd: n.numEnd };
  qualify(hit, n, key);
  if (relation) hit.relation = relation;
  const basis = BASIS_AFTER.exec(key.slice(hit.end, hit.end + 50));
  if (basis) {
    const at = hit.end + basis.index + basis[0].length - basis.groups.basis.length;
    hit.basis = norm2.slice(at, hit.end + basis[0].length);
  }
  return hit;
}

// src/recognize/measure.ts
var local4 = (re) => new RegExp(re.source, "u");
var UNIT_OF = new Map(UNITS.map(([w, u]) => [fold(w), u]));
var LOWER_UNITS = new Set(UNITS.filter(([w]) => w === w.toLowerCase()).map(([w]) => fold(w)));
var UNIT_AFTER = named("measure.unit", local4(rx`^ ?(?<u>${words(UNITS.map(([w]) => w))})(?![\p{L}\p{M}\p{N}²³])`));
var ELIDED_SCALES = new Set(["tri\u1EC7u", "ngh\xECn", "ng\xE0n", "v\u1EA1n"].map(fold));
var ELIDED_REACH = 400;
var NOTHING_AFTER2 = named("measure.nothingAfter", local4(rx`^ *(?:[.,;:!?)\n]|$|(?<= )(?:nên|và|thì|mà|nhưng|còn|so\s+với|vào|trong|năm)(?![\p{L}\p{M}\p{N}]))`));
var SLASH_BEFORE = named("measure.slashBefore", /\/ *$/);
var CONTEXT_UNIT_OF = new Map(CONTEXT_UNITS.map(([w, u]) => [fold(w), u]));
var CONTEXT_UNIT_AFTER = named("measure.contextUnit", local4(rx`^ ?(?<u>${words(CONTEXT_UNITS.map(([w]) => w))})(?![\p{L}\p{M}\p{N}])`));
var CONTEXT_AFTER = named("measure.contextAfter", local4(rx`^ *\/|^ +${words(CONTEXT_UNITS.flatMap(([, , after]) => after))}(?![\p{L}\p{M}\p{N}])`));
var RATE_OPENER = named("measure.rateOpener", local4(rx`^[\s"“'(*•-]*(?:${words(RATE_OPENERS)}\s*)?$`));
var UNIT_FIRST = new Set([...UNITS.map(([w]) => w), ...CONTEXT_UNITS.map(([w]) => w)].map((w) => fold(w).charCodeAt(0)));
var ELIDED_RATIO = 10;
function recognizeMeasure(ctx) {
  const key = ctx.doc.key;
  const out = [];
  for (const n of scanNumbers(ctx)) {
    const hit = measureOf(n, key, ctx.doc.norm);
    if (hit) out.push(hit);
  }
  addElided(ctx, out);
  return out.filter((h2, i) => {
    if (h2.value !== 1 || h2.approx || h2.range) return true;
    const next = out[i + 1];
    if (!next || next.start >= sentenceEnd(ctx, h2.start)) return true;
    return !RATE_OPENER.test(key.slice(sentenceStart(ctx, h2.start), h2.start));
  });
}
function addElided(ctx, out) {
  if (!out.length) return;
  const key = ctx.doc.key;
  const added = [];
  const nums = scanNumbers(ctx);
  for (const n of nums) {
    if (!n.scaleWord || !ELIDED_SCALES.has(n.scaleWord) || n.of !== void 0) continue;
    if (!NOTHING_AFTER2.test(key.slice(n.end, n.end + 12))) continue;
    let prev;
    for (const h2 of out) {
      if (h2.end > n.start) break;
      prev = h2;
    }
    if (!prev || n.start - prev.end > ELIDED_REACH || prev.value < 1e3) continue;
    if (n.value > prev.value * ELIDED_RATIO || n.value * ELIDED_RATIO < prev.value) continue;
    if (nums.some((o) => o.start >= prev.end && o.end <= n.start && o.scaleWord !== void 0)) continue;
    const hit = { kind: "measure", value: n.value, unit: prev.unit, start: n.start, end: n.end, rule: "measure.elided", numStart: n.numStart, numEnd: n.numEnd };
    if (n.approx) {
      hit.approx = true;
      hit.bound = n.bound;
    }
    added.push(hit);
  }
  if (!added.length) return;
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}
function sentenceStart(ctx, pos) {
  const i = sentenceIndex(ctx.sentences, pos);
  return i >= 0 ? ctx.sentences[i].start : pos;
}
function sentenceEnd(ctx, pos) {
  const i = sentenceIndex(ctx.sentences, pos);
  return i >= 0 ? ctx.sentences[i].end : pos;
}
function measureOf(n, key, norm2) {
  if (n.of !== void 0) return null;
  const c = key.charCodeAt(n.end) === 32 ? key.charCodeAt(n.end + 1) : key.charCodeAt(n.end);
  if (!UNIT_FIRST.has(c)) return null;
  const u = UNIT_AFTER.exec(key.slice(n.end, n.end + 24)) ?? contextUnit(n, key);
  if (!u) return null;
  const at = n.end + u[0].length - u.groups.u.length;
  if ((LOWER_UNITS.has(u.groups.u) || CONTEXT_UNIT_OF.has(u.groups.u)) && isTitleCase(norm2, at)) return null;
  if (u.groups.u.length === 1 && LOWER_UNITS.has(u.groups.u) && norm2[at] !== key[at]) return null;
  if (SLASH_BEFORE.test(key.slice(Math.max(0, n.start - 3), n.start))) return null;
  const unit = UNIT_OF.get(u.groups.u.replace(/\s+/g, " ")) ?? CONTEXT_UNIT_OF.get(u.groups.u);
  if (!unit) return null;
  const hit = { kind: "measure", value: n.value, unit, start: n.start, end: n.end + u[0].length, rule: "measure.unit", numStart: n.numStart, numEnd: n.numEnd };
  qualify(hit, n, key);
  return hit;
}
function contextUnit(n, key) {
  const u = CONTEXT_UNIT_AFTER.exec(key.slice(n.end, n.end + 24));
  if (!u) return null;
  if ((n.scale ?? 1) >= 1e3 || CONTEXT_AFTER.test(key.slice(n.end + u[0].length, n.end + u[0].length + 16))) return u;
  return null;
}

// src/recognize/date-scan.ts
var LMN = /[\p{L}\p{M}\p{N}]/u;
function wordCharBefore2(s, at) {
  if (at <= 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c < 128) return c >= 97 && c <= 122 || c >= 48 && c <= 57 || c >= 65 && c <= 90;
  if (c >= 192 && c <= 591 && c !== 215 && c !== 247 || c >= 7840 && c <= 7929 || c >= 768 && c <= 879) return true;
  if (c >= 56320 && c <= 57343 && at >= 2) return LMN.test(String.fromCodePoint(s.codePointAt(at - 2)));
  return LMN.test(s[at - 1]);
}
function* edged(s, re, from = 0) {
  re.lastIndex = from;
  let m;
  while (m = re.exec(s)) {
    if (wordCharBefore2(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
}
function execAtEnd(re, s, maxWords) {
  if (s !== lastEndText || lastEndWords < maxWords) {
    lastEndStarts.length = 0;
    let i = s.length;
    let inWord = false;
    for (; i > 0; i--) {
      const w = wordCharBefore2(s, i);
      if (w === inWord) continue;
      if (inWord) {
        lastEndStarts.push(i);
        if (lastEndStarts.length === maxWords) break;
      }
      inWord = w;
    }
    if (i === 0 && inWord && lastEndStarts.length < maxWords) lastEndStarts.push(0);
    lastEndText = s;
    lastEndWords = maxWords;
  }
  for (let k = Math.min(maxWords, lastEndStarts.length) - 1; k >= 0; k--) {
    re.lastIndex = lastEndStarts[k];
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}
var lastEndText = "";
var lastEndWords = 0;
var lastEndStarts = [];

// src/lexicon/dates.ts
var PARTS_OF_DAY = ["s\xE1ng", "chi\u1EC1u", "t\u1ED1i", "tr\u01B0a", "\u0111\xEAm", "khuya", "s\xE1ng s\u1EDBm", "chi\u1EC1u t\u1ED1i", "t\u1ED1i mu\u1ED9n"];
var WEEKDAYS = ["hai", "ba", "t\u01B0", "n\u0103m", "s\xE1u", "b\u1EA3y", "2", "3", "4", "5", "6", "7"];
var DAY_WORDS = ["ng\xE0y", "m\u1ED3ng", "m\xF9ng", "h\xF4m", "nay", "h\xF4m nay", "s\xE1ng nay", "chi\u1EC1u nay", "t\u1ED1i nay"];
var WEAK_DATE_CUES = ["t\u1EEB", "\u0111\u1EBFn", "t\u1EDBi", "tr\u01B0\u1EDBc", "sau", "v\xE0o", "\u0111\u1EA7u", "cu\u1ED1i", "h\u1EBFt", "d\u1ECBp"];
var SPAN_WORDS = ["t\u1EEB", "t\xEDnh \u0111\u1EBFn", "t\xEDnh t\u1EEB", "\u0111\u1EBFn", "\u0111\u1EBFn h\u1EBFt", "t\u1EDBi", "tr\u01B0\u1EDBc", "sau", "k\u1EC3 t\u1EEB", "cho \u0111\u1EBFn", "h\u1EBFt", "tr\u01B0\u1EDBc ng\xE0y", "sinh ng\xE0y"];
var REFERENCE_WORDS = [
  "ngh\u1ECB \u0111\u1ECBnh",
  "quy\u1EBFt \u0111\u1ECBnh",
  "th\xF4ng t\u01B0",
  "ch\u1EC9 th\u1ECB",
  "ngh\u1ECB quy\u1EBFt",
  "c\xF4ng v\u0103n",
  "v\u0103n b\u1EA3n",
  "b\xE1o c\xE1o s\u1ED1",
  "k\u1EBF ho\u1EA1ch s\u1ED1",
  "h\u01B0\u1EDBng d\u1EABn s\u1ED1",
  "th\xF4ng b\xE1o s\u1ED1",
  "t\u1EDD tr\xECnh",
  "lu\u1EADt",
  "ph\xE1p l\u1EC7nh",
  "c\xF4ng \u0111i\u1EC7n",
  "quy \u0111\u1ECBnh s\u1ED1",
  "ch\u01B0\u01A1ng tr\xECnh s\u1ED1",
  "\u0111\u1EC1 \xE1n s\u1ED1"
];
var QUARTER_ROMAN = { i: 1, ii: 2, iii: 3, iv: 4 };
var EVENT_KINDS = [
  "h\u1ED9i ngh\u1ECB",
  "h\u1ED9i th\u1EA3o",
  "\u0111\u1EA1i h\u1ED9i",
  "\u0111\u1EA1i h\u1ED9i \u0111\u1ED3ng c\u1ED5 \u0111\xF4ng",
  "t\u1ECDa \u0111\xE0m",
  "di\u1EC5n \u0111\xE0n",
  "l\u1EC5 k\u1EF7 ni\u1EC7m",
  "l\u1EC5 k\xFD k\u1EBFt",
  "l\u1EC5 trao",
  "l\u1EC5 tuy\xEAn d\u01B0\u01A1ng",
  "l\u1EC5 khai gi\u1EA3ng",
  "l\u1EC5 t\u1ED1t nghi\u1EC7p",
  "l\u1EC5 ra m\u1EAFt",
  "l\u1EC5 \u0111\xF3n nh\u1EADn",
  "l\u1EC5 kh\xE1nh th\xE0nh",
  "l\u1EC5 kh\u1EDFi c\xF4ng",
  "l\u1EC5 ph\xE1t \u0111\u1ED9ng",
  "l\u1EC5",
  "bu\u1ED5i l\xE0m vi\u1EC7c",
  "bu\u1ED5i g\u1EB7p m\u1EB7t",
  "cu\u1ED9c g\u1EB7p g\u1EE1",
  "phi\xEAn h\u1ECDp",
  "k\u1EF3 h\u1ECDp",
  "cu\u1ED9c h\u1ECDp",
  "giao ban",
  "s\u01A1 k\u1EBFt",
  "t\u1ED5ng k\u1EBFt",
  "\u0111\u1ED1i tho\u1EA1i",
  "t\u1EADp hu\u1EA5n",
  "phi\xEAn t\xF2a",
  "x\xE9t x\u1EED",
  "h\u1ED9i di\u1EC5n",
  "h\u1ED9i thi",
  "h\u1ED9i gi\u1EA3ng"
];

// src/recognize/date-year.ts
var L4 = new RegExp(L);
var R6 = new RegExp(R);
var HAS_WEAK_YEAR_WORD = /từng|hồi|trước|cách|vào|đến|tới|sau|tầm|từ|sn|sinh|kế|dự|so|luật|ước|pháp|định|chuẩn/;
var HAS_AFTER_WORD = /kì|điểm|cuối|tết/;
var HAS_FUTURE_WORD = /sẽ|dự|kế|hạn|chậm|mai/;
function dayNumber(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const mm = m <= 2 ? m + 9 : m - 3;
  return yy * 365 + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + Math.floor((153 * mm + 2) / 5) + d;
}
function sentenceAt(ctx, at) {
  const i = sentenceIndex(ctx.sentences, at);
  return i >= 0 ? ctx.sentences[i] : void 0;
}
var BARE_YEAR = named("date.bare-year", rx`(?<y>(?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|[/.,]\d)`);
var NOT_BEFORE_YEAR = /[\p{L}\p{M}\p{N}/.,]/u;
var AMOUNT_BEFORE = named("date.amount", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:hơn|gần|khoảng|trên|dưới|chừng|tới\s{1,2}gần|hàng)\s{1,2}$`, "u"));
var DATE_PART_BEFORE = /(?:^|[^\d])\d{1,2}\s{0,2}-\s{0,2}$/u;
var DATA_AFTER = named("date.data", new RegExp(src`^(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,3}\s{1,2}(?:là|có|đạt|còn|giảm|tăng)(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,1}\s{1,2}\d`, "u"));
var TARGET_SRC = src`(?:(?:đến|tới|trước|sau|tầm\s{1,2}nhìn|từ|sn)(?:\s{1,2}(?:hết|cuối|đầu|giữa))?(?:\s{1,2}năm)?|(?<!(?:tuyển|học)\s{1,2})sinh(?:\s{1,2}(?:năm|ngày))?|kế\s{1,2}hoạch(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm|dự\s{1,2}kiến(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}năm)[\s,(]{0,3}`;
var TARGET_BEFORE = named("date.target", new RegExp(src`${L4}${new RegExp(TARGET_SRC, "u")}$`, "uy"));
var PAST_SRC = src`(?:(?:từng|(?<!phục\s{1,2})hồi|trước\s{1,2}đó|cách\s{1,2}đây)(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,4}[\s,]{1,3}|vào\s{1,2})(?:năm\s{1,2})?`;
var AFTER_BEFORE = named(
  "date.after",
  new RegExp(src`${L4}(?:cùng\s{1,2}kì|cùng\s{1,2}thời\s{1,2}điểm|so\s{1,2}với\s{1,2}(?:cuối|tết))(?:\s{1,2}năm)?\s{1,2}$`, "uy")
);
var JUST_PAST_AFTER = named("date.just-past", new RegExp(src`^\s{1,2}vừa\s{1,2}qua${R6}`, "u"));
var PAST_MONTH_BEFORE = named("date.past-month", new RegExp(src`(?<![\p{L}\p{M}])hồi\s{1,2}(?:cuối\s{1,2}|đầu\s{1,2}|giữa\s{1,2})?$`, "u"));
var COMPARED_SRC = src`so(?:\s{1,2}với)?(?:\s{1,2}năm)?\s{1,2}`;
var LAW_SRC = src`(?:luật|công\s{1,2}ước|hiến\s{1,2}pháp|hiệp\s{1,2}định|hiệp\s{1,2}ước|pháp\s{1,2}lệnh|nghị\s{1,2}định|quy\s{1,2}chuẩn|tiêu\s{1,2}chuẩn)(?:\s{1,2}(?:[\p{L}\p{M}]{1,8}|\([\p{L}\p{M}]{1,8}\))){0,4}\s{1,2}(?:năm\s{1,2})?`;
var WEAK_YEAR_BEFORE = named("date.weak-year", new RegExp(src`${L4}(?:${new RegExp(TARGET_SRC, "u")}|${new RegExp(PAST_SRC, "u")}|${new RegExp(COMPARED_SRC, "u")}|${new RegExp(LAW_SRC, "u")})$`, "uy"));
var RANGE_END_BEFORE = named("date.range-end", /(?:19|20)\d\d\s{0,2}[-–]\s{0,2}$/u);
var RANGE_START_AFTER = /^\s{0,2}[-–]\s{0,2}(?:19|20)\d\d(?!\d)/u;
var SCHOOL_YEAR_BEFORE = named("date.school-year", new RegExp(src`năm\s{1,2}học\s{1,2}(?:(?:19|20)\d\d\s{0,2}[-–]\s{0,2})?$`, "u"));
var TERM_BEFORE = named("date.term", new RegExp(src`nhiệm\s{1,2}kì\s{1,2}(?:(?:19|20)\d\d\s{0,2}[-–]\s{0,2})?$`, "u"));
var OPENS_TERM = named("date.opens-term", rx`(?:đại\s{1,2}hội|bầu|nhậm\s{1,2}chức|khai\s{1,2}mạc)${R6}`);
var REVIEW = named("date.review", rx`(?:tổng\s{1,2}kết|sơ\s{1,2}kết|nhìn\s{1,2}lại|kết\s{1,2}thúc)${R6}`);
var FULL_REVIEW = named("date.full-review", rx`(?:tổng\s{1,2}kết|nhìn\s{1,2}lại)${R6}`);
var PART_OF_YEAR_BEFORE = named("date.part-of-year", new RegExp(src`(?:tháng|quí\s{1,2}[\p{L}\d]{1,3}|đầu|giữa)\s{1,2}năm\s{1,2}$`, "u"));
var END_OF_YEAR_BEFORE = named("date.end-of-year", new RegExp(src`(?<![\p{L}\p{M}])(?<!tháng\s{1,2})cuối\s{1,2}(?:năm\s{1,2})?$`, "u"));
function toldAsPast(after) {
  const end = after.search(/[.;!?\n]/);
  const clause = end < 0 ? after : after.slice(0, end);
  return /(?:^|\s)đã\s/.test(clause) && !/(?:^|\s)(?:sẽ|dự\s+kiến|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)\s/.test(clause);
}
var DIRECTIVE = named("date.directive", /(?:^|[\s,])(?:cần|phải|phấn\s{1,2}đấu|[Tt]ừ\s{1,2}nay\s{1,2}(?:đến|tới))\s/u);
function directiveBefore(norm2, at) {
  const from = Math.max(0, at - 200);
  const before = norm2.slice(from, at);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("\n"));
  return DIRECTIVE.test(before.slice(cut + 1));
}
function pastBefore(before) {
  const from = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("\n"));
  const clause = before.slice(from + 1);
  return (/(?:^|\s)đã\s/.test(clause) || /(?:^|\s)vào\s{1,2}cuối\s{1,2}(?:năm\s{1,2})?$/.test(clause)) && !/(?:^|\s)(?:sẽ|dự\s+kiến|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu)\s/.test(clause);
}
var SINCE_START_BEFORE = named("date.since-start", new RegExp(src`(?<![\p{L}\p{M}])từ\s{1,2}(?:đầu|giữa)\s{1,2}(?:năm\s{1,2})?$`, "u"));
var SINCE_BEFORE = named("date.since", new RegExp(src`(?<![\p{L}\p{M}])từ\s{1,2}(?:năm\s{1,2})?$`, "u"));
var UNTIL_NOW_AFTER = named("date.until-now", new RegExp(src`^\s{0,2}(?:(?:đến|tới)\s{1,2}(?:nai|hiện\s{1,2}nai|thời\s{1,2}điểm\s{1,2}nài))${R6}`, "u"));
var FROM_NOW_BEFORE = named("date.from-now", new RegExp(src`(?<![\p{L}\p{M}])từ\s{1,2}(?:nai|giờ|bâi\s{1,2}giờ)\s{1,2}(?:đến|tới)\s{1,2}(?:cuối|hết)\s{1,2}(?:năm\s{1,2})?$`, "u"));
var TALLY_BEFORE = named("date.tally", new RegExp(src`(?<![\p{L}\p{M}])tính\s{1,2}(?:đến|tới)\s{1,2}(?:hết|cuối)\s{1,2}(?:năm\s{1,2})?$`, "u"));
var STREAK_BEFORE = named("date.streak", new RegExp(src`\d{1,2}[ ]{1,2}năm[ ]{1,2}(?:liền|liên[ ]{1,2}tục|liên[ ]{1,2}tiếp)[ ,(]{0,3}(?:từ[ ]{1,2}(?:năm[ ]{1,2})?)?$`, "u"));
var PLAN_BEFORE = named("date.plan", new RegExp(src`(?<![\p{L}\p{M}])(?:kế\s{1,2}hoạch|mục\s{1,2}tiêu)(?:\s{1,2}[\p{L}\p{M}]{1,8}){0,3}\s{1,2}(?:năm\s{1,2})?$`, "u"));
function plannedAfter(after) {
  const end = after.search(/[.;!?\n]/);
  const clause = end < 0 ? after : after.slice(0, end);
  return /(?:^|\s)(?:sẽ|dự\s+kiến|phấn\s+đấu|mục\s+tiêu)\s/.test(clause);
}
var ANNIVERSARY = named("date.anniversary", rx`(?:kỉ\s{1,2}niệm\s{1,2}(?<n1>\d{1,3})\s{1,2}năm|(?<n2>\d{1,3})\s{1,2}năm\s{1,2}(?:thành\s{1,2}lập|ngày\s{1,2}thành\s{1,2}lập|truyền\s{1,2}thống|ngày\s{1,2}truyền\s{1,2}thống))${R6}`);
var FUTURE_BEFORE = named("date.future", new RegExp(src`${L4}(?:sẽ|dự\s{1,2}kiến|kế\s{1,2}hoạch|hạn|chậm\s{1,2}nhất|ngày\s{1,2}mai)(?:[\s,]{1,3}[\p{L}\p{M}]{1,8}){0,4}[\s,]{1,3}$`, "uy"));
function yearMentions(ctx, hits = []) {
  const cached = MENTIONS.get(ctx.doc);
  if (cached && cached.hits === hits && cached.n === hits.length) return cached.list;
  const key = ctx.doc.key;
  const norm2 = ctx.doc.norm;
  const out = [];
  for (const m of key.matchAll(BARE_YEAR)) {
    const at = m.index;
    if (at > 0 && NOT_BEFORE_YEAR.test(key[at - 1])) continue;
    const before = key.slice(Math.max(0, at - 40), at);
    if (DATE_PART_BEFORE.test(before.slice(-9))) continue;
    if (AMOUNT_BEFORE.test(before.slice(-12)) && /^ {1,2}[\p{L}]/u.test(key.slice(at + 4, at + 7)) && !/^ {1,2}năm/u.test(key.slice(at + 4, at + 10))) continue;
    const after = key.slice(at + 4, at + 48);
    const rangeEnd = RANGE_END_BEFORE.test(before);
    const rangeStart = !rangeEnd && RANGE_START_AFTER.test(after);
    const beforeRange = rangeEnd ? before.replace(/(?:19|20)\d\d\s{0,2}[-–]\s{0,2}$/u, "") : before;
    const school = (rangeEnd || rangeStart) && SCHOOL_YEAR_BEFORE.test(before);
    const term = (rangeEnd || rangeStart) && TERM_BEFORE.test(before);
    const weak = HAS_WEAK_YEAR_WORD.test(beforeRange) && execAtEnd(WEAK_YEAR_BEFORE, beforeRange, 9) !== null || DATA_AFTER.test(after) || before.endsWith("(") && after.startsWith(")") || acronymBefore(norm2, rangeEnd ? at - (before.length - beforeRange.length) : at) || directiveBefore(norm2, at);
    const mention = { year: Number(m.groups.y), start: at, end: at + 4, weak, rangeEnd: rangeEnd && !school };
    if (rangeStart) mention.rangeStart = true;
    if (school) mention.school = true;
    if (term) mention.term = true;
    if (!weak && (HAS_AFTER_WORD.test(before) && execAtEnd(AFTER_BEFORE, before, 6) !== null || JUST_PAST_AFTER.test(after))) mention.after = true;
    if (PART_OF_YEAR_BEFORE.test(before.slice(-20))) mention.partOfYear = true;
    if (!weak && END_OF_YEAR_BEFORE.test(before.slice(-12)) && (toldAsPast(key.slice(at + 4, at + 120)) || pastBefore(before))) mention.endOfYear = true;
    const year = mention.year;
    if (/từ|tính|năm/.test(before)) {
      const near = before.slice(-30);
      const untilNow = UNTIL_NOW_AFTER.test(after);
      if (untilNow && SINCE_START_BEFORE.test(near) || FROM_NOW_BEFORE.test(before)) mention.now = true;
      else if (untilNow && SINCE_BEFORE.test(near)) mention.floor = year;
      else if (TALLY_BEFORE.test(near) && !plannedAfter(key.slice(at + 4, at + 120))) mention.floor = year + 1;
      else if (rangeEnd && STREAK_BEFORE.test(beforeRange.slice(-30))) {
        mention.floor = year + 1;
        mention.streak = true;
        const start = out[out.length - 1];
        if (start?.rangeStart) start.streak = true;
      }
    }
    if (/kế|mục/.test(before) && PLAN_BEFORE.test(before)) mention.plan = true;
    out.push(mention);
  }
  for (const h2 of hits) {
    if (h2.invalid || h2.value.startsWith("--") || h2.precision === "year" || h2.yearInferred) continue;
    const before = key.slice(Math.max(0, h2.start - 40), h2.start);
    const target = HAS_WEAK_YEAR_WORD.test(before) && execAtEnd(TARGET_BEFORE, before, 8) !== null;
    const reference = !target && referenceDate(key, h2, before);
    const mention = { year: Number(h2.value.slice(0, 4)), start: h2.start, end: h2.end, weak: target || reference, rangeEnd: false, dated: h2 };
    if (reference) mention.reference = true;
    const before50 = key.slice(Math.max(0, h2.start - 50), h2.start);
    if (HAS_FUTURE_WORD.test(before50) && execAtEnd(FUTURE_BEFORE, before50, 7) !== null) mention.future = true;
    out.push(mention);
  }
  out.sort((a, b) => a.start - b.start);
  MENTIONS.set(ctx.doc, { hits, n: hits.length, list: out });
  return out;
}
var MENTIONS = /* @__PURE__ */ new WeakMap();
function acronymBefore(norm2, at) {
  let j = at;
  while (j > 0 && (norm2[j - 1] === " " || norm2[j - 1] === "\xA0")) j--;
  return j < at && norm2[j - 1] === ")";
}
function referenceDate(key, h2, before) {
  if (!key.startsWith("ng\xE0i", h2.start) && !/ngài\s{0,3}$/u.test(before)) return false;
  const tail = before.slice(-45);
  return DOC_NUMBER.test(tail) || !edged(tail, REF_WORD).next().done;
}
var DOC_NUMBER = new RegExp("\\d\\/(?:\\d{4}\\/)?\\p{L}", "u");
var REF_WORD = named("date.ref-word", new RegExp(src`${words(REFERENCE_WORDS)}(?![\p{L}\p{M}])`, "gu"));
var SAME_PERIOD_DAYS = 45;
function yearContext(ctx, hits) {
  const key = ctx.doc.key;
  const all = yearMentions(ctx, hits);
  const bare2 = all.filter((m) => !m.dated && !m.weak);
  const dated = all.filter((m) => m.dated && !m.weak && !m.future);
  const { year, anniversary } = textYear(key, bare2, all.filter((m) => !m.weak));
  let floorDay = -Infinity;
  for (const m of dated) {
    const h2 = m.dated;
    const mo = Number(h2.value.slice(5, 7));
    let n = -Infinity;
    if (h2.precision === "day") n = dayNumber(m.year, mo, Number(h2.value.slice(8, 10)));
    else if (h2.precision === "month" && PAST_MONTH_BEFORE.test(key.slice(Math.max(0, h2.start - 12), h2.start))) n = dayNumber(m.year, mo, 1);
    if (n > floorDay) floorDay = n;
  }
  let floorEnd = -Infinity;
  for (const m of bare2) if (m.endOfYear) floorEnd = Math.max(floorEnd, dayNumber(m.year, 12, 1));
  let floorRef = -Infinity;
  for (const m of all) if (m.reference && m.dated.precision === "day") floorRef = Math.max(floorRef, dayNumber(m.year, Number(m.dated.value.slice(5, 7)), Number(m.dated.value.slice(8, 10))));
  let nowYear = null;
  let floorYear = null;
  let floorLate = null;
  const plans = /* @__PURE__ */ new Set();
  for (const m of all) {
    if (m.dated) continue;
    if (m.now && (nowYear === null || m.year > nowYear)) nowYear = m.year;
    if (m.floor !== void 0) {
      const late = m.streak ? m.floor - 1 : m.floor;
      if (floorYear === null || m.floor > floorYear) floorYear = m.floor;
      if (floorLate === null || late > floorLate) floorLate = late;
    }
    if (m.plan) plans.add(m.year);
  }
  const reported = new Set(bare2.filter((m) => !m.partOfYear && !m.rangeStart && !m.rangeEnd && !m.school && !m.plan).map((m) => m.year));
  const textNow = nowYear ?? year;
  return {
    year: textNow,
    near(hit) {
      if (anniversary) return year;
      const mo = Number(hit.value.slice(2, 4));
      const d = Number(hit.value.slice(5, 7));
      const s = sentenceAt(ctx, hit.start);
      let y = samePeriod(dated, hit, mo, d, s);
      if (y === null) {
        let best = null;
        const take = (v) => {
          if (best === null || v > best) best = v;
        };
        for (const m of bare2) if (m.after) take(m.year + 1);
        if (s) {
          const text = key.slice(s.start, s.end);
          const review = !edged(text, REVIEW).next().done;
          const full = review && !edged(text, FULL_REVIEW).next().done;
          const opens = !edged(text, OPENS_TERM).next().done;
          for (let i = firstAtOrAfter(bare2, s.start); i < bare2.length && bare2[i].start < s.end; i++) {
            const m = bare2[i];
            if (m.end > s.end || m.after || m.streak) continue;
            if (m.school) take(m.rangeStart ? mo >= 8 ? m.year : m.year + 1 : mo >= 8 ? m.year - 1 : m.year);
            else if (m.rangeEnd) {
              if (review) take(mo >= 10 ? m.year : m.year + 1);
            } else if (m.rangeStart) {
              if (!m.term || opens) take(m.year);
            } else if (full && !m.partOfYear) take(mo >= 10 ? m.year : m.year + 1);
            else take(m.year);
          }
        }
        y = best;
      }
      const fromText = y === null;
      if (fromText) y = textNow;
      if (y !== null && nowYear === null && mo < 10 && plans.has(y + 1) && reported.has(y)) y++;
      if (fromText) {
        const fl2 = mo >= 10 ? floorLate : floorYear;
        if (fl2 !== null && (y === null || y < fl2)) y = fl2;
      }
      if (y === null) return null;
      let floor = floorEnd;
      if (fromText && floorDay - dayNumber(y, mo, d) <= 366) floor = Math.max(floor, floorDay);
      floor = Math.max(floor, floorRef);
      while (dayNumber(y, mo, d) < floor) y++;
      return y;
    }
  };
}
function samePeriod(dated, hit, mo, d, s) {
  let best = null;
  let bestDist = Infinity;
  for (const m of dated) {
    const h2 = m.dated;
    if (h2.precision === "day") {
      const n = dayNumber(m.year, Number(h2.value.slice(5, 7)), Number(h2.value.slice(8, 10)));
      for (let y = m.year - 1; y <= m.year + 1; y++) {
        if (Math.abs(dayNumber(y, mo, d) - n) <= SAME_PERIOD_DAYS) {
          const dist = Math.abs(m.start - hit.start);
          if (dist < bestDist) {
            best = y;
            bestDist = dist;
          }
        }
      }
    } else if (h2.precision === "month" && s && m.start >= s.start && m.end <= s.end && Number(h2.value.slice(5, 7)) === mo) {
      const dist = Math.abs(m.start - hit.start);
      if (dist < bestDist) {
        best = m.year;
        bestDist = dist;
      }
    }
  }
  return best;
}
function documentYear(ctx, hits) {
  return yearContext(ctx, hits).year;
}
function textYear(key, found, all) {
  const ann = all.length ? edged(key, ANNIVERSARY).next().value : void 0;
  if (ann) {
    const n = Number(ann.groups.n1 ?? ann.groups.n2);
    let founding = Infinity;
    let latest = -Infinity;
    for (const m of all) {
      founding = Math.min(founding, m.year);
      latest = Math.max(latest, m.year);
    }
    const y = founding + n;
    if (n > 0 && all.length && (all.some((m) => m.year === y) || y >= latest && y <= latest + 15)) return { year: y, anniversary: true };
  }
  if (!found.length) return { year: null, anniversary: false };
  const count = /* @__PURE__ */ new Map();
  for (const m of found) if (!m.rangeEnd && !m.rangeStart && !m.school && !m.after) count.set(m.year, (count.get(m.year) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  let best = null;
  for (const [y, c] of count) if (c * 3 >= most && (best === null || y > best)) best = y;
  return { year: best, anniversary: false };
}
function firstAtOrAfter(list, at) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (list[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/recognize/date.ts
var L5 = new RegExp(L);
var R7 = new RegExp(R);
var PART = words(PARTS_OF_DAY);
var WEEKDAY = words(WEEKDAYS);
var DAY_WORD = words(DAY_WORDS);
var WEAK2 = words(WEAK_DATE_CUES);
var NUMERIC = named(
  "date.numeric",
  rx`(?:(?<d1>\d{1,2})\s{0,2}-\s{0,2}(?=\d{1,2}[/.]))?(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\p{L}\p{M}\p{N}]|[/.\-]\d)`
);
var WORDS = named(
  "date.words",
  rx`(?<d>\d{1,2})\s{1,3}tháng\s{1,3}(?<m>\d{1,2})(?:(?:\s{0,3}(?:năm|,)\s{0,3}|\s{0,3}[/.\-]\s{0,3}|\s{1,3})(?<y>\d{4})(?!\p{N})|${R7})`
);
var MONTH = named(
  "date.month",
  rx`tháng\s{0,3}(?<m>\d{1,2})(?:\s{0,2}[/.\-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2}năm\s{1,3})(?<y>\d{4,5})${R7}`
);
var QUARTER = named(
  "date.quarter",
  rx`quí\s{1,3}(?<q>iv|i{1,3}|[1-4])(?:\s{0,2}[/.\-]\s{0,2}|\s{1,3}năm\s{1,3}|\s{0,2},\s{0,2}năm\s{1,3})(?<y>\d{4})${R7}`
);
var YEAR = named("date.year", rx`năm\s{1,3}(?<y>\d{4,5})${R7}`);
var WORDS_Y = new RegExp(WORDS.source, "uy");
var MONTH_Y = new RegExp(MONTH.source, "uy");
var QUARTER_Y = new RegExp(QUARTER.source, "uy");
var YEAR_Y = new RegExp(YEAR.source, "uy");
var DATE_WORD = /tháng|năm|quí/g;
function literalMatches(key) {
  const out = { words: [], month: [], quarter: [], year: [] };
  let wordsEnd = 0;
  let monthEnd = 0;
  let quarterEnd = 0;
  let yearEnd = 0;
  DATE_WORD.lastIndex = 0;
  let w;
  while (w = DATE_WORD.exec(key)) {
    const at = w.index;
    const edge = !wordCharBefore2(key, at);
    if (w[0] === "th\xE1ng") {
      const m = wordsAt(key, at, wordsEnd);
      if (m) {
        out.words.push(m);
        wordsEnd = m.index + m[0].length;
      }
      if (edge && at >= monthEnd) {
        MONTH_Y.lastIndex = at;
        const mm = MONTH_Y.exec(key);
        if (mm) {
          out.month.push(mm);
          monthEnd = at + mm[0].length;
        }
      }
    } else if (!edge) continue;
    else if (w[0] === "n\u0103m") {
      if (at < yearEnd) continue;
      YEAR_Y.lastIndex = at;
      const m = YEAR_Y.exec(key);
      if (m) {
        out.year.push(m);
        yearEnd = at + m[0].length;
      }
    } else if (at >= quarterEnd) {
      QUARTER_Y.lastIndex = at;
      const m = QUARTER_Y.exec(key);
      if (m) {
        out.quarter.push(m);
        quarterEnd = at + m[0].length;
      }
    }
  }
  return out;
}
function wordsAt(key, t, lastEnd) {
  let i = t;
  while (i > 0 && t - i < 4 && /\s/.test(key[i - 1])) i--;
  const ws = t - i;
  if (ws < 1 || ws > 3) return null;
  const e = i;
  while (i > 0 && e - i < 3 && key.charCodeAt(i - 1) >= 48 && key.charCodeAt(i - 1) <= 57) i--;
  const nd = e - i;
  if (nd < 1 || nd > 2 || i < lastEnd || wordCharBefore2(key, i)) return null;
  WORDS_Y.lastIndex = i;
  return WORDS_Y.exec(key);
}
var PREFIX2 = named(
  "date.prefix",
  new RegExp(
    src`${L5}(?:(?:thứ\s{1,2}${WEEKDAY}|chủ\s{1,2}nhật)[\s,]{0,3})?(?:(?<part>${PART})(?:\s{1,2}nay)?[\s,]{1,3})?(?:(?<day>${DAY_WORD})\s{0,3})?$`,
    "uy"
  )
);
var WEAK_BEFORE = named("date.weak-cue", new RegExp(src`${L5}${WEAK2}\s{1,3}(?:ngày\s{1,3})?$`, "uy"));
var HAS_PREFIX_WORD = /thứ|chủ|sáng|chiều|tối|trưa|đêm|khuia|ngài|mùng|mồng|hôm|nai/;
var HAS_WEAK_WORD = /từ|đến|tới|trước|sau|vào|đầu|cuối|hết|dịp/;
var DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function pad(n) {
  return String(n).padStart(2, "0");
}
function validDay(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && y !== null) return d <= (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28);
  return d <= DAYS_IN_MONTH[m - 1];
}
function fullYear(s) {
  const n = Number(s);
  return s.length === 2 ? n < 50 ? 2e3 + n : 1900 + n : n;
}
function prefixBefore(key, at) {
  const from = Math.max(0, at - 40);
  const before = key.slice(from, at);
  const m = HAS_PREFIX_WORD.test(before) ? execAtEnd(PREFIX2, before, 8) : null;
  if (m && m[0].length > 0) {
    const strong = !!(m.groups.part || m.groups.day) || /thứ|chủ/.test(m[0]);
    return { start: from + m.index, strong, weak: false };
  }
  return { start: at, strong: false, weak: HAS_WEAK_WORD.test(before) && execAtEnd(WEAK_BEFORE, before, 3) !== null };
}
function wordFollows(key, at) {
  let i = at;
  while (i < key.length && (key[i] === " " || key[i] === "	")) i++;
  return i < key.length && /[\p{L}]/u.test(key[i]);
}
function recognizeDates(ctx) {
  const key = ctx.doc.key;
  const hits = [];
  let m;
  for (m of edged(key, NUMERIC)) {
    const g = m.groups;
    const sep = g.sep;
    const d = Number(g.d);
    const mo = Number(g.m);
    const numStart = m.index;
    const end = m.index + m[0].length;
    if (g.y && g.y.length === 2 && sep !== "/") continue;
    const y = g.y ? fullYear(g.y) : null;
    if (/^\s{0,2}%/.test(key.slice(end, end + 3))) continue;
    const pre = prefixBefore(key, numStart);
    const ok = validDay(y, mo, d) && (!g.d1 || validDay(y, mo, Number(g.d1)));
    if (y === null) {
      if (!pre.strong) {
        if (!ok) continue;
        if (sep !== "/" && !pre.weak) continue;
        if (wordFollows(key, end)) continue;
      }
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    } else if (mo < 1 || mo > 12 || d > 31) {
      if (!pre.strong) continue;
    }
    const first = g.d1 ? Number(g.d1) : d;
    hits.push(day(pre.start, end, y, mo, first, ok, g.d1 ? "date.range" : "date.numeric"));
  }
  const lit = literalMatches(key);
  for (m of lit.words) {
    const g = m.groups;
    const y = g.y ? Number(g.y) : null;
    const pre = prefixBefore(key, m.index);
    if (!pre.strong && y === null) continue;
    const d = Number(g.d);
    const mo = Number(g.m);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    hits.push(day(pre.start, m.index + m[0].length, y, mo, d, validDay(y, mo, d), "date.words"));
  }
  for (m of lit.month) {
    const g = m.groups;
    const mo = Number(g.m);
    const invalid = mo < 1 || mo > 12 || g.y.length > 4;
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.month", value: `${g.y}-${pad(mo)}`, precision: "month", ...invalid ? { invalid } : {} });
  }
  for (m of lit.quarter) {
    const g = m.groups;
    const q = QUARTER_ROMAN[g.q] ?? Number(g.q);
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.quarter", value: `${g.y}-Q${q}`, precision: "quarter" });
  }
  for (m of lit.year) {
    const y = m.groups.y;
    hits.push({ start: m.index, end: m.index + m[0].length, rule: "date.year", value: y, precision: "year", ...y.length > 4 ? { invalid: true } : {} });
  }
  const kept = dropContained(hits);
  inferYears(ctx, kept);
  return kept;
}
function day(start, end, y, mo, d, ok, rule) {
  const md = `${pad(mo)}-${pad(d)}`;
  return { start, end, rule, value: y === null ? `--${md}` : `${y}-${md}`, precision: "day", ...ok ? {} : { invalid: true } };
}
function dropContained(hits) {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const h2 of hits) {
    const last = out[out.length - 1];
    if (last && h2.start < last.end) {
      if (h2.end - h2.start > last.end - last.start) out[out.length - 1] = h2;
      continue;
    }
    out.push(h2);
  }
  return out;
}
function inferYears(ctx, hits) {
  const withYear = /* @__PURE__ */ new Map();
  for (const h2 of hits) if (h2.precision === "day" && !h2.value.startsWith("--") && !h2.invalid && !bornOn(ctx.doc.key, h2)) withYear.set(h2.value.slice(5), h2.value.slice(0, 4));
  const ref2 = parseReference(ctx.referenceDate);
  let years;
  for (const h2 of hits) {
    if (!h2.value.startsWith("--")) continue;
    const md = h2.value.slice(2);
    const mo = Number(md.slice(0, 2));
    const d = Number(md.slice(3));
    const written = withYear.get(md);
    let y;
    if (written) y = Number(written);
    else if (ref2) y = nearReference(ref2, mo, d);
    else y = (years ??= yearContext(ctx, hits)).near(h2);
    if (y) {
      h2.value = `${y}-${md}`;
      h2.yearInferred = true;
      const valid = validDay(y, mo, d);
      if (h2.invalid && valid) delete h2.invalid;
      else if (!h2.invalid && !valid) h2.invalid = true;
    }
  }
}
var BORN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:sinh|sn)[\s,:]{1,3}(?:ngài\s{1,2})?$/u;
function bornOn(key, h2) {
  const at = key.startsWith("ng\xE0i", h2.start) ? h2.start + 4 : h2.start;
  return BORN_BEFORE.test(key.slice(Math.max(0, h2.start - 12), h2.start) + (at > h2.start ? "ng\xE0i " : ""));
}
function parseReference(ref2) {
  const m = ref2 ? /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(ref2.trim()) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 0, d: m[3] ? Number(m[3]) : 1 };
}
function nearReference(ref2, m, d) {
  if (!ref2.m) return ref2.y;
  return dayNumber(ref2.y, m, d) > dayNumber(ref2.y, ref2.m, ref2.d) + 31 ? ref2.y - 1 : ref2.y;
}

// src/lexicon/count-modifiers.ts
var OBJECT_VERBS = [
  "ki\u1EC3m tra",
  "thanh tra",
  "x\u1EED ph\u1EA1t",
  "ph\u1EA1t",
  "x\u1EED l\xFD",
  "x\u1EED l\xFD vi ph\u1EA1m",
  "ph\xE1t hi\u1EC7n",
  "b\u1EAFt",
  "b\u1EAFt gi\u1EEF",
  "t\u1EA1m gi\u1EEF",
  "t\u1EA1m giam",
  "kh\u1EDFi t\u1ED1",
  "truy t\u1ED1",
  "tr\u1EE5c xu\u1EA5t",
  "c\u1EE9u",
  "c\u1EE9u s\u1ED1ng",
  "c\u1EA5p c\u1EE9u",
  "kh\xE1m",
  "kh\xE1m cho",
  "\u0111i\u1EC1u tr\u1ECB",
  "ch\u1EEFa tr\u1ECB"
];
var OBJECT_LINKS = ["\u0111\u1ED1i v\u1EDBi"];
var AWARD_VERBS = [
  "vinh danh",
  "t\xF4n vinh",
  "tuy\xEAn d\u01B0\u01A1ng",
  "bi\u1EC3u d\u01B0\u01A1ng",
  "khen th\u01B0\u1EDFng",
  "t\u1EB7ng th\u01B0\u1EDFng",
  "trao th\u01B0\u1EDFng",
  "trao gi\u1EA3i",
  "trao gi\u1EA3i th\u01B0\u1EDFng"
];
var AWARD_AFTER = [
  "\u0111o\u1EA1t gi\u1EA3i",
  "\u0111\u1EA1t gi\u1EA3i",
  "gi\xE0nh gi\u1EA3i",
  "gi\xE0nh \u0111\u01B0\u1EE3c gi\u1EA3i",
  "\u0111o\u1EA1t huy ch\u01B0\u01A1ng",
  "\u0111\u1EA1t huy ch\u01B0\u01A1ng",
  "gi\xE0nh huy ch\u01B0\u01A1ng",
  "nh\u1EADn gi\u1EA3i",
  "\u0111\u01B0\u1EE3c trao gi\u1EA3i",
  "\u0111\u1EC3 trao gi\u1EA3i",
  "\u0111\u01B0\u1EE3c gi\u1EA3i",
  "\u0111\u01B0\u1EE3c t\u1EB7ng",
  "\u0111\u01B0\u1EE3c trao t\u1EB7ng",
  "\u0111\u01B0\u1EE3c khen th\u01B0\u1EDFng",
  "\u0111\u01B0\u1EE3c khen",
  "\u0111\u01B0\u1EE3c tuy\xEAn d\u01B0\u01A1ng",
  "\u0111\u01B0\u1EE3c bi\u1EC3u d\u01B0\u01A1ng",
  "\u0111\u01B0\u1EE3c vinh danh",
  "\u0111\u01B0\u1EE3c t\xF4n vinh",
  "\u0111\u01B0\u1EE3c c\xF4ng nh\u1EADn danh hi\u1EC7u",
  "\u0111\u1EA1t danh hi\u1EC7u",
  "\u0111\u01B0\u1EE3c nh\u1EADn danh hi\u1EC7u"
];
var TRAINING_AFTER = [
  "t\u1ED1t nghi\u1EC7p",
  "tr\xFAng tuy\u1EC3n",
  "nh\u1EADp h\u1ECDc",
  "\u0111\u01B0\u1EE3c \u0111\xE0o t\u1EA1o",
  "\u0111\u01B0\u1EE3c t\u1EADp hu\u1EA5n",
  "\u0111\u01B0\u1EE3c b\u1ED3i d\u01B0\u1EE1ng",
  "b\u1EA3o v\u1EC7 th\xE0nh c\xF4ng",
  "theo h\u1ECDc",
  "\u0111\u01B0\u1EE3c c\u1EED \u0111i h\u1ECDc",
  "\u0111i h\u1ECDc",
  "\u0111ang h\u1ECDc"
];
var PARTICIPATION_AFTER = ["tham d\u1EF1", "tham gia", "d\u1EF1 thi", "d\u1EF1"];
var DESCRIBING_WORDS = ["kh\xE1c", "xu\u1EA5t s\u1EAFc", "ti\xEAu bi\u1EC3u", "c\xF2n l\u1EA1i", "\u0111\xE3", "\u0111\u1EC1u", "c\u0169ng", "v\u1EEBa", "n\xE0y", "\u0111\xF3", "tr\xEAn", "n\xF3i tr\xEAn"];
var AWARD_TITLES_IN_PHRASE = [
  "d\xF2ng h\u1ECD h\u1ECDc t\u1EADp",
  "gia \u0111\xECnh h\u1ECDc t\u1EADp",
  "c\u1ED9ng \u0111\u1ED3ng h\u1ECDc t\u1EADp",
  "\u0111\u01A1n v\u1ECB h\u1ECDc t\u1EADp",
  "gia \u0111\xECnh v\u0103n h\xF3a",
  "l\xE0ng v\u0103n h\xF3a",
  "khu d\xE2n c\u01B0 v\u0103n h\xF3a",
  "chi\u1EBFn s\u0129 thi \u0111ua",
  "lao \u0111\u1ED9ng ti\xEAn ti\u1EBFn",
  "\u0111i\u1EC3n h\xECnh ti\xEAn ti\u1EBFn"
];
var GENERIC_PEOPLE = ["ng\u01B0\u1EDDi", "l\u01B0\u1EE3t ng\u01B0\u1EDDi", "c\xF4ng d\xE2n", "l\u01B0\u1EE3t c\xF4ng d\xE2n", "em", "ch\xE1u", "c\xE1 nh\xE2n", "gia \u0111\xECnh", "th\xED sinh"];

// src/recognize/category.ts
var L6 = new RegExp(L);
var R8 = new RegExp(R);
var BY_CATEGORY = [
  ["task", TASK_NOUNS],
  ["publication", PUBLICATION_NOUNS],
  ["training", TRAINING_NOUNS],
  ["personnel", PERSONNEL_NOUNS],
  ["organization", ORGANIZATION_NOUNS],
  ["award", AWARD_NOUNS],
  ["event", EVENT_NOUNS],
  ["other", OTHER_NOUNS]
];
var CATEGORY = /* @__PURE__ */ new Map();
for (const [cat, list] of BY_CATEGORY) for (const w of list) if (!CATEGORY.has(fold(w))) CATEGORY.set(fold(w), cat);
var PEOPLE = new Set(PEOPLE_FLEX.map(fold));
var UNITS2 = new Set(UNIT_FLEX.map(fold));
var GENERIC = new Set(GENERIC_PEOPLE.map(fold));
var WORKS = new Set(WORK_FLEX.map(fold));
var CLUE_REACH = 90;
var TRAINING_CLUE = named("count.training-clue", new RegExp(src`${words(TRAINING_CLUES)}${R8}`, "gu"));
var AWARD_CLUE = named("count.award-clue", new RegExp(src`${words(AWARD_CLUES)}${R8}`, "gu"));
var OTHER_CLUE = named("count.other-clue", new RegExp(src`${words(OTHER_PEOPLE_CLUES)}${R8}`, "gu"));
var DISCIPLINE_CLUE = named("count.discipline-clue", new RegExp(src`${words(DISCIPLINE_CLUES)}${R8}`, "gu"));
var SCREEN_CLUE = named("count.screen-clue", new RegExp(src`${words(SCREEN_CLUES)}${R8}`, "gu"));
var QUALIFIER = words(["h\u01A1n", "g\u1EA7n", "kho\u1EA3ng", "tr\xEAn", "d\u01B0\u1EDBi", "t\u1EDBi", "\u0111\u1EBFn", "l\xEAn t\u1EDBi", "ch\u1EEBng", "c\u1EA3"]);
var OBJECT_BEFORE = named(
  "count.object-verb",
  new RegExp(src`${L6}${words(OBJECT_VERBS)}(?:(?:[ ,]{1,2}[\p{L}\p{M}]{1,8}){0,5}[ ]{1,2}${words(OBJECT_LINKS)})?[ ]{1,2}(?:${QUALIFIER}[ ]{1,2})?$`, "u")
);
var AWARD_BEFORE = named("count.award-verb", new RegExp(src`${L6}${words(AWARD_VERBS)}(?:[ ]{1,2}cho)?[ ]{1,2}(?:${QUALIFIER}[ ]{1,2})?$`, "u"));
var AWARD_AFTER_RE = named("count.award-after", new RegExp(src`${words(AWARD_AFTER)}${R8}`, "uy"));
var TRAINING_AFTER_RE = named("count.training-after", new RegExp(src`${words(TRAINING_AFTER)}${R8}`, "uy"));
var PARTICIPATION_RE = named("count.participation", new RegExp(src`${words(PARTICIPATION_AFTER)}${R8}`, "uy"));
var DESCRIBING_RE = named("count.describing", new RegExp(src`${words(DESCRIBING_WORDS)}${R8}`, "uy"));
var AWARD_TITLE_RE = named("count.award-title", new RegExp(src`${words(AWARD_TITLES_IN_PHRASE)}${R8}`, "uy"));
function countCategory(ctx, n) {
  const { key, norm: norm2 } = ctx.doc;
  const base = CATEGORY.get(n.noun) ?? "other";
  const people = PEOPLE.has(n.noun);
  const unit = UNITS2.has(n.noun);
  const person = people || base === "personnel" || base === "training";
  if (person || unit) {
    const before = clauseBefore(key, n.numStart);
    if (person && OBJECT_BEFORE.test(before)) return "other";
    if (AWARD_BEFORE.test(before)) return "award";
  }
  const mod = modifierAfter(key, norm2, n.nounEnd, n.phraseEnd);
  if (mod === "award") return "award";
  if (mod === "training" && people) return "training";
  if (mod === "participation") return base;
  if (titleInPhrase(key, n.nounEnd, n.phraseEnd)) return "award";
  if (people || unit) return fromClause(ctx, n.numStart, n.nounStart, n.nounEnd, base, people, GENERIC.has(n.noun));
  if (WORKS.has(n.noun) && screenSentence(ctx, n.numStart)) return "other";
  return base;
}
function clauseBefore(key, at) {
  const s = key.slice(Math.max(0, at - 60), at);
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 10) {
      cut = i;
      break;
    }
  }
  return s.slice(cut + 1);
}
function modifierAfter(key, norm2, nounEnd, phraseEnd) {
  let p = nounEnd;
  for (let guard = 0; guard < 10; guard++) {
    if (key.charCodeAt(p) !== 32) return null;
    p++;
    if (key.charCodeAt(p) === 32) p++;
    for (const [re, what] of [
      [AWARD_AFTER_RE, "award"],
      [TRAINING_AFTER_RE, "training"],
      [PARTICIPATION_RE, "participation"]
    ]) {
      re.lastIndex = p;
      if (re.test(key)) return what;
    }
    DESCRIBING_RE.lastIndex = p;
    const d = DESCRIBING_RE.exec(key);
    let e = d ? p + d[0].length : p;
    if (!d) while (e < key.length && isWordUnit(key.charCodeAt(e))) e++;
    if (e === p) return null;
    if (!d && p >= phraseEnd && !new RegExp("\\p{Lu}", "u").test(norm2[p])) return null;
    p = e;
  }
  return null;
}
function titleInPhrase(key, nounEnd, phraseEnd) {
  for (let p = nounEnd; p < phraseEnd; p++) {
    if (key.charCodeAt(p) !== 32) continue;
    AWARD_TITLE_RE.lastIndex = p + 1;
    if (AWARD_TITLE_RE.test(key)) return true;
  }
  return false;
}
function isWordUnit(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c >= 192 && c <= 591 && c !== 215 && c !== 247 || c >= 7840 && c <= 7929 || c >= 768 && c <= 879;
}
var LETTER4 = /[\p{L}\p{M}\p{N}]/u;
var COUNT_BEFORE = /\d[ ]{0,2}(?:(?:lượt|vị|em)[ ]{1,2})?$/u;
var NAME_BEFORE = new RegExp("\\p{Lu}[\\p{Ll}\\p{M}]*(?: [\\p{Ll}\\p{M}]+)? (?:v\xE0 |& )?$", "u");
function clueDistance(re, ctx, text, from, numStart, nounStart, nounEnd, ownNounOnly = false) {
  const { key, norm: norm2 } = ctx.doc;
  let best = Infinity;
  re.lastIndex = 0;
  let m;
  while (m = re.exec(text)) {
    const at = from + m.index;
    if (at > 0 && letterBefore(key, at)) continue;
    if (at >= nounStart && at < nounEnd) continue;
    const end = at + m[0].length;
    if (ownNounOnly && at < numStart && COUNT_BEFORE.test(key.slice(Math.max(0, at - 16), at))) continue;
    if (new RegExp("\\p{Lu}", "u").test(norm2[at]) && NAME_BEFORE.test(norm2.slice(Math.max(0, at - 30), at))) continue;
    const d = at < numStart ? numStart - end : at - nounEnd;
    if (d < best) best = d;
  }
  return best;
}
function screenSentence(ctx, at) {
  const s = sentenceAt(ctx, at);
  const key = ctx.doc.key;
  const text = s ? key.slice(s.start, s.end) : key.slice(Math.max(0, at - 200), at + 200);
  const from = s ? s.start : Math.max(0, at - 200);
  return clueDistance(SCREEN_CLUE, ctx, text, from, at, at, at) < Infinity;
}
function letterBefore(key, at) {
  const c = key.charCodeAt(at - 1);
  if (c < 128) return c >= 97 && c <= 122 || c >= 48 && c <= 57 || c >= 65 && c <= 90;
  return LETTER4.test(key[at - 1]);
}
function fromClause(ctx, numStart, nounStart, nounEnd, base, people, generic) {
  const key = ctx.doc.key;
  const s = sentenceAt(ctx, numStart);
  let from = Math.max(s ? s.start : 0, numStart - CLUE_REACH);
  let to = Math.min(s ? s.end : key.length, nounEnd + CLUE_REACH);
  const semiBefore = numStart > from ? key.lastIndexOf(";", numStart - 1) : -1;
  if (semiBefore >= from) from = semiBefore + 1;
  for (let i = nounEnd; i < to; i++) {
    const c = key.charCodeAt(i);
    if (c === 59 || c === 44) {
      to = i;
      break;
    }
  }
  const text = key.slice(from, to);
  const award = clueDistance(AWARD_CLUE, ctx, text, from, numStart, nounStart, nounEnd, true);
  const training = people ? clueDistance(TRAINING_CLUE, ctx, text, from, numStart, nounStart, nounEnd) : Infinity;
  const other = people && generic ? clueDistance(OTHER_CLUE, ctx, text, from, numStart, nounStart, nounEnd) : Infinity;
  const best = Math.min(award, training, other);
  if (base === "award" || award < Infinity) {
    const discipline = clueDistance(DISCIPLINE_CLUE, ctx, text, from, numStart, nounStart, nounEnd);
    if (discipline < Infinity && discipline <= best) return base === "award" ? "other" : base;
  }
  if (best === Infinity) return base;
  return best === other ? "other" : best === training ? "training" : "award";
}

// src/recognize/count.ts
var L7 = new RegExp(L);
var R9 = new RegExp(R);
var TOKEN2 = named("count.token", /(?:đ\/c|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)(?![\p{L}\p{M}])/uy);
var PAREN = named("count.paren", /\s{0,2}\([^()\n]{1,30}\)/uy);
var GAP = named("count.gap", /,? {1,2}/uy);
var CLASSIFIERS = new Set(["l\u01B0\u1EE3t", "em", "v\u1ECB", "nh\xF3m"].map(fold));
var MAX_WORDS = Math.max(...[...CATEGORY.keys()].map((w) => w.split(" ").length));
var PREFIXES = /* @__PURE__ */ new Set();
for (const w of CATEGORY.keys()) {
  const parts = w.split(" ");
  for (let k = 1; k <= parts.length; k++) PREFIXES.add(parts.slice(0, k).join(" "));
}
function listedNounAt(key, at, lead) {
  const start = lead ? afterLead(key, at) : at;
  let i = start;
  let best = null;
  let phrase = "";
  let sep = "";
  for (let k = 0; k < MAX_WORDS; k++) {
    TOKEN2.lastIndex = i;
    const t = TOKEN2.exec(key);
    if (!t) break;
    phrase += sep + t[0];
    if (!PREFIXES.has(phrase)) break;
    i += t[0].length;
    if (CATEGORY.has(phrase)) best = { start, end: i, noun: phrase };
    let j = i;
    if (key.charCodeAt(j) === 44) j++;
    if (key.charCodeAt(j) !== 32) break;
    j += key.charCodeAt(j + 1) === 32 ? 2 : 1;
    sep = key.charCodeAt(i) === 44 ? ", " : " ";
    i = j;
  }
  return best;
}
function afterLead(key, at) {
  let i = at;
  while (i - at < 3) {
    const c = key.charCodeAt(i);
    if (c === 32 || c === 9 || c === 8220 || c === 34 || c === 39 || c === 8216) i++;
    else break;
  }
  return i;
}
function nounAfter(key, at) {
  const direct = listedNounAt(key, at, true);
  if (direct && !CLASSIFIERS.has(direct.noun) && direct.noun !== "l\u01B0\u1EE3t") return { nounStart: direct.start, end: direct.end, noun: direct.noun, listed: true };
  const s = afterLead(key, at);
  TOKEN2.lastIndex = s;
  const t = TOKEN2.exec(key);
  if (t && CLASSIFIERS.has(t[0])) {
    GAP.lastIndex = s + t[0].length;
    const g = GAP.exec(key);
    const inner = g ? listedNounAt(key, s + t[0].length + g[0].length, false) : null;
    if (inner) return { nounStart: inner.start, end: inner.end, noun: inner.noun, cls: t[0], listed: true };
  }
  return direct ? { nounStart: direct.start, end: direct.end, noun: direct.noun, listed: true } : null;
}
var WHOLE_AFTER = named("count.whole", /^ {0,2}\/ {0,2}(\d{1,3}(?:[.,]\d{3})+|\d{1,9})(?![\p{N}]|[.,]\d)/u);
function mayBeNotAfter(key, at) {
  let i = at;
  while (i - at < 2 && isSpace(key.charCodeAt(i))) i++;
  const c = key.charCodeAt(i);
  return c === 47 || c === 116;
}
function slashAfter(key, at) {
  let i = at;
  while (i - at < 2 && key.charCodeAt(i) === 32) i++;
  return key.charCodeAt(i) === 47;
}
var WORD_AFTER = named("count.word", / {1,2}(?<w>[\p{Ll}][\p{L}\p{M}]*)(?: (?<w2>[\p{L}\p{M}]+))?/uy);
var WORD_START = named("count.word-start", /(?<![\p{L}\p{M}])[\p{L}\p{M}]/gu);
var NOT_COUNTED_SET = new Set([...NOT_COUNTED, ...UNITS.map((u) => u[0])].map(fold));
var COMPOUND_START = new Set(["ti\u1EBFn", "th\u1EA1c", "c\u01A1", "nh\xE0", "c\u1EED", "k\u0129", "khoa", "nghi\xEAn", "sinh", "gi\xE1o", "doanh"].map(fold));
var STOP = new Set(
  [
    "v\xE0",
    "v\u1EDBi",
    "c\u1EE7a",
    "trong",
    "\u0111\u01B0\u1EE3c",
    "\u0111\xE3",
    "\u0111ang",
    "s\u1EBD",
    "cho",
    "t\u1EA1i",
    "l\xE0",
    "c\xF3",
    "\u0111\u1EA1t",
    "t\u1EEB",
    "\u0111\u1EBFn",
    "theo",
    "thu\u1ED9c",
    "tr\xEAn",
    "d\u01B0\u1EDBi",
    "so",
    "n\xE0y",
    "\u0111\xF3",
    "c\xE1c",
    "nh\u1EEFng",
    "nh\u01B0ng",
    "khi",
    "\u0111\u1EC3",
    "v\u1EC1",
    "b\u1ECB",
    "v\xE0o",
    "ra",
    "tham",
    "nh\u1EADn",
    "t\u0103ng",
    "gi\u1EA3m",
    "chi\u1EBFm",
    "g\u1ED3m",
    "trong",
    "nh\u01B0",
    "c\xF9ng",
    "th\xEC",
    "m\xE0",
    "hay",
    "ho\u1EB7c",
    "kh\xF4ng",
    "ch\u01B0a",
    "c\xF2n",
    "v\u1EABn",
    "\u0111\u1EC1u",
    "c\u0169ng",
    "t\u1EDBi",
    "qua",
    "sau",
    "tr\u01B0\u1EDBc",
    "n\u0103m",
    "th\xE1ng",
    "ng\xE0y",
    "\u1EDF",
    "ng\u01B0\u1EDDi",
    "\u0111i",
    "tr\u1ECB"
  ].map(fold)
);
var NOT_BEFORE_WORDS = [
  "th\u1EE9",
  "top",
  "h\u1EA1ng",
  "kh\xF3a",
  "l\u1EA7n",
  "\u0111\u1EE3t",
  "t\u1ED5",
  "l\u1EDBp",
  "\u0111i\u1EC1u",
  "kho\u1EA3n",
  "ch\u01B0\u01A1ng",
  "m\u1EE5c",
  "t\u1EADp",
  "giai \u0111o\u1EA1n",
  "k\xEC",
  "ph\xF2ng",
  "t\u1EA7ng",
  "ng\xF5",
  "ng\xE1ch",
  "h\u1EBBm",
  "\u0111\u01B0\u1EDDng",
  "g\u1EA5p",
  "nh\xE2n",
  "chia",
  "phi\xEAn b\u1EA3n",
  "m\xE3",
  "qu\u1EADn",
  "ph\u01B0\u1EDDng",
  "km",
  "qu\u1ED1c l\u1ED9",
  "t\u1EC9nh l\u1ED9",
  "x\u1EBFp",
  "\u0111\u1EE9ng",
  "version",
  "b\xE0i",
  "trang",
  "c\xE2u",
  "h\xECnh",
  "\u1EA3nh",
  "b\u1EA3ng",
  "bi\u1EC3u",
  "ph\u1EE5 l\u1EE5c",
  "m\u1EABu",
  "kh\u1ED1i",
  "x\xF3m",
  "\u1EA5p",
  "th\xF4n",
  "khu ph\u1ED1",
  "kh\xF3m",
  "t\u1ED5 d\xE2n ph\u1ED1",
  "\u0111\u1ED9i",
  "ti\u1EBFt",
  "tu\u1EA7n",
  "qu\xED",
  "ti\u1EC3u khu",
  "l\xF4",
  "nh\xE0",
  "block",
  "d\xE3y",
  "l\xE0n",
  "c\u1ED5ng",
  "k\xEAnh",
  "tuy\u1EBFn",
  "t\u1ED1p",
  "gi\u1EA3i"
].map(fold);
var NOT_BEFORE2 = named(
  "count.not-before",
  new RegExp(
    src`${L7}(?:(?<!(?:tổng|với|có|trong|con)\s{1,2})số|(?<!(?:được|trung|sơ|cao|nâng)\s{1,2})cấp|${new RegExp(NOT_BEFORE_WORDS.map((w) => w.replace(/ /g, "\\s{1,2}")).join("|"), "u")})[\s.]{0,3}$`,
    "u"
  )
);
var NOT_AFTER_NOUN = named("count.not-after", new RegExp(src`^(?:\s{0,2}/\s{0,2}(?:\d{1,2}\s{0,2})?(?:ngày|tuần|tháng|năm|quí|lần|buổi|giờ)${R9}|\s{1,2}thứ${R9})`, "u"));
var BAD_NOUN = new Set(["con s\u1ED1", "con ng\u01B0\u1EDDi", "con \u0111\u01B0\u1EDDng", "con \u0111\u1EBB", "con ch\xE1u", "con em", "l\u1EA7n l\u01B0\u1EE3t", "b\u1ED9 ph\u1EADn", "b\u1ED9 lu\u1EADt", "v\u1EE5 tr\u01B0\u1EDFng", "ban h\xE0nh", "ban \u0111\u1EA7u", "ph\u1EA7n l\u1EDBn", "ph\u1EA7n n\xE0o", "ph\u1EA7n tr\u0103m", "c\u01A1 s\u1EDF v\u1EADt ch\u1EA5t", "\u0111\u01A1n v\u1ECB t\xEDnh", "\u0111o\xE0n k\u1EBFt", "em \xFAt", "em trai", "em g\xE1i", "c\u0103n b\u1EC7nh", "c\u0103n c\u1EE9", "con d\u1EA5u", "b\xEAn \u0111\u01B0\u1EDDng", "b\xEAn c\u1EA1nh", "b\xEAn trong", "b\xEAn ngo\xE0i", "b\xEAn l\u1EC1", "b\xEAn b\u1EDD", "b\xEAn kia", "b\xEAn n\xE0y"].map(fold));
var ONE_AFTER = new Set(["c\xF3", "g\u1ED3m", "ch\u1EC9", "c\xF2n", "th\xEAm"].map(fold));
var ONE_COUNTS = /* @__PURE__ */ new Set(["personnel", "training", "organization"]);
var INTRODUCES = /^(?:\s{1,2}[\p{L}\p{M}]{1,6}){0,2}\s{1,2}là\s/u;
var DIGIT_NOUNS = new Set(["b\u1ED9 ph\u1EADn"].map(fold));
var CLASSIFIER_ONE = ["c\u0103n", "l\xF4", "chi\u1EBFc", "ng\xF4i", "m\u1EA3nh", "th\u1EEDa", "camera", "con", "t\u1EA5m"].map(fold);
var NOT_BEFORE_LAST = /* @__PURE__ */ new Set([...NOT_BEFORE_WORDS.map((w) => w.split(" ").pop()), "s\u1ED1", "c\u1EA5p"]);
function mayBeNotBefore(key, at) {
  let i = at;
  while (i > 0 && at - i <= 3 && (isSpace(key.charCodeAt(i - 1)) || key.charCodeAt(i - 1) === 46)) i--;
  if (at - i > 3) return false;
  const e = i;
  while (i > 0 && e - i < 12 && isLetterOrMark(key, i - 1)) i--;
  return e > i && NOT_BEFORE_LAST.has(key.slice(i, e));
}
var MULTIPLIER = named("count.multiplier", new RegExp(src`${L7}(?:gấp|tăng|giảm|nhân|lớn|cao|nhiều|ít)(?:\s{1,2}(?:gấp|hơn|khoảng|gần|tới|đến|lên))?\s{1,3}$`, "u"));
function recognizeCounts(ctx) {
  const { doc } = ctx;
  const key = doc.key;
  const norm2 = doc.norm;
  const nums = scanNumbers(ctx);
  const out = [];
  const consumed = /* @__PURE__ */ new Set();
  for (let i = 0; i < nums.length; i++) {
    const h2 = nums[i];
    if (consumed.has(h2)) continue;
    if (!Number.isInteger(h2.value) || h2.value <= 0 || h2.yearLike) continue;
    if (h2.form === "words" && !plainNumberWord(norm2.slice(h2.numStart, h2.numEnd), norm2, h2.numStart)) continue;
    const beforeFrom = Math.max(0, h2.numStart - 24);
    if (!h2.approx && mayBeNotBefore(key, h2.numStart) && !/\d[.,]\d{3}/.test(key.slice(h2.numStart, h2.numEnd)) && NOT_BEFORE2.test(key.slice(beforeFrom, h2.numStart))) continue;
    let m = nounAfter(key, h2.end) ?? anyNoun(norm2, key, h2.end);
    if (!m && h2.of !== void 0) {
      PAREN.lastIndex = h2.end;
      const p = PAREN.exec(key);
      if (p) m = nounAfter(key, h2.end + p[0].length);
    }
    if (!m) {
      if (h2.of !== void 0 && h2.of > 12 && h2.form === "digits") out.push(bare(ctx, h2));
      continue;
    }
    if (!m.listed && h2.of !== void 0 && h2.of <= 12) continue;
    if (DOC_TYPE_BEFORE.test(norm2.slice(Math.max(0, h2.numStart - 24), h2.numStart))) continue;
    const reach = STATES_COUNT.has(lastWord(key, h2.numStart)) ? 1 : 2;
    if (!m.listed && (previousWordCapitalised(norm2, h2.numStart, reach) || new RegExp("(?:^|[^\\p{L}])\\p{L}\\s{1,2}$", "u").test(key.slice(beforeFrom, h2.numStart)))) continue;
    const { noun, nounStart } = m;
    let end = m.end;
    const bad = BAD_NOUN.has(key.slice(nounStart, Math.min(key.length, wordEnd2(key, end))).replace(/\s+/g, " ")) || BAD_NOUN.has(noun);
    if (bad && !(h2.form === "digits" && h2.value > 1 && DIGIT_NOUNS.has(noun + " " + key.slice(end + 1, wordEnd2(key, end))))) continue;
    if (mayBeNotAfter(key, end) && NOT_AFTER_NOUN.test(key.slice(end, end + 16))) continue;
    if (noun === "l\u1EA7n" && MULTIPLIER.test(key.slice(beforeFrom, h2.numStart))) continue;
    if (h2.value === 1 && h2.form === "words" && !CLASSIFIER_ONE.some((c) => noun === c || noun.startsWith(c + " ")) && !countedBeside(ctx, h2.numStart, key.slice(nounStart, m.end)) && !(ONE_AFTER.has(lastWord(key, h2.numStart)) && ONE_COUNTS.has(CATEGORY.get(noun) ?? "other") && !INTRODUCES.test(key.slice(m.end, m.end + 16)))) continue;
    if (capitalised(norm2, nounStart) && previousWordCapitalised(norm2, h2.numStart)) continue;
    const cls = m.cls;
    const phraseEnd = extendPhrase(key, end);
    const category = countCategory(ctx, { numStart: h2.numStart, nounStart, nounEnd: m.end, phraseEnd, noun });
    end = phraseEnd;
    const hit = {
      kind: "count",
      start: h2.start,
      end,
      rule: h2.of !== void 0 ? "count.pair" : cls ? "count.classifier" : CATEGORY.has(noun) ? "count.noun" : "count.other",
      value: h2.value,
      category,
      noun: norm2.slice(nounStart, end).trim(),
      numStart: h2.numStart,
      numEnd: h2.numEnd
    };
    if (h2.of !== void 0) hit.of = h2.of;
    if (h2.approx) hit.approx = true;
    if (h2.bound) hit.bound = h2.bound;
    if (h2.range) hit.range = h2.range;
    if (h2.ambiguous) hit.ambiguous = true;
    const whole = hit.of === void 0 && slashAfter(key, m.end) ? WHOLE_AFTER.exec(key.slice(m.end, m.end + 40)) : null;
    const wv = whole ? parseDigits(whole[1], ctx.convention) : null;
    if (whole && wv && Number.isInteger(wv.value) && wv.value > h2.value) {
      const wholeEnd = m.end + whole[0].length;
      const m2 = nounAfter(key, wholeEnd);
      hit.of = wv.value;
      hit.rule = "count.pair";
      hit.end = m2 ? extendPhrase(key, m2.end) : wholeEnd;
      for (let k = i + 1; k < nums.length && nums[k].numStart < wholeEnd; k++) consumed.add(nums[k]);
    }
    out.push(hit);
  }
  return out;
}
var BESIDE_NUMBER = /(?:^|[^\p{L}\p{M}\p{N}])(?:\d{1,3}(?:[.,]\d{3})*|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười)\s{1,2}$/u;
function countedBeside(ctx, at, noun) {
  const s = sentenceAt(ctx, at);
  if (!s) return false;
  const key = ctx.doc.key;
  for (let i = key.indexOf(noun, s.start); i >= 0 && i < s.end; i = key.indexOf(noun, i + 1)) {
    if (Math.abs(i - at) < noun.length + 6) continue;
    if (BESIDE_NUMBER.test(key.slice(Math.max(s.start, i - 12), i))) return true;
  }
  return false;
}
function anyNoun(norm2, key, at) {
  const c = norm2.charCodeAt(at);
  if (c !== 32) return null;
  WORD_AFTER.lastIndex = at;
  const m = WORD_AFTER.exec(norm2);
  if (!m) return null;
  const g = m.groups;
  const nounStart = at + m[0].indexOf(g.w);
  const w = key.slice(nounStart, nounStart + g.w.length);
  if (NOT_COUNTED_SET.has(w)) return null;
  if (g.w2) {
    const e = at + m[0].length;
    const w2 = `${w} ${key.slice(e - g.w2.length, e)}`;
    if (NOT_COUNTED_SET.has(w2)) return null;
  }
  return { nounStart, end: nounStart + w.length, noun: w, listed: false };
}
function bare(ctx, h2) {
  const key = ctx.doc.key;
  const s = sentenceAt(ctx, h2.numStart);
  const from = s ? s.start : Math.max(0, h2.numStart - 120);
  let last;
  const window = key.slice(Math.max(from, h2.numStart - 120), h2.numStart);
  const base = h2.numStart - window.length;
  let covered = 0;
  for (const w of window.matchAll(WORD_START)) {
    const at = base + w.index;
    if (at < covered) continue;
    const n = listedNounAt(key, at, false);
    if (n && n.end <= h2.numStart) {
      last = n.noun;
      covered = n.end;
    }
  }
  const hit = {
    kind: "count",
    start: h2.start,
    end: h2.end,
    rule: "count.pair",
    value: h2.value,
    of: h2.of,
    category: last && CATEGORY.get(last) || "other",
    numStart: h2.numStart,
    numEnd: h2.numEnd
  };
  if (h2.approx) hit.approx = true;
  if (h2.ambiguous) hit.ambiguous = true;
  return hit;
}
function extendPhrase(key, end) {
  let e = end;
  let last = "";
  for (let k = 0; k < 4; k++) {
    if (k === 3 && !COMPOUND_START.has(last)) break;
    const w = spacedWordEnd(key, e, 24);
    if (w < 0) break;
    const word = key.slice(key.charCodeAt(e + 1) === 32 ? e + 2 : e + 1, w);
    if (STOP.has(word)) break;
    e = w;
    last = word;
  }
  return e;
}
function wordEnd2(key, at) {
  const w = spacedWordEnd(key, at, 20);
  return w < 0 ? at : w;
}
function spacedWordEnd(key, at, cap) {
  const limit = Math.min(key.length, at + cap);
  let i = at;
  if (key.charCodeAt(i) !== 32) return -1;
  i++;
  if (key.charCodeAt(i) === 32) i++;
  const s = i;
  while (i < limit && isLetterOrMark(key, i)) i++;
  return i > s ? i : -1;
}
var HAY = /(?:^|\s)hay(?:\s|$)/iu;
var BAY = /^bẩy$/iu;
var DON_BEFORE = /đòn\s+$/iu;
function plainNumberWord(text, norm2, at) {
  const t = text.trim();
  if (HAY.test(t)) return false;
  if (t.length > 1 && t[0] === t[0].toUpperCase() && t === t.toUpperCase() && t !== t.toLowerCase()) {
    const around = norm2.slice(Math.max(0, at - 40), at + 40);
    if (around !== around.toUpperCase()) return false;
  }
  if (BAY.test(t) && DON_BEFORE.test(norm2.slice(Math.max(0, at - 6), at))) return false;
  return true;
}
function capitalised(norm2, at) {
  const c = norm2[at] ?? "";
  return c !== c.toLowerCase();
}
var DOC_TYPE_BEFORE = named(
  "count.doc-type-before",
  /(?:Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Công văn|Tờ trình|Kết luận|Thông báo|Luật|Điều|Khoản|Chương|Phụ lục)[ \u00a0]{1,2}(?:số[ \u00a0]{1,2})?$/u
);
var STATES_COUNT = new Set(["c\xF3", "l\xE0", "g\u1ED3m", "v\u1EDBi", "\u0111\u01B0\u1EE3c", "\u0111\u1EA1t", "th\xEAm", "c\xF2n", "ch\u1EC9", "v\xE0", "m\u1EDBi", "t\u1ED5ng", "h\u01A1n", "kho\u1EA3ng", "g\u1EA7n", "tr\xEAn", "d\u01B0\u1EDBi", "h\u1EBFt", "m\u1EA5t", "c\u1EA3"].map(fold));
function lastWord(key, at) {
  let e = at;
  while (e > 0 && key.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && /[\p{L}\p{M}]/u.test(key[b - 1])) b--;
  return key.slice(b, e);
}
function previousWordCapitalised(norm2, numStart, words3 = 1) {
  let at = numStart;
  for (let k = 0; k < words3; k++) {
    const floor = Math.max(0, at - 30);
    let i = at;
    while (i > floor && at - i < 3 && isSpace(norm2.charCodeAt(i - 1))) i--;
    const spaces = at - i;
    if (spaces < 1 || spaces > 2 || i === floor || !isLetterOrMark(norm2, i - 1)) return false;
    while (i > floor && isLetterOrMark(norm2, i - 1)) i--;
    at = i;
    const w0 = norm2[i];
    if (w0 === w0.toLowerCase()) continue;
    if (at === 0) continue;
    const floor2 = Math.max(0, at - 30);
    let j = at;
    let newline = false;
    while (j > floor2 && isSpace(norm2.charCodeAt(j - 1))) {
      if (norm2.charCodeAt(j - 1) === 10) newline = true;
      j--;
    }
    if (newline) continue;
    if (j > floor2 && OPENERS.includes(norm2[j - 1])) continue;
    return true;
  }
  return false;
}
var OPENERS = '.!?:;"\u201C(-';
var LETTER_OR_MARK = /[\p{L}\p{M}]/u;
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function isLetterOrMark(s, i) {
  const c = s.charCodeAt(i);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) return true;
  if (c < 192) return c === 170 || c === 181 || c === 186;
  if (c >= 192 && c <= 591 && c !== 215 && c !== 247 || c >= 7840 && c <= 7929 || c >= 768 && c <= 879) return true;
  if (c >= 55296 && c <= 57343) return LETTER_OR_MARK.test(String.fromCodePoint(s.codePointAt(c >= 56320 ? i - 1 : i)));
  return LETTER_OR_MARK.test(s[i]);
}

// src/recognize/figures.ts
var PRIORITY = ["money", "percent", "measure", "count"];
function recognizeFigures(ctx) {
  const all = [
    ...recognizeMoney(ctx),
    ...recognizePercent(ctx),
    ...recognizeMeasure(ctx),
    ...recognizeCounts(ctx)
  ];
  return removeOverlaps(all);
}
function removeOverlaps(hits) {
  const lo = (h2) => h2.numStart ?? h2.start;
  const hi = (h2) => h2.numEnd ?? h2.end;
  const order = new Map(hits.map((h2, i) => [h2, i]));
  const byPos = [...hits].sort((a, b) => lo(a) - lo(b) || hi(a) - hi(b));
  const kept = [];
  let cluster = [];
  let reach = -1;
  for (const h2 of byPos) {
    if (cluster.length && lo(h2) >= reach) {
      keepBest(cluster, kept, order);
      cluster = [];
    }
    cluster.push(h2);
    reach = Math.max(reach, hi(h2));
  }
  if (cluster.length) keepBest(cluster, kept, order);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
function keepBest(cluster, kept, order) {
  if (cluster.length === 1) {
    kept.push(cluster[0]);
    return;
  }
  const rank2 = (h2) => PRIORITY.indexOf(h2.kind);
  const numLen = (h2) => (h2.numEnd ?? h2.end) - (h2.numStart ?? h2.start);
  const sorted = [...cluster].sort((a, b) => numLen(b) - numLen(a) || rank2(a) - rank2(b) || b.end - b.start - (a.end - a.start) || order.get(a) - order.get(b));
  const mine = [];
  for (const h2 of sorted) {
    const hs = h2.numStart ?? h2.start;
    const he = h2.numEnd ?? h2.end;
    if (mine.some((k) => hs < (k.numEnd ?? k.end) && (k.numStart ?? k.start) < he && !(k.kind === h2.kind && k.rule === h2.rule && k.value !== h2.value && k.start === h2.start))) continue;
    mine.push(h2);
  }
  kept.push(...mine);
}

// src/recognize/honorific.ts
var BY_KEY = new Map(HONORIFICS.map((h2) => [fold(h2.form), h2]));
var alternation = (list) => [...new Set(list.map((h2) => fold(h2.form)))].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, "\\s+")).join("|");
var HON_END = named("person.honorific-end", new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation(HONORIFICS)})[ ]?[.,]?[ ]{0,2}$`, "u"));
var PLURAL = named("person.honorific-plural", new RegExp(`(?:${alternation(PLURAL_HONORIFICS)})(?![\\p{L}\\p{M}\\p{N}])`, "gu"));
var PLURAL_BY_KEY = new Map(PLURAL_HONORIFICS.map((h2) => [fold(h2.form), h2]));
var memo = /* @__PURE__ */ new WeakMap();
function honorificsBefore(doc, pos) {
  let m = memo.get(doc);
  if (!m) memo.set(doc, m = /* @__PURE__ */ new Map());
  let r = m.get(pos);
  if (!r) m.set(pos, r = readHonorifics(doc, pos));
  return r;
}
var LAST_RUNS = new Set(HONORIFICS.map((h2) => fold(h2.form).split(/[^\p{L}\p{M}]+/u).filter(Boolean).pop()));
function mayEndHonorific(key, end) {
  let j = end;
  while (j > 0 && end - j < 4 && (key[j - 1] === " " || key[j - 1] === "." || key[j - 1] === ",")) j--;
  let b = j;
  while (b > 0 && j - b < 12 && unitClass(key.charCodeAt(b - 1)) & 2) b--;
  return b < j && LAST_RUNS.has(key.slice(b, j));
}
function readHonorifics(doc, pos) {
  const list = [];
  const kinds = [];
  let start = pos;
  let strong = false;
  for (let guard = 0; guard < 6; guard++) {
    if (!mayEndHonorific(doc.key, start)) break;
    const from = Math.max(0, start - 40);
    const slice = doc.key.slice(from, start);
    const m = HON_END.exec(slice);
    if (!m) break;
    const at = from + m.index;
    const word = m[0].replace(/[ .,]+$/, "").replace(/\s+/g, " ");
    const h2 = BY_KEY.get(word);
    if (!h2) break;
    if (/\./.test(m[0].slice(word.length)) && (h2.form.includes(" ") || h2.form !== h2.form.toUpperCase() && h2.form !== "ThS")) break;
    const written = doc.norm.slice(at, at + word.length);
    if ((h2.kind === "degree" || h2.kind === "honour") && !new RegExp("^\\p{Lu}", "u").test(written)) break;
    if (h2.kind === "degree" && !h2.form.includes(" ") && written !== written.toUpperCase() && written !== h2.form) break;
    if (/\./.test(m[0].slice(word.length)) && kinds[0] === "address") break;
    list.unshift(h2.canonical);
    kinds.unshift(h2.kind);
    if (h2.kind !== "address" || /^(?:ông|bà|đồng chí|đ\/c|đ\.c)$/.test(word)) strong = true;
    start = at;
  }
  return { start, list: list.length ? dedupe(list) : [], strong };
}
function dedupe(list) {
  return [...new Set(list)];
}

// src/recognize/people-scopes.ts
var MAX_SCOPE = 1500;
function skipFwd(s, p) {
  while (p < s.length && (s[p] === " " || s[p] === "	")) p++;
  return p;
}
function findScopes(doc, byStart, nameStarts, byPos, sentenceEnd2) {
  const { norm: norm2, key } = doc;
  const firstCandAt = (pos) => {
    let lo = 0;
    let hi = byPos.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (byPos[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const scopes = [];
  PLURAL.lastIndex = 0;
  let m;
  while (m = PLURAL.exec(key)) {
    if (wordBefore(key, m.index)) {
      PLURAL.lastIndex = m.index + 1;
      continue;
    }
    const h2 = PLURAL_BY_KEY.get(m[0].replace(/\s+/g, " "));
    const after = skipFwd(norm2, m.index + m[0].length);
    const t = byStart.get(after);
    const scope = { start: m.index, end: Math.min(sentenceEnd2(m.index), m.index + MAX_SCOPE), honorific: h2.canonical };
    scopes.push(scope);
    if (t && norm2[skipFwd(norm2, t.chainEnd)] === ":") {
      const semi = norm2.indexOf(";", t.chainEnd);
      scopes.push({ start: t.chainEnd, end: membership(t) ? scope.end : semi >= 0 && semi < scope.end ? semi : scope.end, title: t });
    }
  }
  for (let at = key.indexOf("c\xE1c "); at >= 0; at = key.indexOf("c\xE1c ", at + 4)) {
    if (wordBefore(key, at)) continue;
    const t = byStart.get(skipFwd(norm2, at + 4));
    if (!t) continue;
    const after = skipFwd(norm2, t.chainEnd);
    const end = Math.min(sentenceEnd2(at), at + MAX_SCOPE);
    if (norm2[after] === ":") {
      const semi = norm2.indexOf(";", after);
      scopes.push({ start: after, end: membership(t) ? end : semi >= 0 && semi < end ? semi : end, title: t });
    } else if (nameStarts.has(after)) {
      let last = after;
      for (let ci = firstCandAt(after); ci < byPos.length; ci++) {
        const c = byPos[ci];
        if (c.start > end) break;
        if (c.start !== last && !/^\s*(?:,|và)\s*$/.test(norm2.slice(last, c.start))) break;
        last = c.end;
      }
      scopes.push({ start: t.start, end: last, title: t });
    }
  }
  const members = scopes.filter((sc) => sc.title && membership(sc.title)).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < members.length; i++) members[i].end = Math.min(members[i].end, members[i + 1].start);
  return scopes;
}
function membership(t) {
  return MEMBER_BASES.has(t.base);
}
var MEMBER_BASES = new Set(["\u1EE7y vi\xEAn", "th\xE0nh vi\xEAn"].map(fold));

// src/recognize/people-merge.ts
function mergeSpellings(list) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of list) {
    if (p.name.split(" ").length < 3) {
      groups.set(`\0${p.name}`, [p]);
      continue;
    }
    const k = stripMarks(p.name).toLowerCase();
    groups.set(k, [...groups.get(k) ?? [], p]);
  }
  const out = [];
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]);
      continue;
    }
    const main = [...g].sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)[0];
    for (const p of g) {
      if (p === main) continue;
      main.honorifics = dedupe([...main.honorifics, ...p.honorifics]);
      main.roles = [.../* @__PURE__ */ new Set([...main.roles, ...p.roles])];
      main.mentions.push(...p.mentions);
      main.first = Math.min(main.first, p.first);
      for (const [i, pos] of p.positions.entries()) {
        if (!main.bases.includes(p.bases[i])) {
          main.bases.push(p.bases[i]);
          main.src.push(-1);
          main.positions.push(pos);
        }
      }
    }
    out.push(main);
  }
  return out;
}

// src/recognize/title.ts
var SEPARATORS = String.raw`\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u02c2-\u02c5\u02d2-\u02df\u02e5-\u02eb\u02ed\u02ef-\u02ff\u2000-\u206f\u2100-\u2101\u2103-\u2106\u2108-\u2109\u2114\u2116-\u2118\u211e-\u2123\u2125\u2127\u2129\u212e\u213a-\u213b\u2140-\u2144\u214a-\u214d\u214f\u2190-\u23ff\u2500-\u2775\u2794-\u27bf\u3000-\u3004\u3008-\u3020\u3030\u3036-\u3037\u303d-\u303f\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20\u{1f000}-\u{1f0ff}\u{1f10d}-\u{1faff}`;
var alt = (list) => [...new Set(list.map((w) => fold(w)))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
var TITLE_STARTS = [...TITLE_PREFIXES, "ph\xF3", "p.", ...TITLES].map((t) => fold(t));
var TITLE = named(
  "person.title",
  new RegExp(
    `(?:(?<pre>${alt(TITLE_PREFIXES)})[ ]?)?(?:(?<pho>ph\xF3|p\\.)[ ]?)?(?<base>${trieSource(TITLES.map((t) => fold(t)), " ")})(?: (?<suf>${alt(TITLE_SUFFIXES)}))?`,
    "uy"
  )
);
var STARTS = new StartSet(TITLE_STARTS);
var SEP_CHAR = new RegExp(`^[${SEPARATORS}]$`, "u");
var SEP_TAB = new Uint8Array(65536).fill(2);
var sepUnit = (c) => {
  let f = SEP_TAB[c];
  if (f === 2) SEP_TAB[c] = f = c >= 55296 && c <= 57343 ? 0 : SEP_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return f === 1;
};
function nextTitle(key, from) {
  const n = key.length;
  const tryAt = (b) => {
    if (b + 1 >= n || !STARTS.may(key.charCodeAt(b), key.charCodeAt(b + 1))) return null;
    TITLE.lastIndex = b;
    return TITLE.exec(key);
  };
  if (from === 0) {
    const m = tryAt(0);
    if (m) return m;
  }
  for (let q = from; q < n; q++) {
    const c = key.charCodeAt(q);
    let lead = 1;
    if (c >= 55296 && c <= 56319) {
      const d = key.charCodeAt(q + 1);
      if (!(d >= 56320 && d <= 57343) || !SEP_CHAR.test(key.slice(q, q + 2))) continue;
      lead = 2;
    } else if (!sepUnit(c)) continue;
    const m = tryAt(q + lead);
    if (m) return m;
    if (lead === 2) q++;
  }
  return null;
}
var ABBR2 = named(
  "person.title-abbr",
  new RegExp(`(?:${Object.keys(TITLE_ABBREVIATIONS).sort((a, b) => b.length - a.length).map((k) => k.replace(".", "\\.")).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "gu")
);
var DROPPED = new Set(DROPPED_PREFIXES.map((p) => fold(p)));
var SHARED = Object.entries(SHARED_HEADS).map(([k, v]) => [fold(k), v]).sort((a, b) => b[0].length - a[0].length);
var TOKEN3 = named("person.org-token", /[^\s,;:()[\]{}"“”‘’!?<>]+/uy);
var SPACES = named("person.org-spaces", /[ ]*/y);
var STOP_SET = new PhraseSet(ORG_STOP_WORDS);
var HEAD_SET = new PhraseSet([...ORG_HEADS, ...ADMIN_UNITS]);
var TITLE_START_SET = new PhraseSet([...TITLES, ...TITLES.map((t) => `ph\xF3 ${t}`)]);
var HON_SET = new PhraseSet(HONORIFICS.map((h2) => h2.form).filter((f) => /^[\p{L} ]+$/u.test(f)));
var currentDoc;
function honorificAt(_key, pos) {
  return phraseAt(currentDoc, pos, HON_SET, false) > 0;
}
var DEGREE_TOKEN = named("person.degree-token", /^(?:GS|PGS|TS|ThS|TSKH|KS|BS|NCS|VS|PGS\.TS|GS\.TS)\.?$/u);
function titleAt(_key, pos, doc = currentDoc) {
  return phraseAt(doc, pos, TITLE_START_SET) > 0;
}
function atStop(_key, pos) {
  return phraseAt(currentDoc, pos, STOP_SET, false) > 0;
}
function headAt(_key, pos) {
  return phraseAt(currentDoc, pos, HEAD_SET, false) > 0;
}
function nextToken(norm2, pos) {
  SPACES.lastIndex = pos;
  SPACES.exec(norm2);
  const s = SPACES.lastIndex;
  TOKEN3.lastIndex = s;
  const m = TOKEN3.exec(norm2);
  if (!m) return null;
  return { s, e: s + m[0].length, t: m[0] };
}
function skipSpaces(norm2, p) {
  while (p < norm2.length && (norm2[p] === " " || norm2[p] === "	")) p++;
  return p;
}
var CAPITAL = named("person.org-capital", new RegExp("^(?:[\\p{Lu}\\d]|[^][^\\p{Lu}]*\\p{Lu})", "u"));
var capital = (t) => {
  const c0 = t.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 55296 && c <= 57343) return CAPITAL.test(t);
    if (unitClass(c) & 1) return true;
  }
  return false;
};
var parsed = /* @__PURE__ */ new WeakMap();
function parseOrg(doc, pos, nameStarts, shared) {
  currentDoc = doc;
  const { norm: norm2, key } = doc;
  let tok = nextToken(norm2, pos);
  if (!tok) return null;
  if (/^(?:của|cho)$/.test(key.slice(tok.s, tok.e))) {
    tok = nextToken(norm2, tok.e);
    if (!tok) return null;
  }
  let memo2 = parsed.get(nameStarts);
  if (!memo2) parsed.set(nameStarts, memo2 = /* @__PURE__ */ new Map());
  const mk = tok.s * 2 + (shared ? 1 : 0);
  let r = memo2.get(mk);
  if (r === void 0) memo2.set(mk, r = readOrg(doc, tok, nameStarts, shared));
  return r;
}
function readOrg(doc, first0, nameStarts, shared) {
  const { norm: norm2, key } = doc;
  let tok = first0;
  if (nameStarts.has(tok.s)) return null;
  const first = tok.t.replace(/[-.]+$/, "");
  if (!first || DEGREE_TOKEN.test(tok.t)) return null;
  if (titleAt(key, tok.s) && !shared) return null;
  if (capital(first)) {
    if (/^\d/.test(first) && !shared) return null;
  } else if (!headAt(key, tok.s)) {
    if (!shared || atStop(key, tok.s)) return null;
  }
  const start = tok.s;
  let end = tok.s;
  let prevHead = false;
  let headEnd = -1;
  let lastCap = -1;
  for (let n = 0; tok && n < 14; n++) {
    const t = tok.t;
    const he = phraseAt(doc, tok.s, HEAD_SET, false);
    const inHead = tok.s < headEnd;
    if (he > 0 && !inHead && (n === 0 || capital(t))) headEnd = he;
    if (n > 0 && !inHead) {
      if (t.startsWith("-") && t.length > 1) break;
      if (nameStarts.has(tok.s)) break;
      if (/^\d+[/.-]\d/.test(t)) break;
      if (DEGREE_TOKEN.test(t)) break;
      if (t === "-") {
        const nx = nextToken(norm2, tok.e);
        if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || atStop(key, nx.s)) break;
        tok = nx;
        continue;
      }
      if (!capital(t)) {
        const k = key.slice(tok.s, tok.e);
        if (k === "v\xE0") {
          const nx = nextToken(norm2, tok.e);
          if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || honorificAt(key, nx.s)) break;
          tok = nx;
          continue;
        }
        if (atStop(key, tok.s)) break;
        if (k === "t\u1EA1i" || k === "\u1EDF") {
          const nx = nextToken(norm2, tok.e);
          if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || /^(?:hội|lễ|buổi|cuộc)/.test(key.slice(nx.s, nx.e))) break;
        }
      }
      if (titleAt(key, tok.s) && !prevHead) break;
    }
    let e = tok.e;
    let stopAfter = false;
    let dashAfter = false;
    if (t.endsWith("-") && t.length > 1) {
      e = tok.e - 1;
      dashAfter = true;
    }
    if (t.endsWith(".") && t.length > 1) {
      const bare2 = t.replace(/\.+$/, "");
      const abbr = /^(?:TP|Tp|tp|Q|P|TX|TT|H)$/.test(bare2);
      const nx = norm2[tok.e];
      if (!abbr || nx === void 0 || nx === "\n") {
        e = tok.s + bare2.length;
        stopAfter = true;
      }
    }
    end = e;
    if (capital(t) || tok.s < headEnd) lastCap = e;
    prevHead = he > 0 || tok.s < headEnd;
    if (stopAfter) break;
    if (dashAfter) {
      const nx = nextToken(norm2, tok.e);
      if (!nx || !capital(nx.t) || nameStarts.has(nx.s) || titleAt(key, nx.s) || atStop(key, nx.s)) break;
      tok = nx;
      continue;
    }
    tok = nextToken(norm2, tok.e);
  }
  if (lastCap > start && end > lastCap) {
    const tail = norm2.slice(lastCap, end).trim();
    if (tail.split(/\s+/).length > 3 || /\d/.test(tail)) end = lastCap;
  }
  if (end <= start) return null;
  return { start, end };
}
function findTitles(doc, nameStarts) {
  const out = [];
  const { norm: norm2, key } = doc;
  const add = (start, end, title, base, rule) => {
    const sharedHead = SHARED.find(([k]) => base.endsWith(k) && (base.length === k.length || base[base.length - k.length - 1] === " "));
    const shared = sharedHead && base !== sharedHead[0] ? sharedHead : void 0;
    const dot = rule === "person.title-abbr" && norm2[end] === "." && norm2[end + 1] === " " ? 1 : 0;
    const span = parseOrg(doc, end + dot, nameStarts, !!shared);
    let org = null;
    if (span) {
      const text = norm2.slice(span.start, span.end);
      org = shared && fold(text.split(" ")[0]) !== shared[0].split(" ")[0] ? `${shared[1]} ${text}` : text;
    }
    out.push({ start, end, title, base, org, orgStart: span?.start ?? end, orgEnd: span?.end ?? end, chainEnd: span?.end ?? end, rule });
  };
  currentDoc = doc;
  let m;
  let covered = 0;
  let from = 0;
  while (m = nextTitle(key, from)) {
    const g = m.groups;
    const at = m.index;
    from = at + m[0].length;
    if (at < covered) continue;
    let end = at + m[0].length;
    const edge = (e) => !/[\p{L}\p{M}\p{N}]/u.test(norm2[e] ?? "") || new RegExp("\\p{Lu}", "u").test(norm2[e]);
    if (!edge(end)) {
      if (!g.suf) continue;
      end -= g.suf.length + 1;
      if (!edge(end)) continue;
    }
    const dropped = !!g.pre && DROPPED.has(g.pre);
    let start = at;
    if (dropped) start = skipSpaces(norm2, at + g.pre.length);
    const parts = [];
    let p = at;
    if (g.pre) {
      if (!dropped) parts.push(g.pre === "q." ? "Q." : norm2.slice(p, p + g.pre.length));
      p = skipSpaces(norm2, p + g.pre.length);
    }
    if (g.pho) {
      parts.push(g.pho === "p." ? "Ph\xF3" : norm2.slice(p, p + 3));
      p = skipSpaces(norm2, p + g.pho.length);
    }
    parts.push(norm2.slice(p, end));
    const title = parts.join(" ");
    const base = `${g.pho ? "ph\xF3 " : ""}${g.base}`;
    add(start, end, title, base, "person.title");
    covered = out[out.length - 1].chainEnd;
  }
  ABBR2.lastIndex = 0;
  while (m = ABBR2.exec(norm2)) {
    if (wordBefore(norm2, m.index)) {
      ABBR2.lastIndex = m.index + 1;
      continue;
    }
    if (m.index < covered && out.some((t) => t.start <= m.index && m.index < t.chainEnd)) continue;
    const full = TITLE_ABBREVIATIONS[m[0]];
    add(m.index, m.index + m[0].length, m[0], fold(full), "person.title-abbr");
  }
  return out.sort((a, b) => a.start - b.start);
}

// src/recognize/byline.ts
var ORG_WORD2 = new Set(ORG_HEADS.filter((h2) => !h2.includes(" ")).map((h2) => fold(h2)));
var WORD = new RegExp("^(?:\\p{Lu}\\p{Ll}*|\\p{Lu}+)$", "u");
function validName(words3, credit = false) {
  if (words3.length < 2 || words3.length > 4) return false;
  if (!words3.every((w) => WORD.test(w) && isSyllable(w))) return false;
  const caps = words3.map((w) => w.length > 1 && w === w.toUpperCase());
  if (caps.some((c) => c !== caps[0])) return false;
  const key = words3.map((w) => fold(w));
  if (credit && ORG_WORD2.has(key[0]) && !isSurname(words3[0]) || /^(?:báo|tin|nguồn|theo|ảnh|ông|bà)$/.test(key[0])) return false;
  if (isPlace(key.join(" "))) return false;
  return true;
}
var TRAILING = /[\s\-–—]/u;
var SOURCE_START = named("person.byline-source", /\s(?:\(\s?[Tt]heo|Theo) /gu);
var SOURCE_REST = named("person.byline-source-rest", /^[^\n()]{2,60}\)?$/u);
function sourceTail(s) {
  SOURCE_START.lastIndex = 0;
  let m;
  while (m = SOURCE_START.exec(s)) {
    if (SOURCE_REST.test(s.slice(m.index + m[0].length))) return s.length - m.index;
    SOURCE_START.lastIndex = m.index + 1;
  }
  return 0;
}
var SOURCE_AUTHOR = named("person.byline-source-author", new RegExp("^(\\s\\(?\\s?[Tt]heo )((?:\\p{Lu}\\p{Ll}* ){1,3}\\p{Lu}\\p{Ll}*)\\s?(?:\\/|\\()", "u"));
var GLUED2 = new RegExp("(?:^|\\s)([\\p{Ll}\\p{M}]+) ((?:\\p{Lu}\\p{Ll}* ){1,2}\\p{Lu}\\p{Ll}*)$", "u");
var GLUED_STOP = /* @__PURE__ */ new Set(["\xF4ng", "b\xE0", "anh", "ch\u1ECB", "t\u1EA1i", "\u1EDF", "c\u1EE7a", "v\xE0", "v\u1EDBi", "cho", "t\u1EC9nh", "huy\u1EC7n", "x\xE3", "ph\u01B0\u1EDDng", "qu\u1EADn", "\u0111\u01B0\u1EDDng", "ph\u1ED1", "th\xE0nh ph\u1ED1", "t\u1EEB", "\u0111\u1EBFn", "t\u1EDBi", "v\u1EC1", "l\xE0", "th\u0103m", "theo"]);
var PHOTO = named("person.photo-credit", /(?:\s{1,2}(?:minh\s{1,2}họa|tư\s{1,2}liệu|tl|minh\s{1,2}hoạ))?\s{0,2}:\s{0,2}/y);
var NAMED = named(
  "person.named",
  /(?<![\p{L}\p{M}\p{N}])(?:cổ đông|người|đối tượng|bị can|bị cáo|nạn nhân|cháu|bé|học sinh|sinh viên|công nhân|cán bộ|đảng viên|đoàn viên|phóng viên|nữ sinh|nam sinh|thanh niên|phụ nữ|cụ)(?: có)? $/u
);
var PAIR = named("person.byline-pair", new RegExp('([.!?\u2026\u201D"]\\s{1,3})(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+) - (\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)(?= \\p{Lu})', "gu"));
function findBylines(doc) {
  const out = [];
  const { norm: norm2, key } = doc;
  let m;
  for (let i = key.indexOf("\u1EA3nh"), from = 0; i >= 0; i = key.indexOf("\u1EA3nh", from)) {
    from = i + 1;
    if (wordBefore(key, i)) continue;
    PHOTO.lastIndex = i + 3;
    if (!PHOTO.test(key)) continue;
    const at = PHOTO.lastIndex;
    from = at;
    const tail2 = norm2.slice(at, at + 60);
    const w = new RegExp("^(?:\\p{Lu}[\\p{L}\\p{M}]*)(?: \\p{Lu}[\\p{L}\\p{M}]*)*", "u").exec(tail2);
    if (!w) continue;
    const words3 = w[0].split(" ");
    const rest = tail2.slice(w[0].length);
    let n = words3.length;
    if (/^ [\p{Ll}]/u.test(rest)) n = words3.length - 1;
    n = Math.min(n, 4);
    const pick = words3.slice(0, n);
    if (!validName(pick, true)) continue;
    const name = pick.join(" ");
    out.push({ start: at, end: at + name.length, name, rule: "person.photo-credit" });
  }
  for (let i = key.indexOf("t\xEAn "), from = 0; i >= 0; i = key.indexOf("t\xEAn ", from)) {
    const at = key.startsWith("l\xE0 ", i + 4) ? i + 7 : i + 4;
    from = at;
    if (!NAMED.test(key.slice(Math.max(0, i - 20), i))) continue;
    const w = new RegExp("^\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){1,3}", "u").exec(norm2.slice(at, at + 40));
    if (!w) continue;
    const words3 = w[0].split(" ");
    if (!validName(words3)) continue;
    out.push({ start: at, end: at + w[0].length, name: w[0], rule: "person.named" });
  }
  PAIR.lastIndex = 0;
  const dashed = norm2.includes(" - ");
  while (dashed && (m = PAIR.exec(norm2))) {
    const at = m.index + m[1].length;
    const a = m[2];
    const b = m[3];
    if (!validName(a.split(" "), true) || !validName(b.split(" "), true)) continue;
    out.push({ start: at, end: at + a.length, name: a, rule: "person.byline" });
    const bs = m.index + m[0].length - b.length;
    out.push({ start: bs, end: bs + b.length, name: b, rule: "person.byline" });
  }
  let end = norm2.length;
  while (end > 0 && TRAILING.test(norm2[end - 1])) end--;
  let trimmed = norm2.slice(0, end);
  const source = sourceTail(trimmed.slice(-120));
  if (source) {
    const at = trimmed.length - source;
    const a = SOURCE_AUTHOR.exec(trimmed.slice(at));
    if (a && validName(a[2].split(" "), true)) {
      const s0 = at + a[1].length;
      out.push({ start: s0, end: s0 + a[2].length, name: a[2], rule: "person.byline" });
    }
    trimmed = trimmed.slice(0, at);
  }
  const lineStart = Math.max(trimmed.lastIndexOf("\n") + 1, trimmed.length - 200);
  const line = trimmed.slice(lineStart);
  const cut = /^.*(?:[.!?…:;”"»)]|\.\/\.)\s+/su.exec(line);
  let tailStart = lineStart + (cut ? cut[0].length : 0);
  let tail = trimmed.slice(tailStart);
  const glued = () => {
    const g = GLUED2.exec(trimmed.slice(-60));
    if (g && !GLUED_STOP.has(fold(g[1]))) {
      const words3 = g[2].split(" ");
      const s0 = trimmed.length - g[2].length;
      if (validName(words3, true) && !negativeBefore(key, s0)) out.push({ start: s0, end: trimmed.length, name: g[2], rule: "person.byline" });
    }
    return out;
  };
  if (tail.length > 80) return glued();
  if (cut && /:\s*$/.test(cut[0]) && !/(?:ảnh|bài|tin|nguồn|thực hiện|ghi|theo|tác giả)\s*:\s*$/iu.test(cut[0])) return glued();
  const lead = new RegExp("^(?:\\([^)]*\\)\\s*|(?:tin|b\xE0i)?[, ]*(?:\u1EA3nh|b\xE0i)?\\s*:\\s*|(?:nh\xF3m\\s+)?(?:PV|CTV|ph\xF3ng vi\xEAn)\\.?\\s+(?=\\p{Lu}))", "iu").exec(tail);
  if (lead && lead[0]) {
    tailStart += lead[0].length;
    tail = tail.slice(lead[0].length);
  }
  tail = tail.replace(/\s*\([^)]*\)\s*$/, "").replace(/\s*\/.*$/, "");
  const parts = tail.split(/ - |, /).map((part) => part.split(" ").filter((w) => w && !w.includes(".")));
  if (!parts.every((words3) => words3.length === 0 || validName(words3))) return glued();
  let pos = tailStart;
  for (const words3 of parts) {
    if (!words3.length) continue;
    const name = words3.join(" ");
    const s = norm2.indexOf(name, pos);
    if (s < 0) continue;
    pos = s + name.length;
    if (out.some((o) => o.start === s)) continue;
    out.push({ start: s, end: s + name.length, name, rule: "person.byline" });
  }
  return out;
}

// src/recognize/people-starts.ts
var peopleNameStarts = /* @__PURE__ */ new WeakMap();

// src/recognize/org.ts
var CITY_NAMES = new Set(FIXED_CITY_NAMES.map((n) => fold(n)));
var HEAD = named("org.head", new RegExp(`${trieSource(ORG_HEADS.map((h2) => fold(h2).trim()))}(?![\\p{L}\\p{M}\\p{N}])`, "gu"));
function recognizeOrganizations(ctx) {
  const { doc } = ctx;
  const { norm: norm2, key } = doc;
  let nameStarts = new Set(nameCandidates(doc).filter((c) => c.surname && (!c.fixed || !CITY_NAMES.has(fold(c.name))) && !c.caps && !c.negative).map((c) => c.start));
  const theirs = peopleNameStarts.get(doc);
  if (theirs && theirs.size === nameStarts.size && [...theirs].every((s) => nameStarts.has(s))) nameStarts = theirs;
  const out = [];
  HEAD.lastIndex = 0;
  let m;
  while (m = HEAD.exec(key)) {
    if (wordBefore(key, m.index)) {
      HEAD.lastIndex = m.index + 1;
      continue;
    }
    if (!new RegExp("^\\p{Lu}", "u").test(norm2[m.index])) continue;
    const span = parseOrg(doc, m.index, nameStarts, false);
    if (!span || span.end <= m.index + m[0].length) continue;
    out.push({ start: span.start, end: span.end, name: norm2.slice(span.start, span.end), head: norm2.slice(m.index, m.index + m[0].length), rule: "org.head" });
    HEAD.lastIndex = span.end;
  }
  return out;
}

// src/recognize/people.ts
var ROLE = named("person.role", /^[\s,]{0,3}(?:(?:đã|cũng|đến|tới|vừa|sẽ|đồng|và)\s{1,3}){0,3}(chủ trì|tham dự|dự|báo cáo|phát biểu|chỉ đạo|trình bày)(?![\p{L}\p{M}\p{N}])/u);
var ROLE_OF = { "ch\u1EE7 tr\xEC": "ch\u1EE7 tr\xEC", "tham d\u1EF1": "tham d\u1EF1", d\u1EF1: "tham d\u1EF1", "b\xE1o c\xE1o": "b\xE1o c\xE1o", "ph\xE1t bi\u1EC3u": "ph\xE1t bi\u1EC3u", "ch\u1EC9 \u0111\u1EA1o": "ch\u1EC9 \u0111\u1EA1o", "tr\xECnh b\xE0y": "tr\xECnh b\xE0y" };
var MEMBERSHIP = new Set(["\u1EE7y vi\xEAn", "th\xE0nh vi\xEAn", "\u0111\u1EA1i di\u1EC7n"].map(fold));
var AS = named("person.as", /^[ ]{0,2}(?:,[ ]{0,2})?(?:(?:hiện|đang|cũng|từng|nguyên)[ ]{1,2}){0,2}(?:là|làm|giữ chức vụ|giữ chức|đảm nhiệm chức vụ|đảm nhiệm|giữ cương vị)[ ]{1,2}/u);
var SIDE = named("person.side", /(?:^|[.,;:]\s{0,2}|\n)(?:về phía|thay mặt|đại diện cho|đại diện)\s{1,2}(?=\S)/u);
var ELECT = named("person.elect", /(?:bầu|ứng cử|bổ nhiệm|đề cử|trở thành|giữ|tham gia)\s{1,2}(?:(?:làm|giữ|vào|là)\s{1,2})?(?:chức\s{1,2}(?:danh|vụ)\s{1,2}|chức\s{1,2})?(?:tân\s{1,2})?(?=\S)/gu);
function* elect(s) {
  ELECT.lastIndex = 0;
  let m;
  while (m = ELECT.exec(s)) {
    if (!wordBefore(s, m.index)) {
      const end = m.index + m[0].length;
      yield m;
      ELECT.lastIndex = end;
    } else ELECT.lastIndex = m.index + 1;
  }
}
var FOREIGN_GAP = /^\s*(?:\([^()]{1,15}\)\s*)?,?\s*$/u;
var ROLE_TITLES = new Set(PERSON_ROLES.map((r) => fold(r)));
var ROLE_SET = new PhraseSet(PERSON_ROLES);
var SPEECH = named("person.speech-after", new RegExp(`^\\s{0,2}(?:,\\s{0,2})?(?:(?:\u0111\xE3|c\u0169ng|v\u1EEBa|th\xEC|c\xF2n)\\s{1,2})?(?:${SPEECH_VERBS.map((v) => escapeRe(fold(v))).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u"));
var COUNTRIES = new Set(COUNTRY_WORDS);
var REPRESENTATIVE = fold("\u0111\u1EA1i di\u1EC7n");
var ORG_HEAD_WORD = new Set(ORG_HEADS.map((h2) => fold(h2)));
var PASSIVE_AGENT = /(?:được|bị)\s{1,2}$/u;
var TERM = named("person.term", /^,?\s{0,2}(?:nhiệm kì\s{1,2}\d{4}\s{0,2}-\s{0,2}\d{4}|khóa\s{1,2}[ivxlc]{1,6}(?![\p{L}\p{M}\p{N}]))/u);
var MIDDLE = /* @__PURE__ */ new Set(["v\u0103n", "th\u1ECB"]);
var CITY_NAMES2 = new Set(FIXED_CITY_NAMES.map((n) => fold(n)));
var ANNIVERSARY_OF = named("person.anniversary-of", /(?:ngài|năm)\s{1,2}sinh\s{1,2}$/u);
var FIXED_BEFORE = named("person.fixed-before", /(?<![\p{L}\p{M}\p{N}])(?:chủ tịch|anh hùng|liệt sĩ|danh nhân|danh tướng|đồng chí)\s{1,2}$/u);
var SHORT = named("person.short-ref", /(?<![\p{L}\p{M}\p{N}])(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[eE]m|[cC]ô|[tT]hầy|[đĐ]ồng chí|[đĐ]\/c)[ ]{1,2}$/u);
var SHORT_WORD = new RegExp("^\\p{Lu}[\\p{Ll}\\p{M}]*$", "u");
var SHORT_AFTER = new RegExp("^(?:[\\p{L}\\p{M}\\p{N}]| \\p{Lu})", "u");
function skipBack(s, p) {
  while (p > 0 && (s[p - 1] === " " || s[p - 1] === "	")) p--;
  return p;
}
function skipFwd2(s, p) {
  while (p < s.length && (s[p] === " " || s[p] === "	")) p++;
  return p;
}
function recognizePeople(ctx) {
  const doc = ctx.doc;
  const { norm: norm2, key } = doc;
  const bylines = findBylines(doc);
  const cands = nameCandidates(doc).filter((c) => !bylines.some((b) => b.start < c.end && c.start < b.end && (b.start !== c.start || b.end !== c.end)));
  const nameStarts = new Set(cands.filter((c) => c.surname && (!c.fixed || !CITY_NAMES2.has(fold(c.name))) && !c.caps && !c.negative).map((c) => c.start));
  peopleNameStarts.set(doc, nameStarts);
  const titles = findTitles(doc, nameStarts);
  const byEnd = /* @__PURE__ */ new Map();
  const byStart = /* @__PURE__ */ new Map();
  for (const t of titles) {
    const e = skipBack(norm2, t.chainEnd);
    byEnd.set(e, [...byEnd.get(e) ?? [], t]);
    if (!byStart.has(t.start)) byStart.set(t.start, t);
  }
  const sentenceEnd2 = (pos) => {
    const ss = ctx.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (ss[mid].end <= pos) lo = mid + 1;
      else if (ss[mid].start > pos) hi = mid - 1;
      else return ss[mid].end;
    }
    return norm2.length;
  };
  const byPos = [...cands].sort((a, b) => a.start - b.start);
  const scopes = findScopes(doc, byStart, nameStarts, byPos, sentenceEnd2);
  const chainBefore = (p, claimed2, hasHonorific) => {
    const out = [];
    let j = skipBack(norm2, p);
    for (let guard = 0; guard < 8; guard++) {
      let t = (byEnd.get(j) ?? []).find((x) => !claimed2?.has(x) && x.start < j);
      if (!t && out.length === 0 && hasHonorific && norm2[j - 1] === ",") {
        const j2 = skipBack(norm2, j - 1);
        t = (byEnd.get(j2) ?? []).find((x) => !claimed2?.has(x) && x.start < j2 && x.org !== null && clauseStart(x.start));
      }
      if (!t) break;
      out.unshift(t);
      j = skipBack(norm2, t.start);
      const c = norm2[j - 1];
      if (c === "," || c === "-") {
        j = skipBack(norm2, j - 1);
        continue;
      }
      if (key.slice(Math.max(0, j - 5), j) === " ki\xEAm") {
        j = skipBack(norm2, j - 5);
        continue;
      }
      break;
    }
    return out;
  };
  const chainAfter = (e, lineStart, claimed2) => {
    const out = [];
    let p = e;
    const table = lineStart && (norm2[skipFwd2(norm2, e)] === "\n" || e === norm2.length);
    for (let guard = 0; guard < 8; guard++) {
      p = skipFwd2(norm2, p);
      if (out.length) p = skipTerm(p);
      const c = norm2[p];
      if (c === "," || c === "-" || c === "(" && out.length === 0) {
        p = skipFwd2(norm2, p + 1);
        if (table && norm2[p] === "\n") p = skipFwd2(norm2, p + 1);
      } else if (c === "\n" && table) p = skipFwd2(norm2, p + 1);
      else if (out.length && key.startsWith("ki\xEAm ", p)) p = skipFwd2(norm2, p + 5);
      else if (out.length && key.startsWith("\u0111\u1ED3ng th\u1EDDi l\xE0 ", p)) p = skipFwd2(norm2, p + 13);
      else if (!out.length && p === e + 1 && new RegExp("\\p{Lu}", "u").test(c ?? "") && byStart.has(p)) {
      } else break;
      const t = byStart.get(p);
      if (!t || claimed2?.has(t)) break;
      if (t.base === REPRESENTATIVE && t.org === null && norm2[t.start] === "\u0111") break;
      if (leadsToName(t)) break;
      out.push(t);
      p = t.chainEnd;
    }
    return out;
  };
  const leadsToName = (t) => {
    let cur = t;
    for (let n = 0; n < 6; n++) {
      if (nameStarts.has(skipFwd2(norm2, cur.chainEnd)) || nameStarts.has(skipFwd2(norm2, cur.end))) return true;
      let q = skipFwd2(norm2, cur.chainEnd);
      if (norm2[q] === "," || norm2[q] === "-") q = skipFwd2(norm2, q + 1);
      else if (key.startsWith("ki\xEAm ", q)) q = skipFwd2(norm2, q + 5);
      else return false;
      const next = byStart.get(q);
      if (!next) return false;
      cur = next;
    }
    return false;
  };
  const skipTerm = (p) => {
    const m = TERM.exec(key.slice(p, p + 40));
    return m ? skipFwd2(norm2, p + m[0].length) : p;
  };
  const starts = [...nameStarts].sort((a, b) => a - b);
  const nextName = (p) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (starts[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? starts[lo] : norm2.length;
  };
  const clauseStart = (p) => /(?:^|[.!?:;\n"“]\s*)$/.test(norm2.slice(Math.max(0, p - 3), p)) || p === 0;
  const negativeBefore2 = (p) => negativeBefore(key, p);
  const order = new Map(scopes.map((sc, i) => [sc, i]));
  const scopesByStart = [...scopes].sort((a, b) => a.start - b.start);
  const inScope = (p, f) => {
    let lo = 0;
    let hi = scopesByStart.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (scopesByStart[mid].start <= p - MAX_SCOPE) lo = mid + 1;
      else hi = mid;
    }
    const hits = [];
    for (let k = lo; k < scopesByStart.length && scopesByStart[k].start < p; k++) {
      const sc = scopesByStart[k];
      if (p < sc.end && f(sc)) hits.push(sc);
    }
    return hits.length > 1 ? hits.sort((a, b) => order.get(a) - order.get(b)) : hits;
  };
  const foreignTitle = (start) => {
    const j = skipBack(norm2, start);
    let best = null;
    for (const t of titles) {
      if (t.start >= j) break;
      if (t.end <= j && t.chainEnd >= j - 12) best = t;
    }
    if (!best) return null;
    if (best.chainEnd <= j) return FOREIGN_GAP.test(norm2.slice(best.chainEnd, start)) ? { hit: best, as: best } : null;
    const org = norm2.slice(best.orgStart, j).replace(/[\s,]+$/u, "");
    if (!org) return ROLE_TITLES.has(best.base.replace(/^phó /, "")) ? { hit: best, as: { ...best, org: null, chainEnd: best.end, orgEnd: best.end } } : null;
    const lastWord2 = org.split(/\s+/).pop();
    if (org.split(/\s+/).length > 4 || !new RegExp("^\\p{Lu}", "u").test(lastWord2) || ORG_HEAD_WORD.has(fold(lastWord2))) return null;
    return { hit: best, as: { ...best, org, orgEnd: best.orgStart + org.length, chainEnd: best.orgStart + org.length } };
  };
  const calledByLast = (c) => {
    const last = c.tokens[c.tokens.length - 1].key;
    return key.includes(`\xF4ng ${last}`) || key.includes(`b\xE0 ${last}`);
  };
  const roleBefore = (start) => {
    let j = skipBack(norm2, start);
    for (let n = 0; n < 2; n++) {
      const w = new RegExp("\\p{Lu}[\\p{L}\\p{M}]*$", "u").exec(norm2.slice(Math.max(0, j - 20), j));
      if (!w || !(COUNTRIES.has(w[0]) || isPlace(key.slice(j - w[0].length, j)))) break;
      j = skipBack(norm2, j - w[0].length);
    }
    return phraseBefore(key, j, ROLE_SET) >= 0;
  };
  const canons = /* @__PURE__ */ new Map();
  const canonOf = (c) => {
    let k = canons.get(c);
    if (k === void 0) canons.set(c, k = fold(c.name));
    return k;
  };
  const namesakes = /* @__PURE__ */ new Set();
  const accepted = /* @__PURE__ */ new Set();
  const acceptedCands = [];
  let prevEnd = -1;
  for (const c of cands) {
    if (c.caps) continue;
    const hon = honorificsBefore(doc, c.start);
    const canon = canonOf(c);
    let ok = false;
    let post1 = null;
    if (c.fixed) {
      const before = key.slice(Math.max(0, c.start - 40), c.start);
      const fx = FIXED_BEFORE.exec(before);
      ok = !!fx && !negativeBefore2(c.start - fx[0].length) && !ANNIVERSARY_OF.test(before.slice(0, before.length - fx[0].length));
      if (!ok && c.tokens.length >= 3 && !negativeBefore2(hon.start)) {
        const pre = chainBefore(hon.start, null, hon.list.length > 0);
        if (hon.list.length && hon.strong || pre.some((t) => t.org !== null) || chainAfter(c.end, false, null).length) {
          ok = true;
          namesakes.add(c);
        }
      }
    } else {
      const pre = chainBefore(hon.start, null, hon.list.length > 0);
      const post = post1 = chainAfter(c.end, false, null);
      const neg = negativeBefore2(hon.start);
      const plural = inScope(c.start, (s) => !!s.honorific).length > 0;
      const listNext = prevEnd >= 0 && /^\s*(?:,|và|;)\s*$/.test(norm2.slice(prevEnd, c.start));
      if (hon.list.length && (c.surname || hon.strong)) ok = true;
      else if (c.surname && (pre.length || post.length) && !(neg && (c.tokens.length < 3 || negativeBefore(key, hon.start, false)))) ok = true;
      else if (plural && (c.surname || listNext)) ok = true;
      else if (listNext && c.surname && !neg) ok = true;
      else if (c.surname && !c.weak && c.tokens.length >= 3 && c.offset === 0 && !neg) ok = true;
      else if (c.surname && c.weak && c.tokens.length >= 3 && MIDDLE.has(c.tokens[1].key) && c.offset === 0 && !neg) ok = true;
      else if (c.foreign && !neg && (foreignTitle(hon.start) || post.length || SPEECH.test(key.slice(c.end, c.end + 30)) && calledByLast(c))) ok = true;
      else if ((c.foreign || c.surname) && !neg && roleBefore(hon.start)) ok = true;
      else if (accepted.has(canon)) ok = true;
    }
    if (ok) {
      accepted.add(canon);
      acceptedCands.push(c);
      prevEnd = c.end;
      const post = post1 ?? chainAfter(c.end, false, null);
      if (post.length) prevEnd = skipBack(norm2, post[post.length - 1].chainEnd);
    }
  }
  const people = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  const get = (name, at, k = fold(name)) => {
    let p = people.get(k);
    if (!p) {
      p = { name, honorifics: [], positions: [], bases: [], src: [], roles: [], mentions: [], first: at };
      people.set(k, p);
    }
    return p;
  };
  let mention = 0;
  const orgKeys = /* @__PURE__ */ new Map();
  const orgKey2 = (o) => {
    let k = orgKeys.get(o);
    if (k === void 0) orgKeys.set(o, k = fold(o));
    return k;
  };
  const addPosition = (p, t) => {
    const base = t.base;
    const same = (idx) => {
      const o = p.positions[idx].org;
      if (o === null || t.org === null || orgKey2(o) === orgKey2(t.org)) return true;
      return !MEMBERSHIP.has(base) && p.src[idx] !== mention;
    };
    const i = p.bases.findIndex((b, idx) => b === base && same(idx));
    if (i >= 0) {
      if (p.positions[i].org === null && t.org !== null) p.positions[i] = { ...p.positions[i], org: t.org };
      if (p.positions[i].rule === "person.title-abbr" && t.rule !== "person.title-abbr") p.positions[i] = { ...p.positions[i], title: t.title, rule: t.rule };
      return;
    }
    p.bases.push(base);
    p.src.push(mention);
    p.positions.push({ start: t.start, end: t.chainEnd, rule: t.rule, title: t.title, org: t.org });
  };
  const sideBefore = (p) => {
    let j = skipBack(norm2, p);
    if (norm2[j - 1] !== ",") return null;
    j = skipBack(norm2, j - 1);
    const from = Math.max(0, j - 80);
    const m = SIDE.exec(key.slice(from, j));
    if (!m) return null;
    const at = from + m.index + m[0].length;
    const span = parseOrg(doc, at, nameStarts, false);
    return span && skipBack(norm2, span.end) === j && span.start === at ? norm2.slice(span.start, span.end) : null;
  };
  const asTitle = (p, end) => {
    const a = AS.exec(key.slice(end, end + 40));
    if (!a) return;
    const t = byStart.get(end + a[0].length);
    if (t && !claimed.has(t) && !nameStarts.has(skipFwd2(norm2, t.chainEnd))) {
      claimed.add(t);
      addPosition(p, t);
    }
  };
  const all = cands.filter((c) => !c.caps && accepted.has(canonOf(c)));
  for (const c of all) {
    mention++;
    const p = get(c.name, c.start, canonOf(c));
    const hon = honorificsBefore(doc, c.start);
    p.honorifics = dedupe([...p.honorifics, ...hon.list]);
    for (const s of inScope(c.start, (s2) => !!s2.honorific)) p.honorifics = dedupe([...p.honorifics, s.honorific]);
    const lineStart = /(?:^|\n)[ \t]*$/.test(norm2.slice(Math.max(0, hon.start - 20), hon.start));
    const fixed = c.fixed && !namesakes.has(c);
    const pre = fixed ? [] : chainBefore(hon.start, claimed, hon.list.length > 0);
    if (c.foreign && !pre.length) {
      const ft = foreignTitle(hon.start);
      if (ft && !claimed.has(ft.hit)) {
        claimed.add(ft.hit);
        addPosition(p, ft.as);
      }
    }
    for (const t of inScope(c.start, (s) => !!s.title)) addPosition(p, t.title);
    let side = null;
    for (const t of pre) {
      claimed.add(t);
      if (t.org === null && side === null) side = sideBefore(t.start);
      addPosition(p, t.org === null && side !== null ? { ...t, org: side } : t);
      if (MEMBERSHIP.has(t.base) && t.base === fold("\u0111\u1EA1i di\u1EC7n")) side = t.org;
    }
    if (fixed) {
      const t = titles.find((x) => skipBack(norm2, x.chainEnd) === skipBack(norm2, c.start) || skipBack(norm2, x.end) === skipBack(norm2, c.start));
      if (t) addPosition(p, { ...t, org: null });
    }
    const post = chainAfter(c.end, lineStart, claimed);
    for (const t of post) {
      claimed.add(t);
      addPosition(p, t);
    }
    if (!post.length) asTitle(p, c.end);
    const from = post.length ? post[post.length - 1].chainEnd : c.end;
    const stop = Math.min(sentenceEnd2(c.end), nextName(c.end));
    if (!PASSIVE_AGENT.test(key.slice(Math.max(0, hon.start - 8), hon.start)))
      for (const el of elect(key.slice(from, stop))) {
        const t = byStart.get(from + el.index + el[0].length);
        if (!t || claimed.has(t) || leadsToName(t)) continue;
        claimed.add(t);
        addPosition(p, t);
        for (const u of chainAfter(t.chainEnd, false, claimed)) {
          if (u.chainEnd > stop) break;
          claimed.add(u);
          addPosition(p, u);
        }
      }
    p.mentions.push({ start: c.start, end: c.end, rule: "person.name" });
    const r = ROLE.exec(key.slice(post.length ? post[post.length - 1].chainEnd : c.end, c.end + 120));
    if (r && !p.roles.includes(ROLE_OF[r[1]])) p.roles.push(ROLE_OF[r[1]]);
  }
  for (const b of bylines) {
    const p = get(b.name, b.start);
    if (!p.mentions.some((x) => x.start === b.start)) p.mentions.push({ start: b.start, end: b.end, rule: b.rule });
    if (b.rule !== "person.named" && !p.roles.includes("t\xE1c gi\u1EA3")) p.roles.push("t\xE1c gi\u1EA3");
  }
  const byLast = /* @__PURE__ */ new Map();
  const taken = [];
  for (const p of people.values()) {
    for (const h2 of p.mentions) taken.push([h2.start, h2.end]);
    const words3 = p.name.split(" ");
    const last = words3[words3.length - 1];
    if (words3.length < 2 || last === last.toUpperCase()) continue;
    byLast.set(last, [...byLast.get(last) ?? [], p]);
  }
  taken.sort((a, b) => a[0] - b[0]);
  const inside = (x) => {
    let lo = 0;
    let hi = taken.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (taken[mid][1] <= x) lo = mid + 1;
      else if (taken[mid][0] > x) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const shortHits = [];
  for (const [last, ps] of byLast) {
    if (ps.length !== 1 || !SHORT_WORD.test(last)) continue;
    for (let at = norm2.indexOf(last); at >= 0; at = norm2.indexOf(last, at + 1)) {
      const e = at + last.length;
      if (SHORT_AFTER.test(norm2.slice(e, e + 2)) || !SHORT.test(norm2.slice(Math.max(0, at - 14), at))) continue;
      shortHits.push([at, last]);
    }
  }
  shortHits.sort((a, b) => a[0] - b[0]);
  for (const [at, last] of shortHits) {
    const ps = byLast.get(last);
    if (inside(at)) continue;
    const hon = honorificsBefore(doc, at);
    if (!hon.list.length) continue;
    const p = ps[0];
    p.honorifics = dedupe([...p.honorifics, ...hon.list]);
    p.mentions.push({ start: at, end: at + last.length, rule: "person.short-ref" });
    mention++;
    asTitle(p, at + last.length);
  }
  return mergeSpellings([...people.values()]).sort((a, b) => a.first - b.first).map((p) => ({ name: p.name, honorifics: p.honorifics, positions: p.positions, roles: p.roles, mentions: p.mentions.sort((a, b) => a.start - b.start) }));
}
function recognizeOrganizations2(ctx) {
  return recognizeOrganizations(ctx);
}

// src/report/link.ts
var one = (re) => new RegExp(re.source, re.flags.replace("g", ""));
var L8 = new RegExp(L, "u");
var R10 = new RegExp(R, "u");
var RELATION_OF2 = new Map(RELATION_WORDS.map(([w, r]) => [fold(w), r]));
var RELATION = words(RELATION_WORDS.map(([w]) => w));
var BASIS = words(BASIS_WORDS);
var FILL = words(["\u0111\u01B0\u1EE3c", "kho\u1EA3ng", "g\u1EA7n", "h\u01A1n", "tr\xEAn", "t\u1EDBi", "l\xEAn", "xu\u1ED1ng", "th\xEAm", "m\u1EE9c", "t\u1EC9 l\u1EC7", "x\u1EA5p x\u1EC9", "t\u01B0\u01A1ng \u0111\u01B0\u01A1ng", "ch\u1EC9", "\u1EDF", "c\xF3"]);
var RELATION_BEFORE2 = one(named("link.relation", rx`${L8}(?<rel>${RELATION})(?:\s+${FILL})*[\s:(]*$`));
var BASIS_AFTER2 = one(named(
  "link.basis",
  rx`^[\s%]*(?:(?:so\s+)?với\s+(?:mức\s+)?(?<b1>năm\s+\d{4}|${BASIS}(?:\s+năm\s+(?:\d{4}|trước|ngoái))?)|(?<b2>${BASIS}(?:\s+năm\s+(?:\d{4}|trước|ngoái))?))${R10}`
));
var BASIS_GAP = one(named("link.basis-gap", rx`^(?:\s*(?:năm(?:\s+(?:\d{4}|nay|này))?|đề\s+ra|được\s+giao|giao|là|của|mức|trước|ngoái|:|\())*\s*$`));
var FROM_TO_GAP = one(named("link.from-to", rx`^\s*(?:(?:năm|quý|tháng)\s+[\d/]+\s*)?(?:tăng\s+|giảm\s+)?(?:lên|xuống|còn)(?:\s+(?:còn|mức|khoảng|gần|hơn|trên))?\s*$`));
var FROM_BEFORE2 = one(named("link.from", rx`${L8}từ(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$`));
var ESTIMATE2 = one(named("link.estimate", rx`${L8}${ESTIMATE_WORDS}${R10}`));
var GLUE2 = named("link.glue", rx`${L8}${PERCENT_GLUE}${R10}`);
var TRIM = words(SUBJECT_TRIM);
var SUBJECT_STOP = one(named("link.subject-stop", rx`\s(?:trong|tại|ở|của|năm|tháng|quý|từ|so\s+với|đến|tính\s+đến|sau|lên|xuống)${R10}`));
var CLAUSE_CUT = /[,;:()\n]/g;
var CHANGE = /* @__PURE__ */ new Set(["v\u01B0\u1EE3t", "t\u0103ng", "gi\u1EA3m", "c\xF2n"]);
var RESTART = words(["\u0111\xE3", "\u0111\u01B0\u1EE3c", "s\u1EBD", "\u0111ang", "v\u1EABn", "c\u0169ng", "cho bi\u1EBFt", "n\xF3i", "ph\u1EA5n \u0111\u1EA5u", "l\xE0"]);
var MARKER = named("link.marker", rx`${L8}(?<m>${[...EXHAUSTIVE_MARKERS, ...PARTIAL_MARKERS]})${R10}`);
var EXHAUSTIVE = words(EXHAUSTIVE_MARKERS);
var LAST_AND = one(named("link.and", rx`${L8}(?:và|cùng)(?:\s+(?:có|gần|hơn|trên|khoảng))?\s*$`));
function linkFigures(ctx, hits, figures) {
  if (hits.length !== figures.length || !figures.length) return figures;
  const { doc, sentences: sentences2 } = ctx;
  const key = doc.key;
  const sent = hits.map((h2) => sentenceStartingBefore(sentences2, h2.start));
  const num0 = (h2) => h2.numStart ?? h2.start;
  const clauseFrom = (i) => {
    const s = sentences2[sent[i]];
    let from = s ? s.start : 0;
    if (i > 0 && sent[i - 1] === sent[i]) from = Math.max(from, hits[i - 1].end);
    return Math.min(from, num0(hits[i]));
  };
  const sentEnd = (i) => sentences2[sent[i]]?.end ?? key.length;
  const index = new Map(figures.map((f, i) => [f.id, i]));
  const at = (id) => id === void 0 ? -1 : index.get(id) ?? -1;
  hits.forEach((h2, i) => {
    const f = figures[i];
    const from = clauseFrom(i);
    const before = key.slice(Math.max(from, num0(h2) - 60), num0(h2));
    let rel = f.comparison?.relation ?? h2.relation ?? relationIn(before);
    let basis = f.comparison?.basis ?? h2.basis;
    if (!basis) {
      const m = BASIS_AFTER2.exec(key.slice(h2.end, Math.min(sentEnd(i), h2.end + 60)));
      const g = m?.groups?.b1 ?? m?.groups?.b2;
      if (m && g) {
        const at2 = h2.end + m[0].length - g.length;
        basis = doc.norm.slice(at2, at2 + g.length).replace(/\s+/g, " ");
      }
    }
    if (rel && f.kind !== "percent" && !basis && !CHANGE.has(rel)) rel = void 0;
    if (rel || basis) f.comparison = { ...f.comparison, ...rel ? { relation: rel } : {}, ...basis ? { basis } : {} };
    if (!f.estimated) {
      const clause = lastClause(key, from, num0(h2));
      ESTIMATE2.lastIndex = 0;
      if (ESTIMATE2.test(key.slice(clause, num0(h2)))) f.estimated = true;
      ESTIMATE2.lastIndex = 0;
    }
  });
  hits.forEach((h2, i) => {
    const f = figures[i];
    if (f.kind !== "percent") return;
    const j = i - 1;
    if (j >= 0 && sent[j] === sent[i] && figures[j].kind !== "percent") {
      const gap = key.slice(hits[j].end, num0(h2));
      const paren = gap.lastIndexOf("(");
      if (isGlue(gap) || paren >= 0 && gap.length <= 60 && !/[,;.:()]/.test(gap.slice(0, paren)) && isGlue(gap.slice(paren + 1))) {
        f.refersTo = figures[j].id;
        return;
      }
    }
    const k = i + 1;
    if (k < hits.length && sent[k] === sent[i] && figures[k].of !== void 0 && /^[\s%]*\(?\s*$/.test(key.slice(h2.end, hits[k].start)))
      f.refersTo = figures[k].id;
  });
  hits.forEach((h2, i) => {
    const f = figures[i];
    const c = f.comparison;
    if (!c || c.basisFigure) return;
    const target = f.refersTo ? at(f.refersTo) : f.kind === "percent" ? -1 : i;
    if (c.basis) {
      const m = BASIS_AFTER2.exec(key.slice(h2.end, Math.min(sentEnd(i), h2.end + 60)));
      const k = i + 1;
      if (m && k < hits.length && sent[k] === sent[i] && BASIS_GAP.test(key.slice(h2.end + m[0].length, hits[k].start)) && sameMeasure(figures[k], target >= 0 ? figures[target] : void 0)) {
        c.basisFigure = figures[k].id;
        return;
      }
      const core = fold(c.basis).split(" ").slice(0, 2).join(" ");
      for (let k2 = target - 1; k2 >= 0 && sent[k2] === sent[i]; k2--) {
        if (!sameMeasure(figures[k2], figures[target])) continue;
        const lead = key.slice(Math.max(lastClause(key, clauseFrom(k2), num0(hits[k2])), hits[k2].start - 40), hits[k2].start);
        if (lead.includes(core)) {
          c.basisFigure = figures[k2].id;
          return;
        }
      }
    }
    if (target >= 1 && sent[target - 1] === sent[target] && sameMeasure(figures[target - 1], figures[target])) {
      const x = hits[target - 1];
      if (FROM_TO_GAP.test(key.slice(x.end, num0(hits[target]))) && FROM_BEFORE2.test(key.slice(Math.max(0, num0(x) - 20), num0(x)))) {
        FROM_BEFORE2.lastIndex = 0;
        c.basisFigure = figures[target - 1].id;
      }
      FROM_BEFORE2.lastIndex = 0;
    }
  });
  hits.forEach((h2, i) => {
    const f = figures[i];
    if (f.subject) return;
    if (f.kind === "count" && f.noun) {
      f.subject = f.noun;
      return;
    }
    const phrase = subjectBefore(doc.norm, key, lastClause(key, clauseFrom(i), num0(h2)), num0(h2));
    if (phrase) f.subject = phrase;
  });
  figures.forEach((f) => {
    if (f.kind === "percent" && f.refersTo) {
      const t = figures[at(f.refersTo)];
      if (t?.subject) f.subject = t.subject;
    }
  });
  linkBreakdowns(ctx, hits, figures, sent);
  return figures;
}
function relationIn(before) {
  RELATION_BEFORE2.lastIndex = 0;
  const m = RELATION_BEFORE2.exec(before);
  RELATION_BEFORE2.lastIndex = 0;
  const w = m?.groups?.rel;
  return w ? RELATION_OF2.get(w.replace(/\s+/g, " ")) : void 0;
}
function isGlue(gap) {
  if (gap.length > 40 || /[.;]\s|\)/.test(gap)) return false;
  GLUE2.lastIndex = 0;
  const rest = gap.replace(GLUE2, " ");
  return !/[\p{L}]/u.test(rest);
}
var PEOPLE2 = /* @__PURE__ */ new Set(["personnel", "training"]);
function sameMeasure(a, b) {
  if (!b) return a.kind !== "percent";
  if (a.kind === "count" && a.category && b.category && a.category !== b.category && !(PEOPLE2.has(a.category) && PEOPLE2.has(b.category))) return false;
  return a.kind === b.kind && a.currency === b.currency && a.unit === b.unit && !a.per === !b.per;
}
function head(f) {
  return fold(f.noun ?? "").split(/\s+/)[0] ?? "";
}
function lastClause(key, from, to) {
  let at = from;
  CLAUSE_CUT.lastIndex = 0;
  const slice = key.slice(from, to);
  let m;
  while (m = CLAUSE_CUT.exec(slice)) {
    if (m[0] === ":" && !slice.slice(m.index + 1).trim()) break;
    at = from + m.index + 1;
  }
  return at;
}
function subjectBefore(norm2, key, from, to) {
  const base = Math.max(from, to - 80);
  const toks = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  const slice = key.slice(base, to);
  let m;
  while (m = re.exec(slice)) toks.push({ s: base + m.index, e: base + m.index + m[0].length, w: m[0] });
  if (base > from && toks.length) toks.shift();
  const trimWord = (w) => TRIM.set.has(w) || /^\d/.test(w);
  let a = 0;
  let b = toks.length;
  for (; ; ) {
    if (b - a >= 2 && TRIM.set.has(`${toks[b - 2].w} ${toks[b - 1].w}`)) b -= 2;
    else if (b > a && trimWord(toks[b - 1].w)) b--;
    else break;
  }
  for (; ; ) {
    if (b - a >= 2 && TRIM.set.has(`${toks[a].w} ${toks[a + 1].w}`)) a += 2;
    else if (b > a && trimWord(toks[a].w)) a++;
    else break;
  }
  for (let k = b - 1; k > a; k--) {
    const two = k - 2 >= a ? `${toks[k - 2].w} ${toks[k - 1].w}` : "";
    if (RESTART.set.has(toks[k - 1].w) || two && RESTART.set.has(two)) {
      a = k;
      break;
    }
  }
  if (b <= a) return void 0;
  let start = toks[a].s;
  let end = toks[b - 1].e;
  SUBJECT_STOP.lastIndex = 0;
  const stop = SUBJECT_STOP.exec(key.slice(start, end));
  SUBJECT_STOP.lastIndex = 0;
  if (stop && stop.index > 0) end = start + stop.index;
  if (/^(?:so|trong|tại|ở|của|năm|tháng|quí|từ|đến|sau)$/.test(toks[a].w)) return void 0;
  const text = norm2.slice(start, end).replace(/\s+/g, " ").trim();
  if (!text || !new RegExp("\\p{L}", "u").test(text)) return void 0;
  const ws = text.split(" ");
  return ws.length > 6 ? ws.slice(0, 6).join(" ") : text;
}
var MAX_LIST_CHARS = 2e3;
function linkBreakdowns(ctx, hits, figures, sent) {
  const { doc, sentences: sentences2 } = ctx;
  const key = doc.key;
  const groups = [];
  MARKER.lastIndex = 0;
  const markers = [];
  let m;
  while (m = MARKER.exec(key)) markers.push({ at: m.index, end: m.index + m[0].length, exhaustive: EXHAUSTIVE.has(m.groups.m) });
  MARKER.lastIndex = 0;
  if (!markers.length) return;
  let mi = 0;
  for (const mk of markers) {
    while (mi < hits.length && hits[mi].end <= mk.at) mi++;
    const si = sentenceStartingBefore(sentences2, mk.at);
    if (si < 0) continue;
    const s = sentences2[si];
    if (s.caption) continue;
    let p = -1;
    for (let j = mi - 1; j >= 0 && mk.at - hits[j].end <= 100; j--) {
      if (figures[j].kind === "percent" || figures[j].per || figures[j].range) continue;
      if (parenDepthFrom(key, hits[j].end, mk.at, 0) < 0 || /\)/.test(key.slice(hits[j].end, mk.at)) && !/\(/.test(key.slice(hits[j].end, mk.at))) continue;
      const opensSentence2 = /^[\s"“(]*$/.test(key.slice(s.start, mk.at));
      const prev = sentences2[si - 1];
      if (sent[j] === si || opensSentence2 && sent[j] === si - 1 && prev && !prev.caption) p = j;
      break;
    }
    if (p < 0 || mi >= hits.length) continue;
    const g = { parent: p, exhaustive: mk.exhaustive, children: [] };
    let d = 0;
    let pos = mk.end;
    for (let k = mi; k < hits.length && sent[k] === si; k++) {
      if (hits[k].start - mk.end > MAX_LIST_CHARS) break;
      d = parenDepthFrom(key, pos, hits[k].start, d);
      pos = Math.max(pos, hits[k].start);
      if (d < 0) break;
      if (d > 0) continue;
      const fk = figures[k];
      if (!sameMeasure(fk, figures[p]) || fk.parent || fk.of !== void 0 || fk.range) continue;
      if (CHANGE.has(fk.comparison?.relation ?? "")) continue;
      const prevEnd = g.children.length ? hits[g.children[g.children.length - 1]].end : mk.end;
      if (figures[k].kind === "count" && g.children.length && key.slice(prevEnd, hits[k].start).includes(";")) {
        const h2 = head(figures[k]);
        if (h2 && h2 !== head(figures[p]) && h2 !== head(figures[g.children[g.children.length - 1]])) break;
      }
      g.children.push(k);
      LAST_AND.lastIndex = 0;
      const afterAnd = LAST_AND.test(key.slice(prevEnd, hits[k].start));
      LAST_AND.lastIndex = 0;
      if (afterAnd) break;
    }
    if (g.children.length) groups.push(g);
  }
  const claimed = /* @__PURE__ */ new Set();
  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const g = groups[gi];
    g.children = g.children.filter((k) => !claimed.has(k));
    for (const k of g.children) claimed.add(k);
  }
  for (const g of groups) {
    const parent = figures[g.parent];
    let kids = g.children.filter((k) => !figures[k].parent && k !== g.parent);
    if (!kids.length) continue;
    const same = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    let run = 0;
    for (let n = 0; n < kids.length - 1; n++) {
      run += figures[kids[n]].value;
      if (n >= 1 && same(run, parent.value)) {
        kids = kids.slice(0, n + 1);
        break;
      }
    }
    for (const k of kids) figures[k].parent = parent.id;
    parent.children = [...parent.children ?? [], ...kids.map((k) => figures[k].id)];
    const sum = kids.reduce((t, k) => t + figures[k].value, 0);
    const exhaustive = g.exhaustive ? kids.length >= 2 : kids.length >= 2 && same(sum, parent.value);
    parent.breakdown = exhaustive ? "exhaustive" : "partial";
  }
}
function parenDepthFrom(key, from, to, d) {
  for (let i = from; i < to && d >= 0; i++) {
    const c = key.charCodeAt(i);
    if (c === 40) d++;
    else if (c === 41) d--;
  }
  return d;
}

// src/check/util.ts
function makeCtx(report, input, prepared) {
  const reuse = prepared && prepared.doc.input === input;
  const doc = reuse ? prepared.doc : makeDoc(input);
  const sents = reuse ? prepared.sentences : sentences(doc);
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const normAt = (pos) => doc.normAt(pos);
  const sentenceOf = (pos) => sentenceStartingBefore(sents, normAt(pos));
  return { report, input, doc, sentences: sents, byId, sentenceOf, normAt };
}
function writtenNumber(f) {
  return /\d(?:[\d.,]*\d)?/.exec(f.text)?.[0];
}
function digitsOf(f) {
  const w = writtenNumber(f);
  return w ? w.replace(/\D/g, "").replace(/^0+(?=\d)/, "") : void 0;
}
function halfUnit(f) {
  const d = digitsOf(f);
  const n = d ? Number(d) : 0;
  if (!n || !Number.isFinite(n)) return f.kind === "percent" ? 0.5 : 0;
  if (f.kind !== "percent" && n === Math.abs(f.value)) return 0;
  return Math.abs(f.value) * 0.5 / n;
}
function inexact(f) {
  return !!(f.approx || f.bound || f.range || f.estimated);
}
function ratioInterval(a, b) {
  const ha = halfUnit(a);
  const hb = halfUnit(b);
  const lo = (a.value - ha) / (b.value + hb);
  const hi = b.value - hb > 0 ? (a.value + ha) / (b.value - hb) : Infinity;
  return [lo, hi];
}
var FORMAT = {
  vi: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 })
};
function fmt(n, lang) {
  const r = Math.abs(n) >= 100 ? Math.round(n * 100) / 100 : Math.round(n * 1e3) / 1e3;
  return FORMAT[lang].format(r);
}
function roundLike(x, found) {
  const w = writtenNumber(found) ?? "";
  const dec = /[.,](\d{1,2})$/.exec(w)?.[1]?.length ?? 0;
  const p = 10 ** Math.max(dec, 1);
  return Math.round(x * p) / p;
}
function finding(rule, severity, vi, en, figures, extra = {}) {
  const fs = figures.filter((f) => !!f);
  return {
    rule,
    severity,
    message: { vi, en },
    spans: extra.spans ?? fs.map((f) => f.span),
    ...fs.length ? { figures: fs.map((f) => f.id) } : {},
    ...extra.expected !== void 0 ? { expected: extra.expected } : {},
    ...extra.found !== void 0 ? { found: extra.found } : {}
  };
}
function norm(s) {
  return (s ?? "").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

// src/check/breakdown.ts
function checkBreakdowns(ctx) {
  const out = [];
  for (const whole of ctx.report.figures) {
    if (!whole.children?.length) continue;
    const parts = whole.children.map((id) => ctx.byId.get(id)).filter((f) => !!f);
    if (!parts.length) continue;
    const loose = inexact(whole) || parts.some(inexact);
    const sum = parts.reduce((t, f) => t + f.value, 0);
    const tol = halfUnit(whole) + parts.reduce((t, f) => t + halfUnit(f), 0) + 1e-9 * Math.abs(whole.value);
    const unit = whole.kind === "money" ? ` ${whole.currency ?? ""}`.trimEnd() : "";
    const big = parts.find((p) => p.value - whole.value > halfUnit(p) + halfUnit(whole));
    if (big && !loose) {
      out.push(
        finding(
          "breakdown.part",
          "error",
          `M\u1ED9t ph\u1EA7n (${big.text}) l\u1EDBn h\u01A1n t\u1ED5ng (${whole.text}).`,
          `A part (${big.text}) is larger than the whole (${whole.text}).`,
          [whole, big],
          { expected: `\u2264 ${whole.value}`, found: big.value }
        )
      );
      continue;
    }
    if (whole.breakdown === "exhaustive") {
      if (Math.abs(sum - whole.value) <= tol) continue;
      out.push(
        finding(
          "breakdown.sum",
          loose ? "warning" : "error",
          `C\xE1c ph\u1EA7n c\u1ED9ng l\u1EA1i \u0111\u01B0\u1EE3c ${fmt(sum, "vi")}${unit}, kh\xE1c t\u1ED5ng ${whole.text}.`,
          `The parts add up to ${fmt(sum, "en")}${unit}, not the stated whole ${whole.text}.`,
          [whole, ...parts],
          { expected: whole.value, found: sum }
        )
      );
    } else if (sum - whole.value > tol) {
      out.push(
        finding(
          "breakdown.sum",
          "warning",
          `C\xE1c ph\u1EA7n \u0111\u01B0\u1EE3c li\u1EC7t k\xEA c\u1ED9ng l\u1EA1i (${fmt(sum, "vi")}${unit}) l\u1EDBn h\u01A1n t\u1ED5ng ${whole.text}; c\xF3 th\u1EC3 c\xE1c ph\u1EA7n ch\u1ED3ng l\xEAn nhau.`,
          `The listed parts add up to ${fmt(sum, "en")}${unit}, more than the whole ${whole.text}; the parts may overlap.`,
          [whole, ...parts],
          { expected: `\u2264 ${whole.value}`, found: sum }
        )
      );
    }
  }
  return out;
}

// src/check/plan.ts
var PLAN_BASIS = /^(kế hoạch|chỉ tiêu|dự toán|mục tiêu)/;
var RATIO_RELATIONS = /* @__PURE__ */ new Set(["\u0111\u1EA1t", "b\u1EB1ng", "ho\xE0n th\xE0nh", "kh\xF4ng \u0111\u1EA1t", "v\u01B0\u1EE3t", void 0]);
var OVER = named("check.plan-over", rx`vượt\s+(?:mức\s+)?(?:kế\s+hoạch|chỉ\s+tiêu)`);
var UNDER = named("check.plan-under", rx`(?:không|chưa)\s+(?:đạt|hoàn\s+thành)\s+(?:kế\s+hoạch|chỉ\s+tiêu)`);
function checkPlan(ctx) {
  const out = [];
  const planPercents = ctx.report.figures.filter(
    (f) => f.kind === "percent" && (PLAN_BASIS.test(norm(f.comparison?.basis)) || f.comparison?.basisFigure && RATIO_RELATIONS.has(f.comparison.relation) && f.comparison.relation !== void 0)
  );
  for (const p of planPercents) {
    const c = p.comparison;
    if (c.relation && !RATIO_RELATIONS.has(c.relation)) continue;
    const a = p.refersTo ? ctx.byId.get(p.refersTo) : void 0;
    const b = c.basisFigure ? ctx.byId.get(c.basisFigure) : void 0;
    if (a && b && a.kind !== "percent" && b.value > 0 && !["t\u0103ng", "gi\u1EA3m", "v\u01B0\u1EE3t"].includes(a.comparison?.relation ?? "")) {
      const [lo, hi] = ratioInterval(a, b);
      const h2 = 2 * halfUnit(p);
      const ok = (x) => x >= lo * 100 - h2 && x <= hi * 100 + h2;
      const found = p.value;
      const fits = ok(found) || c.relation === "v\u01B0\u1EE3t" && ok(found + 100);
      if (!fits) {
        const expected = roundLike(a.value / b.value * 100, p);
        out.push(
          finding(
            "plan.ratio",
            inexact(a) || inexact(b) || inexact(p) ? "warning" : "error",
            `${a.text} so v\u1EDBi k\u1EBF ho\u1EA1ch ${b.text} l\xE0 ${fmt(expected, "vi")}%, kh\xF4ng ph\u1EA3i ${p.text}.`,
            `${a.text} against the plan of ${b.text} is ${fmt(expected, "en")}%, not ${p.text}.`,
            [p, a, b],
            { expected, found }
          )
        );
      }
    }
    if (c.relation === "kh\xF4ng \u0111\u1EA1t" && p.value >= 100) {
      out.push(
        finding("plan.direction", "error", `"Kh\xF4ng \u0111\u1EA1t" k\u1EBF ho\u1EA1ch nh\u01B0ng t\u1EC9 l\u1EC7 l\xE0 ${p.text} (t\u1EEB 100% tr\u1EDF l\xEAn).`, `"Not reached" the plan, but the rate is ${p.text} (100% or more).`, [p], { expected: "< 100", found: p.value })
      );
    }
  }
  const bySentence = /* @__PURE__ */ new Map();
  for (const p of planPercents) {
    const si = ctx.sentenceOf(p.span.start);
    bySentence.set(si, [...bySentence.get(si) ?? [], p]);
  }
  const phrases = (re, kind) => {
    re.lastIndex = 0;
    let m;
    while (m = re.exec(ctx.doc.key)) {
      const at = m.index;
      const end = at + m[0].length;
      const span = ctx.doc.span(at, end);
      const si = ctx.sentenceOf(span.start);
      let best;
      let bestD = 61;
      for (const p of bySentence.get(si) ?? []) {
        const d = p.span.start >= span.end ? p.span.start - span.end : span.start >= p.span.end ? span.start - p.span.end : 0;
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
      if (!best || best.comparison?.relation === "v\u01B0\u1EE3t") continue;
      if (kind === "over" && best.span.start >= span.end && !/đạt|bằng|hoàn thành/.test(ctx.input.slice(span.end, best.span.start).normalize("NFC").toLowerCase())) continue;
      if (kind === "over" && best.value < 100)
        out.push(
          finding("plan.direction", "error", `"V\u01B0\u1EE3t k\u1EBF ho\u1EA1ch" nh\u01B0ng ch\u1EC9 \u0111\u1EA1t ${best.text}.`, `"Above plan", but only ${best.text} of the plan.`, [best], {
            spans: [span, best.span],
            expected: "> 100",
            found: best.value
          })
        );
      if (kind === "under" && best.value >= 100 && best.comparison?.relation !== "kh\xF4ng \u0111\u1EA1t")
        out.push(
          finding("plan.direction", "error", `"Kh\xF4ng \u0111\u1EA1t k\u1EBF ho\u1EA1ch" nh\u01B0ng t\u1EC9 l\u1EC7 l\xE0 ${best.text}.`, `"Plan not reached", but the rate is ${best.text}.`, [best], {
            spans: [span, best.span],
            expected: "< 100",
            found: best.value
          })
        );
    }
    re.lastIndex = 0;
  };
  phrases(OVER, "over");
  phrases(UNDER, "under");
  return out;
}

// src/check/growth.ts
function checkGrowth(ctx) {
  const out = [];
  for (const p of ctx.report.figures) {
    if (p.kind !== "percent") continue;
    const rel = p.comparison?.relation;
    if (rel !== "t\u0103ng" && rel !== "gi\u1EA3m") continue;
    if (rel === "gi\u1EA3m" && p.value > 100 && !inexact(p)) {
      out.push(
        finding("growth.over-100", "warning", `Gi\u1EA3m ${p.text}: kh\xF4ng th\u1EC3 gi\u1EA3m qu\xE1 100%.`, `A fall of ${p.text}: nothing falls by more than 100%.`, [p], { expected: "\u2264 100", found: p.value })
      );
      continue;
    }
    const a = p.refersTo ? ctx.byId.get(p.refersTo) : void 0;
    const b = p.comparison?.basisFigure ? ctx.byId.get(p.comparison.basisFigure) : void 0;
    if (!a || !b || a.kind === "percent" || !(b.value > 0)) continue;
    const delta = a.comparison?.relation === "t\u0103ng" || a.comparison?.relation === "gi\u1EA3m";
    const [lo, hi] = ratioInterval(a, b);
    const sign = rel === "t\u0103ng" ? 1 : -1;
    const range = delta ? [lo * 100, hi * 100] : [sign * (lo - 1) * 100, sign * (hi - 1) * 100];
    const min = Math.min(range[0], range[1]) - 2 * halfUnit(p);
    const max = Math.max(range[0], range[1]) + 2 * halfUnit(p);
    if (p.value >= min && p.value <= max) continue;
    const exp = delta ? a.value / b.value * 100 : sign * (a.value / b.value - 1) * 100;
    const expected = roundLike(exp, p);
    const word = (x, vi) => x >= 0 ? vi ? rel === "t\u0103ng" ? "t\u0103ng" : "gi\u1EA3m" : rel === "t\u0103ng" ? "a rise" : "a fall" : vi ? rel === "t\u0103ng" ? "gi\u1EA3m" : "t\u0103ng" : rel === "t\u0103ng" ? "a fall" : "a rise";
    out.push(
      finding(
        "growth.rate",
        inexact(a) || inexact(b) || inexact(p) ? "warning" : "error",
        `${a.text} so v\u1EDBi ${b.text} l\xE0 ${word(expected, true)} ${fmt(Math.abs(expected), "vi")}%, kh\xF4ng ph\u1EA3i ${rel} ${p.text}.`,
        `${a.text} against ${b.text} is ${word(expected, false)} of ${fmt(Math.abs(expected), "en")}%, not ${rel === "t\u0103ng" ? "a rise" : "a fall"} of ${p.text}.`,
        [p, a, b],
        { expected, found: p.value }
      )
    );
  }
  return out;
}

// src/check/fraction.ts
function checkFractions(ctx) {
  const out = [];
  for (const f of ctx.report.figures) {
    if (f.of !== void 0 && f.of > 0 && f.value > f.of && !inexact(f)) {
      out.push(
        finding("fraction.over", "error", `${f.text}: ph\u1EA7n (${fmt(f.value, "vi")}) l\u1EDBn h\u01A1n t\u1ED5ng (${fmt(f.of, "vi")}).`, `${f.text}: the part (${fmt(f.value, "en")}) is larger than the whole (${fmt(f.of, "en")}).`, [f], {
          expected: `\u2264 ${f.of}`,
          found: f.value
        })
      );
    }
    if (f.kind !== "percent") continue;
    if (f.comparison?.relation === "chi\u1EBFm" && f.value > 100) {
      out.push(
        finding("share.over-100", "error", `T\u1EC9 tr\u1ECDng ${f.text} l\u1EDBn h\u01A1n 100%.`, `A share of ${f.text} is more than 100%.`, [f], { expected: "\u2264 100", found: f.value })
      );
      continue;
    }
    const t = f.refersTo ? ctx.byId.get(f.refersTo) : void 0;
    const whole = t?.parent ? ctx.byId.get(t.parent) : void 0;
    if (t && whole && f.comparison?.relation === "chi\u1EBFm" && whole.value > 0) {
      const exp = t.value / whole.value * 100;
      if (Math.abs(exp - f.value) > 2 * halfUnit(f) + 100 * (halfUnit(t) + halfUnit(whole)) / whole.value + 1e-9) {
        const expected = roundLike(exp, f);
        out.push(
          finding(
            "share.of-whole",
            "warning",
            `${t.text} tr\xEAn t\u1ED5ng ${whole.text} l\xE0 ${fmt(expected, "vi")}%, kh\xF4ng ph\u1EA3i ${f.text}.`,
            `${t.text} of the whole ${whole.text} is ${fmt(expected, "en")}%, not ${f.text}.`,
            [f, t, whole],
            { expected, found: f.value }
          )
        );
      }
    }
    if (t && t.of !== void 0 && t.of > 0) {
      const exp = t.value / t.of * 100;
      const tol = 2 * halfUnit(f) + 1e-9;
      if (Math.abs(exp - f.value) > tol) {
        const expected = roundLike(exp, f);
        out.push(
          finding(
            "fraction.percent",
            inexact(t) || inexact(f) ? "warning" : "error",
            `${t.text} l\xE0 ${fmt(expected, "vi")}%, kh\xF4ng ph\u1EA3i ${f.text}.`,
            `${t.text} is ${fmt(expected, "en")}%, not ${f.text}.`,
            [f, t],
            { expected, found: f.value }
          )
        );
      }
    }
  }
  return out;
}

// src/check/two-ways.ts
function checkTwoWays(ctx) {
  const out = [];
  const groups = /* @__PURE__ */ new Map();
  for (const f of ctx.report.figures) {
    const d = digitsOf(f);
    const w = writtenNumber(f);
    if (!d || !w || d.length < 3 || !/[.,]/.test(w) || f.value === 0) continue;
    const k = `${f.kind}|${f.currency ?? ""}|${f.unit ?? ""}|${d}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const all of groups.values()) {
    const firsts = /* @__PURE__ */ new Map();
    for (const f of all) {
      const k = `${writtenNumber(f)}|${f.value}`;
      if (!firsts.has(k)) firsts.set(k, f);
    }
    const fs = [...firsts.values()];
    if (fs.length < 2) continue;
    const seen = /* @__PURE__ */ new Set();
    for (let i = 0; i < fs.length; i++)
      for (let j = i + 1; j < fs.length; j++) {
        const a = fs[i];
        const b = fs[j];
        const [lo, hi] = a.value < b.value ? [a, b] : [b, a];
        const r = hi.value / lo.value;
        const wa = writtenNumber(a);
        const wb = writtenNumber(b);
        if (r === 1 && wa !== wb && wa.replace(/[.,]/g, "") === wb.replace(/[.,]/g, "")) {
          const key2 = `same|${[wa, wb].sort().join("|")}`;
          if (!seen.has(key2))
            out.push(
              finding(
                "numbers.two-ways",
                "warning",
                `C\xF9ng m\u1ED9t s\u1ED1 \u0111\u01B0\u1EE3c vi\u1EBFt hai c\xE1ch: "${a.text}" v\xE0 "${b.text}".`,
                `The same number is written two ways: "${a.text}" and "${b.text}".`,
                [a, b]
              )
            );
          seen.add(key2);
          continue;
        }
        const p = Math.round(Math.log10(r));
        if (p < 3 || Math.abs(r / 10 ** p - 1) > 1e-9) continue;
        if (writtenNumber(a) === writtenNumber(b)) continue;
        const key = `${lo.value}|${hi.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          finding(
            "numbers.two-ways",
            "error",
            `C\xF9ng c\xE1c ch\u1EEF s\u1ED1 \u0111\u01B0\u1EE3c vi\u1EBFt hai c\xE1ch: "${lo.text}" v\xE0 "${hi.text}" ch\xEAnh nhau ${10 ** p} l\u1EA7n; m\u1ED9t trong hai c\xF3 d\u1EA5u ph\xE2n c\xE1ch sai.`,
            `The same digits are written two ways: "${lo.text}" and "${hi.text}" differ by a factor of ${10 ** p}; one of them has the wrong separator.`,
            [lo, hi],
            { expected: hi.value, found: lo.value }
          )
        );
      }
  }
  const conv = ctx.report.convention.numbers;
  const dec = conv === "en" ? "." : ",";
  for (const f of ctx.report.figures) {
    if (f.kind !== "count" || Number.isInteger(f.value)) continue;
    const w = writtenNumber(f);
    if (!w || !new RegExp(`\\${dec}\\d{3}$`).test(w)) continue;
    out.push(
      finding(
        "numbers.separator",
        "warning",
        `"${f.text}": s\u1ED1 \u0111\u1EBFm ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn; d\u1EA5u "${dec}" \u1EDF \u0111\xE2y c\xF3 l\u1EBD l\xE0 d\u1EA5u ph\xE2n c\xE1ch h\xE0ng ngh\xECn.`,
        `"${f.text}": a count is a whole number; the "${dec}" here is likely a thousands separator.`,
        [f],
        { expected: Number(w.replace(/[.,]/g, "")), found: f.value }
      )
    );
  }
  const viStyle = ctx.report.figures.find((f) => /\d\.\d{3},\d/.test(writtenNumber(f) ?? ""));
  const enStyle = ctx.report.figures.find((f) => /\d,\d{3}\.\d/.test(writtenNumber(f) ?? ""));
  if (viStyle && enStyle)
    out.push(
      finding(
        "numbers.mixed",
        "warning",
        `V\u0103n b\u1EA3n d\xF9ng c\u1EA3 hai c\xE1ch vi\u1EBFt s\u1ED1: "${viStyle.text}" (d\u1EA5u ch\u1EA5m ph\xE2n c\xE1ch h\xE0ng ngh\xECn) v\xE0 "${enStyle.text}" (d\u1EA5u ph\u1EA9y ph\xE2n c\xE1ch h\xE0ng ngh\xECn).`,
        `The document writes numbers both ways: "${viStyle.text}" (dot for thousands) and "${enStyle.text}" (comma for thousands).`,
        [viStyle, enStyle]
      )
    );
  return out;
}

// src/check/dates.ts
var DMY = named("check.date-dmy", rx`${edgeAfter("/.\\-")}(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})(?![\p{N}/])`);
var BAD_YEAR = named("check.date-year", rx`(?<![\p{L}\p{M}\p{N}])năm\s+(?<y>\d{5,6}|0\d{3})(?![\p{N}.,])`);
var REVIEW2 = named("check.date-review", rx`(?<![\p{L}\p{M}\p{N}])tổng\s+kết\s+(?:công\s+tác\s+|hoạt\s+động\s+|phong\s+trào\s+)?năm\s+(?<y>\d{4})(?![\p{N}])`);
function daysIn(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function checkDates(ctx) {
  const out = [];
  const flagged = [];
  const overlaps = (s) => flagged.some((f) => s.start < f.end && f.start < s.end);
  const impossible = (span, text) => {
    if (overlaps(span)) return;
    flagged.push(span);
    out.push(
      finding("dates.impossible", "error", `Ng\xE0y th\xE1ng kh\xF4ng th\u1EC3 c\xF3: "${text}".`, `Impossible date: "${text}".`, [], { spans: [span], found: text })
    );
  };
  for (const d of ctx.report.dates) if (d.invalid) impossible(d.span, d.text);
  const key = ctx.doc.key;
  DMY.lastIndex = 0;
  let m;
  while (m = DMY.exec(key)) {
    const d = Number(m.groups.d);
    const mo = Number(m.groups.m);
    const y = Number(m.groups.y);
    if (y < 1900 || y > 2100) continue;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)) continue;
    if (mo < 1 || d < 1) continue;
    impossible(ctx.doc.span(m.index, m.index + m[0].length), ctx.doc.text(m.index, m.index + m[0].length));
  }
  BAD_YEAR.lastIndex = 0;
  while (m = BAD_YEAR.exec(key)) impossible(ctx.doc.span(m.index, m.index + m[0].length), ctx.doc.text(m.index, m.index + m[0].length));
  const date = ctx.report.event.date;
  const dm = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  if (dm) {
    const dy = Number(dm[1]);
    const dmon = dm[2] ? Number(dm[2]) : void 0;
    REVIEW2.lastIndex = 0;
    while (m = REVIEW2.exec(key)) {
      const y = Number(m.groups.y);
      const early = dy < y || dy === y && dmon !== void 0 && dmon < 7;
      const late = dy > y + 1;
      if (!early && !late) continue;
      const span = ctx.doc.span(m.index, m.index + m[0].length);
      const ev = ctx.report.event.dateEvidence;
      out.push(
        finding(
          "dates.year",
          "warning",
          `T\u1ED5ng k\u1EBFt n\u0103m ${y} nh\u01B0ng s\u1EF1 ki\u1EC7n di\u1EC5n ra ng\xE0y ${date}.`,
          `A review of the year ${y}, but the event is dated ${date}.`,
          [],
          { spans: ev ? [span, ev.span] : [span], expected: `${y}-07 \u2026 ${y + 1}-12`, found: date }
        )
      );
    }
    REVIEW2.lastIndex = 0;
  }
  return out;
}

// src/check/positions.ts
var DEPUTY = /^(?:phó|thứ)\s+/;
function rank(title) {
  const t = fold(title).replace(/\s+/g, " ").trim();
  if (/^(?:nguyên|cựu|tân|quyền)\s/.test(t)) return null;
  if (t === "th\u1EE9 tr\u01B0\u1EDFng") return ["b\u1ED9 tr\u01B0\u1EDFng", true];
  const deputy = DEPUTY.test(t);
  return [deputy ? t.replace(DEPUTY, "") : t, deputy];
}
function orgKey(p) {
  return p.org ? fold(p.org).replace(/\s+/g, " ").trim() : null;
}
function sameOrg(a, b) {
  if (a === null || b === null) return false;
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}
function checkPositions(ctx) {
  const out = [];
  for (const person of ctx.report.people) {
    const ps = person.positions;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const a = rank(ps[i].title);
        const b = rank(ps[j].title);
        if (!a || !b || a[0] !== b[0] || a[1] === b[1]) continue;
        if (!sameOrg(orgKey(ps[i]), orgKey(ps[j]))) continue;
        const show = (p) => `${p.title}${p.org ? ` ${p.org}` : ""}`;
        out.push(
          finding(
            "positions.conflict",
            "warning",
            `${person.name} \u0111\u01B0\u1EE3c ghi v\u1EEBa l\xE0 "${show(ps[i])}" v\u1EEBa l\xE0 "${show(ps[j])}".`,
            `${person.name} is given both "${show(ps[i])}" and "${show(ps[j])}".`,
            [],
            { spans: [ps[i].span, ps[j].span], expected: show(ps[i]), found: show(ps[j]) }
          )
        );
      }
  }
  return out;
}

// src/check/index.ts
var RULES = [
  { name: "breakdown", run: checkBreakdowns },
  { name: "plan", run: checkPlan },
  { name: "growth", run: checkGrowth },
  { name: "fraction", run: checkFractions },
  { name: "two-ways", run: checkTwoWays },
  { name: "dates", run: checkDates },
  { name: "positions", run: checkPositions }
];
function checkReport(report, input, prepared) {
  const text = input ?? reconstruct(report);
  const ctx = makeCtx(report, text, prepared);
  const out = [];
  for (const rule of RULES) {
    try {
      out.push(...rule.run(ctx));
    } catch {
    }
  }
  return out.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || a.rule.localeCompare(b.rule));
}
function reconstruct(report) {
  const pieces = [...report.figures, ...report.dates, ...report.people.flatMap((p) => [...p.mentions, ...p.positions])];
  const end = pieces.reduce((m, p) => Math.max(m, p.span.end), 0);
  const chars = new Array(end).fill(" ");
  for (const p of pieces) if (p.text.length === p.span.end - p.span.start) for (let i = 0; i < p.text.length; i++) chars[p.span.start + i] = p.text[i];
  return chars.join("");
}

// src/report/event.ts
var L9 = new RegExp(L);
var REF = words(REFERENCE_WORDS);
var SPAN = words(SPAN_WORDS);
var KIND = words(EVENT_KINDS);
var KIND_WORD = new Map(EVENT_KINDS.map((k) => [fold(k), k]));
var KIND_RE = named("event.kind", new RegExp(src`${KIND}(?![\p{L}\p{M}])`, "gu"));
var DOC_NUMBER2 = named("event.doc-number", /\d\/[\p{L}\p{N}]/u);
var OWN_DOC_NUMBER = named("event.own-doc-number", new RegExp("\\d\\/(?:\\d{2,4}\\/)?\\p{L}[^\\n]{0,20}$", "u"));
var REF_WORD2 = named("event.ref-word", new RegExp(src`${L9}${REF}(?![\p{L}\p{M}])`, "u"));
var NGAY_BEFORE = named("event.ngay-before", new RegExp(src`(?:^|[^\p{L}\p{M}])ngày\s{0,3}$`, "u"));
var SPAN_BEFORE = named("event.span-before", new RegExp(src`${L9}${SPAN}\s{1,3}(?:ngày\s{1,3})?$`, "uy"));
var SPAN_AFTER = named("event.span-after", /^\s{0,2}(?:(?:đến|tới)\s{1,3}(?:nai|ngài|hết)|[-–/]\s{0,2}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\)?\s{0,2}(?:đến|tới)\s{1,3}\d)/u);
var PAIR_BEFORE = named("event.pair-before", /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s{0,2}[-–/]\s{0,2}$/u);
var PERIOD_BEFORE = named("event.period-before", new RegExp(src`${L9}(?:cuối|đầu|giữa|trong|từ|đến|hết|sau|trước)\s{1,3}$`, "u"));
var PART_OF_DAY = /(?:sáng|chiều|tối|trưa|đêm|khuia)/u;
var HOST = named(
  "event.host",
  new RegExp('^[\\s,]{0,3}(?:t\u1EA1i\\s[^,.;]{1,60},\\s{0,2})?(?<host>\\p{Lu}[^,.;:"\u201C]{2,120}?)\\s(?:\u0111\xE3\\s+)?(?:long\\s+tr\u1ECDng\\s+|ch\xEDnh\\s+th\u1EE9c\\s+)?(?:t\u1ED5\\s+ch\u1EE9c|khai\\s+m\u1EA1c|ph\u1ED1i\\s+h\u1EE3p\\s+t\u1ED5\\s+ch\u1EE9c|h\u1ECDp)(?![\\p{L}])', "u")
);
function findEvent(ctx, dates, _orgs) {
  const key = ctx.doc.key;
  const norm2 = ctx.doc.norm;
  const firstLine = ctx.sentences[0];
  const title = firstLine ? norm2.slice(firstLine.start, firstLine.end).trim() : void 0;
  const ok = dates.filter((d) => !d.invalid && !excluded(key, d));
  const days = ok.filter((d) => d.precision === "day" && !d.value.startsWith("--"));
  const body = days.filter((d) => !headerDate(key, d));
  const lead = (d) => (PART_OF_DAY.test(key.slice(d.start, d.end)) || opensSentence(ctx, d)) && !future(key, d);
  const unknownLead = ok.find((d) => d.precision === "day" && lead(d) && (!d.value.startsWith("--") || !headerDate(key, d)));
  const best = unknownLead?.value.startsWith("--") ? void 0 : body.find(lead) ?? body.find((d) => !future(key, d)) ?? body[0] ?? ok.find((d) => d.precision === "month" && !PERIOD_BEFORE.test(key.slice(Math.max(0, d.start - 12), d.start))) ?? days[0];
  const unknown = !best && !!unknownLead;
  let date = best ? best.value : null;
  let year = best ? Number(best.value.slice(0, 4)) : void 0;
  if (!best && !unknown) {
    const y = latestYear(ctx, dates);
    if (y) date = String(y);
    year = y ?? void 0;
  }
  if (year === void 0) year = documentYear(ctx, dates) ?? void 0;
  const kind = findKind(ctx, best);
  const host = best ? findHost(ctx, best) : void 0;
  return {
    ...kind ? { kind } : {},
    title: title && title.length <= 300 ? title : void 0,
    date,
    dateHit: best,
    ...host ? { host } : {},
    year
  };
}
var FUTURE_DAY = named("event.future", new RegExp(src`(?:mai|sắp\s{1,2}tới|sẽ|dự\s{1,2}kiến)[\s,]{1,3}(?:ngày\s{1,3})?$`, "u"));
function future(key, d) {
  return FUTURE_DAY.test(key.slice(Math.max(0, d.start - 20), d.start + (key.startsWith("ng\xE0i", d.start) ? 5 : 0)));
}
function excluded(key, d) {
  if (d.rule === "date.range") return false;
  const before = key.slice(Math.max(0, d.start - 60), d.start);
  const after = key.slice(d.end, d.end + 30);
  const own = !/ngài\s{0,3}$/.test(before.slice(-7)) && key.startsWith("ng\xE0i", d.start);
  const ref2 = own ? OWN_DOC_NUMBER.test(before.slice(-30)) || REF_WORD2.test(before.slice(-30).split("\n").pop()) : /ngài\s{0,3}$/.test(before.slice(-7)) && NGAY_BEFORE.test(before) && (DOC_NUMBER2.test(before.slice(-45)) || REF_WORD2.test(before.slice(-45)));
  return ref2 || /từ|đến|tới|trước|sau|hết|sinh/.test(before) && execAtEnd(SPAN_BEFORE, before, 4) !== null || SPAN_AFTER.test(after) || /[-–/]\s{0,2}$/.test(before.slice(-3)) && PAIR_BEFORE.test(before);
}
function headerDate(key, d) {
  const before = key.slice(Math.max(0, d.start - 60), d.start);
  const after = key.slice(d.end, d.end + 60);
  const nl = before.lastIndexOf("\n");
  const nr = after.indexOf("\n");
  if (nl < 0 && d.start > 60 || nr < 0 && d.end + 60 < key.length) return false;
  const rest = (before.slice(nl + 1) + (nr < 0 ? after : after.slice(0, nr))).replace(/[\s\d:,.|\-–()/]|gmt|\+/g, "");
  return rest.length <= 12 && !PART_OF_DAY.test(key.slice(d.start, d.end));
}
function opensSentence(ctx, d) {
  const key = ctx.doc.key;
  let i = d.start;
  while (i > 0 && /[\s"“(\-]/.test(key[i - 1])) i--;
  if (i === 0 || /[.\n!?:]/.test(key[i - 1])) return true;
  if (/^ngài/u.test(key.slice(d.start, d.end))) return /-/.test(key.slice(i, d.start)) || ctx.doc.norm[d.start] === "N";
  return false;
}
function latestYear(ctx, dates) {
  let best = null;
  for (const y of yearMentions(ctx, dates)) if (!y.weak && !y.rangeEnd && (best === null || y.year > best)) best = y.year;
  return best;
}
function findKind(ctx, best) {
  const key = ctx.doc.key;
  const look = (s, e) => {
    const m = edged(key.slice(s, e), KIND_RE).next().value;
    return m ? KIND_WORD.get(m[0].replace(/\s+/g, " ")) : void 0;
  };
  if (best) {
    const s = sentenceAt(ctx, best.start);
    const k = s && look(s.start, s.end);
    if (k) return k;
  }
  const head2 = ctx.sentences.slice(0, 3);
  return head2.length ? look(head2[0].start, head2[head2.length - 1].end) : void 0;
}
function findHost(ctx, best) {
  const norm2 = ctx.doc.norm;
  const m = HOST.exec(norm2.slice(best.end, best.end + 200));
  return m ? m.groups.host.split(/\s(?:phối\s+hợp|cùng\s+với|cùng)\s/u)[0].trim() : void 0;
}

// src/report/sections.ts
var folded = (re) => new RegExp(foldPattern(re.source), re.flags);
var fl = (rules) => rules.map(([re, v]) => [folded(re), v]);
var LEVEL = folded(/cấp\s+(nhà\s+nước|quốc\s+gia|bộ|ngành|tỉnh|thành\s+phố|viện\s+hàn\s+lâm|viện|cơ\s+sở|trường|đại\s+học|huyện|nhà\s+trường|bộ\s+ngành)(?![\p{L}\p{M}])/u);
var TASK_STATUS = fl([
  [/chuyển\s+tiếp/u, "chuy\u1EC3n ti\u1EBFp"],
  [/mở\s+mới|triển\s+khai\s+mới|mới\s+được\s+(?:phê\s+duyệt|giao)|được\s+giao\s+mới/u, "m\u1EDF m\u1EDBi"],
  [/nghiệm\s+thu/u, "nghi\u1EC7m thu"],
  [/hoàn\s+thành|kết\s+thúc/u, "ho\xE0n th\xE0nh"],
  [/đang\s+(?:thực\s+hiện|triển\s+khai)/u, "\u0111ang th\u1EF1c hi\u1EC7n"]
]);
var PUB_TYPE = fl([
  [/bài\s+báo|bài\s+(?:đăng|viết)|công\s+trình\s+(?:khoa\s+học|công\s+bố)/u, "b\xE0i b\xE1o"],
  [/báo\s+cáo\s+(?:khoa\s+học|hội\s+nghị)|kỉ\s+yếu/u, "b\xE1o c\xE1o h\u1ED9i ngh\u1ECB"],
  [/giáo\s+trình/u, "gi\xE1o tr\xECnh"],
  [/sách|chuyên\s+khảo/u, "s\xE1ch"],
  [/bằng\s+sáng\s+chế|sáng\s+chế|patent/u, "s\xE1ng ch\u1EBF"],
  [/giải\s+pháp\s+hữu\s+ích/u, "gi\u1EA3i ph\xE1p h\u1EEFu \xEDch"]
]);
var PUB_SCOPE = fl([
  [/(?<![\p{L}])isi(?![\p{L}])|wos|web\s+of\s+science|scie/u, "ISI"],
  [/scopus/u, "Scopus"],
  [/quốc\s+tế|nước\s+ngoài/u, "qu\u1ED1c t\u1EBF"],
  [/trong\s+nước|quốc\s+gia/u, "trong n\u01B0\u1EDBc"]
]);
var TRAINING_KIND = fl([
  [/bảo\s+vệ|luận\s+án|luận\s+văn/u, "thesis"],
  [/hướng\s+dẫn|sinh\s+viên|học\s+viên\s+cao\s+học|thực\s+tập/u, "students"],
  [/tốt\s+nghiệp|cấp\s+bằng/u, "graduates"],
  [/khoá|lớp|khoá\s+học|lớp\s+học/u, "courses"],
  [/cử|đi\s+học|đào\s+tạo|bồi\s+dưỡng|tập\s+huấn/u, "sent"]
]);
var DEGREE = folded(/(tiến\s+sĩ|thạc\s+sĩ|đại\s+học|cao\s+học|nghiên\s+cứu\s+sinh|kĩ\s+sư|cử\s+nhân|sau\s+đại\s+học)/u);
var DEGREE_OF = folded(/(?:trình\s+độ|luận\s+án|luận\s+văn|bằng|học\s+vị|bậc|hệ|đào\s+tạo|đi\s+học|học)\s+(tiến\s+sĩ|thạc\s+sĩ|đại\s+học|cao\s+học|kĩ\s+sư|cử\s+nhân|sau\s+đại\s+học)/u);
function buildSections(report, doc, sentences2, hits) {
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const index = new Map(report.figures.map((f, i) => [f.id, i]));
  const key = doc.key;
  const sentenceAt2 = (pos) => sentenceStartingBefore(sentences2, pos);
  const sentenceOf = (f) => {
    const h2 = hits[index.get(f.id)];
    const at = sentenceAt2(h2.start);
    return at >= 0 && h2.end <= sentences2[at].end ? at : -1;
  };
  const memo2 = /* @__PURE__ */ new Map();
  const firstClause = (t) => t.split(/[,;()]| và /u)[0] ?? "";
  const around = (f) => {
    const got = memo2.get(f.id);
    if (got) return got;
    const h2 = hits[index.get(f.id)];
    const si = sentenceOf(f);
    const own = `${key.slice(h2.start, h2.end)} ${fold(`${f.noun ?? ""} ${f.subject ?? ""}`)}`;
    const after = si >= 0 ? key.slice(h2.end, Math.min(sentences2[si].end, h2.end + 80)) : "";
    const before = si >= 0 ? key.slice(Math.max(sentences2[si].start, h2.start - 80), h2.start) : "";
    const cont = key.slice(h2.start, h2.end) + firstClause(after);
    const r = { own, after, before, cont };
    memo2.set(f.id, r);
    return r;
  };
  const pick = (rules, ...texts) => {
    for (const t of texts) for (const [re, v] of rules) if (re.test(t)) return v;
    return void 0;
  };
  const figs = report.figures;
  const percentsFor = /* @__PURE__ */ new Map();
  for (const p of figs) {
    if (p.kind !== "percent" || !p.refersTo) continue;
    const list = percentsFor.get(p.refersTo);
    if (list) list.push(p);
    else percentsFor.set(p.refersTo, [p]);
  }
  const nextPlan = new Int32Array(figs.length + 1).fill(-1);
  for (let k = figs.length - 1; k >= 0; k--) {
    const g = figs[k + 1];
    const isPlan = !!g && g.kind === "money" && g.comparison?.basisFigure === void 0 && PLAN.test(fold(g.subject ?? ""));
    nextPlan[k] = isPlan ? k + 1 : nextPlan[k + 1];
  }
  const planAfter = (f) => {
    const k = nextPlan[index.get(f.id)];
    return k >= 0 && sentenceOf(figs[k]) === sentenceOf(f) ? figs[k] : void 0;
  };
  const ownLevel = (g) => {
    const a = around(g);
    return LEVEL.exec(a.cont)?.[0] ?? LEVEL.exec(a.own)?.[0];
  };
  const levels = /* @__PURE__ */ new Map();
  const levelOf = (f) => {
    if (levels.has(f.id)) return levels.get(f.id);
    levels.set(f.id, void 0);
    const p = f.parent ? byId.get(f.parent) : void 0;
    const level = ownLevel(f) ?? (p ? levelOf(p) : void 0);
    levels.set(f.id, level);
    return level;
  };
  const tasks = [];
  const publications = [];
  const money = [];
  const training = [];
  const personnel = [];
  const awards = [];
  for (const f of report.figures) {
    const { own, before, cont } = around(f);
    if (f.kind === "count" && f.category === "task") {
      const level = levelOf(f);
      const status = pick(TASK_STATUS, cont, own);
      tasks.push({ figure: f.id, value: f.value, ...level ? { level: spell(level) } : {}, ...status ? { status } : {} });
    } else if (f.kind === "count" && f.category === "publication") {
      const type = pick(PUB_TYPE, own);
      const scope = pick(PUB_SCOPE, cont, own);
      publications.push({ figure: f.id, value: f.value, ...type ? { type } : {}, ...scope ? { scope } : {} });
    } else if (f.kind === "count" && f.category === "training") {
      const kind = pick(TRAINING_KIND, cont, own, before.slice(-30));
      const degree = DEGREE_OF.exec(cont)?.[1] ?? DEGREE_OF.exec(own)?.[1] ?? DEGREE.exec(fold(f.noun ?? ""))?.[1];
      training.push({ figure: f.id, value: f.value, ...kind ? { kind } : {}, ...degree ? { degree: spell(degree) } : {} });
    } else if (f.kind === "count" && f.category === "personnel") personnel.push(f.id);
    else if (f.kind === "count" && f.category === "award") awards.push(f.id);
    else if (f.kind === "money") {
      const entry = { figure: f.id, value: f.value, currency: f.currency ?? "VND" };
      if (f.subject) entry.subject = f.subject;
      if (f.estimated) entry.estimated = true;
      for (const p of percentsFor.get(f.id) ?? []) {
        const rel = p.comparison?.relation;
        const basis = fold(p.comparison?.basis ?? "");
        if (rel === "t\u0103ng" || rel === "gi\u1EA3m") entry.growth = { percent: p.value, direction: rel, ...p.comparison?.basis ? { basis: p.comparison.basis } : {} };
        else if (PLAN.test(basis) || rel === "\u0111\u1EA1t" || rel === "v\u01B0\u1EE3t" || rel === "b\u1EB1ng" || rel === "ho\xE0n th\xE0nh") entry.percentOfPlan = p.value;
      }
      const plan = planAfter(f);
      if (plan) entry.plan = plan.value;
      money.push(entry);
    }
  }
  return { tasks, publications, money, training, personnel, awards };
}
var PLAN = folded(/kế\s+hoạch|chỉ\s+tiêu|dự\s+toán/u);
function spell(folded2) {
  const s = folded2.replace(/\s+/g, " ");
  const caps = { "c\u1EA5p b\u1ED9": "c\u1EA5p B\u1ED9", "c\u1EA5p nh\xE0 n\u01B0\u1EDBc": "c\u1EA5p Nh\xE0 n\u01B0\u1EDBc", "c\u1EA5p vi\u1EC7n h\xE0n l\xE2m": "c\u1EA5p Vi\u1EC7n H\xE0n l\xE2m", "c\u1EA5p vi\u1EC7n": "c\u1EA5p Vi\u1EC7n", "c\u1EA5p b\u1ED9 ng\xE0nh": "c\u1EA5p B\u1ED9 ng\xE0nh", "k\u0129 s\u01B0": "k\u1EF9 s\u01B0" };
  return caps[s] ?? s;
}

// src/schema.ts
import { z } from "zod";
var Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative()
});
var evidence = {
  span: Span,
  text: z.string(),
  rule: z.string().describe("id of the rule that made this value, e.g. 'money.scale'")
};
var Category = z.enum(["task", "publication", "training", "personnel", "organization", "award", "event", "other"]);
var FigureKind = z.enum(["count", "money", "percent", "measure"]);
var Relation = z.enum(["\u0111\u1EA1t", "v\u01B0\u1EE3t", "t\u0103ng", "gi\u1EA3m", "b\u1EB1ng", "chi\u1EBFm", "kh\xF4ng \u0111\u1EA1t", "c\xF2n", "ho\xE0n th\xE0nh"]);
var Comparison = z.object({
  relation: Relation.optional(),
  /** What the figure is compared with, as written: "kế hoạch", "cùng kỳ", "năm 2021". */
  basis: z.string().optional(),
  /** Id of the figure the comparison refers to (the plan, the base), when stated. */
  basisFigure: z.string().optional()
});
var Figure = z.object({
  id: z.string().describe("f1, f2\u2026 in text order"),
  kind: FigureKind,
  value: z.number(),
  currency: z.string().optional().describe("ISO 4217 (money)"),
  unit: z.string().optional().describe("unit as written (measure)"),
  category: Category.optional().describe("count only"),
  of: z.number().optional().describe("the whole in 'A/B'"),
  approx: z.boolean().optional(),
  /** khoảng/gần/ước → about; hơn/trên/tối thiểu → lower; dưới/tối đa → upper. */
  bound: z.enum(["about", "lower", "upper"]).optional(),
  /** For ranges "từ 10 đến 15": the other end; the figure's value is the low end. */
  range: z.object({ from: z.number(), to: z.number() }).optional(),
  /** Counted noun phrase (count), e.g. "nhiệm vụ cấp Bộ". */
  noun: z.string().optional(),
  /** Rate denominators, e.g. ["người", "tháng"] for "45 triệu đồng/người/tháng". */
  per: z.array(z.string()).optional(),
  /** Estimated ("ước đạt", "dự kiến"). */
  estimated: z.boolean().optional(),
  /** What the figure is about: "doanh thu", "nhiệm vụ cấp Bộ". */
  subject: z.string().optional(),
  comparison: Comparison.optional(),
  /** Percent: id of the figure this percentage is stated for ("đạt 3 tỷ đồng, bằng 150% kế hoạch"). */
  refersTo: z.string().optional(),
  /** Breakdown: the id of the whole this figure is a part of, and the parts of this one. */
  parent: z.string().optional(),
  children: z.array(z.string()).optional(),
  /** How the parts are introduced: "trong đó" (not exhaustive unless stated), "gồm" (exhaustive). */
  breakdown: z.enum(["exhaustive", "partial"]).optional(),
  /** Digit-group reading when the separators were ambiguous. */
  ambiguous: z.boolean().optional(),
  ...evidence
});
var Position = z.object({
  title: z.string(),
  org: z.string().nullable(),
  modifiers: z.array(z.string()).optional(),
  ...evidence
});
var Mention = z.object({ ...evidence });
var EventRole = z.enum(["ch\u1EE7 tr\xEC", "tham d\u1EF1", "b\xE1o c\xE1o", "ph\xE1t bi\u1EC3u", "ch\u1EC9 \u0111\u1EA1o", "tr\xECnh b\xE0y", "t\xE1c gi\u1EA3"]);
var Person = z.object({
  id: z.string(),
  name: z.string().describe("NFC, without honorifics or titles"),
  honorifics: z.array(z.string()),
  positions: z.array(Position),
  roles: z.array(EventRole),
  mentions: z.array(Mention).min(1)
});
var Organization = z.object({
  id: z.string(),
  name: z.string(),
  head: z.string().describe("the head noun: Vi\u1EC7n, Trung t\xE2m, UBND\u2026"),
  ...evidence
});
var DateValue = z.object({
  /** YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD (no year) or YYYY-Qn. */
  value: z.string(),
  precision: z.enum(["day", "month", "quarter", "year"]),
  /** true when the year was not written and was taken from context. */
  yearInferred: z.boolean().optional(),
  /** A calendar-impossible date as written ("31/02/2022", "năm 20221"), kept for the checks. */
  invalid: z.boolean().optional(),
  ...evidence
});
var Severity = z.enum(["error", "warning", "info"]);
var Finding = z.object({
  rule: z.string(),
  severity: Severity,
  message: z.object({ vi: z.string(), en: z.string() }),
  spans: z.array(Span),
  figures: z.array(z.string()).optional(),
  expected: z.union([z.number(), z.string()]).optional(),
  found: z.union([z.number(), z.string()]).optional()
});
var Warning = z.object({
  code: z.string(),
  message: z.string(),
  span: Span.optional()
});
var Convention = z.enum(["vi", "en", "unknown"]);
var Event = z.object({
  kind: z.string().optional().describe("h\u1ED9i ngh\u1ECB, t\u1ED5ng k\u1EBFt, \u0111\u1EA1i h\u1ED9i\u2026"),
  title: z.string().optional(),
  date: z.string().nullable(),
  dateEvidence: DateValue.optional(),
  host: z.string().optional(),
  year: z.number().int().optional().describe("the year the report is about")
});
var ref = { figure: z.string().describe("figure id"), value: z.number() };
var Sections = z.object({
  tasks: z.array(z.object({ ...ref, level: z.string().optional().describe("c\u1EA5p Nh\xE0 n\u01B0\u1EDBc, c\u1EA5p B\u1ED9, c\u1EA5p c\u01A1 s\u1EDF\u2026"), status: z.string().optional().describe("chuy\u1EC3n ti\u1EBFp, m\u1EDF m\u1EDBi, nghi\u1EC7m thu, ho\xE0n th\xE0nh\u2026") })),
  publications: z.array(z.object({ ...ref, type: z.string().optional().describe("b\xE0i b\xE1o, s\xE1ch, s\xE1ng ch\u1EBF\u2026"), scope: z.string().optional().describe("qu\u1ED1c t\u1EBF, trong n\u01B0\u1EDBc, ISI, Scopus") })),
  money: z.array(
    z.object({
      ...ref,
      currency: z.string(),
      subject: z.string().optional().describe("doanh thu, l\u1EE3i nhu\u1EADn, kinh ph\xED\u2026"),
      estimated: z.boolean().optional(),
      percentOfPlan: z.number().optional(),
      plan: z.number().optional(),
      growth: z.object({ percent: z.number(), direction: z.enum(["t\u0103ng", "gi\u1EA3m"]), basis: z.string().optional() }).optional()
    })
  ),
  training: z.array(z.object({ ...ref, kind: z.string().optional().describe("sent, thesis, students, graduates, courses"), degree: z.string().optional() })),
  personnel: z.array(z.string()).describe("figure ids"),
  awards: z.array(z.string()).describe("figure ids")
});
var Report = z.object({
  version: z.literal(1),
  id: z.string().optional(),
  event: Event,
  people: z.array(Person),
  organizations: z.array(Organization),
  figures: z.array(Figure),
  dates: z.array(DateValue),
  sections: Sections,
  convention: z.object({
    numbers: Convention.describe("vi: 1.000,5 \u2014 en: 1,000.5"),
    evidence: z.array(z.string()).optional()
  }),
  findings: z.array(Finding),
  warnings: z.array(Warning),
  /** Filled in by the batch CLI: where the post came from (spans index `text` when it is given). */
  input: z.object({
    source: z.string().describe("file, or file:line for JSONL, or stdin"),
    title: z.string().optional(),
    url: z.string().optional(),
    encoding: z.string().optional(),
    text: z.string().optional().describe("the text that was read (with --text)")
  }).optional()
});
var FactFigure = z.object({
  kind: FigureKind,
  value: z.number(),
  currency: z.string().optional(),
  unit: z.string().optional(),
  category: Category.optional(),
  of: z.number().optional(),
  approx: z.boolean().optional(),
  text: z.string()
});
var FactPerson = z.object({
  name: z.string(),
  honorifics: z.array(z.string()),
  positions: z.array(z.object({ title: z.string(), org: z.string().nullable() }))
});
var Facts = z.object({
  id: z.string(),
  date: z.string().nullable(),
  people: z.array(FactPerson),
  figures: z.array(FactFigure),
  notes: z.string().optional()
});

// src/report/parse.ts
var EMPTY_SECTIONS = { tasks: [], publications: [], money: [], training: [], personnel: [], awards: [] };
function parseReport(text, options = {}) {
  const warnings = [];
  if (typeof text !== "string") {
    return emptyReport(options.id, [{ code: "input.not-string", message: `expected a string, got ${text === null ? "null" : typeof text}` }]);
  }
  const max = options.maxChars ?? 5e6;
  let input = text;
  if (input.length > max) {
    warnings.push({ code: "input.truncated", message: `input of ${input.length} characters cut to the first ${max}` });
    input = input.slice(0, max);
  }
  if (!input.trim()) warnings.push({ code: "input.empty", message: "the input is empty or only white space" });
  const binary = (input.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (binary > 0 && binary > input.length / 100)
    warnings.push({ code: "input.binary", message: `the input looks binary or badly decoded (${binary} control or replacement characters)` });
  try {
    return build(input, options, warnings);
  } catch (err) {
    warnings.push({ code: "internal", message: `baocao failed on this input: ${err?.message ?? String(err)}` });
    return emptyReport(options.id, warnings);
  }
}
function build(input, options, warnings) {
  const doc = makeDoc(input);
  const conv = inferConvention(doc);
  const ctx = { doc, sentences: sentences(doc), convention: conv.convention, ...options.referenceDate ? { referenceDate: options.referenceDate } : {} };
  const figureHits = recognizeFigures(ctx);
  const dates = recognizeDates(ctx);
  const personHits = recognizePeople(ctx);
  const orgHits = recognizeOrganizations2(ctx);
  const ev = (h2) => ({ span: doc.span(h2.start, h2.end), text: doc.text(h2.start, h2.end), rule: h2.rule });
  let figures = figureHits.map((h2, i) => toFigure(h2, i, ev));
  figures = linkFigures(ctx, figureHits, figures);
  const people = personHits.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    honorifics: p.honorifics,
    positions: p.positions.map((pos) => ({ title: pos.title, org: pos.org, ...pos.modifiers?.length ? { modifiers: pos.modifiers } : {}, ...ev(pos) })),
    roles: p.roles,
    mentions: p.mentions.map(ev)
  }));
  const organizations = orgHits.map((o, i) => ({ id: `o${i + 1}`, name: o.name, head: o.head, ...ev(o) }));
  const dateValues = dates.map((d) => ({ value: d.value, precision: d.precision, ...d.yearInferred ? { yearInferred: true } : {}, ...d.invalid ? { invalid: true } : {}, ...ev(d) }));
  const event = findEvent(ctx, dates, orgHits);
  if (conv.convention === "unknown" && figureHits.some((f) => f.ambiguous))
    warnings.push({ code: "numbers.ambiguous-convention", message: "digit groups could be read either way; read with the Vietnamese convention (dot = thousands, comma = decimal)" });
  const report = {
    version: 1,
    ...options.id !== void 0 ? { id: options.id } : {},
    event: {
      ...event.kind ? { kind: event.kind } : {},
      ...event.title ? { title: event.title } : {},
      date: event.date,
      ...event.dateHit ? { dateEvidence: dateValues[dates.indexOf(event.dateHit)] } : {},
      ...event.host ? { host: event.host } : {},
      ...event.year ? { year: event.year } : {}
    },
    people,
    organizations,
    figures,
    dates: dateValues,
    sections: buildSections({ figures }, doc, ctx.sentences, figureHits),
    convention: { numbers: conv.convention, ...conv.evidence.length ? { evidence: conv.evidence } : {} },
    findings: [],
    warnings
  };
  report.findings = checkReport(report, input, { doc, sentences: ctx.sentences });
  if (options.validate === false) return report;
  const parsed2 = Report.safeParse(report);
  if (!parsed2.success) {
    warnings.push({ code: "internal.schema", message: `the report did not validate: ${parsed2.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` });
  }
  return report;
}
function toFigure(h2, i, ev) {
  const f = { id: `f${i + 1}`, kind: h2.kind, value: h2.value, ...ev(h2) };
  if (h2.currency) f.currency = h2.currency;
  if (h2.unit) f.unit = h2.unit;
  if (h2.category) f.category = h2.category;
  if (h2.of !== void 0) f.of = h2.of;
  if (h2.approx) f.approx = true;
  if (h2.bound) f.bound = h2.bound;
  if (h2.range) f.range = h2.range;
  if (h2.noun) f.noun = h2.noun;
  if (h2.per?.length) f.per = h2.per;
  if (h2.estimated) f.estimated = true;
  if (h2.ambiguous) f.ambiguous = true;
  if (h2.relation || h2.basis) f.comparison = { ...h2.relation ? { relation: h2.relation } : {}, ...h2.basis ? { basis: h2.basis } : {} };
  return f;
}
function emptyReport(id, warnings) {
  return {
    version: 1,
    ...id !== void 0 ? { id } : {},
    event: { date: null },
    people: [],
    organizations: [],
    figures: [],
    dates: [],
    sections: structuredClone(EMPTY_SECTIONS),
    convention: { numbers: "unknown" },
    findings: [],
    warnings
  };
}

// src/report/facts.ts
function toFacts(report, id = report.id ?? "doc") {
  return {
    id,
    date: report.event.date,
    people: report.people.map((p) => ({
      name: p.name,
      honorifics: [...p.honorifics],
      positions: p.positions.map((x) => ({ title: x.title, org: x.org }))
    })),
    figures: report.figures.map((f) => ({
      kind: f.kind,
      value: f.value,
      ...f.currency ? { currency: f.currency } : {},
      ...f.unit ? { unit: f.unit } : {},
      ...f.kind === "count" ? { category: f.category ?? "other" } : {},
      ...f.of !== void 0 ? { of: f.of } : {},
      ...f.approx ? { approx: true } : {},
      text: f.text
    }))
  };
}

// src/cli/decode.ts
import iconv from "iconv-lite";
var ENCODINGS = ["utf8", "utf16le", "utf16be", "windows1258", "tcvn", "vni", "viscii"];
var ALIASES = {
  utf8: "utf8",
  "utf-8": "utf8",
  utf16: "utf16le",
  "utf-16": "utf16le",
  utf16le: "utf16le",
  "utf-16le": "utf16le",
  utf16be: "utf16be",
  "utf-16be": "utf16be",
  windows1258: "windows1258",
  "windows-1258": "windows1258",
  cp1258: "windows1258",
  tcvn: "tcvn",
  tcvn3: "tcvn",
  "tcvn-3": "tcvn",
  tcvn5712: "tcvn",
  abc: "tcvn",
  vni: "vni",
  "vni-windows": "vni",
  viscii: "viscii"
};
function encodingName(name) {
  return ALIASES[name.toLowerCase().replace(/_/g, "-")] ?? ALIASES[name.toLowerCase().replace(/[-_]/g, "")];
}
var DecodeError = class extends Error {
};
var MAGIC = [
  ["PDF", [37, 80, 68, 70]],
  ["ZIP/DOCX/XLSX", [80, 75, 3, 4]],
  ["PNG", [137, 80, 78, 71]],
  ["JPEG", [255, 216, 255]],
  ["GIF", [71, 73, 70, 56]],
  ["gzip", [31, 139]],
  ["MS Office (DOC/XLS)", [208, 207, 17, 224]],
  ["RAR", [82, 97, 114, 33]],
  ["7z", [55, 122, 188, 175]],
  ["ELF", [127, 69, 76, 70]]
];
function startsWith(b, sig) {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}
function sniffUtf16(b) {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.25 && even < half * 0.05) return "utf16le";
  if (even > half * 0.25 && odd < half * 0.05) return "utf16be";
  return null;
}
var utf8Strict = new TextDecoder("utf-8", { fatal: true });
function decodeAs(bytes, enc) {
  let text;
  switch (enc) {
    case "utf8":
      try {
        text = utf8Strict.decode(bytes);
      } catch {
        throw new DecodeError("undecodable: not valid UTF-8");
      }
      break;
    case "utf16le":
    case "utf16be": {
      if (bytes.length % 2) throw new DecodeError(`undecodable: odd number of bytes for ${enc === "utf16le" ? "UTF-16LE" : "UTF-16BE"}`);
      try {
        text = new TextDecoder(enc === "utf16le" ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
      } catch {
        throw new DecodeError(`undecodable: not valid ${enc === "utf16le" ? "UTF-16LE" : "UTF-16BE"}`);
      }
      break;
    }
    case "vni":
      text = vniToUnicode(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows1252"));
      break;
    default:
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), enc);
      if (enc === "windows1258") text = text.normalize("NFC");
  }
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function decodeBytes(bytes, forced) {
  if (bytes.length === 0) throw new DecodeError("empty file");
  let enc = null;
  if (startsWith(bytes, [239, 187, 191])) enc = "utf8";
  else if (startsWith(bytes, [255, 254])) enc = "utf16le";
  else if (startsWith(bytes, [254, 255])) enc = "utf16be";
  if (!enc && forced) enc = forced;
  if (!enc) {
    for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) throw new DecodeError(`binary file (${name}), not text`);
    enc = sniffUtf16(bytes);
  }
  if (!enc) {
    const head2 = bytes.subarray(0, 65536);
    let nul = 0;
    let ctl = 0;
    for (const x of head2) {
      if (x === 0) nul++;
      else if (x < 9 || x > 13 && x < 32 && x !== 27) ctl++;
    }
    if (nul > 0 || ctl > head2.length * 0.05) throw new DecodeError("binary file (control bytes), not text");
  }
  let text;
  if (enc) {
    text = decodeAs(bytes, enc);
  } else {
    try {
      text = utf8Strict.decode(bytes);
      enc = "utf8";
      if (looksVni(text)) {
        text = vniToUnicode(text);
        enc = "vni";
      }
    } catch {
      const guess = guessLegacy(bytes);
      if (!guess) throw new DecodeError("undecodable: not UTF-8, and neither windows-1258, TCVN3 nor VNI gives Vietnamese (try --encoding)");
      ({ text, encoding: enc } = guess);
    }
  }
  if (!text.trim()) throw new DecodeError(bytes.length ? "empty (only white space)" : "empty file");
  return { text, encoding: enc };
}
var TONES2 = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
var VOWELS = ["a", "\u0103", "\xE2", "e", "\xEA", "i", "o", "\xF4", "\u01A1", "u", "\u01B0", "y"];
var VI_LETTERS = /* @__PURE__ */ new Set();
for (const v of VOWELS) for (const t of TONES2) {
  const c = (v + t).normalize("NFC");
  VI_LETTERS.add(c);
  VI_LETTERS.add(c.toUpperCase());
}
for (const c of "bcdfghjklmnpqrstvwxz\u0111") {
  VI_LETTERS.add(c);
  VI_LETTERS.add(c.toUpperCase());
}
var TONED = /* @__PURE__ */ new Set();
for (const v of VOWELS) for (const t of TONES2.slice(1)) {
  const c = (v + t).normalize("NFC");
  TONED.add(c);
  TONED.add(c.toUpperCase());
}
function vietnameseScore(text) {
  let good = 0;
  let bad = 0;
  const sample = text.length > 2e5 ? text.slice(0, 2e5) : text;
  for (const raw of sample.split(/[\s\d.,;:!?()[\]{}"'“”‘’«»\-–—…•/\\|*+=<>_#@&%$~`^]+/)) {
    if (!raw || /^[\x00-\x7f]*$/.test(raw)) continue;
    let ok = true;
    let toned = 0;
    for (const ch of raw) {
      if (!VI_LETTERS.has(ch)) {
        ok = false;
        break;
      }
      if (TONED.has(ch)) toned++;
    }
    if (ok && toned <= 1) good++;
    else bad++;
  }
  return { good, bad };
}
function guessLegacy(bytes) {
  let best = null;
  for (const enc of ["windows1258", "tcvn", "vni", "viscii"]) {
    const text = decodeAs(bytes, enc);
    const { good, bad } = vietnameseScore(text);
    const score = good - 2 * bad;
    if (good > bad && (!best || score > best.score)) best = { text, encoding: enc, score };
  }
  return best ? { text: best.text, encoding: best.encoding } : null;
}
var VNI_CIRC = { \u00E2: "\u0302", \u00E1: "\u0302\u0301", \u00E0: "\u0302\u0300", \u00E5: "\u0302\u0309", \u00E3: "\u0302\u0303", \u00E4: "\u0302\u0323" };
var VNI_BREVE = { \u00EA: "\u0306", \u00E9: "\u0306\u0301", \u00E8: "\u0306\u0300", \u00FA: "\u0306\u0309", \u00FC: "\u0306\u0303", \u00EB: "\u0306\u0323" };
var VNI_TONE = { \u00F9: "\u0301", \u00F8: "\u0300", \u00FB: "\u0309", \u00F5: "\u0303", \u00EF: "\u0323" };
var VNI_LETTER = { \u00F4: "\u01A1", \u00F6: "\u01B0", \u00F1: "\u0111", \u00E6: "\u1EC9", \u00F3: "\u0129", \u00F2: "\u1ECB", \u00EE: "\u1EF5" };
for (const t of [VNI_CIRC, VNI_BREVE, VNI_TONE, VNI_LETTER]) for (const [k, v] of Object.entries(t)) t[k.toUpperCase()] = t === VNI_LETTER ? v.toUpperCase() : v;
var VNI_CIRC_RE = /([aeoAEO])([âáàåãäÂÁÀÅÃÄ])/g;
var VNI_BREVE_RE = /([aA])([êéèúüëÊÉÈÚÜË])/g;
var VNI_LETTER_RE = /[ôöñæóòîÔÖÑÆÓÒÎ]/g;
var VNI_TONE_RE = /([aeiouyAEIOUYơưƠƯ][\u0302\u0306]?)([ùøûõïÙØÛÕÏ])/g;
function vniToUnicode(s) {
  return s.replace(VNI_CIRC_RE, (_, b, m) => b + VNI_CIRC[m]).replace(VNI_BREVE_RE, (_, b, m) => b + VNI_BREVE[m]).replace(VNI_LETTER_RE, (m) => VNI_LETTER[m] ?? m).replace(VNI_TONE_RE, (_, b, m) => b + VNI_TONE[m]).normalize("NFC");
}
function looksVni(text) {
  const sample = text.slice(0, 5e4);
  const vni = (sample.match(/[aeoAEO][âáàåãäÂÁÀÅÃÄ]|[öô][ùøûõï]|ñ/g) ?? []).length;
  if (vni < 5) return false;
  const real = (sample.match(/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi) ?? []).length;
  return real < vni / 4;
}

// src/cli/html.ts
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
var BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TFOOT TR UL".split(" ")
);
var SKIP = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "HEAD"]);
function blockText(node) {
  const parts = [];
  const walk = (n) => {
    if (n.nodeType === 3) {
      parts.push((n.nodeValue ?? "").replace(/[ \t\r\n\f]+/g, " "));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push("\n");
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
    if (block) parts.push(name === "TD" || name === "TH" ? "	" : "\n");
  };
  walk(node);
  return parts.join("").split("\n").map((l) => l.replace(/^[ \t]+|[ \t]+$/g, "")).join("\n").replace(/\n{2,}/g, "\n").trim();
}
function htmlToText(html) {
  const { document } = parseHTML(html.includes("<html") || html.includes("<HTML") ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document;
  const pageTitle = (doc.title ?? "").trim() || void 0;
  let article = null;
  try {
    article = new Readability(doc.cloneNode(true), { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: art } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blockText(art.body);
    if (text.length >= 100) return { title: article.title?.trim() || pageTitle, text, article: true };
  }
  const body = doc.body ?? doc.documentElement;
  return { title: pageTitle, text: body ? blockText(body) : "", article: false };
}
function charsetOf(bytes) {
  const head2 = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head2);
  return m ? encodingName(m[1]) : void 0;
}

// src/cli/process.ts
function postText(post, encoding) {
  let text = post.text;
  let enc;
  if (text === void 0) {
    if (!post.bytes) throw new DecodeError("nothing to read");
    const bytes = post.bytes instanceof Buffer ? post.bytes : Buffer.from(post.bytes.buffer, post.bytes.byteOffset, post.bytes.byteLength);
    const declared = !encoding && post.kind === "html" ? charsetOf(bytes) : void 0;
    let d;
    try {
      d = decodeBytes(bytes, encoding ?? declared);
    } catch (err) {
      if (!declared || !(err instanceof DecodeError) || !/undecodable/.test(err.message)) throw err;
      d = decodeBytes(bytes);
    }
    text = d.text;
    enc = d.encoding;
  }
  let title = post.title;
  if (post.kind === "html") {
    const h2 = htmlToText(text);
    title ??= h2.title;
    text = h2.text;
    if (!text.trim()) throw new DecodeError("empty (no text in the page)");
    if (h2.title && !text.startsWith(h2.title)) text = `${h2.title}
${text}`;
  }
  return { text, ...title ? { title } : {}, ...enc ? { encoding: enc } : {} };
}
function lineCol(text, at) {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${at - last}`;
}
function findingLines(post, text, findings, lang) {
  const fileLike = post.source !== "stdin" && !/:\d+$/.test(post.source);
  return findings.map((f) => {
    const at = f.spans[0] ? lineCol(text, f.spans[0].start) : "1:1";
    const where = fileLike ? `${post.source}:${at}` : `${post.source} (${post.id}) ${at}`;
    return `${where}: ${f.severity} [${f.rule}] ${f.message[lang] || f.message.en || f.message.vi}
`;
  }).join("");
}
function processPost(post, opts) {
  const { id, source } = post;
  if (post.error) return { ok: false, id, source, error: post.error };
  let read;
  try {
    read = postText(post, opts.encoding);
  } catch (err) {
    return { ok: false, id, source, error: err.message };
  }
  const { text } = read;
  let report;
  let findings;
  try {
    report = parseReport(text, { id, ...post.date ? { referenceDate: post.date } : {} });
    findings = checkReport(report, text);
  } catch (err) {
    return { ok: false, id, source, error: `internal error: ${err.message}` };
  }
  report.findings = findings;
  report.input = {
    source,
    ...read.title ? { title: read.title } : {},
    ...post.url ? { url: post.url } : {},
    ...read.encoding ? { encoding: read.encoding } : {},
    ...opts.withText ? { text } : {}
  };
  const stats = {
    people: report.people.length,
    figures: report.figures.length,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === "error").length
  };
  let out = "";
  let tables;
  if (opts.mode === "check") {
    if (opts.format === "text") out = findingLines(post, text, findings, opts.lang ?? "en");
    else {
      const rec = JSON.stringify({ id, source, findings });
      out = opts.format === "jsonl" ? rec + "\n" : rec;
    }
  } else if (opts.format === "facts") out = JSON.stringify(toFacts(report, id)) + "\n";
  else if (opts.format === "json") out = JSON.stringify(report, null, 2);
  else if (opts.format === "csv") tables = csvRows(report, findings);
  else out = JSON.stringify(report) + "\n";
  return { ok: true, id, source, out, ...tables ? { tables } : {}, stats };
}

export {
  parseReport,
  toFacts,
  ENCODINGS,
  encodingName,
  TABLES,
  HEADERS,
  csvLine,
  firstCell,
  processPost
};
//# sourceMappingURL=chunk-RH72PWUJ.js.map