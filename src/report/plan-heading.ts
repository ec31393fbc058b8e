// A plan's heading line in a text report (`plan-id — title`), within the width: a plan id too long for it is cut in
// its middle, and ids a cut makes alike are cut apart (table-cells.ts distinctCuts), before the title is cut.
import { flattenText } from './safe-text.js';
import { cutId, distinctCuts } from './table-cells.js';
import { displayWidth, truncateTo } from '../text/width.js';

/**
 * Each plan's heading `<id><separator><title>` by plan id, `width` columns at most. A heading that fits is whole; else
 * the id keeps two thirds of the width (at least 20 columns) and the title what is left: three plans whose ids differ
 * in their middle all read `helseplattformen-regional-innforing-mid…` (tester round 72 F2).
 */
export function planHeadings(plans: readonly { readonly id: string; readonly title: string }[], separator: string, width: number): Map<string, string> {
  const idRoom = Math.max(20, Math.floor((width * 2) / 3));
  const ids = plans.map((p) => flattenText(p.id));
  const apart = distinctCuts(ids, idRoom, (id) => cutId(id, idRoom));
  const out = new Map<string, string>();
  plans.forEach((p, k) => {
    const id = ids[k]!;
    const title = flattenText(p.title);
    const whole = `${id}${separator}${title}`;
    if (displayWidth(whole) <= width) out.set(p.id, whole);
    else out.set(p.id, truncateTo(`${apart.get(id) ?? cutId(id, idRoom)}${separator}${title}`, width));
  });
  return out;
}
