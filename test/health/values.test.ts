// A health value on the failing side of its threshold never reads as the threshold (a tester saw "0.95 ≥ 0.95 ✗":
// a CPLI of 0.9487 rounded up).
import { describe, expect, it } from 'vitest';
import { formatThresholdText, formatValueText } from '../../src/report/health/values.js';
import { msg, renderMessage } from '../../src/messages/index.js';

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

// A threshold with more decimals than the value is shown with: both shown with as many as it takes for the pair to read
// as the check went (a tester saw "14.3 % ≤ 14.3 % FAIL": 1 of 7 against negative-float: 14.2857).
describe('a value and its threshold read as the check went', () => {
  it.each([
    [{ value: 1 / 7, unit: 'share', threshold: 14.2857 }, 'en', '14.2858 %', '≤ 14.2857 %'],
    [{ value: 1 / 7, unit: 'share', threshold: 14.2857 }, 'nb', '14,2858 %', '≤ 14,2857 %'],
    [{ value: 1 / 7, unit: 'share', threshold: 14.29 }, 'en', '14.3 %', '≤ 14.3 %'],
    [{ value: 0.0726, unit: 'share', threshold: 7.25 }, 'en', '7.26 %', '≤ 7.25 %'],
    [{ value: 0.9549, unit: 'ratio', threshold: 0.955 }, 'en', '0.954', '≥ 0.955'],
    [{ value: 0.0504, unit: 'share', threshold: 5 }, 'en', '5.1 %', '≤ 5 %'],
    [{ value: null, unit: 'share', threshold: 14.2857 }, 'en', 'n/a', '≤ 14.3 %'],
  ] as const)('%o (%s) is %s against %s', (c, locale, value, threshold) => {
    expect(formatValueText(c, locale)).toBe(value);
    expect(formatThresholdText(c, locale)).toBe(threshold);
  });

  it('in the finding github, gitlab and sarif show', () => {
    const measure = { value: 1 / 7, unit: 'share', threshold: 14.2857 } as const;
    expect(renderMessage(msg('health.finding', { check: 'negative-float', plan: 'h', measure, count: 1, of: 7 }))).toContain('is 14.2858 %, the threshold is ≤ 14.2857 % (1 of 7)');
  });

  it('for every share of up to 40 and ratio in thousandths, against thresholds with many decimals', () => {
    const read = (text: string): number => Number(text.replace(/^[≤≥] /, '').replace(' %', ''));
    for (const threshold of [14.2857, 3.3333, 7.25, 12.5, 0.1, 33.33, 66.667, 2.5, 5]) {
      for (let of = 1; of <= 40; of++) {
        for (let count = 0; count <= of; count++) {
          const c = { value: count / of, unit: 'share', threshold } as const;
          const shown = read(formatValueText(c, 'en')) <= read(formatThresholdText(c, 'en'));
          expect(shown, `${count} of ${of} against ${threshold}`).toBe(count * 100 <= threshold * of);
        }
      }
    }
    for (const threshold of [0.955, 0.9499, 0.95, 0.9, 0.98765]) {
      for (let k = 800; k <= 1100; k++) {
        const c = { value: k / 1000, unit: 'ratio', threshold } as const;
        expect(read(formatValueText(c, 'en')) >= read(formatThresholdText(c, 'en')), `${k / 1000} against ${threshold}`).toBe(k / 1000 >= threshold);
      }
    }
  });
});
