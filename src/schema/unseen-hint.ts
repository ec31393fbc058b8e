// The hint for a schema value holding characters that do not show (a zero-width space or no-break space pasted from a
// word processor, a bidi control): the value without them when that is a value of its form, else the form's hint.
import { parseEstimate } from '../calendar/estimate.js';
import { parseDateValue } from '../calendar/period.js';
import { msg, msg0, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';
import { progressExceeds, progressOf } from '../model/read-milestone-values.js';
import { hasUnsafe, isUnsafeCodePoint } from '../report/safe-text.js';
import type { Path } from '../source/parse.js';
import { hasInvisible, withoutInvisible } from '../text/invisible.js';
import { valueAt } from './place.js';
import { defOfForm, formByPlace, schemaAt } from './schema-lookup.js';
import { DATE_FORMS } from './value-hints.js';
import { onFirstUse } from '../text/on-first-use.js';

/**
 * `value` without the characters that do not show (invisible, control and bidi ones), trimmed: what was meant;
 * undefined when `value` is no string or holds none. A tab, line break or other separator is white space, as a space
 * is, not a character to drop: `PS<tab>KR` was offered as `PSKR`, an id nothing has (tester round 75 F1).
 */
export function unseenIn(value: unknown): string | undefined {
  if (typeof value !== 'string' || !(hasInvisible(value) || hasUnsafe(value))) return undefined;
  let out = '';
  for (const ch of withoutInvisible(value)) {
    if (WHITE_CONTROL.test(ch)) out += ' ';
    else if (!isUnsafeCodePoint(ch.codePointAt(0) ?? 0)) out += ch;
  }
  return out.trim();
}

/** A key a quick fix can write as it is, unquoted: letters, digits, `_`, `.` and `-`, not starting with `.` or `-`. */
const plainKey = onFirstUse(() => /^[\p{L}\p{N}_][\p{L}\p{N}._-]*$/u);

/**
 * The hint for an unknown key holding characters that do not show, when without them it is a key its mapping takes
 * (`takes`: an allowed key, or an extension key `x-…`): rename it to that key, or, when that key is written beside it
 * already, remove it (tester round 78 F10: `x\u200b-owner` was told to put extension data under a key starting with
 * x-, which it visibly did). Undefined for a key without such characters, or one that is no key of its mapping without
 * them either.
 */
export function unseenKeyHint(key: string, takes: (key: string) => boolean, isWritten: (key: string) => boolean): Message | undefined {
  const clean = unseenIn(key);
  if (clean === undefined || !plainKey().test(clean) || !takes(clean)) return undefined;
  return isWritten(clean) ? msg('schema.unknown-key.written.hint', { key, guess: clean }) : msg('schema.invisible-key.hint', { key, clean });
}

/**
 * Control characters that separate, as white space does: tab, line feed, vertical tab, form feed, carriage return, the
 * information separators U+001C–U+001F, next line U+0085, and the line and paragraph separators U+2028 and U+2029
 * (tester round 76 F3: `MP1<U+2028>MP2` was still offered as `MP1MP2`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const WHITE_CONTROL = /^[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]$/;

/**
 * The hint for a value with characters that do not show, at `path` of the file's `data`, `clean` without them: that
 * value when it is one of its form (fitsForm) that its field takes (isAccepted), else the form's own hint (tester round
 * 71 F3: `write H I` for an id with a no-break space, `write 2019-02-30`, both errors again, and the language server's
 * quick fix wrote them).
 */
export function unseenHint(clean: string, form: FormName | undefined, schemaPath: string, formHint: () => Message, path: Path, data: unknown): Message {
  const fits = clean !== '' && fitsForm(clean, form, schemaPath) && isAccepted(clean, form, path, data);
  return msg('schema.invisible.hint', { clean: fits ? clean : null, form: fits ? msg0('schema.invisible.again') : formHint() });
}

/**
 * Whether `text` is of its form's pattern: a pattern of the failing schema node (the node that holds the failing
 * keyword, its `anyOf` alternatives and the `$defs` they refer to) or of `form`'s `$defs`. Durations, lags, progress
 * and ranges are written inline or through `$ref` (tester round 72 F4: `5d` was refused).
 */
function fitsForm(text: string, form: FormName | undefined, schemaPath: string): boolean {
  const patterns: string[] = [];
  const collect = (node: Record<string, unknown> | undefined, depth: number): void => {
    if (node === undefined || depth > 4) return;
    if (typeof node['pattern'] === 'string') patterns.push(node['pattern']);
    if (typeof node['$ref'] === 'string') collect(schemaAt(node['$ref']), depth + 1);
    for (const key of ['anyOf', 'oneOf']) if (Array.isArray(node[key])) for (const a of node[key] as Record<string, unknown>[]) collect(a, depth + 1);
  };
  collect(schemaAt(schemaPath.replace(/\/(?:pattern|anyOf|oneOf)$/, '')), 0);
  // A risk's impact has no `$defs` entry of its own: it is the shared estimate's (helper's note, session 51: a valid
  // `1d..2d..3d` with a zero-width space was never offered).
  if (form !== undefined) collect(schemaAt(`#/$defs/${defOfForm(form)}`), 0);
  return patterns.some((p) => new RegExp(p, 'u').test(text));
}

/** The forms of a three-point estimate, each with whether it takes a lead (SPEC §1.6: a lag may be negative). */
const ESTIMATE_SIGNED: ReadonlyMap<FormName, boolean> = new Map<FormName, boolean>([['estimate', false], ['impactEstimate', false], ['lagEstimate', true]]);

/** The keys of an estimate written as a mapping. */
const ESTIMATE_PARTS: ReadonlySet<string> = new Set(['min', 'likely', 'max']);

/**
 * Whether `text`, of its form's pattern at `path` of the file's `data`, is a value its field takes, as the model reads
 * it: a day or period that exists (calendar/period.ts); a three-point estimate in one unit with min ≤ likely ≤ max
 * (calendar/estimate.ts), a part of one written `{min, likely, max}` too; a meeting reference whose day exists;
 * progress with no more started than in total (rule progress-range). Tester round 76 F5: `9d..2d..5d`, `1d..2d..3w`,
 * `PS@2020-02-30` and `7/5` were offered, each an error again.
 */
function isAccepted(text: string, form: FormName | undefined, path: Path, data: unknown): boolean {
  const key = path[path.length - 1];
  const whole = typeof key === 'string' && ESTIMATE_PARTS.has(key) ? formByPlace(path.slice(0, -1)) : undefined;
  const wholeSigned = whole === undefined ? undefined : ESTIMATE_SIGNED.get(whole);
  const parts = valueAt(data, path.slice(0, -1));
  if (wholeSigned !== undefined && parts !== null && typeof parts === 'object') {
    const parsed = parseEstimate({ ...parts, [key as string]: text }, wholeSigned);
    // With another part no duration either, the estimate's order is not known yet: that part's finding says so.
    return parsed.ok || parsed.problem === 'form';
  }
  if (form === undefined) return true;
  if (DATE_FORMS.has(form)) return parseDateValue(text, form === 'dateOrPeriod').ok;
  const signed = ESTIMATE_SIGNED.get(form);
  if (signed !== undefined) return parseEstimate(text, signed).ok;
  if (form === 'meetingRef') return !text.includes('@') || parseDateValue(text.slice(text.lastIndexOf('@') + 1), false).ok;
  if (form === 'progress') {
    const progress = progressOf(text);
    return progress !== undefined && !progressExceeds(progress);
  }
  return true;
}
