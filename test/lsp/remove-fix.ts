// What the tests of the "Remove" quick fix for a key share: a plan around some milestone lines, the text after the fix
// for a finding's line is applied (in process, as remove-key-flow.test.ts does), and the checks every fixed text
// passes: exactly the text expected (the rest byte for byte as it was), YAML that parses, and the finding gone; and,
// read back, the data of the text before less the one key or entry removed.
import { expect } from 'vitest';
import { parse } from 'yaml';
import { codeActions } from '../../src/lsp/code-actions.js';
import { MAIN_GROUP, PlanWorkspace } from '../../src/lsp/workspace.js';
import { dayFromYmd } from '../../src/calendar/index.js';

const TODAY = dayFromYmd(2026, 1, 1);
const URI = 'file:///w/plans/p.yaml';
const HEADER = ['plan: {id: p, title: P, status_date: 2026-01-01}', 'milestones:'];

/** The plan of `lines` under HEADER, its lines ending in `eol`. */
export const plan = (lines: readonly string[], eol = '\n'): string => [...HEADER, ...lines].join(eol) + eol;

function workspace(text: string): PlanWorkspace {
  const ws = new PlanWorkspace(() => TODAY);
  ws.today = TODAY;
  ws.setText(URI, 'plans/p.yaml', MAIN_GROUP, text, true);
  return ws;
}

/**
 * The text after the quick fix whose title starts with `title` ("Remove" a key or a repeated entry, "Drop" a meeting)
 * for the finding on 0-based `line` is applied; undefined when none is offered.
 */
export function removed(text: string, line: number, title = 'Remove '): string | undefined {
  const ws = workspace(text);
  const f = ws.get(URI)!;
  const actions = codeActions(ws, f, ws.analysis(MAIN_GROUP), { start: { line, character: 0 }, end: { line, character: 200 } }, 'en');
  const remove = actions.find((a) => a.title.startsWith(title));
  if (remove === undefined) return undefined;
  const edits = remove.edit!.changes![URI]!;
  expect(edits).toHaveLength(1);
  const { range, newText } = edits[0]!;
  return text.slice(0, f.index.offsetAt(range.start)) + newText + text.slice(f.index.offsetAt(range.end));
}

/**
 * The fix (titled as `removed` takes it) on `line` of `before` gives `after` exactly; `after` parses as YAML and as a
 * plan without the finding; with `path`, it holds the data of `before` less the key or list entry there (expectKeeps).
 */
export function expectRemoved(before: string, line: number, after: string, { title, path }: { title?: string; path?: readonly (string | number)[] } = {}): void {
  expect(removed(before, line, title)).toBe(after);
  expect(() => parse(after)).not.toThrow();
  const left = workspace(after).analysis(MAIN_GROUP).diagnostics;
  expect(left.filter((d) => d.rule === 'yaml-syntax' || d.message.id === 'schema.unknown-key')).toEqual([]);
  if (path !== undefined) expectKeeps(before, after, path);
}

/** `after` read back as YAML is `before` read back less the key or list entry at `path` (every other key and value kept). */
function expectKeeps(before: string, after: string, path: readonly (string | number)[]): void {
  const expected: unknown = parse(before);
  let holder = expected as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (Array.isArray(holder)) holder.splice(Number(last), 1);
  else delete holder[last];
  expect(parse(after)).toEqual(expected);
}
