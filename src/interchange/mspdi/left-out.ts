// What `export --format mspdi` cannot write, said on stderr as the import says what it cannot read (SPEC §10).
import type { Estimate } from '../../calendar/index.js';
import type { Workspace } from '../../model/types.js';

/** How many refs a note names before it says how many more there are. */
const NAMED = 5;

/**
 * The notes for what MS Project XML cannot hold of plan `plan` (an index into `ws.plans`), one line per kind, each
 * with a count and the first few refs: dates written as periods (as their last day), three-point durations and lags
 * (written as their likely value), gates (written
 * as milestones without their deciding body and readiness; without a date, left out), risk events, and the board
 * meetings and required bodies of SPEC §4.2. Empty when the plan has none of them. Cross-plan links and dates
 * outside the calendar are noted by the writer itself, one line each.
 */
export function leftOutNotes(ws: Workspace, plan: number): string[] {
  const ranges: string[] = [];
  const governed: string[] = [];
  const periods: string[] = [];
  for (const m of ws.milestones) {
    if (m.plan !== plan || m.gate !== undefined) continue;
    // Each with the fields written as periods and their own text (a tester read the note's old examples as theirs).
    const written = (['date', 'forecast', 'deadline'] as const).filter((f) => m[f]?.isPeriod === true).map((f) => `${f} ${m[f]!.written}`);
    if (written.length > 0) periods.push(`${m.ref} (${written.join(', ')})`);
    if (isRange(m.durationEstimate)) ranges.push(`${m.ref} (duration)`);
    if (m.meetings.length > 0 || (m.require !== undefined && m.require.length > 0)) governed.push(m.ref);
  }
  for (const d of ws.dependencies) {
    const to = ws.milestones[d.to]!;
    if (to.plan === plan && isRange(d.lagEstimate)) ranges.push(`${to.ref} (lag after ${ws.milestones[d.from]!.ref})`);
  }
  const gates = (ws.gates ?? []).filter((g) => g.plan === plan);
  const dated = gates.filter((g) => g.node >= 0 && (g.body !== undefined || g.ready !== undefined)).map((g) => g.ref);
  const undated = gates.filter((g) => g.node < 0).map((g) => g.ref);
  const risks = (ws.risks ?? []).filter((r) => r.plan === plan).map((r) => r.ref);
  const requires = ws.plans[plan]!.governance.require.length > 0;
  const notes: string[] = [];
  const note = (refs: readonly string[], what: string): void => {
    if (refs.length > 0) notes.push(`${what}: ${named(refs)}`);
  };
  note(periods, `the dates of ${count(periods.length, 'milestone', 'milestones')} written as periods are written as their last day`);
  if (ws.plans[plan]!.finish?.isPeriod === true) notes.push(`the plan's finish, written as the period ${ws.plans[plan]!.finish!.written}, is written as its last day`);
  note(ranges, `${count(ranges.length, 'three-point estimate is', 'three-point estimates are')} written as the likely value (MS Project XML holds one duration)`);
  note(dated, `${count(dated.length, 'gate is', 'gates are')} written as a milestone, without its deciding body and readiness`);
  note(undated, `${count(undated.length, 'gate has', 'gates have')} no date and ${undated.length === 1 ? 'is' : 'are'} left out`);
  note(risks, `${count(risks.length, 'risk event is', 'risk events are')} left out (MS Project XML has no risk register)`);
  note(governed, `the board meetings and required bodies of ${count(governed.length, 'milestone are', 'milestones are')} left out`);
  if (requires && governed.length === 0) notes.push(`the plan's governance (bodies that must meet before each milestone) is left out`);
  else if (requires) notes.push(`the plan's governance (bodies that must meet before each milestone) is left out too`);
  return notes;
}

/** Whether an estimate is a range (its likely value is not all of it); a single value is read as min = likely = max. */
function isRange(e: Estimate | undefined): boolean {
  return e !== undefined && (e.min !== e.likely || e.likely !== e.max);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first NAMED refs, and how many more. */
function named(refs: readonly string[]): string {
  const shown = refs.slice(0, NAMED).join(', ');
  return refs.length > NAMED ? `${shown} and ${refs.length - NAMED} more` : shown;
}
