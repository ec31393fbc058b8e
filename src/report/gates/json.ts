// `gates --format json` (SPEC §12): {"today", "gates": [{"ref", "model", "date", "decided", "body", "meeting",
// "ready": {"milestone", "projected", "lead", "margin"}, "ok"}]}; margin in working days, absent values null.
import { formatDay } from '../../calendar/index.js';
import { optionalDateFields } from '../date-fields.js';
import { stringifySafeJson } from '../safe-text.js';
import type { GatesReport } from './model.js';

export function formatGatesJson(report: GatesReport): string {
  return stringifySafeJson({
    today: formatDay(report.today),
    gates: report.rows.map((r) => ({
      ref: r.ref,
      title: r.title,
      model: r.model ?? null,
      ...optionalDateFields('date', r.date),
      decided: r.decided === undefined ? null : formatDay(r.decided),
      body: r.body ?? null,
      meeting: r.meeting ?? null,
      ready: r.ready === undefined ? null : { milestone: r.ready.milestone, projected: r.ready.projected === null ? null : formatDay(r.ready.projected), lead: r.ready.lead, margin: r.ready.margin === null ? null : r.ready.margin + 0 },
      ok: r.ok,
    })),
  });
}
