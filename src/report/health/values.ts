// A check's value and threshold as text: shares in percent, ratios with two decimals, a decimal comma under nb.
import type { CheckResult } from '../../health/index.js';
import type { Locale } from '../locale.js';

function decimal(value: number, digits: number, locale: Locale): string {
  const text = value.toFixed(digits);
  return locale === 'nb' ? text.replace('.', ',') : text;
}

/** `15.0 %`, `3`, `0.87`, `pass`/`fail` for the test; `n/a` (`i.a.`) when nothing was measured. */
export function formatValueText(c: Pick<CheckResult, 'value' | 'unit'>, locale: Locale): string {
  if (c.value === null) return locale === 'nb' ? 'i.a.' : 'n/a';
  switch (c.unit) {
    case 'share': return `${decimal(c.value * 100, 1, locale)} %`;
    case 'count': return String(c.value);
    case 'ratio': return decimal(c.value, 2, locale);
    case 'test': return c.value >= 1 ? (locale === 'nb' ? 'bestått' : 'pass') : (locale === 'nb' ? 'ikke bestått' : 'fail');
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
