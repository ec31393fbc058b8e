// A health value on the failing side of its threshold never reads as the threshold (a tester saw "0.95 ≥ 0.95 ✗":
// a CPLI of 0.9487 rounded up).
import { describe, expect, it } from 'vitest';
import { formatValueText } from '../../src/report/health/values.js';

describe('formatValueText', () => {
  it.each([
    // ratio, threshold ≥ 0.95: a failing value rounds down, a passing one as usual
    [{ value: 0.9487, unit: 'ratio', threshold: 0.95 }, 'en', '0.94'],
    [{ value: 0.9499, unit: 'ratio', threshold: 0.95 }, 'nb', '0,94'],
    [{ value: 0.95, unit: 'ratio', threshold: 0.95 }, 'en', '0.95'],
    [{ value: 0.9551, unit: 'ratio', threshold: 0.95 }, 'en', '0.96'],
    // share (a fraction; the threshold in percent), threshold ≤ 5 %: a failing value rounds up
    [{ value: 0.0504, unit: 'share', threshold: 5 }, 'en', '5.1 %'],
    [{ value: 0.05, unit: 'share', threshold: 5 }, 'en', '5.0 %'],
    [{ value: 0.0496, unit: 'share', threshold: 5 }, 'nb', '5,0 %'],
    [{ value: 0.15, unit: 'share', threshold: 5 }, 'en', '15.0 %'],
    // far from the threshold: rounded as usual
    [{ value: 1 / 3, unit: 'share', threshold: 5 }, 'en', '33.3 %'],
    [{ value: 0.5049, unit: 'ratio', threshold: 0.95 }, 'en', '0.50'],
  ] as const)('%o (%s) is %s', (c, locale, text) => expect(formatValueText(c, locale)).toBe(text));
});
