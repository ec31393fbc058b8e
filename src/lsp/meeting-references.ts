// The references to a meeting by `<body>@<date>` (SPEC §1.3) in the milestones' `meetings` lists of a workspace's
// files, rewritten for the quick fix that moves the meeting to another day (code-actions.ts): its date alone changed
// left each of them naming nothing, an unknown-reference error often in another file (tester round 80 F8).
import { formatDay, type DayNumber } from '../calendar/index.js';
import { readScalar } from '../edit/verify.js';
import { meetingFinder, type FindMeeting } from '../model/resolve-meetings.js';
import type { Workspace } from '../model/types.js';
import type { Path } from '../source/parse.js';
import { editAt, offsetOf, quoteLike, type FileEdit } from './edits.js';
import type { PlanFile } from './workspace.js';

interface Entry {
  readonly file: PlanFile;
  readonly path: Path;
}

/**
 * The `meetings` entries of the milestones of `files` written `<body>@…`, by value, read once (at the first meeting
 * moved) for all the quick fixes of one request: a request over a whole file of meetings on holidays reads the
 * workspace once, not once for each.
 */
export class MeetingReferences {
  private byValue: Map<string, Entry[]> | undefined;
  private find: FindMeeting | undefined;

  constructor(private readonly files: readonly PlanFile[], private readonly model: Pick<Workspace, 'meetings' | 'meetingIndex'>) {}

  /**
   * The edits that make every reference to meeting `ref` written `<body>@<its date>` name it on `day`: none when none
   * names it so (the day names another meeting too, the first of two without an id: resolve-meetings.ts), undefined
   * when one cannot be rewritten (an alias, a value spelt another way, a file that does not parse and holds the text
   * `<body>@<date>`), so that the move is not offered. A meeting without an id is then named `<body>@<day>`; one with
   * an id is too, unless another meeting of its body is on `day` (either would be meant), when its id is written.
   */
  moved(ref: string, day: DayNumber): FileEdit[] | undefined {
    const index = this.model.meetingIndex.get(ref);
    const meeting = index === undefined ? undefined : this.model.meetings[index];
    if (meeting === undefined) return [];
    const old = `${meeting.body}@${formatDay(meeting.date)}`;
    // A file that does not parse may name it too, where no entry can be found to rewrite: once its own mistake is mended,
    // that reference would name nothing (tester round 81 F2). No move then.
    if (this.files.some((f) => (f.parsed.data === undefined || f.parsed.problems.length > 0) && f.index.text.includes(old))) return undefined;
    if ((this.find ??= meetingFinder(this.model))(old) !== meeting.index) return [];
    const entries = this.entries().get(old) ?? [];
    if (entries.length === 0) return [];
    const next = `${meeting.body}@${formatDay(day)}`;
    const taken = ref.includes('@') ? false : this.model.meetings.some((m) => m !== meeting && m.body === meeting.body && m.date === day);
    const value = taken ? ref : next;
    const edits: FileEdit[] = [];
    for (const { file, path } of entries) {
      const start = offsetOf(file, path);
      const end = file.index.valueEnd(start);
      const written = file.index.text.slice(start, end);
      if (readScalar(written) !== old) return undefined;
      edits.push(editAt(file, start, end, quoteLike(written, value)));
    }
    return edits;
  }

  private entries(): Map<string, Entry[]> {
    if (this.byValue !== undefined) return this.byValue;
    const byValue = new Map<string, Entry[]>();
    for (const file of this.files) {
      const milestones = (file.parsed.data as { milestones?: unknown } | null)?.milestones;
      if (!Array.isArray(milestones)) continue;
      milestones.forEach((m: unknown, i) => {
        const meetings = m !== null && typeof m === 'object' ? (m as { meetings?: unknown }).meetings : undefined;
        if (!Array.isArray(meetings)) return;
        meetings.forEach((entry: unknown, k) => {
          if (typeof entry !== 'string' || !entry.includes('@')) return;
          const list = byValue.get(entry);
          const at = { file, path: ['milestones', i, 'meetings', k] };
          if (list === undefined) byValue.set(entry, [at]);
          else list.push(at);
        });
      });
    }
    return (this.byValue = byValue);
  }
}
