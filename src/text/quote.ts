// A value quoted in a message: `"gr\x07een"`. In double quotes, `"` and `\` escaped with a backslash as JSON writes
// them, and every character a terminal would act on written as text output writes it everywhere else
// (report/safe-text.ts): JSON.stringify had written `\u0007` for a BEL and left a NEL for the output's escaping,
// so one value read `"gr\u0007een\x85"` (a tester's finding, session 11).
import { escapeControl } from '../report/safe-text.js';
import { showInvisible } from './invisible.js';
import { onFirstUse } from './on-first-use.js';

const QUOTE_OR_BACKSLASH = /["\\]/g;

/**
 * `text` in double quotes: `"` as `\"`, `\` as `\\`, unsafe characters as escapeControl writes them (`\x07`, `\u202e`,
 * `\t`), and characters that do not show as text/invisible.ts shows them (`\u200b`, `\xa0`): a quoted value is what
 * the file holds, and `"A<U+200B>"` read as `"A"` (tester round 70 F4).
 */
export function quoteText(text: string): string {
  return `"${showInvisible(escapeControl(text.replace(QUOTE_OR_BACKSLASH, '\\$&')))}"`;
}

/** One word of id-like characters (letters A–Z, digits, `.`, `_`, `-`, `@`, `/`): shown as it is. */
const PLAIN_WORD = /^[A-Za-z0-9._@/-]+$/;

/**
 * A command-line value as a message shows it: as written when it is one plain word (`akson`, `en_GB.UTF-8`), else
 * quoted as quoteText quotes it, so that an empty value, one with spaces around it or a character that does not
 * show can be seen (tester round 77 F9: `--plan ''` read "--plan : no such plan"; an unset CI variable is the
 * common case).
 */
export function shownArgument(text: string): string {
  return PLAIN_WORD.test(text) ? text : quoteText(text);
}

/** A name every character of which shows as itself: no white space, quote, control, format or lone surrogate. */
const plainPath = onFirstUse(() => /^[^\s"\p{Cc}\p{Cf}\p{Cs}]+$/u);

/** A name of printable ASCII without a space or `"`: every character shows as itself, decided without plainPath. */
const PRINTABLE_ASCII = /^[!#-~]+$/;

/**
 * A path or `<git-rev>:<path>` named on the command line as a refusal shows it: as written when every character of it
 * shows as itself (`plans`, `./plans/a.yaml`, `milepæler.csv`, `origin/main:plans`, `C:\plans`: a path's colons, letters
 * outside A–Z and backslashes stay as written, where shownArgument would quote them), else quoted as quoteText quotes
 * it, so that an empty path, one with spaces around it or a character that does not show can be seen (tester round 78
 * F9: `validate ' plans'` read " plans: no such file or directory", `--baseline ' x'` "--baseline  x: …").
 */
export function shownPath(text: string): string {
  return PRINTABLE_ASCII.test(text) || plainPath().test(text) ? text : quoteText(text);
}
