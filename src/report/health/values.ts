// A check's value and threshold as text: shares in percent, ratios with two decimals, a decimal comma under nb.
import type { CheckResult } from '../../health/index.js';
import type { Locale } from '../locale.js';

/** Below what binary fractions get wrong (0.05 × 100 is 5.000000000000001), above what a share or ratio can differ by. */
const EPSILON = 1e-9;
/** The most decimals a value and threshold are shown with (a threshold written with more is shown rounded). */
const MAX_DIGITS = 10;

type Shown = Pick<CheckResult, 'value' | 'unit' | 'threshold' | 'finishPassed'>;

function decimal(value: number, digits: number, locale: Locale): string {
  const text = value.toFixed(digits);
  return locale === 'nb' ? text.replace('.', ',') : text;
}

/**
 * `value` to `digits` decimals; when it fails its threshold (`fails`) but would round to the threshold or past it
 * (`reads`), rounded the other way: down (`toward` -1) or up (1).
 */
function awayFrom(value: number, digits: number, fails: boolean, reads: (rounded: number) => boolean, toward: -1 | 1): number {
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  if (!fails || !reads(rounded)) return rounded;
  return (toward < 0 ? Math.floor(value * scale + EPSILON) : Math.ceil(value * scale - EPSILON)) / scale;
}

/** A share's percent or a ratio as shown with `digits` decimals, and its threshold likewise (a whole percent as it is). */
function shownAt(c: Shown & { value: number }, unit: 'share' | 'ratio', digits: number): { value: number; threshold: number } {
  const { threshold } = c;
  if (unit === 'share') {
    const percent = c.value * 100;
    return { value: awayFrom(percent, digits, percent > threshold + EPSILON, (r) => r <= threshold, 1), threshold: Number(threshold.toFixed(Number.isInteger(threshold) ? 0 : digits)) };
  }
  return { value: awayFrom(c.value, digits, c.value < threshold - EPSILON, (r) => r >= threshold, -1), threshold: Number(threshold.toFixed(digits)) };
}

/**
 * The decimals a share's percent (1 by default) or a ratio (2) and its threshold are shown with: the default, or more
 * while the two as shown read the other way than the check went (a tester saw "14.3 % ≤ 14.3 % FAIL": 1 of 7, 14.2857… %,
 * against `negative-float: 14.2857`, is `14.2858 % ≤ 14.2857 %`). At the threshold's own decimals it is shown exactly
 * and a failing value is rounded away from it (awayFrom), so the search ends there at the latest.
 */
function digitsOf(c: Shown & { value: number }, unit: 'share' | 'ratio'): number {
  const base = unit === 'share' ? 1 : 2;
  const passes = unit === 'share' ? c.value * 100 <= c.threshold + EPSILON : c.value >= c.threshold - EPSILON;
  for (let digits = base; digits <= MAX_DIGITS; digits++) {
    const shown = shownAt(c, unit, digits);
    const reads = unit === 'share' ? shown.value <= shown.threshold : shown.value >= shown.threshold;
    if (reads === passes) return digits;
  }
  return MAX_DIGITS;
}

/**
 * `15.0 %`, `3`, `0.87`, `pass`/`fail` for the test; `n/a` (`i.a.`) when nothing was measured, `finish passed`
 * (`slutten passert`) for a cpli that fails without a ratio (health/types.ts finishPassed). A value on the failing
 * side of its threshold that would round to the threshold is rounded away from it: a CPLI of 0.9487 is `0.94`
 * against `≥ 0.95`, a share of 5.04 % `5.1 %` against `≤ 5 %` (a tester saw "0.95 ≥ 0.95 ✗"); against a threshold
 * with more decimals, with as many more as it takes (digitsOf).
 */
export function formatValueText(c: Shown, locale: Locale): string {
  if (c.value === null && c.finishPassed !== undefined) return locale === 'nb' ? 'slutten passert' : 'finish passed';
  if (c.value === null) return locale === 'nb' ? 'i.a.' : 'n/a';
  const value = c.value;
  switch (c.unit) {
    case 'share': {
      const digits = digitsOf({ ...c, value }, 'share');
      return `${decimal(shownAt({ ...c, value }, 'share', digits).value, digits, locale)} %`;
    }
    case 'count': return String(value);
    case 'ratio': {
      const digits = digitsOf({ ...c, value }, 'ratio');
      return decimal(shownAt({ ...c, value }, 'ratio', digits).value, digits, locale);
    }
    case 'test': return value >= 1 ? (locale === 'nb' ? 'bestått' : 'pass') : (locale === 'nb' ? 'ikke bestått' : 'fail');
  }
}

/** `≤ 5 %`, `≤ 0`, `≥ 0.95`, `pass` for the test; with the decimals its value is shown with (formatValueText). */
export function formatThresholdText(c: Shown, locale: Locale): string {
  const { value } = c;
  switch (c.unit) {
    case 'share': {
      const digits = Number.isInteger(c.threshold) ? 0 : value === null ? 1 : digitsOf({ ...c, value }, 'share');
      return `≤ ${decimal(c.threshold, digits, locale)} %`;
    }
    case 'count': return `≤ ${c.threshold}`;
    case 'ratio': return `≥ ${decimal(c.threshold, value === null ? 2 : digitsOf({ ...c, value }, 'ratio'), locale)}`;
    case 'test': return locale === 'nb' ? 'bestått' : 'pass';
  }
}
