// `set` reads only the edited milestone's lines again (src/edit/patched-source.ts): that reading must equal a fresh
// reading of the whole edited file, in data and in every position a finding can be reported at.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/analyze.js';
import type { BlockPatch } from '../../src/edit/milestone-block.js';
import { isPatched, patchSource } from '../../src/edit/patched-source.js';
import { setMilestoneFields, type SettableKey } from '../../src/edit/set-field.js';
import type { ParsedSource, Path } from '../../src/source/parse.js';

/** Every path in `data` (a loop over a stack, not recursion), with the ancestors that do not exist added. */
function allPaths(data: unknown): Path[] {
  const out: Path[] = [[], ['milestones', 99], ['nope']];
  const stack: [Path, unknown][] = [[[], data]];
  while (stack.length > 0) {
    const [path, value] = stack.pop()!;
    out.push(path, [...path, 'absent']);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push([[...path, i], v]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stack.push([[...path, k], v]);
  }
  return out;
}

/** Sets the fields and returns the patched reading and a fresh one of the same text. */
function both(text: string, index: number, fields: [SettableKey, string][]): [ParsedSource, ParsedSource] | undefined {
  let got: ParsedSource | undefined;
  const outcome = setMilestoneFields(text, index, fields, parsePlanText('p.yaml', text), (body: string, patch?: BlockPatch) => {
    got = patch === undefined ? undefined : patchSource('p.yaml', patch.block, patch.index, patch.text, body);
    return got ?? parsePlanText('p.yaml', body);
  });
  if (!outcome.ok || got === undefined) return undefined;
  expect(isPatched(got)).toBe(true);
  expect(got.text).toBe(outcome.text);
  return [got, parsePlanText('p.yaml', outcome.text)];
}

function expectSameReading(patched: ParsedSource, fresh: ParsedSource): void {
  expect(patched.data).toEqual(fresh.data);
  for (const path of allPaths(fresh.data)) {
    for (const key of [false, true]) expect(patched.locate(path, key), `${JSON.stringify(path)} ${key}`).toEqual(fresh.locate(path, key));
  }
}

const milestone = (i: number, extra: string, eol: string): string => `  - id: M${i}${eol}    title: "T ${i}"   # t${eol}    date: 2019-0${(i % 9) + 1}-02${eol}${extra}`;

describe('patched reading', () => {
  it('equals a fresh reading: a value replaced, a key inserted (lines below move), several milestones and keys after', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }), fc.nat(3), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.boolean(),
      fc.subarray<SettableKey>(['forecast', 'actual', 'status'], { minLength: 1 }),
      (count, pick, eol, hasForecast, tail, keys) => {
        const index = pick % count;
        const extra = (i: number): string => (hasForecast && i === index ? `    forecast: 2019-10-01${eol}` : '') + (i % 2 === 0 ? `    after: [M0]${eol}` : '');
        const text = `plan: {id: p, title: P}${eol}milestones:${eol}${Array.from({ length: count }, (_, i) => milestone(i, extra(i), eol)).join('')}${tail ? `${eol}goals:${eol}  - id: G${eol}    title: g${eol}` : ''}`;
        const values: Record<SettableKey, string> = { forecast: '2020-01-31', actual: '2019-12-31', status: 'red' };
        const result = both(text, index, keys.map((k): [SettableKey, string] => [k, values[k]]));
        expect(result).toBeDefined();
        expectSameReading(...result!);
      },
    ), { numRuns: 60, seed: 18 });
  });

  it('equals a fresh reading for flow milestones that share their lines (JSON on one line; `}, {` between pretty ones)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }), fc.nat(3), fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom('\n', '\r\n'),
      fc.subarray<SettableKey>(['forecast', 'actual', 'status'], { minLength: 1 }),
      (count, pick, oneLine, hasForecast, tail, eol, keys) => {
        const index = pick % count;
        const pairs = (i: number): string[] => [
          `"id": "M${i}"`, `"title": "T ${i} æ"`, `"date": "2019-0${(i % 9) + 1}-02"`,
          ...(hasForecast && i === index ? ['"forecast": "2019-10-01"'] : []), ...(i % 2 === 0 ? ['"after": ["M0"]'] : []),
        ];
        const item = (i: number): string => (oneLine ? `{${pairs(i).join(',')}}` : `{${eol}    ${pairs(i).join(`,${eol}    `)}${eol}  }`);
        const items = Array.from({ length: count }, (_, i) => item(i)).join(oneLine ? ',' : ', ');
        const goals = tail ? `,${oneLine ? '' : eol} "goals": [{"id": "G", "title": "g"}]` : '';
        const text = `{"plan": {"id": "p", "title": "P"},${oneLine ? '' : eol} "milestones": [${items}]${goals}}${eol}`;
        const values: Record<SettableKey, string> = { forecast: '2020-Q1', actual: '2019-12-31', status: 'red' };
        const result = both(text, index, keys.map((k): [SettableKey, string] => [k, values[k]]));
        expect(result).toBeDefined();
        expectSameReading(...result!);
      },
    ), { numRuns: 80, seed: 18 });
  });

  it('is not made for a block that is not a one-item list (the whole file is read again instead)', () => {
    const text = 'milestones:\n  -\n    id: A\n    date: 2019-01-01\n';
    expect(both(text, 0, [['status', 'red']])).toBeUndefined();
  });
});
