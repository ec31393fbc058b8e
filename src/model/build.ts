// Builds the workspace model from schema-checked files: entities, dates, calendars; then resolves references.
import { declaredPlanId } from '../source/declared-plan.js';
import { calendarKey, DEFAULT_CALENDAR_SPEC, parseDuration, WorkCalendar, ZERO_DURATION, type CalendarSpec, type DateValue, type DayNumber, type Duration } from '../calendar/index.js';
import type { RuleId, SeveritySetting } from '../diagnostics/types.js';
import type { Path } from '../source/parse.js';
import { indexedTexts, isObj, list, obj, text, field, type Obj } from './read.js';
import { resolveReferences, type PendingDependency } from './resolve.js';
import { readGate } from './gates.js';
import type { Body, DuplicateFinding, Gate, Goal, InvalidDate, Meeting, MeetingLink, Milestone, Plan, Workspace } from './types.js';
import { readEntitiesCached, type FragmentCache } from './fragments.js';
import { EntryOrigin } from './origin.js';
import { readMilestone, writtenFields } from './read-milestone.js';
import { idOrigin, readDate, readDateText, type ReadEstimate } from './read-values.js';
import { msg } from '../messages/index.js';

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
  /** Edges of the scheduled milestones, `from` still -1, and beside each the reference it names (resolve-edges.ts). */
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
  /** Calendars by their spec (calendarKey): plans with the same calendar share one, and its lazily built tables. */
  readonly calendars: Map<string, WorkCalendar>;
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
  const b = startWorkspace();
  for (let i = 0; i < files.length; i++) addFile(b, files[i]!, fragments);
  return finishWorkspace(b);
}

/**
 * A workspace being built from files given one at a time (addFile, then finishWorkspace): the analysis reads each
 * file into the model as soon as it is parsed and checked, so that its parse tree can go before the next file is
 * parsed (issue #18: the trees of all files alive at once cost the garbage collector a sixth of `validate` at 100,000
 * milestones). The result is the same as buildWorkspace over all the files.
 */
export interface WorkspaceBuild {
  readonly b: Builder;
  /**
   * The builder readPlan writes through: the same entities and maps, but its own duplicate, require and invalid-date
   * lists, which finishWorkspace puts first. Every plan header used to be read before any file's entities (a file's
   * entities need only its own plan), and those lists keep that order.
   */
  readonly headers: Builder;
  /** Plan ids declared by files whose YAML does not parse → the first such file (addUnreadableFile). */
  readonly unreadable: Map<string, string>;
}

export function startWorkspace(): WorkspaceBuild {
  const b: Builder = {
    files: [], plans: [], bodies: [], meetings: [], milestones: [], goals: [], measuresRaw: [], risksRaw: [], gates: [], gateIndex: new Map(), pending: [], pendingTargets: [],
    planIndex: new Map(), bodyIndex: new Map(), meetingIndex: new Map(), milestoneIndex: new Map(), goalIndex: new Map(),
    knownBroken: new Set(), duplicates: [], invalidDates: [], requires: [], unscheduled: [], unscheduledIndex: new Map(),
    shared: { days: new Map(), durations: new Map(), lags: new Map(), calendars: new Map() },
  };
  return { b, headers: { ...b, duplicates: [], invalidDates: [], requires: [] }, unreadable: new Map() };
}

/** Reads the next file of the workspace (in file order) into the model. */
export function addFile(build: WorkspaceBuild, f: CheckedFile, fragments?: FragmentCache): void {
  const b = build.b;
  b.files.push(f.file);
  if (!isObj(f.data)) return;
  const plan = readPlan(build.headers, f);
  readBodies(b, f);
  readMeetings(b, f);
  if (fragments === undefined) readEntities(b, f, plan);
  else readEntitiesCached(b, f, plan, fragments, readEntities);
}

/**
 * A file whose YAML does not parse: the plan it declares, read from its text (source/declared-plan.ts), so that the
 * references to that plan's milestones are not reported as naming a plan missing from the workspace (a tester's 300
 * such errors, each with a hint to include a file that was included).
 */
export function addUnreadableFile(build: WorkspaceBuild, file: string, text: string): void {
  const plan = declaredPlanId(text);
  if (plan !== undefined && !build.unreadable.has(plan)) build.unreadable.set(plan, file);
}

/** The model of the files added: references resolved. */
export function finishWorkspace(build: WorkspaceBuild): Workspace {
  const { b, headers } = build;
  return resolveReferences({
    ...b,
    duplicates: headers.duplicates.concat(b.duplicates),
    invalidDates: headers.invalidDates.concat(b.invalidDates),
    requires: headers.requires.concat(b.requires),
  }, build.unreadable);
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
    checkSecondHeader(b, header, first, f.file);
    return first;
  }
  const index = b.plans.length;
  const holder = id;
  const day = (key: string): DayNumber | undefined => readDate(b, header, key, false, holder, index, f.file, ['plan'])?.day;
  const governance = readGovernance(b, header, index, f.file);
  const requireIds = governance ? indexedTexts(governance, 'require') : [];
  b.plans.push({
    index, id, title: text(header, 'title') ?? id, owner: text(header, 'owner'), file: f.file,
    start: day('start'), statusDate: day('status_date'),
    calendar: sharedCalendar(b.shared, readCalendar(b, header, index, f.file)),
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

/** `plan.governance`, its `require` list queued for the body check (resolve-checks.ts). */
function readGovernance(b: Builder, header: Obj, plan: number, file: string): Obj | undefined {
  const governance = obj(header, 'governance');
  if (governance) b.requires.push({ ids: indexedTexts(governance, 'require'), plan, holder: undefined, origin: { file, path: ['plan', 'governance', 'require'] } });
  return governance;
}

/**
 * A second `plan:` with an id already defined (duplicate-id): its file's entities are read into the plan of that id,
 * whose first definition holds (SPEC §4.1: the wrong value is left out, not its file), and the header's own dates and
 * body references are still checked. Before, the whole file was dropped and every other finding in it with it (a
 * tester's finding, session 11).
 */
function checkSecondHeader(b: Builder, header: Obj, plan: number, file: string): void {
  const holder = b.plans[plan]!.id;
  for (const key of ['start', 'status_date']) readDate(b, header, key, false, holder, plan, file, ['plan']);
  readDate(b, header, 'finish', true, holder, plan, file, ['plan']);
  readCalendar(b, header, plan, file);
  readGovernance(b, header, plan, file);
}

/**
 * The calendar of `spec`, the one already made for an equal spec when there is one: a WorkCalendar's tables (prefix
 * counts of working days, ~12 kB each and growing with the dates asked about) are the same for equal specs, and 10,000
 * plans with the default calendar built 10,000 of them (issue #18: 10,000 small files validated in 560 MB).
 */
function sharedCalendar(shared: SharedValues, spec: CalendarSpec): WorkCalendar {
  const key = calendarKey(spec);
  let calendar = shared.calendars.get(key);
  if (calendar === undefined) {
    calendar = new WorkCalendar(spec);
    shared.calendars.set(key, calendar);
  }
  return calendar;
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
    if (!from || !to) return;
    // A range that ends before it starts names no day (SPEC §2, rule invalid-date), and is left out like any invalid
    // date (§4.1). Until 2 Dec 2026 its ends were swapped silently, which hid a mistyped end (a tester's finding).
    if (to.day < from.day) {
      b.invalidDates.push({ message: msg('date.reversed-range', { text: entry }), hint: msg('date.reversed-range.hint', { range: `${toText}..${fromText}` }), holder: undefined, plan, origin: { file, path } });
      return;
    }
    closed.push({ from: from.day, to: to.day });
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
  for (const key of ENTITY_KEYS) {
    // An index loop rather than forEach's callback, once per entity (100,000 milestones).
    const entries = list(data, key);
    if (key === 'milestones' && plan >= 0) {
      readMilestones(b, entries, plan, b.plans[plan]!.id, f.file);
      continue;
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (!isObj(entry)) continue;
      const id = text(entry, 'id');
      if (id === undefined) continue;
      const ref = flatRef(planId ?? '?', id);
      const origin = new EntryOrigin(f.file, key, i);
      if (plan < 0) b.knownBroken.add(`${key}:${ref}`);
      else if (key === 'gates') readGate(b, entry, plan, ref, id, origin, (k, allowPeriod) => (field(entry, k) === undefined ? undefined : readDate(b, entry, k, allowPeriod, ref, plan, origin.file, origin.path) ?? null));
      else if (key === 'goals') readGoal(b, entry, plan, ref, id, origin);
      else if (key === 'risks') b.risksRaw.push({ plan, data: entry, origin });
      else b.measuresRaw.push({ plan, data: entry, origin });
    }
  }
}

/**
 * A plan's `milestones` list, as readEntities reads any entity list: each milestone's id taken from the one pass over
 * its keys that finds its fields (read-milestone.ts writtenFields) rather than looked up first on its own.
 */
function readMilestones(b: Builder, entries: readonly unknown[], plan: number, planId: string, file: string): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!isObj(entry)) continue;
    const w = writtenFields(entry);
    const id = w.id;
    if (typeof id !== 'string') continue;
    readMilestone(b, entry, w, plan, flatRef(planId, id), id, new EntryOrigin(file, 'milestones', i));
  }
}

/** The entity lists of a plan file, in the order readEntities reads them. */
const ENTITY_KEYS = ['milestones', 'gates', 'goals', 'measures', 'risks'] as const;

/**
 * `plan/ID` as one flat string. A template literal of 13 characters or more is a ConsString, which the first look-up
 * in milestoneIndex flattens into a second string, while the model keeps the ConsString that points at it: 32 bytes
 * per milestone more, 32 MB on the 1,000,000-long chain (issue #18). trim() returns the flat string itself when there
 * is nothing to trim, always so for the schema's ids; a ref that does start or end with a space is kept as written.
 */
function flatRef(planId: string, id: string): string {
  const written = `${planId}/${id}`;
  const flat = written.trim();
  return flat.length === written.length ? flat : written;
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

export type { Duration };
