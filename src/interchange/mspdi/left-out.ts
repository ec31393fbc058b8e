// What `export --format mspdi` cannot write, said on stderr as the import says what it cannot read (SPEC §10).
import type { Estimate } from '../../calendar/index.js';
import type { Milestone, Workspace } from '../../model/types.js';
import type { PeriodDates, RangeEstimate } from '../../messages/data/export.js';
import { msg, type Message } from '../../messages/index.js';
import { edgeEnds } from '../../graph/graph.js';

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
  const fieldsLeftOut = new Set<MilestoneField>();
  const withFields: string[] = [];
  for (const m of ws.milestones) {
    if (m.plan !== plan || m.gate !== undefined) continue;
    // Each with the fields written as periods and their own text (a tester read the note's old examples as theirs).
    const fields = (['date', 'forecast', 'deadline'] as const).filter((f) => m[f]?.isPeriod === true).map((key) => ({ key, written: m[key]!.written }));
    if (fields.length > 0) periods.push({ ref: m.ref, fields });
    if (isRange(m.durationEstimate)) ranges.push({ ref: m.ref, lagAfter: null });
    if (m.meetings.length > 0 || (m.require !== undefined && m.require.length > 0)) governed.push(m.ref);
    if (addWrittenFields(m, fieldsLeftOut)) withFields.push(m.ref);
  }
  // Each edge into the plan made an object (model/dependency-table.ts) only once its successor is known to be the plan's.
  const { to: edgeTo } = edgeEnds(ws.dependencies);
  for (let e = 0; e < edgeTo.length; e++) {
    const to = ws.milestones[edgeTo[e]!]!;
    if (to.plan !== plan) continue;
    const d = ws.dependencies.at(e)!;
    if (isRange(d.lagEstimate)) ranges.push({ ref: to.ref, lagAfter: ws.milestones[d.from]!.ref });
  }
  const gates = (ws.gates ?? []).filter((g) => g.plan === plan);
  const dated = gates.filter((g) => g.node >= 0 && (g.body !== undefined || g.ready !== undefined)).map((g) => g.ref);
  const undated = gates.filter((g) => g.node < 0).map((g) => g.ref);
  const risks = (ws.risks ?? []).filter((r) => r.plan === plan).map((r) => r.ref);
  const requires = ws.plans[plan]!.governance.require.length > 0;
  const planFields = planFieldsLeftOut(ws, plan);
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
  if (withFields.length > 0) notes.push(msg('export.mspdi.fields', { fields: MILESTONE_FIELDS.filter((f) => fieldsLeftOut.has(f)), ...named(withFields) }));
  if (planFields.length > 0) notes.push(msg('export.mspdi.plan-fields', { fields: planFields }));
  return notes;
}

/** A milestone's fields MS Project XML has no place for (SPEC §1.4), as the plan file names them, in the note's order. */
const MILESTONE_FIELDS = ['responsible', 'status', 'progress', 'deliverables', 'goal', 'history'] as const;
type MilestoneField = (typeof MILESTONE_FIELDS)[number];

/** Adds to `fields` those of MILESTONE_FIELDS that `m` has; whether it has any (a tester's round trip lost them silently). */
function addWrittenFields(m: Milestone, fields: Set<MilestoneField>): boolean {
  let any = false;
  const add = (field: MilestoneField, has: boolean): void => {
    if (!has) return;
    fields.add(field);
    any = true;
  };
  add('responsible', m.responsible !== undefined);
  add('status', m.status !== undefined);
  add('progress', m.progress !== undefined);
  add('deliverables', m.deliverables.length > 0);
  add('goal', m.goal !== undefined);
  add('history', m.history.length > 0);
  return any;
}

/** The plan's own keys and entities the file leaves out: its rules and health settings, its goals and measures. */
function planFieldsLeftOut(ws: Workspace, plan: number): string[] {
  const p = ws.plans[plan]!;
  const out: string[] = [];
  if (p.rules.size > 0) out.push('rules');
  if (p.health.size > 0) out.push('health');
  if (ws.goals.some((g) => g.plan === plan)) out.push('goals');
  if (ws.measures.some((m) => m.plan === plan)) out.push('measures');
  return out;
}

/** Whether an estimate is a range (its likely value is not all of it); a single value is read as min = likely = max. */
function isRange(e: Estimate | undefined): boolean {
  return e !== undefined && (e.min !== e.likely || e.likely !== e.max);
}

/** How many there are and the first NAMED of them (the note says how many more). */
export function named<T>(items: readonly T[]): { count: number; shown: readonly T[] } {
  return { count: items.length, shown: items.slice(0, NAMED) };
}
