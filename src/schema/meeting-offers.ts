// The meeting a hint for a meeting's body or date would name with its offer written: none that exists, and none that
// an earlier meeting's offer names.
import type { Message } from '../messages/index.js';
import type { Path } from '../source/parse.js';
import type { PlacedSchemaProblem } from './check.js';
import { offeredValue, withoutTakenId } from './taken-id.js';

/** A schema problem of a workspace file, with the entity it is about (pipeline.ts). */
type FileProblem = Pick<PlacedSchemaProblem, 'file' | 'problem' | 'entity'>;

/**
 * For the schema problems of one workspace, `problems` (in order), and `isMeeting`, whether a meeting has a ref: the
 * offers of hints for the `body` or `date` of meetings without an id (SPEC §1.3: such a meeting is `<body>@<date>`).
 * `withoutTaken` drops an offer that names a meeting that exists (tester round 77 F4) or that an earlier meeting's
 * offer names (round 78 F3: `{body: "P\u200bS", date: 2020-01-10}` and `{body: PS, date: "2020-01-1\u200b0"}` were
 * both offered PS@2020-01-10, and following both hints defined that meeting twice); `record` keeps a final hint's
 * offer as named. A meeting whose body and date are both offered is named by the two offers together: each alone
 * names nothing (the other is no body or date as written).
 */
export class MeetingOffers {
  /** The meetings without an id whose body and date hints both offer a value: the two offers, by meetingKey. */
  private readonly both = new Map<string, { body?: string; date?: string }>();
  /** The names offered so far, each to its meeting (meetingKey). */
  private readonly offered = new Map<string, string>();

  constructor(problems: readonly FileProblem[], private readonly isMeeting: (ref: string) => boolean) {
    for (const p of problems) {
      const field = fieldOf(p);
      const value = field === undefined ? null : offeredValue(p.problem.hint);
      if (field === undefined || value === null) continue;
      const key = meetingKey(p.file, p.problem.path);
      this.both.set(key, { ...this.both.get(key), [field]: value });
    }
  }

  /** `hint`, the hint of problem `p`, without its offer when the meeting it would name exists or was offered already. */
  withoutTaken(p: FileProblem, hint: Message): Message {
    const name = this.nameOf(p);
    if (name === undefined) return hint;
    const first = this.offered.get(name);
    return this.isMeeting(name) || (first !== undefined && first !== meetingKey(p.file, p.problem.path)) ? withoutTakenId(hint, p.problem.path, () => true) : hint;
  }

  /** Records the meeting `hint`, the final hint of problem `p`, names with its offer written (first offer first). */
  record(p: FileProblem, hint: Message): void {
    const name = offeredValue(hint) === null ? undefined : this.nameOf(p);
    if (name !== undefined && !this.offered.has(name)) this.offered.set(name, meetingKey(p.file, p.problem.path));
  }

  /** The name problem `p`'s offer gives its meeting (SchemaProblem.meeting, or both offers together); undefined for none. */
  private nameOf(p: FileProblem): string | undefined {
    if (p.problem.meeting !== undefined) return p.problem.meeting;
    const offers = fieldOf(p) === undefined ? undefined : this.both.get(meetingKey(p.file, p.problem.path));
    return offers?.body === undefined || offers.date === undefined ? undefined : `${offers.body}@${offers.date}`;
  }
}

/**
 * Which field of a meeting without a usable name problem `p` is about (`body` or `date`), or undefined: a meeting
 * with an id is named by it (entityAt names it then), and no other problem is a body's or date's form.
 */
function fieldOf(p: FileProblem): 'body' | 'date' | undefined {
  const [top, index, field] = p.problem.path;
  if (p.entity !== undefined || p.problem.path.length !== 3 || top !== 'meetings' || typeof index !== 'number' || p.problem.key) return undefined;
  return field === 'body' || field === 'date' ? field : undefined;
}

/** A meeting's key: its file and its index in that file's `meetings`. */
function meetingKey(file: string, path: Path): string {
  return `${file}\0${String(path[1])}`;
}
