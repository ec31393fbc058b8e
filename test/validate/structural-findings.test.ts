// Reports that show only structural errors analyse with `findings: 'structural'` (issue #18): the structural
// diagnostics, the milestones and the schedule must be exactly those of the full analysis, on every fixture workspace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { REFUSAL_RULES, STRUCTURAL_RULES } from '../../src/analyze-texts.js';
import { computeSchedule } from '../../src/schedule/cpm.js';

// computeSchedule as it is, counted: `refusals` must never make the schedule nobody reads.
vi.mock('../../src/schedule/cpm.js', async (importOriginal) => {
  const cpm = await importOriginal<typeof import('../../src/schedule/cpm.js')>();
  return { ...cpm, computeSchedule: vi.fn(cpm.computeSchedule) };
});
import { parseDayDate } from '../../src/calendar/index.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

/** Every .yaml file under `dir`, as analysis input (the encoding fixture's bytes are read as the CLI would not: skipped). */
function texts(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...texts(path));
    else if (name.endsWith('.yaml')) out.push({ file: path.slice(REPO_ROOT.length + 1), text: readFileSync(path, 'utf8') });
  }
  return out;
}

/** JSON of a value with its Maps, Sets and typed arrays spelled out (identity of shared values left aside). */
const serialised = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? ['Map', [...v]] : v instanceof Set ? ['Set', [...v]] : ArrayBuffer.isView(v) ? ['View', Array.from(v as unknown as ArrayLike<number>)] : v));

const today = parseDayDate('2019-09-01')!;
const workspaces = [join(REPO_ROOT, 'plans'), ...readdirSync(join(REPO_ROOT, 'test', 'fixtures', 'err')).map((d) => join(REPO_ROOT, 'test', 'fixtures', 'err', d))];

describe("findings: 'structural'", () => {
  it('gives the full analysis’s structural diagnostics, milestones and schedule, and nothing else', () => {
    let structuralSeen = 0;
    let otherSeen = 0;
    for (const dir of workspaces) {
      const input = texts(dir);
      if (input.length === 0) continue;
      const full = analyze(input, { today, clockToday: today });
      const structural = analyze(input, { today, clockToday: today, findings: 'structural' });
      const expected = full.diagnostics.filter((d) => STRUCTURAL_RULES.has(d.rule));
      structuralSeen += expected.length;
      otherSeen += full.diagnostics.length - expected.length;
      expect(structural.diagnostics, dir).toEqual(expected);
      expect(structural.hasStructuralErrors, dir).toBe(full.hasStructuralErrors);
      expect(serialised(structural.schedule), dir).toBe(serialised(full.schedule));
      // The milestones (not the calendars, whose working-day index is a cache the rules may have grown further).
      expect(serialised(structural.workspace.milestones), dir).toBe(serialised(full.workspace.milestones));
    }
    // The fixtures hold both kinds, so the comparison is not vacuous.
    expect(structuralSeen).toBeGreaterThan(5);
    expect(otherSeen).toBeGreaterThan(5);
  });
});

describe("findings: 'refusals' (snapshot)", () => {
  it('gives the full analysis’s refusal diagnostics and milestones, and makes no schedule until one is read', () => {
    let refusalsSeen = 0;
    let otherSeen = 0;
    for (const dir of workspaces) {
      const input = texts(dir);
      if (input.length === 0) continue;
      const full = analyze(input, { today, clockToday: today });
      vi.mocked(computeSchedule).mockClear();
      const refusals = analyze(input, { today, clockToday: today, findings: 'refusals' });
      expect(vi.mocked(computeSchedule), dir).not.toHaveBeenCalled();
      const expected = full.diagnostics.filter((d) => REFUSAL_RULES.has(d.rule));
      refusalsSeen += expected.length;
      otherSeen += full.diagnostics.length - expected.length;
      expect(refusals.diagnostics, dir).toEqual(expected);
      expect(serialised(refusals.workspace.milestones), dir).toBe(serialised(full.workspace.milestones));
      // Read, it is made once, and is the full analysis's.
      expect(serialised(refusals.schedule), dir).toBe(serialised(full.schedule));
      expect(serialised(refusals.graph.order), dir).toBe(serialised(full.graph.order));
      expect(refusals.rank).toBe(refusals.rank);
      expect(vi.mocked(computeSchedule), dir).toHaveBeenCalledTimes(1);
    }
    expect(refusalsSeen).toBeGreaterThan(5);
    expect(otherSeen).toBeGreaterThan(5);
  });
});
