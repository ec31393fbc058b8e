// The VEVENTs of the iCalendar export, each written as one text of folded content lines (issue #18: no array of lines
// per event, and what a day or a plan contributes made once).
import { formatDay, type DayNumber } from '../../calendar/index.js';
import { formatDate, type Locale } from '../locale.js';
import type { Meeting, Milestone, Workspace } from '../../model/types.js';
import type { MilestoneRow } from '../gantt/timeline.js';
import { LAST_DAY } from '../../schedule/date-range.js';
import { ContentLine } from './ics-fold.js';
import { escapeIcsLine, escapeIcsLines, escapeIcsPart, escapeIcsText, foldLine } from './ics-text.js';

const EVENT_END = 'TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n';

/** The fixed words of the events' texts, in the run's locale (SPEC §15: every text output; as mermaid and html). */
interface IcsWords {
  readonly decisionPoint: string;
  readonly planned: string;
  readonly projected: string;
  readonly latest: string;
  readonly float: string;
  /** `1 working day`, `3 working days`. */
  readonly workingDays: (n: number) => string;
  readonly status: string;
  readonly done: string;
  readonly late: string;
  readonly critical: string;
  readonly pushedBy: string;
  readonly responsible: string;
  readonly milestones: string;
}

const WORDS: Readonly<Record<Locale, IcsWords>> = {
  en: {
    decisionPoint: 'Decision point', planned: 'planned', projected: 'projected', latest: 'latest', float: 'float',
    workingDays: (n) => `${n} working ${n === 1 || n === -1 ? 'day' : 'days'}`,
    status: 'status', done: 'done', late: 'late', critical: 'critical', pushedBy: 'pushed by', responsible: 'responsible', milestones: 'milestones',
  },
  nb: {
    decisionPoint: 'Beslutningspunkt', planned: 'planlagt', projected: 'beregnet', latest: 'seneste', float: 'slakk',
    workingDays: (n) => `${n} ${n === 1 || n === -1 ? 'arbeidsdag' : 'arbeidsdager'}`,
    status: 'status', done: 'fullført', late: 'forsinket', critical: 'kritisk', pushedBy: 'skjøvet av', responsible: 'ansvarlig', milestones: 'milepæler',
  },
};

/** What the events of one calendar share, with the texts of each day and plan made on first use. */
export interface EventContext {
  readonly ws: Workspace;
  readonly locale: Locale;
  readonly words: IcsWords;
  /** The DTSTAMP content line with its CRLF. */
  readonly stampLine: string;
  /** Day → its DTSTART and DTEND (or DURATION) content lines. */
  readonly dayLines: Map<DayNumber, string>;
  /** Plan index → its texts. */
  readonly planTexts: Map<number, PlanTexts>;
}

interface PlanTexts {
  /** The escaped title, or undefined when it holds a line break (the description is then escaped whole). */
  readonly title: string | undefined;
  /** The CATEGORIES content lines of a milestone and of a gate, with their CRLF. */
  readonly milestoneCategories: string;
  readonly gateCategories: string;
}

/** `20190901`: the DATE value form. */
export function icsDate(day: DayNumber): string {
  return formatDay(day).replace(/-/g, '');
}

/** A content line folded and ended with CRLF. */
function contentLine(line: string): string {
  return `${foldLine(line)}\r\n`;
}

/** The context of a calendar whose DTSTAMP is `stamp` (`20190901T000000Z`), its texts in `locale`. */
export function eventContext(ws: Workspace, stamp: string, locale: Locale = 'en'): EventContext {
  return { ws, locale, words: WORDS[locale], stampLine: contentLine(`DTSTAMP:${stamp}`), dayLines: new Map(), planTexts: new Map() };
}

/**
 * The start and end of a one-day event: DTEND is exclusive (the next day), but the day after 9999-12-31 has no DATE
 * value (RFC 5545 years have four digits), so an event on that day says `DURATION:P1D` instead, which means the same.
 */
function dayLinesOf(ctx: EventContext, day: DayNumber): string {
  let lines = ctx.dayLines.get(day);
  if (lines === undefined) {
    const end = day >= LAST_DAY ? 'DURATION:P1D' : `DTEND;VALUE=DATE:${icsDate(day + 1)}`;
    lines = `${contentLine(`DTSTART;VALUE=DATE:${icsDate(day)}`)}${contentLine(end)}`;
    ctx.dayLines.set(day, lines);
  }
  return lines;
}

function planTextsOf(ctx: EventContext, plan: number): PlanTexts {
  let texts = ctx.planTexts.get(plan);
  if (texts === undefined) {
    const p = ctx.ws.plans[plan]!;
    const id = escapeIcsText(p.id);
    texts = { title: escapeIcsPart(p.title), milestoneCategories: contentLine(`CATEGORIES:milestone,${id}`), gateCategories: contentLine(`CATEGORIES:gate,${id}`) };
    ctx.planTexts.set(plan, texts);
  }
  return texts;
}

/** Ids never hold `,` `;` or `\`, but a UID is TEXT: escaped all the same. */
function uidLine(ref: string): string {
  return contentLine(`UID:${escapeIcsText(ref)}@milepel`);
}

function stateWords(w: IcsWords, r: MilestoneRow): string[] {
  const words: string[] = [];
  if (r.isDone) words.push(w.done);
  if (r.isLate) words.push(w.late);
  if (r.isCritical) words.push(w.critical);
  if (r.isPushed) words.push(`${w.pushedBy} ${r.driver ?? '?'}`);
  return words;
}

/** `planned …, projected …, latest …, float n working days`, unescaped; a latest date or float left out, not written. */
function datesLine(ctx: EventContext, r: MilestoneRow & { projected: DayNumber }): string {
  const { words: w, locale } = ctx;
  const latest = r.latest === null ? '' : `, ${w.latest} ${formatDate(r.latest, locale)}`;
  const float = r.float === null ? '' : `, ${w.float} ${w.workingDays(r.float)}`;
  return `${w.planned} ${formatDate(r.baseline, locale)}, ${w.projected} ${formatDate(r.projected, locale)}${latest}${float}`;
}

/** The lines of a milestone's DESCRIPTION, unescaped: what {@link milestoneDescriptionLine} writes. */
function milestoneDescriptionLines(ctx: EventContext, m: Milestone, r: MilestoneRow & { projected: DayNumber }): string[] {
  const w = ctx.words;
  const words = stateWords(w, r);
  return [
    `${m.ref} (${ctx.ws.plans[m.plan]!.title})`,
    datesLine(ctx, r),
    ...(words.length > 0 ? [`${w.status}: ${words.join(', ')}`] : []),
    ...(m.responsible === undefined ? [] : [`${w.responsible}: ${m.responsible}`]),
    ...m.deliverables.map((d) => `- ${d}`),
  ];
}

/** `status: …` escaped (its commas), or '' for none; undefined when the driver's ref holds a line break. */
function escapedStatus(w: IcsWords, r: MilestoneRow): string | undefined {
  let words = '';
  const add = (word: string): void => void (words = words === '' ? word : `${words}\\, ${word}`);
  if (r.isDone) add(w.done);
  if (r.isLate) add(w.late);
  if (r.isCritical) add(w.critical);
  if (r.isPushed) {
    const driver = escapeIcsPart(r.driver ?? '?');
    if (driver === undefined) return undefined;
    add(`${w.pushedBy} ${driver}`);
  }
  return words === '' ? '' : `\\n${w.status}: ${words}`;
}

/**
 * The DESCRIPTION content line with escapeIcsLines(milestoneDescriptionLines(…)) as its value, written and folded piece
 * by piece: the plan's texts escaped one by one, the fixed words already escaped. Undefined when a text holds a line
 * break, which only the whole value's escape gets right.
 */
function milestoneDescriptionLine(ctx: EventContext, m: Milestone, title: string | undefined, r: MilestoneRow & { projected: DayNumber }): string | undefined {
  const w = ctx.words;
  const ref = escapeIcsPart(m.ref);
  const status = escapedStatus(w, r);
  const responsible = m.responsible === undefined ? '' : escapeIcsPart(m.responsible);
  if (ref === undefined || title === undefined || status === undefined || responsible === undefined) return undefined;
  // The fixed words hold no `,` `;` `\` or line break of their own: datesLine's commas are the only ones to escape.
  const line = new ContentLine().ascii('DESCRIPTION:').text(ref).ascii(' (').text(title)
    .ascii(')\\n').text(datesLine(ctx, r).replaceAll(',', '\\,'))
    .text(status);
  if (m.responsible !== undefined) line.ascii('\\n').text(`${w.responsible}: `).text(responsible);
  for (const d of m.deliverables) {
    const deliverable = escapeIcsPart(d);
    if (deliverable === undefined) return undefined;
    line.ascii('\\n- ').text(deliverable);
  }
  return line.end();
}

/**
 * A milestone's event at its projected date; '' for a milestone whose projected date is left out (date-range, SPEC §4):
 * it has no day to be on.
 */
export function milestoneEvent(ctx: EventContext, r: MilestoneRow): string {
  if (r.projected === null) return '';
  const row = r as MilestoneRow & { projected: DayNumber };
  const m = ctx.ws.milestones[r.index]!;
  const plan = planTextsOf(ctx, m.plan);
  const description = milestoneDescriptionLine(ctx, m, plan.title, row) ?? contentLine(`DESCRIPTION:${escapeIcsLines(milestoneDescriptionLines(ctx, m, row))}`);
  const summary = new ContentLine().ascii('SUMMARY:').text(escapeIcsLine(`${r.isGate ? `${ctx.words.decisionPoint} ` : ''}${m.id} ${m.title}`)).end();
  return `BEGIN:VEVENT\r\n${uidLine(m.ref)}${ctx.stampLine}${dayLinesOf(ctx, r.projected)}${summary}${description}${r.isGate ? plan.gateCategories : plan.milestoneCategories}${EVENT_END}`;
}

/** A meeting's event; `listedBy` are the refs of the milestones that list it. */
export function meetingEvent(ctx: EventContext, m: Meeting, listedBy: readonly string[]): string {
  const body = ctx.ws.bodies[ctx.ws.bodyIndex.get(m.body) ?? -1];
  const name = body?.name ?? m.body;
  const description = [`${m.ref} (${name})`, ...(listedBy.length > 0 ? [`${ctx.words.milestones}: ${listedBy.join(', ')}`] : [])];
  const location = m.location === undefined ? '' : contentLine(`LOCATION:${escapeIcsLine(m.location)}`);
  return `BEGIN:VEVENT\r\n${uidLine(m.ref)}${ctx.stampLine}${dayLinesOf(ctx, m.date)}${contentLine(`SUMMARY:${escapeIcsLine(`${m.body}: ${m.title ?? name}`)}`)}${location}${contentLine(`DESCRIPTION:${escapeIcsLines(description)}`)}${contentLine(`CATEGORIES:meeting,${escapeIcsText(m.body)}`)}${EVENT_END}`;
}
