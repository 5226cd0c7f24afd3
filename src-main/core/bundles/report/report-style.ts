// The report's only styling, inlined into its <style> block (the CSP allows inline styles and nothing
// else): readable type, highlight colours that stack where passages overlap, a dark scheme, print rules.

export const reportStyle = `
:root {
  color-scheme: light dark;
  --paper: #fdfcf9; --ink: #1f2328; --muted: #5b6270; --rule: #d9d6cf; --panel: #f3f1ec; --accent: #2f5d8a;
  --hl-yellow: rgba(250, 204, 21, .38); --hl-green: rgba(74, 222, 128, .35); --hl-blue: rgba(96, 165, 250, .35);
  --hl-pink: rgba(244, 114, 182, .32); --hl-purple: rgba(167, 139, 250, .35); --hl-orange: rgba(251, 146, 60, .35);
  --warn: #8a5a00; --warn-bg: #fff4d6; --bad: #a1262b; --bad-bg: #fde8e8; --ok: #1e6b3a;
}
@media (prefers-color-scheme: dark) {
  :root {
    --paper: #16181c; --ink: #e6e3dc; --muted: #a3a9b5; --rule: #363a42; --panel: #1f2228; --accent: #8ab4e8;
    --hl-yellow: rgba(250, 204, 21, .30); --hl-green: rgba(74, 222, 128, .26); --hl-blue: rgba(96, 165, 250, .30);
    --hl-pink: rgba(244, 114, 182, .28); --hl-purple: rgba(167, 139, 250, .32); --hl-orange: rgba(251, 146, 60, .30);
    --warn: #f2c46b; --warn-bg: #3a2f14; --bad: #f19a9e; --bad-bg: #3d1d20; --ok: #7fd19b;
  }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 72rem; padding: 2.5rem 2rem 5rem; font: 16px/1.6 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; }
h1, h2, h3, h4, nav, table, .meta, .badge, .counts, .hl-list, .tag-tree, .toc, .event-facts, footer { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 3.5rem 0 1rem; padding-bottom: .3rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 2.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
.muted, .meta { color: var(--muted); }
.cover { padding: 2rem 0 1rem; border-bottom: 1px solid var(--rule); }
.cover .kicker { text-transform: uppercase; letter-spacing: .08em; font: 600 .8rem system-ui, sans-serif; color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.25rem 0; padding: 0; list-style: none; }
.counts li { background: var(--panel); border: 1px solid var(--rule); border-radius: 8px; padding: .5rem .9rem; min-width: 7rem; }
.counts b { display: block; font-size: 1.4rem; }
.toc ol { padding-left: 1.25rem; }
.toc li { margin: .15rem 0; }
.source { border-top: 1px solid var(--rule); margin-top: 3rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1.5rem; font-size: .9rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.url { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; user-select: all; }
.reading { max-width: 42rem; font-size: 1.05rem; }
.reading p { margin: 0 0 1em; white-space: pre-line; }
mark.hl { color: inherit; border-radius: 2px; padding: .05em 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.hl-yellow { background: var(--hl-yellow); } .hl-green { background: var(--hl-green); } .hl-blue { background: var(--hl-blue); }
.hl-pink { background: var(--hl-pink); } .hl-purple { background: var(--hl-purple); } .hl-orange { background: var(--hl-orange); }
mark.hl-fuzzy { outline: 1px dashed var(--warn); }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; vertical-align: -.05em; margin-right: .35em; border: 1px solid var(--rule); }
a.hl-ref { font: 600 .65rem system-ui, sans-serif; vertical-align: super; text-decoration: none; margin: 0 .1em; padding: 0 .25em; border-radius: 3px; background: var(--panel); border: 1px solid var(--rule); }
.hl-list { list-style: none; padding: 0; margin: 1rem 0; font-size: .92rem; }
.hl-list > li { border: 1px solid var(--rule); border-left-width: 4px; border-radius: 6px; padding: .6rem .9rem; margin: 0 0 .6rem; background: var(--panel); }
.hl-list > li.st-fuzzy { border-left-color: var(--warn); } .hl-list > li.st-orphaned { border-left-color: var(--bad); }
.hl-list blockquote { margin: .3rem 0; font-family: Charter, Georgia, serif; font-size: 1rem; }
.hl-list .note { margin: .3rem 0; white-space: pre-line; }
.num { font-weight: 700; margin-right: .4rem; }
.badge { display: inline-block; font-size: .72rem; font-weight: 600; letter-spacing: .02em; padding: .05rem .45rem; border-radius: 999px; border: 1px solid var(--rule); margin: 0 .25rem .1rem 0; white-space: nowrap; }
.badge.fuzzy { color: var(--warn); background: var(--warn-bg); border-color: currentColor; }
.badge.orphaned, .badge.disputes, .badge.open { color: var(--bad); background: var(--bad-bg); border-color: currentColor; }
.badge.reports, .badge.resolved { color: var(--ok); border-color: currentColor; }
.badge.context { color: var(--muted); }
.tag { display: inline-block; font-size: .75rem; padding: 0 .45rem; border-radius: 4px; border: 1px solid var(--rule); margin-right: .25rem; }
.tag-gray { border-color: #9aa0a6; } .tag-red { border-color: #e05252; } .tag-orange { border-color: #e8883a; } .tag-yellow { border-color: #d4b106; }
.tag-green { border-color: #3fa35b; } .tag-teal { border-color: #2a9d9d; } .tag-blue { border-color: #4a7fd4; } .tag-purple { border-color: #8b62d9; } .tag-pink { border-color: #d9629e; }
.tag-tree, .tag-tree ul { list-style: none; padding-left: 1.25rem; }
.tag-tree { padding-left: 0; }
.tag-tree li { margin: .2rem 0; }
.tag-tree .desc { color: var(--muted); font-size: .85rem; }
.timeline { list-style: none; padding: 0; border-left: 2px solid var(--rule); margin-left: .5rem; }
.timeline > li { position: relative; padding: 0 0 1.25rem 1.25rem; }
.timeline > li::before { content: ""; position: absolute; left: -7px; top: .45rem; width: 12px; height: 12px; border-radius: 50%; background: var(--accent); }
.timeline h3 { margin: .1rem 0 .2rem; }
.event-desc { white-space: pre-line; margin: .3rem 0; }
.timeline .when { font: 600 .85rem system-ui, sans-serif; color: var(--muted); }
.event-facts { font-size: .88rem; color: var(--muted); margin: .2rem 0; }
.scroll { overflow-x: auto; margin: .75rem 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { border: 1px solid var(--rule); padding: .5rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
table.columns td { min-width: 16rem; }
.passage { margin: 0 0 .75rem; }
.passage blockquote { margin: .2rem 0; font-family: Charter, Georgia, serif; font-size: .95rem; }
.claims { color: var(--muted); font-size: .8rem; }
.quote { font-family: Charter, Georgia, serif; font-style: italic; }
footer { margin-top: 4rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 1rem; }
@media print {
  :root { --paper: #fff; --ink: #000; --panel: #f6f6f6; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .toc, h2 { break-after: avoid; }
  .source, section.chapter { break-before: page; }
  .hl-list > li, .passage, tr, .timeline > li { break-inside: avoid; }
  mark.hl, .badge, .counts li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
}
`;
