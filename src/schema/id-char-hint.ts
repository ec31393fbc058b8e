// The hint for an id, plan id or milestone reference holding a character ids do not have (tester round 73 F2): to a
// Norwegian user æ, ø and å are letters, and "use letters, digits …" read as if `Milepæl1` were an id.
import { msg, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';
import { escapeCodePoint } from '../report/safe-text.js';
import { latinOf, lookAlike, WORD_DASH, ZERO_WIDTH } from '../text/look-alike.js';
import { quoteText } from '../text/quote.js';
import { onFirstUse } from '../text/on-first-use.js';

/** The forms this hint is for, each with the characters it allows and the whole pattern (schemas/plan.schema.json). */
const FORMS: Readonly<Partial<Record<FormName, { readonly form: 'id' | 'planId' | 'ref'; readonly char: RegExp; readonly whole: RegExp }>>> = {
  id: { form: 'id', char: /[A-Za-z0-9._-]/, whole: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/ },
  planId: { form: 'planId', char: /[a-z0-9-]/, whole: /^[a-z0-9][a-z0-9-]*$/ },
  ref: { form: 'ref', char: /[A-Za-z0-9._/-]/, whole: /^([a-z0-9][a-z0-9-]*\/)?[A-Za-z0-9_][A-Za-z0-9._-]*$/ },
  // A dependency written as a string is a reference.
  dependency: { form: 'ref', char: /[A-Za-z0-9._/-]/, whole: /^([a-z0-9][a-z0-9-]*\/)?[A-Za-z0-9_][A-Za-z0-9._-]*$/ },
};

/** Letters as ids write them in ASCII: Norwegian letters the usual way (æ → ae, ø → oe, å → aa), ß as ss. */
const ASCII: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa', ß: 'ss', ẞ: 'SS' };
/** The same, for a value written in capitals (`ÆRØ` is `AEROE`, not `AeROe`). */
const ASCII_CAPS: Readonly<Record<string, string>> = { ...ASCII, Æ: 'AE', Ø: 'OE', Å: 'AA' };

/**
 * schema.id-char.hint for `value` of `fieldForm` when it holds a character the form does not allow (a letter outside
 * A–Z, a space, `/` in an id): the first such character, quoted as text output quotes it, or, when nothing shows of
 * it alone (a mark combining with the character before it, a variation selector, a format character), as its escape
 * (`"\u0301"`: tester rounds 74 F2, 75 F2, 76 F7), with its code point when it looks like an ASCII character it is
 * not (`"K"` U+212A, a Cyrillic `"А"`: text/look-alike.ts, round 78 F11); and the value written in the form's
 * characters when one reads so — white space around it dropped, æ/ø/å spelt out (however composed: `å` and `a` +
 * U+030A alike), other accents dropped, a plan id in lower case. A space inside it is no character a value could do without (`MP1 MP2` is no id,
 * and `MP1-MP2` names none: round 74 F1). Undefined when every character is allowed (then the form's own hint says
 * what is wrong) or the form is none of these. A meeting reference is one when it is a meeting's id (no `@`).
 */
export function idCharHint(value: unknown, fieldForm: FormName | undefined): Message | undefined {
  if (fieldForm === undefined || typeof value !== 'string') return undefined;
  // A meeting reference without `@` is a meeting's id (SPEC §1.3), spelt as an id is (tester round 78 F12: `Møte1`).
  const form = fieldForm === 'meetingRef' && !value.includes('@') ? 'id' : fieldForm;
  const spec = FORMS[form];
  if (spec === undefined) return undefined;
  const bad = Array.from(value).find((c) => !spec.char.test(c));
  if (bad === undefined) return undefined;
  const unshown = unshownChar().test(bad);
  const shown = unshown ? `"${escapeCodePoint(bad.codePointAt(0)!)}"` : quoteText(bad);
  const look = unshown ? undefined : lookAlike(bad);
  return msg('schema.id-char.hint', { shown, lookAlike: look ?? null, form: spec.form, written: spellOut(value, form) ?? null });
}

/** Whether `value` is written as `form` (an id, plan id or reference) takes it: the schema's pattern of that form. */
export function fitsIdForm(value: string, form: FormName): boolean {
  return FORMS[form]?.whole.test(value) ?? false;
}

/**
 * `value` written in the characters of `form` (an id, plan id or reference: schemas/plan.schema.json) when it reads
 * so: white space around it and characters of no width dropped, compatibility forms as their letters and digits
 * (NFKC: fullwidth `ＭＰ１` is `MP1`), æ/ø/å spelt out (however composed; in capitals in a value of two capitals or
 * more and no small letter), ß as ss, a word processor's hyphens and dashes as `-`, other accents dropped, in a value
 * with Latin letters the Cyrillic and Greek letters drawn as Latin ones as those (`АB1` with a Cyrillic А is `AB1`:
 * a paste, where a word all in Cyrillic is another language: round 78 F11), a plan id in lower case (tester round 77
 * F7); undefined when what is left is still none of that form (a space or `/` inside it), or the form is none of these.
 */
export function spellOut(value: string, form: FormName): string | undefined {
  const spec = FORMS[form];
  if (spec === undefined) return undefined;
  const letters = bareOf(value).normalize('NFKC');
  // Capitals for a word in capitals: two capital letters or more and no small one (`Ø` alone stays `Oe`).
  const ascii = !/\p{Ll}/u.test(letters) && /\p{Lu}.*\p{Lu}/u.test(letters) ? ASCII_CAPS : ASCII;
  const latin = /[A-Za-z]/.test(letters);
  let written = Array.from(letters, (c) => ascii[c] ?? (latin ? latinOf(c) : undefined) ?? c).join('').replace(WORD_DASH, '-').normalize('NFD').replace(/\p{M}/gu, '');
  if (spec.form === 'planId') written = written.toLowerCase();
  return spec.whole.test(written) ? written : undefined;
}

/** `value` without characters of no width and white space around it: what spellOut spells, and what it was meant to name. */
export function bareOf(value: string): string {
  return value.replace(ZERO_WIDTH, '').trim();
}

/**
 * A character nothing shows of alone: a mark, which combines with the one before it (accents, variation selectors,
 * the grapheme joiner), or a format character (U+2063 invisible separator, U+180E; tester round 76 F7: quoted raw, the
 * hint read `""`).
 */
const unshownChar = onFirstUse(() => /^[\p{M}\p{Cf}]$/u);

