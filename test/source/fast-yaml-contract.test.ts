// The fast YAML path's contract (src/source/fast-yaml.ts): for every text it accepts, the fast path agrees with the full
// yaml parser on the data, on the position of every value and key, and so on the whole analysis (model and findings);
// every text it cannot read exactly it declines, and the analysis entry point (src/analyze-texts.ts) then hands it to
// the full parser. It exists for scale and startup (figures in its module doc); this file is what lets it exist.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/source/fast-yaml.js';
import { parseFull } from '../../src/source/full-parse.js';
import { parseFastSource } from '../../src/source/parse.js';
import { analyze } from '../../src/analyze.js';
import { expectSameAsFull } from '../helpers/fast-parity.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types
import { generateNetwork } from '../../bench/generate.mjs';
// @ts-expect-error: the benchmark generator is plain JavaScript without types
import { generateRiskNetwork } from '../../bench/generate-risk.mjs';
import { findFiles, fromRoot } from '../helpers/walk.js';
import YAML from 'yaml';


/** The YAML files below a repository folder, as absolute paths; throws when there are none (test/helpers/walk.ts). */
function yamlFiles(dir: string): string[] {
  return findFiles(dir, /\.ya?ml$/).map(fromRoot);
}

describe("the fast YAML path's contract", () => {
  it('the fast path accepts the shipped plans and agrees with the full parser on their data and every position', () => {
    for (const file of yamlFiles('plans')) expect(expectSameAsFull(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it('the fast path agrees with the full parser on every fixture it accepts (most of them)', () => {
    const files = yamlFiles('test/fixtures');
    const accepted = files.filter((file) => expectSameAsFull(readFileSync(file, 'utf8'))).length;
    expect(accepted * 2, `${accepted} of ${files.length} fixtures`).toBeGreaterThan(files.length);
  });

  it.each([
    ['network', (dir: string) => generateNetwork(dir, 300, 7)],
    ['risk network (three-point estimates, probabilities)', (dir: string) => generateRiskNetwork(dir, 300)],
  ])('the fast path accepts every file of a generated benchmark %s and agrees with the full parser on it', (_, generate) => {
    const dir = mkdtempSync(join(tmpdir(), 'milepel-fast-'));
    try {
      generate(dir);
      const names = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
      expect(names.length).toBeGreaterThan(5);
      for (const name of names) expect(expectSameAsFull(readFileSync(join(dir, name), 'utf8')), name).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the fast path declines anchors, aliases, tags, a flow collection that goes on below its block, tabs, duplicate keys and odd numbers to the full parser', () => {
    const cases = [
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a:\n\tb: 1\n',
      'a: 1\na: 2\n', 'a: 1.\n', 'a: .5\n', 'a: 1e3\n', 'a: 1234567890123456.5\n', 'a: 0x10\n', 'a: 0o7\n', 'a: .inf\n', '---\na: 1\n---\nb: 2\n', '---\n---\na: 1\n', '--- a: 1\n', 'a: 1\n---\n', '---a: 1\n', 'a: 1\n...\n', 'a: [1,\n2]\n',
      'a: b: c\n', '? a\n: b\n', 'a: [x, ]\n', 'a:\n  - - x\n', '<<: {a: 1}\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\r b: 2\n',
    ];
    for (const text of cases) expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
  });

  it('the fast path agrees with the full parser on every form plan files use', () => {
    const text = [
      '# comment', 'plan:', '  id: a   # trailing', '  title: "Quoted: with colon"', "  owner: 'it''s'", 'milestones:',
      '- id: __proto__', '  title: C# and R&D, [not flow]', '  date: 2020', '  after: [constructor, {id: toString, lag: 5d}]',
      '  meetings: []', '  probability: 0.35', '  x-signed: [-3, +7, -0, 0.0, 007.50, -12.25]', '  x-empty:', '  x-null: ~', '  x-bool: true', '  deliverables:', '  - one', '  -', '  - "two\\tthree \\u00e6"', '',
    ].join('\r\n');
    expect(expectSameAsFull(text)).toBe(true);
    const data = parseFast(text)!.data as { milestones: Record<string, unknown>[] };
    expect(Object.hasOwn(data.milestones[0]!, 'id')).toBe(true);
    expect(data.milestones[0]!['date']).toBe(2020);
    expect(data.milestones[0]!['probability']).toBe(0.35);
    expect(data.milestones[0]!['x-signed']).toEqual([-3, 7, -0, 0, 7.5, -12.25]);
  });

  it('the fast path agrees with the full parser where a plain scalar ends: comments, colons, quotes, keys long and short', () => {
    // Plain values are scanned with indexOf for ':' and '#' (the answers kept between lines), keys and flow items
    // character by character with their hash; short scalars are shared through a table (source/string-table.ts).
    const text = [
      'plan:', '  id: a#b', '  title: C# and F#   # a comment: with a colon', '  url: http://example.org/x:y', '  empty: # only a comment',
      '  x-colon-end: "b:"', '  x-hash: "#1"', "  x-quoted-key: {'id': 1, \"lag\": 2}", '  "id2": quoted key', '  a-rather-long-key-name: 1',
      '  a-rather-long-key-name-2: [a-rather-long-value, short, {a-rather-long-key-name: x}]', '  x-esc: "a\\"b\\\\c\\u00e6 \\n end"',
      "  x-single: 'it''s ''quoted'''", '  x-colon-flow: {id:x: 1, c:d: e}', '  x-colon-seq: [id:x, http://e.org]', '  a:b: 1', '  dates: 1', '  dat: 2', '  x-dates: [2020-01-31, 2020-01-31, "2020-01-31", 2020-01-31]', '  x-refs: [M1, plan-4/M3,M1 , {id: M1}]',
      'milestones:', '  - id: M1', '    title: Milestone 1 — leveranse', '    date: 2020-01-31', '  - id: M2', '    title: Milestone 2 — leveranse',
      '    date: 2020-01-31', '    after: [M1, {id: M1, lag: 3d, type: FF}]', '  - [nested, [flow, {in: seq}]]', '  - plain item: with colon', '  - x',
      '  - - a', '', '# trailing comment',
    ];
    // "- - a" (a compact nested sequence) is declined: without it the text is accepted.
    expect(parseFast(text.join('\n'))).toBeUndefined();
    expect(expectSameAsFull(text.filter((l) => l !== '  - - a').join('\n'))).toBe(true);
    for (const eol of ['\n', '\r\n']) expect(expectSameAsFull(text.filter((l) => l !== '  - - a').join(eol))).toBe(true);
  });

  it('the fast path declines plain scalars that are syntax errors or not strings where a key must be', () => {
    // `{id:x, b: 1}` is {"id:x": null, b: 1} (YAML 1.2 §7.3.3); until 1 Dec 2026 the fast path read {id: x, b: 1}.
    for (const text of ['a: {id:x, b: 1}\n', 'a: ["a":b]\n', 'a: b:\n', 'a: b: c # x\n', 'a: [b: c]\n', 'true: 1\n', '1: x\n', 'null: x\n', '~: x\n', 'a: x\n"a": y\n', 'a: [x,]\n', 'a: {b: 1, b: 2}\n', 'a: "b\n', "a: 'b\n", 'a: {b: [c}\n']) {
      expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('the fast path declines every duplicate key, plain, quoted, long, in flow, read again from its first characters or not', () => {
    const many = Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`);
    const duplicates = [
      'a: 1\nb: 2\na: 3\n', 'id: 1\nid: 2\n', '"a": 1\na: 2\n', 'a: 1\n"a": 2\n', "a: 1\n'a': 2\n", 'a-rather-long-key-name: 1\na-rather-long-key-name: 2\n',
      'm: {a: 1, b: 2, a: 3}\n', 'm: {a: 1, "a": 2}\n', 'm: [{id: x, id: y}]\n', '- id: a\n  title: t\n  id: b\n', `${many.join('\n')}\nk0: again\n`,
      `m: {${many.map((l) => l.replace(':', ': ')).join(', ')}, k19: again}\n`,
    ];
    for (const text of duplicates) {
      expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
      expect(parseFull('f.yaml', text).problems.length, JSON.stringify(text)).toBeGreaterThan(0);
    }
    expect(expectSameAsFull(`${many.join('\n')}\nk20: new\n`)).toBe(true);
  });

  it('the fast path agrees with the full parser on random mutations of the shipped plans, or declines them', () => {
    const plans = yamlFiles('plans').map((f) => readFileSync(f, 'utf8').split('\n'));
    const tokens = ['', ' ', '  ', '-', '- ', ':', ': ', '#', ' #', '[', ']', '{', '}', ',', '"', "'", '&a', '*a', '!', '|', '>', '?', '\t', '2019-02-30', '007', '1.5', '~', 'true', '__proto__', 'x: y', '\r'];
    const mutation = fc.record({
      plan: fc.nat(plans.length - 1), line: fc.nat(400), column: fc.nat(60),
      kind: fc.constantFrom('insert', 'delete-line', 'duplicate-line', 'indent', 'dedent', 'replace'),
      token: fc.constantFrom(...tokens),
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const lines = [...plans[mutations[0]!.plan]!];
        for (const m of mutations) {
          const i = m.line % lines.length;
          const line = lines[i]!;
          if (m.kind === 'insert') lines[i] = line.slice(0, m.column) + m.token + line.slice(m.column);
          else if (m.kind === 'delete-line') lines.splice(i, 1);
          else if (m.kind === 'duplicate-line') lines.splice(i, 0, line);
          else if (m.kind === 'indent') lines[i] = `  ${line}`;
          else if (m.kind === 'dedent') lines[i] = line.replace(/^ {1,2}/, '');
          else lines[i] = line.replace(/:\s.*$/, `: ${m.token}`);
        }
        if (expectSameAsFull(lines.join('\n'))) accepted++;
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 400), seed: Number(process.env["FUZZ_SEED"] ?? 20261125) },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('reads an indented root as the full parser does: each milestone entry alone (as set reads it) and whole plans indented, mutated or not', () => {
    let entries = 0;
    for (const file of yamlFiles('plans')) {
      const text = readFileSync(file, 'utf8');
      for (const k of [1, 2, 4]) expect(expectSameAsFull(text.replace(/^(?=.)/gm, ' '.repeat(k))), `${file} indented ${k}`).toBe(true);
      // The lines of each `  - id:` entry up to the next one: a block list of one, indented as in its file.
      const lines = text.split('\n');
      const starts = lines.flatMap((line, i) => (/^ {2}- id:/.test(line) ? [i] : []));
      starts.forEach((start, n) => {
        const block = lines.slice(start, starts[n + 1] ?? lines.length).join('\n');
        if (/^\S/m.test(block)) return; // the last entry runs into the next top-level key
        expect(expectSameAsFull(block), `${file} entry at line ${start + 1}`).toBe(true);
        entries++;
      });
    }
    expect(entries).toBeGreaterThan(10);
    // Lines less indented than the root end it: declined, and the full parser reports the error.
    for (const text of ['  a: 1\nb: 2\n', '  - a\n- b\n', '  a: foo\n bar\n', '  - id: A\n title: t\n']) expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    // Random mutations of indented plans.
    const plans = yamlFiles('plans').map((f) => readFileSync(f, 'utf8').replace(/^(?=.)/gm, '   ').split('\n'));
    const mutation = fc.record({ plan: fc.nat(plans.length - 1), line: fc.nat(400), column: fc.nat(60), token: fc.constantFrom('', ' ', '  ', '- ', ': ', '#', ' #', '[', '{', '"', 'x: y', '|', '>') });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, dedent) => {
        const lines = [...plans[mutations[0]!.plan]!];
        for (const m of mutations) {
          const i = m.line % lines.length;
          const line = lines[i]!;
          lines[i] = dedent ? line.slice(Math.min(m.column % 4, 3)) : line.slice(0, m.column) + m.token + line.slice(m.column);
        }
        expectSameAsFull(lines.join('\n'));
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200), seed: Number(process.env["FUZZ_SEED"] ?? 20261205) },
    );
  });

  it('the fast path agrees with the full parser on the findings for the shipped plans', () => {
    const sources = yamlFiles('plans').map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
    const fast = analyze(sources, { clockToday: 18000 });
    const full = analyze(sources, { clockToday: 18000, fullParse: true });
    expect(fast.diagnostics.length).toBeGreaterThan(0);
    expect(fast.diagnostics).toEqual(full.diagnostics);
  });

  it('a lone CR is a line break on both paths (YAML 1.2): the shipped plans with CR-only and mixed line ends read as their LF selves', () => {
    const sources = yamlFiles('plans').map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
    const lf = analyze(sources, { clockToday: 18000 }).diagnostics;
    const eols: ((i: number) => string)[] = [() => '\r', (i) => ['\r\n', '\n', '\r'][i % 3]!] // never CR then LF: that pair is one break;
    for (const eol of eols) {
      const converted = sources.map((s) => {
        const lines = s.text.split('\n');
        return { ...s, text: lines.map((line, i) => (i === lines.length - 1 ? line : line + eol(i))).join('') };
      });
      for (const s of converted) expect(parseFastSource(s.file, s.text), s.file).toBeDefined();
      expect(analyze(converted, { clockToday: 18000 }).diagnostics).toEqual(lf);
      expect(analyze(converted, { clockToday: 18000, fullParse: true }).diagnostics).toEqual(lf);
    }
  });

  it('explicit tags: the fast path declines them and the full parser reports each one, so both paths give the same findings', () => {
    for (const text of ['a: !!binary aGVsbG8=\n', 'a: !foo\n  b: 1\n', '!!map\na: 1\n', 'a: [!x 1]\n', 'a: !!str 1\n']) {
      expect(parseFastSource('t.yaml', text), text).toBeUndefined();
      const options = { clockToday: 18000, today: 18140 };
      expect(analyze([{ file: 't.yaml', text }], options).diagnostics).toEqual(analyze([{ file: 't.yaml', text }], { ...options, fullParse: true }).diagnostics);
    }
    expect(parseFull('t.yaml', 'a: !!binary aGVsbG8=\n').problems.map((p) => [p.line, p.column])).toEqual([[1, 4]]);
    expect(parseFull('t.yaml', 'a: !!str 1\n').problems).toEqual([]);
  });
});

// Written by PyYAML 6.0 (`yaml.safe_dump(doc)`, then with `allow_unicode=True, sort_keys=False`, then also `width=30`):
// long titles folded over two or more lines, single- and double-quoted, non-ASCII as `\xNN` and `\uNNNN` escapes,
// escaped line breaks. Generated once (python3-yaml is not needed to run the tests).
const PYYAML = {
  default: "milestones:\n- after: []\n  date: 2026-03-02\n  id: M0\n  title: 'Beslutningspunkt 2 (BP2): godkjenning av konseptvalg for Akson journal i\n    kommunene'\n- after:\n  - M0\n  date: 2026-03-03\n  id: M1\n  title: \"Milep\\xE6l \\xABFelles grunnmur\\xBB \\u2013 innf\\xF8ring av kjernejournal,\\\n    \\ e-resept og helsenorge.no i alle helseforetak\"\n- after:\n  - M1\n  date: 2026-03-04\n  id: M2\n  title: 'Quote \"inside\" and it''s apostrophe: colon, # hash, back\\slash and a very\n    long tail of words to fold'\n- after:\n  - M2\n  date: 2026-03-05\n  id: M3\n  title: Short\n- after:\n  - M3\n  date: 2026-03-06\n  id: M4\n  title: \"\\xC6rlig talt: \\xF8velse gj\\xF8r mester, ogs\\xE5 for \\xE5 planlegge leveranser\\\n    \\ i store programmer over flere \\xE5r\"\nplan:\n  id: p\n  owner: Direktoratet for e-helse\n  title: \"Planen for nasjonal samhandling og felles l\\xF8sninger i helse- og omsorgssektoren\"\n",
  unicode: "plan:\n  id: p\n  title: Planen for nasjonal samhandling og felles løsninger i helse- og omsorgssektoren\n  owner: Direktoratet for e-helse\nmilestones:\n- id: M0\n  title: 'Beslutningspunkt 2 (BP2): godkjenning av konseptvalg for Akson journal i\n    kommunene'\n  date: 2026-03-02\n  after: []\n- id: M1\n  title: Milepæl «Felles grunnmur» – innføring av kjernejournal, e-resept og helsenorge.no\n    i alle helseforetak\n  date: 2026-03-03\n  after:\n  - M0\n- id: M2\n  title: 'Quote \"inside\" and it''s apostrophe: colon, # hash, back\\slash and a very\n    long tail of words to fold'\n  date: 2026-03-04\n  after:\n  - M1\n- id: M3\n  title: Short\n  date: 2026-03-05\n  after:\n  - M2\n- id: M4\n  title: 'Ærlig talt: øvelse gjør mester, også for å planlegge leveranser i store\n    programmer over flere år'\n  date: 2026-03-06\n  after:\n  - M3\n",
  narrow: "milestones:\n- after: []\n  date: 2026-03-02\n  id: M0\n  title: 'Beslutningspunkt 2 (BP2):\n    godkjenning av konseptvalg for\n    Akson journal i kommunene'\n- after:\n  - M0\n  date: 2026-03-03\n  id: M1\n  title: Milepæl «Felles grunnmur»\n    – innføring av kjernejournal,\n    e-resept og helsenorge.no i\n    alle helseforetak\n- after:\n  - M1\n  date: 2026-03-04\n  id: M2\n  title: 'Quote \"inside\" and it''s\n    apostrophe: colon, # hash, back\\slash\n    and a very long tail of words\n    to fold'\n- after:\n  - M2\n  date: 2026-03-05\n  id: M3\n  title: Short\n- after:\n  - M3\n  date: 2026-03-06\n  id: M4\n  title: 'Ærlig talt: øvelse gjør\n    mester, også for å planlegge\n    leveranser i store programmer\n    over flere år'\nplan:\n  id: p\n  owner: Direktoratet for e-helse\n  title: Planen for nasjonal samhandling\n    og felles løsninger i helse-\n    og omsorgssektoren\n",
};

// Written by js-yaml 4.1 (`dump(doc)`, then with `lineWidth: 40`, then `flowLevel: 3`): long strings as folded block
// scalars (`>-`), strings with line breaks as literal ones (`|`, `|-`, `|+`), a more indented line inside a folded one.
const JS_YAML = {
  default: "plan:\n  id: p\n  title: Plan\nmilestones:\n  - id: M0\n    title: >-\n      Milepæl nummer 0: «beslutningspunkt» for innføring av felles grunnmur i\n      kommunene og sykehusene 0\n    date: '2026-03-01'\n    deliverables:\n      - >-\n        Milepæl nummer 0: «beslutningspunkt» for innføring av felles grunnmur i\n        kommunene og sykehusene 0\n  - id: M1\n    title: 'Short: colon'\n    date: '2026-03-02'\n    deliverables:\n      - 'Short: colon'\n  - id: M2\n    title: |\n      Line one\n      Line two\n    date: '2026-03-03'\n    deliverables:\n      - |\n        Line one\n        Line two\n  - id: M3\n    title: |-\n      Ends without break\n      second\n    date: '2026-03-04'\n    deliverables:\n      - |-\n        Ends without break\n        second\n  - id: M4\n    title: |+\n      Keeps\n\n\n      breaks\n\n\n    date: '2026-03-05'\n    deliverables:\n      - |+\n        Keeps\n\n\n        breaks\n\n\n  - id: M5\n    title: >-\n      A very long line that will be folded by the writer because it is longer\n      than eighty characters\n        and an indented line\n      and a normal one that is also quite long so that it gets folded again by\n      js-yaml here\n    date: '2026-03-06'\n    deliverables:\n      - >-\n        A very long line that will be folded by the writer because it is longer\n        than eighty characters\n          and an indented line\n        and a normal one that is also quite long so that it gets folded again by\n        js-yaml here\n  - id: M6\n    title: >-\n      Milestone number two for the integration of the common foundation in\n      municipalities and hospitals\n    date: '2026-03-07'\n    deliverables:\n      - >-\n        Milestone number two for the integration of the common foundation in\n        municipalities and hospitals\n",
  narrow: "plan:\n  id: p\n  title: Plan\nmilestones:\n  - id: M0\n    title: >-\n      Milepæl nummer 0: «beslutningspunkt» for\n      innføring av felles grunnmur i kommunene\n      og sykehusene 0\n    date: '2026-03-01'\n    deliverables:\n      - >-\n        Milepæl nummer 0: «beslutningspunkt» for\n        innføring av felles grunnmur i kommunene\n        og sykehusene 0\n  - id: M1\n    title: 'Short: colon'\n    date: '2026-03-02'\n    deliverables:\n      - 'Short: colon'\n  - id: M2\n    title: |\n      Line one\n      Line two\n    date: '2026-03-03'\n    deliverables:\n      - |\n        Line one\n        Line two\n  - id: M3\n    title: |-\n      Ends without break\n      second\n    date: '2026-03-04'\n    deliverables:\n      - |-\n        Ends without break\n        second\n  - id: M4\n    title: |+\n      Keeps\n\n\n      breaks\n\n\n    date: '2026-03-05'\n    deliverables:\n      - |+\n        Keeps\n\n\n        breaks\n\n\n  - id: M5\n    title: >-\n      A very long line that will be folded by\n      the writer because it is longer than\n      eighty characters\n        and an indented line\n      and a normal one that is also quite long\n      so that it gets folded again by js-yaml\n      here\n    date: '2026-03-06'\n    deliverables:\n      - >-\n        A very long line that will be folded by\n        the writer because it is longer than\n        eighty characters\n          and an indented line\n        and a normal one that is also quite long\n        so that it gets folded again by js-yaml\n        here\n  - id: M6\n    title: >-\n      Milestone number two for the integration\n      of the common foundation in\n      municipalities and hospitals\n    date: '2026-03-07'\n    deliverables:\n      - >-\n        Milestone number two for the integration\n        of the common foundation in\n        municipalities and hospitals\n",
  flow: "plan:\n  id: p\n  title: Plan\nmilestones:\n  - id: M0\n    title: 'Milepæl nummer 0: «beslutningspunkt» for innføring av felles grunnmur i kommunene og sykehusene 0'\n    date: '2026-03-01'\n    deliverables: ['Milepæl nummer 0: «beslutningspunkt» for innføring av felles grunnmur i kommunene og sykehusene 0']\n  - id: M1\n    title: 'Short: colon'\n    date: '2026-03-02'\n    deliverables: ['Short: colon']\n  - id: M2\n    title: \"Line one\\nLine two\\n\"\n    date: '2026-03-03'\n    deliverables: [\"Line one\\nLine two\\n\"]\n  - id: M3\n    title: \"Ends without break\\nsecond\"\n    date: '2026-03-04'\n    deliverables: [\"Ends without break\\nsecond\"]\n  - id: M4\n    title: \"Keeps\\n\\n\\nbreaks\\n\\n\\n\"\n    date: '2026-03-05'\n    deliverables: [\"Keeps\\n\\n\\nbreaks\\n\\n\\n\"]\n  - id: M5\n    title: \"A very long line that will be folded by the writer because it is longer than eighty characters\\n  and an indented line\\nand a normal one that is also quite long so that it gets folded again by js-yaml here\"\n    date: '2026-03-06'\n    deliverables: [\"A very long line that will be folded by the writer because it is longer than eighty characters\\n  and an indented line\\nand a normal one that is also quite long so that it gets folded again by js-yaml here\"]\n  - id: M6\n    title: Milestone number two for the integration of the common foundation in municipalities and hospitals\n    date: '2026-03-07'\n    deliverables: [Milestone number two for the integration of the common foundation in municipalities and hospitals]\n",
};

describe('the fast path on what YAML writers write', () => {
  it.each(Object.entries(JS_YAML))('reads js-yaml output (%s) as the full parser does', (_, text) => {
    expect(expectSameAsFull(text)).toBe(true);
  });

  it.each(Object.entries(PYYAML))('reads PyYAML output (%s) as the full parser does', (_, text) => {
    expect(expectSameAsFull(text)).toBe(true);
  });

  it('reads the yaml package\'s own output, every string type and line width, as the full parser does', () => {
    const numRuns = Number(process.env['FUZZ_RUNS'] ?? 300);
    let accepted = 0;
    const words = fc.constantFrom('\n', '\n\n', 'Milepæl', 'leveranse', 'i', 'BP2:', 'x', '"sitat"', "it's", 'back\\slash', '#1', 'a#b', '–', 'æøå', '😀', 'e-helse', '[del]', '{x}', 'ja', 'null', '12', '1.5', '  ');
    const title = fc.array(words, { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(title, { minLength: 1, maxLength: 4 }), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'), fc.integer({ min: 20, max: 90 }), fc.boolean(),
        (titles, type, lineWidth, indentSeq) => {
          const doc = { plan: { id: 'p', title: titles[0] }, milestones: titles.map((t, i) => ({ id: `M${i}`, title: t, date: '2026-03-02', deliverables: [t] })) };
          const text = YAML.stringify(doc, { defaultStringType: type as 'PLAIN', lineWidth, minContentWidth: 10, indentSeq });
          // Declined, and so left to the full parser: a block scalar with an indentation indicator (a text starting
          // with a space) or only whitespace lines, a folded one with a whitespace-only line more indented than its text.
          if (expectSameAsFull(text)) accepted++;
          else expect(text).toMatch(/[|>][-+]?[0-9]|[|>][-+]?\n(?: *\n)* *(?:\n|$)|^ +$/m);
        },
      ),
      { numRuns, seed: 20261201 },
    );
    expect(accepted).toBeGreaterThan(numRuns * 0.7);
  });

  it('reads folded quoted and plain values and every double-quoted escape as the full parser does', () => {
    const texts = [
      'a: "x\n  y"\n', "a: 'x\n  y''s'\n", 'a: "x  \n\n   y  "\n', 'a: "x \\\n  y"\n', 'a: "x\\\n  \\ y"\n', 'a:\n  b: "x\n   # not a comment\n   z"\n',
      'a: one\n  two\n', 'a: one\n  two\n\n  three\nb: 2\n', 'a:\n- x\n  y\n- z\n', 'a:\n  - id: M1\n    title: long\n      text\n    date: 2026-03-02\n',
      '- "x\n y"\n', 'a: 1\n  2\n', 'a: true\n  false\n', 'a: x\n  y   \n\n\nb: 1\n', 'a: x\n  - y\n  ? z\n  [q\n  "r" \'s\'\n  --- ...\n', '- x\n  - y\n',
      'a: "\\x41\\u00e6\\U0001F600\\a\\b\\v\\f\\N\\_\\L\\P\\ \\/\\e\\0"\n', 'a: ["\\xE6", {b: "\\t\\x7f"}]\n',
      'a: "x\r\n  y"\r\nb: 1\r\n',
    ];
    for (const text of texts) expect(expectSameAsFull(text), JSON.stringify(text)).toBe(true);
  });

  it('reads literal and folded block scalars, every chomping, as the full parser does', () => {
    const texts = [
      'a: |\n  x\n  y\nb: 1\n', 'a: >\n  x\n  y\n\n  z\nb: 1\n', 'a: >-\n  x\n    more\n  y\n', 'a: |+\n  x\n\n\nb: 1\n', 'a: |-\n  x\n\n', 'a: >+\n  x\n',
      'a: |\n\n  x\n', 'a: >\n  x\n\n    more\n\n  y\n', 'a: | # comment\n  # not a comment\n  x\n# a comment\nb: 1\n', 'a: |\n    deeper\n  # less indented: a comment\nb: 1\n',
      '- |\n  x\n- >-\n  y\n  z\n', '---\na: 1\n', '# c\n\n--- # start\na: |\n  x\n', '---\r\na: 1\r\n', 'a:\n  - id: M1\n    title: >-\n      long\n      text\n    date: 2026-03-02\n', 'a: |\n  x  \n  y\n', 'a: |\n  x', 'a: >\r\n  x\r\n  y\r\nb: 1\r\n',
    ];
    for (const text of texts) expect(expectSameAsFull(text), JSON.stringify(text)).toBe(true);
  });

  it('declines a value folded where the full parser has something else to say', () => {
    const texts = [
      'a:\n  b: "x\n  y"\n', 'a:\n  b: x\n  y\n', 'a: x\n  # c\n  y\n', 'a: x\n  : y\n', 'a: x\n  y: z\n', 'a: x\n  y:\n', 'a: x\n  y #c\n', 'a: x # c\n  y\n',
      'a: "x\\\n\n  y"\n', 'a: "x\n', "a: 'x\n", 'a: "\\ud83d\\ude00"\n', 'a: "\\x4"\n', 'a: "\\U00110000"\n', 'a: "\\q"\n', 'a:\n  b: [x,\n  y]\n', '"a\n b": 1\n', 'a: {"x\n  y": 1}\n',
      'a: |2\n   x\n', 'a: |\nb: 1\n', 'a: |\n', 'a: |\n  x\n   \n', 'a: |\n    \n  x\n', 'a: |x\n  y\n', 'a: |\n  x\n y\n', 'a: [|]\n',
    ];
    for (const text of texts) expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
  });
});
