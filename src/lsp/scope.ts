// Which documents the language server analyses, and under which key: a file once however the client percent-encodes
// its URI, the workspace's files as `milepel validate` walks them, and a YAML document elsewhere only when it looks
// like a plan (the CI files of a plans repository are YAML too, and not plans).
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import schema from '../../schemas/plan.schema.json' with { type: 'json' };
import { englishKeyFor } from '../schema/norwegian-keys.js';
import { withinOne } from '../text/edit-distance.js';
import { pathOfUri } from './params.js';
import { visitOutline } from './yaml-outline.js';

/**
 * The key of a document: a `file:` URI in the one spelling Node gives its path, so `Planer%20%282026%29` (VS Code),
 * `FoU%20%26%20drift` (Neovim) and `Planer%20(2026)` (Node) name one file, and with its drive letter in lower case,
 * as VS Code sends `file:///C:/x` and `file:///c%3A/x` for one file; any other URI as it is.
 */
export function uriKey(uri: string): string {
  const path = pathOfUri(uri);
  return path === undefined ? uri : pathToFileURL(path).href.replace(/^file:\/\/\/[A-Z](?=:)/, (drive) => drive.toLowerCase());
}

/** The name a workspace rooted at `root` gives the file at absolute `path`: its path from the root, `/`-separated. */
export function nameFromRoot(root: string, path: string): string {
  const rel = relative(root, path);
  return isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/**
 * Whether the walk of `validate` over `dir` reads `path` (absolute): below it, and no name on the way from it is
 * hidden (starts with a dot) or node_modules (SPEC §1: `.github/workflows/*.yml`, `.gitlab-ci.yml` are passed over).
 */
export function isWalkedFrom(dir: string, path: string): boolean {
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return false;
  return relative(dir, path).split(sep).every((name) => name !== '' && !name.startsWith('.') && name !== 'node_modules');
}

type SchemaObject = { readonly required?: readonly string[]; readonly properties?: Record<string, unknown> };
type SchemaEntry = SchemaObject & { readonly items?: SchemaObject };

/** What each top-level key of a plan holds: the keys of its mapping (plan) or of its list's items, and which are required. */
const ENTITIES: ReadonlyMap<string, { readonly keys: ReadonlySet<string>; readonly required: readonly string[] }> = new Map(
  Object.entries(schema.properties as Record<string, SchemaEntry>).filter(([k]) => !k.startsWith('$')).map(([k, v]) => {
    const shape = v.items ?? v;
    return [k, { keys: new Set(Object.keys(shape.properties ?? {})), required: shape.required ?? [] }];
  }),
);
const PLAN_KEYS = [...ENTITIES.keys()];
/** The top-level keys a plan may have besides those: `$schema`, and the extension keys (`x-…`) of patternProperties. */
const OTHER_KEYS: ReadonlySet<string> = new Set(Object.keys(schema.properties).filter((k) => k.startsWith('$')));
const EXTENSION_KEYS = Object.keys(schema.patternProperties).map((p) => new RegExp(p));
const isExtension = (key: string): boolean => EXTENSION_KEYS.some((p) => p.test(key));

/**
 * A plan key written as a key anywhere (block or flow, quoted or not): a plan has one at its top level. A quoted key's
 * `:` may touch its value (`{"plan":{…}}`, as JSON.stringify writes a plan: tester round 17 #4); a plain key's needs a
 * blank or the line's end after it.
 */
const PLAN_KEY_TEXT = new RegExp(`(?:^|[\\s\\uFEFF{,?-])(?:(["'])(?:${PLAN_KEYS.join('|')})\\1[ \\t]*:|(?:${PLAN_KEYS.join('|')})[ \\t]*:(?=[ \\t\\r]|$))`, 'm');

/** The keys read below a top-level key; for a plan key, how many of them are its entity's and whether one is required. */
interface TopKey {
  readonly below: Set<string>;
  known: number;
  hasRequired: boolean;
}

/**
 * Whether a document outside the workspace looks like a plan file, from its top-level keys and the keys below each
 * (yaml-outline.ts; read from the text, so a plan mid-typing, not parsing, still counts). It needs a plan key (plan,
 * bodies, meetings, milestones, goals, measures, gates, risks) at its top level, and then:
 *
 * - a plan key whose mapping or list items have two of that entity's keys, one of them required (`plan: {id, title}`,
 *   milestones with `id` and `date`, meetings with `body` and `date`) makes it a plan whatever else it has: a stray
 *   key (`notes:`) is the error its schema finding is there to report, and silenced every finding (tester round 14 #5);
 * - else a key no plan has (`stages:`, `on:`, `services:`), or a plan key whose mapping or items have a key of another
 *   format and none of the entity's required ones (GitLab's `plan: {stage, script}` or `plan: {extends, rules}` job;
 *   tester round 13 #7), makes it no plan;
 * - else it is a plan (`milestones: [` being typed).
 *
 * A key one letter off a plan key (`milestone:`, `Risks:`) or a Norwegian one (`milepæler:`) is no key of another
 * format but that plan key misspelt: that plan keeps its findings, which say what is meant.
 */
export function looksLikePlan(text: string): boolean {
  // Other YAML (a manifest, a CI file without a `plan` job) is not read further.
  if (!PLAN_KEY_TEXT.test(text)) return false;
  const tops = new Map<string, TopKey>();
  // Read only as far as needed: a plan's header, on its first lines, says it is one.
  const isStrong = visitOutline(text, (top, key) => {
    let t = tops.get(top);
    if (t === undefined) {
      t = { below: new Set(), known: 0, hasRequired: false };
      tops.set(top, t);
    }
    if (key === undefined || t.below.has(key)) return false;
    t.below.add(key);
    const shape = ENTITIES.get(top);
    if (shape === undefined) return false;
    if (shape.keys.has(key)) t.known++;
    if (shape.required.includes(key)) t.hasRequired = true;
    return t.known >= 2 && t.hasRequired;
  });
  if (isStrong) return true;
  let hasPlanKey = false;
  for (const [top, t] of tops) {
    if (OTHER_KEYS.has(top) || isExtension(top)) continue;
    const entity = entityOf(top);
    if (entity === undefined) return false;
    const { keys, required } = ENTITIES.get(entity)!;
    const below = [...t.below];
    if (!below.some((k) => required.includes(k)) && below.some((k) => !keys.has(k) && !isExtension(k) && misspeltAs(k, [...keys]) === undefined)) return false;
    if (entity === top) hasPlanKey = true;
  }
  return hasPlanKey;
}

/** The plan key that a top-level key is, or stands for misspelt or in Norwegian; undefined for another key. */
function entityOf(key: string): string | undefined {
  return PLAN_KEYS.includes(key) ? key : misspeltAs(key, PLAN_KEYS);
}

/** The key among `keys` that `key` is one letter off (in any case) or the Norwegian of; undefined for none. */
function misspeltAs(key: string, keys: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return keys.find((k) => withinOne(lower, k)) ?? englishKeyFor(key, keys);
}
