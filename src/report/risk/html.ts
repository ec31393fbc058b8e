// `risk --format html`: one self-contained page (no script, no network): per milestone a histogram with its
// S-curve in SVG, the P50/P85 table and the drivers. Every plan text is escaped.
import type { Locale } from '../locale.js';
import { formatDate, formatShownDate, word } from '../locale.js';
import { clipPlanText, escapePlanText, wrappablePlanText } from '../export/html-escape.js';
import { binsOf } from './bins.js';
import type { DayDistribution } from '../../risk/statistics.js';
import type { RiskReport, RiskRow } from './model.js';
import { driversByPlan, rowsByPlan, unmovedByPlan } from './groups.js';
import { kindWord, percent, rhoText, runSummary, undrawnText, unmovedText } from './words.js';

const W = 640;
const H = 180;
const PAD = 36;

/** Histogram bars (counts) with the S-curve (cumulative share, right axis) over the same bins. */
export function distributionSvg(row: RiskRow, distribution: DayDistribution, locale: Locale): string {
  const bins = binsOf(distribution, 40);
  const most = bins.reduce((m, b) => (b.count > m ? b.count : m), 1);
  const plotW = W - 2 * PAD;
  const plotH = H - 2 * PAD;
  const bw = bins.length > 0 ? plotW / bins.length : plotW;
  const bars = bins.map((b, i) => {
    const h = (b.count / most) * plotH;
    return `<rect x="${(PAD + i * bw).toFixed(1)}" y="${(PAD + plotH - h).toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${h.toFixed(1)}" class="bar"><title>${escapePlanText(`${formatDate(b.from, locale)}–${formatDate(b.to, locale)}: ${percent(b.count / distribution.total, locale)}`)}</title></rect>`;
  });
  const points = bins.map((b, i) => `${(PAD + (i + 1) * bw).toFixed(1)},${(PAD + plotH - b.cumulative * plotH).toFixed(1)}`);
  const first = bins[0];
  const last = bins[bins.length - 1];
  const axis = first && last
    ? `<text x="${PAD}" y="${H - 8}" class="axis">${escapePlanText(formatDate(first.from, locale))}</text><text x="${W - PAD}" y="${H - 8}" class="axis end">${escapePlanText(formatDate(last.to, locale))}</text>`
    : '';
  const label = clipPlanText(`${row.ref} — ${row.title}`, 90);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${label}">`
    + `<text x="${PAD}" y="20" class="title">${label}</text>${bars.join('')}`
    + `<polyline points="${PAD},${PAD + plotH} ${points.join(' ')}" class="curve"/>`
    + `<text x="${W - PAD + 4}" y="${PAD + 4}" class="axis">${percent(1, locale)}</text><text x="${W - PAD + 4}" y="${PAD + plotH}" class="axis">${percent(0, locale)}</text>${axis}</svg>`;
}

/** A caption under a chart whose bars leave iterations out (outside 0001-01-01 … 9999-12-31); '' when none. */
function undrawnCaption(distribution: DayDistribution, locale: Locale): string {
  const text = undrawnText(distribution, locale);
  return text === undefined ? '' : `<figcaption>${escapePlanText(text)}</figcaption>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0;font-size:.875em}
th,td{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right}
.bar{fill:#8fb3d9}.curve{fill:none;stroke:#c0392b;stroke-width:2}.axis{font-size:11px;fill:#555}.axis.end{text-anchor:end}.title{font-size:13px;font-weight:600}
figure{margin:1em 0}.long{overflow-wrap:anywhere}`;

export function formatRiskHtml(report: RiskReport, locale: Locale): string {
  const l = locale;
  const date = (d: number | null): string => escapePlanText(formatShownDate(d, l));
  // Escaped as every text of the page: `<1%` is no tag (tester round 108 F5: four parse errors in an XML reader).
  const pct = (share: number | null): string => escapePlanText(percent(share, l));
  const headers = ['ID', word(l, 'Title', 'Tittel'), word(l, 'Deterministic', 'Deterministisk'), 'P50 (styringsdato)', 'P85 (rammedato)', word(l, 'P(on date)', 'P(i tide)'), word(l, 'P(deadline)', 'P(frist)'), word(l, 'Critical', 'Kritisk')];
  const rowsOf = rowsByPlan(report);
  const driversOf = driversByPlan(report);
  const unmovedOf = unmovedByPlan(report);
  const sections = report.plans.map((plan) => {
    const rows = rowsOf(plan.id);
    const body = rows.map((r) => `<tr><td>${wrappablePlanText(r.id)}</td><td>${wrappablePlanText(r.title)}</td><td>${date(r.deterministic)}</td><td>${date(r.p50)}</td><td>${date(r.p85)}</td><td class="n">${pct(r.probByDate)}</td><td class="n">${pct(r.probByDeadline)}</td><td class="n">${pct(r.criticality)}</td></tr>`).join('\n');
    const drivers = driversOf(plan.id);
    const driverRows = drivers.map((d) => `<tr><td>${wrappablePlanText(d.end)}</td><td>${wrappablePlanText(d.source)}</td><td>${kindWord(d.kind, l)}</td><td class="n">${rhoText(d.sensitivity, l)}</td></tr>`).join('\n');
    const charts = rows.filter((r) => report.focus === undefined || r.ref === report.focus.ref)
      .flatMap((r) => (r.distribution ? [`<figure>${distributionSvg(r, r.distribution, l)}${undrawnCaption(r.distribution, l)}</figure>`] : [])).join('\n');
    return `<section><h2>${wrappablePlanText(`${plan.id}: ${plan.title}`)}</h2>
<table><thead><tr>${headers.map((h) => `<th>${escapePlanText(h)}</th>`).join('')}</tr></thead><tbody>
${body}
</tbody></table>
${drivers.length > 0 ? `<h3>${word(l, 'Drivers', 'Drivere')}</h3><table><thead><tr><th>${word(l, 'End', 'Slutt')}</th><th>${word(l, 'Source', 'Kilde')}</th><th>${word(l, 'Kind', 'Type')}</th><th>rho</th></tr></thead><tbody>
${driverRows}
</tbody></table>` : ''}
${unmovedOf(plan.id).map((u) => `<p class="note">${wrappablePlanText(unmovedText(u, l))}</p>`).join('\n')}
${charts}
</section>`;
  });
  const title = word(l, 'Schedule risk', 'Usikkerhetsanalyse');
  return `<!DOCTYPE html>
<html lang="${l === 'nb' ? 'nb' : 'en'}"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>
<h1>${title}</h1>
<p>${escapePlanText(runSummary(report, l))}</p>
${sections.join('\n')}
</body></html>
`;
}
