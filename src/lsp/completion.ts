// Completion (SPEC §14): milestone references in `after` (and every other milestone field), `BODY@date` in a
// milestone's `meetings`, body ids, goal ids, enumerated values, and the schema's keys with their descriptions.
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import schema from '../../schemas/plan.schema.json' with { type: 'json' };
import { formatLocaleDate, type Locale } from '../messages/index.js';
import type { Workspace } from '../model/types.js';
import { flattenText } from '../report/safe-text.js';
import { md } from './hover.js';
import { cursorContext, inBlockScalar, inComment, mappingKeys } from './context.js';
import type { Pos, TextIndex } from './text-index.js';
import type { PlanFile } from './workspace.js';

type SchemaNode = { readonly properties?: Record<string, SchemaNode>; readonly items?: SchemaNode; readonly oneOf?: readonly SchemaNode[]; readonly anyOf?: readonly SchemaNode[]; readonly description?: string; readonly enum?: readonly unknown[] };

const MILESTONE_KEYS: ReadonlySet<string> = new Set(['after', 'milestone']);
const ENUMS: Readonly<Record<string, readonly string[]>> = { type: ['FS', 'SS', 'FF', 'SF'], status: ['green', 'yellow', 'red'], holidays: ['NO', 'none'], distribution: ['triangular', 'pert'] };

/**
 * The completions at the client's `cursor`. `plan` is the id of the file's plan (for bare references); undefined when
 * it has none yet. `own` are the file's milestones from its last parse without syntax problems, offered while the file
 * does not parse (mid-typing).
 * Dates in the details are shown in `locale` (SPEC §15), as hover shows them; the labels stay as a plan writes them.
 */
export function completionsAt(ws: Workspace, index: TextIndex, cursor: Pos, plan: string | undefined, own: readonly OwnNode[] = [], locale: Locale = 'en'): CompletionItem[] {
  // The cursor is read in its line's text (line 0 without a byte order mark: TextIndex); the edits' range is the client's.
  const pos = index.inLineText(cursor);
  const line = index.lineText(pos.line);
  // In the indentation before a list item's dash nothing is completed: a key would go in front of the `- `
  // (tester round 42 F6: `  id- id: N2`).
  if (/^\s*$/.test(line.slice(0, pos.character)) && /^\s*-(\s|$)/.test(line.slice(pos.character))) return [];
  // In a comment or a block scalar's text nothing is completed: it is no key, reference or meeting (tester round 103
  // F1: every blank typed in a comment offered the milestone's keys, and Enter then took one).
  if (inComment(line.slice(0, pos.character)) || inBlockScalar(index, pos.line, pos.character)) return [];
  const ctx = cursorContext(index, pos);
  if (ctx === undefined) return [];
  const range = { start: index.fromLineText({ line: pos.line, character: ctx.prefixStart }), end: cursor };
  // Right after a key's colon (`after:|`) a value needs the space YAML wants there: `after:akson/MP1` is one plain word.
  const lead = ctx.prefixStart > 0 && line[ctx.prefixStart - 1] === ':' ? ' ' : '';
  const item = (label: string, kind: CompletionItemKind, detail?: string, doc?: string): CompletionItem => ({
    // A detail is plan text (a title, a body's name) on one line, its control characters shown as escapes, as hover
    // shows them (tester round 103 F2: ESC and BEL reached a terminal editor's completion menu).
    label, kind, textEdit: { range, newText: `${lead}${label}` }, ...(detail !== undefined ? { detail: flattenText(detail) } : {}),
    ...(doc !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
  });
  const key = ctx.key;
  const last = ctx.parents[ctx.parents.length - 1];
  // What the mapping at the cursor already has: offering it again makes the next keystroke an error (a duplicate key,
  // a milestone after itself; tester round 12 #6).
  const present = (): ReadonlyMap<string, string> => (ctx.mapping === undefined ? new Map() : mappingKeys(index, ctx.mapping));
  if (key !== undefined) {
    const isMilestoneList = key === 'milestones' && (ctx.parents.includes('measures') || ctx.parents.includes('risks'));
    if (MILESTONE_KEYS.has(key) || isMilestoneList || (key === 'id' && last === 'after')) {
      // The milestone whose after this is: the mapping at the cursor for `after: [|`, the one around the entry for
      // `after: [{id: |` and `- id: |` (tester round 13 #8).
      const milestone = key === 'after' ? present() : key === 'id' && ctx.outer !== undefined ? mappingKeys(index, ctx.outer) : undefined;
      const self = unquoted(milestone?.get('id'));
      const isSelf = (label: string): boolean => self !== undefined && (label === self || (plan !== undefined && label === `${plan}/${self}`));
      // A gate's readiness (`ready: {milestone: |}`) names a milestone, never a gate (tester round 94 F8: a gate offered,
      // the gate itself too, and validate then refused it); `after` may name either.
      const gates = key !== 'milestone';
      const known = ws.milestones.flatMap((m) => {
        if (!gates && m.gate !== undefined) return [];
        const p = ws.plans[m.plan]!.id;
        return [item(p === plan ? m.id : m.ref, m.gate !== undefined ? CompletionItemKind.Event : CompletionItemKind.Reference, m.title, formatLocaleDate(m.current, locale))];
      });
      const labels = new Set(known.map((k) => k.label));
      const ownLeft = own.filter((o) => !labels.has(o.id) && (gates || !o.gate));
      return [...known, ...ownLeft.map((o) => item(o.id, o.gate ? CompletionItemKind.Event : CompletionItemKind.Reference, o.title))].filter((i) => !isSelf(i.label));
    }
    if (key === 'meetings' && ctx.parents.includes('milestones')) {
      return ws.meetings.map((m) => item(m.ref, CompletionItemKind.Event, `${m.body} ${formatLocaleDate(m.date, locale)}`, m.title === undefined ? undefined : md(m.title)));
    }
    if (key === 'require' || key === 'body') return ws.bodies.map((b) => item(b.id, CompletionItemKind.Class, b.name));
    if (key === 'goal') return ws.goals.filter((g) => ws.plans[g.plan]!.id === plan).map((g) => item(g.id, CompletionItemKind.Module, g.title));
    const values = ENUMS[key];
    if (values !== undefined) return values.map((v) => item(v, CompletionItemKind.EnumMember));
    if (ctx.parents.length > 0 || key !== 'meetings') return [];
  }
  const node = schemaAt(key === undefined ? ctx.parents : [...ctx.parents, key]);
  const taken = key === undefined ? present() : new Map<string, string>();
  return Object.entries(node?.properties ?? {}).filter(([name]) => !taken.has(name)).map(([name, sub]) => item(name, CompletionItemKind.Property, undefined, sub.description));
}

/**
 * A plain scalar as written on its line, its anchor or tag (`&x SELF`, `!!str SELF`: they hid the id, tester round 14
 * #6) and quotes dropped; undefined for none or a value that is no plain word.
 */
function unquoted(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^(?:[&!]\S*\s+)*(["']?)([^"'\s,[\]{}]+)\1$/.exec(value);
  return m?.[2];
}

/** The schema of the mapping at a path of keys: list items and alternatives are looked through. */
function schemaAt(keys: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = objectOf(schema as SchemaNode);
  for (const key of keys) {
    node = node?.properties?.[key];
    node = node === undefined ? undefined : objectOf(node);
  }
  return node;
}

function objectOf(node: SchemaNode): SchemaNode | undefined {
  let n: SchemaNode | undefined = node;
  // Bounded: the schema nests list items and alternatives a few levels deep at most.
  for (let depth = 0; n !== undefined && n.properties === undefined && depth < 8; depth++) {
    n = n.items ?? n.oneOf?.find((v) => v.properties !== undefined || v.items !== undefined) ?? n.anyOf?.find((v) => v.properties !== undefined || v.items !== undefined);
  }
  return n;
}

/** The id of the file's plan: from the model, else (a file that does not parse now) from its text. */
export function planIdOf(f: PlanFile, plans: readonly { readonly id: string; readonly file: string }[]): string | undefined {
  const known = plans.find((p) => p.file === f.file);
  if (known !== undefined) return known.id;
  return /^plan:\s*(?:\{\s*id:\s*|(?:\r\n?|\n)\s+id:\s*)["']?([a-z0-9][a-z0-9-]*)/m.exec(f.index.text)?.[1];
}

/** A milestone or gate of a file's last parse without syntax problems: its id, title and whether it is a gate. */
export interface OwnNode {
  readonly id: string;
  readonly title: string | undefined;
  readonly gate: boolean;
}

/** The ids and titles of a parsed file's milestones and gates. */
export function milestonesOf(data: unknown): OwnNode[] {
  const out: OwnNode[] = [];
  if (data === null || typeof data !== 'object') return out;
  for (const key of ['milestones', 'gates']) {
    const list = (data as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const m of list as unknown[]) {
      if (m === null || typeof m !== 'object') continue;
      const { id, title } = m as Record<string, unknown>;
      if (typeof id === 'string') out.push({ id, title: typeof title === 'string' ? title : undefined, gate: key === 'gates' });
    }
  }
  return out;
}
