// Builds workspace models directly (no YAML) for property and scale tests of the scheduler.
import { DEFAULT_CALENDAR_SPEC, WorkCalendar, ZERO_DURATION, formatDay, type CalendarSpec, type DayNumber, type Duration } from '../../src/calendar/index.js';
import { buildGraph, type Graph } from '../../src/graph/graph.js';
import type { Body, Dependency, LinkType, Meeting, Milestone, Plan, Workspace } from '../../src/model/types.js';
import { computeSchedule, type Schedule } from '../../src/schedule/cpm.js';

export interface PlanSpec {
  readonly id: string;
  /** Bodies every milestone of the plan requires (plan.governance.require). */
  readonly require?: readonly string[];
  readonly calendar?: CalendarSpec;
  readonly critical?: Duration;
  readonly finish?: DayNumber;
  readonly start?: DayNumber;
  /** plan.health overrides (SPEC §13). */
  readonly health?: ReadonlyMap<string, number | 'off'>;
}

export interface NodeSpec {
  readonly id: string;
  readonly plan: number;
  readonly date: DayNumber;
  readonly forecast?: DayNumber | undefined;
  readonly actual?: DayNumber | undefined;
  readonly deadline?: DayNumber | undefined;
  readonly duration?: Duration;
}

export interface EdgeSpec {
  readonly from: number;
  readonly to: number;
  readonly lag: Duration;
  /** FS when absent. */
  readonly type?: LinkType;
}

export interface Built {
  readonly ws: Workspace;
  readonly rank: Int32Array;
  readonly graph: Graph;
  readonly schedule: Schedule;
}

const origin = { file: 'test.yaml', path: [] };
const day = (d: DayNumber): { day: DayNumber; isPeriod: boolean; written: string } => ({ day: d, isPeriod: false, written: formatDay(d) });

export interface GovernanceSpec {
  readonly bodies: readonly string[];
  readonly meetings: readonly { readonly body: string; readonly date: DayNumber }[];
}

export function buildWorkspaceModel(plans: readonly PlanSpec[], nodes: readonly NodeSpec[], edges: readonly EdgeSpec[], governance: GovernanceSpec = { bodies: [], meetings: [] }): Workspace {
  const planModels: Plan[] = plans.map((p, index) => ({
    index, id: p.id, title: p.id, owner: undefined, file: `${p.id}.yaml`, start: p.start, statusDate: undefined,
    calendar: new WorkCalendar(p.calendar ?? DEFAULT_CALENDAR_SPEC),
    governance: { require: p.require ?? [], window: undefined, lead: ZERO_DURATION },
    critical: p.critical ?? ZERO_DURATION, finish: p.finish === undefined ? undefined : day(p.finish), rules: new Map(), health: p.health ?? new Map(), origin,
  }));
  const milestones: Milestone[] = nodes.map((n, index) => ({
    index, ref: `${plans[n.plan]!.id}/${n.id}`, id: n.id, plan: n.plan, title: n.id,
    date: day(n.date),
    forecast: n.forecast === undefined ? undefined : day(n.forecast),
    actual: n.actual === undefined ? undefined : day(n.actual),
    deadline: n.deadline === undefined ? undefined : day(n.deadline),
    duration: n.duration ?? ZERO_DURATION,
    current: n.actual ?? n.forecast ?? n.date,
    meetings: [], require: undefined, deliverables: [], responsible: undefined, status: undefined, goal: undefined,
    progress: undefined, history: [], origin,
  }));
  const dependencies: Dependency[] = edges.map((e) => ({ from: e.from, to: e.to, lag: e.lag, type: e.type ?? 'FS', origin, lagOrigin: undefined }));
  const bodies: Body[] = governance.bodies.map((id, index) => ({ index, id, name: undefined, origin }));
  const meetings: Meeting[] = governance.meetings.map((m, index) => ({ index, ref: `${m.body}@${formatDay(m.date)}`, body: m.body, date: m.date, title: undefined, location: undefined, origin }));
  return {
    files: planModels.map((p) => p.file), plans: planModels, bodies, meetings, milestones, dependencies, goals: [], measures: [],
    planIndex: new Map(planModels.map((p) => [p.id, p.index])), bodyIndex: new Map(bodies.map((b) => [b.id, b.index])),
    meetingIndex: new Map(meetings.map((m) => [m.ref, m.index])),
    milestoneIndex: new Map(milestones.map((m) => [m.ref, m.index])),
    duplicates: [], unresolved: [], invalidDates: [],
  };
}

/** Position of each milestone in ref order (as analyze.ts ranks them). */
export function rankByRef(ws: Workspace): Int32Array {
  const order = ws.milestones.map((m) => m.index).sort((a, b) => (ws.milestones[a]!.ref < ws.milestones[b]!.ref ? -1 : 1));
  const rank = new Int32Array(ws.milestones.length);
  order.forEach((m, i) => (rank[m] = i));
  return rank;
}

export function scheduleModel(plans: readonly PlanSpec[], nodes: readonly NodeSpec[], edges: readonly EdgeSpec[], governance?: GovernanceSpec): Built {
  const ws = buildWorkspaceModel(plans, nodes, edges, governance);
  const rank = rankByRef(ws);
  const graph = buildGraph(ws.milestones.length, ws.dependencies, rank);
  return { ws, rank, graph, schedule: computeSchedule(ws, graph, rank) };
}
