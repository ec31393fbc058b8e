// The plan id a plan file declares, read from its text alone: for a file whose YAML does not parse, so that the
// references other files make to its milestones are known for what they are (model/missed-references.ts) rather than
// reported, hundreds of times, as naming a plan that is not in the workspace.

/** How far into a file its plan header is looked for (it comes first in every plan file milepel writes or reads). */
export const DECLARED_PLAN_HEAD = 64 * 1024;

/** An id as the schema allows it (schemas/plan.schema.json `id`). */
const ID = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * The id of `plan:` at the start of a line, written `plan: {id: x, …}` on that line or as `id: x` on one of the
 * more indented lines below it (blank and comment lines between); undefined when none is found in the file's first
 * 64 KB or the value is not an id. Read line by line, with no regular expression that could backtrack on a hostile text.
 */
export function declaredPlanId(text: string): string | undefined {
  const head = (text.length > DECLARED_PLAN_HEAD ? text.slice(0, DECLARED_PLAN_HEAD) : text).replace(/^\ufeff/, '');
  const lines = head.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('plan:')) continue;
    const rest = line.slice(5).trim();
    if (rest.startsWith('{')) return idIn(rest.slice(1));
    if (rest !== '' && !rest.startsWith('#')) return undefined;
    return idBelow(lines, i + 1);
  }
  return undefined;
}

/**
 * The id of the block mapping whose lines start at `first` (below a `plan:` line): the `id:` entry at the indentation
 * of its first entry, lines indented deeper (a nested mapping's `id:`, a block scalar's text) passed over; undefined
 * when there is none, or two (a duplicate key: which one YAML would keep is no reading of a file that does not parse).
 * Tester round 68 F1: the first `id:` at any depth was taken, so `plan:` with `x-source: {id: legacy-7}` (as a block)
 * before `id: a` declared legacy-7, and `snapshot --plan a` went ahead beside a broken copy of plan a.
 */
function idBelow(lines: readonly string[], first: number): string | undefined {
  let indent = -1;
  let found: string | undefined;
  let count = 0;
  for (let j = first; j < lines.length; j++) {
    const below = lines[j]!;
    const content = below.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const at = below.length - content.length;
    if (at === 0) break;
    if (indent < 0) indent = at;
    if (at < indent) break;
    if (at > indent || !content.startsWith('id:')) continue;
    found = idOf(content.slice(3));
    count++;
  }
  return count === 1 ? found : undefined;
}

/** How far below its `plan:` line declaresPlan looks for the id. */
const DECLARATION = 1024;

/**
 * Whether `text` declares the plan `id` as declaredPlanId reads it, from the 1 KB at its first line that starts with
 * `plan:`, split into lines only when `id` is written there (declaredPlanId splits 64 KB: 30-60 ms over a programme
 * of 94 files). False for the rare file whose id is further below its `plan:` line, or whose lines break at a lone
 * CR: for a caller to whom a wrong "no" costs only time (cli/bytes-from-text.ts: which file keeps its bytes).
 */
export function declaresPlan(text: string, id: string): boolean {
  const head = text.length > DECLARED_PLAN_HEAD ? text.slice(0, DECLARED_PLAN_HEAD) : text;
  const line = head.startsWith('plan:') || head.startsWith('\ufeffplan:') ? 0 : head.indexOf('\nplan:');
  if (line < 0) return false;
  const declaration = head.slice(line, line + DECLARATION);
  return declaration.includes(id) && declaredPlanId(declaration) === id;
}

/**
 * The value of `id:` among the entries of a flow mapping's text (after its `{`), those of the mapping itself only: an
 * `id:` inside a nested collection (`{x-source: {y: 1, id: q}, id: a}`) is passed over, as in a block mapping (idBelow);
 * undefined when there is none, or two.
 */
function idIn(flow: string): string | undefined {
  let depth = 0;
  let start = 0;
  let found: string | undefined;
  let count = 0;
  const entry = (text: string): void => {
    const trimmed = text.trim();
    if (!trimmed.startsWith('id:')) return;
    found = idOf(trimmed.slice(3));
    count++;
  };
  for (let i = 0; i < flow.length; i++) {
    const c = flow[i];
    if (c === '"' || c === "'") {
      for (i++; i < flow.length && flow[i] !== c; i++) if (c === '"' && flow[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) {
        entry(flow.slice(start, i));
        return count === 1 ? found : undefined;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      entry(flow.slice(start, i));
      start = i + 1;
    } else if (c === '#' && i > 0 && (flow[i - 1] === ' ' || flow[i - 1] === '\t')) break;
  }
  entry(flow.slice(start));
  return count === 1 ? found : undefined;
}

/** A value as written after `id:`, unquoted, without a comment; undefined when it is not an id. */
function idOf(written: string): string | undefined {
  let value = written.trim();
  const hash = value.indexOf(' #');
  if (hash >= 0) value = value.slice(0, hash).trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) value = value.slice(1, -1);
  return ID.test(value) ? value : undefined;
}
