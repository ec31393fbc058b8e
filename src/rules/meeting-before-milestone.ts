// meeting-before-milestone (SPEC §4.2): listed meetings lie in the admissible interval; every required body has met.
import { formatDay } from '../calendar/index.js';
import type { Milestone, Workspace } from '../model/types.js';
import { checkGovernance, meetingsByBody, type BodyCheck, type MilestoneGovernance } from '../schedule/governance.js';
import type { Finding, Rule } from './rule.js';
import { currentDateOrigin, fieldOrigin, plural, showDate } from './where.js';

export const meetingBeforeMilestone: Rule = {
  id: 'meeting-before-milestone',
  severity: 'error',
  description: 'A meeting listed for a milestone is not in its admissible interval (after it, inside the lead, or before the window), or a required body has no admissible meeting.',
  fix: 'List a meeting of the body that is held in time, move the meeting, or move the milestone.',
  check(ctx) {
    const ws = ctx.workspace;
    const byBody = meetingsByBody(ws);
    for (const m of ws.milestones) {
      const g = checkGovernance(ws, byBody, m);
      if (!g || g.ok) continue;
      // A required body whose listed meetings all fall outside is one problem, not two at the same place:
      // rule 2's "no B meeting" is folded into rule 1's finding for the first listed B meeting.
      const folded = new Map<number, BodyCheck>();
      for (const b of g.bodies) {
        if (b.meeting >= 0) continue;
        const link = b.fromList ? m.meetings.findIndex((l) => l.meeting >= 0 && ws.meetings[l.meeting]!.body === b.body) : -1;
        if (link >= 0 && g.listed.some((l) => l.link === link && l.placement !== 0)) folded.set(link, b);
        else ctx.report(bodyMissing(ws, m, g, b));
      }
      for (const l of g.listed) if (l.placement !== 0) ctx.report(listedOutside(ws, m, g, l.link, l.placement, folded.get(l.link)));
    }
  },
};

function interval(g: MilestoneGovernance): string {
  return Number.isFinite(g.from) ? `between ${formatDay(g.from)} and ${formatDay(g.to)}` : `on or before ${formatDay(g.to)}`;
}

function listedOutside(ws: Workspace, m: Milestone, g: MilestoneGovernance, link: number, placement: -1 | 1, missing: BodyCheck | undefined): Finding {
  const l = m.meetings[link]!;
  const meeting = ws.meetings[l.meeting]!;
  const lead = ws.plans[m.plan]!.governance.lead;
  const window = ws.plans[m.plan]!.governance.window;
  let fact: string;
  if (placement < 0) fact = `is too early for ${m.ref} (${showDate(m)}): the ${window ? `${window.n}${window.unit} ` : ''}window opens on ${formatDay(g.from)}`;
  else if (meeting.date > g.current) fact = `is ${plural(meeting.date - g.current, 'day')} after ${m.ref} (${showDate(m)})`;
  else fact = `is inside the ${lead.n}${lead.unit} lead before ${m.ref} (${showDate(m)}): it must be on or before ${formatDay(g.to)}`;
  const body = missing ? `, and ${m.id} lists no other ${missing.body} meeting that is in time${nearestOf(ws, g, missing)}` : '';
  return {
    at: l.origin,
    message: `listed meeting ${meeting.ref}${meeting.ref.includes('@') ? '' : ` (${formatDay(meeting.date)})`} ${fact}${body}`,
    ref: m.ref,
    hint: missing ? hintOf(ws, m, g, missing) : `list a meeting held ${interval(g)}, or drop ${meeting.ref} from ${m.id}'s meetings`,
    related: [{ at: meeting.origin, message: `${meeting.ref} is defined here` }],
    plan: m.plan,
  };
}

function bodyMissing(ws: Workspace, m: Milestone, g: MilestoneGovernance, b: BodyCheck): Finding {
  const firstListed = m.meetings.find((l) => l.meeting >= 0 && ws.meetings[l.meeting]!.body === b.body);
  const requireIndex = m.require?.indexOf(b.body) ?? -1;
  const at = b.fromList && firstListed ? firstListed.origin : requireIndex >= 0 ? fieldOrigin(m, 'require', requireIndex) : currentDateOrigin(m);
  const listedNote = b.fromList ? ` among the meetings it lists` : '';
  return {
    at,
    message: `no ${b.body} meeting before ${m.ref} (${showDate(m)})${listedNote}${nearestOf(ws, g, b)}`,
    ref: m.ref,
    hint: hintOf(ws, m, g, b),
    plan: m.plan,
  };
}

/** "; nearest NEHS meetings: NEHS@2019-06-19 (73 days before), NEHS@2019-09-12 (12 days after)". */
function nearestOf(ws: Workspace, g: MilestoneGovernance, b: BodyCheck): string {
  const near = [
    b.nearestBefore >= 0 ? `${ws.meetings[b.nearestBefore]!.ref} (${daysBefore(g.current - ws.meetings[b.nearestBefore]!.date)})` : '',
    b.nearestAfter >= 0 ? `${ws.meetings[b.nearestAfter]!.ref} (${plural(ws.meetings[b.nearestAfter]!.date - g.current, 'day')} after)` : '',
  ].filter(Boolean);
  return near.length > 0 ? `; nearest ${b.body} meetings: ${near.join(', ')}` : `; ${b.body} has no meetings in the workspace`;
}

function hintOf(ws: Workspace, m: Milestone, g: MilestoneGovernance, b: BodyCheck): string {
  const admissibleBefore = b.nearestBefore >= 0 && ws.meetings[b.nearestBefore]!.date <= g.to && ws.meetings[b.nearestBefore]!.date >= g.from;
  return b.fromList && admissibleBefore
    ? `list ${ws.meetings[b.nearestBefore]!.ref} for ${m.id}, or hold a ${b.body} meeting ${interval(g)}`
    : `hold a ${b.body} meeting ${interval(g)}${b.nearestAfter >= 0 ? `, or move ${m.id} after ${ws.meetings[b.nearestAfter]!.ref}` : ''}`;
}

/** "12 days before", or "on the same day" for a meeting on the milestone's own date. */
function daysBefore(days: number): string {
  return days === 0 ? 'on the same day' : `${plural(days, 'day')} before`;
}
