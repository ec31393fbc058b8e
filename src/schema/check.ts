// Runs the precompiled ajv validator and turns its errors into 'schema' problems at the offending value.
import schema from '../../schemas/plan.schema.json' with { type: 'json' };
import type { AjvError } from './ajv-error.js';
import { validate } from './generated/validate-plan.js';
import type { Path } from '../source/parse.js';
import { closestWord } from '../text/closest.js';
import { checkEstimates } from './estimate-order.js';

export interface SchemaProblem {
  /** Where the problem is: the value, or with `key` the key itself. */
  readonly path: Path;
  readonly key: boolean;
  readonly message: string;
  readonly hint: string;
}

/** Plain-language forms of the schema's `$defs`, used when a value matches none of a definition's forms. */
const FORMS: Readonly<Record<string, { what: string; hint: string }>> = {
  dayDate: { what: 'a day date', hint: 'write the date as YYYY-MM-DD, e.g. 2019-09-27' },
  dateOrPeriod: { what: 'a date or period', hint: 'write YYYY-MM-DD, or a period YYYY, YYYY-Qn or YYYY-MM (e.g. 2020-Q3)' },
  dayRange: { what: 'a day range', hint: 'write YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD' },
  duration: { what: 'a duration', hint: 'write <n><unit> with unit d (working days), w (working weeks), ed (calendar days) or ew (calendar weeks), e.g. 10d' },
  workDuration: { what: 'a duration in working days or weeks', hint: 'write <n>d or <n>w, e.g. 5d' },
  estimate: { what: 'a duration or three-point estimate', hint: 'write <n><unit> (e.g. 10d), or min..likely..max in one unit (e.g. 5d..10d..20d), or {min: 5d, likely: 10d, max: 20d}' },
  signedDuration: { what: 'a lag', hint: 'write <n><unit> or a lead -<n><unit>, with unit d, w, ed or ew, e.g. 10d or -3d' },
  lagEstimate: { what: 'a lag or three-point estimate', hint: 'write <n><unit> (e.g. 10d, or -3d for a lead), or min..likely..max in one unit (e.g. -2d..0d..5d), or {min: -2d, likely: 0d, max: 5d}' },
  id: { what: 'an id', hint: 'use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)' },
  planId: { what: 'a plan id', hint: 'use lower-case letters, digits and "-", starting with a letter or digit (e.g. felles-grunnmur)' },
  ref: { what: 'a milestone reference', hint: 'write ID for a milestone of this plan or plan-id/ID for another plan (e.g. akson/MP2)' },
  meetingRef: { what: 'a meeting reference', hint: 'write the meeting\'s id, or <body>@<YYYY-MM-DD> (e.g. NEHS@2019-06-19)' },
  dependency: { what: 'a dependency', hint: 'write a reference (MP2, akson/MP2) or {id: MP2, lag: 10d}' },
};

/** Forms of values whose alternatives are written inline in the schema rather than in `$defs`. */
const INLINE_FORMS: readonly (readonly [RegExp, { what: string; hint: string }])[] = [
  [/\/after\/items\/anyOf$/, FORMS['dependency']!],
  [/\/closed\/items\/anyOf$/, { what: 'a day date or day range', hint: FORMS['dayRange']!.hint }],
  [/\/progress\/pattern$/, { what: 'progress "started/total"', hint: 'write the measures started and in total as "started/total", e.g. "1/4"' }],
];

const NOUNS: ReadonlyMap<string, string> = new Map([['milestones', 'milestone'], ['goals', 'goal'], ['measures', 'measure'], ['bodies', 'body'], ['meetings', 'meeting'], ['risks', 'risk']]);

type SchemaNode = Readonly<Record<string, unknown>>;

export function checkSchema(data: unknown): SchemaProblem[] {
  if (data === undefined || data === null) {
    return [{ path: [], key: false, message: 'file is empty: a plan file is a mapping with plan, milestones, bodies or meetings', hint: 'run `milepel init` for an example, or remove the file' }];
  }
  const estimates = checkEstimates(data);
  if (validate(data)) return estimates;
  const problems = [...estimates, ...collapseAlternatives((validate.errors ?? []).filter((e) => e.propertyName === undefined), data).map((e) => describe(e, data))];
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path.join('/')}|${p.key}|${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
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
  const where = nameOf(path, data);
  const value = valueAt(data, path);
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params['missingProperty']);
      return { path, key: false, message: `${where} is missing the required key "${missing}"`, hint: `add ${missing}: …; ${descriptionOf(error.schemaPath, missing)}` };
    }
    case 'additionalProperties': {
      const extra = String(error.params['additionalProperty']);
      const allowed = allowedKeys(error.schemaPath);
      const guess = closestWord(extra, allowed);
      const hint = guess ? `did you mean "${guess}"? Allowed keys: ${allowed.join(', ')}` : `allowed keys: ${allowed.join(', ')}; put extension data under a key starting with x-`;
      return { path: [...path, extra], key: true, message: `unknown key "${extra}" in ${where}`, hint };
    }
    case 'dependentRequired':
      return { path, key: false, message: `the file has ${String(error.params['property'])} but no plan header`, hint: 'add plan: {id: …, title: …} at the top of the file' };
    case 'type':
      return { path, key: false, message: `${where} must be ${article(String(error.params['type']))}, not ${kindOf(value)}`, hint: descriptionOf(error.schemaPath) };
    case 'enum':
      return { path, key: false, message: `${where} is ${show(value)}, which is not one of ${(error.params['allowedValues'] as unknown[]).map(show).join(', ')}`, hint: descriptionOf(error.schemaPath) };
    case 'anyOf':
    case 'oneOf':
    case 'pattern': {
      const form = formOf(error.schemaPath) ?? formByPlace(path);
      const what = form ? form.what : 'a valid value';
      return { path, key: false, message: `${where} is ${show(value)}, which is not ${what}`, hint: form?.hint ?? descriptionOf(error.schemaPath) };
    }
    case 'uniqueItems':
      return { path, key: false, message: `${where} lists the same value twice`, hint: 'remove the repeated entry' };
    case 'minItems':
      return { path, key: false, message: `${where} must not be empty`, hint: descriptionOf(error.schemaPath) };
    case 'propertyNames': {
      const name = String(error.params['propertyName']);
      const allowed = allowedKeys(error.schemaPath.replace(/\/propertyNames$/, ''));
      const guess = closestWord(name, allowed);
      return { path: [...path, name], key: true, message: `unknown key "${name}" in ${where}`, hint: `${guess ? `did you mean "${guess}"? ` : ''}allowed keys: ${allowed.join(', ')}` };
    }
    default:
      return { path, key: false, message: `${where} ${error.message ?? 'does not match the schema'}`, hint: descriptionOf(error.schemaPath) };
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

/** "milestone MP3", "plan.calendar.workdays", "milestones[2].after[0]": names the place in the user's terms. */
function nameOf(path: Path, data: unknown): string {
  if (path.length === 0) return 'the file';
  const [top, index, ...rest] = path;
  if (typeof index === 'number' && typeof top === 'string') {
    const entity = valueAt(data, [top, index]);
    const id = entity !== null && typeof entity === 'object' && typeof (entity as Record<string, unknown>)['id'] === 'string' ? String((entity as Record<string, unknown>)['id']) : undefined;
    const noun = NOUNS.get(top) ?? top;
    const base = id ? `${noun} ${id}` : `${top}[${index}]`;
    return rest.length === 0 ? base : `${rest.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[')} of ${base}`;
  }
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

function schemaAt(schemaPath: string): SchemaNode | undefined {
  let node: unknown = schema;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

/** The `description` of the schema node that owns the failing keyword (or of one of its properties). */
function descriptionOf(schemaPath: string, property?: string): string {
  const owner = schemaAt(schemaPath.replace(/\/[^/]*$/, ''));
  const target = property ? (owner?.['properties'] as Record<string, SchemaNode> | undefined)?.[property] : owner;
  const text = target?.['description'];
  return typeof text === 'string' ? lowerFirst(text) : 'see `milepel schema` for the file format';
}

function allowedKeys(schemaPath: string): string[] {
  const owner = schemaAt(schemaPath.replace(/\/additionalProperties$/, ''));
  const properties = owner?.['properties'];
  return properties && typeof properties === 'object' ? Object.keys(properties).filter((k) => k !== '$schema') : [];
}

function formOf(schemaPath: string): { what: string; hint: string } | undefined {
  const inline = INLINE_FORMS.find(([pattern]) => pattern.test(schemaPath));
  if (inline) return inline[1];
  const match = /#\/\$defs\/([^/]+)/.exec(schemaPath);
  const name = match?.[1];
  return name !== undefined && Object.hasOwn(FORMS, name) ? FORMS[name] : undefined;
}

/** ajv reports an alternative inside a shared definition relative to it (`#/anyOf`): name the form by where the value is. */
function formByPlace(path: Path): { what: string; hint: string } | undefined {
  const last = path[path.length - 1];
  if (path[0] === 'milestones' && last === 'duration') return FORMS['estimate'];
  if (path[0] === 'risks' && last === 'impact') return { what: 'a duration or three-point estimate without leads', hint: FORMS['estimate']!.hint };
  if (path[0] === 'milestones' && last === 'lag') return FORMS['lagEstimate'];
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${show(value)}`;
  return `${typeof value} ${show(value)}`;
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
