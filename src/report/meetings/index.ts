// `milepel meetings` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatMeetingsJson, meetingsJsonChunks } from './json.js';
import type { MeetingsReport } from './model.js';
import { formatMeetingsText, meetingsTextChunks } from './text.js';

export const meetingsFormatNames = ['text', 'json', 'xlsx'] as const;
export type MeetingsFormat = (typeof meetingsFormatNames)[number];
/** The formats that are text (xlsx is bytes, written by the CLI from meetingsSheets). */
export type MeetingsTextFormat = Exclude<MeetingsFormat, 'xlsx'>;

export function formatMeetings(format: MeetingsTextFormat, report: MeetingsReport, options: FormatOptions): string {
  return format === 'json' ? formatMeetingsJson(report) : formatMeetingsText(report, options);
}

/** The same text as formatMeetings, in pieces to write one after another (the text matrix is never one string). */
export function meetingsChunks(format: MeetingsTextFormat, report: MeetingsReport, options: FormatOptions): Iterable<string> {
  return format === 'json' ? meetingsJsonChunks(report) : meetingsTextChunks(report, options);
}

export { meetingsSheets } from './sheet.js';
export { buildMeetingsReport, type MeetingsReport, type MeetingsSource } from './model.js';
