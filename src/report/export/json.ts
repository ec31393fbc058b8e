// `milepel export --format json`: the normalised workspace with the schedule, for other tools (dates YYYY-MM-DD, absent = null).
import { assignedParty } from '../../model/responsible.js';
import { formatDay, formatDuration, isRange, type Duration, type Estimate } from '../../calendar/index.js';
import type { Milestone, Plan, Workspace } from '../../model/types.js';
import type { Schedule } from '../../schedule/cpm.js';
import { shownFloat, shownLatest, shownProjected } from '../../schedule/date-range.js';
import type { TimelineSource } from '../gantt/timeline.js';
import { optionalDateFields, writeDateFields, writeOptionalDateFields } from '../date-fields.js';
import { currentValue } from '../../model/current.js';
import { JsonRows, LazyJsonArray, safeJsonChunks, safeJsonText, writeMilestoneName, type JsonFields } from '../json-stream.js';
import { edgeEnds, groupEdges } from '../../graph/graph.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function formatShown(day: number | null): string | null {
  return day === null ? null : formatDay(day);
}

export function formatExportJson(source: TimelineSource): string {
  return safeJsonText(exportWorkspace(source));
}

/** The same JSON in pieces that end at line ends: a million milestones' export passes V8's string limit as one string. */
export function exportJsonChunks(source: TimelineSource): Iterable<string> {
  return safeJsonChunks(exportWorkspace(source));
}

export function exportWorkspace(source: TimelineSource): unknown {
  const { workspace: ws, schedule } = source;
  const keep = (plan: number): boolean => source.plan === undefined || ws.plans[plan]?.id === source.plan;
  const refOf = (m: number): string | null => ws.milestones[m]?.ref ?? null;
  const after = groupBySuccessor(ws);
  return {
    today: formatDay(source.today),
    files: ws.files,
    plans: ws.plans.filter((p) => keep(p.index)).map((p) => ({
      id: p.id, title: p.title, owner: p.owner ?? null, file: p.file,
      start: day(p.start), status_date: day(p.statusDate),
      calendar: {
        holidays: p.calendar.spec.holidays,
        closed: p.calendar.spec.closed.map((r) => ({ from: formatDay(r.from), to: formatDay(r.to) })),
        workdays: p.calendar.spec.workdays.map((d) => WEEKDAYS[d - 1] ?? String(d)),
      },
      governance: { require: p.governance.require, window: duration(p.governance.window), lead: formatDuration(p.governance.lead) },
      critical: formatDuration(p.critical),
      ...optionalDateFields('finish', p.finish),
      ...riskSettings(p),
    })),
    bodies: ws.bodies.map((b) => ({ id: b.id, name: b.name ?? null })),
    meetings: ws.meetings.map((m) => ({ ref: m.ref, body: m.body, date: formatDay(m.date), title: m.title ?? null, location: m.location ?? null })),
    milestones: milestoneRows(ws, schedule, ws.milestones.filter((m) => keep(m.plan) && m.gate === undefined), after),
    gates: (ws.gates ?? []).filter((g) => keep(g.plan)).map((g) => ({
      ref: g.ref, plan: ws.plans[g.plan]?.id ?? null, id: g.id, title: g.title, model: g.model ?? null,
      ...optionalDateFields('date', g.date), decided: g.decided === undefined ? null : formatDay(g.decided.day),
      body: g.body ?? null, ready: g.ready === undefined ? null : { milestone: g.ready.milestone >= 0 ? refOf(g.ready.milestone) : g.ready.ref, lead: formatDuration(g.ready.lead) },
      baseline: g.baseline ?? null,
      projected: g.node >= 0 ? formatShown(shownProjected(schedule, g.node)) : null,
    })),
    goals: ws.goals.filter((g) => keep(g.plan)).map((g) => ({ ref: g.ref, plan: ws.plans[g.plan]?.id ?? null, id: g.id, title: g.title, area: g.area ?? null })),
    measures: ws.measures.filter((t) => keep(t.plan)).map((t) => {
      const party = assignedParty(t.responsible);
      const unassigned = party === undefined;
      return {
        ref: t.ref, plan: ws.plans[t.plan]?.id ?? null, id: t.id, goal: t.goal, title: t.title,
        responsible: party ?? null, unassigned, milestones: t.milestones.map(refOf),
      };
    }),
    risks: (ws.risks ?? []).filter((r) => keep(r.plan)).map((r) => ({
      ref: r.ref, plan: ws.plans[r.plan]?.id ?? null, id: r.id, title: r.title, probability: r.probability,
      impact: estimateFields(r.impact), milestones: r.milestones.map(refOf), responsible: r.responsible ?? null,
    })),
    paths: schedule.paths.filter((p) => keep(ws.milestones[p.end]?.plan ?? -1)).map((p) => ({ end: refOf(p.end), float: p.float, milestones: lazyMap(p.milestones, refOf) })),
  };
}

/**
 * Each milestone's dependencies (indices into ws.dependencies, in their order) as one flat list: milestone i's are
 * `order[start[i]]` to `order[start[i + 1] - 1]`. An object per dependency, written through the walk of plain values,
 * was 0.3 s of export json at 100,000 milestones (issue #18).
 */
interface Predecessors {
  readonly start: Int32Array;
  readonly order: Int32Array;
}

/** The edges grouped by their successor, as the graph groups them (graph.ts groupEdges: its predecessor lists). */
function groupBySuccessor(ws: Workspace): Predecessors {
  const { start, edges } = groupEdges(ws.milestones.length, edgeEnds(ws.dependencies).to);
  return { start, order: edges };
}

function writeMilestone(ws: Workspace, schedule: Schedule, m: Milestone, after: Predecessors, fields: JsonFields): void {
  const i = m.index;
  const driver = schedule.driver[i]!;
  writeMilestoneName(fields, m.ref, ws.plans[m.plan]?.id ?? null, m.id, m.title);
  writeOptionalDateFields(fields, 'date', m.date);
  writeOptionalDateFields(fields, 'forecast', m.forecast);
  writeOptionalDateFields(fields, 'actual', m.actual);
  writeOptionalDateFields(fields, 'deadline', m.deadline);
  // SPEC §2: the current date is the field it comes from, a period as written beside its day (current_as_written).
  writeDateFields(fields, 'current', currentValue(m));
  // A date left out (date-range) is null, its key kept (SPEC §8).
  fields.day('projected', shownProjected(schedule, i) ?? undefined);
  fields.day('latest', shownLatest(schedule, i) ?? undefined);
  fields.number('float', shownFloat(schedule, i));
  fields.boolean('critical', schedule.critical[i] === 1);
  fields.string('driver', driver >= 0 ? ws.milestones[driver]?.ref ?? null : null);
  fields.string('duration', formatDuration(m.duration));
  fields.value('duration_estimate', rangeFields(m.durationEstimate));
  const first = after.start[i]!;
  fields.objects('after', after.start[i + 1]! - first, (k, f) => {
    const d = ws.dependencies.at(after.order[first + k]!)!;
    f.string('ref', ws.milestones[d.from]?.ref ?? null);
    f.string('lag', formatDuration(d.lag));
    f.value('lag_estimate', rangeFields(d.lagEstimate));
    f.string('type', d.type);
  });
  fields.value('meetings', m.meetings.map((l) => l.ref));
  fields.value('require', m.require ?? null);
  fields.value('deliverables', m.deliverables);
  fields.value('responsible', m.responsible ?? null);
  fields.value('status', m.status ?? null);
  fields.value('goal', m.goal ?? null);
  fields.value('progress', m.progress ? { started: m.progress.started, total: m.progress.total } : null);
  fields.objects('history', m.history.length, (k, f) => {
    const h = m.history[k]!;
    f.string('reported', formatDay(h.reported));
    writeOptionalDateFields(f, 'forecast', h.forecast);
  });
}

/** The milestones' rows, written field by field. */
function milestoneRows(ws: Workspace, schedule: Schedule, list: readonly Milestone[], after: Predecessors): JsonRows {
  return new JsonRows(list.length, (i, fields) => writeMilestone(ws, schedule, list[i]!, after, fields));
}

/** `list.map(f)`, made one element at a time as it is written. */
function lazyMap<T>(list: readonly T[], f: (item: T) => unknown): LazyJsonArray {
  return new LazyJsonArray(list.length, (i) => f(list[i]!));
}

const SEVERITY_SETTINGS: ReadonlySet<unknown> = new Set(['error', 'warning', 'off']);

/**
 * A plan's settings for `risk` and `health` and its rule severities (SPEC §1.2, §1.6), normalised as the plan's other
 * settings are: `risk` with its default distribution, `health` and `rules` the overrides as written (`{}` for none).
 * A rule severity the schema refused is left out, as the rules leave it.
 */
function riskSettings(p: Plan): { risk: { distribution: string }; health: Record<string, number | 'off'>; rules: Record<string, string> } {
  const health = Object.create(null) as Record<string, number | 'off'>;
  for (const [check, threshold] of p.health) health[check] = threshold;
  const rules = Object.create(null) as Record<string, string>;
  for (const [rule, setting] of p.rules) if (SEVERITY_SETTINGS.has(setting)) rules[rule] = setting;
  return { risk: { distribution: p.riskDistribution ?? 'triangular' }, health, rules };
}

/** A three-point estimate as `{min, likely, max}`, each a duration as written (`5d`). */
function estimateFields(e: Estimate): { min: string; likely: string; max: string } {
  return { min: formatDuration({ n: e.min, unit: e.unit }), likely: formatDuration({ n: e.likely, unit: e.unit }), max: formatDuration({ n: e.max, unit: e.unit }) };
}

/** estimateFields of an estimate with a range; null for a single value (absent, or min = likely = max). */
function rangeFields(e: Estimate | undefined): { min: string; likely: string; max: string } | null {
  return e !== undefined && isRange(e) ? estimateFields(e) : null;
}

function day(d: number | undefined): string | null {
  return d === undefined ? null : formatDay(d);
}

function duration(d: Duration | undefined): string | null {
  return d === undefined ? null : formatDuration(d);
}
