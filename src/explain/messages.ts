// An explanation as messages in sections, rendered per locale by the text report and the language server's hover.
import { flattenText } from '../report/safe-text.js';
import { writtenOrNull, type DateValue } from '../calendar/index.js';
import { msg, msg0, type Message } from '../messages/index.js';
import type { MeetingName } from '../messages/data/rules.js';
import type { ShownDate } from '../messages/types.js';
import type { Workspace } from '../model/types.js';
import type { Explanation } from './explain.js';
import type { LatestFrom } from '../schedule/latest-from.js';

export interface ExplanationMessages {
  readonly heading: Message;
  /** Projected, latest, float. */
  readonly summary: readonly Message[];
  readonly chainHeading: Message;
  readonly chain: readonly Message[];
  /** The ref each chain message starts with (the text report lines their dates up by them). */
  readonly chainRefs: readonly string[];
  readonly nonWorkingHeading: Message;
  readonly nonWorking: readonly Message[];
  readonly meetingsHeading: Message;
  readonly meetings: readonly Message[];
}

export function shownDate(v: DateValue): ShownDate {
  return v.isPeriod ? { day: v.day, written: v.written } : { day: v.day };
}

export function explanationMessages(ws: Workspace, e: Explanation): ExplanationMessages {
  const ref = (n: number): string => ws.milestones[n]!.ref;
  const m = ws.milestones[e.node]!;
  // One line: a title written on two lines reads as words, not `\n` (report/safe-text.ts flattenText).
  const title = flattenText(m.gate === undefined ? m.title : (ws.gates?.[m.gate]?.title ?? m.title));
  const chain = e.chain.map((step, i) => (i === 0
    ? msg('explain.chain.first', { ref: ref(step.node), projected: step.projected, field: fieldOf(ws, step.node), duration: writtenOrNull(step.duration) })
    : msg('explain.chain.step', { ref: ref(step.node), projected: step.projected, predecessor: ref(e.chain[i - 1]!.node), type: step.type ?? 'FS', lag: writtenOrNull(step.lag), duration: writtenOrNull(step.duration) })));
  const meetingName = (k: number): MeetingName | null => (k < 0 ? null : { ref: ws.meetings[k]!.ref, date: ws.meetings[k]!.ref.includes('@') ? null : ws.meetings[k]!.date });
  const meetings = (e.meetings?.entries ?? []).map((x) => (x.status === 'missing'
    ? msg('explain.meeting.missing', { body: x.body, earlier: meetingName(x.nearestEarlier), before: meetingName(x.nearestBefore), after: meetingName(x.nearestAfter), sameDay: x.nearestBefore >= 0 && ws.meetings[x.nearestBefore]!.date === m.current })
    : msg('explain.meeting', { body: x.body, meeting: meetingName(x.meeting)!, status: x.status, listed: x.isListed, required: x.isRequired })));
  return {
    heading: msg('explain.heading', { ref: m.ref, title, kind: e.kind }),
    summary: [
      msg('explain.projected', { projected: e.projected, field: e.currentField, current: shownDate(e.current), driver: e.driver >= 0 ? ref(e.driver) : null }),
      msg('explain.latest', { latest: e.latest, from: latestMessage(ws, e.latestFrom) }),
      msg('explain.float', { float: e.float, critical: e.isCritical }),
    ],
    chainHeading: msg0('explain.chain'),
    chain,
    chainRefs: e.chain.map((step) => ref(step.node)),
    nonWorkingHeading: e.nonWorkingDays.length > 0 ? msg('explain.non-working', { count: e.nonWorkingDays.length }) : msg0('explain.non-working.none'),
    nonWorking: e.nonWorkingDays.map((d) => msg('explain.non-working.day', { day: d.day, name: d.reason })),
    meetingsHeading: e.meetings === undefined
      ? msg0('explain.meetings.none')
      : msg('explain.meetings', { interval: { from: Number.isFinite(e.meetings.from) ? e.meetings.from : null, to: e.meetings.to } }),
    meetings,
  };
}

function fieldOf(ws: Workspace, n: number): 'actual' | 'forecast' | 'date' | 'decided' {
  const m = ws.milestones[n]!;
  const gate = m.gate === undefined ? undefined : ws.gates?.[m.gate];
  if (gate !== undefined) return gate.decided ? 'decided' : 'date';
  return m.actual ? 'actual' : m.forecast ? 'forecast' : 'date';
}

function latestMessage(ws: Workspace, from: LatestFrom): Message {
  switch (from.kind) {
    case 'deadline':
      return msg('explain.latest.deadline', { deadline: shownDate(from.deadline) });
    case 'successor':
      return msg('explain.latest.successor', { successor: ws.milestones[from.successor]!.ref, type: from.type, lag: writtenOrNull(from.lag), bound: from.bound?.day ?? null, shown: from.bound?.shown ?? null });
    case 'plan-finish':
      return msg('explain.latest.plan-finish', { plan: ws.plans[from.plan]!.id, finish: shownDate(from.finish) });
    case 'plan-end':
      return msg('explain.latest.plan-end', { plan: ws.plans[from.plan]!.id, ref: from.node >= 0 ? ws.milestones[from.node]!.ref : null, leftOut: from.isLeftOut });
  }
}
