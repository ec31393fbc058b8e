// `risk` as text: per plan a table of deterministic date, P50 (styringsdato), P85 (rammedato) and probabilities,
// then the top drivers; with --milestone, that milestone's histogram and S-curve.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatShownDate, word, type Locale } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { joinChunks, lineChunks, trimmedEnd } from '../chunks.js';
import { displayWidth, fittedTableWidth, measureColumn, measuredTableLines, renderTable, type Column, type MeasuredColumn } from '../table.js';
import { dropToFit } from '../left-out-columns.js';
import { cappedWidth, fitWidths } from '../table-widths.js';
import { cutId, distinctCuts } from '../table-cells.js';
import { planHeadings } from '../plan-heading.js';
import { truncateTo } from '../../text/width.js';
import { wrapItems, wrapWords } from '../wrap.js';
import type { RiskDriverRow, RiskReport, RiskRow } from './model.js';
import { driversByPlan, rowsByPlan, unmovedByPlan } from './groups.js';
import { unmovedText } from './words.js';
import { focus } from './focus.js';
import { kindWord, percent, rhoText, runSummary } from './words.js';

const SHOWN_DRIVERS = 5;


/** The report's first line, or its first two when one would be wider than `width` (status date on the second). */
function headerLines(report: RiskReport, locale: Locale, width: number): string[] {
  const line = header(report, locale);
  const at = line.lastIndexOf(', ');
  if (displayWidth(line) <= width) return [line];
  const lines = at < 0 ? [line] : [line.slice(0, at + 1), `  ${line.slice(at + 2)}`];
  // Still too wide (--width 40–64): wrapped at spaces.
  return lines.every((l) => displayWidth(l) <= width) ? lines : wrapWords(line, width, '', '  ');
}




function header(report: RiskReport, locale: Locale): string {
  return `${word(locale, 'Schedule risk', 'Usikkerhetsanalyse')}: ${runSummary(report, locale)}`;
}

/** The table's headers in full, and short ones (explained by LEGEND) for a table that would not fit its width. */
const HEADERS = {
  en: { full: ['Deterministic', 'P50 (styringsdato)', 'P85 (rammedato)', 'P(on date)', 'P(deadline)', 'Critical'], short: ['Det.', 'P50', 'P85', 'P(date)', 'P(dl)', 'Crit.'] },
  nb: { full: ['Deterministisk', 'P50 (styringsdato)', 'P85 (rammedato)', 'P(i tide)', 'P(frist)', 'Kritisk'], short: ['Det.', 'P50', 'P85', 'P(dato)', 'P(fr.)', 'Krit.'] },
} as const;

const LEGEND = {
  en: ['  Det.: deterministic date; P50: styringsdato; P85: rammedato;', '  P(date), P(dl): probability of making the date, the deadline;', '  Crit.: criticality (the share of iterations it is critical in)'],
  nb: ['  Det.: deterministisk dato; P50: styringsdato; P85: rammedato;', '  P(dato), P(fr.): sannsynlighet for å nå datoen, fristen;', '  Krit.: kritikalitet (andelen iterasjoner der den er kritisk)'],
} as const;

/**
 * A plan's table within `options.width` columns: with the full headers when it fits, else with the short ones
 * (`short` true; the three dates and the percentages are what make it wide, an 80-column terminal took 106), else
 * narrowTable's. Exported for its test against laying out each table whole.
 */
export function riskTable(rows: readonly RiskRow[], options: FormatOptions): { lines: string[]; short: boolean } {
  const table = riskTableLines(rows, options);
  return { lines: Array.from(table.lines), short: table.short };
}

/**
 * riskTable with its lines made as they are read when the table fits by construction (nearly always): a report holds
 * every plan's table until it knows whether any needs the short headers, whose legend comes first (issue #18: risk
 * --format text at 100,000 milestones held every line and then their join, 150 MB more than the JSON).
 */
function riskTableLines(rows: readonly RiskRow[], options: FormatOptions): { lines: Iterable<string>; short: boolean } {
  const l = options.locale;
  const date = (d: number | null): string => formatShownDate(d, l);
  const cells = rows.map((r) => [
    r.id, r.title, date(r.deterministic), date(r.p50), date(r.p85),
    percent(r.probByDate, l), percent(r.probByDeadline, l), percent(r.criticality, l),
  ]);
  const layout: Column[] = [
    // The id may be cut (keeping its start and end) to a quarter of the width before the titles go below a readable
    // width or the table to its narrow form: one 82-character id put every row's numbers on lines of their own at 80
    // columns (tester round 68 F3).
    { header: 'ID', cutTo: ID_MIN, refs: true }, { header: word(l, 'Title', 'Tittel'), flex: true, min: 8 },
    { header: '' }, { header: '' }, { header: '' }, { header: '', align: 'right' }, { header: '', align: 'right' }, { header: '', align: 'right' },
  ];
  // The cells measured once for both sets of headers (a cell's width does not depend on its header): at 100,000 rows
  // the full table was measured and laid out whole before its header line showed it too wide (issue #18).
  const body = layout.map((c, i) => measureColumn({ ...c, header: '' }, cells.map((row) => row[i] ?? '')));
  const fitting = (headers: readonly string[]): Iterable<string> | undefined => {
    const columns = body.map((m, i): MeasuredColumn => {
      const header = i < 2 ? layout[i]!.header : headers[i - 2]!;
      return { ...m, header, widest: Math.max(m.widest, displayWidth(header)) };
    });
    // An id cut below its cap (cappedWidth) reads as none: the narrow table keeps it whole and moves numbers instead.
    if (fitWidths(columns, options.width)[0]! < cappedWidth(columns[0]!, columns[0]!.widest, options.width)) return undefined;
    // Within the width by construction: no line needs measuring again, nor making before it is written.
    if (fittedTableWidth(columns, options.width) <= options.width) return measuredTableLines(columns, rows.length, options.width);
    const lines: string[] = [];
    for (const line of measuredTableLines(columns, rows.length, options.width)) {
      if (displayWidth(line) > options.width) return undefined;
      lines.push(line);
    }
    return lines;
  };
  const full = fitting(HEADERS[l].full);
  if (full !== undefined) return { lines: full, short: false };
  const short = fitting(HEADERS[l].short);
  if (short !== undefined) return { lines: short, short: true };
  return { lines: narrowTable(cells, HEADERS[l].short, options.width), short: true };
}

/**
 * The table when even the short headers do not fit (long ids, --width 60; a tester's finding: 78 and 104 columns):
 * the title moves to a line of its own under its row, then criticality, the two probabilities, the deterministic
 * date and P85 move in that order to a `Header value` line under it, and the id is cut with an ellipsis last.
 */
function narrowTable(cells: readonly (readonly string[])[], headers: readonly string[], width: number): string[] {
  const names = ['ID', '', ...headers];
  const columns: Column[] = names.map((header, i) => ({ header, ...(i === 0 ? { cutTo: ID_MIN, refs: true } : {}), ...(i >= 5 ? { align: 'right' as const } : {}) }));
  // The id counts at its cap when choosing what moves: a long one is cut, not left to push every number below its row.
  const widths = names.map((h, i) => {
    const widest = cells.reduce((w, r) => Math.max(w, displayWidth(flattenText(r[i] ?? ''))), displayWidth(h));
    return cappedWidth(columns[i]!, widest, width);
  });
  const keep = dropToFit(widths, names.map((_, i) => i !== 1), [7, 6, 5, 2, 4], width);
  const kept = names.map((_, i) => i).filter((i) => keep[i]);
  const [header = '', ...body] = renderTable(kept.map((i) => columns[i]!), cells.map((r) => kept.map((i) => r[i] ?? '')), width);
  const lines = [header];
  body.forEach((line, n) => {
    const r = cells[n]!;
    lines.push(line, truncateTo(`  ${flattenText(r[1] ?? '')}`, width));
    const moved = names.map((h, i) => (keep[i] || i <= 1 ? '' : `${h} ${r[i] ?? ''}`)).filter((item) => item !== '');
    for (const item of wrapItems(moved, width - 2, '  ')) lines.push(truncateTo(`  ${item}`, width));
  });
  return lines;
}

/** The narrowest an id is cut to, its ellipsis included. */
const ID_MIN = 6;

/** The plan's drivers (`planDrivers`, in report order) under a heading per end, at most SHOWN_DRIVERS each. */
function drivers(planDrivers: readonly RiskDriverRow[], locale: Locale, width: number): string[] {
  const byEnd = new Map<string, RiskDriverRow[]>();
  for (const d of planDrivers) {
    const list = byEnd.get(d.end);
    if (list === undefined) byEnd.set(d.end, [d]);
    else list.push(d);
  }
  // The kind column is as wide as its longest word in this locale ('etterslep' under nb).
  const kindWidth = (['lag', 'duration', 'risk'] as const).reduce((w, k) => Math.max(w, kindWord(k, locale).length), 0);
  const rho = (x: number): string => rhoText(x, locale).padStart(5);
  // Lines that do not fit the width are wrapped (the heading) or cut with an ellipsis (a driver's source).
  // A long reference is cut in the middle, keeping its id (tester round 71 F4: at 60 columns every heading and every
  // driver read `helseplattformen-regional-innforing-mi…`), and those cut alike around where they differ.
  const ends = [...byEnd.keys()].map(flattenText);
  const endRoom = Math.max(20, width - 4);
  const endsApart = distinctCuts(ends, endRoom, (e) => cutId(e, endRoom));
  const sourceRoom = Math.max(20, width - 4 - 5 - 2 - kindWidth - 2);
  const sources = [...byEnd.values()].flatMap((list) => list.slice(0, SHOWN_DRIVERS).map((d) => flattenText(d.source)));
  const sourcesApart = distinctCuts(sources.filter((s) => !s.includes(' → ')), sourceRoom, (s) => cutId(s, sourceRoom));
  const shownSource = (source: string): string => {
    if (displayWidth(source) <= sourceRoom) return source;
    const arrow = source.indexOf(' → ');
    if (arrow < 0) return sourcesApart.get(source) ?? cutId(source, sourceRoom);
    const half = Math.max(10, Math.floor((sourceRoom - 3) / 2));
    return `${cutId(source.slice(0, arrow), half)} → ${cutId(source.slice(arrow + 3), half)}`;
  };
  return [...byEnd.values()].flatMap((endDrivers, k) => {
    const shownEnd = endsApart.get(ends[k]!) ?? cutId(ends[k]!, endRoom);
    return [
      ...wrapWords(word(locale, `Drivers of ${shownEnd} (Spearman's rho with its date):`, `Drivere for ${shownEnd} (Spearmans rho mot datoen):`), width, '  ', '    ').map((l) => truncateTo(l, width)),
      ...endDrivers.slice(0, SHOWN_DRIVERS).map((d) =>
        truncateTo(`    ${rho(d.sensitivity)}  ${kindWord(d.kind, locale).padEnd(kindWidth)}  ${shownSource(flattenText(d.source))}`, width)),
    ];
  });
}


/** `risk` as text (SPEC §11), whole: riskTextChunks joined. */
export function formatRiskText(report: RiskReport, options: FormatOptions): string {
  return joinChunks(riskTextChunks(report, options));
}

/** `risk` as text in pieces to write one after another (chunks.ts): every plan's table is made as it is written. */
export function riskTextChunks(report: RiskReport, options: FormatOptions): Iterable<string> {
  return lineChunks(trimmedEnd(riskTextLines(report, options)));
}

/**
 * The lines of the text: the header, the legend of the short headers when a table uses them, the --milestone
 * distribution, then per plan its table and drivers. The tables are laid out first (each plan's, its lines made as
 * they are written): the legend depends on all of them.
 */
function* riskTextLines(report: RiskReport, options: FormatOptions): Generator<string> {
  const l = options.locale;
  const rowsOf = rowsByPlan(report);
  const driversOf = driversByPlan(report);
  const unmovedOf = unmovedByPlan(report);
  const tables = report.plans.map((plan) => riskTableLines(rowsOf(plan.id), { ...options, width: options.width - 2 }));
  yield* headerLines(report, l, options.width);
  // The short headers explained once, below the header line; each legend line as it is when it fits, else wrapped at
  // spaces (--width 40–63).
  if (tables.some((t) => t.short)) for (const line of LEGEND[l]) yield* displayWidth(line) <= options.width ? [line] : wrapWords(line.trim(), options.width, '  ', '    ');
  yield '';
  if (report.focus?.distribution) {
    yield* focus(report.focus, report.focus.distribution, options);
    yield '';
  }
  const headings = planHeadings(report.plans, ': ', options.width);
  for (let p = 0; p < report.plans.length; p++) {
    const plan = report.plans[p]!;
    yield headings.get(plan.id)!;
    for (const line of tables[p]!.lines) yield `  ${line}`;
    // Let go once written: a later plan's table need not share the heap with this one's cells.
    tables[p] = EMPTY_TABLE;
    yield '';
    const lines = drivers(driversOf(plan.id), l, options.width);
    if (lines.length > 0) {
      yield* lines;
      yield '';
    }
    const held = unmovedOf(plan.id);
    if (held.length > 0) {
      for (const u of held) yield* wrapWords(unmovedText(u, l), options.width, '  ', '    ');
      yield '';
    }
  }
  if (report.rows.length === 0) yield* [word(l, '  No milestones.', '  Ingen milepæler.'), ''];
}

const EMPTY_TABLE: { lines: Iterable<string>; short: boolean } = { lines: [], short: false };

