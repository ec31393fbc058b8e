// A share in the risk reports (report/risk/words.ts percent): a whole percentage, but never 0 % for a share some
// iterations have, nor 100 % for one short of all (tester round 91 F2: a histogram bar of 0.5 % labelled `0%`).
import { describe, expect, it } from 'vitest';
import { percent } from '../../src/report/risk/words.js';

describe('a share as the risk reports write it', () => {
  it.each([
    [null, '–', '–'],
    [0, '0%', '0 %'],
    [0.001, '<1%', '<1 %'],
    [0.0049, '<1%', '<1 %'],
    [0.005, '1%', '1 %'],
    [0.42, '42%', '42 %'],
    [0.994, '99%', '99 %'],
    [0.995, '>99%', '>99 %'],
    [0.9999, '>99%', '>99 %'],
    [1, '100%', '100 %'],
  ])('%s is %s (nb %s)', (share, en, nb) => {
    expect(percent(share, 'en')).toBe(en);
    expect(percent(share, 'nb')).toBe(nb);
  });
});
