// Health checks (SPEC §13) on hand-computed fixtures: each `# health:` line states a check's value, pass, count,
// denominator and counted milestones, worked out by hand in the fixture's comments.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { computeHealth, HEALTH_CHECK_IDS, type HealthCheckId } from '../../src/health/index.js';

const DIR = join(import.meta.dirname, 'fixtures');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

interface Expectation {
  readonly check: HealthCheckId;
  readonly absent: boolean;
  readonly value?: number | null;
  readonly pass?: boolean;
  readonly count?: number;
  readonly of?: number;
  readonly refs?: readonly string[];
}

function parseExpectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  for (const match of text.matchAll(/^# health: (\S+) (.*)$/gm)) {
    const check = match[1] as HealthCheckId;
    expect(HEALTH_CHECK_IDS).toContain(check);
    if (match[2] === 'absent') {
      out.push({ check, absent: true });
      continue;
    }
    const fields = new Map([...match[2]!.matchAll(/(\w+)=(\S*)/g)].map((m) => [m[1]!, m[2]!]));
    const number = (s: string): number | null => {
      if (s === 'null') return null;
      const [a, b] = s.split('/');
      return b === undefined ? Number(a) : Number(a) / Number(b);
    };
    out.push({
      check, absent: false, value: number(fields.get('value')!), pass: fields.get('pass') === 'true',
      count: Number(fields.get('count')), of: Number(fields.get('of')),
      refs: fields.get('refs') === '' ? [] : fields.get('refs')!.split(','),
    });
  }
  return out;
}

describe('health fixtures', () => {
  it('finds the fixtures', () => expect(files.length).toBeGreaterThanOrEqual(11));

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const expectations = parseExpectations(text);
    expect(expectations.length).toBeGreaterThan(0);
    const analysis = analyze([{ file, text }], { clockToday: parseDayDate('2000-01-01')! });
    expect(analysis.diagnostics.filter((d) => d.severity === 'error' && ['schema', 'yaml-syntax', 'invalid-date'].includes(d.rule))).toEqual([]);
    const report = computeHealth({ workspace: analysis.workspace, graph: analysis.graph, schedule: analysis.schedule, rank: analysis.rank, today: analysis.today });
    expect(report.plans).toHaveLength(1);
    const checks = report.plans[0]!.checks;
    for (const e of expectations) {
      const got = checks.find((c) => c.id === e.check);
      if (e.absent) {
        expect(got, e.check).toBeUndefined();
        continue;
      }
      expect(got, e.check).toBeDefined();
      const refs = got!.refs.map((m) => analysis.workspace.milestones[m]!.ref);
      expect({ check: e.check, pass: got!.pass, count: got!.count, of: got!.of, refs }).toEqual({ check: e.check, pass: e.pass, count: e.count, of: e.of, refs: e.refs });
      if (e.value === null) expect(got!.value).toBeNull();
      else expect(got!.value).toBeCloseTo(e.value!, 12);
    }
  });
});
