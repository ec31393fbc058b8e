// meeting-before-milestone (SPEC §4.2): listed meetings lie in the admissible interval; every required body has met.
import { msg, type Message } from '../messages/index.js';
import type { Interval } from '../messages/data/rules.js';
import type { Milestone, Workspace } from '../model/types.js';
import { checkMeetingsBeforeMilestone, meetsMeetingsBeforeMilestone, type BodyCheck, type MeetingsBeforeMilestone } from '../schedule/meeting-before-milestone.js';
import { latestMeetingIn, meetingsByBody } from '../schedule/meetings-by-body.js';
import { nextAdmitting } from '../schedule/next-admitting.js';
import type { Finding, Rule } from './rule.js';
import { currentDateOrigin, fieldOrigin, moveAfter, nearestMeetings, showDuration, shownDate } from './where.js';

export const meetingBeforeMilestone: Rule = {
  id: 'meeting-before-milestone',
  severity: 'error',
  description: 'A meeting listed for a milestone is not in its admissible interval (after it, inside the lead, or before the window), or a required body has no admissible meeting.',
  fix: 'List a meeting of the body that is held in time, move the meeting, or move the milestone.',
  check(ctx) {
    const ws = ctx.workspace;
    const byBody = meetingsByBody(ws);
    for (let i = 0; i < ws.milestones.length; i++) {
      const m = ws.milestones[i]!;
      if (meetsMeetingsBeforeMilestone(ws, byBody, m)) continue;
      const g = checkMeetingsBeforeMilestone(ws, byBody, m);
      if (!g || g.ok) continue;
      // A required body whose listed meetings all fall outside is one problem, not two findings at the same
      // place: rule 2's "no B meeting" is folded into rule 1's finding for the first listed B meeting.
      const folded = new Map<number, Finding>();
      for (const b of g.bodies) {
        if (b.meeting < 0) {
          const link = b.fromList ? m.meetings.findIndex((l) => l.meeting >= 0 && ws.meetings[l.meeting]!.body === b.body) : -1;
          if (link >= 0 && g.listed.some((l) => l.link === link && l.placement !== 0)) folded.set(link, bodyMissing(ws, byBody, m, g, b, ws.meetings[m.meetings[link]!.meeting]!.ref));
          else ctx.report(bodyMissing(ws, byBody, m, g, b, null));
        }
      }
      for (const l of g.listed) {
        if (l.placement === 0) continue;
        const listed = listedOutside(ws, m, g, l.link, l.placement);
        const missing = folded.get(l.link);
        ctx.report(missing ? { ...listed, message: msg('meeting-before-milestone.listed-and-missing', { listed: listed.message, missing: missing.message }), hint: missing.hint ?? listed.hint } : listed);
      }
    }
  },
};

function interval(g: MeetingsBeforeMilestone): Interval {
  return { from: Number.isFinite(g.from) ? g.from : null, to: g.to };
}

function listedOutside(ws: Workspace, m: Milestone, g: MeetingsBeforeMilestone, link: number, placement: -1 | 1): Finding {
  const l = m.meetings[link]!;
  const meeting = ws.meetings[l.meeting]!;
  const { lead, window } = ws.plans[m.plan]!.governance;
  const name = { ref: meeting.ref, date: meeting.ref.includes('@') ? null : meeting.date };
  const current = shownDate(m);
  let message: Message;
  if (placement < 0) message = msg('meeting-before-milestone.too-early', { meeting: name, ref: m.ref, current, window: window ? showDuration(window) : null, opens: g.from });
  else if (meeting.date > g.current) message = msg('meeting-before-milestone.after', { meeting: name, ref: m.ref, current, days: meeting.date - g.current });
  else message = msg('meeting-before-milestone.inside-lead', { meeting: name, ref: m.ref, current, lead: showDuration(lead), latest: g.to });
  return {
    at: l.origin,
    message,
    ref: m.ref,
    hint: msg('meeting-before-milestone.listed.hint', { interval: interval(g), meeting: meeting.ref, id: m.id }),
    related: [{ at: meeting.origin, message: msg('meeting-before-milestone.note.defined', { meeting: meeting.ref }) }],
    plan: m.plan,
  };
}

/** `replacing`: the listed meeting outside the interval this finding is folded into, which must go for it to clear. */
function bodyMissing(ws: Workspace, byBody: ReadonlyMap<string, readonly number[]>, m: Milestone, g: MeetingsBeforeMilestone, b: BodyCheck, replacing: string | null): Finding {
  const firstListed = m.meetings.find((l) => l.meeting >= 0 && ws.meetings[l.meeting]!.body === b.body);
  const k = m.require?.indexOf(b.body) ?? -1;
  const requireIndex = k < 0 ? -1 : (m.requireAt?.[k] ?? k);
  const at = b.fromList && firstListed ? firstListed.origin : requireIndex >= 0 ? fieldOrigin(m, 'require', requireIndex) : currentDateOrigin(m);
  // A meeting in time that the milestone does not list: the hint names it (the nearest meeting before the milestone
  // may be a listed one inside the lead, with an admissible one before it; a tester's finding, session 13).
  const inTime = b.fromList ? latestMeetingIn(ws, byBody.get(b.body) ?? [], g.from, g.to) : -1;
  const plan = ws.plans[m.plan]!;
  const { lead, window } = plan.governance;
  // Moving the milestone helps only with a meeting that can count for it (one it lists, when it lists the body's).
  // On the day offered these must count too: each meeting it lists of the body (rule 1 holds each to the interval;
  // tester round 13 #2), a listed one of another body that counts now (one that does not is another finding), and
  // the meeting that serves another required body now, listed or not (round 14 #1: the move traded one body's
  // finding for another's). A milestone achieved (actual) is not moved (round 13 #3).
  const ownBody = m.meetings.filter((l) => l.meeting >= 0 && ws.meetings[l.meeting]!.body === b.body).map((l) => l.meeting);
  const counting = [...g.listed.filter((l) => l.placement === 0).map((l) => l.meeting), ...g.bodies.filter((o) => o.body !== b.body && o.meeting >= 0).map((o) => o.meeting)];
  const candidates = b.fromList ? ownBody : (byBody.get(b.body) ?? []);
  const move = inTime >= 0 || m.actual !== undefined ? null : nextAdmitting(ws, plan, g.current, g.to, candidates, [...ownBody, ...counting]);
  const hint = inTime >= 0
    ? msg('meeting-before-milestone.missing.hint-list', { meeting: ws.meetings[inTime]!.ref, id: m.id, body: b.body, interval: interval(g), listIt: b.fromList, replacing })
    : msg('meeting-before-milestone.missing.hint-hold', {
      body: b.body, interval: interval(g), id: m.id, listIt: b.fromList, replacing,
      after: moveAfter(ws, move, lead, 'forecast'),
    });
  return {
    at,
    message: msg('meeting-before-milestone.missing', {
      body: b.body, ref: m.ref, current: shownDate(m), amongListed: b.fromList,
      window: window !== undefined ? showDuration(window) : null, lead: lead.n > 0 ? showDuration(lead) : null,
      ...nearestMeetings(ws, b, g.current),
    }),
    ref: m.ref,
    hint,
    plan: m.plan,
  };
}
