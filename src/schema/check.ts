// Runs the precompiled ajv validator and turns its errors into 'schema' problems at the offending value.
import { MAX_DURATION_N } from '../calendar/duration.js';
import { showInvisible } from '../text/invisible.js';
import type { AjvError } from './ajv-error.js';
import { validate } from './generated/validate-plan.js';
import { validate as isValid } from './generated/plan-is-valid.js';
import type { Path } from '../source/parse.js';
import { msg, msg0, type Message } from '../messages/index.js';
import type { FormName, Place } from '../messages/data/input.js';
import { closestWord } from '../text/closest.js';
import { dropOf, widen } from './prune.js';
import { checkEstimates } from './estimate-order.js';
import { scanMilestones } from './fast-accept.js';
import { englishKeyFor } from './norwegian-keys.js';
import { meetingHint } from './meeting-hint.js';
import { allowedKeys, descriptionOf, formByPlace, formOf, nearestDescription } from './schema-lookup.js';
import { compactDay, kindOf, planLowered, show } from './value-display.js';

export interface SchemaProblem {
  /** Where the problem is: the value, or with `key` the key itself. */
  readonly path: Path;
  readonly key: boolean;
  readonly message: Message;
  readonly hint: Message;
  /** SPEC §4.1: the value this problem leaves out of the model ([] = the whole file), or undefined for none. */
  readonly drop?: Path | undefined;
}

/** The forms whose values are durations or lags: a number of units the schema allows at most five digits of. */
const DURATION_FORMS: ReadonlySet<FormName> = new Set<FormName>(['duration', 'workDuration', 'estimate', 'signedDuration', 'lagEstimate', 'impactEstimate']);
/** Forms whose values are text as written: one YAML read as a number is right once quoted. */
const TEXT_FORMS: ReadonlySet<FormName> = new Set<FormName>(['id', 'planId', 'ref', 'meetingRef', 'dependency']);

/** RAG status words the file does not take (`set --status` and import read the Norwegian ones), and the one it does. */
const RAG_WORDS: ReadonlyMap<string, string> = new Map([['grønn', 'green'], ['gronn', 'green'], ['gul', 'yellow'], ['rød', 'red'], ['rod', 'red'], ['amber', 'yellow']]);

/**
 * The part of a duration, lag or `min..likely..max` estimate written in the right form but with more units than the
 * schema allows (`999999d`), or undefined when the value has some other fault: such a value is then explained by its
 * size rather than as "not a duration" (a tester's finding).
 */
function partTooLong(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split('..');
  if (parts.length !== 1 && parts.length !== 3) return undefined;
  let long: string | undefined;
  for (const part of parts) {
    const match = /^-?([0-9]+)(d|w|ed|ew)$/.exec(part);
    if (match === null) return undefined;
    if (long === undefined && Number(match[1]) > MAX_DURATION_N) long = part;
  }
  return long;
}

export function checkSchema(data: unknown): SchemaProblem[] {
  if (data === undefined || data === null) {
    return [{ path: [], key: false, drop: [], message: msg0('schema.empty-file'), hint: msg0('schema.empty-file.hint') }];
  }
  const milestones = milestonesOf(data);
  if (milestones !== undefined) milestonesChecked += milestones.length;
  const ranged: number[] = [];
  const scan = milestones === undefined || milestonesChecked < FAST_ACCEPT_MIN ? 'unsure' : scanMilestones(milestones, ranged);
  const estimates = checkEstimates(data, scan === 'unsure' ? true : ranged).map((p) => ({ ...p, drop: widen(p.path) }));
  // Milestones that surely match (fast-accept.ts) leave ajv the rest of the file, its `milestones` list left empty:
  // the schema checks that list only item by item, so the answer is the same. The validator that stops at the first
  // error answers most files; only an invalid one is walked for every error, the whole file as always.
  if ((scan === 'unsure' ? isValid(data) : isValid({ ...(data as object), milestones: NO_MILESTONES })) || validate(data)) return estimates;
  // An `if` error only says that its `else` failed (a gate's title, SPEC §1.7), whose own error says what is missing.
  const problems = [...estimates, ...collapseAlternatives((validate.errors ?? []).filter((e) => e.propertyName === undefined && e.keyword !== 'if' && !isWrittenInNorwegian(e, data)), data)
    .map((e) => ({ ...describe(e, data), drop: dropOf(e, pointerToPath(e.instancePath)) }))];
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path.join('/')}|${p.key}|${JSON.stringify(p.message)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/**
 * A missing required key that the mapping has under its Norwegian name (`tittel` for `title`) or in other letter case
 * (`Date`): the unknown key's own finding says which key to write, and a second finding for the same mistake is left
 * out.
 */
function isWrittenInNorwegian(error: AjvError, data: unknown): boolean {
  if (error.keyword !== 'required') return false;
  const missing = String(error.params['missingProperty']);
  const node = valueAt(data, pointerToPath(error.instancePath));
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  // `Date:` for `date` is reported as an unknown key with "did you mean"; the missing `date` would be the same mistake.
  return Object.keys(node).some((key) => key.toLowerCase() === missing || englishKeyFor(key, [missing]) === missing);
}

const NO_MILESTONES: readonly never[] = Object.freeze([]);

/**
 * The milestones this process has checked so far, this file's included. Only how they are checked depends on it,
 * never the answer: a workspace of many files of a thousand milestones each (a tester's national programme of 92
 * files) earns back the hand-written check's compilation as well as one big file does.
 */
let milestonesChecked = 0;

/**
 * The fewest milestones, counted over the files checked so far (milestonesChecked), before the hand-written check
 * (fast-accept.ts) is run; until then files go to ajv alone. Its character tests are some three times faster than
 * ajv's once compiled (0.6 against 2 µs a milestone of
 * bench/generate.mjs's network, 4 against 7 µs with bench/generate-rich.mjs's history and nine predecessors), but
 * compiling them costs the process some 50 ms of CPU, which files of a thousand milestones (the 10,000-milestone
 * bench workspaces) never earn back. Schema check of the 100,000-milestone workspaces, CPU of a fresh process,
 * medians of three (network / rich): 222 -> 171 and 769 -> 464 ms.
 */
const FAST_ACCEPT_MIN = 20_000;

/** The file's `milestones` list, when it is a mapping with one. */
function milestonesOf(data: unknown): readonly unknown[] | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, 'milestones')) return undefined;
  const milestones = (data as Readonly<Record<string, unknown>>)['milestones'];
  return Array.isArray(milestones) ? milestones : undefined;
}

/**
 * Replaces an anyOf/oneOf failure and the errors of its branches (ajv lists them just before it) by what the
 * user must fix: the errors of the branch that fits the value (a mapping, or deeper inside the value, or the
 * only branch of the right type), else the alternative as a whole.
 */
function collapseAlternatives(errors: AjvError[], data: unknown): AjvError[] {
  const drop = new Set<number>();
  errors.forEach((alt, i) => {
    if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf') return;
    const at = alt.instancePath;
    const branch: number[] = [];
    for (let j = i - 1; j >= 0 && (errors[j]!.instancePath === at || errors[j]!.instancePath.startsWith(`${at}/`)); j--) branch.push(j);
    const remaining = branch.filter((j) => !drop.has(j) && errors[j]!.keyword !== 'type');
    for (const j of branch) if (errors[j]!.keyword === 'type') drop.add(j);
    const value = valueAt(data, pointerToPath(at));
    const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
    const keepBranch = remaining.length === 1 || (remaining.length > 1 && (isMapping || remaining.some((j) => errors[j]!.instancePath !== at)));
    if (keepBranch) drop.add(i);
    else for (const j of remaining) drop.add(j);
  });
  return errors.filter((_, i) => !drop.has(i));
}

function describe(error: AjvError, data: unknown): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const place = placeOf(path, data);
  const value = valueAt(data, path);
  const described = (property?: string): Message => msg('schema.described', { description: descriptionOf(error.schemaPath, property) });
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params['missingProperty']);
      return { path, key: false, message: msg('schema.required', { place, key: missing }), hint: msg('schema.required.hint', { key: missing, description: descriptionOf(error.schemaPath, missing) }) };
    }
    case 'additionalProperties': {
      const extra = String(error.params['additionalProperty']);
      const allowed = allowedKeys(error.schemaPath, path);
      const guess = closestWord(extra, allowed) ?? null;
      const english = englishKeyFor(extra, allowed);
      const holder = valueAt(data, path);
      const hasEnglish = english !== undefined && holder !== null && typeof holder === 'object' && Object.hasOwn(holder, english);
      // `<<` is YAML 1.1's merge key, which YAML 1.2 (what milepel reads, SPEC §1) has not: say that, not the key list.
      const hint = extra === '<<' ? msg0('schema.merge-key.hint')
        : english !== undefined ? msg(hasEnglish ? 'schema.norwegian-key.both.hint' : 'schema.norwegian-key.hint', { key: extra, english })
        : msg('schema.unknown-key.hint', { guess, allowed });
      return { path: [...path, extra], key: true, message: msg('schema.unknown-key', { place, key: showInvisible(extra) }), hint };
    }
    case 'dependentRequired':
      return { path, key: false, message: msg('schema.no-header', { key: String(error.params['property']) }), hint: msg0('schema.no-header.hint') };
    case 'type': {
      const types = String(error.params['type']).split(',');
      // An id or text YAML read as a number or a boolean (`id: 0x1F` is 31, `id: 1e3` 1000, `title: true`): quoted, it
      // is what was meant. A duration or a date written as a bare number is not: its form says what is missing.
      const form = formOf(error.schemaPath) ?? formByPlace(path);
      const readAsOther = types.includes('string') && (typeof value === 'number' || typeof value === 'boolean') && (form === undefined || TEXT_FORMS.has(form));
      return { path, key: false, message: msg('schema.type', { place, types, value: kindOf(value) }), hint: readAsOther ? msg('schema.quote.hint', { shown: show(value) }) : described() };
    }
    case 'enum': {
      const allowed = error.params['allowedValues'] as unknown[];
      // A RAG status in Norwegian (as `set --status` and import take it) or as amber: the word the file takes.
      const rag = allowed.includes('green') && typeof value === 'string' ? RAG_WORDS.get(value.trim().toLowerCase()) : undefined;
      const hint = rag !== undefined ? msg('schema.status-word.hint', { written: showInvisible(value as string), status: rag }) : described();
      return { path, key: false, message: msg('schema.enum', { place, shown: show(value), allowed: allowed.map(show) }), hint };
    }
    case 'const': {
      // The one word a value may be besides its other form (a health threshold: a number, or `off`); the hint is the
      // nearest description up the schema, which names both. Until 1 Dec 2026: ajv's "must be equal to constant".
      const message = msg('schema.enum', { place, shown: show(value), allowed: [show(error.params['allowedValue'])] });
      return { path, key: false, message, hint: msg('schema.described', { description: nearestDescription(error.schemaPath) }) };
    }
    case 'anyOf':
    case 'oneOf':
    case 'pattern': {
      const form = formOf(error.schemaPath) ?? formByPlace(path);
      const tooLong = form !== undefined && DURATION_FORMS.has(form) ? partTooLong(value) : undefined;
      if (tooLong !== undefined) {
        return { path, key: false, message: msg('schema.too-long', { place, shown: show(value), part: tooLong === value ? null : tooLong, max: MAX_DURATION_N }), hint: msg('schema.too-long.hint', { max: MAX_DURATION_N }) };
      }
      const meeting = form === 'meetingRef' ? meetingHint(value) : undefined;
      const lowered = form === 'ref' || form === 'dependency' ? planLowered(value) : undefined;
      const hint = meeting !== undefined ? meeting
        : lowered !== undefined ? msg('schema.ref-case.hint', { ref: lowered })
        : form !== undefined ? msg('schema.form.hint', { form }) : described();
      return { path, key: false, message: msg('schema.form', { place, shown: show(value), form: form ?? null }), hint };
    }
    case 'uniqueItems': {
      // ajv names the two equal entries (i, j); the later one is the repetition, which the finding points at and
      // prune.ts leaves out.
      const first = Math.min(Number(error.params['i']), Number(error.params['j']));
      const later = Math.max(Number(error.params['i']), Number(error.params['j']));
      if (!Number.isInteger(first) || !Number.isInteger(later) || !Array.isArray(value)) return { path, key: false, message: msg('schema.unique', { place, shown: null, first: null, later: null }), hint: msg0('schema.unique.hint') };
      return { path: [...path, later], key: false, message: msg('schema.unique', { place, shown: show(value[later]), first: first + 1, later: later + 1 }), hint: msg0('schema.unique.hint') };
    }
    case 'minItems':
      return { path, key: false, message: msg('schema.empty-list', { place }), hint: described() };
    case 'propertyNames': {
      const name = String(error.params['propertyName']);
      const allowed = allowedKeys(error.schemaPath.replace(/\/propertyNames$/, ''));
      const guess = closestWord(name, allowed) ?? null;
      return { path: [...path, name], key: true, message: msg('schema.unknown-key', { place, key: showInvisible(name) }), hint: msg('schema.unknown-name.hint', { guess, allowed }) };
    }
    default: {
      // A day written without its dashes (`date: 20260105`), which YAML reads as a number and the schema as a year.
      const day = error.keyword === 'maximum' ? compactDay(value) : undefined;
      // A year written as a number below 1000 (`date: 123`, or `0999`, which YAML reads as 999): SPEC §2's YYYY is four
      // digits, and an auditor's 123 was read as the year 0123. Years run from 0001: for 0, a negative number or a
      // fraction the hint says so and quotes no year, since "0000" was itself an invalid date (a tester's finding).
      const shortYear = error.keyword === 'minimum' && error.schemaPath.includes('/dateOrPeriod/') && typeof value === 'number';
      const hint = day !== undefined ? msg('schema.compact-date.hint', { date: day })
        : shortYear && Number.isInteger(value) && value >= 1 ? msg('schema.short-year.hint', { year: String(value).padStart(4, '0') })
        : shortYear ? msg0('schema.year-range.hint') : described();
      return { path, key: false, message: msg('schema.other', { place, text: error.message ?? null }), hint };
    }
  }
}

function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const text = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(text) ? Number(text) : text;
  });
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The place in the user's terms: the file, an entity of a list (milestones[2] with its id), or a dotted path. */
export function placeOf(path: Path, data: unknown): Place {
  if (path.length === 0) return { kind: 'file' };
  const [top, index, ...rest] = path;
  if (typeof index === 'number' && typeof top === 'string') {
    const entity = valueAt(data, [top, index]);
    const id = entity !== null && typeof entity === 'object' && typeof (entity as Record<string, unknown>)['id'] === 'string' ? String((entity as Record<string, unknown>)['id']) : null;
    return { kind: 'entity', list: top, index, id, rest: rest.length === 0 ? null : dotted(rest) };
  }
  return { kind: 'path', path: dotted(path) };
}

/** plan.calendar.workdays, after[0]. */
function dotted(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}
