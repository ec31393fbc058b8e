// An id definition's hint without an id it offers that is defined already: written, it would be a duplicate id.
import { msg, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';
import type { Path } from '../source/parse.js';
import { bareOf } from './id-char-hint.js';

/**
 * `hint`, a schema hint for the value at `path`, without the value it offers when that value is an id `isTaken` says
 * is defined already where the value at `path` is one (or, for a meeting's `date`, names a meeting that is) (tester round 76 F4: `Styrø` offered as `Styroe` beside a body
 * Styroe, `"MP1 "` as `MP1` beside a milestone MP1; the language server's quick fix wrote them, and duplicate-id
 * followed). The id-character hint still names the character; the unseen-character hint gives the form's hint, as for
 * a value that is no id without those characters. Only the schema check sees one file, so this is asked where the
 * workspace is known (rules/schema.ts). A reference is left to withoutOtherEntity: an id that exists is what it should
 * name, unless the reference is written as another definition is.
 */
export function withoutTakenId(hint: Message, path: Path, isTaken: (id: string) => boolean): Message {
  const offered = offeredValue(hint);
  return offered !== null && isTaken(offered) ? withoutOffer(hint, path[0] === 'plan' ? 'planId' : path[path.length - 1] === 'date' ? 'dayDate' : 'id') : hint;
}

/**
 * `hint`, a schema hint for a reference written `written` of form `form`, without the value it offers when `names` says
 * that value and `written` name two entities (keys that differ) (tester round 77 F6: `require: [Styrø]` was offered Styroe beside a body
 * Styroe, when body Styrø, whose id withoutTakenId offers nothing, is the one meant; the quick fix silently named
 * another body). A reference written exactly as a definition means that one: the definition is what to rename.
 */
export function withoutOtherEntity(hint: Message, written: string, form: 'ref' | 'id' | 'meetingRef', names: (text: string) => string | undefined): Message {
  const offered = offeredValue(hint);
  if (offered === null || offered === written) return hint;
  // Written with a character of no width or a space around it, it means what it names without them (tester round 78
  // F13: `"Møte1\u200b"` beside milestones Møte1 and Moete1 was offered Moete1, the other one).
  const meant = names(written) ?? names(bareOf(written));
  const other = meant === undefined ? undefined : names(offered);
  return other === undefined || other === meant ? hint : withoutOffer(hint, form);
}

/**
 * `hint`, a schema hint for a reference to a `kind` (`form` its form), without the value it offers when `names` says
 * that value names nothing (model/reference-names.ts; tester round 78 F17: `after: ["ZZ\u200b"]` was offered ZZ with
 * no milestone ZZ, and written, the schema error became unknown-reference). The unseen-character hint then says what
 * the value is without those characters, which names no such entity.
 */
export function withoutUnknown(hint: Message, kind: 'milestone' | 'body' | 'meeting', form: FormName, names: (text: string) => boolean): Message {
  const offered = offeredValue(hint);
  if (offered === null || names(offered)) return hint;
  return hint.id === 'schema.invisible.hint' ? msg('schema.invisible.hint', { clean: null, form: msg('schema.invisible.unknown', { clean: offered, kind }) }) : withoutOffer(hint, form);
}

/** `hint` without the value it offers to write (the id-character, unseen-character, meeting-body, day-form or
 * plan-id-case hint's); the unseen-character hint then gives `form`'s hint, and the day-form and plan-id-case hints
 * become it. */
export function withoutOffer(hint: Message, form: FormName): Message {
  if (hint.id === 'schema.invisible.hint') return msg('schema.invisible.hint', { clean: null, form: msg('schema.form.hint', { form }) });
  if (hint.id === 'schema.lenient-date.hint' || hint.id === 'schema.ref-case.hint') return msg('schema.form.hint', { form });
  if (hint.id === 'schema.meeting-body.hint') return msg('schema.meeting-body.hint', { ...hint.data, written: null, guess: null });
  return hint.id === 'schema.id-char.hint' ? msg('schema.id-char.hint', { ...hint.data, written: null }) : hint;
}

/** The hints whose offer is the problem's own (SchemaProblem.offer), not in their data. */
const FIX_OFFERS: ReadonlySet<string> = new Set(['yaml-syntax.colon-without-space.hint', 'yaml-syntax.colon-without-space.flow-pairs.hint', 'schema.quote.hint']);

/**
 * The value `hint`, a hint of schema problem `problem`, offers to write: offeredValue's, or for the colon and quote
 * hints the value their fix writes (SchemaProblem.offer); else null. The schema rule checks it as any offer: against
 * the list's other entries' offers and for a dependency cycle (tester round 87 F1, F3).
 */
export function offerOf(problem: { readonly offer?: string | undefined }, hint: Message): string | null {
  return offeredValue(hint) ?? (FIX_OFFERS.has(hint.id) ? (problem.offer ?? null) : null);
}

/**
 * The value a hint offers to write: the id-character, unseen-character or meeting-body hint's, the day-form hint's
 * day (tester round 78 F15: `"10.01.2020"` as a meeting's date was offered 2020-01-10 beside a meeting PS@2020-01-10,
 * unchecked), or the lower-case plan id's reference (round 82 F5: `P/MP5` beside `MP5` was offered p/MP5, a repeated
 * link; `P/M12` in M12 its own id; `P/MX` a reference to nothing); else null.
 */
export function offeredValue(hint: Message): string | null {
  if (hint.id === 'schema.lenient-date.hint') return hint.data.date;
  if (hint.id === 'schema.ref-case.hint') return hint.data.ref;
  return hint.id === 'schema.invisible.hint' ? hint.data.clean : hint.id === 'schema.id-char.hint' || hint.id === 'schema.meeting-body.hint' ? hint.data.written : null;
}
