// `meetings --format json` (SPEC §8): milestones with required bodies or listed meetings, each body's latest admissible meeting.
import { formatDay } from '../../calendar/index.js';
import { dateFields } from '../date-fields.js';
import { LazyJsonArray, safeJsonChunks, safeJsonText } from '../json-stream.js';
import type { MeetingsReport, MeetingsRow } from './model.js';

function toJsonRow(row: MeetingsRow): object {
  return {
    ref: row.ref,
    plan: row.plan,
    id: row.id,
    ...dateFields('date', row.current),
    ok: row.isOk,
    bodies: row.bodies.filter((b) => b.isRequired).map((b) => ({
      body: b.body,
      ok: b.meeting !== undefined,
      meeting: b.meeting?.ref ?? null,
      nearest_before: b.nearestBefore?.ref ?? null,
      nearest_after: b.nearestAfter?.ref ?? null,
    })),
    listed_outside: row.outside.map((o) => o.meeting.ref),
  };
}

function toJsonDocument(report: MeetingsReport): object {
  const { rows } = report;
  return {
    today: formatDay(report.today),
    milestones: new LazyJsonArray(rows.length, (i) => toJsonRow(rows[i]!)),
    summary: { milestones: report.summary.milestones, ok: report.summary.ok, missing: report.summary.missing },
  };
}

export function formatMeetingsJson(report: MeetingsReport): string {
  return safeJsonText(toJsonDocument(report));
}

/** The JSON in pieces that end at line ends (json-stream.ts): at 100,000 milestones one string peaked at 629 MB. */
export function meetingsJsonChunks(report: MeetingsReport): Iterable<string> {
  return safeJsonChunks(toJsonDocument(report));
}
