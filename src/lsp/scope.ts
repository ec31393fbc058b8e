// Which documents the language server analyses, and under which key: a file once however the client percent-encodes
// its URI, the workspace's files as `milepel validate` walks them, and a YAML document elsewhere only when it looks
// like a plan (the CI files of a plans repository are YAML too, and not plans).
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import schema from '../../schemas/plan.schema.json' with { type: 'json' };
import { pathOfUri } from './params.js';

/**
 * The key of a document: a `file:` URI in the one spelling Node gives its path, so `Planer%20%282026%29` (VS Code),
 * `FoU%20%26%20drift` (Neovim) and `Planer%20(2026)` (Node) name one file; any other URI as it is.
 */
export function uriKey(uri: string): string {
  const path = pathOfUri(uri);
  return path === undefined ? uri : pathToFileURL(path).href;
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
/** A top-level key of a plan file at the start of a line: block style, quoted, or first in a flow mapping. */
const PLAN_KEY_LINE = new RegExp(`^\\uFEFF?(?:---[ \\t]*)?(?:\\{\\s*)?(["']?)(?:${PLAN_KEYS.join('|')})\\1[ \\t]*:`, 'm');

/**
 * Whether a document outside the workspace looks like a plan file: it has one of the schema's top-level keys (plan,
 * bodies, meetings, milestones, goals, measures, gates, risks). Read from the text, so a plan mid-typing (not parsing)
 * still counts.
 */
export function looksLikePlan(text: string): boolean {
  return PLAN_KEY_LINE.test(text);
}
