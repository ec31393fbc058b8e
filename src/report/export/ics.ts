// `milepel export --format ics`: an RFC 5545 calendar with an all-day event per milestone (at its projected date) and per meeting.
import { buildTimeline, type TimelineSource } from '../gantt/timeline.js';
import { escapeIcsText, foldLine } from './ics-text.js';
import { eventContext, icsDate, meetingEvent, milestoneEvent } from './ics-event.js';
import { joinChunks, PIECE } from '../chunks.js';
import type { Locale } from '../locale.js';

/**
 * The calendar; DTSTAMP is the status date at midnight UTC, never the clock, so the output is reproducible. The
 * events' descriptions are in `locale` (SPEC §15), their dates DD.MM.YYYY under nb.
 */
export function formatIcs(source: TimelineSource, version: string, locale: Locale = 'en'): string {
  return joinChunks(icsChunks(source, version, locale));
}

/** What icsChunks counted as it wrote: the events (0 once it is done means a calendar without one). */
export interface IcsCount {
  events: number;
}

/**
 * The calendar in pieces of about PIECE units that end at line ends: a million milestones' calendar would near V8's
 * string limit as one string, and the CLI's workflow-command guard looks at line starts.
 */
export function* icsChunks(source: TimelineSource, version: string, locale: Locale = 'en', count: IcsCount = { events: 0 }): Generator<string> {
  let piece = '';
  for (const text of icsTexts(source, version, locale, count)) {
    piece += text;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

/**
 * The calendar's header, events and end, each a text of whole content lines, the events counted into `count`. No
 * METHOD: PUBLISH is an iTIP method (RFC 5546 §3.2.1), which asks for an ORGANIZER in every event; a calendar without
 * METHOD is a plain calendar, as a feed or a file to import is (tester round 16 #8).
 */
function* icsTexts(source: TimelineSource, version: string, locale: Locale, count: IcsCount): Generator<string> {
  const timeline = buildTimeline(source);
  const ws = source.workspace;
  const ctx = eventContext(ws, `${icsDate(timeline.today)}T000000Z`, locale);
  yield `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${foldLine(`PRODID:-//milepel//milepel ${escapeIcsText(version)}//EN`)}\r\nCALSCALE:GREGORIAN\r\n`;
  for (const section of timeline.sections) {
    for (const group of section.groups) {
      for (const r of group.rows) {
        const event = milestoneEvent(ctx, r);
        if (event !== '') count.events++;
        yield event;
      }
    }
  }
  const listed = new Map<number, string[]>();
  for (const x of ws.milestones) {
    for (const l of x.meetings) {
      if (l.meeting < 0) continue;
      const list = listed.get(l.meeting) ?? [];
      if (list[list.length - 1] !== x.ref) list.push(x.ref);
      listed.set(l.meeting, list);
    }
  }
  for (const b of timeline.bodies) {
    for (const m of b.meetings) {
      const event = meetingEvent(ctx, m, listed.get(m.index) ?? []);
      if (event !== '') count.events++;
      yield event;
    }
  }
  yield 'END:VCALENDAR\r\n';
}
