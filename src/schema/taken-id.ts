// An id definition's hint without an id it offers that is defined already: written, it would be a duplicate id.
import { msg, type Message } from '../messages/index.js';
import type { Path } from '../source/parse.js';

/**
 * `hint`, a schema hint for the value at `path`, without the value it offers when that value is an id `isTaken` says
 * is defined already where the value at `path` is one (tester round 76 F4: `Styrø` offered as `Styroe` beside a body
 * Styroe, `"MP1 "` as `MP1` beside a milestone MP1; the language server's quick fix wrote them, and duplicate-id
 * followed). The id-character hint still names the character; the unseen-character hint gives the form's hint, as for
 * a value that is no id without those characters. Only the schema check sees one file, so this is asked where the
 * workspace is known (rules/schema.ts). A reference is left as it is: an id that exists is what it should name.
 */
export function withoutTakenId(hint: Message, path: Path, isTaken: (id: string) => boolean): Message {
  if (hint.id === 'schema.id-char.hint' && hint.data.written !== null && isTaken(hint.data.written)) return msg('schema.id-char.hint', { ...hint.data, written: null });
  if (hint.id === 'schema.invisible.hint' && hint.data.clean !== null && isTaken(hint.data.clean)) {
    return msg('schema.invisible.hint', { clean: null, form: msg('schema.form.hint', { form: path[0] === 'plan' ? 'planId' : 'id' }) });
  }
  return hint;
}
