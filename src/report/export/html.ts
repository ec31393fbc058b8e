// `milepel export --format html`: one self-contained page (no script, no network) with the SVG timeline and the tables.
import { formatCount } from '../counts.js';
import type { Milestone, Workspace } from '../../model/types.js';
import { ABSENT, formatDate, formatShownDate, word, type Locale } from '../locale.js';
import { buildTimeline, countRows, type MilestoneRow, type TimelineSource } from '../gantt/timeline.js';
import { escapeHtml, escapePlanText, wrappablePlanText } from './html-escape.js';
import { HTML_STYLE } from './html-style.js';
import { joinChunks, lineChunks } from '../chunks.js';
import { svgLines, chooseStateClass, formatStateMarks } from './html-svg.js';
import { drawnSubset, type DrawnSubset } from './html-subset.js';

// Nothing may be fetched or run: the page must work offline, in a mail client and from a file.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface HtmlOptions {
  readonly locale: Locale;
  readonly version: string;
  /** Milestones drawn at most (html-subset.ts's DRAWN_MILESTONES unless given; tests set a small one). */
  readonly maxMilestones?: number;
}

/** The page as one string (tests, small workspaces): the pieces of `htmlChunks` joined. */
export function formatHtml(source: TimelineSource, options: HtmlOptions): string {
  return joinChunks(htmlChunks(source, options));
}

/** The page in pieces that end at line ends: a million milestones' page would pass V8's string limit as one string. */
export function htmlChunks(source: TimelineSource, options: HtmlOptions): Iterable<string> {
  return lineChunks(htmlLines(source, options));
}

function* htmlLines(source: TimelineSource, options: HtmlOptions): Generator<string> {
  const { locale } = options;
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const t = buildTimeline(source);
  const titles = t.sections.map((s) => s.plan.title);
  const title = titles.length === 1 ? titles[0]! : w('Milestones and meetings', 'Milepæler og møter');
  const paths = source.schedule.paths.map((p) => p.milestones);
  const subset = drawnSubset(t, options.maxMilestones);
  yield* [
    '<!DOCTYPE html>',
    `<html lang="${locale === 'nb' ? 'nb' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapePlanText(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${wrappablePlanText(title)}</h1>`,
    `<p class="meta">${escapeHtml(`${w('Status date', 'Statusdato')} ${formatDate(t.today, locale)} · ${formatCount(t.milestoneCount, 'milestone', locale)}${t.gateCount > 0 ? ` · ${formatCount(t.gateCount, 'decision point', locale)}` : ''} · ${formatCount(t.meetingCount, 'meeting', locale)}`)}</p>`,
    ...subsetNote(subset, locale),
    legend(locale),
    '<div class="chart">',
  ];
  let drawn = false;
  for (const line of svgLines(subset.timeline, paths, locale)) {
    drawn = true;
    yield line;
  }
  // Nothing to draw: the chart's div holds an empty line.
  if (!drawn) yield '';
  yield '</div>';
  yield `<h2>${escapeHtml(w('Milestones', 'Milepæler'))}</h2>`;
  yield* milestoneTable(subset.timeline.sections, source.workspace, locale);
  yield `<h2>${escapeHtml(w('Meetings', 'Møter'))}</h2>`;
  yield* meetingTable(t.bodies, locale);
  yield `<footer>${escapeHtml(`${w('Made by', 'Laget av')} milepel ${options.version}. ${w('Marks', 'Merker')}: ✓ ${w('done', 'fullført')}, ! ${w('late', 'forsinket')}, * ${w('critical', 'kritisk')}, » ${w('pushed by a predecessor', 'skjøvet av en forgjenger')}.`)}</footer>`;
  yield '</body>';
  yield '</html>';
}

/** The visible note of a page that leaves milestones out (none when every milestone is drawn). */
function subsetNote(subset: DrawnSubset, locale: Locale): string[] {
  if (subset.omitted === 0) return [];
  // Decision points counted apart, as the status line counts them, on the page and among those left out.
  const { milestones, gates } = countRows(subset.timeline.sections);
  const drawn = rowCounts(milestones, gates, locale);
  const float = subset.maxFloat === undefined ? '' : word(locale, ` (float up to ${subset.maxFloat} working days)`, ` (slakk opptil ${subset.maxFloat} arbeidsdager)`);
  const { omitted, omittedGates } = subset;
  const left = omittedGates === 0
    ? word(locale, `${omitted} more ${omitted === 1 ? 'milestone is' : 'milestones are'} left out`, `${omitted} ${omitted === 1 ? 'milepæl' : 'milepæler'} til er utelatt`)
    : word(locale, `Another ${rowCounts(omitted - omittedGates, omittedGates, locale)} ${omitted === 1 ? 'is' : 'are'} left out`, `Ytterligere ${rowCounts(omitted - omittedGates, omittedGates, locale)} er utelatt`);
  const text = word(locale,
    `This page draws only ${drawn}: the late ones, then the open ones with the least float${float}. ${left}; \`milepel export --format json\` lists every milestone, and --plan draws one plan.`,
    `Siden tegner bare ${drawn}: de forsinkede, så de åpne med minst slakk${float}. ${left}; \`milepel export --format json\` viser alle milepælene, og --plan tegner én plan.`);
  // Bold, not styled: the page's style sheet is the same for every workspace.
  return [`<p class="subset" role="note"><strong>${escapeHtml(text)}</strong></p>`];
}

/** "3 milestones and 1 decision point", leaving out a count of 0 (but never both). */
function rowCounts(milestones: number, gates: number, locale: Locale): string {
  const m = formatCount(milestones, 'milestone', locale);
  const g = formatCount(gates, 'decision point', locale);
  return gates === 0 ? m : milestones === 0 ? g : `${m}${word(locale, ' and ', ' og ')}${g}`;
}

function legend(locale: Locale): string {
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const icon = (shape: string): string => `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${shape}</svg>`;
  const diamond = (cls: string): string => icon(`<path class="${cls}" d="M8 1L15 8L8 15L1 8Z"/>`);
  const items = [
    [diamond('open'), w('milestone at its projected date', 'milepæl på beregnet dato')],
    [diamond('crit'), `* ${w('critical', 'kritisk')}`],
    [diamond('late'), `! ${w('late', 'forsinket')}`],
    [diamond('done'), `✓ ${w('done', 'fullført')}`],
    [diamond('pushed'), `» ${w('pushed by a predecessor', 'skjøvet av en forgjenger')}`],
    [icon('<path d="M8 3L13 8L8 13L3 8Z" fill="#fff" stroke="#616e7c" stroke-width="1.5"/>'), w('planned date (baseline)', 'planlagt dato (baseline)')],
    [icon('<line x1="1" y1="8" x2="15" y2="8" stroke="#616e7c" stroke-width="2" stroke-dasharray="2 3"/>'), w('float up to the latest date', 'slakk fram til seneste dato')],
    [icon('<line x1="1" y1="8" x2="15" y2="8" stroke="#7f1d1d" stroke-width="4"/>'), w('past the latest date (negative float)', 'etter seneste dato (negativ slakk)')],
    [icon('<line x1="1" y1="12" x2="15" y2="4" stroke="#b91c1c" stroke-width="2.5" stroke-opacity="0.45"/>'), w('critical path', 'kritisk linje')],
    [icon('<path d="M8 3L14 13L2 13Z" fill="#0f766e"/>'), w('meeting', 'møte')],
    [icon('<line x1="8" y1="0" x2="8" y2="16" stroke="#b91c1c" stroke-width="1.5" stroke-dasharray="4 2"/>'), w('today (status date)', 'i dag (statusdato)')],
  ];
  return `<ul class="legend">${items.map(([i, text]) => `<li>${i}${escapeHtml(text!)}</li>`).join('')}</ul>`;
}

function* milestoneTable(sections: ReturnType<typeof buildTimeline>['sections'], ws: Workspace, locale: Locale): Generator<string> {
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const head = [w('Milestone', 'Milepæl'), w('Title', 'Tittel'), w('Planned', 'Planlagt'), w('Projected', 'Beregnet'), w('Latest', 'Seneste'), w('Float (working days)', 'Slakk (arbeidsdager)'), '', w('Pushed by', 'Skjøvet av')];
  yield '<table>';
  yield `<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  yield '<tbody>';
  // An empty table body is an empty line, as it always was.
  if (sections.length === 0) yield '';
  for (const s of sections) {
    yield `<tr class="section"><td colspan="${head.length}">${wrappablePlanText(`${s.plan.title} (${s.plan.id})`)}</td></tr>`;
    for (const g of s.groups) for (const r of g.rows) yield milestoneRow(r, ws.milestones[r.index]!, locale);
  }
  yield '</tbody>';
  yield '</table>';
}

function milestoneRow(r: MilestoneRow, m: Milestone, locale: Locale): string {
  // Deliverables that only repeat the title add nothing; the responsible party is named when given.
  const extra = m.deliverables.filter((d) => d !== m.title).map((d) => `<li>${wrappablePlanText(d)}</li>`);
  if (m.responsible !== undefined) extra.push(`<li class="responsible">${escapeHtml(word(locale, 'Responsible', 'Ansvarlig'))}: ${wrappablePlanText(m.responsible)}</li>`);
  const cells = [
    // Ids may be long too (a tester's 73-character id widened the table as a long title did): they break as titles do.
    `<td>${wrappablePlanText(r.id)}</td>`,
    `<td>${wrappablePlanText(r.title)}${extra.length > 0 ? `<ul class="deliverables">${extra.join('')}</ul>` : ''}</td>`,
    `<td class="date">${formatDate(r.baseline, locale)}</td>`,
    `<td class="date">${formatShownDate(r.projected, locale)}</td>`,
    `<td class="date">${formatShownDate(r.latest, locale)}</td>`,
    `<td class="num">${r.float ?? ABSENT}</td>`,
    `<td class="${chooseStateClass(r)}">${escapeHtml(formatStateMarks(r))}</td>`,
    `<td>${r.driver === undefined ? '' : wrappablePlanText(r.driver)}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

function* meetingTable(bodies: ReturnType<typeof buildTimeline>['bodies'], locale: Locale): Generator<string> {
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const head = [w('Date', 'Dato'), w('Body', 'Organ'), w('Meeting', 'Møte'), w('Location', 'Sted')];
  const all = bodies.flatMap((b) => b.meetings.map((m) => ({ m, name: b.body?.name })));
  const rows = all.sort((x, y) => x.m.date - y.m.date || (x.m.ref < y.m.ref ? -1 : x.m.ref > y.m.ref ? 1 : 0)).map(({ m, name }) =>
    `<tr><td class="date">${formatDate(m.date, locale)}</td><td>${escapePlanText(m.body)}</td><td>${wrappablePlanText(m.title ?? name ?? m.ref)}</td><td>${wrappablePlanText(m.location ?? '')}</td></tr>`);
  yield '<table>';
  yield `<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  yield '<tbody>';
  yield* rows.length === 0 ? [''] : rows;
  yield '</tbody>';
  yield '</table>';
}
