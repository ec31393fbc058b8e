// A path as a word of a POSIX shell command line, for the commands milepel suggests (`Next: milepel validate …`).
import { hasUnsafe, isUnsafeCodePoint } from '../report/safe-text.js';

/** Characters a shell reads as part of a plain word anywhere in it: a word of only these needs no quotes. */
const PLAIN_WORD = /^[A-Za-z0-9_./:@%+=,-]+$/;

/**
 * `text` as one word of a POSIX shell (sh, bash, zsh): as it is when every character is plain, else in single quotes,
 * a quote inside written '\'' (POSIX.1-2017 XCU 2.2.2). A tester pasted `milepel validate ws 🚀/æøå` and ran two
 * words. A text holding a character no output shows raw (a control character, a bidi mark: report/safe-text.ts) is
 * written in ANSI-C quotes, `$'…'`, each such character escaped (`\n`, `\x1b`, `\u202e`), which bash, zsh, ksh and
 * POSIX.1-2024 sh read back as that character (tester round 109 F2: `'bad\x1b[31mname'` in single quotes named no
 * folder). So the word carries no control character itself: `text` is given raw.
 */
export function shellWord(text: string): string {
  if (text !== '' && PLAIN_WORD.test(text)) return text;
  if (hasUnsafe(text)) return ansiCWord(text);
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** A path as a shell word that a command reads as a path: one starting with `-` gets `./` (it would be an option). */
export function pathWord(path: string): string {
  return shellWord(path.startsWith('-') ? `./${path}` : path);
}

const SHORT: ReadonlyMap<number, string> = new Map([[9, '\\t'], [10, '\\n'], [13, '\\r']]);

/** `text` in ANSI-C quotes: `'` and `\` escaped, each unsafe code point as \t \n \r, \xHH (ASCII), \uHHHH or \UHHHHHHHH. */
function ansiCWord(text: string): string {
  let out = "$'";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "'" || ch === '\\') out += `\\${ch}`;
    else if (!isUnsafeCodePoint(cp)) out += ch;
    else out += SHORT.get(cp) ?? (cp < 0x80 ? `\\x${hex(cp, 2)}` : cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`);
  }
  return `${out}'`;
}

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, '0');
}
