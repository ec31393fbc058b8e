// A hand-written check that a milestone surely matches the plan schema's `milestones` items, for the common shapes:
// it only ever says "valid" when ajv would, and says "not sure" for anything else, which ajv then decides.
//
// Why (issue #18): ajv's first-error validator spent ~2 µs a milestone of bench/generate.mjs's network (~7 µs with
// bench/generate-rich.mjs's history and nine predecessors), much of it in its regular expressions (ids, refs, dates,
// durations). The same patterns as character tests, once compiled, take a third of that. Every test below restates a
// pattern of schemas/plan.schema.json; test/schema/fast-accept.test.ts holds each to ajv on generated milestones.

type Obj = Readonly<Record<string, unknown>>;

/** Whether an estimate of three parts was seen in the milestone scanMilestones is at (their order is estimate-order.ts's to check). */
let hasRanges = false;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** `s.slice(from, to)` matches `[A-Za-z0-9_][A-Za-z0-9._-]*` ($defs/id). */
function isIdPart(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  let c = s.charCodeAt(from);
  if (!(isLower(c) || isUpper(c) || isDigit(c) || c === 95)) return false;
  for (let i = from + 1; i < to; i++) {
    c = s.charCodeAt(i);
    if (!(isLower(c) || isUpper(c) || isDigit(c) || c === 95 || c === 46 || c === 45)) return false;
  }
  return true;
}

/** $defs/id: `^[A-Za-z0-9_][A-Za-z0-9._-]*$`. */
function isId(v: unknown): boolean {
  return typeof v === 'string' && isIdPart(v, 0, v.length);
}

/** $defs/ref: `^([a-z0-9][a-z0-9-]*\/)?[A-Za-z0-9_][A-Za-z0-9._-]*$` (neither part has a '/'). */
function isRef(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const slash = v.indexOf('/');
  if (slash < 0) return isIdPart(v, 0, v.length);
  if (slash === 0) return false;
  let c = v.charCodeAt(0);
  if (!(isLower(c) || isDigit(c))) return false;
  for (let i = 1; i < slash; i++) {
    c = v.charCodeAt(i);
    if (!(isLower(c) || isDigit(c) || c === 45)) return false;
  }
  return isIdPart(v, slash + 1, v.length);
}

/** `s` from `at` on has `n` digits. */
function hasDigits(s: string, at: number, n: number): boolean {
  for (let i = at; i < at + n; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** `s.slice(at, at + 10)` matches `[0-9]{4}-[0-9]{2}-[0-9]{2}` (s is long enough). */
function isDayAt(s: string, at: number): boolean {
  return hasDigits(s, at, 4) && s.charCodeAt(at + 4) === 45 && hasDigits(s, at + 5, 2) && s.charCodeAt(at + 7) === 45 && hasDigits(s, at + 8, 2);
}

/** $defs/dayDate: `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`. */
function isDayDate(v: unknown): boolean {
  return typeof v === 'string' && v.length === 10 && isDayAt(v, 0);
}

/** $defs/dateOrPeriod: `^[0-9]{4}(-Q[0-9]|-[0-9]{2}|-[0-9]{2}-[0-9]{2})?$`, or an integer 0..9999. */
function isDateOrPeriod(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1000 && v <= 9999;
  if (typeof v !== 'string') return false;
  switch (v.length) {
    case 10:
      return isDayAt(v, 0);
    case 4:
      return hasDigits(v, 0, 4);
    case 7:
      return hasDigits(v, 0, 4) && v.charCodeAt(4) === 45 && (v.charCodeAt(5) === 81 ? isDigit(v.charCodeAt(6)) : hasDigits(v, 5, 2));
    default:
      return false;
  }
}

/** `s.slice(from, to)` matches `-?[0-9]{1,5}(d|w|ed|ew)` ($defs/duration, or with `signed` signedDuration). */
function isDurationPart(s: string, from: number, to: number, signed: boolean): boolean {
  let i = from;
  if (signed && i < to && s.charCodeAt(i) === 45) i++;
  const digits = i;
  while (i < to && isDigit(s.charCodeAt(i))) i++;
  const n = i - digits;
  if (n < 1 || n > 5) return false;
  const unit = to - i;
  if (unit === 1) return s.charCodeAt(i) === 100 || s.charCodeAt(i) === 119;
  return unit === 2 && s.charCodeAt(i) === 101 && (s.charCodeAt(i + 1) === 100 || s.charCodeAt(i + 1) === 119);
}

/**
 * $defs/estimate (with `signed`: lagEstimate): a duration, `min..likely..max` of durations, or `{min, likely, max}`
 * of durations with `x-` keys beside them. Their order is estimate-order.ts's business, not the schema's.
 */
function isEstimate(v: unknown, signed: boolean): boolean {
  if (typeof v === 'string') {
    const first = v.indexOf('..');
    if (first < 0) return isDurationPart(v, 0, v.length, signed);
    hasRanges = true;
    const second = v.indexOf('..', first + 2);
    return second >= 0 && isDurationPart(v, 0, first, signed) && isDurationPart(v, first + 2, second, signed) && isDurationPart(v, second + 2, v.length, signed);
  }
  if (!isObj(v)) return false;
  hasRanges = true;
  let seen = 0;
  for (const key in v) {
    const value = v[key];
    if (key === 'min') seen |= 1;
    else if (key === 'likely') seen |= 2;
    else if (key === 'max') seen |= 4;
    else if (key.startsWith('x-') && value !== undefined) continue;
    else return false;
    if (typeof value !== 'string' || !isDurationPart(value, 0, value.length, signed)) return false;
  }
  return seen === 7;
}

/** $defs/meetingRef: `^[A-Za-z0-9_][A-Za-z0-9._-]*(@[0-9]{4}-[0-9]{2}-[0-9]{2})?$`. */
function isMeetingRef(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const at = v.indexOf('@');
  if (at < 0) return isIdPart(v, 0, v.length);
  return v.length === at + 11 && isIdPart(v, 0, at) && isDayAt(v, at + 1);
}

/** `progress`: `^\d+/\d+$`. */
function isProgress(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const slash = v.indexOf('/');
  if (slash < 1 || slash === v.length - 1) return false;
  for (let i = 0; i < v.length; i++) if (i !== slash && !isDigit(v.charCodeAt(i))) return false;
  return true;
}

/** An `after` entry: a ref, or `{id, lag?, type?}` with `x-` keys. */
function isAfterEntry(v: unknown): boolean {
  if (typeof v === 'string') return isRef(v);
  if (!isObj(v)) return false;
  let hasId = false;
  for (const key in v) {
    const value = v[key];
    if (value === undefined) return false;
    if (key === 'id') {
      if (!isRef(value)) return false;
      hasId = true;
    } else if (key === 'lag') {
      if (!isEstimate(value, true)) return false;
    } else if (key === 'type') {
      if (value !== 'FS' && value !== 'SS' && value !== 'FF' && value !== 'SF') return false;
    } else if (!key.startsWith('x-')) {
      return false;
    }
  }
  return hasId;
}

/** A `history` entry: `{reported: dayDate, forecast: dateOrPeriod}` with `x-` keys. */
function isHistoryEntry(v: unknown): boolean {
  if (!isObj(v)) return false;
  let seen = 0;
  for (const key in v) {
    const value = v[key];
    if (value === undefined) return false;
    if (key === 'reported') {
      if (!isDayDate(value)) return false;
      seen |= 1;
    } else if (key === 'forecast') {
      if (!isDateOrPeriod(value)) return false;
      seen |= 2;
    } else if (!key.startsWith('x-')) {
      return false;
    }
  }
  return seen === 3;
}

/** `v` is a list whose every entry passes `test`. */
function isListOf(v: unknown, test: (entry: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!test(v[i])) return false;
  return true;
}

/** isListOf, and no entry twice (`uniqueItems`): short lists of strings, so a pairwise scan. */
function isUniqueListOf(v: unknown, test: (entry: unknown) => boolean): boolean {
  if (!isListOf(v, test)) return false;
  const list = v as readonly unknown[];
  for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return false;
  return true;
}

const isText = (v: unknown): boolean => typeof v === 'string';

/**
 * What the hand-written check makes of a file's `milestones` list: `unsure` when some milestone must go to ajv,
 * else `valid`, or `valid-with-ranges` when some duration or lag has three parts (`1d..2d..4d`, `{min, likely, max}`):
 * only those can be out of order (estimate-order.ts), so with none that check can pass the milestones over. `ranged`,
 * when given, gets the index of each milestone with such an estimate, in order (when the answer is not `unsure`):
 * estimate-order.ts then reads only those.
 */
export function scanMilestones(milestones: readonly unknown[], ranged?: number[]): 'unsure' | 'valid' | 'valid-with-ranges' {
  let any = false;
  for (let i = 0; i < milestones.length; i++) {
    hasRanges = false;
    if (!isSurelyValidMilestone(milestones[i])) return 'unsure';
    if (hasRanges) {
      any = true;
      ranged?.push(i);
    }
  }
  return any ? 'valid-with-ranges' : 'valid';
}

/**
 * Whether `m` surely matches the schema's milestone (`#/properties/milestones/items`). False means "ask ajv": a
 * milestone of an unusual shape (a key ajv would reject, a value this does not recognise) is not judged here.
 */
export function isSurelyValidMilestone(m: unknown): boolean {
  if (!isObj(m)) return false;
  let required = 0;
  // ajv too walks the keys with for-in (additionalProperties) and reads each known one; the parsers make only own
  // enumerable keys of plain objects, and a `__proto__` key is neither known nor `x-`, so it goes to ajv.
  for (const key in m) {
    const v = m[key];
    if (v === undefined) return false;
    let ok: boolean;
    switch (key) {
      case 'id': ok = isId(v); required |= 1; break;
      case 'title': ok = typeof v === 'string'; required |= 2; break;
      case 'date': ok = isDateOrPeriod(v); required |= 4; break;
      case 'forecast': case 'deadline': ok = isDateOrPeriod(v); break;
      case 'actual': ok = isDayDate(v); break;
      case 'after': ok = isListOf(v, isAfterEntry); break;
      case 'duration': ok = isEstimate(v, false); break;
      case 'meetings': ok = isUniqueListOf(v, isMeetingRef); break;
      case 'require': ok = isUniqueListOf(v, isId); break;
      case 'deliverables': ok = isListOf(v, isText); break;
      case 'responsible': ok = typeof v === 'string'; break;
      case 'status': ok = v === 'green' || v === 'yellow' || v === 'red'; break;
      case 'goal': ok = isId(v); break;
      case 'progress': ok = isProgress(v); break;
      case 'history': ok = isListOf(v, isHistoryEntry); break;
      default: ok = key.startsWith('x-');
    }
    if (!ok) return false;
  }
  return required === 7;
}
