// The fast YAML path's parity with the full parser (src/source/fast-yaml.ts's contract), as the source tests check it.
import { expect } from 'vitest';
import { parseFast } from '../../src/source/fast-yaml.js';
import { parseFull } from '../../src/source/full-parse.js';
import type { Path } from '../../src/source/parse.js';
import { analyze, parsePlanText } from '../../src/analyze.js';

/** Every path to a value in the data, containers and scalars alike. */
function allPaths(data: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...allPaths(v, [...prefix, i])));
  else if (data !== null && typeof data === 'object') for (const k of Object.keys(data)) out.push(...allPaths((data as Record<string, unknown>)[k], [...prefix, k]));
  return out;
}

/** Asserts that when the fast path accepts `text`, it agrees with the full parser; returns whether it accepted. */
export function expectSameAsFull(text: string): boolean {
  const fast = parseFast(text);
  if (!fast) return false;
  const full = parseFull('f.yaml', text);
  expect(full.problems).toEqual([]);
  expect(fast.data).toEqual(full.data);
  const viaFast = parsePlanText('f.yaml', text);
  for (const path of allPaths(full.data)) {
    expect(viaFast.locate(path), `value at ${path.join('/')}`).toEqual(full.locate(path));
    if (path.length > 0 && typeof path[path.length - 1] === 'string') expect(viaFast.locate(path, true), `key at ${path.join('/')}`).toEqual(full.locate(path, true));
  }
  // And so the same model and the same diagnostics, whichever path read the file.
  const options = { clockToday: 18000, today: 18140 };
  const fastAnalysis = analyze([{ file: 'f.yaml', text }], options);
  const fullAnalysis = analyze([{ file: 'f.yaml', text }], { ...options, fullParse: true });
  expect(fastAnalysis.diagnostics).toEqual(fullAnalysis.diagnostics);
  expect(fastAnalysis.workspace.milestones).toEqual(fullAnalysis.workspace.milestones);
  return true;
}

