// Runs the precompiled ajv validator and turns its errors into 'schema' problems at the offending value.
import type { AjvError } from './ajv-error.js';
import { validate } from './generated/validate-plan.js';
import { validate as isValid } from './generated/plan-is-valid.js';
import type { Path } from '../source/parse.js';
import { msg0, type Message } from '../messages/index.js';
import { dropOf, widen } from './prune.js';
import { checkEstimates } from './estimate-order.js';
import { scanMilestones } from './fast-accept.js';
import { englishKeyFor } from './norwegian-keys.js';
import { keysHintGives } from './glued-key.js';
import { allowedKeys } from './schema-lookup.js';
import { describe, type WrittenNumber } from './describe.js';
import type { ListEntry } from './listed-offer.js';
import { pointerToPath, valueAt, type EntityName } from './place.js';
import { sameData } from '../source/same-data.js';

export interface SchemaProblem {
  /** Where the problem is: the value, or with `key` the key itself. */
  readonly path: Path;
  readonly key: boolean;
  readonly message: Message;
  readonly hint: Message;
  /** The text whose form is wrong, as read (a pattern's problem): what a reference written so names (tester round 77 F6). */
  readonly written?: string | undefined;
  /**
   * For a meeting's `body` or `date` without an id: the name (`<body>@<date>`) the value the hint offers would give the
   * meeting, which the schema rule checks is no other meeting's (tester round 77 F4).
   */
  readonly meeting?: string | undefined;
  /**
   * For an entry of a list of references whose hint offers a value: the list and what the offer and each entry name,
   * which the schema rule compares with the other entries' offers and meetings (tester round 78 F2, F16).
   */
  readonly entry?: ListEntry | undefined;
  /**
   * What the fix of a hint whose data does not say it writes in a list of references: the id of a glued `id:MP5`
   * (the colon hint), a number as written (the quote hint). taken-id.ts offerOf reads it (tester round 87 F1, F3).
   */
  readonly offer?: string | undefined;
  /** SPEC §4.1: the value this problem leaves out of the model ([] = the whole file), or undefined for none. */
  readonly drop?: Path | undefined;
}

/** A schema problem as the rules read it (RuleContext.schemaProblems): in its file, of its plan and entity. */
export interface PlacedSchemaProblem {
  readonly file: string;
  readonly plan: number | undefined;
  readonly problem: SchemaProblem;
  readonly entity?: EntityName | undefined;
}

/**
 * The schema's problems with `data` (SPEC §1, schemas/plan.schema.json), each at its place. `writtenNumber` gives a
 * number's text as the file writes it (source/written-number.ts), for the findings that quote it; without it the
 * number is shown as YAML read it.
 */
export function checkSchema(data: unknown, writtenNumber?: WrittenNumber): SchemaProblem[] {
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
  const errors = validate.errors ?? [];
  // A value both of the wrong type and none of the allowed ones (`status: null`) is said once, with the allowed values:
  // the type's error repeated it at the same place (tester round 63 F9, `plan.rules.lead: null`).
  const enumAt = new Set(errors.flatMap((e) => (e.keyword === 'enum' ? [e.instancePath] : [])));
  const problems = [...estimates, ...collapseAlternatives(errors.filter((e) => e.propertyName === undefined && e.keyword !== 'if' && !isWrittenOtherwise(e, data) && !isReferenceRepeat(e) && !(e.keyword === 'type' && enumAt.has(e.instancePath))), data)
    .flatMap((e) => (e.keyword === 'uniqueItems' ? everyRepeat(e, data) : [e]))
    .map((e) => ({ ...describe(e, data, writtenNumber), drop: dropOf(e, pointerToPath(e.instancePath)) }))];
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path.join('/')}|${p.key}|${JSON.stringify(p.message)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/**
 * A missing required key that the mapping has under its Norwegian name (`tittel` for `title`), in other letter case
 * (`Date`) or glued to its value (`{id:MP5}`, read as the key `id:MP5`): the unknown key's own finding says which key
 * to write, or to put a space after the colon, and a second finding for the same mistake ("add id: …") is left out.
 */
function isWrittenOtherwise(error: AjvError, data: unknown): boolean {
  if (error.keyword !== 'required') return false;
  const missing = String(error.params['missingProperty']);
  const path = pointerToPath(error.instancePath);
  const node = valueAt(data, path);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  // `Date:` for `date` is reported as an unknown key with "did you mean"; the missing `date` would be the same mistake.
  // Only where the unknown key's hint gives the missing key: `- id:Q: 1` is told "did you mean id", which gives no id
  // (tester round 89 F2); `- id:Q title: T` to write each pair on its line, which gives both (round 90 F2).
  const allowed = allowedKeys(error.schemaPath.replace(/\/required$/, ''), path);
  const glued = (key: string): boolean => keysHintGives(key, (node as Record<string, unknown>)[key], allowed, (k) => Object.hasOwn(node, k)).includes(missing);
  return Object.keys(node).some((key) => key.toLowerCase() === missing || englishKeyFor(key, [missing]) === missing || glued(key));
}

/**
 * A repeat in a risk's or measure's `milestones` or a milestone's `meetings`: the model finds every one there, written
 * alike or otherwise (`A`, `p/A`; a meeting's id and `<body>@<date>`), known or not, each paired with the first entry
 * naming the same milestone or meeting (model/risks.ts, model/resolve-measures.ts, model/resolve-meetings.ts). ajv's uniqueItems names one pair a list, the nearest two equal entries, and left that
 * later one out before the model saw it: `[p/A, A, p/A, A]` had entry 4 paired with entry 2 and entry 3, written as
 * entry 1, worded as written otherwise (tester round 45 F7).
 */
function isReferenceRepeat(error: AjvError): boolean {
  return error.keyword === 'uniqueItems' && REFERENCE_LISTS.test(error.instancePath);
}
const REFERENCE_LISTS = /^\/(?:(?:risks|measures)\/\d+\/milestones|milestones\/\d+\/meetings)$/;

/**
 * ajv's uniqueItems error for a list, as one error per later entry equal to an earlier one, each paired with the first
 * entry it equals (params i, j: first, later). ajv names one pair a list, the last two equal entries: `require: [A, B,
 * A, A]` was entry 4 against entry 3, and entry 3 stayed in the model (a helper's finding, session 43). Equal as ajv's
 * deep equality is: values by value, lists and mappings by sameData's JSON reading (key order aside), which also
 * compares data that holds itself through an alias (`&r [A, *r]`) without recursing forever.
 */
function everyRepeat(error: AjvError, data: unknown): AjvError[] {
  const list = valueAt(data, pointerToPath(error.instancePath));
  if (!Array.isArray(list)) return [error];
  const firstValues = new Map<unknown, number>();
  const firstCollections: number[] = [];
  const out: AjvError[] = [];
  list.forEach((item: unknown, j) => {
    let first: number | undefined;
    if (item === null || typeof item !== 'object') {
      first = firstValues.get(item);
      if (first === undefined) firstValues.set(item, j);
    } else {
      first = firstCollections.find((i) => sameData(list[i], item, 'json'));
      if (first === undefined) firstCollections.push(j);
    }
    if (first !== undefined) out.push({ ...error, params: { ...error.params, i: first, j } });
  });
  return out.length > 0 ? out : [error];
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

/** ajv's keywords for a number's bounds. */
const BOUNDS: ReadonlySet<string> = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);

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
    const value = valueAt(data, pointerToPath(at));
    // A number beyond the bound of a branch of numbers (a health threshold of 150 where `off` is the other branch):
    // that bound is what to fix, not "a valid value" nor "one of off" (session 38's note).
    const bounded = typeof value === 'number' ? branch.filter((j) => !drop.has(j) && BOUNDS.has(errors[j]!.keyword) && errors[j]!.instancePath === at) : [];
    if (bounded.length > 0) for (const j of branch) if (!bounded.includes(j)) drop.add(j);
    const remaining = branch.filter((j) => !drop.has(j) && errors[j]!.keyword !== 'type');
    for (const j of branch) if (errors[j]!.keyword === 'type') drop.add(j);
    const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
    const keepBranch = remaining.length === 1 || (remaining.length > 1 && (isMapping || remaining.some((j) => errors[j]!.instancePath !== at)));
    if (keepBranch) drop.add(i);
    else for (const j of remaining) drop.add(j);
  });
  return errors.filter((_, i) => !drop.has(i));
}
