// Norwegian (bokmål) texts of `milepel export --format mspdi`'s notes (SPEC §10). YAML keys (date, forecast, deadline,
// duration, lag) and refs stay as written in the plan; MS Project's constraint name as MS Project shows it.
import type { ExportMessages, PeriodDates, RangeEstimate } from '../data/export.js';
import type { CataloguePart } from '../types.js';

/** Hvorfor en milepæls `x-`-nøkler utelates av MS Project XML: en x-wbs som ikke er en liste av tekster (se en/export.ts). */
function extensionReason(names: readonly string[]): string {
  const wbs = names.includes('x-wbs');
  const others = names.length - (wbs ? 1 : 0);
  const none = others === 0 ? '' : `MS Project XML har ikke felt for ${wbs ? 'de andre' : others === 1 ? 'den' : 'dem'}`;
  return wbs ? `sammendragsoppgaver holder en x-wbs bare som en liste av høyst 100 tekster${none === '' ? '' : `, og ${none}`}` : none;
}

/** `a/A, a/B, … og 2 til`: the refs shown, and how many of `count` are not. */
function named(shown: readonly string[], count: number): string {
  return count > shown.length ? `${shown.join(', ')} og ${count - shown.length} til` : shown.join(', ');
}

/** YAML-nøkler som liste: `responsible`, `responsible og status`, `responsible, status og history`. */
function keys(fields: readonly string[]): string {
  return fields.length <= 1 ? fields.join('') : `${fields.slice(0, -1).join(', ')} og ${fields[fields.length - 1]}`;
}

const periods = (m: PeriodDates): string => `${m.ref} (${m.fields.map((f) => `${f.key} ${f.written}`).join(', ')})`;
/** The first parts of a compound word listed: `x-wbs`, `x-kilde- og x-wbs` (before `-nøklene`). */
function compoundKeys(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).map((k) => `${k}-`).join(', ')} og ${names[names.length - 1]}`;
}

/** A year as a date writes it: four digits (0001). */
const year = (y: number): string => String(y).padStart(4, '0');
/** `2021`, `2021–2023`, `2019, 2021–2023 og 2030`: hele år, fra og med til og med. */
const yearList = (spans: readonly { readonly from: number; readonly to: number }[]): string => {
  const each = spans.map((y) => (y.from === y.to ? year(y.from) : `${year(y.from)}–${year(y.to)}`));
  return each.length < 2 ? each.join('') : `${each.slice(0, -1).join(', ')} og ${each[each.length - 1]!}`;
};
const range = (r: RangeEstimate): string => `${r.ref} (${r.lagAfter === null ? 'duration' : `lag etter ${r.lagAfter}`})`;

export const exportNb = (): CataloguePart<keyof ExportMessages> => ({
  __proto__: null,
  'export.mspdi.date-range': (d) => `${d.ref}: utelatt, siden ${d.projected ? 'beregnet dato' : 'starten'} er utenfor 01.01.0001 … 31.12.9999 (date-range)`,
  'export.mspdi.cycle-link': (d) => `${d.ref}: lenken fra ${d.from} (${d.type}) inngår i en sirkulær avhengighet og er utelatt, som i milepels tidsplan`,
  'export.mspdi.second-link': (d, f) => `${d.ref}: en annen lenke fra ${d.from} (${d.type}) ${d.written > d.day ? `krever ${f.date(d.day)}, som betingelsen «Finish No Earlier Than» med datoen ${f.date(d.written)} allerede dekker` : `skrives som betingelsen «Finish No Earlier Than» med datoen ${f.date(d.day)}, dagen den krever`}: MS Project har én lenke mellom to oppgaver, og filen har den som krever den seneste datoen (${d.kept})`,
  'export.mspdi.link-as-constraint': (d, f) => `${d.ref}: lenken fra ${d.from} (${d.type}, ${d.otherPlan ? 'en annen plan' : 'utelatt'}) ${d.written > d.day ? `krever ${f.date(d.day)}, som betingelsen «Finish No Earlier Than» med datoen ${f.date(d.written)} allerede dekker` : `skrives som betingelsen «Finish No Earlier Than» med datoen ${f.date(d.day)}`}`,
  'export.mspdi.periods': (d, f) => `datoer oppgitt som perioder skrives som periodens siste dag, for ${f.count(d.count, 'milepæl', 'milepæler')}: ${named(d.shown.map(periods), d.count)}`,
  'export.mspdi.plan-finish-period': (d) => `planens sluttdato, oppgitt som perioden ${d.written}, skrives som periodens siste dag`,
  'export.mspdi.ranges': (d, f) => `${f.count(d.count, 'trepunktsestimat', 'trepunktsestimater')} skrives som den mest sannsynlige verdien (MS Project XML har bare én varighet): ${named(d.shown.map(range), d.count)}`,
  'export.mspdi.gates-dated': (d, f) => `${f.count(d.count, 'beslutningspunkt', 'beslutningspunkter')} skrives som ${d.count === 1 ? 'en milepæl' : 'milepæler'}, uten organet som beslutter og klar-milepælen: ${named(d.shown, d.count)}`,
  'export.mspdi.gates-undated': (d, f) => `${f.count(d.count, 'beslutningspunkt', 'beslutningspunkter')} har ingen dato og er utelatt: ${named(d.shown, d.count)}`,
  'export.mspdi.risks': (d, f) => `${f.count(d.count, 'risikohendelse', 'risikohendelser')} er utelatt (MS Project XML har ikke noe risikoregister): ${named(d.shown, d.count)}`,
  'export.mspdi.unholdable-titles': (d, f) => `${f.count(d.count, 'tekst', 'tekster')} har kontrolltegn som XML ikke kan holde, skrevet som synlige escape-sekvenser som \\x07: ${named(d.shown, d.count)}`,
  'export.mspdi.overlong-texts': (d, f) => `${f.count(d.count, 'tekst', 'tekster')} er lengre enn MS Project XML tillater (512 tegn; 255 for prosjektets Name, planens id med .xml) og skrives avkortet til den lengden: ${named(d.shown, d.count)}`,
  'export.mspdi.governed': (d, f) => `styremøtene og de påkrevde styringsorganene til ${f.count(d.count, 'milepæl', 'milepæler')} er utelatt: ${named(d.shown, d.count)}`,
  'export.mspdi.fields': (d, f) => `${keys(d.fields)} til ${f.count(d.count, 'milepæl', 'milepæler')} er utelatt (MS Project XML har ikke noe felt for dem): ${named(d.shown, d.count)}`,
  'export.mspdi.plan-fields': (d) => `planens ${keys(d.fields)} er utelatt (MS Project XML har ikke noe sted for ${d.fields.length === 1 ? 'det' : 'dem'})`,
  'export.mspdi.pushed': (d, f) => `${f.count(d.count, 'milepæl som skyves av en forgjenger, skrives', 'milepæler som skyves av en forgjenger, skrives')} med slutt på den beregnede datoen, som en import av filen leser som prognose (forecast): importert igjen beholder ${d.count === 1 ? 'den' : 'de'} datoene sine, men ingen forgjenger skyver ${d.count === 1 ? 'den' : 'dem'} (ingen driver i critical-path, ingen pushed_by i slippage): ${named(d.shown, d.count)}`,
  'export.mspdi.outside-msp': (d, f) => `MS Project har bare datoer fra 01.01.1984 til 31.12.2149 og vil ikke åpne denne filen: ${f.count(d.count, 'milepæl har en dato', 'milepæler har datoer')} utenfor dem (et feilskrevet årstall?): ${named(d.shown, d.count)}`,
  'export.mspdi.start-earlier': (d, f) => `planen starter ${f.date(d.start)}, men arbeidet i aktivitetene fra ${f.date(d.first)}: filens StartDate for prosjektet er ${f.date(d.first)}, og MS Project starter ingen aktivitet før den; importert igjen er den planens start`,
  'export.mspdi.holiday-rule': (d) => `planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i ${yearList(d.years)}: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år`,
  'export.mspdi.extension-keys': (d, f) => `${compoundKeys(d.keys)}-${d.keys.length === 1 ? 'nøkkelen' : 'nøklene'} til ${f.count(d.count, 'milepæl', 'milepæler')} er utelatt (${extensionReason(d.keys)}): ${named(d.shown, d.count)}`,
  'export.mspdi.plan-governance': (d) => `planens styringskrav (organer som må ha møte før hver milepæl) er ${d.too ? 'også ' : ''}utelatt`,
});
