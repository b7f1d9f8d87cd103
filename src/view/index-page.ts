/**
 * The index page of a batch (issue 15): every post with its counts, posts with errors first,
 * filterable by text and by status, 100 rows a page, so 10,000 posts stay responsive.
 *
 * The rows are not in the page: they are in classic scripts next to it (index/data-0001.js …,
 * 1,000 rows each, `BAOCAO_INDEX.push([...])`), which a browser loads from file:// too
 * (a fetch() of JSON would be refused there).
 *
 *   indexPage({ posts: 3, …, chunks: 1 }) → '<!doctype html>…<script src="index/data-0001.js"></script>…'
 *   chunkScript([{ i: "a", s: "a.txt", f: 3, … }]) → '(window.BAOCAO_INDEX=window.BAOCAO_INDEX||[]).push(…);'
 */
/// <reference lib="dom" />
import { pageSource } from "./client.js";
import { esc, scriptJson, type Lang } from "./format.js";
import type { IndexEntry } from "./page.js";
import { INK, LINK, MUTED, PAGE, SEVERITY } from "./palette.js";

export interface IndexTotals {
  posts: number;
  withErrors: number;
  withWarnings: number;
  failed: number;
  figures: number;
  people: number;
  findings: number;
  errors: number;
  /** Number of data chunk scripts. */
  chunks: number;
  mode: "extract" | "check";
}

export const ROWS_PER_CHUNK = 1000;

export function chunkName(n: number): string {
  return `index/data-${String(n).padStart(4, "0")}.js`;
}

export function chunkScript(rows: IndexEntry[]): string {
  return `(window.BAOCAO_INDEX=window.BAOCAO_INDEX||[]).push.apply(window.BAOCAO_INDEX,${scriptJson(rows)});\n`;
}

const WORDS = {
  en: {
    title: "baocao",
    posts: "posts",
    withErrors: "with errors",
    withWarnings: "with warnings",
    failed: "could not be read",
    figures: "figures",
    people: "people",
    findings: "findings",
    errors: "errors",
    warnings: "warnings",
    filter: "Filter",
    placeholder: "id, title or source",
    show: "Show",
    all: "all posts",
    fError: "with errors",
    fWarning: "with warnings",
    fFindings: "with findings",
    fClean: "no findings",
    fFailed: "could not be read",
    post: "Post",
    ttl: "Title",
    first: "First",
    prev: "Previous",
    next: "Next",
    last: "Last",
    page: "Page",
    of: "of",
    shown: "posts match",
    noscript: "This list needs JavaScript; the pages are in the posts/ folder.",
    order: "Posts with errors first, then with warnings, then the rest, each in input order.",
  },
  vi: {
    title: "baocao",
    posts: "bài",
    withErrors: "có lỗi",
    withWarnings: "có cảnh báo",
    failed: "không đọc được",
    figures: "số liệu",
    people: "người",
    findings: "phát hiện",
    errors: "lỗi",
    warnings: "cảnh báo",
    filter: "Lọc",
    placeholder: "mã, tiêu đề hoặc nguồn",
    show: "Hiện",
    all: "tất cả",
    fError: "có lỗi",
    fWarning: "có cảnh báo",
    fFindings: "có phát hiện",
    fClean: "không có phát hiện",
    fFailed: "không đọc được",
    post: "Bài",
    ttl: "Tiêu đề",
    first: "Đầu",
    prev: "Trước",
    next: "Sau",
    last: "Cuối",
    page: "Trang",
    of: "/",
    shown: "bài khớp",
    noscript: "Danh sách cần JavaScript; các trang nằm trong thư mục posts/.",
    order: "Bài có lỗi trước, rồi bài có cảnh báo, rồi các bài khác, theo thứ tự đầu vào.",
  },
};

const CSS = `
body{margin:0;background:${PAGE};color:${INK};font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:12px 20px 40px}
a{color:${LINK}}
h1{font-size:1.35rem;margin:.3em 0}
.ix-sum{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;padding:0;margin:.3em 0}
.ix-note{color:${MUTED};margin:.2em 0;font-size:.9rem}
.ix-controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:.8em 0}
.ix-controls input,.ix-controls select{font:inherit;padding:3px 6px;border:1px solid #6b7280;border-radius:3px;color:${INK};background:${PAGE}}
.ix-controls input[type=search]{min-width:18em}
input:focus-visible,select:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid ${LINK};outline-offset:2px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d1d5db;padding:3px 6px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.sev{display:inline-block;font-weight:700;font-size:.8rem;padding:0 6px;border-radius:3px;color:#fff}
.sev-error{background:${SEVERITY.error.bg}}
.sev-warning{background:${SEVERITY.warning.bg}}
.sev-failed{background:#374151}
.ix-pager{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:.8em 0}
.ix-pager button{font:inherit;padding:3px 10px;border:1px solid #6b7280;border-radius:3px;background:${PAGE};color:${INK};cursor:pointer}
.ix-pager button:disabled{color:${MUTED};cursor:default}
.ix-pager input{width:4.5em;font:inherit}
.ix-src{color:${MUTED};font-size:.85em}
`.trim();

/** The index document; rows come from the chunk scripts. */
export function indexPage(t: IndexTotals, lang: Lang = "en"): string {
  const w = WORDS[lang];
  const chunks = Array.from({ length: t.chunks }, (_, i) => `<script src="${chunkName(i + 1)}"></script>`).join("\n");
  const sum = [
    `<li><strong>${t.posts}</strong> ${w.posts}</li>`,
    `<li><strong>${t.withErrors}</strong> ${w.withErrors}</li>`,
    `<li><strong>${t.withWarnings}</strong> ${w.withWarnings}</li>`,
    t.failed ? `<li><strong>${t.failed}</strong> ${w.failed}</li>` : "",
    `<li><strong>${t.figures}</strong> ${w.figures}</li>`,
    `<li><strong>${t.people}</strong> ${w.people}</li>`,
    `<li><strong>${t.findings}</strong> ${w.findings} (${t.errors} ${w.errors})</li>`,
  ].join("");
  const body = `<main>
<h1>${w.title} — ${t.posts} ${w.posts}</h1>
<ul class="ix-sum">${sum}</ul>
<p class="ix-note">${esc(w.order)}</p>
<div class="ix-controls" role="search">
<label>${w.filter} <input type="search" id="ix-q" placeholder="${esc(w.placeholder)}" autocomplete="off"></label>
<label>${w.show} <select id="ix-s">
<option value="all">${w.all}</option><option value="error">${w.fError}</option><option value="warning">${w.fWarning}</option><option value="findings">${w.fFindings}</option><option value="clean">${w.fClean}</option><option value="failed">${w.fFailed}</option>
</select></label>
<span id="ix-count" role="status" aria-live="polite"></span>
</div>
<noscript><p>${esc(w.noscript)}</p></noscript>
<table id="ix-table">
<thead><tr><th scope="col">${w.post}</th><th scope="col">${w.ttl}</th><th scope="col" class="n">${w.figures}</th><th scope="col" class="n">${w.people}</th><th scope="col" class="n">${w.findings}</th><th scope="col" class="n">${w.errors}</th><th scope="col" class="n">${w.warnings}</th></tr></thead>
<tbody id="ix-rows"></tbody>
</table>
<nav class="ix-pager" aria-label="${w.page}">
<button type="button" id="ix-first">« ${w.first}</button><button type="button" id="ix-prev">‹ ${w.prev}</button>
<label>${w.page} <input type="number" id="ix-page" min="1" value="1"></label> <span>${w.of} <span id="ix-pages">1</span></span>
<button type="button" id="ix-next">${w.next} ›</button><button type="button" id="ix-last">${w.last} »</button>
</nav>
</main>`;
  const script = `(${pageSource(indexClient)})(${scriptJson({ shown: w.shown, failed: w.fFailed })});`;
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>baocao — ${t.posts} ${w.posts}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    body,
    chunks,
    `<script>var __name=function(f){return f};${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Runs in the index page. Self-contained (inlined by its source). */
function indexClient(words: { shown: string; failed: string }): void {
  type Row = { i: string; t?: string; s: string; h?: string; f: number; p: number; n: number; e: number; w: number; x?: string };
  const all = ((window as unknown as { BAOCAO_INDEX?: Row[] }).BAOCAO_INDEX || []) as Row[];
  const PER = 100;
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const q = $("ix-q") as HTMLInputElement;
  const s = $("ix-s") as HTMLSelectElement;
  const rows = $("ix-rows");
  const pageInput = $("ix-page") as HTMLInputElement;
  const keys = all.map((r) => (r.i + " " + (r.t || "") + " " + r.s).toLowerCase().normalize("NFC"));
  let list: number[] = [];
  let page = 0;
  const esc = (v: string) => String(v).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
  function keep(r: Row, how: string): boolean {
    if (how === "error") return r.e > 0;
    if (how === "warning") return r.w > 0;
    if (how === "findings") return r.n > 0;
    if (how === "clean") return !r.x && r.n === 0;
    if (how === "failed") return !!r.x;
    return true;
  }
  function filter() {
    const words = q.value.toLowerCase().normalize("NFC").split(/\s+/).filter(Boolean);
    const how = s.value;
    list = [];
    for (let i = 0; i < all.length; i++) {
      if (!keep(all[i] as Row, how)) continue;
      const k = keys[i] as string;
      if (words.every((x) => k.indexOf(x) >= 0)) list.push(i);
    }
    page = 0;
    render();
  }
  function render() {
    const pages = Math.max(1, Math.ceil(list.length / PER));
    page = Math.max(0, Math.min(page, pages - 1));
    const html: string[] = [];
    for (const i of list.slice(page * PER, page * PER + PER)) {
      const r = all[i] as Row;
      const name = r.h ? '<a href="' + esc(r.h) + '">' + esc(r.i) + "</a>" : esc(r.i);
      const badge = r.x ? ' <span class="sev sev-failed">' + esc(words.failed) + "</span>" : r.e ? ' <span class="sev sev-error">✖ ' + r.e + "</span>" : r.w ? ' <span class="sev sev-warning">▲ ' + r.w + "</span>" : "";
      html.push(
        '<tr data-id="' + esc(r.i) + '"><td>' + name + badge + '<div class="ix-src">' + esc(r.s) + "</div></td><td>" + esc(r.x || r.t || "") + '</td><td class="n">' + r.f + '</td><td class="n">' + r.p + '</td><td class="n">' + r.n + '</td><td class="n">' + r.e + '</td><td class="n">' + r.w + "</td></tr>",
      );
    }
    rows.innerHTML = html.join("");
    $("ix-pages").textContent = String(pages);
    pageInput.value = String(page + 1);
    pageInput.max = String(pages);
    $("ix-count").textContent = list.length + " " + words.shown;
    ($("ix-first") as HTMLButtonElement).disabled = ($("ix-prev") as HTMLButtonElement).disabled = page === 0;
    ($("ix-last") as HTMLButtonElement).disabled = ($("ix-next") as HTMLButtonElement).disabled = page >= pages - 1;
    document.body.setAttribute("data-ready", "1");
  }
  let timer = 0;
  q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(filter, 120);
  });
  s.addEventListener("change", filter);
  const go = (p: number) => {
    page = p;
    render();
  };
  $("ix-first").addEventListener("click", () => go(0));
  $("ix-prev").addEventListener("click", () => go(page - 1));
  $("ix-next").addEventListener("click", () => go(page + 1));
  $("ix-last").addEventListener("click", () => go(Number.MAX_SAFE_INTEGER));
  pageInput.addEventListener("change", () => go(Number(pageInput.value) - 1));
  const m = /[?&]q=([^&]*)/.exec(location.search);
  if (m) q.value = decodeURIComponent(m[1] as string);
  filter();
}
