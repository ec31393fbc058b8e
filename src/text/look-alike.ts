// Characters that look like an ASCII letter, digit or sign and are not: Cyrillic and Greek capitals (a paste from a
// Russian or Ukrainian text, an autocorrect), compatibility forms (the Kelvin sign, fullwidth digits), a word
// processor's hyphens. A message quoting one raw read `"K" cannot be part of an id: … write "KK1"` (tester round 78 F11).

/**
 * Cyrillic and Greek letters drawn as a Latin letter is in common fonts, with that letter (after Unicode's
 * confusables, TR39, the ones that are the same glyph: not Cyrillic П or Greek ν, which merely resemble one).
 */
const LATIN: ReadonlyMap<string, string> = new Map(Object.entries({
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Ԛ: 'Q', Ԝ: 'W',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
}));

/** A word processor's hyphens and dashes for `-`: U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash, U+2212 minus sign. */
export const WORD_DASH = /[\u2010-\u2013\u2212]/g;

/** One character of WORD_DASH (which, global, keeps a position between tests). */
const DASH_CHAR = new RegExp(`^${WORD_DASH.source}$`);

/** Characters of no width that a value can do without (zero-width space and joiners, word joiner, BOM, soft hyphen). */
export const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The Latin letter a Cyrillic or Greek letter is drawn as (`А` U+0410 is `A`), or undefined (see LATIN). */
export function latinOf(c: string): string | undefined {
  return LATIN.get(c);
}

/** What a look-alike character is: its code point (`U+212A`) and, for a Cyrillic or Greek letter, its script. */
export interface LookAlike {
  readonly codePoint: string;
  readonly script: 'cyrillic' | 'greek' | null;
}

/**
 * `c`, one character, when it is not ASCII and yet looks like an ASCII character: a Cyrillic or Greek letter of LATIN,
 * a word processor's dash (WORD_DASH), or one whose compatibility form (NFKC) is visible ASCII (`K` U+212A Kelvin sign,
 * fullwidth `１`, `․` U+2024); else undefined. A message names its code point, as the character alone reads as the
 * ASCII one it is not.
 */
export function lookAlike(c: string): LookAlike | undefined {
  const cp = c.codePointAt(0);
  if (cp === undefined || cp < 0x80) return undefined;
  const latin = LATIN.has(c);
  if (!latin && !DASH_CHAR.test(c) && !/^[!-~]+$/.test(c.normalize('NFKC'))) return undefined;
  const script = !latin ? null : /\p{Script=Cyrillic}/u.test(c) ? 'cyrillic' : 'greek';
  return { codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, script };
}

/**
 * `text` with the signs a date or a number is written with in ASCII: characters of no width dropped, compatibility
 * forms as their digits and signs (NFKC: fullwidth `２０２０`), a word processor's hyphens and dashes as `-` (tester
 * round 78 F12: `2020‑01‑20` with U+2011 was told only the form of a date). `text` itself when it is all ASCII.
 */
export function asciiSigns(text: string): string {
  if (!/[\u0080-\uffff]/.test(text)) return text;
  return text.replace(ZERO_WIDTH, '').normalize('NFKC').replace(WORD_DASH, '-');
}
