// The roadmap's measures: each with its responsible party, grouped by goal, and the unassigned ones counted and listed.
import { formatCount } from '../counts.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { word } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { append } from '../arrays.js';
import { cutId, displayWidth, truncate } from '../table.js';
import type { Style } from '../validate/style.js';
import type { Roadmap } from './data.js';

export function formatMeasures(roadmap: Roadmap, options: FormatOptions, style: Style): string[] {
  const w = (en: string, nb: string): string => word(options.locale, en, nb);
  const { measures, unassigned } = roadmap.summary;
  const missing = w('! no responsible party', '! ingen ansvarlig');
  const all = [...roadmap.goals.flatMap((g) => g.measures), ...roadmap.measuresWithoutGoal];
  // The ids take at most a third of the width, cut in their middle beyond it (a tester's 50-column ids made 69-column
  // rows at --width 60).
  const idWidth = Math.min(all.reduce((n, t) => Math.max(n, displayWidth(flattenText(t.id))), 0), Math.max(8, Math.floor(options.width / 3)));
  const widest = all.reduce((n, t) => Math.max(n, displayWidth(flattenText(t.responsible ?? ''))), displayWidth(missing));
  const room = options.width - 2 - idWidth - 2 - 2;
  // The titles get the width they need, the responsible parties the rest, and when both do not fit the parties keep
  // at least half: they are what the section is for (a tester's joint responsibility of four health trusts was cut to
  // a third of the width after an 11-column title padded to 48).
  const titleNeed = all.reduce((n, t) => Math.max(n, displayWidth(flattenText(t.title))), 0);
  const whoWanted = Math.min(widest, Math.max(room - titleNeed, Math.floor(room / 2)));
  const titleWidth = Math.max(10, Math.min(titleNeed, room - whoWanted));
  const whoWidth = Math.max(1, Math.min(widest, room - titleWidth));
  const lines = [style.bold(truncate(`${w('Measures and responsible parties', 'Tiltak og ansvar')}: ${formatCount(measures, 'measure', options.locale)}, ${unassigned} ${w('without a responsible party', 'uten ansvarlig')}`, options.width))];
  const groups = [...roadmap.goals.map((g) => ({ heading: flattenText(`${g.goal.id} ${g.goal.title}`), measures: g.measures })), { heading: w('Without a goal', 'Uten mål'), measures: roadmap.measuresWithoutGoal }];
  for (const g of groups) {
    if (g.measures.length === 0) continue;
    lines.push('', truncate(g.heading, options.width));
    for (const t of g.measures) {
      const id = cutId(flattenText(t.id), idWidth);
      const title = truncate(flattenText(t.title), titleWidth);
      const who = truncate(t.responsible === null ? missing : flattenText(t.responsible), whoWidth);
      const paint = t.unassigned ? (x: string): string => style.bold(style.yellow(x)) : (x: string): string => x;
      lines.push(`  ${id}${' '.repeat(idWidth - displayWidth(id))}  ${title}${' '.repeat(titleWidth - displayWidth(title))}  ${paint(who)}`);
    }
  }
  if (unassigned > 0) {
    const refs = all.filter((t) => t.unassigned).map((t) => flattenText(t.id));
    append(lines, ['', ...wrapList(`${w('Without a responsible party', 'Uten ansvarlig')} (${unassigned} ${w('of', 'av')} ${measures}): `, refs, options.width, style)]);
  } else if (measures > 0) {
    lines.push('', w('Every measure has a responsible party.', 'Alle tiltak har en ansvarlig.'));
  }
  return lines;
}

/** "Heading: A, B, C" broken into lines no wider than `width`, continuation lines indented. */
function wrapList(heading: string, items: readonly string[], width: number, style: Style): string[] {
  const lines: string[] = [];
  let line = truncate(heading, width);
  let plain = line;
  items.forEach((item, i) => {
    // An item wider than a line of its own is cut in its middle (its comma kept).
    const text = cutId(item, width - 3) + (i < items.length - 1 ? ',' : '');
    const sep = plain.endsWith(' ') ? '' : ' ';
    if (displayWidth(plain) + sep.length + displayWidth(text) > width) {
      lines.push(line);
      line = `  ${style.yellow(text)}`;
      plain = `  ${text}`;
    } else {
      line += `${sep}${style.yellow(text)}`;
      plain += `${sep}${text}`;
    }
  });
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? style.bold(l) : l));
}
