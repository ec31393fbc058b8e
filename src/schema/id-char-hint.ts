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
 * A–Z, a space, `/` in an id): that character, and the value written in the form's characters when one reads so
 * (æ/ø/å spelt out, other accents dropped, spaces as "-", a plan id in lower case); undefined when every character is
 * allowed (then the form's own hint says what is wrong) or the form is none of these.
 */
export function idCharHint(value: unknown, form: FormName | undefined): Message | undefined {
  const spec = form === undefined ? undefined : FORMS[form];
  if (spec === undefined || typeof value !== 'string') return undefined;
  const bad = Array.from(value).find((c) => !spec.char.test(c));
  if (bad === undefined) return undefined;
  let written = Array.from(value, (c) => ASCII[c] ?? c).join('').normalize('NFD').replace(/\p{M}/gu, '').replace(/ +/g, '-');
  if (spec.form === 'planId') written = written.toLowerCase();
  return msg('schema.id-char.hint', { char: bad, form: spec.form, written: spec.whole.test(written) ? written : null });
}
