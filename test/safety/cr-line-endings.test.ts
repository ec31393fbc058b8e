// Old Mac line ends (issue #11): YAML 1.2 reads CR LF, CR and LF alike as line breaks (§5.4 [28] b-break), so a plan
// saved with CR alone, or with a mix, gives the same data and the same findings at the same lines and columns as its
// LF twin, in both parser paths; `set` edits it keeping every line end byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseFastSource } from '../../src/source/parse.js';
import { parseFull } from '../../src/source/full-parse.js';
import { decodePlanBytes } from '../../src/source/decode.js';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();
/** An LF plan whose findings sit on several lines: an invalid date (7:11), a non-working day (11:11), an unknown reference (12:13). */
const LINES = ['plan:', '  id: p', '  title: P', 'milestones:', '  - id: A', '    title: A', '    date: 2019-02-30', '  # a comment', '  - id: B', '    title: "B, quoted"', '    date: 2019-09-07', '    after: [Z]', ''];
const LF = LINES.join('\n');
const CR = LINES.join('\r');
/** CR LF, LF and CR in turn (never CR then LF, which is one break). */
const MIXED = LINES.reduce((text, line, i) => text + line + (i === LINES.length - 1 ? '' : ['\r\n', '\n', '\r'][i % 3]!), '');

const options = { clockToday: 18000, today: 18140 };
const findings = (text: string, fullParse: boolean): unknown[] => analyze([{ file: 'p.yaml', text }], { ...options, fullParse }).diagnostics.map((d) => [d.rule, d.line, d.column, d.message]);

describe('CR-only and mixed line ends through the parser API', () => {
  it('both parser paths give the LF twin\'s data, positions and findings', () => {
    const twin = findings(LF, false);
    expect(twin.map((d) => (d as unknown[]).slice(0, 3))).toEqual([['invalid-date', 7, 11], ['non-working-day', 11, 11], ['unknown-reference', 12, 13]]);
    for (const text of [CR, MIXED]) {
      expect(parseFastSource('p.yaml', text), 'the fast path reads it').toBeDefined();
      expect(findings(text, false)).toEqual(twin);
      expect(findings(text, true)).toEqual(twin);
      const full = parseFull('p.yaml', text);
      expect(full.problems).toEqual([]);
      expect(full.data).toEqual(parseFull('p.yaml', LF).data);
      expect(full.text).toBe(text); // the source keeps the text as read
      for (const path of [['milestones', 1, 'after', 0], ['milestones', 1, 'title'], ['plan', 'id']]) {
        expect(parseFastSource('p.yaml', text)!.locate(path)).toEqual(parseFull('p.yaml', LF).locate(path));
        expect(full.locate(path)).toEqual(parseFull('p.yaml', LF).locate(path));
      }
    }
  });

  it('a syntax error and an invalid byte are placed on their own line of a CR-only file', () => {
    const broken = ['a: 1', 'b: [x', 'c: 2', ''].join('\r');
    expect(parseFull('b.yaml', broken).problems.map((p) => p.line)).toEqual(parseFull('b.yaml', broken.replace(/\r/g, '\n')).problems.map((p) => p.line));
    const bytes = Buffer.concat([Buffer.from('a: 1\rb: 2\rt: "x', 'utf8'), Buffer.from([0xf8]), Buffer.from('"\r')]);
    expect(decodePlanBytes(bytes).problem).toMatchObject({ line: 3, column: 6 });
  });
});

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-cr-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]): { code: number | null; out: string; err: string } => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('CR-only and mixed line ends end to end', () => {
  it('validate reports the LF twin\'s findings, with the right source line under each', () => {
    const twin = join(dir, 'lf.yaml');
    writeFileSync(twin, LF);
    const expected = cli(['validate', twin, '--today', '2019-09-01', '--no-color']).out.replaceAll(twin, 'p.yaml');
    expect(expected).toContain('    7 |     date: 2019-02-30\n');
    for (const text of [CR, MIXED]) {
      const file = join(dir, 'p.yaml');
      writeFileSync(file, text);
      const r = cli(['validate', file, '--today', '2019-09-01', '--no-color']);
      expect(r.code).toBe(1);
      expect(r.out.replaceAll(file, 'p.yaml')).toBe(expected);
    }
  });

  it('set replaces a value and inserts a key keeping every CR, LF and CR LF byte for byte', () => {
    const file = join(dir, 'p.yaml');
    // A valid date for A: set refuses to edit a milestone the workspace cannot read (its invalid date keeps it out).
    for (const text of [CR.replace('2019-02-30', '2019-03-01'), MIXED.replace('2019-02-30', '2019-03-01')]) {
      writeFileSync(file, text);
      const r = cli(['set', 'p/A', '--forecast', '2019-03-04', '--actual', '2019-03-05', file, '--today', '2019-09-01']);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe(`${file}:8: forecast (none) → 2019-03-04\n${file}:9: actual (none) → 2019-03-05\n`);
      // The new lines take the line end of the line they follow (CR in the CR-only text, CR LF in the mixed one).
      const eol = /2019-03-01(\r\n|\r|\n)/.exec(text)![1]!;
      expect(eol).toBe(text === CR.replace('2019-02-30', '2019-03-01') ? '\r' : '\r\n');
      const inserted = text.replace(`2019-03-01${eol}`, `2019-03-01${eol}    forecast: 2019-03-04${eol}    actual: 2019-03-05${eol}`);
      expect(readFileSync(file, 'latin1')).toBe(inserted);
      const again = cli(['set', 'p/B', '--forecast', '2019-09-09', file, '--today', '2019-09-01']);
      expect(again.code, again.err).toBe(0);
      expect(readFileSync(file, 'latin1')).toBe(inserted.replace(/(date: 2019-09-07)(\r\n|\r|\n)/, `$1$2    forecast: 2019-09-09$2`));
    }
  });
});
