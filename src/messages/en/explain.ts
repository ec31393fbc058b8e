// English texts of the explanation (`milepel explain`, the language server's hover; SPEC §14).
import type { ExplainField, ExplainMessages, LspMessages } from '../data/explain.js';
import type { Interval, MeetingName } from '../data/rules.js';
import { FIRST_DAY, type DayNumber } from '../../calendar/index.js';
import { quoteText } from '../../text/quote.js';
import type { CataloguePart, Fmt } from '../types.js';
import { linkLabel } from '../../text/link-label.js';

const FIELD: Readonly<Record<ExplainField, string>> = { actual: 'actual date', forecast: 'forecast', date: 'planned date', decided: 'decision date' };

const meeting = (f: Fmt, m: MeetingName): string => `${m.ref}${m.date === null ? '' : ` (${f.date(m.date)})`}`;
const interval = (f: Fmt, i: Interval): string => (i.from !== null ? `between ${f.date(i.from)} and ${f.date(i.to)}` : `on or before ${f.date(i.to)}`);
/** A date the schedule left out (date-range, SPEC §4) shows as text tables show an absent value. */
const day = (f: Fmt, d: DayNumber | null): string => (d === null ? '–' : f.date(d));

export const explainEn: CataloguePart<keyof ExplainMessages | keyof LspMessages> = {
  __proto__: null,
  'explain.heading': (d) => `${d.kind === 'gate' ? 'Gate' : 'Milestone'} ${d.ref} — ${d.title}`,
  'explain.projected': (d, f) => `projected ${day(f, d.projected)}: ${d.driver === null ? `held by its ${FIELD[d.field]} ${f.shown(d.current)}` : `pushed by ${d.driver} past its ${FIELD[d.field]} ${f.shown(d.current)}`}`,
  'explain.latest': (d, f) => `latest ${day(f, d.latest)}: ${f.render(d.from)}`,
  'explain.latest.deadline': (d, f) => `its deadline ${f.shown(d.deadline)}`,
  'explain.latest.successor': (d, f) => `successor ${d.successor} (${linkLabel(d.type, d.lag)})${d.bound == null || d.shown == null ? '' : `, which may finish as late as ${f.date(d.bound)} (shown as ${f.date(d.shown)}, its last working day)`}`,
  'explain.latest.plan-finish': (d, f) => `the finish of plan ${d.plan} (plan.finish ${f.shownInParentheses(d.finish)}); no successor or deadline`,
  'explain.latest.plan-end': (d) => `the end of plan ${d.plan}${d.ref === null ? '' : `, set by ${d.ref}${d.leftOut ? ', whose projected date is outside the dates milepel can write (date-range)' : ''}`}; no successor, deadline or plan.finish`,
  'explain.float': (d, f) => `float ${(d.float === null ? '–' : f.count(d.float, 'working day', 'working days'))}${d.critical ? ', critical' : ''}`,
  'explain.chain': () => 'Driving chain',
  'explain.chain.first': (d, f) => `${d.ref}  ${day(f, d.projected)}  held by its ${FIELD[d.field]}${d.duration === null ? '' : `, duration ${d.duration}`}`,
  'explain.chain.step': (d, f) => `${d.ref}  ${day(f, d.projected)}  ${linkLabel(d.type, d.lag)} after ${d.predecessor}${d.duration === null ? '' : `, duration ${d.duration}`}`,
  'explain.non-working': (d) => `Non-working days crossed (${d.count})`,
  'explain.non-working.none': () => 'Non-working days crossed: none besides weekends',
  'explain.non-working.day': (d, f) => `${f.date(d.day)}  ${f.render(d.name)}`,
  'explain.non-working.more': (d, f) => `… and ${f.count(d.count, 'more day', 'more days')}, the last on ${f.date(d.last)} (--format json lists every one)`,
  // An empty interval (the window no longer than the lead) said as validate's hint says it, not as a range that ends
  // before it starts (tester round 10 #8).
  'explain.meetings': (d, f) => (d.interval.from !== null && d.interval.from > d.interval.to
    ? `Meetings: ${f.render({ id: 'governance.no-day', data: { from: d.interval.from, to: d.interval.to } })}`
    : d.interval.to < FIRST_DAY ? 'Meetings: no day can qualify: the interval ends before 0001-01-01'
      : `Meetings: admissible ${interval(f, d.interval)}`),
  'explain.meetings.none': () => 'Meetings: no body is required and none is listed',
  'explain.meeting': (d, f) => {
    const what = d.status === 'admissible' ? (d.required ? `serves ${d.body}` : 'admissible') : d.status === 'too-early' ? 'too early' : 'too late';
    return `${d.status === 'admissible' ? '✓' : '✗'} ${meeting(f, d.meeting)}  ${what}${d.listed ? ', listed' : ''}`;
  },
  'explain.meeting.missing': (d, f) => {
    // A meeting on the node's own day is not "before" it: said as validate says it (tester round 33 F4).
    const near = [d.earlier !== null ? `before: ${meeting(f, d.earlier)}` : '', d.before !== null ? `${d.sameDay ? 'on the same day' : 'before'}: ${meeting(f, d.before)}` : '', d.after !== null ? `after: ${meeting(f, d.after)}` : ''].filter(Boolean);
    return `✗ no ${d.body} meeting${near.length > 0 ? ` (nearest ${near.join(', ')})` : `; ${d.body} has no meetings`}`;
  },
  'cli.explain.undated-milestone': (d) => `${d.ref} has no date, forecast or actual that exists (milepel validate shows why): it is not scheduled, so it has no dates to explain; give it a date`,
  'cli.explain.undated-gate': (d) => `${d.ref} is a gate with neither a date nor a decided date that exists (milepel validate shows one that does not): it is not scheduled, so it has no dates to explain; give it a date (its planned decision)`,
  'cli.explain.other-kind': (d) => {
    const what = { goal: 'a goal', measure: 'a measure', meeting: 'a meeting', body: 'a governance body', risk: 'a risk event', plan: 'a plan' }[d.kind];
    const related = { goal: 'its milestones', measure: 'its milestones', meeting: 'the milestones that list it', body: 'the milestones that require it', risk: 'the milestones it delays', plan: 'its milestones' }[d.kind];
    return `${d.ref} is ${what}, not a milestone or gate: explain tells why a milestone or gate has its dates${d.milestones.length > 0 ? `; ${related}: ${d.milestones.join(', ')}` : ''}`;
  },
  'cli.explain.unknown': (d) => (d.ambiguous.length > 0
    ? `${d.ref} names milestones in several plans (${d.ambiguous.join(', ')}); write plan/ID`
    : `${quoteText(d.ref)}: no such milestone or gate in the workspace${d.nearest.length > 0 ? `; nearest: ${d.nearest.join(', ')}${(d.more ?? 0) > 0 ? ` (${d.more} more as near)` : ''}` : ''}`),
  'cli.explain.unreadable': (d) => `${quoteText(d.ref)}: no such milestone or gate could be read: ${d.at} has ${/^[aeiou]/.test(d.rule) ? 'an' : 'a'} ${d.rule} error that keeps part of the workspace out, and it may be there (the errors follow); fix it first`,
  'lsp.lens': (d, f) => `projected ${day(f, d.projected)} · float ${d.float ?? '–'}${d.critical ? ' · critical' : ''}${d.driver !== null ? ` · driven by ${d.driver}` : ''}`,
  'lsp.action.replace': (d) => `Change to ${d.value}`,
  'lsp.action.rename-key': (d) => `Rename ${d.from} to ${d.to}`,
  'lsp.action.set': (d) => `Set ${d.field} of ${d.ref} to ${d.value}`,
  'lsp.action.add-meeting': (d) => `List ${d.meeting} in the meetings of ${d.ref}`,
  'lsp.action.remove-repeat': (d) => `Remove the repeated entry from the ${d.field} of ${d.ref}`,
  'lsp.action.remove-entry': (d) => `Remove this entry from the ${d.field} of ${d.ref}`,
  'lsp.withheld.anchored': (d) => `the list is anchored (&${d.anchor}): an alias of it (*${d.anchor}) would lose the entry too; edit it by hand`,
  'lsp.withheld.anchored-entry': (d) => `the entry defines an anchor (&${d.anchor}) that an alias (*${d.anchor}) may read: edit it by hand`,
  'lsp.withheld.alias': (d) => `the list is an alias (*${d.alias}) of one written elsewhere: remove the entry where &${d.alias} is defined`,
  'lsp.withheld.more-keys': (d) => `the entry holds ${d.keys.join(', ')} besides its link, which would go with it; edit it by hand`,
  'lsp.action.drop-meeting': (d) => `Drop ${d.meeting} from the meetings of ${d.ref}`,
  'lsp.action.replace-meeting': (d) => `List ${d.meeting} in place of ${d.replacing} in the meetings of ${d.ref}`,
  'lsp.action.remove-key': (d) => `Remove ${d.key}`,
  'lsp.action.remove-tab': () => 'Remove the tab',
  'lsp.action.space-after-colon': () => 'Put a space after the colon',
  'lsp.action.indent': (d) => (d.spaces === 1 ? 'Indent with 1 space' : `Indent with ${d.spaces} spaces`),
  'lsp.action.actual-to-forecast': (d) => `Remove actual and set forecast: ${d.value} in ${d.ref}`,
  'lsp.action.remove-keeping': (d) => `Remove ${d.field} from ${d.ref}, keeping ${d.kept}: ${d.value}`,
};
