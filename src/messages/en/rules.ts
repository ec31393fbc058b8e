// English texts of the rules' messages (SPEC §4). Dates through `f.date`; values to write into a plan through `f.iso`.
import { alternatives } from '../first-of.js';
import type { ChainGain, DoneChain, OwnMoves, RangeGain, EntityKind, Interval, LateBound, LateFor, MeetingName, MoveAfter, ReferenceField, RuleMessages } from '../data/rules.js';
import { FIRST_DAY, type DayNumber } from '../../calendar/index.js';
import type { CataloguePart, Fmt } from '../types.js';
import { linkLabel } from '../../text/link-label.js';
import { escapeControl } from '../../report/safe-text.js';
import { spelledDuration, type UnitWords } from '../written-duration.js';
import { quoteText } from '../../text/quote.js';

const WHAT: Readonly<Record<ReferenceField, string>> = {
  after: 'milestone', meetings: 'meeting', require: 'body', body: 'body', goal: 'goal', milestones: 'milestone', 'risk-milestones': 'milestone', 'gate-body': 'body', 'gate-ready': 'milestone',
};

const HOW: Readonly<Record<ReferenceField, string>> = {
  after: 'write the id of a milestone of this plan, or plan-id/ID for another plan',
  meetings: 'write a meeting id, or <body>@<YYYY-MM-DD> of a meeting listed under meetings:',
  require: 'name a body defined under bodies:',
  body: 'name a body defined under bodies:',
  goal: 'name a goal defined under goals: in this plan',
  milestones: 'write the id of a milestone of this plan, or plan-id/ID for another plan',
  'risk-milestones': 'write the id of a milestone of this plan, or plan-id/ID for another plan',
  'gate-body': 'name the deciding body as defined under bodies:',
  'gate-ready': 'write the id of a milestone of this plan, or plan-id/ID for another plan',
};

const NOUN: Readonly<Record<EntityKind, string>> = { plan: 'plan', body: 'body', meeting: 'meeting', milestone: 'milestone', gate: 'gate', goal: 'goal', measure: 'measure', risk: 'risk' };

const days = (f: Fmt, n: number): string => f.count(n, 'day', 'days');
const UNITS: UnitWords = { d: ['working day', 'working days'], w: ['working week', 'working weeks'], ed: ['calendar day', 'calendar days'], ew: ['calendar week', 'calendar weeks'] };
/** A governance window or lead in words: `30 calendar days (30ed)`. */
const spelled = (f: Fmt, written: string): string => spelledDuration(f, UNITS, written);
/** A computed date, or what stands for one left out (date-range, SPEC §4): never the bound it was held at. */
const computed = (f: Fmt, d: DayNumber | null): string => (d === null ? 'a date outside 0001-01-01 … 9999-12-31' : f.date(d));
/** "its deadline is 2030-02-15": what the milestone is late for (negative-float). */
function lateBoundEn(bound: LateBound, latest: string): string {
  switch (bound.kind) {
    case 'deadline': return `its deadline is ${latest}`;
    case 'successor': return `successor ${bound.ref} (${linkLabel(bound.type, bound.lag)}) needs it by ${latest}`;
    case 'plan-finish': return `the finish of plan ${bound.plan} (plan.finish) is ${latest}`;
    case 'plan-end': return `it must be done by ${latest}, the end of plan ${bound.plan}${bound.ref === null ? '' : ` set by ${bound.ref}`}`;
  }
}
function lateMoveEn(bound: LateBound): string {
  switch (bound.kind) {
    case 'deadline': return 'move its deadline';
    case 'successor': return `give ${bound.ref} more time (its deadline, its successors or the lag)`;
    case 'plan-finish': return `move plan.finish of plan ${bound.plan}`;
    case 'plan-end': return `set a later plan.finish for plan ${bound.plan}`;
  }
}
/** ", or move its deadline"; for a done successor, which cannot be given more time, what is true of it instead. */
function orMoveEn(f: Fmt, id: string, bound: LateBound): string {
  return bound.kind === 'successor' && bound.done !== undefined ? `; ${doneSuccessorEn(f, id, bound.ref, bound.done)}` : `, or ${lateMoveEn(bound)}`;
}
/** "a/D2, which A is late for, was achieved on 2024-02-20 and cannot be given more time" (`who`: A, or "it"). */
function doneSuccessorEn(f: Fmt, who: string, ref: string, done: { readonly day: DayNumber; readonly gate: boolean }): string {
  return `${ref}, which ${who} is late for, was ${done.gate ? 'decided' : 'achieved'} on ${f.date(done.day)} and cannot be given more time`;
}
/** "move its date earlier (to 2024-02-27 at the earliest) and shorten the lag from a/D to S5". */
function ownEn(f: Fmt, own: OwnMoves): string {
  const move = `move its ${own.field} earlier (to ${f.date(own.earliest)} at the earliest)`;
  return own.enough || own.gains.length === 0 ? move : `${move} and ${gainsEn(own)}`;
}
/** "move its deadline and give a/B and a/C more time (…)": every constraint a done milestone is late for. */
function lateForEn(late: LateFor): string {
  const count = late.successors.length + late.more;
  const names = late.more > 0 ? `${late.successors.join(', ')} and ${late.more} other ${late.more === 1 ? 'successor' : 'successors'}` : listEn(late.successors, 'and');
  const give = count === 0 ? '' : count === 1 ? lateMoveEn({ kind: 'successor', ref: late.successors[0]!, type: 'FS', lag: null }) : `give ${names} more time (their deadlines, their successors or the lags)`;
  return [late.deadline ? 'move its deadline' : '', give].filter((s) => s !== '').join(' and ');
}
/** "shorten A's duration, the lag from a/B to A or …": a verb left out where the one before is the same. */
function gainsEn(chain: Pick<DoneChain, 'gains' | 'more'>): string {
  const verb = (g: ChainGain): string => (g.kind === 'lead' ? 'lengthen' : 'shorten');
  const what = (g: ChainGain): string => (g.kind === 'duration' ? `${g.of}'s duration` : `the ${g.kind} from ${g.from} to ${g.to}`);
  const parts = chain.gains.map((g, i) => (i > 0 && verb(chain.gains[i - 1]!) === verb(g) ? what(g) : `${verb(g)} ${what(g)}`));
  return `${listEn(parts, 'or')}${chain.more > 0 ? ` (and ${chain.more} more on the chain)` : ''}`;
}
/** "shorten the lead from D to a/E", "shorten the lag from a/A to B, or B's duration": a verb left out where the one
 * before is the same. */
function rangeGainsEn(gains: readonly RangeGain[]): string {
  const what = (g: RangeGain): string => (g.kind === 'duration' ? `${g.of}'s duration` : `the ${g.kind} from ${g.from} to ${g.to}`);
  return gains.map((g, i) => (i > 0 && gains[i - 1]!.verb === g.verb ? what(g) : `${g.verb} ${what(g)}`)).join(', or ');
}
/** "a, b or c". */
function listEn(items: readonly string[], and: 'and' | 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
}

/** " and list it for A (in place of PS@2026-03-02)" when the milestone lists the body's meetings (tester round 14 #9). */
function listItEn(d: { readonly id: string; readonly listIt: boolean; readonly replacing: string | null }): string {
  return d.replacing !== null ? ` and list it for ${d.id} in place of ${d.replacing}` : d.listIt ? ` and list it for ${d.id}` : '';
}

/**
 * ", or set A's forecast to 2026-06-29 or later, so that PS@2026-06-25 counts with the lead of 2 working days (2d)"; with
 * a window "to a day from 2026-06-29 to 2026-07-02" (or "to 2026-06-29" when that is the only one); nothing when no day
 * qualifies.
 */
function moveAfterEn(f: Fmt, id: string, after: MoveAfter | null): string {
  if (after === null) return '';
  const days = after.latest === null ? `${f.date(after.earliest)} or later` : after.latest > after.earliest ? `a day from ${f.date(after.earliest)} to ${f.date(after.latest)}` : f.date(after.earliest);
  return `, or set ${id}'s ${after.field} to ${days}, so that ${after.meeting} counts${after.lead !== null ? ` with the lead of ${spelled(f, after.lead)}` : ''}`;
}

function interval(f: Fmt, i: Interval): string {
  // A window shorter than the lead (SPEC §4.2) leaves no day: said so, never as a reversed range.
  if (i.from !== null && i.from > i.to) return `— ${f.render({ id: 'governance.no-day', data: { from: i.from, to: i.to } })}`;
  // An interval that ends before 0001-01-01 holds no day a plan can write (tester round 24 F7).
  if (i.to < FIRST_DAY) return '— no day can qualify: the interval ends before 0001-01-01';
  return i.from !== null ? `between ${f.date(i.from)} and ${f.date(i.to)}` : `on or before ${f.date(i.to)}`;
}

function listed(f: Fmt, m: MeetingName): string {
  return `listed meeting ${m.ref}${m.date === null ? '' : ` (${f.date(m.date)})`}`;
}

/** What an SS, FF or SF link ties, in words (dependency-order). */
const LINK_WORDS = { SS: 'its work starts after the predecessor\'s start', FF: 'it finishes after the predecessor\'s finish', SF: 'it finishes after the predecessor\'s start' } as const;

export const rulesEn: CataloguePart<keyof RuleMessages> = {
  __proto__: null,
  'actual-in-future': (d, f) => `${d.ref} has ${d.gate === true ? 'decided' : 'actual'} ${f.date(d.actual)}, after the status date ${f.date(d.today)}`,
  'actual-in-future.hint': (d, f) => (d.gate === true
    ? `if the decision at ${d.id} is not taken yet, remove decided: ${f.iso(d.actual)} (date: holds the planned day)`
    : d.forecast == null ? `if ${d.id} is not achieved yet, remove actual and set forecast: ${f.iso(d.actual)}`
    : d.forecast.day === d.actual ? `if ${d.id} is not achieved yet, remove actual: its forecast is that day`
    : `if ${d.id} is not achieved yet, remove actual and keep its forecast ${d.forecast.written ?? f.iso(d.forecast.day)}, or set the forecast to ${f.iso(d.actual)}`),

  'dependency-cycle': (d, f) => `dependency cycle: ${d.refs.join(' → ')}${d.via !== null ? `, closed by the ${d.via} link` : ''}${d.unlisted > 0 ? ` (and ${f.count(d.unlisted, 'more cycle', 'more cycles')} among the same milestones, not listed)` : ''}`,
  'dependency-cycle.hint': (d) => `remove one of the after entries in the cycle (${d.self !== null ? `${d.self} depends on itself` : 'the notes show each hop'}); ${d.undated.length === 0 ? 'until then these dependencies are left out of the schedule' : d.undated.length === 1 ? `${d.undated[0]} has no date, so the entries to and from it are left out of the schedule until it has one` : `${d.undated.join(', ')} have no date, so the entries to and from them are left out of the schedule until they have one`}`,
  'dependency-cycle.note.hop': (d) => `${d.ref} is after ${d.predecessor}${d.type !== null ? ` (the ${d.type} link)` : ''}`,

  'dependency-order': (d, f) => {
    // Written out, not joined from a list: a workspace of 100,000 milestones may have 18,000 of these findings.
    const gap = d.lag !== null ? (d.duration !== null ? `lag ${d.lag} + duration ${d.duration}` : `lag ${d.lag}`) : d.duration !== null ? `duration ${d.duration}` : '';
    const anchor = d.predecessorStart !== null
      ? `the start of its predecessor ${d.predecessor} (${f.date(d.predecessorStart)})`
      : `its predecessor ${d.predecessor} (${f.shownInParentheses(d.predecessorCurrent)})`;
    const link = d.type === 'FS' ? '' : ` (${d.type}: ${LINK_WORDS[d.type]})`;
    return `${d.ref} (${f.shownInParentheses(d.current)}) is before ${anchor}${gap ? ` + ${gap}` : ''}${link}: it can be on ${f.date(d.earliest)} at the earliest`;
  },
  'dependency-order.hint': (d, f) => {
    const gap = [d.lag === 'lag' ? 'shorten the lag' : d.lag === 'lead' ? 'lengthen the lead' : '', d.duration ? `${d.lag === 'lag' ? '' : 'shorten '}${d.id}'s duration` : ''].filter((s) => s !== '').join(' or ');
    const moves = [d.predecessorDone ? '' : `move ${d.predecessor} earlier`, gap].filter((s) => s !== '');
    return `set ${d.id}'s ${d.field} to ${f.date(d.earliest)} or later${moves.length === 0 ? '' : moves.length === 1 ? `, or ${moves[0]!}` : `, ${moves[0]!}, or ${moves[1]!}`}`;
  },
  'dependency-order.note.edge': (d) => `${d.ref} is after ${d.predecessor} here`,
  'dependency-order.note.current': (d) => `${d.ref}'s current date`,

  // A milestone and a gate of one id: the milestone keeps it wherever either is written (gates are read after the
  // milestones), so neither is called "first" (tester round 25 F7: the milestone below the gate was).
  'duplicate-id': (d) => (d.firstKind !== null && d.firstKind !== d.kind
    ? `${NOUN[d.kind]} ${d.ref} has the id of a ${NOUN[d.firstKind]} in ${escapeControl(d.firstFile)}, which keeps it: a plan's milestones and gates share their ids`
    : `${NOUN[d.kind]} ${d.ref} is defined twice: the first definition is in ${escapeControl(d.firstFile)}`),
  'duplicate-id.hint': (d) => `give this ${NOUN[d.kind]} another id; references to ${d.ref} use ${d.firstKind !== null && d.firstKind !== d.kind ? `the ${NOUN[d.firstKind]}` : 'the first definition'}`,
  'duplicate-id.note.first': (d) => (d.firstKind !== null ? `the ${NOUN[d.firstKind]} ${d.ref}, which keeps the id` : `first definition of ${d.ref}`),

  'invalid-date': (d, f) => `${f.render(d.problem)}${d.holder !== null ? ` (in ${d.holder})` : ''}`,
  'invalid-date.hint.day': () => 'write a day that exists in the calendar as YYYY-MM-DD (this field takes no period)',
  'invalid-date.hint': () => 'write a date that exists in the calendar: YYYY-MM-DD, or a period YYYY, YYYY-Qn (n = 1–4) or YYYY-MM',

  'meeting-before-milestone.too-early': (d, f) => `${listed(f, d.meeting)} is too early for ${d.ref} (${f.shownInParentheses(d.current)}): the window${d.window !== null ? ` of ${spelled(f, d.window)}` : ''} opens on ${f.date(d.opens)}`,
  'meeting-before-milestone.after': (d, f) => `${listed(f, d.meeting)} is ${days(f, d.days)} after ${d.ref} (${f.shownInParentheses(d.current)})`,
  'meeting-before-milestone.inside-lead': (d, f) => `${listed(f, d.meeting)} is inside the lead of ${spelled(f, d.lead)} before ${d.ref} (${f.shownInParentheses(d.current)}): it must be on or before ${f.date(d.latest)}`,
  'meeting-before-milestone.listed.hint': (d, f) => `list a meeting held ${interval(f, d.interval)}, or drop ${d.meeting} from ${d.id}'s meetings`,
  'meeting-before-milestone.note.defined': (d) => `${d.meeting} is defined here`,
  'gate-decision': (d, f) => {
    const near = [
      d.earlier !== null ? `${d.earlier.meeting} (${days(f, d.earlier.days)} before)` : '',
      d.before !== null ? `${d.before.meeting} (${d.before.days === 0 ? 'on the same day' : `${days(f, d.before.days)} before`})` : '',
      d.after !== null ? `${d.after.meeting} (${days(f, d.after.days)} after)` : '',
    ].filter(Boolean);
    const nearest = near.length > 0 ? `; nearest ${d.body} meetings: ${near.join(', ')}` : `; ${d.body} has no meetings in the workspace`;
    const window = d.window !== null ? ` within the window of ${spelled(f, d.window)}` : '';
    const lead = d.lead !== null ? `${window !== '' ? ' and' : ''} with a lead of ${spelled(f, d.lead)}` : '';
    return `${d.body} does not meet before gate ${d.ref} (${f.shownInParentheses(d.current)}) to decide it${window}${lead}${nearest}`;
  },
  'gate-decision.hint': (d, f) => `hold a ${d.body} meeting ${interval(f, d.interval)}${moveAfterEn(f, d.id, d.after)}`,
  'gate-decision.note.nearest': (d) => (d.sameDay ? `${d.body} meeting on the gate's own day` : `nearest earlier ${d.body} meeting`),
  'gate-readiness': (d, f) => `${d.milestone} is projected on ${computed(f, d.projected)}, ${d.late === null ? '' : `${f.count(d.late, 'working day', 'working days')} `}too late for gate ${d.ref} (${f.shownInParentheses(d.current)}): it must be reached by ${f.date(d.due)}${d.lead !== null ? ` (${spelled(f, d.lead)} before the gate)` : ''}`,
  'gate-readiness.hint': (d, f) => {
    const others = [...(d.decided ? [] : [d.later === null ? `move ${d.id} later` : `move ${d.id} to ${f.date(d.later)} or later`]), ...(d.lead ? ['shorten the lead'] : [])];
    // A due date before the status date is no forecast to give an open milestone (tester round 94 F3: it made it overdue).
    const all = d.forward || others.length === 0 ? [`bring ${d.milestone} forward to ${f.date(d.due)} or earlier`, ...others] : others;
    return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')}, or ${all[all.length - 1]}`;
  },
  'gate-readiness.after-gate.hint': (d) => `${d.milestone} comes after ${d.id} through its after entries, so no date makes it ready before the decision: name a milestone before ${d.id} in its ready, or remove the dependency on ${d.id}`,
  'gate-readiness.note.milestone': (d) => `${d.milestone} is defined here`,
  'note.status-date-unread': (d, f) => `until this is fixed the plan has no status date of its own: its milestones are checked against ${f.date(d.today)}, the run's status date (--today, the latest status_date of the other plans, or today's date)`,
  'note.after-undated': (d) => `${d.ref} is after ${d.undated} here: that dependency is left out of the schedule until ${d.undated} has a date`,

  'meeting-before-milestone.listed-and-missing': (d, f) => `${f.render(d.listed)}; so ${f.render(d.missing)}`,
  'meeting-before-milestone.missing': (d, f) => {
    const near = [
      d.earlier !== null ? `${d.earlier.meeting} (${days(f, d.earlier.days)} before)` : '',
      d.before !== null ? `${d.before.meeting} (${d.before.days === 0 ? 'on the same day' : `${days(f, d.before.days)} before`})` : '',
      d.after !== null ? `${d.after.meeting} (${days(f, d.after.days)} after)` : '',
    ].filter(Boolean);
    const nearest = near.length > 0 ? `; nearest ${d.body} meetings: ${near.join(', ')}` : `; ${d.body} has no meetings in the workspace`;
    // The window and lead that rule out a meeting the nearest ones name as before it (tester round 12 #5).
    const window = d.window !== null ? ` within the window of ${spelled(f, d.window)}` : '';
    const lead = d.lead !== null ? `${window !== '' ? ' and' : ''} with a lead of ${spelled(f, d.lead)}` : '';
    return `no ${d.body} meeting before ${d.ref} (${f.shownInParentheses(d.current)})${window}${lead}${d.amongListed ? ' among the meetings it lists' : ''}${nearest}`;
  },
  'meeting-before-milestone.missing.hint-list': (d, f) => `list ${d.meeting} for ${d.id}${d.replacing !== null ? ` in place of ${d.replacing}` : ''}, or hold a ${d.body} meeting ${interval(f, d.interval)}${listItEn(d)}`,
  'meeting-before-milestone.missing.hint-hold': (d, f) => `hold a ${d.body} meeting ${interval(f, d.interval)}${listItEn(d)}${moveAfterEn(f, d.id, d.after)}`,

  lead: (d) => `${d.ref} has a lead of ${d.magnitude} on its predecessor ${d.predecessor} (${d.type}, lag ${d.lag}): it is planned to overlap work ${d.predecessor} has not finished`,
  'lead.hint': (d) => `model the overlap as a milestone of its own after which ${d.id} follows with a lag of 0d or more, or set the lag to 0d`,

  'date-range': (d, f) => `${d.ref}'s ${d.which === 'both' ? 'projected and latest dates' : `${d.which} date`} would be ${d.atLeast ? 'at least ' : ''}${f.count(d.days, 'day', 'days')} ${d.after ? 'after' : 'before'} ${f.date(d.bound)}, outside the dates milepel can write; reports leave ${d.which === 'both' ? 'them' : 'it'} out${d.followers > 0 ? `, and those of ${f.count(d.followers, 'milestone', 'milestones')} computed from ${d.which === 'both' ? 'them' : 'it'}` : ''}`,
  'governance.no-day': (d, f) => `no day can qualify: the window's first day ${f.date(d.from)} is after the lead's last ${f.date(d.to)}; make the governance window longer than the lead`,
  'date-range.hint.calendar': (d, f) => `plan ${d.plan}'s calendar has no working day ${d.last === null ? 'at all' : `after ${f.date(d.last)}`} (its workdays, holidays and closed days leave none), so a lag or duration in working days after it never ends: give the calendar working days there, or write it in elapsed days (ed)`,
  'date-range.hint': (d) => (d.cause === null || d.cause.gains.length === 0 ? `shorten the lags or durations that lead to ${d.id}` : rangeGainsEn(d.cause.gains)),
  'date-range.start': (d, f) => `${d.ref}'s work of ${d.duration} would start ${f.count(d.days, 'day', 'days')} before ${f.date(d.bound)}, outside the dates milepel can write; reports leave its start out`,
  'date-range.start.hint': (d) => `shorten the duration of ${d.id} or move its date later`,
  'date-range.simulated': (d, f) => `${d.ref}'s simulated date would be ${f.count(d.days, 'day', 'days')} ${d.after ? 'after' : 'before'} ${f.date(d.bound)} in ${f.count(d.iterations, 'iteration', 'iterations')}, outside the dates milepel can write; the risk report leaves out the dates that fall there`,
  'negative-float': (d, f) => `${d.ref} has float ${d.float}: projected ${computed(f, d.projected)}${d.driver !== null ? `, pushed by ${d.driver}` : ''}, but ${lateBoundEn(d.bound, computed(f, d.latest))} (${f.count(-d.float, 'working day', 'working days')} late)`,
  'negative-float.hint': (d, f) => {
    const b = d.bound;
    // A done successor cannot be given more time: only this milestone's side can move (tester round 19 #9).
    const fixed = (who: string): string | null => (b.kind === 'successor' && b.done !== undefined ? `${doneSuccessorEn(f, who, b.ref, b.done)} either: only the link from ${d.id} to ${b.ref} can change` : null);
    if (d.done !== null) {
      const own = `${d.id} was ${d.gate === true ? 'decided' : 'achieved'} on ${f.date(d.done)}, so no days can be gained on it`;
      const it = fixed('it');
      return d.lateFor !== undefined ? `${own}: ${lateForEn(d.lateFor)}` : it !== null ? `${own}, and ${it}` : `${own}: ${lateMoveEn(b)}`;
    }
    const explain = `\`milepel explain ${d.ref}\` shows its driving chain`;
    const gain = f.count(d.days, 'working day', 'working days');
    if (d.own !== undefined) return `gain ${gain} on ${d.id}, whose predecessors are all done: ${ownEn(f, d.own)}${orMoveEn(f, d.id, b)}; ${explain}`;
    if (d.start !== undefined) return `move ${d.id}'s ${d.start} ${gain} earlier${d.to === undefined ? '' : `, to ${f.date(d.to)}`} (it has no predecessors)${orMoveEn(f, d.id, b)}`;
    if (d.chain === undefined) return `gain ${gain} on ${d.id} or its predecessors${orMoveEn(f, d.id, b)}; ${explain}`;
    const c = d.chain;
    const drives = c.steps === 1 ? `drives ${d.id}` : `starts ${d.id}'s driving chain`;
    const done = `${c.rootGate ? 'decided' : 'achieved'} on ${f.date(c.rootDone)}`;
    const nothing = fixed(d.id);
    return c.gains.length === 0
      ? `${c.root}, which ${drives}, was ${done}, and no lag or duration after it can be shortened${nothing !== null ? `, and ${nothing}` : `: ${lateMoveEn(b)}`}; ${explain}`
      : `gain ${gain} after ${c.root}, which ${drives} and was ${done}: ${gainsEn(c)}${orMoveEn(f, d.id, b)}; ${explain}`;
  },

  'non-working-day': (d, f) => `${d.ref}'s ${d.field} ${f.date(d.day)} is not a working day: it is ${f.render(d.reason)}`,
  'non-working-day.hint': (d, f) => {
    const days = d.days.map(f.date);
    return days.length === 2 ? `use ${days[0]} or ${days[1]}, the nearest working days` : days.length === 1 ? `use ${days[0]}, the nearest working day` : 'check the calendar\'s workdays and closed days';
  },
  'non-working-day.meeting': (d, f) => `meeting ${d.meeting} is on ${f.date(d.day)}, ${f.render(d.reason)}`,
  'non-working-day.meeting.hint': (d, f) => {
    const days = d.days.map(f.date);
    const free = d.body === null ? '' : ` on which ${d.body} has no meeting`;
    const listed = d.listedAs === null ? '' : d.id == null ? `; a milestone that lists it as ${d.listedAs} must list it by its new date too` : `; a milestone that lists it as ${d.listedAs} must list it by its id, ${d.id}, instead`;
    if (days.length === 0) return (d.body === null ? 'check the date' : `check the date; ${d.body} has a meeting on each of the five working days before it and after it`) + listed;
    return (days.length === 2 ? `check the date; the nearest working days${free} are ${days[0]} and ${days[1]}` : `check the date; the nearest working day${free} is ${days[0]}`) + listed;
  },

  'overdue': (d, f) => `${d.ref} is overdue: projected ${f.date(d.projected)}, ${days(f, d.days)} before the status date ${f.date(d.today)}, and ${d.gate === true ? 'not decided' : 'no actual date'}`,
  'overdue.hint': (d, f) => (d.gate === true
    ? `record decided: YYYY-MM-DD if the decision at ${d.id} was taken, or move its date to ${f.date(d.earliest ?? d.today)} or later`
    : `record actual: YYYY-MM-DD if ${d.id} was achieved, or set a forecast on or after ${f.date(d.earliest ?? d.today)}`),

  'progress-range': (d) => `${d.ref} has progress ${d.started}/${d.total}: ${d.started} started of only ${d.total}`,
  'progress-range.hint': (d) => `write progress as "started/total" with started ≤ total, e.g. "${d.total}/${d.total}" or "${d.total}/${d.started}"`,

  'unassigned.measure': (d) => `measure ${d.ref}${d.goal !== null ? ` (goal ${d.goal})` : ''} has no responsible party`,
  'unassigned.measure.hint': () => 'set responsible: to the organisation that carries out and funds the measure',
  'unassigned.milestone': (d) => `milestone ${d.ref} has no responsible party ("?")`,
  'unassigned.milestone.hint': () => 'set responsible: to the organisation that answers for the milestone',

  'unknown-reference': (d) => {
    const holder = d.holder ?? (d.governanceOf !== null ? `plan ${d.governanceOf}'s governance` : 'the plan\'s governance');
    return `${holder} refers to ${WHAT[d.field]} "${d.target}", which does not exist${d.missingPlan !== null ? `: there is no plan "${d.missingPlan}" in the workspace` : ''}`;
  },
  'unknown-reference.hint': (d) => HOW[d.field],
  'unknown-reference.gate': (d) => `${d.holder}'s readiness names "${d.target}", which is a gate, not a milestone`,
  'unknown-reference.gate.hint': () => 'name the milestone whose delivery the decision waits for (ready: {milestone: ID}); a gate cannot wait for another gate',
  'unknown-reference.hint.did-you-mean': (d) => `did you mean ${alternatives(d.suggestions, 'or')}?${d.more > 0 ? ` (${d.more} more as near)` : ''}`,
  'unknown-reference.hint.misspelt': (d) => `${d.kind} ${quoteText(d.id)} is meant, whose id is not an id: write its id as ${quoteText(d.spelt)} where it is defined`,
  'unknown-reference.hint.self': (d) => `milestone ${quoteText(d.id)} is meant, the milestone itself, which cannot come after itself: remove this entry`,
  'unknown-reference.hint.unchecked': (d) => `the nearest id is ${quoteText(d.suggestion)}; in a network this large, whether it comes after ${d.holder} already (naming it here would then make a dependency cycle) was left unchecked: write it if it does not`,
  'unknown-reference.hint.cycle': (d) => `the nearest id, ${quoteText(d.suggestion)}, comes after ${d.holder} already: naming it here would make a dependency cycle`,
  'unknown-reference.misspelt.defined': (d) => `${d.kind} ${quoteText(d.id)} is defined here`,
  'unknown-reference.hint.missing-plan': (d) => `correct the plan id, or include the file with plan: {id: ${d.plan}} in the workspace${d.unreadDir !== null ? `; ${d.unreadDir} is not read, its name not being UTF-8, and may hold it` : ''}`,
  'unknown-reference.hint.no-governance': (d, f) => `no file here defines bodies: or meetings:, so ${f.count(d.references, 'reference', 'references')} to them cannot resolve; they live in a governance file (bodies: and meetings:): validate it with the plan, e.g. \`milepel validate plans\` or \`milepel validate plan.yaml governance.yaml\``,
};
