// The hint for an id, plan id or milestone reference holding a character ids do not have (tester round 73 F2): to a
// Norwegian user æ, ø and å are letters, and "use letters, digits …" read as if `Milepæl1` were an id.
import { msg, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';

/** The forms this hint is for, each with the characters it allows and the whole pattern (schemas/plan.schema.json). */
const FORMS: Readonly<Partial<Record<FormName, { readonly form: 'id' | 'planId' | 'ref'; readonly char: RegExp; readonly whole: RegExp }>>> = {
  id: { form: 'id', char: /[A-Za-z0-9._-]/, whole: /^[A-Za-z0-9_][A-Za-z0-9._-]*$/ },
  planId: { form: 'planId', char: /[a-z0-9-]/, whole: /^[a-z0-9][a-z0-9-]*$/ },
  ref: { form: 'ref', char: /[A-Za-z0-9._/-]/, whole: /^([a-z0-9][a-z0-9-]*\/)?[A-Za-z0-9_][A-Za-z0-9._-]*$/ },
  // A dependency written as a string is a reference.
  dependency: { form: 'ref', char: /[A-Za-z0-9._/-]/, whole: /^([a-z0-9][a-z0-9-]*\/)?[A-Za-z0-9_][A-Za-z0-9._-]*$/ },
};

/** Norwegian letters as ids write them in ASCII (the usual æ → ae, ø → oe, å → aa). */
const ASCII: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };

/**
 * schema.id-char.hint for `value` of `form` when it holds a character the form does not allow (a letter outside
 * A–Z, a space, `/` in an id): that character as it shows (with the marks that combine with it: `é` written as e and
 * U+0301 is one), and the value written in the form's characters when one reads so — white space around it dropped,
 * æ/ø/å spelt out, other accents dropped, a plan id in lower case; a space inside it is no character a value could
 * do without (`MP1 MP2` is no id, and `MP1-MP2` names none: tester round 74 F1); undefined when every character is
 * allowed (then the form's own hint says what is wrong) or the form is none of these.
 */
export function idCharHint(value: unknown, form: FormName | undefined): Message | undefined {
  const spec = form === undefined ? undefined : FORMS[form];
  if (spec === undefined || typeof value !== 'string') return undefined;
  let bad: string | undefined;
  for (const { segment } of GRAPHEMES.segment(value)) {
    if (Array.from(segment).some((c) => !spec.char.test(c))) {
      bad = segment;
      break;
    }
  }
  if (bad === undefined) return undefined;
  let written = Array.from(value.trim(), (c) => ASCII[c] ?? c).join('').normalize('NFD').replace(/\p{M}/gu, '');
  if (spec.form === 'planId') written = written.toLowerCase();
  return msg('schema.id-char.hint', { char: bad, form: spec.form, written: spec.whole.test(written) ? written : null });
}

/** Characters as they show: a letter with its combining marks, an emoji sequence. */
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });
