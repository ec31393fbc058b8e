// A list a one-line message can hold: the first few, then how many more (a workspace of 5,000 plans made a line of
// 34,000 characters: tester round 24).
import type { Locale } from './types.js';

const MORE: Readonly<Record<Locale, (left: number) => string>> = {
  en: (left) => ` and ${left} more`,
  nb: (left) => ` og ${left} til`,
};

/** The first `count` of `items`, joined with ', ', then "and 4 more" (nb "og 4 til") for those left out. */
export function firstOf(items: readonly string[], count: number, locale: Locale): string {
  return `${items.slice(0, count).join(', ')}${items.length > count ? MORE[locale](items.length - count) : ''}`;
}

/**
 * `items` joined as a choice, each in double quotes unless `quoted` is false: `"T1"`, `"T1" or "T2"`, `"T1", "T2" or
 * "T4"` (`word`: or, eller).
 */
export function alternatives(items: readonly string[], word: string, quoted = true): string {
  const shown = quoted ? items.map((item) => `"${item}"`) : items;
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} ${word} ${shown.at(-1)!}`;
}
