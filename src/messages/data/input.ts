// The data of messages about the input itself: YAML syntax (`yaml-syntax.*`), the schema (`schema.*`), dates (`date.*`).

import type { Message } from '../types.js';
import type { LookAlike } from '../../text/look-alike.js';
type Empty = Readonly<Record<never, never>>;

/** Where a schema problem is, in the user's terms: the file, an entity of a list, or a dotted path. */
export type Place =
  | { readonly kind: 'file' }
  | { readonly kind: 'path'; readonly path: string }
  /** `list` is the top-level key (milestones), `id` the entity's id if it has one, `rest` the path inside it. */
  | { readonly kind: 'entity'; readonly list: string; readonly index: number; readonly id: string | null; readonly rest: string | null };

/** What a value is, for "must be a list, not a mapping"; `shown` is the value as JSON, cut short. */
export type ValueKind =
  | { readonly kind: 'empty' | 'list' | 'mapping' }
  | { readonly kind: 'text'; readonly shown: string }
  | { readonly kind: 'other'; readonly type: string; readonly shown: string };

/** The three values of an estimate as written (`5d`), for "min 5d, likely 10d, max 3d". */
export interface EstimateParts {
  readonly min: string;
  readonly likely: string;
  readonly max: string;
}

/** The value forms the schema defines, named in "…, which is not a date or period". */
/** How a plain value starts that YAML reads as another node (`*` an alias, `[` a list, a quoted text with more after it…). */
export type ValueStart = 'alias' | 'list' | 'mapping' | 'quoted' | 'entry' | 'reserved' | 'key' | 'block';

export type FormName =
  | 'dayDate' | 'dateOrPeriod' | 'dayRange' | 'duration' | 'workDuration' | 'estimate' | 'signedDuration' | 'lagEstimate' | 'impactEstimate'
  | 'id' | 'planId' | 'ref' | 'meetingRef'
  | 'dependency' | 'dayDateOrRange' | 'progress';

/** Hints for the yaml library's own errors, by the situation they describe. */
export type SyntaxHint = 'tab-indent' | 'bad-indent' | 'unclosed' | 'multiline-key' | 'list-entry-indent' | 'close-flow' | 'close-quote' | 'generic';

export interface InputMessages {
  /** `text` is the yaml library's own message (English), `code` its error code; nb translates both (nb/yaml-parser.ts). */
  'yaml-syntax.parser': { text: string; code: string };
  /** `latin1` is the byte read as Windows-1252 / Latin-1 (A0–FF), else null. */
  'encoding.invalid-utf8': { byte: string; line: number; column: number; latin1: string | null };
  'encoding.utf32': Record<string, never>;
  'encoding.utf16-odd': { encoding: string };
  'encoding.utf16-surrogate': { encoding: string };
  'encoding.utf16-unmarked': { encoding: string };
  'encoding.utf16': { encoding: string };
  /** `from`: what the file most likely is, for iconv; null when the file is valid but for the bytes at the place. */
  'encoding.hint': { from: 'windows-1252' | 'utf-32' | 'utf-16le' | 'utf-16be' | null };
  /** A plan file (or a directory that may hold some) found in the workspace whose name is not UTF-8: not read (cli/load.ts). */
  'encoding.name-not-utf8': { kind: 'file' | 'directory' };
  /** `mixed`: the name holds valid multi-byte UTF-8 beside the bad bytes (a conversion from Latin-1 would garble it). */
  'encoding.name-hint': { kind: 'file' | 'directory'; mixed?: boolean };
  'yaml-syntax.hint': { situation: SyntaxHint };
  /** `value` is the plain value holding ': ', as it would read quoted. */
  'yaml-syntax.quote-colon.hint': { value: string };
  /**
   * A value that starts the way YAML reads as another node (source/reserved-start.ts): its key (for a list entry, its
   * list's), how, the character.
   */
  'yaml-syntax.reserved-start': { key: string; entry: boolean; start: ValueStart; char: string };
  'yaml-syntax.quote-value.hint': { value: string; entry: boolean };
  /** A list written without its `[ ]` (`require: "PS", "KR"`, `after: - A`). */
  'yaml-syntax.list-without-brackets': { key: string };
  /** A key glued to its value (`date:2019-09-02`): the line as written, its key. */
  'yaml-syntax.colon-without-space': { written: string; key: string };
  /**
   * The pair with a space after the key's colon (`date: 2019-09-02`), for the yaml-syntax finding and the schema's
   * unknown key `id:C` alike; `changed` when its value is not as written (quoted, a second colon dropped: text/glued-key.ts).
   */
  'yaml-syntax.colon-without-space.hint': { line: string; changed: boolean };
  /** A glued key the mapping has already (the related note says where): a space would repeat it. */
  'yaml-syntax.colon-without-space.taken.hint': { key: string };
  'yaml-syntax.colon-without-space.other': { key: string };
  /** A line of two or more glued pairs (`date:2026-03-02 forecast:2026-03-04`): the line as written, its keys. */
  'yaml-syntax.colon-without-space.pairs': { written: string; keys: readonly string[] };
  /** Each pair as it should be written, `key: value`, one to a line. */
  'yaml-syntax.colon-without-space.pairs.hint': { lines: readonly string[] };
  'yaml-syntax.colon-without-space.flow-pairs.hint': { pairs: readonly string[]; changed: boolean };
  /** A line of glued colons that is no pairs and no key glued to a text: what a key and a text with a colon need. */
  'yaml-syntax.colon-in-line.hint': Empty;
  /** A text where a mapping goes that is one of its keys glued to a value: the mapping in braces (`{id: p}`). */
  'schema.glued-mapping.hint': { mapping: string; changed: boolean };
  /** A `key value` line without its colon (`date 2019-09-02`): the line as it should read. */
  'yaml-syntax.missing-colon.hint': { line: string };
  /** A key's value on a line followed by a line indented further: a continuation of that value, not a key of its own. */
  'yaml-syntax.over-indented.hint': { key: string };
  /**
   * `list` and `id`: the entity the mapping belongs to, when known: the top-level key it is under (`milestones`, or
   * `plan` for the header) and the `id` of the nearest mapping around the key.
   */
  'yaml-syntax.duplicate-key': { key: string; list: string | null; id: string | null };
  /** The related note at the mapping's first key of the same name. */
  'yaml-syntax.duplicate-key.first': { key: string };
  'yaml-syntax.duplicate-key.hint': Empty;
  'yaml-syntax.note.unchecked': { plan: string; references: number };
  /** The same note on a file not read for its name. */
  'encoding.note.unchecked': { plan: string; references: number };
  'yaml-syntax.multiple-documents': Empty;
  /** A tab in a line's indentation; `list` and `id` as for duplicate-key: the entry the line is under, when known. */
  'yaml-syntax.tab-indent': { list: string | null; id: string | null };
  /** `spaces`: the indentation the lines around the tab-indented line show it was meant to have (source/indent-tabs.ts). */
  'yaml-syntax.tab-indent.hint': { spaces: number };
  /** A line otherwise blank inside a block scalar, holding a tab. */
  'yaml-syntax.tab-blank.hint': Empty;
  /** `spaces`: what the keys of the entry below show was meant between its `-` and its first key (`-\tid: A`). */
  'yaml-syntax.tab-after-dash.hint': { spaces: number };
  /** `endLine`: the line of the `...` that ended the first document, when no `---` starts the second. */
  'yaml-syntax.multiple-documents.hint': { endLine: number | null };
  'yaml-syntax.too-deep': Empty;
  'yaml-syntax.too-deep.hint': Empty;
  'yaml-syntax.binary': Empty;
  'yaml-syntax.binary.hint': Empty;
  'yaml-syntax.alias-bomb': { limit: number };
  /** More aliases in a file than the full parser resolves in reasonable time (source/full-parse.ts MAX_ALIASES). */
  'yaml-syntax.too-many-aliases': { count: number; limit: number };
  'yaml-syntax.alias-bomb.hint': Empty;
  'yaml-syntax.too-many-aliases.hint': Empty;
  'yaml-syntax.unknown-alias': { name: string };
  'yaml-syntax.unknown-alias.hint': { name: string };
  /** `tag` as written in the file (`!!binary`, `!local`). */
  'yaml-syntax.tag': { tag: string };
  'yaml-syntax.tag.hint': Empty;
  /** A mapping key that is a mapping or a list (`{id: A}: 1`). */
  'yaml-syntax.collection-key': Empty;
  'yaml-syntax.collection-key.hint': Empty;
  /** Sizes in MB (2^20 bytes), rounded. */
  'yaml-syntax.too-large': { sizeMb: number; limitMb: number };
  'yaml-syntax.too-large.hint': Empty;

  'schema.empty-file': Empty;
  'schema.empty-file.hint': Empty;
  'schema.required': { place: Place; key: string };
  'schema.required.hint': { key: string; description: string | null };
  'schema.unknown-key': { place: Place; key: string };
  /** For a key outside a closed mapping; `guess` is the closest allowed key. */
  'schema.unknown-key.hint': { guess: string | null; allowed: readonly string[] };
  /** A key written in Norwegian (`frist`) for the English one the file format takes (`deadline`). */
  'schema.norwegian-key.hint': { key: string; english: string };
  /** The same, when the mapping has the English key as well: the Norwegian one is to go. */
  'schema.norwegian-key.both.hint': { key: string; english: string };
  /** `norwegian`: `key` is the Norwegian name of `other`, else a near spelling of it. */
  'schema.written-twice.move.hint': { key: string; other: string; norwegian: boolean };
  /** An unknown key nearest to a key its mapping has already (`dat` beside `date`). */
  'schema.unknown-key.written.hint': { key: string; guess: string };
  'schema.merge-key.hint': Readonly<Record<never, never>>;
  /** A status written in another word for `status` (the word as written, escaped). */
  /** `value`: the allowed word that `written` is in other letters (or with blanks around it). */
  'schema.enum-case.hint': { written: string; value: string };
  /** `duration`: what `written` (`5 dager`) is as a plan file writes a duration (`5d`). */
  /** An `after` entry written `<ref>+<lag>` (the CSV import's form, SPEC §10): the entry as a mapping (tester round 94 F5). */
  'schema.after-lag.hint': { id: string; lag: string };
  /** `points`: a three-point mapping's values, min, likely and max, each its field's fix (its written form is `duration`). */
  'schema.duration-words.hint': { written: string; duration: string; points?: readonly string[] };
  'schema.status-word.hint': { written: string; status: string };
  /** For a key outside a mapping whose keys follow a pattern (`rules`). */
  'schema.unknown-name.hint': { guess: string | null; allowed: readonly string[] };
  'schema.no-header': { key: string };
  'schema.no-header.hint': Empty;
  'schema.type': { place: Place; types: readonly string[]; value: ValueKind };
  'schema.enum': { place: Place; shown: string; allowed: readonly string[] };
  /** A value that is neither a number nor the one word allowed beside numbers (a health threshold: a number or `off`). */
  /** `written`: the number it was meant as, when it is one in quotes or with a decimal comma (`comma`). */
  'schema.number-or': { place: Place; shown: string; word: string; written: string | null; comma: boolean };
  'schema.form': { place: Place; shown: string; form: FormName | null };
  'schema.too-long': { place: Place; shown: string; part: string | null; max: number };
  'schema.too-long.hint': { max: number };
  'schema.form.hint': { form: FormName };
  /** `joined`: the body and date were written apart (`PS 2019-08-28`), not joined by `@` (tester round 94 F5). */
  'schema.meeting-date.hint': { ref: string; joined?: true };
  /**
   * `body`: the body id as written, which the id pattern refuses; `date`: the reference's day; `written`: the reference
   * with the body spelt in an id's characters, when it reads so; `guess`: a body's reference that day.
   */
  'schema.meeting-body.hint': { body: string; date: string; written: string | null; guess: string | null };
  /** `shown`: the character ids do not have, quoted (a combining mark as its escape); `written`: the value that reads so. */
  /** `lookAlike`: the code point (and script) of a character `shown` that looks like an ASCII one, else null. */
  'schema.id-char.hint': { shown: string; lookAlike: LookAlike | null; form: 'id' | 'planId' | 'ref'; written: string | null };
  'schema.ref-case.hint': { ref: string };
  /**
   * A reference whose offered value (`written`) its list has already, at 1-based `entry`, or (`entry` null) that is the
   * milestone itself in its own `after`: the entry to remove (tester round 77 F5).
   */
  /** `entry`: the index (0-based, as `after[2]`) of the entry of `list` that names `written`; null for the milestone itself. */
  /** `offered`: that entry is unknown too and names the id only as meant (tester round 83 F10). */
  'schema.listed.hint': { written: string; list: string; entry: number | null; offered?: boolean };
  /** As schema.listed.hint, for an `after` entry whose lag (`lags[1]`) is not that of the entry it repeats (`lags[0]`). */
  'schema.listed.lags.hint': { written: string; list: string; entry: number; lags: readonly [string, string]; offered?: boolean };
  /** A value holding characters that do not show (text/invisible.ts, bidi and control characters): the value without them. */
  'schema.invisible.again': Empty;
  /** `clean`: the value without them, null when it is no value of its form either: `form` then says what is. */
  /** An unknown key that is `clean` without characters that do not show (`key` as written): rename it. */
  'schema.invisible-key.hint': { key: string; clean: string };
  'schema.invisible.hint': { clean: string | null; form: Message };
  /** The value without the characters that do not show, `clean`, which names no `kind` (tester round 78 F17). */
  'schema.invisible.unknown': { clean: string; kind: 'milestone' | 'body' | 'meeting' };
  'schema.quote.hint': { shown: string; anchor?: { name: string; line: number } };
  /** A number written with a decimal comma (`0,3`), which YAML reads as text: `fixed` with a point. */
  'schema.decimal-comma.hint': { written: string; fixed: string };
  /** `key: 0,9` in a flow mapping, read as `key: 0` and a key `9`: the comma ended the value. */
  'schema.decimal-comma.key.hint': { key: string; written: string };
  /** A single value where a list goes (`require: PS`): the list it should be, `[PS]`, under its key. */
  'schema.list.hint': { key: string; item: string };
  'schema.compact-date.hint': { date: string };
  /** `year`: the number written, as four digits. */
  'schema.short-year.hint': { year: string };
  /** A year written as a number that is no year at all (0, negative, a fraction). */
  'schema.year-range.hint': Empty;
  /** A three-point estimate (SPEC §1.6) with parts as written. */
  'schema.estimate-units': { place: Place; parts: EstimateParts };
  'schema.estimate-units.hint': Empty;
  'schema.estimate-order': { place: Place; parts: EstimateParts };
  'schema.estimate-order.hint': Empty;
  /** `first`, `later`: the entries' indices in the list (0-based, as `after[2]`: list-entry.ts); all three null when ajv did not name them. */
  'schema.unique': { place: Place; shown: string | null; first: number | null; later: number | null };
  'schema.unique.hint': Empty;
  /**
   * An `after` entry that repeats an earlier entry's link, the same predecessor with the same link type, otherwise
   * than in the same words (model RepeatedLink; same words and lag: `schema.unique`). `first`, `later`: the entries'
   * indices (0-based); `written`: each one's reference as shown (the same text twice when written alike); `lags`: each
   * one's lag as written (0d when none), or null when they are the same.
   */
  'schema.repeated-link': { place: Place; first: number; later: number; written: readonly [string, string]; lags: readonly [string, string] | null };
  /** For two entries of one link with different lags: `lag` is `list[first]`'s (0-based), the one the schedule keeps. */
  /** `lag`: the lag the schedule uses, the first entry's; null when that entry makes no link (it names nothing scheduled). */
  'schema.repeated-link.hint': { list: string; first: number; lag: string | null };
  /** A list of milestones naming one twice, written otherwise (`X`, `plan/X`): both as written, 0-based entry indices. */
  'schema.repeated-milestone': { place: Place; first: number; later: number; written: readonly [string, string] };
  /** A milestone's `meetings` naming one twice, written otherwise (its id, `<body>@<date>`): as repeated-milestone. */
  'schema.repeated-meeting': { place: Place; first: number; later: number; written: readonly [string, string] };
  /** The related note at the entry kept, `list[first]` (0-based), and the link's type. */
  'schema.repeated-link.kept': { list: string; first: number; type: string };
  /** The note at the first entry of a list that a later entry repeats, `list[first]` (0-based): the one kept. */
  'schema.repeated.kept': { list: string; first: number };
  'schema.empty-list': { place: Place };
  /** A keyword milepel has no words for: ajv's own text, or null. */
  'schema.other': { place: Place; text: string | null };
  /** A number beyond a bound of the schema: at least, at most, greater than or less than `limit`. */
  'schema.range': { place: Place; shown: string; bound: 'at-least' | 'at-most' | 'above' | 'below'; limit: number };
  'schema.month-year.hint': { month: string };
  /**
   * A day written another way (`31.08.2025`, `2025-8-31`, `"2020-01-10 "`): `date` is it as YYYY-MM-DD, which the
   * language server offers as a quick fix; `written` the value as written (shown quoted: a space around it shows).
   */
  /** `date`: the day, or with `quarter` the quarter (`2019-Q3` for `Q3 2019`: tester round 94 F5), as a plan file writes it. */
  'schema.lenient-date.hint': { written: string; date: string; quarter?: true };
  /** The schema's `description` of the value as written there (English; catalogues translate and lower-case it), or null when it has none. */
  'schema.described': { description: string | null };

  'date.period-not-allowed': { written: string };
  'date.year-zero': { text: string };
  'date.no-month': { text: string; month: string };
  'date.no-day': { text: string };
  'date.reversed-range': { text: string };
  'date.reversed-range.hint': { range: string };
  'date.days-in-month': { text: string; month: number; year: string; days: number };
  'date.not-quarter': { text: string };
  'date.not-month': { text: string };
  /** `shown` is the value quoted and cut short; `allowPeriod` lists the period forms as well. */
  /** `dotted`: DD.MM.YYYY is taken too (a command line's date, not a plan file's). */
  'date.not-a-date': { shown: string; allowPeriod: boolean; dotted?: boolean };
}
