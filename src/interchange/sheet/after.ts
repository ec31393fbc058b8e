// An `after` cell of a milestone sheet → links: `MP1; MP2+5d; MP3 SS-2d; plan/MP4`, with what could not be read as written.
import type { ImportedLink, LinkType } from '../plan-model.js';
import { roundLagDays } from '../round-lag.js';
import { UNIT_DAYS, type DurationUnit } from '../../calendar/index.js';

/**
 * What parseAfter could not read as written: an entry of no known form, an id `known` does not have (`ref`: for a bare
 * lead such as `M1-5` the whole entry, or `M1` when `isRow` counts it, a row left out of the plan), a guessed lead, a
 * lag of a fraction of a day rounded to whole days (`exact`, in working days, or in calendar days when `elapsed`).
 * A guess and a rounding come with the link read (`link`): one the caller then leaves out takes them with it.
 */
export type AfterProblem =
  | { readonly entry: string }
  | { readonly ref: string }
  | { readonly guessed: string; readonly ref: string; readonly days: number; readonly link: ImportedLink }
  | { readonly rounded: string; readonly exact: number; readonly elapsed: boolean; readonly days: number; readonly link: ImportedLink; readonly hours?: boolean }
  | { readonly renamed: string; readonly link: ImportedLink };

/** What follows an entry's id: a link type after a blank, then a lag or lead with its unit; each may be left out. */
const TAIL = /(?:\s+(FS|SS|FF|SF))?\s*(?:([+-])\s*(\d+(?:[.,]\d+)?|\.\d+)\s*(d|w|ed|ew|h|eh)?)?$/iy;
/**
 * Days per hour of a lag in hours (`A+4h`, as MS Project shows lags), working (8 a day, MS Project's default day) or
 * elapsed (24): a sheet has no calendar of hours. Read as days, rounded and said as a fraction of a day is (tester
 * round 99 F8: `A+4h` left the link out, while `A+1,5d` and P6's and MS Project's lags in hours were rounded and kept).
 */
const HOUR_DAYS: Readonly<Record<string, number>> = { h: 1 / 8, eh: 1 / 24 };
const GLUED = /^(.+?)(FS|SS|FF|SF)$/i;
/**
 * An entry as `^(.+?)` then TAIL reads it: the shortest id (at least one character) after which the rest is a tail;
 * [whole, id, type, sign, number, unit], or null. The expression written that way retried a run of blanks from each
 * character the lazy id grew by (a cell with 20,000 spaces took a second); a tail can start only at the first blank
 * of a run (any later one reads the same), at a sign, or at the end, so only those are tried, each once.
 */
function splitEntry(part: string): (string | undefined)[] | null {
  for (let i = 1; i <= part.length; i++) {
    const c = part[i] ?? '';
    const blank = c !== '' && /\s/.test(c);
    if (i < part.length && !(c === '+' || c === '-') && !(blank && (i === 1 || !/\s/.test(part[i - 1]!)))) continue;
    TAIL.lastIndex = i;
    const m = TAIL.exec(part);
    if (m !== null) return [part, part.slice(0, i), m[1], m[2], m[3], m[4]];
  }
  return null;
}

/** A milestone reference as a plan file writes one (schemas/plan.schema.json `ref`). */
const REF = /^([a-z0-9][a-z0-9-]*\/)?[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * The links of an `after` cell: `MP1; MP2+5d; MP3 SS-2d; plan/MP4` (`,` also separates); MS Project's glued `3SS+2d`
 * when `3` is a row's id. `known`: each row's id as written → the id it was written as (a row whose id had to change is
 * still named by what the sheet says: `Øst` is `Ost`), and the written ids themselves.
 *
 * An entry that is a row's id names that row, although ids may end in '-' and digits (`Fase-2`, and `M2-2`, the id a
 * repeated `M2` gets): a tester's `Fase-2` was read as `Fase` with a lead of 2 days and dropped, and `M2-2` linked to
 * `M2`. A '-' and a number without a unit or a link type before it is otherwise read as a lead only after a row's id,
 * and said (`approximated`: `M1-5` may be a mistyped id); another plan's `p/M-5`, which this sheet cannot check, is
 * the id as written (validate says whether it exists). `report` hears of every entry left out or guessed.
 *
 * A lag may have a fraction, with a decimal point or the decimal comma a Norwegian sheet writes (`A+1,5d`, see
 * splitAfter): it is rounded to whole days half away from zero, as P6's and MS Project's lags are (roundLagDays), a
 * fraction of weeks in the days it spans, and reported (tester round 11 #2: `A+1,5d` was split at the comma into a
 * 1-day lag and a row "5d", and `A+1.5d` was dropped as no row's id). `isRow` says which ids count as a row's id where
 * a comma may be a decimal comma (splitAfter); by default those `known` has. `isWritten` says which of `known`'s ids a
 * row writes: an entry that names a row only by the id the import gave it is reported (`renamed`), as it is no id the
 * sheet writes (tester round 66 F7: `MP1-2` named the row `MP1 2`, written as MP1-2, without a word; without that row
 * it is MP1 with a lead of 2 days, said).
 */
export function parseAfter(text: string, known: ReadonlyMap<string, string>, report: (problem: AfterProblem) => void, isRow: (id: string) => boolean = (id) => known.has(id), isWritten?: (id: string) => boolean): ImportedLink[] {
  const links: ImportedLink[] = [];
  for (const part of splitAfter(text, isRow)) {
    const row = known.get(part);
    if (row !== undefined) {
      const link: ImportedLink = { id: row, type: 'FS', lagDays: 0 };
      if (isWritten !== undefined && !isWritten(part)) report({ renamed: part, link });
      links.push(link);
      continue;
    }
    const m = splitEntry(part);
    let ref = m?.[1]?.trim() ?? '';
    let type = (m?.[2]?.toUpperCase() ?? 'FS') as LinkType;
    let typed = m?.[2] !== undefined;
    const glued = GLUED.exec(ref);
    if (!typed && !known.has(ref) && glued !== null && known.has(glued[1] ?? '')) {
      ref = glued[1] ?? '';
      type = (glued[2] ?? 'FS').toUpperCase() as LinkType;
      typed = true;
    }
    // No id holds a '+' (SPEC §1.4): an entry with one that is not read as a lag has a lag of no known form.
    if (m === null || ref === '' || (ref.includes('+') && !known.has(ref))) { report({ entry: part }); continue; }
    const bareLead = m[3] === '-' && m[5] === undefined && !typed && !/\s/.test(part);
    // Another plan's milestone is written `plan-id/ID` (schemas/plan.schema.json `ref`): `Q/Z` is none, and validate
    // refused the plan written with it (tester round 28 F3). Left out and said, as an entry of no known form is.
    if (ref.includes('/') && !known.has(ref) && !REF.test(bareLead ? part : ref)) { report({ entry: part }); continue; }
    if (bareLead && part.includes('/')) {
      links.push({ id: part, type: 'FS', lagDays: 0 });
      continue;
    }
    // A bare lead after the id of a row that `isRow` has but `known` has not (a row left out) names that row.
    if (!ref.includes('/') && !known.has(ref)) { report({ ref: bareLead && !isRow(ref) ? part : ref }); continue; }
    const unit = (m[5] ?? 'd').toLowerCase();
    const n = Number((m[4] ?? '0').replace(',', '.')) * (m[3] === '-' ? -1 : 1) || 0;
    const id = known.get(ref) ?? ref;
    // A row named by the id the import gave it, with a lag or a link type (`MP1-2+3d`): said as the bare entry is.
    const renamed = isWritten !== undefined && known.has(ref) && !isWritten(ref);
    const perHour = HOUR_DAYS[unit];
    if (Number.isInteger(n) && perHour === undefined) {
      const link: ImportedLink = { id, type, lagDays: n, ...(unit !== 'd' ? { lagUnit: unit as 'w' | 'ed' | 'ew' } : {}) };
      if (renamed) report({ renamed: ref, link });
      if (bareLead) report({ guessed: part, ref: id, days: n, link });
      links.push(link);
      continue;
    }
    // A fraction, or hours: whole days of the unit's kind (working or calendar), rounded and said unless the fraction of
    // weeks or the hours are a whole number of days (1.4w is 7d, 16h is 2d).
    const elapsed = unit === 'ed' || unit === 'ew' || unit === 'eh';
    const exact = perHour !== undefined ? n * perHour : n * UNIT_DAYS[unit as DurationUnit];
    const days = roundLagDays(exact);
    const link: ImportedLink = { id, type, lagDays: days, ...(elapsed ? { lagUnit: 'ed' as const } : {}) };
    if (renamed) report({ renamed: ref, link });
    if (bareLead) report({ guessed: part, ref: id, days: n, link });
    if (Math.abs(exact - days) > 1e-9) report(perHour === undefined ? { rounded: part, exact, elapsed, days, link } : { rounded: part, exact, elapsed, days, link, hours: true });
    links.push(link);
  }
  return links;
}

/**
 * The entries of an `after` cell, split at `;`, `,` and line breaks, but for a decimal comma: a `,` between the digits
 * of a lag (after its `+` or `-`, before digits that end the entry, with a unit or without) is a decimal comma, as in
 * `A+1,5d; B` (tester round 11 #2). After a row's id (`M-1,2` when a row is `M-1`), before one (`A+1,2` when a row is
 * `2`) and in another plan's `p/M-1,2`, which parseAfter reads as an id, it separates, as it does with a space after it
 * (`A+1, 2`). A row's id is what `isRow` says: the caller leaves out the row whose cell it is, which cannot come after
 * itself, and counts the rows left out of the plan (tester round 13 #4: `1+1,2` in row 2 lost its fraction and was
 * dropped as a cycle, and the same cell read two ways as row 3 had a date or not).
 */
function splitAfter(text: string, isRow: (id: string) => boolean): string[] {
  const entries: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== ';' && c !== ',' && c !== '\n') continue;
    const before = text.slice(start, i);
    if (c === ',' && isDecimalComma(before, text.slice(i + 1), isRow)) continue;
    entries.push(before);
    start = i + 1;
  }
  entries.push(text.slice(start));
  return entries.map((e) => e.trim()).filter((e) => e !== '');
}

function isDecimalComma(before: string, after: string, isRow: (id: string) => boolean): boolean {
  const fraction = /^\d+\s*(d|w|ed|ew|h|eh)?\s*(?:[;,\n]|$)/i.exec(after);
  if (fraction === null || !/[+-]\s*\d+$/.test(before) || isRow(before.trim())) return false;
  // Before a row's id it separates: `1+2,3` with a row 3 is row 1 with a 2-day lag, then row 3, as an English sheet
  // (or MS Project's predecessor list, `2FS+3d,5`) writes it; without such a row it is the lag 2,3.
  if (isRow(/^[^;,\n]*/.exec(after)![0].trim())) return false;
  const isCrossPlanId = before.includes('/') && !/\s/.test(before.trim()) && /[^+-]-\d+$/.test(before.trim()) && !before.includes('+');
  return fraction[1] !== undefined || !isCrossPlanId;
}
