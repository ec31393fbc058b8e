// The safety net of history-fast.ts: each inserted piece of text, read on its own as the analysis reads a plan
// (parsePlanText), must be exactly the entry it stands for. Reading the whole edited file again instead cost more than the first reading (3.3 s of a
// 100,000-milestone file, the new entries included) and was most of snapshot's time (issue #18). What the pieces are
// inserted into is established by history-fast.ts from the analysis's positions (after the last line of the
// milestone's last value, before a line indented no deeper; at the indentation of its keys or list items), and the
// text outside them is unchanged. A piece that does not read as intended sends the file to history.ts, which
// checks the whole edited file and refuses as before.
import { parsePlanText } from '../analyze.js';
import type { HistoryEntryEdit } from './history.js';
import { renderScalar } from './scalar.js';
import { readScalar } from './verify.js';

/** Answers by piece text: a file's pieces differ only in their dates, so a few hundred readings serve 100,000. */
export type CheckCache = Map<string, string | undefined>;

/**
 * Per cache, each piece as inserted with its entry and whether it passed: a file's pieces repeat (a few thousand
 * distinct forecasts in 100,000 entries), and making a piece's stand-in text and expected data again cost 0.3 s of
 * a 100,000-milestone snapshot.
 */
const verdicts = new WeakMap<CheckCache, Map<string, boolean>>();

/** A day date's stand-in in cached pieces: digits and dashes in the same places read the same way. */
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const STAND_IN = '0000-00-00';

/** The plain data a piece must read as: `{history: [entry]}` for a new key, `[entry]` for a new list item. */
function expected(reported: string, forecast: string, newKey: boolean): string {
  const item = { reported: readScalar(reported), forecast: readScalar(renderScalar(forecast, 'plain')) };
  return JSON.stringify(newKey ? { history: [item] } : [item]);
}

/**
 * Whether `lines` (the inserted lines, without line breaks) read on their own, moved left by the indentation of the
 * first, as the entry: a `history:` key holding it (`newKey`) or one list item holding it. A forecast that is a day
 * is replaced by a stand-in of the same shape before reading, so that pieces differing only in that day share an
 * answer (a file of 100,000 milestones has a few thousand distinct forecasts).
 */
export function checkInsertedLines(lines: readonly string[], entry: HistoryEntryEdit, newKey: boolean, cache: CheckCache): boolean {
  // The verdict is asked for with the stand-in already in place (checkPiece then leaves it): the lines hold the day
  // only where the moved text does (moving a line left takes spaces), so the answer is the same, and pieces that
  // differ only in their forecast day share it (a verdict per distinct day cost 0.5 profile-s of a snapshot of
  // prog-100000, issue #18).
  let pieceLines = lines;
  let standIn = entry;
  if (DAY.test(entry.forecast) && !lines.some((line) => line.includes(STAND_IN))) {
    pieceLines = lines.map((line) => line.replaceAll(entry.forecast, STAND_IN));
    standIn = { ...entry, reported: entry.reported === entry.forecast ? STAND_IN : entry.reported, forecast: STAND_IN };
  }
  const asInserted = `${newKey ? 'k' : 'i'}\u0000${standIn.reported}\u0000${standIn.forecast}\u0000${pieceLines.join('\n')}`;
  let seen = verdicts.get(cache);
  if (seen === undefined) verdicts.set(cache, (seen = new Map()));
  const known = seen.get(asInserted);
  if (known !== undefined) return known;
  const ok = checkPiece(pieceLines, standIn, newKey, cache);
  seen.set(asInserted, ok);
  return ok;
}

function checkPiece(lines: readonly string[], entry: HistoryEntryEdit, newKey: boolean, cache: CheckCache): boolean {
  const first = lines[0] ?? '';
  const indent = first.length - first.trimStart().length;
  const moved: string[] = [];
  for (const line of lines) {
    for (const part of line.split(/\r\n|\r|\n/)) {
      if (part.slice(0, indent).trim() !== '') return false;
      moved.push(part.slice(indent));
    }
  }
  let text = `${moved.join('\n')}\n`;
  let { reported, forecast } = entry;
  if (DAY.test(forecast) && !text.includes(STAND_IN)) {
    text = text.replaceAll(forecast, STAND_IN);
    if (reported === forecast) reported = STAND_IN;
    forecast = STAND_IN;
  }
  let got = cache.get(text);
  if (!cache.has(text)) {
    const read = parsePlanText('inserted entry', text);
    got = read === undefined || read.problems.length > 0 ? undefined : JSON.stringify(read.data);
    cache.set(text, got);
  }
  return got !== undefined && got === expected(reported, forecast, newKey);
}
