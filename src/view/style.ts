/**
 * The stylesheet of the view (issue 15), made from the palette so the contrast tests check
 * what the page shows. System fonts only: nothing is loaded from the network.
 *
 *   .bc-m.k-money   green fill + double box        (colour and shape)
 *   .bc-m.marked    yellow fill + 3px black outline (the figures of the clicked finding)
 *   .bc-m[data-fn]  a superscript "✖1" after a figure that finding #1 (an error) ties
 */
import { INK, KINDS, LINK, MARKED, MUTED, PAGE, RELATION_LINE, SEVERITY, type MarkKind } from "./palette.js";

function kindRules(): string {
  return (Object.keys(KINDS) as MarkKind[])
    .map((k) => {
      const s = KINDS[k];
      const width = s.shape === "double" ? 3 : s.shape === "solid" && s.box ? 1.5 : 2;
      const border = s.box ? `border:${width}px ${s.shape} ${s.line}` : `border-bottom:${s.shape === "double" ? 4 : 3}px ${s.shape} ${s.line}`;
      return `.k-${k}{background:${s.bg};${border}}`;
    })
    .join("\n");
}

export const VIEW_CSS = `
.bc-root{position:relative;color:${INK};background:${PAGE};font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans","Liberation Sans",Arial,sans-serif;max-width:1320px;margin:0 auto;padding:12px 20px 40px}
.bc-root a{color:${LINK}}
.bc-root code{font-family:ui-monospace,"DejaVu Sans Mono","Liberation Mono",Menlo,Consolas,monospace;font-size:.9em}
.bc-skip{position:absolute;left:-9999px}
.bc-skip:focus{left:12px;top:8px;background:${PAGE};padding:4px 8px;z-index:10;outline:3px solid ${LINK}}
.bc-nav{margin:0 0 4px}
.bc-title{font-size:1.35rem;margin:.2em 0 .3em;line-height:1.3}
.bc-src,.bc-keys{color:${MUTED};margin:.2em 0;font-size:.9rem}
.bc-counts{list-style:none;display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;margin:.4em 0}
.bc-legend{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;margin:.5em 0;font-size:.9rem}
.bc-legend-h{font-weight:600}
.bc-sample{padding:0 4px;border-radius:2px}
.bc-toggle{margin-left:8px}
.bc-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(300px,400px);gap:28px;align-items:start;margin-top:10px}
@media (max-width:900px){.bc-grid{grid-template-columns:minmax(0,1fr)}}
.bc-textbox{position:relative}
.bc-text{display:block;white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:2.1;margin:0}
.bc-links{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;overflow:visible}
.bc-links path{fill:none;stroke:${RELATION_LINE};stroke-width:1.5;opacity:.55}
.bc-links path.t-plan,.bc-links path.t-growth,.bc-links path.t-share,.bc-links path.t-percent-of{stroke-dasharray:5 3}
.bc-links path.on{opacity:1;stroke-width:2.5}
.bc-cue{border-bottom:1px dotted ${MUTED}}
.bc-cue.on{background:#e5e7eb;outline:1px dashed ${RELATION_LINE}}
.bc-m{color:${INK};border-radius:2px;padding:0 1px;cursor:help}
${kindRules()}
.bc-m:focus-visible,.bc-fb:focus-visible,.bc-root a:focus-visible,.bc-root input:focus-visible{outline:3px solid ${LINK};outline-offset:2px}
.bc-m.rel{outline:2px dashed ${RELATION_LINE};outline-offset:1px}
.bc-m.marked{background:${MARKED.bg};outline:3px solid ${MARKED.line};outline-offset:1px}
.bc-m[data-fn]::after{content:attr(data-fn);font-size:.68em;font-weight:700;vertical-align:super;line-height:0;margin-left:2px;color:${SEVERITY.error.bg}}
.bc-m[data-sev=warning]::after{color:${SEVERITY.warning.bg}}
.bc-m[data-sev=info]::after{color:${SEVERITY.info.bg}}
.bc-m[data-sev=error]{text-decoration:underline wavy ${SEVERITY.error.bg} 1px;text-underline-offset:4px}
.bc-labels .bc-m::before{content:attr(data-label);font-size:.62em;font-weight:600;vertical-align:super;line-height:0;margin-right:2px;color:${INK}}
.bc-side{position:relative}
.bc-side h2{font-size:1.1rem;margin:.2em 0 .6em}
.bc-findings{list-style:none;margin:0;padding:0}
.bc-f{border:1px solid #6b7280;border-left-width:6px;border-radius:4px;background:${PAGE};margin:0 0 10px;padding:6px 10px}
.bc-f.sev-error{border-left-color:${SEVERITY.error.bg}}
.bc-f.sev-warning{border-left-color:${SEVERITY.warning.bg};border-left-style:dashed}
.bc-f.sev-info{border-left-color:${SEVERITY.info.bg};border-left-style:dotted}
.bc-f.current{box-shadow:0 0 0 3px ${INK}}
.bc-aligned .bc-f{position:absolute;left:0;right:0}
.bc-fb{all:unset;display:block;cursor:pointer;width:100%;box-sizing:border-box}
.bc-sev{display:inline-block;font-weight:700;font-size:.8rem;padding:0 6px;border-radius:3px}
${(Object.keys(SEVERITY) as (keyof typeof SEVERITY)[]).map((s) => `.bc-sev.sev-${s}{background:${SEVERITY[s].bg};color:${SEVERITY[s].fg}}`).join("\n")}
.bc-fn{font-weight:700}
.bc-rule{color:${MUTED}}
.bc-msg{display:block;margin-top:2px}
.bc-msg2{color:${MUTED};margin:.2em 0;font-size:.92rem}
.bc-arith{margin:.3em 0}
.bc-arith code{background:#f3f4f6;padding:1px 4px;border-radius:3px;color:${INK}}
.bc-k{font-weight:600}
.bc-ties{margin:.2em 0 0;padding-left:1.2em;font-size:.92rem}
.bc-role{color:${MUTED};font-size:.85em}
.bc-none{color:${MUTED}}
.bc-details{margin-top:28px;border-top:1px solid #d1d5db}
.bc-details h2{font-size:1.05rem;margin:1em 0 .4em}
.bc-scroll{overflow-x:auto}
.bc-details table{border-collapse:collapse;font-size:.9rem}
.bc-details th,.bc-details td{border:1px solid #d1d5db;padding:2px 6px;text-align:left;vertical-align:top}
.bc-num{text-align:right}
.bc-tip{position:absolute;z-index:20;max-width:420px;background:${PAGE};color:${INK};border:2px solid ${INK};border-radius:4px;padding:6px 8px;font-size:.88rem;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.bc-tip h3{font-size:.95rem;margin:0 0 4px}
.bc-tip table{border-collapse:collapse}
.bc-tip th{text-align:left;font-weight:600;padding:0 8px 0 0;vertical-align:top;color:${MUTED}}
.bc-tip td{padding:0}
.bc-live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (prefers-reduced-motion:no-preference){.bc-m.marked{transition:background-color .2s}}
@media print{.bc-links,.bc-tip,.bc-keys,.bc-toggle{display:none}}
`.trim();
