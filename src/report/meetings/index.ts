// `milepel meetings` formats: name → pure formatter of the report data.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatMeetingsJson } from './json.js';
import type { MeetingsReport } from './model.js';
import { formatMeetingsText } from './text.js';

export const meetingsFormatNames = ['text', 'json'] as const;
export type MeetingsFormat = (typeof meetingsFormatNames)[number];

export function formatMeetings(format: MeetingsFormat, report: MeetingsReport, options: FormatOptions): string {
  return format === 'json' ? formatMeetingsJson(report) : formatMeetingsText(report, options);
}

export { buildMeetingsReport, type MeetingsReport, type MeetingsSource } from './model.js';
