/// <reference lib="dom" />
/**
 * The page script of the view (issue 15): tooltips, relations drawn on the text, findings that
 * mark their figures, keyboard navigation. One self-contained function: pages inline its source
 * (`CLIENT_JS`), the browser build calls it (`mountView(root)`), so it must not use anything
 * from outside its own body.
 *
 *   hover or focus a highlight   → a tooltip with value, unit, category, comparison, rule; the
 *                                  figures tied to it by a relation are outlined and their lines drawn bold
 *   click a finding (or Enter)   → its figures get .marked, the first is scrolled to; a status line says so
 *   n / j / ↓  and  p / k / ↑    → next / previous finding;  Home / End;  Esc clears
 *   click a flagged figure       → its finding is selected
 */

export interface ViewHandle {
  /** Select finding i (0-based); returns the keys it marked. */
  select(i: number): string[];
  clear(): void;
  /** Redraw relation lines and re-align finding cards (after a resize). */
  layout(): void;
  destroy(): void;
}

export function mountView(root: HTMLElement): ViewHandle {
  type Tip = { title: string; rows: [string, string][] };
  type Rel = { id: string; type: string; members: { role: string; key: string }[] };
  const dataEl = root.querySelector("script.bc-data");
  const data = JSON.parse((dataEl && dataEl.textContent) || "{}") as {
    tips: Record<string, Tip>;
    relations: Rel[];
    words: { finding: string; of: string; marked: string };
  };
  const doc = root.ownerDocument;
  const win = doc.defaultView || window;
  const text = root.querySelector(".bc-text") as HTMLElement | null;
  const box = root.querySelector(".bc-textbox") as HTMLElement | null;
  const svg = root.querySelector("svg.bc-links") as SVGSVGElement | null;
  const side = root.querySelector(".bc-side") as HTMLElement | null;
  const tip = root.querySelector(".bc-tip") as HTMLElement | null;
  const live = root.querySelector(".bc-live") as HTMLElement | null;
  const cards = Array.prototype.slice.call(root.querySelectorAll(".bc-f")) as HTMLElement[];
  const SVGNS = "http://www.w3.org/2000/svg";
  let current = -1;
  let tipFor: HTMLElement | null = null;

  const marksOf = (key: string) => Array.prototype.slice.call(root.querySelectorAll('.bc-text [data-key="' + key.replace(/["\\]/g, "") + '"]')) as HTMLElement[];
  const all = (sel: string) => Array.prototype.slice.call(root.querySelectorAll(sel)) as HTMLElement[];
  /** Light up relation `id`: its lines, its cue, the members other than `except`. */
  function lightRelation(id: string, on: boolean, cls: string, except?: string) {
    const r = data.relations.filter((x) => x.id === id)[0];
    if (svg) for (const p of all('path[data-rel="' + id + '"]')) p.classList.toggle(cls, on);
    for (const c of all('.bc-text .bc-cue[data-rel="' + id + '"]')) c.classList.toggle("on", on);
    if (r && except !== undefined) for (const m of r.members) if (m.key !== except) for (const x of marksOf(m.key)) x.classList.toggle("rel", on);
  }

  // ---- tooltip ------------------------------------------------------------------------
  function esc(s: string) {
    return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
  }
  function showTip(m: HTMLElement) {
    if (!tip) return;
    const t = data.tips[m.getAttribute("data-key") || ""];
    if (!t) return;
    tip.innerHTML = "<h3>" + esc(t.title) + "</h3><table>" + t.rows.map((r) => "<tr><th scope=row>" + esc(r[0]) + "</th><td>" + esc(r[1]) + "</td></tr>").join("") + "</table>";
    tip.hidden = false;
    const r = m.getClientRects()[0] || m.getBoundingClientRect();
    const host = (tip.offsetParent as HTMLElement | null) || doc.body;
    const hr = host.getBoundingClientRect();
    const left = Math.max(4, Math.min(r.left - hr.left, hr.width - tip.offsetWidth - 4));
    tip.style.left = left + "px";
    tip.style.top = r.bottom - hr.top + 6 + "px";
    if (tipFor && tipFor !== m) tipFor.removeAttribute("aria-describedby");
    tipFor = m;
    m.setAttribute("aria-describedby", tip.id || "bc-tip");
    related(m, true);
  }
  function hideTip() {
    if (tip) tip.hidden = true;
    if (tipFor) {
      tipFor.removeAttribute("aria-describedby");
      related(tipFor, false);
    }
    tipFor = null;
  }
  function related(m: HTMLElement, on: boolean) {
    const key = m.getAttribute("data-key") || "";
    for (const r of data.relations) if (r.members.some((x) => x.key === key)) lightRelation(r.id, on, "on", key);
  }
  const markOf = (e: Event) => {
    const t = e.target as Element | null;
    return t && t.closest ? (t.closest(".bc-text .bc-m") as HTMLElement | null) : null;
  };
  const onOver = (e: Event) => {
    const m = markOf(e);
    if (m) showTip(m);
  };
  const onOut = (e: Event) => {
    const m = markOf(e);
    if (m && m === tipFor && doc.activeElement !== m) hideTip();
  };
  const onFocusIn = (e: Event) => {
    const m = markOf(e);
    if (m) showTip(m);
  };
  const onFocusOut = (e: Event) => {
    const m = markOf(e);
    if (m && m === tipFor) hideTip();
  };

  // ---- findings -----------------------------------------------------------------------
  function clear() {
    for (const m of Array.prototype.slice.call(root.querySelectorAll(".bc-text .marked")) as Element[]) m.classList.remove("marked");
    for (const c of cards) {
      c.classList.remove("current");
      c.removeAttribute("aria-current");
    }
    if (svg) for (const p of Array.prototype.slice.call(svg.querySelectorAll("path.sel")) as Element[]) p.classList.remove("sel", "on");
    for (const c of all(".bc-text .bc-cue.on")) c.classList.remove("on");
    current = -1;
  }
  function select(i: number, focus?: boolean): string[] {
    if (i < 0 || i >= cards.length) return [];
    clear();
    current = i;
    const card = cards[i] as HTMLElement;
    card.classList.add("current");
    card.setAttribute("aria-current", "true");
    const keys = (card.getAttribute("data-targets") || "").split(" ").filter(Boolean);
    let first: HTMLElement | null = null;
    for (const k of keys)
      for (const m of marksOf(k)) {
        m.classList.add("marked");
        if (!first) first = m;
      }
    // the relation the finding is about, or those that tie two of its figures
    const rel = card.getAttribute("data-rel");
    for (const r of data.relations)
      if (rel ? r.id === rel : r.members.filter((m) => keys.indexOf(m.key) >= 0).length >= 2) {
        lightRelation(r.id, true, "sel");
        lightRelation(r.id, true, "on");
      }
    if (first) first.scrollIntoView({ block: "center", inline: "nearest" });
    if (focus) (card.querySelector(".bc-fb") as HTMLElement | null)?.focus({ preventScroll: true });
    if (live) live.textContent = data.words.finding + " " + (i + 1) + " " + data.words.of + " " + cards.length + ": " + keys.length + " " + data.words.marked;
    return keys;
  }
  const onClick = (e: Event) => {
    const t = e.target as Element | null;
    if (!t || !t.closest) return;
    const a = t.closest("a[data-key]") as HTMLElement | null;
    if (a && root.contains(a)) {
      const card = a.closest(".bc-f") as HTMLElement | null;
      if (card) select(cards.indexOf(card));
      else {
        clear();
        for (const m of marksOf(a.getAttribute("data-key") || "")) m.classList.add("marked");
      }
      return;
    }
    const card = t.closest(".bc-f") as HTMLElement | null;
    if (card && root.contains(card)) {
      select(cards.indexOf(card));
      return;
    }
    const m = markOf(e);
    const fs = m && m.getAttribute("data-findings");
    if (fs) select(Number(fs.split(" ")[0]) - 1);
  };
  const onKey = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement | null;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    if (t && t.isContentEditable) return;
    const inList = !!(t && t.closest && t.closest(".bc-findings"));
    const k = e.key;
    const move = (to: number) => {
      if (!cards.length) return;
      e.preventDefault();
      select(Math.max(0, Math.min(cards.length - 1, to)), true);
    };
    if (k === "n" || k === "j" || (inList && k === "ArrowDown")) move(current < 0 ? 0 : current + 1);
    else if (k === "p" || k === "k" || (inList && k === "ArrowUp")) move(current < 0 ? 0 : current - 1);
    else if (inList && k === "Home") move(0);
    else if (inList && k === "End") move(cards.length - 1);
    else if (k === "Escape") {
      hideTip();
      clear();
      if (live) live.textContent = "";
    }
  };

  // ---- relations drawn on the text, cards beside their figures ------------------------
  function draw() {
    if (!svg || !box) return;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const br = box.getBoundingClientRect();
    const defs = doc.createElementNS(SVGNS, "defs");
    defs.innerHTML = '<marker id="bc-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" style="fill:#374151;stroke:none;opacity:1"></path></marker>';
    svg.appendChild(defs);
    for (const r of data.relations) {
      const hub = r.members[0];
      if (!hub) continue;
      const h = marksOf(hub.key)[0];
      if (!h) continue;
      const a = h.getClientRects()[0];
      if (!a) continue;
      for (const m of r.members.slice(1)) {
        const el = marksOf(m.key)[0];
        const b = el && el.getClientRects()[0];
        if (!b) continue;
        const x1 = a.left + a.width / 2 - br.left;
        const x2 = b.left + b.width / 2 - br.left;
        let d: string;
        if (Math.abs(b.top - a.top) < a.height / 2) {
          // Same line: an arc over the line, from the hub's top to the member's top.
          const y = a.top - br.top;
          const lift = 8 + Math.min(14, Math.abs(x2 - x1) / 12);
          d = "M" + x1 + "," + y + " C" + x1 + "," + (y - lift) + " " + x2 + "," + (y - lift) + " " + x2 + "," + (y - 1);
        } else if (b.top > a.top) {
          // A later line: from the hub's bottom down to the member's top.
          const y1 = a.bottom - br.top;
          const y2 = b.top - br.top;
          const mid = (y1 + y2) / 2;
          d = "M" + x1 + "," + y1 + " C" + x1 + "," + mid + " " + x2 + "," + mid + " " + x2 + "," + (y2 - 1);
        } else {
          // An earlier line: from the hub's top up to the member's bottom.
          const y1 = a.top - br.top;
          const y2 = b.bottom - br.top;
          const mid = (y1 + y2) / 2;
          d = "M" + x1 + "," + y1 + " C" + x1 + "," + mid + " " + x2 + "," + mid + " " + x2 + "," + (y2 + 1);
        }
        const p = doc.createElementNS(SVGNS, "path");
        p.setAttribute("d", d);
        p.setAttribute("class", "t-" + r.type.replace(/[^\w-]/g, ""));
        p.setAttribute("marker-end", "url(#bc-arrow)");
        p.setAttribute("data-members", r.members.map((x) => x.key).join(" "));
        p.setAttribute("data-rel", r.id);
        const title = doc.createElementNS(SVGNS, "title");
        title.textContent = r.type + ": " + hub.role + " → " + m.role;
        p.appendChild(title);
        svg.appendChild(p);
      }
    }
  }
  function align() {
    if (!side || !text) return;
    const tr = text.getBoundingClientRect();
    const sr = side.getBoundingClientRect();
    const beside = sr.left >= tr.right - 1;
    root.classList.toggle("bc-aligned", beside && cards.length > 0);
    const list = side.querySelector(".bc-findings") as HTMLElement | null;
    if (!beside || !list) {
      for (const c of cards) c.style.top = "";
      if (list) list.style.height = "";
      return;
    }
    const lr = list.getBoundingClientRect();
    let next = 0;
    for (const c of cards) {
      const k = (c.getAttribute("data-targets") || "").split(" ")[0];
      const m = k ? marksOf(k)[0] : undefined;
      const want = m ? m.getBoundingClientRect().top - lr.top - 8 : next;
      const top = Math.max(next, want);
      c.style.top = top + "px";
      next = top + c.offsetHeight + 10;
    }
    list.style.height = next + "px";
  }
  let pending = 0;
  function layout() {
    align();
    draw();
  }
  const schedule = () => {
    if (pending) return;
    pending = win.requestAnimationFrame(() => {
      pending = 0;
      layout();
    });
  };
  const ro = typeof win.ResizeObserver === "function" ? new win.ResizeObserver(schedule) : null;
  if (ro) {
    ro.observe(root);
    if (text) ro.observe(text);
  } else win.addEventListener("resize", schedule);

  const toggle = root.querySelector(".bc-labels-toggle") as HTMLInputElement | null;
  const onToggle = () => {
    root.classList.toggle("bc-labels", !!(toggle && toggle.checked));
    schedule();
  };
  if (toggle) toggle.addEventListener("change", onToggle);
  root.addEventListener("mouseover", onOver);
  root.addEventListener("mouseout", onOut);
  root.addEventListener("focusin", onFocusIn);
  root.addEventListener("focusout", onFocusOut);
  root.addEventListener("click", onClick);
  doc.addEventListener("keydown", onKey);
  layout();
  root.setAttribute("data-ready", "1");

  return {
    select: (i: number) => select(i, false),
    clear,
    layout,
    destroy() {
      if (ro) ro.disconnect();
      else win.removeEventListener("resize", schedule);
      if (toggle) toggle.removeEventListener("change", onToggle);
      root.removeEventListener("mouseover", onOver);
      root.removeEventListener("mouseout", onOut);
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("focusout", onFocusOut);
      root.removeEventListener("click", onClick);
      doc.removeEventListener("keydown", onKey);
      if (pending) win.cancelAnimationFrame(pending);
    },
  };
}

/**
 * A function's source for a page, without its comment lines and indentation: the script is
 * written out once per page, 10,000 times for an archive. Only whole lines go (a comment that
 * is a line of its own, leading blanks); the page code has no string spanning lines.
 */
export function pageSource(fn: (...args: never[]) => unknown): string {
  return fn
    .toString()
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("//") && !(l.startsWith("/*") && l.endsWith("*/")))
    .join("\n");
}

/**
 * The page script: the function's own source, run on the page's root. Transpilers that keep
 * function names (tsx, esbuild's keepNames) wrap inner functions in `__name(fn, "name")`,
 * a helper of the module: the script brings an identity one of its own.
 */
export const CLIENT_JS = `(function(){var __name=function(f){return f};(${pageSource(mountView)})(document.querySelector(".bc-root"));})();`;
