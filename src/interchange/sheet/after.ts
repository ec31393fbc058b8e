// An `after` cell of a milestone sheet → links: `MP1; MP2+5d; MP3 SS-2d; plan/MP4`, with what could not be read as written.
import type { ImportedLink, LinkType } from '../plan-model.js';

/** What parseAfter could not read as written: an entry of no known form, a row id that is no row's, a guessed lead. */
export type AfterProblem = { readonly entry: string } | { readonly ref: string } | { readonly guessed: string; readonly ref: string; readonly days: number };

const ENTRY = /^(.+?)(?:\s+(FS|SS|FF|SF))?\s*(?:([+-])\s*(\d+)\s*(d|w|ed|ew)?)?$/i;
const GLUED = /^(.+?)(FS|SS|FF|SF)$/i;

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
 */
export function parseAfter(text: string, known: ReadonlyMap<string, string>, report: (problem: AfterProblem) => void): ImportedLink[] {
  const links: ImportedLink[] = [];
  for (const part of text.split(/[;,\n]/).map((p) => p.trim()).filter((p) => p !== '')) {
    const row = known.get(part);
    if (row !== undefined) {
      links.push({ id: row, type: 'FS', lagDays: 0 });
      continue;
    }
    const m = ENTRY.exec(part);
    let ref = m?.[1]?.trim() ?? '';
    let type = (m?.[2]?.toUpperCase() ?? 'FS') as LinkType;
    let typed = m?.[2] !== undefined;
    const glued = GLUED.exec(ref);
    if (!typed && !known.has(ref) && glued !== null && known.has(glued[1] ?? '')) {
      ref = glued[1] ?? '';
      type = (glued[2] ?? 'FS').toUpperCase() as LinkType;
      typed = true;
    }
    if (m === null || ref === '') { report({ entry: part }); continue; }
    const bareLead = m[3] === '-' && m[5] === undefined && !typed && !/\s/.test(part);
    if (bareLead && part.includes('/')) {
      links.push({ id: part, type: 'FS', lagDays: 0 });
      continue;
    }
    if (!ref.includes('/') && !known.has(ref)) { report({ ref: bareLead ? part : ref }); continue; }
    const unit = (m[5] ?? 'd').toLowerCase();
    const n = Number(m[4] ?? '0') * (m[3] === '-' ? -1 : 1) || 0;
    if (bareLead) report({ guessed: part, ref: known.get(ref) ?? ref, days: n });
    links.push({ id: known.get(ref) ?? ref, type, lagDays: n, ...(unit !== 'd' ? { lagUnit: unit as 'w' | 'ed' | 'ew' } : {}) });
  }
  return links;
}
