// Norwegian (bokmål) texts of the messages the command line prints itself.
import type { CliMessages } from '../data/cli.js';
import type { CataloguePart } from '../types.js';

/** Hvor mange ganger en opsjon er gitt: "to ganger", "3 ganger". */
const timesGiven = (times: number): string => (times === 2 ? 'to ganger' : `${times} ganger`);
/** Verdier som liste: "a" og "b"; "a", "b" og "c". */
const valueList = (values: readonly string[]): string => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} og ${values.at(-1)!}`);

export const cliNb = (): CataloguePart<keyof CliMessages> => ({
  __proto__: null,
  'cli.set.bad-date': (d, f) => `${d.flag}: ${f.render(d.problem)}; ingenting er skrevet`,
  'cli.set.already': (d) => `${d.file}: ${d.field} for ${d.ref} er allerede ${d.value}`,
  'cli.set.changed': (d) => `${d.file}:${d.line}: ${d.field} ${d.before ?? '(ingen)'} → ${d.after}`,
  'cli.set.nothing-written': () => 'ingenting er skrevet',
  'cli.explain.other-plan': (d) => `${d.ref} er ikke i planen ${d.plan} (--plan): skriv bare milepælens id, eller ta bort --plan`,
  'cli.set.other-plan': (d) => `${d.ref} er ikke i planen ${d.plan} (--plan): skriv bare milepælens id, eller ta bort --plan; ingenting er skrevet`,
  'cli.option.twice': (d) => `${d.flag} er gitt ${timesGiven(d.times)}, ${valueList(d.values)}: gi den én gang`,
  'cli.set.twice': (d) => `${d.flag} er gitt ${timesGiven(d.times)}, ${valueList(d.values)}: gi den én gang; ingenting er skrevet`,
  'cli.gantt.scale-too-fine': (d, f) => `--scale ${d.scale} får ikke plass til ${f.date(d.from)}–${f.date(d.to)} på ${d.columns} kolonner (trenger ${d.needed}${d.width === null ? ', mer enn den største --width, 1000, gir' : ''}); den største skalaen som får plass, er ${d.fits}${d.yearsPerColumn === null ? '' : `, med ${d.yearsPerColumn} år i hver kolonne`}: bruk --scale ${d.fits}, ${d.width !== null ? `--width ${d.width} eller mer, eller en kortere --from/--to` : d.latestTo !== null ? `eller et kortere tidsrom: --to ${f.date(d.latestTo)} eller tidligere (fra ${f.date(d.from)}) får plass i denne bredden` : 'eller en kortere --from/--to'}`,
  'cli.edit.introduced': (d) => (d.count === 1 ? 'Endringen gir dette funnet:' : `Endringen gir disse ${d.count} funnene:`),
});
