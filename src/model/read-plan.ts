// Reads a plan file's `plan:` header into the builder (build.ts): the plan, its dates, calendar (shared between equal
// specs), governance, rules and health settings; a second header with the same id only checked.
import { calendarKey, DEFAULT_CALENDAR_SPEC, parseDuration, WorkCalendar, ZERO_DURATION, type CalendarSpec, type DayNumber } from '../calendar/index.js';
import type { RuleId, SeveritySetting } from '../diagnostics/types.js';
import { indexedTexts, list, obj, text, field, type Obj } from './read.js';
import type { Builder, CheckedFile, SharedValues } from './build.js';
import { readDate, readDateText } from './read-values.js';
import { msg } from '../messages/index.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function readPlan(b: Builder, f: CheckedFile): number {
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
