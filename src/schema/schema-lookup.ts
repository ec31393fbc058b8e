// The plan schema's nodes as schema errors need them: the description of a failing node, the keys a mapping allows,
// the form of value (a date or period, a duration) a node or a place stands for.
import { planSchema } from './document.js';
import type { Path } from '../source/parse.js';
import type { FormName } from '../messages/data/input.js';

/** The schema's `$defs` that name a form of value ("a date or period"), by name; the texts are in the catalogues. */
const FORMS: ReadonlySet<string> = new Set<FormName>(['dayDate', 'dateOrPeriod', 'dayRange', 'duration', 'workDuration', 'estimate', 'signedDuration', 'lagEstimate', 'id', 'planId', 'ref', 'meetingRef', 'dependency']);

/** Forms of values whose alternatives are written inline in the schema rather than in `$defs`. */
const INLINE_FORMS: readonly (readonly [RegExp, FormName])[] = [
  [/\/after\/items\/anyOf$/, 'dependency'],
  [/\/closed\/items\/anyOf$/, 'dayDateOrRange'],
  [/\/progress\/pattern$/, 'progress'],
];

type SchemaNode = Readonly<Record<string, unknown>>;

/** The schema node at an ajv `schemaPath` (`#/properties/plan/…`, JSON-pointer escapes undone), or undefined. */
export function schemaAt(schemaPath: string): SchemaNode | undefined {
  let node: unknown = planSchema();
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

/** The `description` of the schema node that owns the failing keyword (or of one of its properties), or null. */
export function descriptionOf(schemaPath: string, property?: string): string | null {
  // A key required only in an `else` (a gate's title) is described among the properties of the object the `if` is in.
  const owner = schemaAt(schemaPath.replace(/\/[^/]*$/, '').replace(/\/(?:then|else)$/, ''));
  const target = property ? (owner?.['properties'] as Record<string, SchemaNode> | undefined)?.[property] : owner;
  const text = target?.['description'];
  return typeof text === 'string' ? text : null;
}

/** The `$defs` entry of each form formByPlace names: ajv reports inside it relative to it (`#/anyOf/2`). */
const DEF_OF_FORM: Readonly<Partial<Record<FormName, string>>> = { estimate: 'estimate', lagEstimate: 'lagEstimate', impactEstimate: 'estimate' };

/**
 * The name of the `$defs` entry that holds `form`'s schema: most forms have one of their own name, a risk's impact is
 * the shared `estimate` (DEF_OF_FORM).
 */
export function defOfForm(form: FormName): string {
  return DEF_OF_FORM[form] ?? form;
}

/** The description of the node at `schemaPath` or of its nearest ancestor that has one, or null. */
export function nearestDescription(schemaPath: string): string | null {
  for (let at = schemaPath; at.includes('/'); at = at.replace(/\/[^/]*$/, '')) {
    const text = schemaAt(at)?.['description'];
    if (typeof text === 'string') return text;
  }
  return null;
}

/**
 * The keys the mapping at `schemaPath` allows. A path relative to a shared definition (an estimate's `{min, likely,
 * max}`: `#/anyOf/2`) is looked up in the definition the value's place names; until 1 Dec 2026 it listed none.
 */
export function allowedKeys(schemaPath: string, path: Path = []): string[] {
  const properties = mappingAt(schemaPath, path)?.['properties'];
  return properties && typeof properties === 'object' ? Object.keys(properties).filter((k) => k !== '$schema') : [];
}

/**
 * Whether the mapping at `schemaPath` (as allowedKeys finds it) takes `key`: one of its properties, or a key its
 * `patternProperties` allow (`x-owner`, extension data: `^x-`).
 */
export function takesKey(schemaPath: string, path: Path, key: string): boolean {
  const node = mappingAt(schemaPath, path);
  const properties = node?.['properties'];
  if (properties !== null && typeof properties === 'object' && Object.hasOwn(properties, key) && key !== '$schema') return true;
  const patterns = node?.['patternProperties'];
  return patterns !== null && typeof patterns === 'object' && Object.keys(patterns).some((p) => new RegExp(p, 'u').test(key));
}

/** The schema node of the mapping an `additionalProperties` error at `schemaPath` is about (see allowedKeys). */
function mappingAt(schemaPath: string, path: Path): SchemaNode | undefined {
  const at = schemaPath.replace(/\/additionalProperties$/, '');
  const form = formByPlace(path);
  const def = form === undefined ? undefined : DEF_OF_FORM[form];
  return schemaAt(at) ?? (def !== undefined && at.startsWith('#/') ? schemaAt(`#/$defs/${def}${at.slice(1)}`) : undefined);
}

/** The form of value (FormName, worded in the catalogues) the node at `schemaPath` stands for, or undefined. */
export function formOf(schemaPath: string): FormName | undefined {
  const inline = INLINE_FORMS.find(([pattern]) => pattern.test(schemaPath));
  if (inline) return inline[1];
  const name = /#\/\$defs\/([^/]+)/.exec(schemaPath)?.[1];
  return name !== undefined && FORMS.has(name) ? (name as FormName) : undefined;
}

/** ajv reports an alternative inside a shared definition relative to it (`#/anyOf`): name the form by where the value is. */
export function formByPlace(path: Path): FormName | undefined {
  const last = path[path.length - 1];
  if (path[0] === 'milestones' && last === 'duration') return 'estimate';
  if (path[0] === 'risks' && last === 'impact') return 'impactEstimate';
  if (path[0] === 'milestones' && last === 'lag') return 'lagEstimate';
  return undefined;
}
