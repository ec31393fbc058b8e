// Builds the workspace model from schema-checked files: entities, dates, calendars; then resolves references.
import { DEFAULT_CALENDAR_SPEC, likelyDuration, parseDateValue, parseDuration, WorkCalendar, ZERO_DURATION, type CalendarSpec, type DateValue, type DayNumber, type Duration } from '../calendar/index.js';
import type { RuleId, SeveritySetting } from '../diagnostics/types.js';
import type { Path } from '../source/parse.js';
import { estimateOf, isObj, list, obj, text, texts, field, type Obj } from './read.js';
import { resolveReferences, type PendingDependency } from './resolve.js';
import type { Body, DuplicateFinding, Goal, HistoryEntry, InvalidDate, Meeting, MeetingLink, Milestone, Plan, Workspace } from './types.js';
import { currentValue } from './current.js';

export interface CheckedFile {
  readonly file: string;
  readonly data: unknown;
  /** Entity keys with schema problems (`file`, `plan`, `milestones`, `milestones/3`, …): kept out of the model. */
  readonly broken: ReadonlySet<string>;
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
  readonly pending: PendingDependency[];
  readonly planIndex: Map<string, number>;
  readonly bodyIndex: Map<string, number>;
  readonly meetingIndex: Map<string, number>;
  readonly milestoneIndex: Map<string, number>;
  readonly goalIndex: Map<string, number>;
  /** Refs of entities kept out for schema problems or bad dates: references to them are not "unknown". */
  readonly knownBroken: Set<string>;
  readonly duplicates: DuplicateFinding[];
  readonly invalidDates: InvalidDate[];
  /** Governance require lists of plans and milestones, checked after all bodies are known. */
  readonly requires: { ids: readonly string[]; plan: number; holder: string | undefined; origin: { file: string; path: Path } }[];
}

export function buildWorkspace(files: readonly CheckedFile[]): Workspace {
  const b: Builder = {
    files: files.map((f) => f.file), plans: [], bodies: [], meetings: [], milestones: [], goals: [], measuresRaw: [], risksRaw: [], pending: [],
    planIndex: new Map(), bodyIndex: new Map(), meetingIndex: new Map(), milestoneIndex: new Map(), goalIndex: new Map(),
    knownBroken: new Set(), duplicates: [], invalidDates: [], requires: [],
  };
  // Plans and global entities first, so every reference can be resolved whatever the file order.
  const planOfFile = files.map((f) => (f.broken.has('file') || !isObj(f.data) ? -1 : readPlan(b, f)));
  files.forEach((f, i) => {
    if (f.broken.has('file') || !isObj(f.data)) return;
    readBodies(b, f);
    readMeetings(b, f);
    const plan = planOfFile[i] ?? -1;
    readEntities(b, f, plan);
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
  if (f.broken.has('plan')) {
    b.knownBroken.add(`plan:${id}`);
    return -1;
  }
  const first = b.planIndex.get(id);
  if (first !== undefined) {
    b.duplicates.push({ kind: 'plan', ref: id, origin: { file: f.file, path: ['plan', 'id'] }, first: { file: b.plans[first]?.file ?? '', path: ['plan', 'id'] }, plan: undefined });
    return -1;
  }
  const index = b.plans.length;
  const holder = id;
  const day = (key: string): DayNumber | undefined => readDate(b, header, key, false, holder, index, f.file, ['plan', key])?.day;
  const governance = obj(header, 'governance');
  const requireIds = governance ? texts(governance, 'require') : [];
  if (governance) b.requires.push({ ids: requireIds, plan: index, holder: undefined, origin: { file: f.file, path: ['plan', 'governance', 'require'] } });
  b.plans.push({
    index, id, title: text(header, 'title') ?? id, owner: text(header, 'owner'), file: f.file,
    start: day('start'), statusDate: day('status_date'),
    calendar: new WorkCalendar(readCalendar(b, header, index, f.file)),
    governance: {
      require: requireIds,
      window: governance ? parseDuration(field(governance, 'window')) : undefined,
      lead: (governance ? parseDuration(field(governance, 'lead')) : undefined) ?? ZERO_DURATION,
    },
    critical: parseDuration(field(header, 'critical')) ?? ZERO_DURATION,
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
    if (f.broken.has('bodies') || f.broken.has(`bodies/${i}`)) return void b.knownBroken.add(`body:${id}`);
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
    const body = text(entry, 'body') ?? '';
    const origin = { file: f.file, path: ['meetings', i] };
    const explicit = text(entry, 'id');
    const written = text(entry, 'date') ?? '';
    const ref = explicit ?? `${body}@${written}`;
    if (f.broken.has('meetings') || f.broken.has(`meetings/${i}`)) return void b.knownBroken.add(`meeting:${ref}`);
    const date = readDate(b, entry, 'date', false, ref, undefined, f.file, [...origin.path, 'date']);
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
  for (const key of ['milestones', 'goals', 'measures', 'risks'] as const) {
    list(data, key).forEach((entry, i) => {
      if (!isObj(entry)) return;
      const id = text(entry, 'id');
      if (id === undefined) return;
      const ref = `${planId ?? '?'}/${id}`;
      const origin = { file: f.file, path: [key, i] };
      if (plan < 0 || f.broken.has(key) || f.broken.has(`${key}/${i}`)) return void b.knownBroken.add(`${key}:${ref}`);
      if (key === 'milestones') readMilestone(b, entry, plan, ref, id, origin);
      else if (key === 'goals') readGoal(b, entry, plan, ref, id, origin);
      else if (key === 'risks') b.risksRaw.push({ plan, data: entry, origin });
      else b.measuresRaw.push({ plan, data: entry, origin });
    });
  }
}

function readMilestone(b: Builder, m: Obj, plan: number, ref: string, id: string, origin: { file: string; path: Path }): void {
  const first = b.milestoneIndex.get(ref);
  if (first !== undefined) {
    b.duplicates.push({ kind: 'milestone', ref, origin: idOrigin(origin), first: idOrigin(b.milestones[first]!.origin), plan });
    return;
  }
  const dateOf = (key: string, allowPeriod: boolean): DateValue | undefined | null => {
    if (field(m, key) === undefined) return undefined;
    return readDate(b, m, key, allowPeriod, ref, plan, origin.file, [...origin.path, key]) ?? null;
  };
  const date = dateOf('date', true);
  const forecast = dateOf('forecast', true);
  const actual = dateOf('actual', false);
  const deadline = dateOf('deadline', true);
  const history: HistoryEntry[] = [];
  list(m, 'history').forEach((h, i) => {
    if (!isObj(h)) return;
    const path = [...origin.path, 'history', i];
    const reported = readDate(b, h, 'reported', false, ref, plan, origin.file, [...path, 'reported']);
    const fc = readDate(b, h, 'forecast', true, ref, plan, origin.file, [...path, 'forecast']);
    if (reported && fc) history.push({ reported: reported.day, forecast: fc });
  });
  if (!date || forecast === null || actual === null || deadline === null) {
    b.knownBroken.add(`milestones:${ref}`);
    return;
  }
  const index = b.milestones.length;
  const durationEstimate = estimateOf(field(m, 'duration'), false);
  list(m, 'after').forEach((entry, i) => {
    const target = typeof entry === 'string' ? entry : isObj(entry) ? text(entry, 'id') : undefined;
    if (target === undefined) return;
    const lagEstimate = isObj(entry) ? estimateOf(field(entry, 'lag'), true) : undefined;
    const lag = lagEstimate ? likelyDuration(lagEstimate) : ZERO_DURATION;
    // Point at the reference itself: the entry, or the id inside {id, lag}.
    b.pending.push({ to: index, target, lag, lagEstimate, origin: { file: origin.file, path: [...origin.path, 'after', i, ...(isObj(entry) ? ['id'] : [])] } });
  });
  const meetings: MeetingLink[] = texts(m, 'meetings').map((r, i) => ({ ref: r, meeting: -1, origin: { file: origin.file, path: [...origin.path, 'meetings', i] } }));
  const require = Array.isArray(field(m, 'require')) ? texts(m, 'require') : undefined;
  if (require) b.requires.push({ ids: require, plan, holder: ref, origin: { file: origin.file, path: [...origin.path, 'require'] } });
  const progress = /^(\d+)\/(\d+)$/.exec(text(m, 'progress') ?? '');
  const status = text(m, 'status');
  b.milestoneIndex.set(ref, index);
  b.milestones.push({
    index, ref, id, plan, title: text(m, 'title') ?? id, date, forecast, actual, deadline,
    duration: durationEstimate ? likelyDuration(durationEstimate) : ZERO_DURATION,
    durationEstimate,
    current: currentValue({ actual, forecast, date }).day,
    meetings, require, deliverables: texts(m, 'deliverables'), responsible: text(m, 'responsible'),
    status: status === 'green' || status === 'yellow' || status === 'red' ? status : undefined,
    goal: text(m, 'goal'),
    progress: progress ? { started: Number(progress[1]), total: Number(progress[2]) } : undefined,
    history: history.sort((x, y) => x.reported - y.reported), origin,
  });
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

function readDate(b: Builder, o: Obj, key: string, allowPeriod: boolean, holder: string | undefined, plan: number | undefined, file: string, path: Path): DateValue | undefined {
  const raw = field(o, key);
  if (raw === undefined) return undefined;
  return readDateText(b, raw, allowPeriod, holder, plan, file, path);
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
