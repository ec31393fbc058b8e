// The hint for a `BODY@date` meeting reference that is not one: the date in the form the field takes, or the body id.
import { formatDay } from '../calendar/day.js';
import { parseLenientDay } from '../calendar/lenient-day.js';
import { msg, type Message } from '../messages/index.js';
import { closestWord, type Candidates } from '../text/closest.js';
import { spellOut } from './id-char-hint.js';
import { planSchema } from './document.js';

/**
 * `BODY@date` with the date written otherwise than YYYY-MM-DD (NEHS@12.09.2019, KR@2019-9-13): the reference as it
 * should be written. A body id the schema's id pattern refuses (`B C@2019-06-01`, `B|C@…`), whose date is a day:
 * what a body id may hold, and the reference with the body spelt in an id's characters when it reads so
 * (id-char-hint.ts: `Styroe@2020-01-10` for `Styrø@2020-01-10`, as `require: [Styrø]` is offered `Styroe`: tester
 * round 76 F6), `guess` left for meetingBodyGuess. Undefined otherwise (the form's own hint), and never a reference
 * equal to the one written (a tester's "write the date as YYYY-MM-DD: B C@2019-06-01").
 */
export function meetingHint(value: unknown): Message | undefined {
  if (typeof value !== 'string') return undefined;
  const apart = value.includes('@') ? undefined : APART.exec(value.trim());
  if (apart) {
    // `PS 2019-08-28`, `PS: 28.08.2019`: a body id and a day written apart (tester round 94 F5).
    const day = parseLenientDay(apart[2]!);
    return day !== undefined && idPattern().test(apart[1]!) ? msg('schema.meeting-date.hint', { ref: `${apart[1]!}@${formatDay(day)}`, joined: true }) : undefined;
  }
  const at = value.lastIndexOf('@');
  const day = at > 0 ? parseLenientDay(value.slice(at + 1)) : undefined;
  if (day === undefined) return undefined;
  const body = value.slice(0, at);
  const date = formatDay(day);
  if (!idPattern().test(body)) {
    const spelt = spellOut(body, 'id');
    return msg('schema.meeting-body.hint', { body, date, written: spelt === undefined ? null : `${spelt}@${date}`, guess: null });
  }
  const ref = `${body}@${date}`;
  return ref === value ? undefined : msg('schema.meeting-date.hint', { ref });
}

/**
 * `hint` with the body `named` names (a body written by its name) as the offer, else the workspace's body id nearest
 * its body (`BC` for `B C`), when it is meetingHint's body hint without a body spelt out (which is the offer, as an
 * id-character hint's is) and a body id is close enough; else `hint` itself.
 * Computed where the workspace is known (rules/schema.ts): the schema check sees one file, and bodies are shared by the
 * workspace.
 */
export function meetingBodyGuess(hint: Message, bodies: () => readonly string[] | Candidates, named?: (text: string) => string | undefined): Message {
  if (hint.id !== 'schema.meeting-body.hint') return hint;
  // A body by its name, as the seed documents name them (`KommIT-rådet@2019-09-13`, `Nasjonalt e-helsestyre@…`: tester
  // round 98 F9), before any spelling of the name in an id's characters.
  const byName = named?.(hint.data.body);
  if (byName !== undefined) return msg('schema.meeting-body.hint', { ...hint.data, written: `${byName}@${hint.data.date}`, guess: null });
  if (hint.data.written !== null) return hint;
  const guess = closestWord(hint.data.body, bodies());
  return guess === undefined || guess === hint.data.body ? hint : msg('schema.meeting-body.hint', { ...hint.data, guess: `${guess}@${hint.data.date}` });
}

/** A word, then blanks (a colon or dash before them), then the rest: a body and a date written apart. */
const APART = /^(\S+?)[:-]?\s+(\S+)$/;

let id: RegExp | undefined;

/** The schema's pattern of an id (`$defs/id`), which a body id follows. */
function idPattern(): RegExp {
  if (id === undefined) {
    const defs = (planSchema() as { $defs?: Record<string, { pattern?: unknown }> }).$defs;
    const pattern = defs?.['id']?.pattern;
    id = new RegExp(typeof pattern === 'string' ? pattern : '^[A-Za-z0-9_][A-Za-z0-9._-]*$', 'u');
  }
  return id;
}
