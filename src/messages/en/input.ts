// English texts of the messages about the input: YAML syntax, the schema, dates.
import { asClause } from '../../text/lower-first.js';
import { quoteText } from '../../text/quote.js';
import { showInvisible } from '../../text/invisible.js';
import { listEntry } from '../list-entry.js';
import { holidayName, weekdayName } from '../../calendar/index.js';
import type { CalendarMessages } from '../data/calendar.js';
import type { ReportMessages } from '../data/report.js';
import type { EstimateParts, FormName, InputMessages, Place, SyntaxHint, ValueKind, ValueStart } from '../data/input.js';
import type { CataloguePart } from '../types.js';
import type { LookAlike } from '../../text/look-alike.js';

/** A look-alike character's code point, and its script for a letter: ` (U+0410, a Cyrillic letter)`, ` (U+212A)`. */
const lookAlikeNote = (l: LookAlike | null): string => (l === null ? '' : ` (${l.codePoint}${l.script === null ? '' : `, a ${l.script === 'cyrillic' ? 'Cyrillic' : 'Greek'} letter`})`);

/** How a value starts that YAML reads as another node (source/reserved-start.ts). */
const START_EN: Readonly<Record<ValueStart, (char: string) => string>> = {
  alias: () => '"*", which YAML reads as an alias (a reference to an anchor)',
  list: () => '"[", which YAML reads as a list, and more text follows it',
  mapping: () => '"{", which YAML reads as a mapping, and more text follows it',
  quoted: () => 'a quoted text, and more text follows its closing quote',
  entry: () => '"- ", which YAML reads as a list entry',
  reserved: (char) => `"${char}", a character YAML reserves`,
  key: () => '"?", which YAML reads as the start of a key',
  block: (char) => `"${char}", which YAML reads as a block of lines starting on the next line`,
};

/** `a, b or c`: the forms a value may take, in the words of `last`. */
const orList = (forms: readonly string[], last: string): string => (forms.length === 1 ? forms[0]! : `${forms.slice(0, -1).join(', ')} ${last} ${forms[forms.length - 1]!}`);

const NOUNS: ReadonlyMap<string, string> = new Map([['milestones', 'milestone'], ['goals', 'goal'], ['measures', 'measure'], ['bodies', 'body'], ['meetings', 'meeting'], ['risks', 'risk'], ['gates', 'gate']]);

/** "milestone MP3", "plan.calendar.workdays", "after[0] of milestone MP3", "the file". */
function place(p: Place): string {
  if (p.kind === 'file') return 'the file';
  if (p.kind === 'path') return p.path;
  const base = p.id !== null ? `${NOUNS.get(p.list) ?? p.list} ${showInvisible(p.id)}` : `${p.list}[${p.index}]`;
  return p.rest === null ? base : `${p.rest} of ${base}`;
}

const parts = (p: EstimateParts): string => `min ${p.min}, likely ${p.likely}, max ${p.max}`;

const FORMS: Readonly<Record<FormName, { what: string; hint: string }>> = {
  dayDate: { what: 'a day date', hint: 'write the date as YYYY-MM-DD, e.g. 2019-09-27' },
  dateOrPeriod: { what: 'a date or period', hint: 'write YYYY-MM-DD, or a period YYYY, YYYY-Qn or YYYY-MM (e.g. 2020-Q3)' },
  dayRange: { what: 'a day range', hint: 'write YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD' },
  duration: { what: 'a duration', hint: 'write <n><unit> with unit d (working days), w (working weeks), ed (calendar days) or ew (calendar weeks), e.g. 10d' },
  workDuration: { what: 'a duration in working days or weeks', hint: 'write <n>d or <n>w, e.g. 5d' },
  estimate: { what: 'a duration or three-point estimate', hint: 'write <n><unit> (e.g. 10d), or min..likely..max in one unit (e.g. 5d..10d..20d), or {min: 5d, likely: 10d, max: 20d}' },
  signedDuration: { what: 'a lag', hint: 'write <n><unit> or a lead -<n><unit>, with unit d, w, ed or ew, e.g. 10d or -3d' },
  lagEstimate: { what: 'a lag or three-point estimate', hint: 'write <n><unit> (e.g. 10d, or -3d for a lead), or min..likely..max in one unit (e.g. -2d..0d..5d), or {min: -2d, likely: 0d, max: 5d}' },
  impactEstimate: { what: 'a duration or three-point estimate without leads', hint: 'write <n><unit> (e.g. 10d), or min..likely..max in one unit (e.g. 5d..10d..20d), or {min: 5d, likely: 10d, max: 20d}' },
  id: { what: 'an id', hint: 'use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)' },
  planId: { what: 'a plan id', hint: 'use lower-case letters, digits and "-", starting with a letter or digit (e.g. felles-grunnmur)' },
  ref: { what: 'a milestone reference', hint: 'write ID for a milestone of this plan or plan-id/ID for another plan (e.g. akson/MP2)' },
  meetingRef: { what: 'a meeting reference', hint: 'write the meeting\'s id, or <body>@<YYYY-MM-DD> (e.g. NEHS@2019-06-19)' },
  dependency: { what: 'a dependency', hint: 'write a reference (MP2, akson/MP2) or {id: MP2, lag: 10d}' },
  dayDateOrRange: { what: 'a day date or day range', hint: 'write YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD' },
  progress: { what: 'progress "started/total"', hint: 'write the measures started and in total as "started/total", e.g. "1/4"' },
};

const TYPES: Readonly<Record<string, string>> = { object: 'a mapping', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false' };

function kind(v: ValueKind): string {
  switch (v.kind) {
    case 'empty': return 'empty';
    case 'list': return 'a list';
    case 'mapping': return 'a mapping';
    case 'text': return `the text ${v.shown}`;
    case 'other': return `${v.type === 'value' ? 'the value' : v.type} ${v.shown}`;
  }
}

const SYNTAX_HINTS: Readonly<Record<SyntaxHint, string>> = {
  'tab-indent': 'indent with spaces, not tabs',
  'bad-indent': 'line the entries of a mapping or list up under each other, indented with spaces',
  unclosed: 'close the flow collection or quoted string that starts here',
  'multiline-key': 'a key must fit on one line; check the indentation of the previous lines',
  'list-entry-indent': 'indent the keys of a list entry by the same amount as its first key, or start a new entry with "- "',
  'close-flow': 'close the flow collection that starts here with ] or }, on the same line or indented under its key',
  'close-quote': 'close the quoted string that starts here with the same quote character',
  generic: 'fix the YAML syntax at this position',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const inputEn: CataloguePart<keyof InputMessages> = {
  __proto__: null,
  'yaml-syntax.parser': (d) => d.text,
  'encoding.invalid-utf8': (d) => `the file is not valid UTF-8: byte ${d.byte} at line ${d.line}, column ${d.column} is not part of a UTF-8 character${d.latin1 === null ? '' : ` (in Windows-1252 or Latin-1 it is "${d.latin1}")`}`,
  'encoding.utf32': () => 'the file is UTF-32 (it starts with a UTF-32 byte order mark): plan files are UTF-8',
  'encoding.utf16-odd': (d) => `the file starts with a ${d.encoding} byte order mark but has an odd number of bytes`,
  'encoding.utf16-unmarked': (d) => `the file is ${d.encoding} without a byte order mark: plan files are UTF-8`,
  'encoding.utf16': (d) => `the file is ${d.encoding} (it starts with a ${d.encoding} byte order mark): plan files are UTF-8`,
  'encoding.utf16-surrogate': (d) => `the file is ${d.encoding} but holds an unpaired surrogate (invalid ${d.encoding})`,
  'encoding.hint': (d) => (d.from === null
    ? 'the rest of the file reads well: retype the text at this place, or save the file again as UTF-8 from the program that wrote it (converting the whole file from another encoding would garble its other letters)'
    : `save the file as UTF-8 (in Notepad or VS Code: "Save with encoding" → UTF-8; or iconv -f ${d.from} -t utf-8)`),
  'encoding.name-not-utf8': (d) => (d.kind === 'file'
    ? 'the file name is not valid UTF-8, so the file is not read and nothing in it is checked; rename it'
    : 'the directory name is not valid UTF-8, so the plan files in it are not read and nothing in them is checked; rename it'),
  'encoding.name-hint': (d) => d.mixed === true ? `rename the ${d.kind}, retyping the characters shown as \\xNN: the rest of its name is UTF-8 already, which a conversion from Latin-1 (convmv -f latin1) would garble` : `give the ${d.kind} a UTF-8 name, e.g. with convmv --notest${d.kind === 'directory' ? ' -r' : ''} -f latin1 -t utf-8 <name> (-f cp850 for a name unzipped from a zip made on Windows)`,
  'yaml-syntax.hint': (d) => SYNTAX_HINTS[d.situation],
  'yaml-syntax.colon-without-space': (d) => `${d.written} has no space after the colon, so YAML reads it as one text, not as the key ${d.key} and its value`,
  'yaml-syntax.colon-without-space.hint': (d) => `put a space after the colon: ${d.line}`,
  'yaml-syntax.colon-without-space.taken.hint': (d) => `this mapping has ${d.key} already: keep the one meant and remove the other`,
  'yaml-syntax.colon-without-space.other': (d) => `the other ${d.key} is here`,
  'yaml-syntax.colon-without-space.pairs': (d) => `${d.written} has no space after its colons, so YAML reads it as one text, not as the keys ${d.keys.slice(0, -1).join(', ')} and ${d.keys[d.keys.length - 1]} and their values`,
  'yaml-syntax.colon-without-space.pairs.hint': (d) => `write each key on a line of its own, with a space after its colon: ${d.lines.join(', then ')}`,
  'yaml-syntax.colon-without-space.flow-pairs.hint': (d) => `put a space after each colon and a comma between the pairs: ${d.pairs.join(', ')}`,
  'yaml-syntax.colon-in-line.hint': () => 'a key needs a space after its colon (key: value), one key to a line; a text holding a colon goes in quotes',
  'schema.glued-mapping.hint': (d) => `a key is glued to its value: put a space after the colon, in braces: ${d.mapping}`,
  'yaml-syntax.missing-colon.hint': (d) => `put a colon after the key: ${d.line}`,
  'yaml-syntax.over-indented.hint': (d) => `the next line is indented further than ${d.key}, so it reads as part of ${d.key}'s value: line its key up under ${d.key}`,
  'yaml-syntax.reserved-start': (d) => `${d.entry ? 'an entry of' : 'the value of'} ${d.key} starts with ${START_EN[d.start](d.char)}, so YAML does not read it as text`,
  'yaml-syntax.quote-value.hint': (d) => `write it in quotes: ${d.value}`,
  'yaml-syntax.list-without-brackets': (d) => `the value of ${d.key} is a list written without its brackets, which YAML does not read`,
  'yaml-syntax.quote-colon.hint': (d) => `the value holds ": ", which would start a mapping inside it; write it in quotes: ${d.value}`,
  'yaml-syntax.duplicate-key': (d) => `duplicate key ${d.key}${d.list !== null && d.id !== null ? ` in ${d.list === 'plan' ? 'plan' : NOUNS.get(d.list) ?? d.list} ${showInvisible(d.id)}` : ''}: this mapping already has one`,
  'yaml-syntax.duplicate-key.first': (d) => `the first ${d.key} is here`,
  'yaml-syntax.duplicate-key.hint': () => 'remove or rename one of the repeated keys; YAML keeps only one of them',
  'yaml-syntax.note.unchecked': (d, f) => `${f.count(d.references, 'reference', 'references')} in other files (the first here) ${d.references === 1 ? 'names' : 'name'} milestones of plan ${d.plan}, which only this file declares; they are checked once it parses`,
  'encoding.note.unchecked': (d, f) => `${f.count(d.references, 'reference', 'references')} in other files (the first here) ${d.references === 1 ? 'names' : 'name'} milestones of plan ${d.plan}, declared here and in no file that is read; they are checked once this file has a UTF-8 name`,
  'yaml-syntax.tab-indent': (d) => `a tab indents this line${d.list !== null && d.id !== null ? ` (in ${d.list === 'plan' ? 'plan' : NOUNS.get(d.list) ?? d.list} ${showInvisible(d.id)})` : ''}, and YAML indents with spaces only`,
  'yaml-syntax.tab-indent.hint': (d, f) => (d.spaces === 0 ? 'remove the indentation: the lines around it start at the margin' : `indent it with ${f.count(d.spaces, 'space', 'spaces')} instead of the tab, as the lines around it show`),
  'yaml-syntax.tab-blank.hint': () => 'remove the tab: the line is blank, and inside block text a tab is allowed only after the indentation',
  'yaml-syntax.tab-after-dash.hint': (d, f) => `write ${f.count(d.spaces, 'space', 'spaces')} after the - instead of the tab, so the entry's keys line up with spaces`,
  'yaml-syntax.multiple-documents': () => 'the file holds more than one YAML document (a second one starts here); milepel reads one document per file',
  'yaml-syntax.multiple-documents.hint': (d) => (d.endLine !== null
    ? `remove the ... line (line ${d.endLine}), which ends the document, or what follows it`
    : 'remove the --- line, or move the second document into a file of its own'),
  'yaml-syntax.too-deep': () => 'the YAML nests too deeply to read (lists or mappings inside each other hundreds of levels deep)',
  'yaml-syntax.too-deep.hint': () => 'flatten the nested lists or mappings',
  'yaml-syntax.binary': () => 'file is binary (it contains a NUL byte), not YAML',
  'yaml-syntax.binary.hint': () => 'name only YAML plan files, or move this file out of the plans directory',
  'yaml-syntax.alias-bomb': (d) => `aliases expand excessively (more than ${d.limit} nodes): an alias bomb`,
  'yaml-syntax.alias-bomb.hint': () => 'write the repeated data out, or use fewer nested aliases',
  'yaml-syntax.too-many-aliases': (d) => `the file has ${d.count} aliases, more than the ${d.limit} milepel reads in one file; this is the first past them`,
  'yaml-syntax.too-many-aliases.hint': () => 'write the repeated data out where it is used, or split the file',
  'yaml-syntax.unknown-alias': (d) => `unknown alias *${d.name}: no anchor &${d.name} comes before it`,
  'yaml-syntax.unknown-alias.hint': (d) => `put &${d.name} on a value above this line, or write the value here`,
  'yaml-syntax.tag': (d) => `explicit YAML tag ${d.tag}: milepel reads plain YAML 1.2 core values, and a tag turns a value into something no plan field holds (bytes, a set, a timestamp) or means nothing to milepel`,
  'yaml-syntax.collection-key': () => 'a key is a mapping or a list: a key in a plan is a single name (id, title, date …)',
  'yaml-syntax.collection-key.hint': () => 'write the key as a name followed by ": " and its value; an entry of a list starts with "- " (- {id: A, …})',
  'yaml-syntax.tag.hint': () => 'remove the tag; milepel reads plain YAML 1.2 core values (text plain or in quotes, dates as YYYY-MM-DD, lists with "- " or [ ]); only the core schema’s own tags on values they fit (!!str on text, !!int, !!float, !!bool, !!null, !!map, !!seq) are accepted',
  'yaml-syntax.too-large': (d) => `the file is ${d.sizeMb} MB and uses YAML that only the full parser reads (anchors, tags, multi-line strings, tabs, or a syntax error somewhere); milepel reads such files up to ${d.limitMb} MB`,
  'yaml-syntax.too-large.hint': () => 'write the file in plain block style (one key: value per line, lists in [ ] or with "- "), or split it into several files',

  'schema.empty-file': () => 'file is empty: a plan file is a mapping with plan, milestones, bodies or meetings',
  'schema.empty-file.hint': () => 'run `milepel init` for an example, or remove the file',
  'schema.required': (d) => `${place(d.place)} is missing the required key "${d.key}"`,
  'schema.required.hint': (d) => `add ${d.key}: …; ${d.description !== null ? asClause(d.description) : 'see `milepel schema` for the file format'}`,
  'schema.unknown-key': (d) => `unknown key "${d.key}" in ${place(d.place)}`,
  'schema.after-lag.hint': (d) => `a lag is written in the entry, not after the id: {id: ${d.id}, lag: ${d.lag}}`,
  'schema.duration-words.hint': (d) => `write ${d.duration} for ${d.written}: a duration is a whole number and its unit, d (working days), w (working weeks), ed or ew (elapsed)`,
  'schema.enum-case.hint': (d) => `write ${d.value} for ${d.written}: the word is taken in these letters`,
  'schema.status-word.hint': (d) => `write ${d.status} for ${d.written}: a plan file takes green, yellow or red`,
  'schema.merge-key.hint': () => 'a merge key (<<) is YAML 1.1; milepel reads YAML 1.2, which has none: write the keys out in each entry',
  'schema.norwegian-key.both.hint': (d) => `remove ${d.key}: it is Norwegian for ${d.english}, which is written here already`,
  'schema.written-twice.move.hint': (d) => `${d.key} ${d.norwegian ? 'is Norwegian for' : 'looks like'} ${d.other}, which is written here too: move its entries under ${d.other}, then remove ${d.key}`,
  'schema.unknown-key.written.hint': (d) => `remove ${d.key}: it looks like ${d.guess}, which is written here already`,
  'schema.norwegian-key.hint': (d) => `write ${d.english} for ${d.key}: plan files take the English keys (${d.key} is Norwegian for ${d.english})`,
  'schema.unknown-key.hint': (d) => (d.guess !== null ? `did you mean "${d.guess}"? Allowed keys: ${d.allowed.join(', ')}` : `allowed keys: ${d.allowed.join(', ')}; put extension data under a key starting with x-`),
  'schema.unknown-name.hint': (d) => `${d.guess !== null ? `did you mean "${d.guess}"? ` : ''}allowed keys: ${d.allowed.join(', ')}`,
  'schema.no-header': (d) => `the file has ${d.key} but no plan header`,
  'schema.no-header.hint': () => 'add plan: {id: …, title: …} at the top of the file',
  'schema.type': (d) => `${place(d.place)} must be ${d.types.map((t) => TYPES[t] ?? t).join(' or ')}, not ${kind(d.value)}`,
  'schema.enum': (d) => `${place(d.place)} is ${d.shown}, which is not one of ${d.allowed.join(', ')}`,
  'schema.number-or': (d) => `${place(d.place)} is ${d.shown}, which is neither a number nor ${d.word}${d.written === null ? '' : d.comma ? `: a decimal number takes a point; write ${d.written}` : `: a number in quotes is text; write ${d.written} without them`}`,
  'schema.form': (d) => `${place(d.place)} is ${d.shown}, which is not ${d.form !== null ? FORMS[d.form].what : 'a valid value'}`,
  'schema.form.hint': (d) => FORMS[d.form].hint,
  'schema.meeting-date.hint': (d) => (d.joined === true ? `write the body and the date joined by @: ${d.ref}` : `write the date as YYYY-MM-DD: ${d.ref}`),
  'schema.meeting-body.hint': (d) => `a body id has only letters (A–Z, a–z), digits, ".", "_" and "-", starting with a letter, digit or "_": ${quoteText(showInvisible(d.body))} is not one${d.written !== null ? `: write ${quoteText(d.written)}` : ''}${d.guess !== null ? `; did you mean "${d.guess}"?` : ''}`,
  'schema.id-char.hint': (d) => `${d.shown}${lookAlikeNote(d.lookAlike)} cannot be part of ${FORMS[d.form].what}: ${d.form === 'planId' ? 'a plan id uses a–z' : 'ids use A–Z, a–z'} (not æ, ø, å), digits${d.form === 'planId' ? ' and "-"' : ', ".", "_" and "-"'}${d.form === 'ref' ? ', with "/" after a plan id' : ''}${d.written !== null ? `: write ${quoteText(d.written)}` : ''}`,
  'schema.ref-case.hint': (d) => `plan ids are lower case: ${d.ref}`,
  'schema.listed.hint': (d) => `as meant, it is ${quoteText(d.written)}, ${d.entry === null ? 'the milestone itself, which cannot come after itself' : `which ${d.list}[${d.entry}] ${d.offered === true ? 'is meant as already' : 'names already'}`}: remove this entry`,
  'schema.listed.lags.hint': (d) => `as meant, it is ${quoteText(d.written)}, which ${d.list}[${d.entry}] ${d.offered === true ? 'is meant as already' : 'names already'} with lag ${d.lags[0]}, this entry with ${d.lags[1]}: keep one entry, with the lag meant, and remove the other`,
  'schema.invisible.unknown': (d) => `without them it is ${quoteText(d.clean)}, which names no ${d.kind}`,
  'schema.invisible.hint': (d, f) => `it holds characters that do not show, as text pasted from a word processor may: ${d.clean !== null ? `write ${d.clean}` : `remove them; ${f.render(d.form)}`}`,
  'schema.invisible-key.hint': (d) => `it holds characters that do not show, as text pasted from a word processor may: rename it to ${d.clean}`,
  'schema.invisible.again': () => 'write it again by hand',
  'schema.decimal-comma.hint': (d) => `write ${d.fixed}: a decimal number takes a point, not a comma (${d.written} is text)`,
  'schema.decimal-comma.key.hint': (d) => `${d.key}: ${d.written} inside braces is read as ${d.key} and a key after the comma: a decimal number takes a point (0.9), a duration or lag a whole number of units (2d)`,
  'schema.quote.hint': (d) => (d.anchor === undefined ? `YAML reads the value as ${d.shown}: put it in quotes to keep it as text, as written` : `YAML reads the value as ${d.shown} where anchor &${d.anchor.name} writes it (line ${d.anchor.line}): put it in quotes there to keep it as text, as written`),
  'schema.list.hint': (d) => `write it as a list: ${d.key}: [${d.item}]`,
  'schema.compact-date.hint': (d) => `a date is written YYYY-MM-DD: ${d.date}`,
  'schema.short-year.hint': (d) => `a year is written with four digits (YYYY), and one before 1000 in quotes, since YAML reads 0999 as the number 999: "${d.year}"`,
  'schema.year-range.hint': () => 'a year is written with four digits (YYYY), from 0001 to 9999, and one before 1000 in quotes, since YAML reads 0999 as the number 999',
  'schema.too-long': (d) => `${place(d.place)} is ${d.shown}${d.part !== null ? `: ${d.part} is` : ','} more units than milepel computes with (at most ${d.max})`,
  'schema.too-long.hint': (d) => `write at most ${d.max} units (${d.max}d is about 380 years of working days, past any plan's horizon)`,
  'schema.estimate-units': (d) => `${place(d.place)} mixes units (${parts(d.parts)}): a three-point estimate is written in one unit`,
  'schema.estimate-units.hint': () => 'write all three values in the same unit, e.g. 5d..10d..20d or 1w..2w..4w',
  'schema.estimate-order': (d) => `${place(d.place)} is not ordered (${parts(d.parts)}): a three-point estimate needs min ≤ likely ≤ max`,
  'schema.estimate-order.hint': () => 'put the optimistic value first and the pessimistic value last, e.g. 5d..10d..20d',
  'schema.unique': (d) => (d.shown === null ? `${place(d.place)} lists the same value twice` : `${place(d.place)} lists ${d.shown} twice (${listEntry(d.place, d.first!)} and ${listEntry(d.place, d.later!)})`),
  'schema.unique.hint': () => 'remove the repeated entry',
  'schema.repeated-link': (d) => (d.written[0] === d.written[1]
    ? `${place(d.place)} lists ${d.written[0]} twice (${listEntry(d.place, d.first)} and ${listEntry(d.place, d.later)})${d.lags === null ? '' : `, with lags ${d.lags[0]} and ${d.lags[1]}`}`
    : `${place(d.place)} lists the same predecessor twice: ${d.written[0]} (${listEntry(d.place, d.first)}${d.lags === null ? '' : `, lag ${d.lags[0]}`}) and ${d.written[1]} (${listEntry(d.place, d.later)}${d.lags === null ? '' : `, lag ${d.lags[1]}`})`),
  'schema.repeated-link.hint': (d) => `keep one entry, with the lag meant, and remove the other${d.lag === null ? '' : `; until then the schedule uses ${d.list}[${d.first}]'s lag, ${d.lag}`}`,
  'schema.repeated-milestone': (d) => `${place(d.place)} lists the same milestone twice: ${d.written[0]} (${listEntry(d.place, d.first)}) and ${d.written[1]} (${listEntry(d.place, d.later)})`,
  'schema.repeated-meeting': (d) => `${place(d.place)} lists the same meeting twice: ${d.written[0]} (${listEntry(d.place, d.first)}) and ${d.written[1]} (${listEntry(d.place, d.later)})`,
  'schema.repeated.kept': (d) => `${d.list}[${d.first}], the one the list keeps`,
  'schema.repeated-link.kept': (d) => `${d.list}[${d.first}] is the ${d.type === 'FS' ? 'link' : `${d.type} link`} the schedule keeps`,
  'schema.empty-list': (d) => `${place(d.place)} must not be empty`,
  'schema.range': (d) => `${place(d.place)} is ${d.shown}; it must be ${{ 'at-least': 'at least', 'at-most': 'at most', above: 'greater than', below: 'less than' }[d.bound]} ${d.limit}`,
  'schema.month-year.hint': (d) => `a month is written YYYY-MM: ${d.month}`,
  'schema.lenient-date.hint': (d) => `write ${d.date} for ${quoteText(d.written)}: a plan file writes ${d.quarter === true ? 'a quarter YYYY-Qn' : 'its days YYYY-MM-DD'}`,
  'schema.other': (d) => `${place(d.place)} ${d.text ?? 'does not match the schema'}`,
  'schema.described': (d) => (d.description !== null ? asClause(d.description) : 'see `milepel schema` for the file format'),

  'date.period-not-allowed': (d) => `${d.written} is a period; periods are not allowed here: write a day date YYYY-MM-DD`,
  'date.year-zero': (d) => `${d.text} does not exist: the years run from 0001 (there is no year 0)`,
  'date.no-month': (d) => `${d.text} does not exist: there is no month ${d.month}`,
  'date.no-day': (d) => `${d.text} does not exist: days are numbered from 01`,
  'date.reversed-range': (d) => `the range ${d.text} ends before it starts, so it closes no day`,
  'date.reversed-range.hint': (d) => `write the earlier day first: ${d.range}`,
  'date.days-in-month': (d) => `${d.text} does not exist: ${MONTHS[d.month - 1] ?? d.month} ${d.year} has ${d.days} days`,
  'date.not-quarter': (d) => `${d.text} is not a quarter: use Q1–Q4`,
  'date.not-month': (d) => `${d.text} is not a month: use 01–12`,
  'date.not-a-date': (d) => `${d.shown} is not a date: write ${orList(['YYYY-MM-DD', ...(d.dotted === true ? ['DD.MM.YYYY'] : []), ...(d.allowPeriod ? ['YYYY-MM', 'YYYY-Qn', 'YYYY'] : [])], 'or')}`,
};

/** Why a day is not a working day: "a Saturday", "Ascension Day", "a closed day (2019-07-08..2019-07-26)". */
export const calendarEn: CataloguePart<keyof CalendarMessages> = {
  __proto__: null,
  'calendar.weekday': (d) => `a ${weekdayName(d.weekday, 'en')}`,
  'calendar.holiday': (d) => holidayName(d.day, 'en') ?? 'a holiday',
  'calendar.closed': (d, f) => `a closed day (${d.from === d.to ? f.date(d.from) : `${f.date(d.from)}..${f.date(d.to)}`})`,
  'calendar.no-workdays': () => 'not a working day: the calendar has no workdays',
  'calendar.not-workday': () => 'not a working day',
};

/** The words around validate's findings. */
export const reportEn: CataloguePart<keyof ReportMessages> = {
  __proto__: null,
  'validate.error': () => 'error',
  'validate.warning': () => 'warning',
  'validate.note': () => 'note',
  'validate.hint': () => 'hint',
  'validate.more-notes': (d, f) => `and ${f.count(d.count, 'more note', 'more notes')} (the text report lists them)`,
  'validate.summary': (d, f) => `${f.count(d.errors, 'error', 'errors')}, ${f.count(d.warnings, 'warning', 'warnings')} in ${f.count(d.files, 'file', 'files')}`,
  'validate.clean': (d, f) => `${f.count(d.files, 'file', 'files')} checked, no problems`,
  'report.errors-summary': (d, f) => `${f.count(d.errors, 'error', 'errors')} in ${f.count(d.files, 'file', 'files')} (warnings not checked: milepel validate lists every finding)`,
};
