// A check's value and threshold as text: shares in percent, ratios with two decimals, a decimal comma under nb.
import type { CheckResult } from '../../health/index.js';
import type { Locale } from '../locale.js';

/** Below what binary fractions get wrong (0.05 × 100 is 5.000000000000001), above what a share or ratio can differ by. */
const EPSILON = 1e-9;

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

/**
 * `15.0 %`, `3`, `0.87`, `pass`/`fail` for the test; `n/a` (`i.a.`) when nothing was measured. A value on the failing
 * side of its threshold that would round to the threshold is rounded away from it: a CPLI of 0.9487 is `0.94`
 * against `≥ 0.95`, a share of 5.04 % `5.1 %` against `≤ 5 %` (a tester saw "0.95 ≥ 0.95 ✗").
 */
export function formatValueText(c: Pick<CheckResult, 'value' | 'unit' | 'threshold'>, locale: Locale): string {
  if (c.value === null) return locale === 'nb' ? 'i.a.' : 'n/a';
  const { value, threshold } = c;
  switch (c.unit) {
    case 'share': return `${decimal(awayFrom(value * 100, 1, value * 100 > threshold + EPSILON, (r) => r <= threshold, 1), 1, locale)} %`;
    case 'count': return String(value);
    case 'ratio': return decimal(awayFrom(value, 2, value < threshold - EPSILON, (r) => r >= threshold, -1), 2, locale);
    case 'test': return value >= 1 ? (locale === 'nb' ? 'bestått' : 'pass') : (locale === 'nb' ? 'ikke bestått' : 'fail');
  }
}

/** `≤ 5 %`, `≤ 0`, `≥ 0.95`, `pass` for the test. */
export function formatThresholdText(c: Pick<CheckResult, 'threshold' | 'unit'>, locale: Locale): string {
  switch (c.unit) {
    case 'share': return `≤ ${decimal(c.threshold, Number.isInteger(c.threshold) ? 0 : 1, locale)} %`;
    case 'count': return `≤ ${c.threshold}`;
    case 'ratio': return `≥ ${decimal(c.threshold, 2, locale)}`;
    case 'test': return locale === 'nb' ? 'bestått' : 'pass';
  }
}
