// English texts of the messages the command line prints itself.
import type { CliMessages } from '../data/cli.js';
import type { CataloguePart } from '../types.js';

/** How often an option was given: "given twice", "given 3 times". */
const timesGiven = (times: number): string => (times === 2 ? 'given twice' : `given ${times} times`);
/** Values as a list: "a" and "b"; "a", "b" and "c". */
const valueList = (values: readonly string[]): string => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)!}`);

export const cliEn: CataloguePart<keyof CliMessages> = {
  __proto__: null,
  'cli.set.bad-date': (d, f) => `${d.flag} ${f.render(d.problem)}; nothing written`,
  'cli.set.already': (d) => `${d.file}: ${d.field} of ${d.ref} is already ${d.value}`,
  'cli.set.changed': (d) => `${d.file}:${d.line}: ${d.field} ${d.before ?? '(none)'} → ${d.after}`,
  'cli.set.nothing-written': () => 'nothing written',
  'cli.explain.other-plan': (d) => `${d.ref} is not in plan ${d.plan} (--plan): write the milestone's id alone, or drop --plan`,
  'cli.set.other-plan': (d) => `${d.ref} is not in plan ${d.plan} (--plan): write the milestone's id alone, or drop --plan; nothing written`,
  'cli.option.twice': (d) => `${d.flag} is ${timesGiven(d.times)}, ${valueList(d.values)}: give it once`,
  'cli.set.twice': (d) => `${d.flag} is ${timesGiven(d.times)}, ${valueList(d.values)}: give it once; nothing written`,
  // No --width is suggested that --width refuses (more than 1000): then a --to that fits, when one does.
  'cli.gantt.scale-too-fine': (d, f) => `--scale ${d.scale} does not fit ${f.date(d.from)}–${f.date(d.to)} into ${d.columns} chart columns (it needs ${d.needed}${d.width === null ? ', more than the widest --width, 1000, gives' : ''}); the largest scale that fits is ${d.fits}${d.yearsPerColumn === null ? '' : `, with ${d.yearsPerColumn} years to a column`}: use --scale ${d.fits}, ${d.width !== null ? `--width ${d.width} or more, or a shorter --from/--to` : d.latestTo !== null ? `or a shorter range: --to ${f.date(d.latestTo)} or earlier (from ${f.date(d.from)}) fits this width` : 'or a shorter --from/--to'}`,
  'cli.edit.introduced': (d) => (d.count === 1 ? 'The change introduces this diagnostic:' : `The change introduces these ${d.count} diagnostics:`),
};
