// `milepel export --format ics`: an RFC 5545 calendar with an all-day event per milestone (at its projected date) and per meeting.
import { formatDay, type DayNumber } from '../../calendar/index.js';
import type { Meeting, Workspace } from '../../model/types.js';
import { buildTimeline, type MilestoneRow, type TimelineSource } from '../gantt/timeline.js';
import { contentLineChunks, escapeIcsLine, escapeIcsLines, escapeIcsText } from './ics-text.js';
import { joinChunks } from '../chunks.js';
import { LAST_DAY } from '../../schedule/date-range.js';

/** `20190901`: the DATE value form. */
function icsDate(day: DayNumber): string {
  return formatDay(day).replace(/-/g, '');
}

/**
 * The end of a one-day event: DTEND is exclusive (the next day), but the day after 9999-12-31 has no DATE value
 * (RFC 5545 years have four digits), so an event on that day says `DURATION:P1D` instead, which means the same.
 */
function dayEnd(day: DayNumber): string {
  return day >= LAST_DAY ? 'DURATION:P1D' : `DTEND;VALUE=DATE:${icsDate(day + 1)}`;
}

/** Ids never hold `,` `;` or `\`, but a UID is TEXT: escaped all the same. */
function uid(ref: string): string {
  return `${escapeIcsText(ref)}@milepel`;
}

function stateWords(r: MilestoneRow): string[] {
  const words: string[] = [];
  if (r.isDone) words.push('done');
  if (r.isLate) words.push('late');
  if (r.isCritical) words.push('critical');
  if (r.isPushed) words.push(`pushed by ${r.driver ?? '?'}`);
  return words;
}

/** No event for a milestone whose projected date is left out (date-range, SPEC §4): it has no day to be on. */
function milestoneEvent(ws: Workspace, r: MilestoneRow, stamp: string): string[] {
  if (r.projected === null) return [];
  const m = ws.milestones[r.index]!;
  const plan = ws.plans[m.plan]!;
  const words = stateWords(r);
  const description = [
    `${m.ref} (${plan.title})`,
    `planned ${formatDay(r.baseline)}, projected ${formatDay(r.projected)}${r.latest === null ? '' : `, latest ${formatDay(r.latest)}`}, float ${r.float} working days`,
    ...(words.length > 0 ? [`status: ${words.join(', ')}`] : []),
    ...(m.responsible === undefined ? [] : [`responsible: ${m.responsible}`]),
    ...m.deliverables.map((d) => `- ${d}`),
  ];
  return [
    'BEGIN:VEVENT',
    `UID:${uid(m.ref)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(r.projected)}`,
    dayEnd(r.projected),
    `SUMMARY:${escapeIcsLine(`${r.isGate ? 'Decision point ' : ''}${m.id} ${m.title}`)}`,
    `DESCRIPTION:${escapeIcsLines(description)}`,
    `CATEGORIES:${escapeIcsText(r.isGate ? 'gate' : 'milestone')},${escapeIcsText(plan.id)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function meetingEvent(ws: Workspace, m: Meeting, listedBy: readonly string[], stamp: string): string[] {
  const body = ws.bodies[ws.bodyIndex.get(m.body) ?? -1];
  const name = body?.name ?? m.body;
  const description = [`${m.ref} (${name})`, ...(listedBy.length > 0 ? [`milestones: ${listedBy.join(', ')}`] : [])];
  return [
    'BEGIN:VEVENT',
    `UID:${uid(m.ref)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(m.date)}`,
    dayEnd(m.date),
    `SUMMARY:${escapeIcsLine(`${m.body}: ${m.title ?? name}`)}`,
    ...(m.location === undefined ? [] : [`LOCATION:${escapeIcsLine(m.location)}`]),
    `DESCRIPTION:${escapeIcsLines(description)}`,
    `CATEGORIES:${escapeIcsText('meeting')},${escapeIcsText(m.body)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The calendar; DTSTAMP is the status date at midnight UTC, never the clock, so the output is reproducible. */
export function formatIcs(source: TimelineSource, version: string): string {
  return joinChunks(icsChunks(source, version));
}

/** The calendar in pieces that end at line ends: a million milestones' calendar would near V8's string limit as one string. */
export function icsChunks(source: TimelineSource, version: string): Iterable<string> {
  return contentLineChunks(icsLines(source, version));
}

function* icsLines(source: TimelineSource, version: string): Generator<string> {
  const timeline = buildTimeline(source);
  const ws = source.workspace;
  const stamp = `${icsDate(timeline.today)}T000000Z`;
  yield* ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//milepel//milepel ${escapeIcsText(version)}//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const section of timeline.sections) for (const group of section.groups) for (const r of group.rows) yield* milestoneEvent(ws, r, stamp);
  const listed = new Map<number, string[]>();
  for (const x of ws.milestones) {
    for (const l of x.meetings) {
      if (l.meeting < 0) continue;
      const list = listed.get(l.meeting) ?? [];
      if (list[list.length - 1] !== x.ref) list.push(x.ref);
      listed.set(l.meeting, list);
    }
  }
  for (const b of timeline.bodies) for (const m of b.meetings) yield* meetingEvent(ws, m, listed.get(m.index) ?? [], stamp);
  yield 'END:VCALENDAR';
}
