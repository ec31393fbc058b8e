// readScalar reads a rendered scalar as the YAML parser does under the core schema, plain dates without it (src/edit/verify.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScalar } from '../../src/edit/verify.js';
import { parseYamlValue } from '../../src/source/yaml.js';

const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9'), minLength: n, maxLength: n });

describe('readScalar', () => {
  it('reads a plain date, real or not, as the parser does: the text itself', () => {
    fc.assert(fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
      const text = `${y}-${m}-${d}`;
      expect(readScalar(text)).toBe(parseYamlValue(text));
      expect(readScalar(text)).toBe(text);
    }), { numRuns: 500 });
  });

  it('reads texts near a plain date as the parser does: numbers, quoted dates, longer and shorter ones', () => {
    for (const text of ['2031', '20310602', '2031-06', '2031-06-021', '12031-06-02', '2031-06-02x', '2031-06-02 # noted', '2031-06-02: 1', "'2031-06-02'", '"2031-06-02"', '2031_06_02', '0x2031', '1e3', '2031.06', 'null', 'true', '~']) {
      expect(readScalar(text), text).toStrictEqual(parseYamlValue(text));
    }
  });
});
