// The broken entry read alone (src/source/entry-parse.ts) against the whole-file parse it stands in for: realistic
// plans, each broken by one edit of the kind typing makes, at a random place. Wherever the entry alone answers, its
// problems are the whole file's (line, column, message id and data, hint, related); where it cannot tell, it answers
// nothing. ENTRY_PARSE_SEEDS=<n> runs n edits of each plan and prints how often each kind of edit was answered.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBrokenEntry } from '../../src/source/entry-parse.js';
import { parseFull, parseFullChecked } from '../../src/source/full-parse.js';
import { parseFast } from '../../src/source/fast-yaml.js';
import type { SyntaxProblem } from '../../src/source/parse.js';
import { mulberry32 } from '../helpers/mulberry32.js';
import { BREAKING_EDITS } from '../helpers/yaml-breaks.js';
// @ts-expect-error: a JavaScript module of the benchmarks, without types
import { generateNetwork } from '../../bench/generate.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = Number(process.env['ENTRY_PARSE_SEEDS'] ?? 0);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const EDITS = BREAKING_EDITS;
const KINDS = Object.keys(EDITS);

interface Tally {
  answered: number;
  fellBack: number;
  stillValid: number;
}
const tallies = new Map<string, Tally>(KINDS.map((k) => [k, { answered: 0, fellBack: 0, stillValid: 0 }]));

/**
 * Edits `text` `count` times from `seed` on, one edit each, and checks each broken result: the entry alone answers as
 * the whole file does, or not at all.
 */
function checkEdits(name: string, text: string, count: number, seed: number): void {
  for (let s = seed; s < seed + count; s++) {
    const rand = mulberry32(s);
    const kind = KINDS[s % KINDS.length]!;
    const edited = EDITS[kind]!(text, rand);
    if (edited === undefined) continue;
    const tally = tallies.get(kind)!;
    if (parseFast(edited) !== undefined) {
      tally.stillValid++;
      continue;
    }
    const alone = parseBrokenEntry(name, edited);
    if (alone === undefined) {
      tally.fellBack++;
      continue;
    }
    tally.answered++;
    const whole = parseFull(name, edited);
    expect(alone.problems, `${name}, seed ${s}, ${kind}`).toEqual(whole.problems);
    expect(whole.data).toBeUndefined();
  }
}

describe('a broken entry read alone', () => {
  const plans = [...yamlFiles(join(ROOT, 'plans')), ...yamlFiles(join(ROOT, 'test', 'fixtures'))];
  const work = mkdtempSync(join(tmpdir(), 'entry-parse-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('tells the whole-file parse’s problems, or nothing, for the shipped plans and the fixtures', () => {
    for (const [i, path] of plans.entries()) checkEdits(path, readFileSync(path, 'utf8'), SEEDS || 12, i * 100_003);
  });

  it('tells them for a generated plan of 2,000 milestones, the language server’s case among them', () => {
    generateNetwork(work, 2000, 7, 1);
    const text = readFileSync(join(work, 'plan-00.yaml'), 'utf8');
    checkEdits('plan-00.yaml', text, SEEDS || KINDS.length, 7_000_000);
    // An unclosed `[` before a date in the middle: the whole-file parse is left out, with the same problems.
    const at = text.indexOf('date: ', text.length >> 1) + 'date: '.length;
    const broken = text.slice(0, at) + '[' + text.slice(at);
    const alone = parseBrokenEntry('p.yaml', broken);
    expect(alone).toBeDefined();
    expect(parseFullChecked('p.yaml', broken).problems).toEqual(parseFull('p.yaml', broken).problems);
    if (SEEDS > 0) {
      const rows = [...tallies].map(([kind, t]) => `${kind.padEnd(22)} answered ${String(t.answered).padStart(5)}  fell back ${String(t.fellBack).padStart(5)}  still valid ${String(t.stillValid).padStart(5)}`);
      console.info(rows.join('\n'));
    }
  });

  it('answers for the commonest breaks, so the whole-file parse is seldom needed', () => {
    for (const kind of ['value after [', 'value after {', 'delete ]', 'duplicate a key line']) expect(tallies.get(kind)!.answered, kind).toBeGreaterThan(0);
  });
});

describe('a broken entry read alone, in hostile texts', () => {
  const milestones = (n: number, entry = (i: number): string => `  - id: M${i}\n    title: Milestone ${i}\n    date: 2026-01-01\n`): string =>
    `plan:\n  id: p\n  title: P\nmilestones:\n${Array.from({ length: n }, (_, i) => entry(i)).join('')}`;
  const breakAt = (text: string, find: string, insert: string): string => {
    const at = text.indexOf(find, text.length >> 1) + find.length;
    return text.slice(0, at) + insert + text.slice(at);
  };
  /** The entry alone answers (or not, `answers` false), and parseFullChecked as the whole-file parse does. */
  const expectSame = (text: string, answers: boolean): void => {
    const alone = parseBrokenEntry('p.yaml', text);
    expect(alone !== undefined, 'answered').toBe(answers);
    const whole = parseFull('p.yaml', text);
    if (alone !== undefined) expect(alone.problems).toEqual(whole.problems);
    // A tab-indented line gets, from parseFullChecked (indent-tabs.ts), the spaces meant as its hint.
    const withoutTabHints = (problems: readonly SyntaxProblem[]): Omit<SyntaxProblem, 'hint'>[] => problems.map(({ hint, ...p }) => (p.message.id === 'yaml-syntax.tab-indent' ? p : { ...p, hint }));
    expect(withoutTabHints(parseFullChecked('p.yaml', text).problems)).toEqual(withoutTabHints(whole.problems));
  };

  it('reads CR LF and lone CR line breaks as the whole-file parse does', () => {
    const broken = breakAt(milestones(300), 'date: ', '[');
    expectSame(broken.replace(/\n/g, '\r\n'), true);
    expectSame(broken.replace(/\n/g, '\r'), true);
  });

  it('leaves a byte order mark, tabs and __proto__ keys to the reading they have', () => {
    const broken = breakAt(milestones(300, (i) => `  - id: M${i}\n    __proto__: ${i}\n    date: 2026-01-01\n`), 'date: ', '[');
    expectSame(broken, true);
    expectSame(`\ufeff${broken}`, false);
    // A tab after a key's colon is YAML the fast path declines; one that indents a line, a syntax problem on every
    // line after it.
    expectSame(breakAt(milestones(300), '    date: ', '\t'), false);
    expectSame(breakAt(milestones(300), '\n', '\t'), false);
  });

  it('leaves an alias bomb, an unknown alias and a second document beside a broken entry to the whole-file parse', () => {
    const bomb = `x-a: &a [x, x, x, x, x, x, x, x, x]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`;
    const broken = breakAt(milestones(300), 'date: ', '[');
    expectSame(bomb + broken, false);
    expectSame(milestones(300).replace('date: 2026-01-01\n  - id: M150', 'date: *nowhere\n  - id: M150'), false);
    expectSame(`${broken}---\nplan: {id: q}\n`, false);
  });

  it('answers for a file of 100,000 entries, and declines one flow mapping and very long lines quickly', () => {
    const many = breakAt(`milestones:\n${Array.from({ length: 100_000 }, (_, i) => `  - M${i}\n`).join('')}`, '  - ', '[');
    const line = many.slice(0, many.indexOf('[')).split('\n').length;
    expect(parseBrokenEntry('p.yaml', many)?.problems.map((p) => p.line)).toEqual([line]);
    const flow = `{milestones: [${Array.from({ length: 20_000 }, (_, i) => `{id: M${i}, date: 2026-01-01}`).join(', ')}, {id: [}]}\n`;
    expect(parseBrokenEntry('p.yaml', flow)).toBeUndefined();
    expectSame(breakAt(milestones(30, (i) => `  - id: M${i}\n    title: ${'x'.repeat(20_000)}\n    date: 2026-01-01\n`), 'date: ', '['), true);
  });
});
