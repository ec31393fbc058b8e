// Norwegian (bokmål) texts of `milepel import`'s findings on a sheet (CSV, xlsx): columns, rows, values, cells.
import { COLUMNS_EN, COLUMNS_NB } from '../../interchange/sheet/columns.js';
import type { ImportMessages } from '../data/import.js';
import { dec } from './import-p6.js';
import type { Catalogue } from '../types.js';

/** Why a sheet's row was left out, as a clause of import.sheet.after-left-out. */
const LEFT_OUT_WHY = {
  'no-date': () => 'den har ingen dato',
  'bad-date': (value: string) => `datoen «${value}» gir ingen dag`,
  'date-cell': (cell: string) => `datocellen ${cell} har ingen dag`,
} as const;

/** A sheet's row by its line, or by its row number in a workbook. */
const rowAt = (d: { line: number; isRowNumber: boolean }): string => (d.isRowNumber ? `rad ${d.line}` : `raden på linje ${d.line}`);

const COLUMNS = `${COLUMNS_EN.join(', ')} (eller ${COLUMNS_NB.join(', ')})`;

export const importSheetNb = (): Pick<Catalogue<keyof ImportMessages>, Extract<keyof ImportMessages, `import.sheet.${string}` | `import.xlsx.${string}`>> => ({
  'import.sheet.unknown-column': (d) => `ukjent kolonne «${d.name}» (kolonne ${d.column}) ble ikke importert; kolonnene er ${COLUMNS}`,
  'import.sheet.repeated-column': (d) => `kolonne «${d.name}» (kolonne ${d.column}) gjentar kolonnen ${d.key}; bare den første leses`,
  'import.sheet.missing-column': (d) => `overskriften har ingen ${d.column === 'id' ? 'id' : 'dato (date)'}-kolonne: ingen rad kan bli en milepæl; kolonnene er ${COLUMNS}`,
  'import.sheet.extra-values': (d) => `${d.id}: ${d.count} ${d.count === 1 ? 'verdi' : 'verdier'} etter overskriftens ${d.columns} kolonner ble ikke importert (ingen kolonne har navn for ${d.count === 1 ? 'den' : 'dem'}); legg til en kolonneoverskrift eller fjern det ekstra skilletegnet`,
  'import.sheet.no-id': () => 'en rad uten id ble utelatt',
  'import.sheet.no-date': (d) => `${d.id}: raden har ingen dato; den ble utelatt`,
  'import.sheet.no-title': (d) => `${d.id}: raden har ingen tittel; id-en er tittelen`,
  'import.sheet.id-changed': (d) => `«${d.written}» ${d.repeated ? 'er id-en til en tidligere rad' : 'er ikke en milepel-id (bokstaver, sifre, «_», «.», «-»)'}; skrevet som ${d.id}${d.taken !== null ? `, siden ${d.taken} er id-en til en annen rad` : ''}`,
  'import.sheet.bad-date': (d, f) => `${d.id}: datoen ${d.problem !== null ? f.render(d.problem) : `«${d.value}» er ikke en dato (ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ)`}; raden ble utelatt`,
  'import.sheet.bad-value-date': (d, f) => `${d.id}: ${d.key} ${d.problem !== null ? f.render(d.problem) : `«${d.value}» er ikke ${d.allowPeriod ? 'en dato' : 'en dagsdato'}`}; utelatt`,
  'import.sheet.bad-duration': (d) => `${d.id}: varigheten «${d.value}» er ikke en varighet som 5d, 2w eller 10ed; utelatt`,
  'import.sheet.duration-rounded': (d, f) => `${d.id}: varigheten «${d.value}» er ${f.decimal(Math.round(d.exact * 100) / 100)} ${d.elapsed ? 'kalenderdager' : 'arbeidsdager'}, og en plans varigheter er hele dager; avrundet til ${d.days}${d.elapsed ? 'ed' : 'd'}`,
  'import.sheet.bad-status': (d) => `${d.id}: statusen «${d.value}» er ikke grønn, gul eller rød (green, yellow, red); utelatt`,
  'import.sheet.bad-after-entry': (d) => `${d.id}: ${d.column}-oppføringen «${d.entry}» er ikke «<id>», «<plan-id>/<id>», «<id>+5d» eller «<id> SS-2d»; utelatt`,
  'import.sheet.after-bare-lead': (d) => `${d.id}: ${d.column}-oppføringen «${d.entry}» er ${d.numbered !== undefined ? `ingen id arket skriver (importen ga den til ${rowAt(d.numbered)}, siden ${d.numbered.base} er id-en til en annen rad)` : 'ikke id-en til noen rad'}; lest som ${d.ref} ${d.days === 0 ? 'uten etterslep' : `med et forsprang på ${dec(-d.days)} ${d.days === -1 ? 'arbeidsdag' : 'arbeidsdager'}`} (skriv «${d.ref}-${dec(-d.days)}d» for å si det, eller ${d.numbered !== undefined ? 'gi den raden en egen id og skriv den' : 'id-en slik den er'})`,
  'import.sheet.after-renamed-id': (d) => `${d.id}: ${d.column}-oppføringen «${d.entry}» er ingen id arket skriver; lest som raden med id-en «${d.raw}», som ble skrevet som ${d.entry} (skriv «${d.raw}» for å vise til raden slik arket gjør)`,
  'import.sheet.after-lag-rounded': (d) => `${d.id}: ${d.column}-oppføringen «${d.entry}» har ${d.exact < 0 ? 'et forsprang' : 'et etterslep'} på ${dec(Math.abs(d.exact))} ${d.elapsed ? 'kalenderdager' : 'arbeidsdager'}, og en plan har bare hele dager; avrundet til ${d.days}${d.elapsed ? 'ed' : 'd'}`,
  'import.sheet.self-after': (d) => `${d.id}: ${d.column} viser til raden selv, en sirkulær avhengighet; utelatt`,
  'import.sheet.unknown-after': (d) => `${d.id}: ${d.column} nevner «${d.ref}», som ikke er id-en til noen rad; utelatt`,
  'import.sheet.after-numbered-id': (d) => `${d.id}: ${d.column} nevner «${d.ref}», som ikke er en id arket skriver, men den importen ga ${rowAt(d)}, siden ${d.base} er id-en til en annen rad; utelatt (gi den raden en egen id og skriv den)`,
  'import.sheet.after-left-out': (d) => `${d.id}: ${d.column} nevner «${d.ref}», ${d.isRowNumber ? `rad ${d.line}` : `raden på linje ${d.line}`}, som ble utelatt (${LEFT_OUT_WHY[d.why](d.value)}); ${d.why === 'no-date' ? 'gi den raden en dato' : 'rett datoen i den raden'} for å beholde lenken`,
  'import.xlsx.formula': (d) => `cellen ${d.cell} inneholder formelen =${d.formula}: ${d.hasResult ? 'det lagrede resultatet importeres som en verdi' : 'den har ikke noe lagret resultat, så cellen leses som tom'}`,
  'import.xlsx.error-value': (d) => `cellen ${d.cell} inneholder feilen ${d.error}; lest som tom`,
  'import.xlsx.not-a-number': (d) => `cellen ${d.cell} er en tallcelle uten et tall; lest som tom`,
  'import.xlsx.merged-header': (d) => `overskriftscellen ${d.cell} er slått sammen med ${d.master}: en sammenslått overskrift navngir bare én kolonne; kolonne ${d.column} leses som uten overskrift`,
  'import.xlsx.serial-not-day': (d, f) => `${d.id}: ${d.key}-cellen ${d.cell} er en datocelle der serienummeret ${d.serial === null ? 'ikke er et endelig tall' : `${f.decimal(d.serial)} ikke er en dag`} fra 01.01.0001 til 31.12.9999 (Excels serienumre 1 til 2958465)${d.serial !== null && d.serial > 0 && d.serial < 1 ? ', men et klokkeslett uten dato' : ''}; ${d.isRow ? 'raden ble utelatt' : 'utelatt'}`,
  'import.xlsx.other-sheets': (d) => (d.skipped.length === 0
    ? `bare det første arket med rader («${d.sheet}») ble lest; arbeidsboken har flere`
    : `bare arket «${d.sheet}» ble lest, det første synlige der overskriftsraden har en id- og en datokolonne (hoppet over: ${d.skipped.map((s) => `«${s}»`).join(', ')}); arbeidsboken har flere`),
});
