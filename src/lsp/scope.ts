// Which documents the language server analyses, and under which key: a file once however the client percent-encodes
// its URI, the workspace's files as `milepel validate` walks them, and a YAML document elsewhere only when it looks
// like a plan (the CI files of a plans repository are YAML too, and not plans).
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import schema from '../../schemas/plan.schema.json' with { type: 'json' };
import { englishKeyFor } from '../schema/norwegian-keys.js';
import { withinOne } from '../text/edit-distance.js';
import { pathOfUri } from './params.js';

/**
 * The key of a document: a `file:` URI in the one spelling Node gives its path, so `Planer%20%282026%29` (VS Code),
 * `FoU%20%26%20drift` (Neovim) and `Planer%20(2026)` (Node) name one file, and with its drive letter in lower case,
 * as VS Code sends `file:///C:/x` and `file:///c%3A/x` for one file; any other URI as it is.
 */
export function uriKey(uri: string): string {
  const path = pathOfUri(uri);
  return path === undefined ? uri : pathToFileURL(path).href.replace(/^file:\/\/\/[A-Z](?=:)/, (drive) => drive.toLowerCase());
}

/**
 * Whether the walk of `validate` over `dir` reads `path` (absolute): below it, and no name on the way from it is
 * hidden (starts with a dot) or node_modules (SPEC §1: `.github/workflows/*.yml`, `.gitlab-ci.yml` are passed over).
 */
export function isWalkedFrom(dir: string, path: string): boolean {
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return false;
  return relative(dir, path).split(sep).every((name) => name !== '' && !name.startsWith('.') && name !== 'node_modules');
}

const PLAN_KEYS = Object.keys(schema.properties).filter((k) => !k.startsWith('$'));
/** The top-level keys a plan may have besides those: `$schema`, and the extension keys (`x-…`) of patternProperties. */
const OTHER_KEYS: ReadonlySet<string> = new Set(Object.keys(schema.properties).filter((k) => k.startsWith('$')));
const EXTENSION_KEYS = Object.keys(schema.patternProperties).map((p) => new RegExp(p));
/**
 * A top-level key at the start of a line (after a byte order mark or `---`, or first in a flow mapping): quoted, or
 * plain up to the first `: ` (a comment, a list item, `? ` and the other indicators start no key).
 */
const TOP_KEY = /^\uFEFF?(?:---[ \t]*)?(?:\{\s*)?(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\s#'"{}[\],&*!|>%@`?:-][^\n#]*?|[?:-][^\s#][^\n#]*?))[ \t]*:(?=[ \t\r]|$)/gm;

/**
 * Whether a document outside the workspace looks like a plan file: it has one of the schema's top-level keys (plan,
 * bodies, meetings, milestones, goals, measures, gates, risks), and no top-level key that a plan cannot have. Read from
 * the text, so a plan mid-typing (not parsing) still counts. A `plan` key alone is not enough: `plan` is the usual job
 * and stage name of a Terraform pipeline, and a `.gitlab-ci.yml` has it next to `stages:` and `apply:` (tester round
 * 13 #7); no plan has those. A key one letter off a plan's (`milestone:`, `Risks:`) or a Norwegian one the schema
 * finding names the English key of (`milepæler:`) is a plan's misspelling, not a sign of another format: that plan
 * keeps its findings, which say what is meant.
 */
export function looksLikePlan(text: string): boolean {
  let planKey = false;
  for (const m of text.matchAll(TOP_KEY)) {
    const key = m[1] ?? m[2]?.replaceAll("''", "'") ?? m[3]!;
    if (PLAN_KEYS.includes(key)) planKey = true;
    else if (isForeign(key)) return false;
  }
  return planKey;
}

/** A top-level key no plan has: not the schema's, no extension key, and no misspelling of a plan key. */
function isForeign(key: string): boolean {
  if (OTHER_KEYS.has(key) || EXTENSION_KEYS.some((p) => p.test(key))) return false;
  const lower = key.toLowerCase();
  return !PLAN_KEYS.some((k) => withinOne(lower, k)) && englishKeyFor(key, PLAN_KEYS) === undefined;
}
