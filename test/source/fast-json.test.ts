// The fast path for plan files that are JSON (src/source/fast-json.ts): JSON.parse's data and a scan's positions, the
// same as the full parser's for every text it accepts; what YAML reads otherwise, or the flow reader would not be
// sure of, is declined and read by the fast YAML path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/source/fast-json.js';
import { parseFast } from '../../src/source/fast-yaml.js';
import { expectSameAsFull } from '../helpers/fast-parity.js';

const PLAN = {
  plan: { id: 'p', title: 'Plan «æøå» — ny', status_date: '2022-06-01', governance: { require: ['B0', 'B1'] } },
  milestones: [
    { id: 'M0', title: 'Milepæl 0: "start" – \\ og #1 \u0001 \n ny linje', date: '2020-01-31', actual: '2020-01-31', progress: '1/3' },
    { id: 'M1', title: 'Milepæl 1 😀', date: '2020-02-03', after: ['M0', { id: 'plan-2/M4', lag: '3d', type: 'SS' }], deliverables: [], history: [{ reported: '2019-11-02', forecast: '2020-01-31' }] },
    { id: 'M2', title: '', date: '2020-02-04', after: [{ id: 'M1' }], probability: 0.35, x: [1, -2, -0, 0.5, -12.25, 123456789012345, true, false, null, {}, [], [[]], { '': 1, 'a b': 2, 'æ': 3, '1': 4 }] },
  ],
};

describe('the fast path for JSON', () => {
  it.each([
    ['indented by 2', JSON.stringify(PLAN, null, 2)],
    ['indented by 4, CR LF', JSON.stringify(PLAN, null, 4).replace(/\n/g, '\r\n')],
    ['on one line', JSON.stringify(PLAN)],
    ['with a final line break and blank lines', `${JSON.stringify(PLAN, null, 1)}\n\n`],
    ['with the values on the lines below their keys and spaces before the colons', JSON.stringify(PLAN, null, 2).replace(/": /g, '"  :\n     ')],
    ['with __proto__ and constructor keys', JSON.stringify({ plan: { id: 'p' }, milestones: [] }).replace('{"plan"', '{"__proto__": {"x": 1}, "constructor": [1], "plan"')],
    ['as an array', JSON.stringify([PLAN, 1, 'x'], null, 2)],
    ['with escapes in its texts', JSON.stringify(PLAN, null, 2).replace('"M0"', '"\\u004d0"').replace('"Plan', '"\\u00e6\\/\\b\\f\\r\\t\\"Plan')],
  ])('reads JSON %s as the full parser does', (_, text) => {
    expect(parseJson(text)).toBeDefined();
    expect(expectSameAsFull(text)).toBe(true);
  });

  it('leaves JSON with a tab, a C1 control, LS, PS or a byte order mark in it to the full parser, as any text with them', () => {
    // JSON.parse takes these (a tab between tokens, the others inside strings); YAML reads some of them otherwise.
    for (const text of ['{"a":\t1}', '{"a": "x\u0085y"}', '{"a": "x\u007fy"}', '{"a": "x\u2028y"}', '{"a": "x\u2029y"}', '{"a": "x\ufeffy"}']) {
      expect(JSON.parse(text), JSON.stringify(text)).toBeDefined();
      expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    }
    // The same JSON with an em dash (a text with no one-byte shadow check) is read by the JSON path.
    expect(parseFast('{"a": "x \u2014 y"}')?.data).toEqual({ a: 'x \u2014 y' });
  });

  it('declines what YAML reads otherwise or the flow reader leaves to the full parser', () => {
    const declined = [
      '{"a": 1, "a": 2}', '{"a": {"b": 1, "c": 2, "b": 3}}', '[{"a": 1, "b": {"a": 2}, "a": 3}]', '{"a": 1, "\\u0061": 2}', '{"a\\nb": 1}',
      '{"a"\n: 1}', '{"a": "\\ud83d\\ude00"}', '{"a": 1e3}', '{"a": 1E-2}', '{"a": 1234567890123456}', '{"a": 0.1234567890123456}',
      `${'['.repeat(61)}${']'.repeat(61)}`, ' {"a": 1}', '\n{"a": 1}', '{"a": 1', '{"a": 1,}', '{a: 1}', '"a"', '1',
    ];
    for (const text of declined) expect(parseJson(text), JSON.stringify(text)).toBeUndefined();
    // The fast YAML path then reads the text itself or declines it too: a duplicate key is the full parser's to report.
    expect(parseFast('{"a": 1, "a": 2}')).toBeUndefined();
    expect(parseFast('{"a": 1, "b": {"a": 2}, "c": {"a": 3}}')?.data).toEqual({ a: 1, b: { a: 2 }, c: { a: 3 } });
  });

  it('agrees with the full parser on random JSON documents, at every indentation', () => {
    const key = fc.constantFrom('id', 'title', 'after', 'a', 'b', '', 'æ', 'x y', '1', '__proto__', 'k:v', '#', '-');
    const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(0, -0, 1, -3, 0.35, 12.5, 99999, true, false, null, '2020-01-31', 'M1', '— «x»', 'a\\b', '"q"', '😀'));
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    }));
    const root = fc.oneof(fc.dictionary(key, value, { maxKeys: 5 }), fc.array(value, { maxLength: 5 }));
    let accepted = 0;
    const numRuns = Number(process.env['FUZZ_RUNS'] ?? 300);
    fc.assert(
      fc.property(root, fc.constantFrom(0, 1, 2, 4), fc.boolean(), (doc, indent, crlf) => {
        let text = JSON.stringify(doc, null, indent);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        if (parseJson(text) === undefined) return;
        accepted++;
        expect(expectSameAsFull(text), text).toBe(true);
      }),
      { numRuns, seed: 20261202 },
    );
    expect(accepted).toBeGreaterThan(numRuns * 0.8);
  });
});
