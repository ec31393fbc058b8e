// What `export --format mspdi` cannot write, said on stderr as the import says what it cannot read (SPEC §10).
import type { Estimate } from '../../calendar/index.js';
import type { Workspace } from '../../model/types.js';
import type { PeriodDates, RangeEstimate } from '../../messages/data/export.js';
import { msg, type Message } from '../../messages/index.js';

/** How many refs a note names before it says how many more there are. */
const NAMED = 5;

/**
 * The notes for what MS Project XML cannot hold of plan `plan` (an index into `ws.plans`), one per kind, each
 * with a count and the first few refs: dates written as periods (as their last day), three-point durations and lags
 * (written as their likely value), gates (written
 * as milestones without their deciding body and readiness; without a date, left out), risk events, and the board
 * meetings and required bodies of SPEC §4.2. Empty when the plan has none of them. Cross-plan links and dates
 * outside the calendar are noted by the writer itself, one each. Messages: the CLI renders them in the run's locale.
 */
export function leftOutNotes(ws: Workspace, plan: number): Message[] {
  const ranges: RangeEstimate[] = [];
  const governed: string[] = [];
  const periods: PeriodDates[] = [];
  for (const m of ws.milestones) {
    if (m.plan !== plan || m.gate !== undefined) continue;
    // Each with the fields written as periods and their own text (a tester read the note's old examples as theirs).
    const fields = (['date', 'forecast', 'deadline'] as const).filter((f) => m[f]?.isPeriod === true).map((key) => ({ key, written: m[key]!.written }));
    if (fields.length > 0) periods.push({ ref: m.ref, fields });
    if (isRange(m.durationEstimate)) ranges.push({ ref: m.ref, lagAfter: null });
    if (m.meetings.length > 0 || (m.require !== undefined && m.require.length > 0)) governed.push(m.ref);
  }
  for (const d of ws.dependencies) {
    const to = ws.milestones[d.to]!;
    if (to.plan === plan && isRange(d.lagEstimate)) ranges.push({ ref: to.ref, lagAfter: ws.milestones[d.from]!.ref });
  }
  const gates = (ws.gates ?? []).filter((g) => g.plan === plan);
  const dated = gates.filter((g) => g.node >= 0 && (g.body !== undefined || g.ready !== undefined)).map((g) => g.ref);
  const undated = gates.filter((g) => g.node < 0).map((g) => g.ref);
  const risks = (ws.risks ?? []).filter((r) => r.plan === plan).map((r) => r.ref);
  const requires = ws.plans[plan]!.governance.require.length > 0;
  const finish = ws.plans[plan]!.finish;
  const notes: Message[] = [];
  if (periods.length > 0) notes.push(msg('export.mspdi.periods', named(periods)));
  if (finish?.isPeriod === true) notes.push(msg('export.mspdi.plan-finish-period', { written: finish.written }));
  if (ranges.length > 0) notes.push(msg('export.mspdi.ranges', named(ranges)));
  if (dated.length > 0) notes.push(msg('export.mspdi.gates-dated', named(dated)));
  if (undated.length > 0) notes.push(msg('export.mspdi.gates-undated', named(undated)));
  if (risks.length > 0) notes.push(msg('export.mspdi.risks', named(risks)));
  if (governed.length > 0) notes.push(msg('export.mspdi.governed', named(governed)));
  if (requires) notes.push(msg('export.mspdi.plan-governance', { too: governed.length > 0 }));
  return notes;
}

/** Whether an estimate is a range (its likely value is not all of it); a single value is read as min = likely = max. */
function isRange(e: Estimate | undefined): boolean {
  return e !== undefined && (e.min !== e.likely || e.likely !== e.max);
}

/** How many there are and the first NAMED of them (the note says how many more). */
export function named<T>(items: readonly T[]): { count: number; shown: readonly T[] } {
  return { count: items.length, shown: items.slice(0, NAMED) };
}
