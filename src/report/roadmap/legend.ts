// The roadmap's legend: what each colour, progress count and mark of the year grid means, wrapped at the width.
import { word, type Locale } from '../locale.js';
import { displayWidth } from '../table.js';
import type { Paint, Style } from '../validate/style.js';

/** Legend items, each with its uncoloured text for measuring. */
function legend(locale: Locale, style: Style, moved: boolean): { plain: string; painted: string }[] {
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const item = (key: string, paint: Paint, text: string): { plain: string; painted: string } => ({ plain: `${key}${text}`, painted: `${paint(key)}${text}` });
  const none: Paint = (t) => t;
  return [
    item(w('green', 'grønn'), style.green, `: ${w('all measures started as planned', 'alle tiltak startet etter plan')}`),
    item(w('yellow', 'gul'), style.yellow, `: ${w('measures started late', 'tiltak forsinket igangsatt')}`),
    item(w('red', 'rød'), style.red, `: ${w('at risk', 'i fare')}`),
    item('a/b', none, `: ${w('measures started / measures', 'tiltak startet / tiltak')}`),
    item('✓', none, ` ${w('done', 'fullført')}`),
    item('◆', style.cyan, ` ${w('planned, no status reported', 'planlagt, ingen status rapportert')}`),
    ...(moved ? [item('(2020)', none, ` ${w('planned in 2020, now in this year', 'planlagt i 2020, nå i dette året')}`)] : []),
  ];
}

/**
 * The legend's lines, items three spaces apart, broken at `width` terminal columns (measured on the uncoloured text).
 * `moved`: whether some milestone lies in another year than planned, which adds the `(2020)` item.
 */
export function formatLegend(locale: Locale, style: Style, moved: boolean, width: number): string[] {
  return wrapWords(legend(locale, style, moved), width);
}

/** Joins items with three spaces, breaking lines at the width (measured on the uncoloured text). */
function wrapWords(items: readonly { plain: string; painted: string }[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const { plain, painted } of items) {
    const size = displayWidth(plain);
    if (used > 0 && used + 3 + size > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line = used === 0 ? painted : `${line}   ${painted}`;
    used += (used === 0 ? 0 : 3) + size;
  }
  if (line !== '') lines.push(line);
  return lines;
}
