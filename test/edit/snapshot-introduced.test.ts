// `snapshot` reports no introduced diagnostics without analysing the edited workspace (src/edit/plan-snapshot.ts): on
// every fixture, the shipped plans and several status dates, that analysis indeed finds nothing new. A rule that
// starts reading `history` would fail this test and must bring the second analysis back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { introducedBy, type EditInput } from '../../src/edit/plan-set.js';
import { planSnapshot } from '../../src/edit/plan-snapshot.js';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (/\.ya?ml$/.test(name)) out.push(path);
    }
  }
  return out;
}

const WORKSPACES = ['plans', ...['test/fixtures/valid', 'test/fixtures/err'].flatMap((d) => readdirSync(d).map((n) => join(d, n)))];
const TODAYS = ['2019-09-01', '2023-06-15', '2031-01-01'];

describe('snapshot introduces no diagnostic', () => {
  it('on every fixture and the shipped plans, the analysis after the edit finds nothing the one before did not', () => {
    let edited = 0;
    for (const ws of WORKSPACES) {
      const texts = new Map(yamlFiles(ws).map((f) => [f, readFileSync(f, 'utf8').replace(/^\uFEFF/, '')]));
      for (const day of TODAYS) {
        const today = parseDayDate(day)!;
        const run = (t: ReadonlyMap<string, string>, findings: 'all' | 'structural') => analyze([...t].map(([file, text]) => ({ file, text })), { today, clockToday: today, findings });
        const full = run(texts, 'all');
        const input: EditInput = { texts, analysis: run(texts, 'structural'), reanalyze: (t) => run(t, 'all'), locale: 'en' };
        const plan = planSnapshot(input, undefined);
        if (!plan.ok || plan.edits.length === 0) continue;
        edited++;
        expect(plan.introduced).toEqual([]);
        expect(introducedBy({ ...input, analysis: full }, plan.edits), `${ws} at ${day}`).toEqual([]);
      }
    }
    expect(edited).toBeGreaterThan(WORKSPACES.length);
  });
});
