// Explicit YAML tags (issue #11): each one is a single `yaml-syntax` error at the tag, naming it and how to fix it,
// whichever parser path reads the file; `!!str` on a scalar (the core schema's "this is text") is accepted; `set`
// refuses a tagged file without writing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';
import { parseFast } from '../../src/source/fast-yaml.js';
import { parseFull } from '../../src/source/full-parse.js';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();
const HINT = 'remove the tag; milepel reads plain YAML 1.2 core values (text plain or in quotes, dates as YYYY-MM-DD, lists with "- " or [ ]); only the core schema’s own tags on values they fit (!!str on text, !!int, !!float, !!bool, !!null, !!map, !!seq) are accepted';
const plan = (title: string, milestones = '\n  - id: A\n    title: A\n    date: 2019-09-02'): string => `plan:\n  id: p\n  title: ${title}\nmilestones:${milestones}\n`;

/** Each case: the text, and the tags expected as [line, column, tag]. */
const CASES: readonly (readonly [string, readonly (readonly [number, number, string])[]])[] = [
  [plan('!!binary aGVsbG8='), [[3, 10, '!!binary']]],
  [plan('P', ' !!set\n  ? a\n  ? b'), [[4, 13, '!!set']]],
  [plan('P', ' !!omap\n  - id: A'), [[4, 13, '!!omap']]],
  [plan('P', '\n  - id: A\n    title: A\n    date: !!timestamp 2019-09-02'), [[7, 11, '!!timestamp']]],
  [plan('!foo P'), [[3, 10, '!foo']]],
  ['plan: !foo\n  id: p\n  title: P\n', [[1, 7, '!foo']]],
  [plan('P', ' !list\n  - {id: A, title: A, date: 2019-09-02}'), [[4, 13, '!list']]],
  [`!!seq\n${plan('P')}`, [[1, 1, '!!seq']]],
  [plan('P', '\n  - id: A\n    title: A\n    date: 2019-09-02\n    x-n: !!int foo'), [[8, 10, '!!int']]],
  [plan('P', '\n  - id: A\n    title: A\n    date: 2019-09-02\n    x-n: !!bool 1'), [[8, 10, '!!bool']]],
  [plan('!<tag:yaml.org,2002:binary> aGVsbG8='), [[3, 10, '!<tag:yaml.org,2002:binary>']]],
  [`%TAG ! tag:example.com,2000:\n---\n${plan('!foo P')}`, [[5, 10, '!foo']]],
  [plan('P', '\n  - {id: A, title: !t A, date: 2019-09-02, after: [!x B]}\n  - !k id: B\n    title: B\n    date: 2019-09-03'), [[5, 20, '!t'], [5, 52, '!x'], [6, 5, '!k']]],
  [plan('P', '\n  - id: A\n    title: A\n    date: 2019-09-02\n    x-notes: !!binary aGVsbG8='), [[8, 14, '!!binary']]],
  [plan('!!str {a: 1}'), [[3, 10, '!!str']]],
  [`%TAG !! tag:example.com,2000:\n---\n${plan('!!str P')}`, [[5, 10, '!!str']]],
];

describe('explicit tags through the parser API', () => {
  it('each tag is one yaml-syntax problem at the tag, naming it, in both parser paths and both locales', () => {
    for (const [text, tags] of CASES) {
      expect(parseFast(text), text).toBeUndefined(); // the fast path declines every tag to the full parser
      const full = parseFull('t.yaml', text);
      expect(full.data, text).toBeUndefined();
      expect(full.problems.map((p) => [p.line, p.column, renderMessage(p.message)]), text).toEqual(
        tags.map(([line, column, tag]) => [line, column, `explicit YAML tag ${tag}: milepel reads plain YAML 1.2 core values, and a tag turns a value into something no plan field holds (bytes, a set, a timestamp) or means nothing to milepel`]),
      );
      expect(full.problems.map((p) => renderMessage(p.hint))).toEqual(tags.map(() => HINT));
      expect(renderMessage(full.problems[0]!.message, 'nb')).toContain(`eksplisitt YAML-tagg ${tags[0]![2]}`);
      expect(renderMessage(full.problems[0]!.hint, 'nb')).toMatch(/^fjern taggen; /);
      const options = { clockToday: 18000, today: 18140 };
      const viaFast = analyze([{ file: 't.yaml', text }], options).diagnostics;
      expect(viaFast.map((d) => [d.rule, d.line, d.column]), text).toEqual(tags.map(([line, column]) => ['yaml-syntax', line, column]));
      expect(analyze([{ file: 't.yaml', text }], { ...options, fullParse: true }).diagnostics).toEqual(viaFast);
    }
  });

  // An auditor's finding: `x-ext: !!int 3`, plain YAML 1.2 core, was a yaml-syntax error and left the file unchecked.
  it('the core schema\'s tags on values they fit are accepted, and read as the untagged value', () => {
    const options = { clockToday: 18000, today: 18140 };
    const untagged = plan('P', '\n  - id: A\n    title: A\n    date: 2019-09-02\n    x-n: {a: 3, b: 1.5, c: true, d: null, e: [1], f: {g: 1}, h: 2}');
    const tagged = plan('P', '\n  - id: A\n    title: A\n    date: 2019-09-02\n    x-n: !!map {a: !!int 3, b: !!float 1.5, c: !!bool true, d: !!null , e: !!seq [1], f: !<tag:yaml.org,2002:map> {g: 1}, h: !!float 2.0}');
    const full = parseFull('t.yaml', tagged);
    expect(full.problems).toEqual([]);
    expect(full.data).toEqual(parseFull('t.yaml', untagged).data);
    expect(analyze([{ file: 't.yaml', text: tagged }], options).diagnostics).toEqual(analyze([{ file: 't.yaml', text: untagged }], options).diagnostics);
    expect(parseFull('t.yaml', `!!map\n${plan('P')}`).problems).toEqual([]);
  });

  it('!!str on a scalar is accepted: it reads as the quoted value', () => {
    for (const tagged of ['!!str 2019', '!<tag:yaml.org,2002:str> 2019']) {
      const full = parseFull('t.yaml', plan(tagged));
      expect(full.problems).toEqual([]);
      expect((full.data as { plan: { title: unknown } }).plan.title).toBe('2019');
      const options = { clockToday: 18000, today: 18140 };
      expect(analyze([{ file: 't.yaml', text: plan(tagged) }], options).diagnostics).toEqual(analyze([{ file: 't.yaml', text: plan("'2019'") }], options).diagnostics);
    }
  });
});

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-tags-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], lang = 'C'): { code: number | null; out: string; err: string } => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: lang } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('explicit tags end to end', () => {
  it('validate: one finding (not a flood of schema findings), exit 1, text and JSON', () => {
    const file = join(dir, 'p.yaml');
    writeFileSync(file, plan('!!binary aGVsbG8='));
    const json = cli(['validate', file, '--format', 'json', '--today', '2019-09-01']);
    expect(json.code).toBe(1);
    const diagnostics = (JSON.parse(json.out) as { diagnostics: { rule: string; line: number; column: number; message: string; hint: string }[] }).diagnostics;
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.hint])).toEqual([['yaml-syntax', 3, 10, HINT]]);
    expect(diagnostics[0]!.message).toContain('explicit YAML tag !!binary');
    const text = cli(['validate', file, '--today', '2019-09-01', '--no-color']);
    expect(text.out.split('\n').slice(0, 3)).toEqual([
      `${file}:3:10: error: explicit YAML tag !!binary: milepel reads plain YAML 1.2 core values, and a tag turns a value into something no plan field holds (bytes, a set, a timestamp) or means nothing to milepel [yaml-syntax]`,
      '    3 |   title: !!binary aGVsbG8=',
      `      |          ^${'~'.repeat(7)}`, // the tag alone (8 columns) is underlined
    ]);
    expect(cli(['validate', file, '--today', '2019-09-01'], 'nb_NO.UTF-8').out).toContain('eksplisitt YAML-tagg !!binary');
  });

  it('set refuses a file with a tag and writes nothing; a !!str file is edited', () => {
    const file = join(dir, 'p.yaml');
    const before = plan('!foo P');
    writeFileSync(file, before);
    const r = cli(['set', 'p/A', '--forecast', '2019-09-05', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^milepel: .*${file}:3:10 has a yaml-syntax error.*nothing written\\n$`));
    expect(readFileSync(file, 'utf8')).toBe(before);
    writeFileSync(file, plan('!!str 2019'));
    expect(cli(['set', 'p/A', '--forecast', '2019-09-05', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(plan('!!str 2019', '\n  - id: A\n    title: A\n    date: 2019-09-02\n    forecast: 2019-09-05'));
  });
});
