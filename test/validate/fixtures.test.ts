// Table-driven fixture test: every finding of `validate` on test/fixtures/{err,valid}/<name> matches its `# expect:` comments exactly.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseCliDate } from '../../src/calendar/index.js';
import type { RuleId } from '../../src/diagnostics/types.js';
import { RULES } from '../../src/rules/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePlanBytes } from '../../src/source/decode.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { fixtureDirs, key, readFixture, type Fixture } from './expectations.js';

interface JsonDiagnostic {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

async function validateFixture(fixture: Fixture): Promise<{ code: number; stderr: string; diagnostics: JsonDiagnostic[] }> {
  const r = await runCli(['validate', fixture.dir, '--format', 'json', ...fixture.args]);
  const diagnostics = r.stdout === '' ? [] : (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
  return { code: r.code, stderr: r.stderr, diagnostics };
}

/** Findings that no expectation accounts for, and expectations that no finding met; with messages to debug by. */
function compare(fixture: Fixture, diagnostics: readonly JsonDiagnostic[]): { unexpected: string[]; missing: string[] } {
  const remaining = new Map<string, number>();
  for (const e of fixture.expectations) remaining.set(key(e), (remaining.get(key(e)) ?? 0) + 1);
  const unexpected: string[] = [];
  for (const d of diagnostics) {
    const k = key(d);
    const left = remaining.get(k) ?? 0;
    if (left > 0) remaining.set(k, left - 1);
    else unexpected.push(`${k}:${d.column} ${d.severity}: ${d.message}`);
  }
  const missing = [...remaining].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  return { unexpected, missing };
}

/** The same findings through the full YAML parser (the CLI takes the fast path where it can). */
function fullParseKeys(fixture: Fixture): string[] {
  const todayAt = fixture.args.indexOf('--today');
  const today = todayAt >= 0 ? parseCliDate(fixture.args[todayAt + 1] ?? '') : undefined;
  const texts = fixture.files.map((file) => {
    const decoded = decodePlanBytes(readFileSync(join(REPO_ROOT, file)));
    return { file, text: decoded.text, encodingProblem: decoded.problem };
  });
  const analysis = analyze(texts, { today, clockToday: parseCliDate('2019-09-01')!, strict: fixture.args.includes('--strict'), fullParse: true });
  return analysis.diagnostics.map((d) => `${key(d)}:${d.column} ${d.severity}`);
}

describe('fixtures with findings (test/fixtures/err)', () => {
  for (const dir of fixtureDirs('test/fixtures/err')) {
    it(dir.replace('test/fixtures/', ''), async () => {
      const fixture = readFixture(dir);
      expect(fixture.expectations.length, 'an err fixture must expect at least one finding').toBeGreaterThan(0);
      const { code, stderr, diagnostics } = await validateFixture(fixture);
      expect(stderr).toBe('');
      expect(compare(fixture, diagnostics)).toEqual({ unexpected: [], missing: [] });
      for (const e of fixture.expectations.filter((x) => x.severity !== undefined)) {
        const found = diagnostics.filter((d) => key(d) === key(e)).map((d) => d.severity);
        expect(found, `severity at ${key(e)}`).toContain(e.severity);
        expect(found.every((s) => s === e.severity), `every ${key(e)} is ${e.severity}`).toBe(true);
      }
      expect(code).toBe(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
      expect(fullParseKeys(fixture)).toEqual(diagnostics.map((d) => `${key(d)}:${d.column} ${d.severity}`));
    });
  }
});

describe('fixtures without findings (test/fixtures/valid)', () => {
  for (const dir of fixtureDirs('test/fixtures/valid')) {
    it(dir.replace('test/fixtures/', ''), async () => {
      const fixture = readFixture(dir);
      expect(fixture.expectations).toEqual([]);
      for (const extra of [[], ['--strict']]) {
        const { code, stderr, diagnostics } = await validateFixture({ ...fixture, args: [...fixture.args, ...extra] });
        expect(stderr).toBe('');
        expect(diagnostics.map((d) => `${key(d)}:${d.column}: ${d.message}`)).toEqual([]);
        expect(code).toBe(0);
      }
    });
  }
});

describe('the corpus', () => {
  it('expects every rule of the registry somewhere, and names no rule that does not exist', () => {
    const known = new Set<string>(RULES.map((r) => r.id));
    const expected = new Set(fixtureDirs('test/fixtures/err').flatMap((d) => readFixture(d).expectations.map((e) => e.rule)));
    expect([...expected].filter((r) => !known.has(r))).toEqual([]);
    expect(RULES.map((r) => r.id).filter((r: RuleId) => !expected.has(r))).toEqual([]);
    expect(known.size).toBe(19);
  });
});
