// The HTML export's inline stylesheet: screen and print (A4 landscape), colours that survive greyscale thanks to marks.
export const HTML_STYLE = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #cbd2d9; --open: #1d4ed8; --crit: #b91c1c; --late: #7f1d1d; --done: #15803d; --pushed: #c2410c; --meeting: #0f766e; }
* { box-sizing: border-box; }
body { margin: 24px; color: var(--ink); font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
p.meta { margin: 0 0 12px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 8px 0 14px; padding: 0; list-style: none; font-size: 13px; }
.legend svg { vertical-align: -3px; margin-right: 4px; }
.chart { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }
svg.timeline { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg .stripe { fill: #f5f7fa; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .axis { fill: var(--muted); font-size: 11px; }
svg .axis.upper { font-weight: 600; fill: var(--ink); }
svg .heading.h1 { font-weight: 700; font-size: 13px; }
svg .heading.h2 { font-weight: 600; fill: var(--muted); }
svg .label { fill: var(--ink); }
svg .marks { font-weight: 700; }
svg .float { stroke: var(--muted); stroke-width: 2; stroke-dasharray: 2 3; }
svg .slip { stroke: var(--pushed); stroke-width: 2; }
svg .overrun { stroke: var(--late); stroke-width: 4; }
svg .baseline { fill: #fff; stroke: var(--muted); stroke-width: 1.5; }
svg .critical-path { fill: none; stroke: var(--crit); stroke-width: 2.5; stroke-opacity: 0.45; }
svg .milestone, svg .gate { stroke: #fff; stroke-width: 1; }
svg .today { stroke: var(--crit); stroke-width: 1.5; stroke-dasharray: 6 3; }
svg .today-label { fill: var(--crit); font-size: 11px; font-weight: 600; }
.open { fill: var(--open); color: var(--open); }
.crit { fill: var(--crit); color: var(--crit); }
.late { fill: var(--late); color: var(--late); }
.done { fill: var(--done); color: var(--done); }
.pushed { fill: var(--pushed); color: var(--pushed); }
svg .meeting { fill: var(--meeting); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef2f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.section td { font-weight: 700; background: #f5f7fa; }
.long { overflow-wrap: anywhere; }
ul.deliverables { margin: 2px 0 0; padding-left: 18px; color: var(--muted); }
li.responsible { list-style: none; margin-left: -18px; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .chart { border: none; overflow: visible; }
  svg.timeline { width: 100%; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
