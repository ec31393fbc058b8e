// `set` on a plan written as JSON (each milestone a flow mapping on lines of its own) reads only the milestone's
// mapping with the yaml library (src/edit/milestone-block.ts): the bytes written and the lines reported must be those
// of the whole-document edit, and the patched reading that of a fresh reading (src/edit/patched-source.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/analyze.js';
import { openMilestoneBlock, type BlockPatch } from '../../src/edit/milestone-block.js';
import { isPatched, patchSource } from '../../src/edit/patched-source.js';
import { setInDocument, setMilestoneFields, type SettableKey } from '../../src/edit/set-field.js';
import { findFlowClose } from '../../src/edit/flow-close.js';
import type { ParsedSource } from '../../src/source/parse.js';

interface Spec {
  readonly forecast: string | undefined;
  readonly status: string | undefined;
  readonly after: readonly number[];
  readonly title: string;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  forecast: fc.option(fc.constantFrom('2020-03-02', '2020-Q2', '2021'), { nil: undefined }),
  status: fc.option(fc.constantFrom('green', 'red'), { nil: undefined }),
  after: fc.array(fc.nat(5), { maxLength: 3 }),
  title: fc.constantFrom('Plain', 'It\'s "quoted" {braces} [and] # hash, comma', 'Ærlig — ønske', 'back\\slash'),
});

function planData(specs: readonly Spec[]): unknown {
  return {
    plan: { id: 'p', title: 'P' },
    milestones: specs.map((s, i) => ({
      id: `M${i}`, title: s.title, date: '2020-02-03',
      ...(s.forecast === undefined ? {} : { forecast: s.forecast }),
      ...(s.status === undefined ? {} : { status: s.status }),
      ...(s.after.length === 0 ? {} : { after: s.after.map((a) => `M${a % specs.length}`) }),
      history: [{ reported: '2019-01-01', forecast: '2020-02-01' }],
    })),
    goals: [{ id: 'G', title: 'g' }],
  };
}

const layouts: Record<string, (data: unknown) => string> = {
  'two spaces': (d) => `${JSON.stringify(d, null, 2)}\n`,
  'four spaces, CRLF': (d) => `${JSON.stringify(d, null, 4).replaceAll('\n', '\r\n')}\r\n`,
  'no final line break': (d) => JSON.stringify(d, null, 2),
};

const valueArb = fc.subarray<[SettableKey, string]>([['forecast', '2020-04-01'], ['status', 'yellow'], ['actual', '2020-01-31']], { minLength: 1 });

describe('set on a plan written as JSON', () => {
  for (const [name, write] of Object.entries(layouts)) {
    it(`writes what the whole-document edit writes, through the milestone's mapping alone (${name})`, () => {
      fc.assert(fc.property(fc.array(specArb, { minLength: 1, maxLength: 5 }), fc.nat(4), valueArb, (specs, pick, values) => {
        const text = write(planData(specs));
        const index = pick % specs.length;
        const whole = parsePlanText('p.yaml', text);
        expect(openMilestoneBlock(text, index, whole)?.isFlow).toBe(true);
        let got: ParsedSource | undefined;
        const outcome = setMilestoneFields(text, index, values, whole, (body: string, patch?: BlockPatch) => {
          got = patch === undefined ? undefined : patchSource('p.yaml', patch.block, patch.index, patch.text, body);
          return got ?? parsePlanText('p.yaml', body);
        });
        const reference = setInDocument(text, index, values);
        expect(outcome.ok && reference.ok).toBe(true);
        if (!outcome.ok || !reference.ok) return;
        expect(outcome.text).toBe(reference.text);
        expect(outcome.changes).toEqual(reference.changes);
        expect(outcome.splice && text.slice(0, outcome.splice.start) + outcome.splice.text + text.slice(outcome.splice.end)).toBe(reference.text);
        expect(got !== undefined && isPatched(got)).toBe(true);
        const fresh = parsePlanText('p.yaml', reference.text);
        expect(got!.data).toEqual(fresh.data);
        for (let i = 0; i < specs.length; i++) {
          for (const key of ['id', 'title', 'date', 'forecast', 'status', 'actual', 'after', 'history', 'absent']) {
            for (const isKey of [false, true]) expect(got!.locate(['milestones', i, key], isKey)).toEqual(fresh.locate(['milestones', i, key], isKey));
          }
          expect(got!.locate(['milestones', i])).toEqual(fresh.locate(['milestones', i]));
        }
        expect(got!.locate(['goals', 0, 'title'])).toEqual(fresh.locate(['goals', 0, 'title']));
      }), { numRuns: 80, seed: 18 });
    });
  }

  it('reads a mapping that shares a line with other nodes, or is tab-indented, from its braces alone: the same edit', () => {
    const compact = JSON.stringify(planData([{ forecast: undefined, status: undefined, after: [], title: 'A' }, { forecast: undefined, status: undefined, after: [], title: 'B' }]));
    const tabs = JSON.stringify(planData([{ forecast: undefined, status: undefined, after: [], title: 'A' }]), null, '\t');
    const twoOnALine = '{"milestones": [\n  {"id": "A", "date": "2020-01-01"}, {"id": "B", "date": "2020-01-02"}\n]}\n';
    for (const [text, index, column] of [[compact, 0, compact.indexOf('{"id":"M0"') + 1], [compact, 1, compact.indexOf('{"id":"M1"') + 1], [tabs, 0, 3], [twoOnALine, 0, 3], [twoOnALine, 1, 38]] as const) {
      expect(openMilestoneBlock(text, index)?.column).toBe(column);
      for (const values of [[['status', 'red']], [['forecast', '2021-Q2'], ['actual', '2020-01-03']]] as [SettableKey, string][][]) {
        const { splice, ...outcome } = setMilestoneFields(text, index, values) as Extract<ReturnType<typeof setMilestoneFields>, { ok: true }>;
        expect(splice).toBeDefined();
        expect(outcome).toEqual(setInDocument(text, index, values));
      }
    }
  });
});

describe('the end of a flow collection', () => {
  it('is found over lines, quotes and comments, and declined where a quote may be part of a plain scalar', () => {
    const text = '{a: "x}", b: [1, 2], # a } in a comment\n c: \'it\'\'s }\'}, rest';
    expect(findFlowClose(text, 0)).toBe(text.indexOf(', rest'));
    expect(findFlowClose('{a: b"c}', 0)).toBeUndefined();
    expect(findFlowClose('{a: [1, 2}', 0)).toBeUndefined();
    expect(findFlowClose('x', 0)).toBeUndefined();
  });
});
