// `meetings` as text: a one-line summary, the milestones × bodies matrix, then what is missing and what lies outside.
import { joinChunks, lineChunks } from '../chunks.js';
import type { DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate } from '../locale.js';
import { msg, renderMessage } from '../../messages/index.js';
import { flattenText } from '../safe-text.js';
import { cutId, truncate } from '../table.js';
import { createStyle } from '../validate/style.js';
import { append } from '../arrays.js';
import { drawMatrix } from './matrix.js';
import { hasMissing, type ListedOutside, type MeetingName, type MeetingsReport, type MeetingsRow } from './model.js';
import { meetingsMessages, type MeetingsMessages } from './messages.js';
import { wrapItems, wrapWords } from '../wrap.js';

/** A meeting by its reference, with its date when the reference does not already carry it. */
function showMeeting(m: MeetingName, options: FormatOptions): string {
  return flattenText(m.ref.includes('@') ? m.ref : `${m.ref} (${formatDate(m.date, options.locale)})`);
}

function distance(meeting: DayNumber, milestone: DayNumber, words: MeetingsMessages): string {
  return meeting <= milestone ? words.daysBefore(milestone - meeting) : words.daysAfter(meeting - milestone);
}

/**
 * The summary, in lines of the width: the sentence wrapped at spaces, naming the milestones that lack a meeting, then
 * those that only list one outside their interval (§4.2 rule 1: a tester read "The milestone has a preceding board
 * meeting." over one validate failed), as many as about three lines hold and how many more (the sentence was cut to
 * one line, and at --width 40 its count with it: a tester's finding). A name wider than a line is cut as the tables
 * cut ids.
 */
function summaryLines(report: MeetingsReport, words: MeetingsMessages, name: (r: MeetingsRow) => string, width: number): string[] {
  const { milestones, missing } = report.summary;
  if (milestones === 0) return wrapWords(words.empty, width, '', '');
  if (missing === 0) return wrapWords(words.allOk(milestones), width, '', '');
  const indent = '  ';
  const room = width - indent.length - 1;
  let used = 0;
  const idsOf = (rows: readonly MeetingsRow[]): string => {
    const shown: string[] = [];
    for (const row of rows) {
      const id = cutId(name(row), room);
      if (shown.length > 0 && used + id.length + 2 > 3 * width) break;
      shown.push(id);
      used += id.length + 2;
    }
    return shown.join(', ') + (rows.length > shown.length ? ` ${words.more(rows.length - shown.length)}` : '');
  };
  const lacking = report.rows.filter(hasMissing);
  const outsideOnly = report.rows.filter((r) => !r.isOk && !hasMissing(r));
  const parts: string[] = [];
  if (lacking.length > 0) parts.push(words.summary(lacking.length, milestones, idsOf(lacking)));
  if (outsideOnly.length > 0) parts.push(words.listedOutside(outsideOnly.length, parts.length === 0 ? milestones : undefined, idsOf(outsideOnly)));
  return wrapWords(parts.join('; '), width, '', indent);
}

function missingNotes(report: MeetingsReport, options: FormatOptions, words: MeetingsMessages, name: (r: MeetingsRow) => string): string[] {
  const lines: string[] = [];
  for (const row of report.rows) {
    for (const b of row.bodies) {
      if (!b.isRequired || b.meeting) continue;
      const near = [
        // One on the milestone's day is not called "before" (tester round 33 F4): "nearest X (on the same day)", after
        // the nearest before that day (tester round 101 F1).
        b.nearestEarlier ? `${words.nearestBefore} ${showMeeting(b.nearestEarlier, options)} (${distance(b.nearestEarlier.date, row.current.day, words)})` : '',
        b.nearestBefore ? `${b.nearestBefore.date === row.current.day ? words.nearestSameDay : words.nearestBefore} ${showMeeting(b.nearestBefore, options)} (${distance(b.nearestBefore.date, row.current.day, words)})` : '',
        b.nearestAfter ? `${words.nearestAfter} ${showMeeting(b.nearestAfter, options)} (${distance(b.nearestAfter.date, row.current.day, words)})` : '',
        b.unlisted ? words.notListed(showMeeting(b.unlisted, options)) : '',
      ].filter(Boolean).join('; ');
      const body = flattenText(b.body);
      // An empty interval: no meeting near it could ever count (a tester was offered the nearest one to list).
      const why = row.from > row.to ? renderMessage(msg('governance.no-day', { from: row.from, to: row.to }), options.locale) : near || words.noneMeetings(body);
      append(lines, wrapWords(`${name(row)} ${body}: ${why}`, options.width, '  ', '      '));
    }
  }
  return lines;
}

function outsideNote(row: MeetingsRow, o: ListedOutside, options: FormatOptions, words: MeetingsMessages): string {
  const c = row.current.day;
  const why = o.placement < 0
    ? words.tooEarly(formatDate(row.from, options.locale))
    : o.meeting.date > c ? distance(o.meeting.date, c, words) : `${distance(o.meeting.date, c, words)}; ${words.insideLead(formatDate(row.to, options.locale))}`;
  return `${showMeeting(o.meeting, options)} (${why})`;
}

/** The text report as one string (tests, small reports): the pieces of meetingsTextChunks joined. */
export function formatMeetingsText(report: MeetingsReport, options: FormatOptions): string {
  return joinChunks(meetingsTextChunks(report, options));
}

/** The text report in pieces that end at line ends: a million milestones' matrix is never one string. */
export function meetingsTextChunks(report: MeetingsReport, options: FormatOptions): Iterable<string> {
  return lineChunks(meetingsTextLines(report, options));
}

/** The report's lines, made as they are written (the matrix of 100,000 milestones is never held whole). */
function* meetingsTextLines(report: MeetingsReport, options: FormatOptions): Generator<string> {
  const words = meetingsMessages(options.locale);
  const style = createStyle(options.color);
  const qualify = report.planCount > 1;
  const name = (r: MeetingsRow): string => flattenText(qualify ? r.ref : r.id);
  for (const line of summaryLines(report, words, name, options.width)) yield report.summary.missing > 0 ? style.bold(style.red(line)) : style.bold(line);
  if (report.rows.length === 0) return;
  yield '';
  yield* drawMatrix(report, options, words, style, qualify);
  const missing = missingNotes(report, options, words, name);
  if (missing.length > 0) yield* ['', style.bold(truncate(words.missingHeading, options.width))].concat(missing);
  const outside = report.rows.filter((r) => r.outside.length > 0);
  if (outside.length > 0) {
    // Without a window a listed meeting can only be too late (SPEC §4.2): say that, not "outside the window".
    yield* ['', style.bold(truncate(words.outsideHeading(outside.some((r) => r.outside.some((o) => o.placement < 0))), options.width))];
    for (const row of outside) {
      yield* wrapWords(`${name(row)}: ${row.outside.map((o) => outsideNote(row, o, options, words)).join(', ')}`, options.width, '  ', '      ');
    }
  }
  yield* ['', ...wrapItems(words.legend(report.rows.some((r) => Number.isFinite(r.from))), options.width).map(style.dim)];
}
