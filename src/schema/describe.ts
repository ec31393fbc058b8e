// One ajv error as the 'schema' problem the user reads: the message at the offending value, and the hint that fixes it.
import { MAX_DURATION_N } from '../calendar/duration.js';
import { showInvisible } from '../text/invisible.js';
import { unseenHint, unseenIn, unseenKeyHint } from './unseen-hint.js';
import { idCharHint } from './id-char-hint.js';
import type { AjvError } from './ajv-error.js';
import type { Path } from '../source/parse.js';
import type { WrittenAt } from '../source/written-number.js';
import { msg, msg0, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';
import { closestWord } from '../text/closest.js';
import type { SchemaProblem } from './check.js';
import { englishKeyFor } from './norwegian-keys.js';
import { writtenTwiceHint } from './written-twice.js';
import { gluedId, gluedKeyHint, gluedMappingHint } from './glued-key.js';
import { splitGluedKey } from '../text/glued-key.js';
import { unquote } from '../text/quoted-scalar.js';
import { meetingHint } from './meeting-hint.js';
import { listedOffer } from './listed-offer.js';
import { meetingNamedBy } from './meeting-name.js';
import { offeredValue } from './taken-id.js';
import { placeOf, pointerToPath, valueAt } from './place.js';
import { allowedKeys, descriptionOf, formByPlace, formOf, nearestDescription, takesKey } from './schema-lookup.js';
import { compactDay, kindOf, planLowered, show } from './value-display.js';
import { DATE_FORMS, listItems, monthYear, writtenDayHint } from './value-hints.js';
import { afterLagHint, durationWordsHint, estimateFieldsHint, POINTS } from './duration-words.js';
import { STATUS_WORDS } from '../model/status-words.js';

/** The forms whose values are durations or lags: a number of units the schema allows at most five digits of. */
const DURATION_FORMS: ReadonlySet<FormName> = new Set<FormName>(['duration', 'workDuration', 'estimate', 'signedDuration', 'lagEstimate', 'impactEstimate']);
/** Forms whose values are text as written: one YAML read as a number is right once quoted. */
const TEXT_FORMS: ReadonlySet<FormName> = new Set<FormName>(['id', 'planId', 'ref', 'meetingRef', 'dependency']);

/**
 * The part of a duration, lag or `min..likely..max` estimate written in the right form but with more units than the
 * schema allows (`999999d`), or undefined when the value has some other fault: such a value is then explained by its
 * size rather than as "not a duration" (a tester's finding).
 */
function partTooLong(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split('..');
  if (parts.length !== 1 && parts.length !== 3) return undefined;
  let long: string | undefined;
  for (const part of parts) {
    const match = /^-?([0-9]+)(d|w|ed|ew)$/.exec(part);
    if (match === null) return undefined;
    if (long === undefined && Number(match[1]) > MAX_DURATION_N) long = part;
  }
  return long;
}

/**
 * The text a number at a path is written as in the file (with the anchor that writes it, for one reached through an
 * alias), or undefined to show the number as read.
 */
export type WrittenNumber = (path: Path, value: number) => WrittenAt | undefined;

/** A number written with a decimal comma, as Norwegian writes it (`0,3`, `-1,25`). */
const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*$/;

/** What describe asks of a mapping with unknown keys, found once per mapping (mappingFacts). */
interface MappingFacts {
  /** How many keys it has. */
  readonly keys: number;
  /** Its first key glued to a text or to nothing, by the key it glues (`{id:M, id:N}`: `id` → `id:M`). */
  readonly firstGlued: ReadonlyMap<string, string>;
  /** Its first key whose value is a number (`{cpli: 0,9}`: `cpli`). */
  readonly firstNumber: string | undefined;
}

const factsOf = new WeakMap<object, MappingFacts>();

/**
 * The facts of `holder`, made once per mapping: each unknown key's finding asks them, and a mapping of 6,000 glued
 * keys, each listing the mapping's keys again, took 5 s (20,000: over 3 minutes).
 */
function mappingFacts(holder: Readonly<Record<string, unknown>>): MappingFacts {
  const known = factsOf.get(holder);
  if (known !== undefined) return known;
  const firstGlued = new Map<string, string>();
  const keys = Object.keys(holder);
  for (const k of keys) {
    const v = holder[k];
    const glued = v === null || typeof v === 'string' ? splitGluedKey(k) : undefined;
    if (glued !== undefined && !firstGlued.has(unquote(glued.key))) firstGlued.set(unquote(glued.key), k);
  }
  const facts = { keys: keys.length, firstGlued, firstNumber: keys.find((k) => typeof holder[k] === 'number') };
  factsOf.set(holder, facts);
  return facts;
}

export function describe(error: AjvError, data: unknown, writtenNumber?: WrittenNumber): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const place = placeOf(path, data);
  const value = valueAt(data, path);
  // The value at the problem's place as written: `12.2020`, not the 12.202 YAML reads (a number's text is lost there);
  // a hexadecimal or octal number with the value YAML reads (`0x3E7 (999)`: "is 0x3E7; it must be at least 1000"
  // left the reader to convert it, tester round 89 F1).
  const written = typeof value === 'number' ? writtenNumber?.(path, value) : undefined;
  const asText = (): string => written?.text ?? show(value);
  const inRadix = (): boolean => /^0[xo]/.test(asText());
  const shown = (): string => (inRadix() ? `${asText()} (${show(value)})` : asText());
  const described = (property?: string): Message => msg('schema.described', { description: descriptionOf(error.schemaPath, property) });
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params['missingProperty']);
      return { path, key: false, message: msg('schema.required', { place, key: missing }), hint: msg('schema.required.hint', { key: missing, description: descriptionOf(error.schemaPath, missing) }) };
    }
    case 'additionalProperties': {
      const extra = String(error.params['additionalProperty']);
      const allowed = allowedKeys(error.schemaPath, path);
      const english = englishKeyFor(extra, allowed);
      const holder = valueAt(data, path);
      const isWritten = (key: string): boolean => holder !== null && typeof holder === 'object' && Object.hasOwn(holder, key);
      const guess = closestWord(extra, allowed) ?? null;
      const hasEnglish = english !== undefined && isWritten(english);
      // `<<` is YAML 1.1's merge key, which YAML 1.2 (what milepel reads, SPEC §1) has not: say that, not the key list.
      // A guess written beside it already is a key to remove, not to rename to: renaming `title2` to the `title` the
      // risk has repeated a key (tester round 49 F3, the language server's quick fix).
      // `{cpli: 0,9}` or `{lag: 2,5d}`: the comma ended the number, and what followed it became a key of its own
      // (tester round 65 F1, F2: "remove 5d", or a key 9 beside cpli: 0, the decimal comma unsaid).
      const commaOf = /^\d+[a-z]*$/i.test(extra) && isWritten(extra) && (holder as Record<string, unknown>)[extra] === null ? mappingFacts(holder as Record<string, unknown>).firstNumber : undefined;
      // A key that is one its mapping takes but for characters that do not show (tester round 78 F10: `x\u200b-owner`).
      const unseen = unseenKeyHint(extra, (key) => takesKey(error.schemaPath, path, key), isWritten);
      // `{id:M, id:N}`: a space after each colon would write id twice; the second is told the mapping has it already
      // (tester round 89 F2), as one written with its space is.
      const gluedBefore = (key: string): boolean => {
        const first = mappingFacts(holder as Record<string, unknown>).firstGlued.get(key);
        return first !== undefined && first !== extra;
      };
      const glued = isWritten(extra) ? gluedKeyHint(extra, (holder as Record<string, unknown>)[extra], allowed, (key) => isWritten(key) || gluedBefore(key)) : undefined;
      // `after: [MP5, {id:MP5}]`: with the space, the entry names what another names, or the milestone itself; its
      // offer is checked for a cycle by the rule. A mapping with a lag or type too (`{id:MP5, type:SS}`) is another
      // link, or one to keep with the lag meant: only its naming the milestone itself is told here (tester round 87
      // F2, round 88 N1).
      const gluedOffer = glued?.id === 'yaml-syntax.colon-without-space.hint' || glued?.id === 'yaml-syntax.colon-without-space.flow-pairs.hint' ? gluedId(extra) : null;
      const alone = gluedOffer !== null && glued!.id === 'yaml-syntax.colon-without-space.hint' && mappingFacts(holder as Record<string, unknown>).keys === 1;
      const checked = gluedOffer !== null ? listedOffer(glued!, [...path, 'id'], data, gluedOffer) : undefined;
      const listed = checked !== undefined && (alone || (checked.hint.id === 'schema.listed.hint' && checked.hint.data.entry === null)) ? checked : undefined;
      const hint = listed !== undefined ? listed.hint
        : glued !== undefined ? glued
        : commaOf !== undefined ? msg('schema.decimal-comma.key.hint', { key: commaOf, written: `${String((holder as Record<string, unknown>)[commaOf])},${extra}` })
        : extra === '<<' ? msg0('schema.merge-key.hint')
        : unseen !== undefined ? unseen
        : english !== undefined ? (hasEnglish ? writtenTwiceHint(extra, english, holder as Record<string, unknown>, true, msg('schema.norwegian-key.both.hint', { key: extra, english })) : msg('schema.norwegian-key.hint', { key: extra, english }))
        : guess !== null && isWritten(guess) ? writtenTwiceHint(extra, guess, holder as Record<string, unknown>, false, msg('schema.unknown-key.written.hint', { key: extra, guess }))
        : msg('schema.unknown-key.hint', { guess, allowed });
      return { path: [...path, extra], key: true, message: msg('schema.unknown-key', { place, key: showInvisible(extra) }), hint, ...(gluedOffer === null || hint !== glued ? {} : { offer: gluedOffer }), ...(listed?.entry === undefined ? {} : { entry: listed.entry }) };
    }
    case 'dependentRequired': {
      // At the key that needs the header (`risks:`), not the file's first key (tester round 30 F1).
      const key = String(error.params['property']);
      return { path: [...path, key], key: true, message: msg('schema.no-header', { key }), hint: msg0('schema.no-header.hint') };
    }
    case 'type': {
      const types = String(error.params['type']).split(',');
      // An id or text YAML read as a number or a boolean (`id: 0x1F` is 31, `id: 1e3` 1000, `title: true`): quoted, it
      // is what was meant. A duration or a date written as a bare number is not: its form says what is missing.
      const form = formOf(error.schemaPath) ?? formByPlace(path);
      // A null where a day date goes (`actual: ~`) is worded as a null forecast is: "is null, which is not a date"
      // (tester round 46 F8: "must be text, not empty" beside it).
      if (value === null && form !== undefined && DATE_FORMS.has(form)) {
        return { path, key: false, message: msg('schema.form', { place, shown: shown(), form }), hint: msg('schema.form.hint', { form }) };
      }
      const readAsOther = types.includes('string') && (typeof value === 'number' || typeof value === 'boolean') && (form === undefined || TEXT_FORMS.has(form));
      // One value where a list goes (`require: PS`, `after: M1`): the list it should be (tester round 33 F5).
      const key = path[path.length - 1];
      const asList = types.length === 1 && types[0] === 'array' && typeof key === 'string' && (typeof value === 'string' || typeof value === 'number') ? (typeof value === 'number' ? JSON.stringify(asText()) : listItems(key, value)) : undefined;
      // The quote hint says what YAML read (1.5 for `1.50`), which the message shows as written.
      // `probability: 0,3`: a decimal comma, which YAML reads as text (tester round 65 F2).
      const comma = types.includes('number') && typeof value === 'string' && DECIMAL_COMMA.test(value);
      // A mapping of one line whose key is glued to its value (`plan: id:p`): the text `id:p` (round 79 F2, 80 F1).
      const glued = types.includes('object') && typeof value === 'string' ? gluedMappingHint(value, allowedKeys(error.schemaPath.replace(/\/type$/, ''), path)) : undefined;
      // Quoted, a reference keeps its text as written: what another entry of its list names, or the milestone itself.
      // Only a number whose text is known (`0x5` reads as 5, and quoted keeps 0x5: tester round 87 F5).
      // Through an alias, the quotes go where its anchor writes the number (tester round 89 F6).
      const asWritten = written?.text;
      const quoteHint = msg('schema.quote.hint', { shown: show(value), ...(written?.anchor === undefined ? {} : { anchor: written.anchor }) });
      const quoted = readAsOther && asWritten !== undefined ? listedOffer(quoteHint, path, data, asWritten) : undefined;
      // A duration written as a bare number (`window: 30`, `critical: 5`, a gate's `ready.lead: 10`): in days, as under
      // `lag` and `duration` (tester round 98 F8: these fields, a string in the schema, got the general hint).
      const inDays = typeof value === 'number' && form !== undefined && DURATION_FORMS.has(form) ? durationWordsHint(value, form) : undefined;
      const hint = glued !== undefined ? glued
        : inDays !== undefined ? inDays
        : comma ? msg('schema.decimal-comma.hint', { written: (value as string).trim(), fixed: (value as string).trim().replace(',', '.') })
        : quoted !== undefined ? quoted.hint
        : readAsOther ? quoteHint : asList !== undefined ? msg('schema.list.hint', { key: key as string, item: asList }) : described();
      return { path, key: false, message: msg('schema.type', { place, types, value: typeof value === 'number' ? { kind: 'other', type: Number.isFinite(value) ? 'number' : 'value', shown: shown() } : kindOf(value) }), hint, ...(quoted?.entry === undefined || hint !== quoted.hint ? {} : { entry: quoted.entry, offer: asWritten! }) };
    }
    case 'enum': {
      const allowed = error.params['allowedValues'] as unknown[];
      // A RAG status in Norwegian (as `set --status` and import take it) or as amber: the word the file takes.
      const rag = allowed.includes('green') && typeof value === 'string' ? STATUS_WORDS.get(value.trim().toLowerCase()) : undefined;
      // Characters that do not show around an allowed word (`red` + U+200B): the word (tester round 72 F5).
      const unseen = unseenIn(value);
      // An allowed word in other letters (`type: fs`): that word (tester round 94 F5).
      const cased = typeof value === 'string' ? allowed.find((a): a is string => typeof a === 'string' && a !== value && a.toLowerCase() === value.trim().toLowerCase()) : undefined;
      const hint = unseen !== undefined && allowed.includes(unseen) ? msg('schema.invisible.hint', { clean: unseen, form: msg0('schema.invisible.again') })
        : rag !== undefined ? msg('schema.status-word.hint', { written: showInvisible(value as string), status: rag })
        : cased !== undefined ? msg('schema.enum-case.hint', { written: showInvisible(value as string), value: cased }) : described();
      return { path, key: false, message: msg('schema.enum', { place, shown: shown(), allowed: allowed.map(show) }), hint };
    }
    case 'const': {
      // The one word a value may be besides its other form (a health threshold: a number, or `off`); the hint is the
      // nearest description up the schema, which names both. Until 1 Dec 2026: ajv's "must be equal to constant".
      // Said as neither, not as "not one of off", which hid the usual value, a number (tester round 64 F5); a number
      // written in quotes is told to lose them.
      const comma = typeof value === 'string' && DECIMAL_COMMA.test(value);
      const written = comma ? (value as string).trim().replace(',', '.') : typeof value === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? value.trim() : null;
      const word = show(error.params['allowedValue']);
      const message = error.schemaPath.includes('/anyOf/') ? msg('schema.number-or', { place, shown: shown(), word, written, comma }) : msg('schema.enum', { place, shown: shown(), allowed: [word] });
      return { path, key: false, message, hint: msg('schema.described', { description: nearestDescription(error.schemaPath) }) };
    }
    case 'anyOf':
    case 'oneOf':
    case 'pattern': {
      const form = formOf(error.schemaPath) ?? formByPlace(path);
      // A number or true/false YAML read in `after` (`after: [100]`, `{id: 100, lag: 1d}`: ids of digits, as an import
      // from a sheet or MS Project writes them quoted): the type finding `require` and `goal` get, at the id, whose
      // hint says to quote it (tester round 79 F1: "which is not a dependency, write a reference").
      const unquoted = form === 'dependency' ? unquotedId(value) : undefined;
      if (unquoted !== undefined) {
        const pointer = unquoted === 'entry' ? error.instancePath : `${error.instancePath}/id`;
        return describe({ ...error, keyword: 'type', instancePath: pointer, schemaPath: `${error.schemaPath}/type`, params: { type: 'string' } }, data, writtenNumber);
      }
      const tooLong = form !== undefined && DURATION_FORMS.has(form) ? partTooLong(value) : undefined;
      if (tooLong !== undefined) {
        return { path, key: false, message: msg('schema.too-long', { place, shown: shown(), part: tooLong === value ? null : tooLong, max: MAX_DURATION_N }), hint: msg('schema.too-long.hint', { max: MAX_DURATION_N }) };
      }
      const meeting = form === 'meetingRef' ? meetingHint(value) : undefined;
      const lowered = form === 'ref' || form === 'dependency' ? planLowered(value) : undefined;
      const dayHint = form !== undefined && DATE_FORMS.has(form) && typeof value === 'string' ? writtenDayHint(value, form) : undefined;
      // A point of a three-point mapping (`likely: "2"` beside `min: 1`): the whole mapping's hint when each of its
      // points is a whole number, so that one fix writes them all (tester round 100 F3: the fix wrote `likely` alone,
      // and the bare `min` and `max` were then a finding of their own).
      const point = path.length > 1 && (POINTS as readonly unknown[]).includes(path[path.length - 1]) ? path.slice(0, -1) : undefined;
      const mappingHint = point === undefined ? undefined : estimateFieldsHint(valueAt(data, point), formByPlace(point));
      const durationHint = mappingHint ?? (typeof value === 'string' || typeof value === 'number' ? durationWordsHint(value, form) : estimateFieldsHint(value, form));
      const idChar = idCharHint(value, form);
      // `after: [id:A]` or `- id:A`: the text "id:A", meant as the mapping {id: A} (round 79 F2's glued key).
      const isAfterEntry = (form === 'dependency' || form === 'ref') && path[path.length - 2] === 'after';
      const gluedEntry = isAfterEntry && typeof value === 'string' ? gluedKeyHint(value, null, ['id']) ?? afterLagHint(value) : undefined;
      const gluedTarget = gluedEntry?.id === 'yaml-syntax.colon-without-space.hint' ? gluedId(value as string) : null;
      // Characters that do not show (a zero-width space after `A`, pasted from Word): the message said "A" was no
      // reference beside a milestone A (tester round 70 F4).
      const formHint = (): Message => (form !== undefined ? msg('schema.form.hint', { form }) : described());
      const clean = unseenIn(value);
      const invisible = clean !== undefined ? unseenHint(clean, form, error.schemaPath, formHint, path, data) : undefined;
      // With an id's character besides (`å` and a zero-width space), the id-character hint, which drops both, offers the
      // value where the unseen-character hint cannot (tester round 77 F7), as does the meeting hint for a reference's
      // body and date (`Styrø@2020-01-1\u200b0`: round 78 F12).
      const spelt = [idChar, meeting].some((h) => h !== undefined && offeredValue(h) !== null);
      const unseenOffers = invisible !== undefined && !(invisible.id === 'schema.invisible.hint' && invisible.data.clean === null && spelt);
      const offer = unseenOffers ? invisible
        : meeting !== undefined ? meeting
        : lowered !== undefined ? msg('schema.ref-case.hint', { ref: lowered })
        : gluedEntry !== undefined ? gluedEntry
        : idChar !== undefined ? idChar
        : dayHint !== undefined ? dayHint
        : durationHint !== undefined ? durationHint
        : form !== undefined ? msg('schema.form.hint', { form }) : described();
      // Never a reference its list has already, nor a milestone's own id in its `after` (tester round 77 F5).
      const { hint, entry } = listedOffer(offer, path, data, offer === gluedEntry ? gluedTarget : undefined);
      const fixOffer = offer === gluedEntry && hint === offer && entry !== undefined && gluedTarget !== null ? { offer: gluedTarget } : {};
      const named = meetingNamedBy(path, data, offeredValue(hint));
      return { path, key: false, message: msg('schema.form', { place, shown: shown(), form: form ?? null }), hint, ...(typeof value === 'string' ? { written: value } : {}), ...(named === undefined ? {} : { meeting: named }), ...(entry === undefined ? {} : { entry }), ...fixOffer };
    }
    case 'uniqueItems': {
      // ajv names the two equal entries (i, j); the later one is the repetition, which the finding points at and
      // prune.ts leaves out.
      const first = Math.min(Number(error.params['i']), Number(error.params['j']));
      const later = Math.max(Number(error.params['i']), Number(error.params['j']));
      if (!Number.isInteger(first) || !Number.isInteger(later) || !Array.isArray(value)) return { path, key: false, message: msg('schema.unique', { place, shown: null, first: null, later: null }), hint: msg0('schema.unique.hint') };
      return { path: [...path, later], key: false, message: msg('schema.unique', { place, shown: show(value[later]), first, later }), hint: msg0('schema.unique.hint') };
    }
    case 'minItems':
      return { path, key: false, message: msg('schema.empty-list', { place }), hint: described() };
    case 'propertyNames': {
      const name = String(error.params['propertyName']);
      const allowed = allowedKeys(error.schemaPath.replace(/\/propertyNames$/, ''));
      const guess = closestWord(name, allowed) ?? null;
      return { path: [...path, name], key: true, message: msg('schema.unknown-key', { place, key: showInvisible(name) }), hint: msg('schema.unknown-name.hint', { guess, allowed }) };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      // A date written as a number that is no whole year (`date: 06.2026`, June 2026 as Norwegians write it, which YAML
      // reads as 6.2026): not a date or period, as `2026.06` is said to be (tester round 25 F6).
      const isDate = error.schemaPath.includes('/dateOrPeriod/') || (formOf(error.schemaPath) ?? formByPlace(path)) === 'dateOrPeriod';
      if (isDate && typeof value === 'number' && !Number.isInteger(value)) {
        const month = monthYear(value);
        const form = 'dateOrPeriod';
        return { path, key: false, message: msg('schema.form', { place, shown: shown(), form }), hint: month !== undefined ? msg('schema.month-year.hint', { month }) : msg('schema.form.hint', { form }) };
      }
      // A day written without its dashes (`date: 20260105`), which YAML reads as a number and the schema as a year.
      const day = error.keyword === 'maximum' ? compactDay(value) : undefined;
      // A year written as a number below 1000 (`date: 123`, or `0999`, which YAML reads as 999): SPEC §2's YYYY is four
      // digits, and an auditor's 123 was read as the year 0123. Years run from 0001: for 0 or a negative number the
      // hint says so and quotes no year, since "0000" was itself an invalid date (a tester's finding).
      const shortYear = error.keyword === 'minimum' && isDate && typeof value === 'number';
      // A number written in hexadecimal or octal (`0x3E7`) is no year written short: how a date is written (tester
      // round 90: the hint spoke of "0999").
      const hint = day !== undefined ? msg('schema.compact-date.hint', { date: day })
        : isDate && inRadix() ? msg('schema.form.hint', { form: 'dateOrPeriod' })
        : shortYear && Number.isInteger(value) && value >= 1 ? msg('schema.short-year.hint', { year: String(value).padStart(4, '0') })
        : isDate ? msg0('schema.year-range.hint')
        // A bound inside an alternative (a health share: a number from 0 to 100, or `off`) is described above it.
        : msg('schema.described', { description: descriptionOf(error.schemaPath) ?? nearestDescription(error.schemaPath) });
      // The bound in words of the locale, not ajv's English `must be <= 1` (tester round 25 F5).
      const limit = Number(error.params['limit']);
      const bound = error.keyword === 'minimum' ? 'at-least' : error.keyword === 'maximum' ? 'at-most' : error.keyword === 'exclusiveMinimum' ? 'above' : 'below';
      return { path, key: false, message: msg('schema.range', { place, shown: shown(), bound, limit }), hint };
    }
    default:
      return { path, key: false, message: msg('schema.other', { place, text: error.message ?? null }), hint: described() };
  }
}

/** Whether an `after` entry is a number or true/false YAML read (`entry`), or a mapping whose `id` is one (`id`). */
function unquotedId(value: unknown): 'entry' | 'id' | undefined {
  const isScalar = (v: unknown): boolean => typeof v === 'number' || typeof v === 'boolean';
  if (isScalar(value)) return 'entry';
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'id') && isScalar((value as Record<string, unknown>)['id']) ? 'id' : undefined;
}
