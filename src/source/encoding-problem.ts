// Where an `encoding` finding goes and what it advises: the whole file, or an offset as a 1-based line and column.
import { msg, type Message } from '../messages/index.js';
import type { SyntaxProblem } from './parse.js';
import { normalizeLoneCr } from './line-breaks.js';

/** How to save the file as UTF-8, from what it most likely is (iconv's `-f`): converting a UTF-8 file with one bad
 * sequence from Windows-1252 would garble every other non-ASCII character in it. */
export const SAVE_AS_UTF8 = msg('encoding.hint', { from: 'windows-1252' });
export const FIX_THE_BYTES = msg('encoding.hint', { from: null });

/** 1-based line and column of a UTF-16 offset, the column counted in code points; CR LF, CR and LF end a line. */
export function positionOfOffset(raw: string, offset: number): { line: number; column: number } {
  const { line, characters } = placeOfOffset(raw, offset);
  return { line, column: characters };
}

/**
 * The place of a UTF-16 offset as a finding holds it: the 1-based line, the column in UTF-16 units, as every finding's
 * (the formats that count characters convert it: report/validate/character-columns.ts), and in `characters` the column
 * counted in code points, for a message's own text (SPEC §15: "columns counted in characters before it").
 */
export function placeOfOffset(raw: string, offset: number): { line: number; column: number; characters: number } {
  const text = normalizeLoneCr(raw);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  let characters = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > lineStart && isHigh(text.charCodeAt(i - 1)))) characters++;
  }
  return { line, column: offset - lineStart + 1, characters };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function wholeFile(message: Message): SyntaxProblem {
  return { line: 1, column: 1, message, hint: FIX_THE_BYTES };
}
