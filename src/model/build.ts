// Builds the workspace model from schema-checked files: entities, dates, calendars; then resolves references.
import { DEFAULT_CALENDAR_SPEC, likelyDuration, parseDateValue, parseDuration, WorkCalendar, ZERO_DURATION, type CalendarSpec, type DateValue, type DayNumber, type Duration, type Estimate } from '../calendar/index.js';
import type { RuleId, SeveritySetting } from '../diagnostics/types.js';
import type { Path } from '../source/parse.js';
import { estimateOf, indexedTexts, isObj, list, obj, text, texts, field, type Obj } from './read.js';
import { resolveReferences, type PendingDependency } from './resolve.js';
import { readGate } from './gates.js';
import { LINK_TYPES, type LinkType } from './types.js';
import type { Origin, Body, DuplicateFinding, Gate, Goal, HistoryEntry, InvalidDate, Meeting, MeetingLink, Milestone, Plan, Workspace } from './types.js';
import { readEntitiesCached, type FragmentCache } from './fragments.js';
import { AfterEdge, EntryOrigin } from './origin.js';

export interface CheckedFile {
  readonly file: string;
  /** The file's data with every value a schema problem makes unusable left out (SPEC §4.1); undefined when nothing is usable. */
  readonly data: unknown;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Mutable state while building; frozen into a Workspace at the end. */
export interface Builder {
  readonly files: string[];
  readonly plans: Plan[];
  readonly bodies: Body[];
  readonly meetings: Meeting[];
  readonly milestones: Milestone[];
  readonly goals: Goal[];
  readonly measuresRaw: { plan: number; data: Obj; origin: { file: string; path: Path } }[];
  readonly risksRaw: { plan: number; data: Obj; origin: { file: string; path: Path } }[];
  readonly gates: Gate[];
  /** `plan/ID` → index in `gates`. */
  readonly gateIndex: Map<string, number>;
  /** Edges of the scheduled milestones, `from` still -1, and beside each the reference it names (resolve.ts). */
  readonly pending: PendingDependency[];
  readonly pendingTargets: string[];
  readonly planIndex: Map<string, number>;
  readonly bodyIndex: Map<string, number>;
  readonly meetingIndex: Map<string, number>;
  readonly milestoneIndex: Map<string, number>;
  readonly goalIndex: Map<string, number>;
  /** Refs of entities kept out for schema problems or bad dates: references to them are not "unknown". */
  readonly knownBroken: Set<string>;
  readonly duplicates: DuplicateFinding[];
  readonly invalidDates: InvalidDate[];
  /** Governance require lists of plans and milestones, checked after all bodies are known; `at` = index in the list as written. */
  readonly requires: { ids: readonly { id: string; at: number }[]; plan: number; holder: string | undefined; origin: { file: string; path: Path } }[];
  /** Milestones without a usable `date` (SPEC §4.1): not scheduled, but their references are still checked. */
  readonly unscheduled: UnscheduledMilestone[];
  readonly unscheduledIndex: Map<string, { file: string; path: Path }>;
  /** Values written the same way many times, read once and shared (the model never changes one): see readDate, readEstimate. */
  readonly shared: SharedValues;
}

export interface SharedValues {
  /** Days as written → their value. */
  readonly days: Map<string, DateValue>;
  /** Durations and lags as written → their estimate and its likely value (null: malformed, the schema reports it). */
  readonly durations: Map<string, ReadEstimate | null>;
  readonly lags: Map<string, ReadEstimate | null>;
}

interface ReadEstimate {
  readonly estimate: Estimate;
  readonly likely: Duration;
}

/** `raw` (a duration, or with `signed` a lag) as its estimate and likely value; undefined when absent or malformed. */
function readEstimate(b: Builder, raw: unknown, signed: boolean): ReadEstimate | undefined {
  if (raw === undefined) return undefined;
  const memo = typeof raw === 'string' ? (signed ? b.shared.lags : b.shared.durations) : undefined;
  const known = memo?.get(raw as string);
  if (known !== undefined) return known ?? undefined;
  const estimate = estimateOf(raw, signed);
  const read = estimate === undefined ? null : { estimate, likely: likelyDuration(estimate) };
  memo?.set(raw as string, read);
  return read ?? undefined;
}

export interface UnscheduledMilestone {
  readonly ref: string;
  readonly plan: number;
  readonly after: readonly { target: string; origin: { file: string; path: Path } }[];
  readonly meetings: readonly MeetingLink[];
  readonly goal: string | undefined;
  readonly origin: { file: string; path: Path };
}

/** `fragments`: a cache of each file's entities kept across builds (see fragments.ts); the result is the same without. */
export function buildWorkspace(files: readonly CheckedFile[], fragments?: FragmentCache): Workspace {
  const b: Builder = {
    files: files.map((f) => f.file), plans: [], bodies: [], meetings: [], milestones: [], goals: [], measuresRaw: [], risksRaw: [], gates: [], gateIndex: new Map(), pending: [], pendingTargets: [],
    planIndex: new Map(), bodyIndex: new Map(), meetingIndex: new Map(), milestoneIndex: new Map(), goalIndex: new Map(),
    knownBroken: new Set(), duplicates: [], invalidDates: [], requires: [], unscheduled: [], unscheduledIndex: new Map(),
    shared: { days: new Map(), durations: new Map(), lags: new Map() },
  };
  // Plans and global entities first, so every reference can be resolved whatever the file order.
  const planOfFile = files.map((f) => (!isObj(f.data) ? -1 : readPlan(b, f)));
  files.forEach((f, i) => {
    if (!isObj(f.data)) return;
    readBodies(b, f);
    readMeetings(b, f);
    const plan = planOfFile[i] ?? -1;
    if (fragments === undefined) readEntities(b, f, plan);
    else readEntitiesCached(b, f, plan, fragments, readEntities);
  });
  return resolveReferences(b);
}

function readPlan(b: Builder, f: CheckedFile): number {
  const data = f.data as Obj;
  const header = obj(data, 'plan');
  if (!header) return -1;
  const id = text(header, 'id');
  if (id === undefined) return -1;
  const origin = { file: f.file, path: ['plan'] };
  const first = b.planIndex.get(id);
  if (first !== undefined) {
    b.duplicates.push({ kind: 'plan', ref: id, origin: { file: f.file, path: ['plan', 'id'] }, first: { file: b.plans[first]?.file ?? '', path: ['plan', 'id'] }, plan: undefined });
    return -1;
  }
  const index = b.plans.length;
  const holder = id;
  const day = (key: string): DayNumber | undefined => readDate(b, header, key, false, holder, index, f.file, ['plan'])?.day;
  const governance = obj(header, 'governance');
  const requireIds = governance ? indexedTexts(governance, 'require') : [];
  if (governance) b.requires.push({ ids: requireIds, plan: index, holder: undefined, origin: { file: f.file, path: ['plan', 'governance', 'require'] } });
  b.plans.push({
    index, id, title: text(header, 'title') ?? id, owner: text(header, 'owner'), file: f.file,
    start: day('start'), statusDate: day('status_date'),
    calendar: new WorkCalendar(readCalendar(b, header, index, f.file)),
    governance: {
      require: requireIds.map((r) => r.id),
      window: governance ? parseDuration(field(governance, 'window')) : undefined,
      lead: (governance ? parseDuration(field(governance, 'lead')) : undefined) ?? ZERO_DURATION,
    },
    critical: parseDuration(field(header, 'critical')) ?? ZERO_DURATION,
    finish: readDate(b, header, 'finish', true, holder, index, f.file, ['plan']),
    rules: readRules(header),
    health: readHealth(header),
    riskDistribution: obj(header, 'risk') && text(obj(header, 'risk')!, 'distribution') === 'pert' ? 'pert' : 'triangular',
    origin,
  });
  b.planIndex.set(id, index);
  return index;
}

function readCalendar(b: Builder, header: Obj, plan: number, file: string): CalendarSpec {
  const calendar = obj(header, 'calendar');
  if (!calendar) return DEFAULT_CALENDAR_SPEC;
  const closed: { from: DayNumber; to: DayNumber }[] = [];
  list(calendar, 'closed').forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const path = ['plan', 'calendar', 'closed', i];
    const [fromText = '', toText = fromText] = entry.split('..');
    const from = readDateText(b, fromText, false, undefined, plan, file, path);
    const to = readDateText(b, toText, false, undefined, plan, file, path);
    if (from && to) closed.push({ from: Math.min(from.day, to.day), to: Math.max(from.day, to.day) });
  });
  const workdays = field(calendar, 'workdays');
  return {
    holidays: text(calendar, 'holidays') === 'none' ? 'none' : 'NO',
    closed,
    workdays: Array.isArray(workdays) ? workdays.map((d) => WEEKDAYS.indexOf(String(d)) + 1).filter((d) => d > 0) : DEFAULT_CALENDAR_SPEC.workdays,
  };
}

function readRules(header: Obj): ReadonlyMap<RuleId, SeveritySetting> {
  const rules = obj(header, 'rules');
  const map = new Map<RuleId, SeveritySetting>();
  if (rules) for (const key of Object.keys(rules)) map.set(key as RuleId, rules[key] as SeveritySetting);
  return map;
}

/** `plan.health`: only numbers and `off` (anything else is a schema finding and left out here). */
function readHealth(header: Obj): ReadonlyMap<string, number | 'off'> {
  const health = obj(header, 'health');
  const map = new Map<string, number | 'off'>();
  if (health) {
    for (const key of Object.keys(health)) {
      const value = health[key];
      if (value === 'off' || (typeof value === 'number' && Number.isFinite(value) && value >= 0)) map.set(key, value);
    }
  }
  return map;
}

function readBodies(b: Builder, f: CheckedFile): void {
  list(f.data as Obj, 'bodies').forEach((entry, i) => {
    if (!isObj(entry)) return;
    const id = text(entry, 'id');
    if (id === undefined) return;
    const origin = { file: f.file, path: ['bodies', i] };
    const first = b.bodyIndex.get(id);
    if (first !== undefined) return void b.duplicates.push({ kind: 'body', ref: id, origin: idOrigin(origin), first: idOrigin(b.bodies[first]!.origin), plan: undefined });
    b.bodyIndex.set(id, b.bodies.length);
    b.bodies.push({ index: b.bodies.length, id, name: text(entry, 'name'), origin });
  });
}

function readMeetings(b: Builder, f: CheckedFile): void {
  list(f.data as Obj, 'meetings').forEach((entry, i) => {
    if (!isObj(entry)) return;
    const body = text(entry, 'body');
    const origin = { file: f.file, path: ['meetings', i] };
    const explicit = text(entry, 'id');
    const written = text(entry, 'date') ?? '';
    const ref = explicit ?? `${body ?? ''}@${written}`;
    if (body === undefined) return void b.knownBroken.add(`meeting:${ref}`);
    const date = readDate(b, entry, 'date', false, ref, undefined, f.file, origin.path);
    if (!date) return void b.knownBroken.add(`meeting:${ref}`);
    const first = b.meetingIndex.get(ref);
    const at = explicit !== undefined ? idOrigin(origin) : { file: f.file, path: [...origin.path, 'date'] };
    if (first !== undefined) return void b.duplicates.push({ kind: 'meeting', ref, origin: at, first: b.meetings[first]!.origin, plan: undefined });
    b.meetingIndex.set(ref, b.meetings.length);
    b.meetings.push({ index: b.meetings.length, ref, body, date: date.day, title: text(entry, 'title'), location: text(entry, 'location'), origin });
  });
}

function readEntities(b: Builder, f: CheckedFile, plan: number): void {
  const data = f.data as Obj;
  const planId = plan >= 0 ? b.plans[plan]!.id : obj(data, 'plan') && text(obj(data, 'plan')!, 'id');
  for (const key of ['milestones', 'gates', 'goals', 'measures', 'risks'] as const) {
    list(data, key).forEach((entry, i) => {
      if (!isObj(entry)) return;
      const id = text(entry, 'id');
      if (id === undefined) return;
      const ref = `${planId ?? '?'}/${id}`;
      const origin = new EntryOrigin(f.file, key, i);
      if (plan < 0) return void b.knownBroken.add(`${key}:${ref}`);
      if (key === 'milestones') readMilestone(b, entry, plan, ref, id, origin);
      else if (key === 'gates') readGate(b, entry, plan, ref, id, origin, (k, allowPeriod) => (field(entry, k) === undefined ? undefined : readDate(b, entry, k, allowPeriod, ref, plan, origin.file, origin.path) ?? null));
      else if (key === 'goals') readGoal(b, entry, plan, ref, id, origin);
      else if (key === 'risks') b.risksRaw.push({ plan, data: entry, origin });
      else b.measuresRaw.push({ plan, data: entry, origin });
    });
  }
}

/** Shared by every milestone without history, deliverables or meetings (the model is never mutated). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A milestone's fields as written, found in one pass over its keys: at 100,000 milestones of some six keys each,
 * fifteen keyed look-ups per milestone (one per field the model reads, most of them absent) cost more than the
 * pass. `undefined` for a field not written, exactly as `field(m, key)` gives it.
 */
interface WrittenMilestone {
  date: unknown; forecast: unknown; actual: unknown; deadline: unknown; history: unknown; duration: unknown; after: unknown;
  meetings: unknown; require: unknown; goal: unknown; progress: unknown; status: unknown; deliverables: unknown; title: unknown;
  responsible: unknown;
}

/** One WrittenMilestone for every milestone read (readMilestone is done with it before it reads the next one). */
const WRITTEN: WrittenMilestone = {
  date: undefined, forecast: undefined, actual: undefined, deadline: undefined, history: undefined, duration: undefined, after: undefined,
  meetings: undefined, require: undefined, goal: undefined, progress: undefined, status: undefined, deliverables: undefined, title: undefined,
  responsible: undefined,
};

function writtenFields(m: Obj): WrittenMilestone {
  const w = WRITTEN;
  w.date = w.forecast = w.actual = w.deadline = w.history = w.duration = w.after = undefined;
  w.meetings = w.require = w.goal = w.progress = w.status = w.deliverables = w.title = w.responsible = undefined;
  // Own enumerable keys, as Object.hasOwn in field() sees them (the parsers make every key an own enumerable one).
  for (const key of Object.keys(m)) {
    switch (key) {
      case 'date': w.date = m[key]; break;
      case 'forecast': w.forecast = m[key]; break;
      case 'actual': w.actual = m[key]; break;
      case 'deadline': w.deadline = m[key]; break;
      case 'history': w.history = m[key]; break;
      case 'duration': w.duration = m[key]; break;
      case 'after': w.after = m[key]; break;
      case 'meetings': w.meetings = m[key]; break;
      case 'require': w.require = m[key]; break;
      case 'goal': w.goal = m[key]; break;
      case 'progress': w.progress = m[key]; break;
      case 'status': w.status = m[key]; break;
      case 'deliverables': w.deliverables = m[key]; break;
      case 'title': w.title = m[key]; break;
      case 'responsible': w.responsible = m[key]; break;
    }
  }
  return w;
}

const asText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const asList = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);

function readMilestone(b: Builder, m: Obj, plan: number, ref: string, id: string, origin: EntryOrigin): void {
  const first = b.milestoneIndex.get(ref);
  const firstOrigin = first !== undefined ? b.milestones[first]!.origin : b.unscheduledIndex.get(ref);
  if (firstOrigin !== undefined) {
    b.duplicates.push({ kind: 'milestone', ref, origin: idOrigin(origin), first: idOrigin(firstOrigin), plan });
    return;
  }
  const w = writtenFields(m);
  // SPEC §4.1: an invalid forecast, actual or deadline is left out on its own (invalid-date reports it).
  const file = origin.file;
  const listKey = origin.list;
  const at = origin.at;
  const date = readDateValue(b, w.date, 'date', true, ref, plan, file, origin);
  const forecast = readDateValue(b, w.forecast, 'forecast', true, ref, plan, file, origin);
  const actual = readDateValue(b, w.actual, 'actual', false, ref, plan, file, origin);
  const deadline = readDateValue(b, w.deadline, 'deadline', true, ref, plan, file, origin);
  const historyList = asList(w.history);
  let history: HistoryEntry[] | readonly never[] = NONE;
  for (let i = 0; i < historyList.length; i++) {
    const h = historyList[i];
    if (!isObj(h)) continue;
    const path = [listKey, at, 'history', i];
    const reported = readDate(b, h, 'reported', false, ref, plan, file, path);
    const fc = readDate(b, h, 'forecast', true, ref, plan, file, path);
    if (!reported || !fc) continue;
    if (history === NONE) history = [];
    (history as HistoryEntry[]).push({ reported: reported.day, forecast: fc });
  }
  const duration = readEstimate(b, w.duration, false);
  // The index it gets when it has a date (its dependencies point to it); unscheduled ones keep -1. A scheduled
  // milestone's `after` entries go straight to the builder's pending dependencies (nothing else is pushed there
  // while it is read); an unscheduled one keeps them for the reference check.
  const index = date ? b.milestones.length : -1;
  const afterList = asList(w.after);
  const unscheduledAfter: { target: string; origin: Origin }[] | undefined = date ? undefined : [];
  for (let i = 0; i < afterList.length; i++) {
    const entry = afterList[i];
    // The reference itself: the entry, or the id inside {id, lag, type}.
    let target: string | undefined;
    let pending: PendingDependency;
    if (typeof entry === 'string') {
      target = entry;
      pending = new AfterEdge(-1, index, ZERO_DURATION, undefined, 'FS', origin, i, 0);
    } else {
      target = isObj(entry) ? text(entry, 'id') : undefined;
      if (target === undefined) continue;
      const lagRaw = field(entry as Obj, 'lag');
      const lag = readEstimate(b, lagRaw, true);
      pending = new AfterEdge(-1, index, lag?.likely ?? ZERO_DURATION, lag?.estimate, linkType(field(entry as Obj, 'type')), origin, i, lagRaw !== undefined ? 2 : 1);
    }
    if (unscheduledAfter !== undefined) {
      unscheduledAfter.push({ target, origin: pending.origin });
    } else {
      b.pending.push(pending);
      b.pendingTargets.push(target);
    }
  }
  const meetingIds = Array.isArray(w.meetings) ? indexedTexts(m, 'meetings') : NONE;
  const meetings: readonly MeetingLink[] = meetingIds.length === 0 ? NONE : meetingIds.map((r) => ({ ref: r.id, meeting: -1, origin: { file, path: [listKey, at, 'meetings', r.at] } }));
  const require = Array.isArray(w.require) ? indexedTexts(m, 'require') : undefined;
  if (require) b.requires.push({ ids: require, plan, holder: ref, origin: { file, path: [listKey, at, 'require'] } });
  const goal = asText(w.goal);
  if (!date) {
    // Without its planned date a milestone cannot be scheduled: it stays out of the schedule and the reports,
    // references to it are not "unknown", and its own references are still checked.
    b.knownBroken.add(`milestones:${ref}`);
    b.unscheduledIndex.set(ref, origin);
    b.unscheduled.push({ ref, plan, after: unscheduledAfter!, meetings, goal, origin });
    return;
  }
  const progressText = asText(w.progress);
  const progress = progressText === undefined ? null : /^(\d+)\/(\d+)$/.exec(progressText);
  const status = asText(w.status);
  const deliverables = w.deliverables === undefined ? NONE : texts(m, 'deliverables');
  b.milestoneIndex.set(ref, index);
  b.milestones.push({
    index, ref, id, plan, title: asText(w.title) ?? id, date, forecast, actual, deadline,
    duration: duration?.likely ?? ZERO_DURATION,
    durationEstimate: duration?.estimate,
    current: (actual ?? forecast ?? date).day,
    meetings, require: require?.map((r) => r.id), deliverables, responsible: asText(w.responsible),
    status: status === 'green' || status === 'yellow' || status === 'red' ? status : undefined,
    goal,
    progress: progress ? { started: Number(progress[1]), total: Number(progress[2]) } : undefined,
    history: history === NONE ? NONE : (history as HistoryEntry[]).sort((x, y) => x.reported - y.reported), origin,
  });
}

function linkType(value: unknown): LinkType {
  return typeof value === 'string' && (LINK_TYPES as readonly string[]).includes(value) ? (value as LinkType) : 'FS';
}

function readGoal(b: Builder, g: Obj, plan: number, ref: string, id: string, origin: { file: string; path: Path }): void {
  const first = b.goalIndex.get(ref);
  if (first !== undefined) {
    b.duplicates.push({ kind: 'goal', ref, origin: idOrigin(origin), first: idOrigin(b.goals[first]!.origin), plan });
    return;
  }
  b.goalIndex.set(ref, b.goals.length);
  b.goals.push({ index: b.goals.length, plan, id, ref, title: text(g, 'title') ?? id, area: text(g, 'area'), origin });
}

/**
 * `o[key]` as a date; an invalid one is recorded at `[...base, key]` (built only then: most dates are valid). A day
 * written the same way twice gives the same DateValue (the model never changes one): a 100,000-milestone workspace
 * writes a few thousand distinct days some 200,000 times.
 */
function readDate(b: Builder, o: Obj, key: string, allowPeriod: boolean, holder: string | undefined, plan: number | undefined, file: string, base: Path | EntryOrigin): DateValue | undefined {
  return readDateValue(b, field(o, key), key, allowPeriod, holder, plan, file, base);
}

/** readDate of the value `raw` already read from the field `key`. */
function readDateValue(b: Builder, raw: unknown, key: string, allowPeriod: boolean, holder: string | undefined, plan: number | undefined, file: string, base: Path | EntryOrigin): DateValue | undefined {
  if (raw === undefined) return undefined;
  const known = typeof raw === 'string' ? b.shared.days.get(raw) : undefined;
  if (known !== undefined) return known;
  const parsed = parseDateValue(raw, allowPeriod);
  if (parsed.ok) {
    // Only days: whether a period is allowed depends on the field, whether a day is does not.
    if (typeof raw === 'string' && !parsed.value.isPeriod) b.shared.days.set(raw, parsed.value);
    return parsed.value;
  }
  const basePath = base instanceof EntryOrigin ? base.path : base;
  b.invalidDates.push({ message: parsed.message, holder, plan, origin: { file, path: [...basePath, key] } });
  return undefined;
}

function readDateText(b: Builder, raw: unknown, allowPeriod: boolean, holder: string | undefined, plan: number | undefined, file: string, path: Path): DateValue | undefined {
  const parsed = parseDateValue(raw, allowPeriod);
  if (parsed.ok) return parsed.value;
  b.invalidDates.push({ message: parsed.message, holder, plan, origin: { file, path } });
  return undefined;
}

function idOrigin(origin: { file: string; path: Path }): { file: string; path: Path } {
  return { file: origin.file, path: [...origin.path, 'id'] };
}

export type { Duration };
