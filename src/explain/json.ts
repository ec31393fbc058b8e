// `milepel explain --format json` (SPEC §14): {ref, projected, latest, float, driver, chain, non_working_days, latest_from, meetings}.
import { formatDay, formatDuration } from '../calendar/index.js';
import { renderMessage, type Locale } from '../messages/index.js';
import type { Workspace } from '../model/types.js';
import { stringifySafeJson } from '../report/safe-text.js';
import type { Explanation } from './explain.js';
import type { LatestFrom } from '../schedule/latest-from.js';

/** A date left out (SPEC §4 `date-range`) is null, its key kept (§8). */
function formatShown(day: number | null): string | null {
  return day === null ? null : formatDay(day);
}

export function explanationJson(ws: Workspace, e: Explanation, locale: Locale): unknown {
  const m = ws.milestones[e.node]!;
  const ref = (n: number): string | null => (n >= 0 ? ws.milestones[n]!.ref : null);
  const meeting = (k: number): string | null => (k >= 0 ? ws.meetings[k]!.ref : null);
  const current = e.current;
  return {
    ref: m.ref, plan: ws.plans[m.plan]!.id, id: m.id, kind: e.kind,
    title: m.gate === undefined ? m.title : (ws.gates?.[m.gate]?.title ?? m.title),
    current: formatDay(current.day), ...(current.isPeriod ? { current_as_written: current.written } : {}), current_from: e.currentField,
    projected: formatShown(e.projected), latest: formatShown(e.latest), float: e.float, critical: e.isCritical, driver: ref(e.driver),
    chain: e.chain.map((step) => ({
      ref: ref(step.node), projected: formatShown(step.projected),
      lag: step.lag === undefined ? null : formatDuration(step.lag), type: step.type ?? null, duration: formatDuration(step.duration),
    })),
    non_working_days: e.nonWorkingDays.map((d) => ({ date: formatDay(d.day), name: renderMessage(d.reason, locale) })),
    latest_from: latestJson(ws, e.latestFrom, formatShown(e.latest)),
    meetings: (e.meetings?.entries ?? []).map((x) => ({
      body: x.body, meeting: meeting(x.meeting), date: x.meeting >= 0 ? formatDay(ws.meetings[x.meeting]!.date) : null,
      required: x.isRequired, listed: x.isListed, status: x.status, ok: x.status === 'admissible',
      nearest_before: meeting(x.nearestBefore), nearest_after: meeting(x.nearestAfter),
    })),
    governance: e.meetings === undefined ? null : {
      from: Number.isFinite(e.meetings.from) ? formatDay(e.meetings.from) : null, to: formatDay(e.meetings.to), ok: e.meetings.ok,
    },
  };
}

export function formatExplainJson(ws: Workspace, e: Explanation, locale: Locale): string {
  return stringifySafeJson(explanationJson(ws, e, locale));
}

/** `date` is the latest date the source allows the node: l(M) itself, the one that binds. */
function latestJson(ws: Workspace, from: LatestFrom, date: string | null): { kind: string; ref: string | null; date: string | null; type?: string; lag?: string } {
  switch (from.kind) {
    case 'deadline':
      return { kind: 'deadline', ref: null, date: formatDay(from.deadline.day) };
    case 'successor':
      return { kind: 'successor', ref: ws.milestones[from.successor]!.ref, date, type: from.type, lag: formatDuration(from.lag) };
    case 'plan-finish':
      return { kind: 'plan-finish', ref: null, date: formatDay(from.finish.day) };
    case 'plan-end':
      return { kind: 'plan-end', ref: from.node >= 0 ? ws.milestones[from.node]!.ref : null, date };
  }
}
