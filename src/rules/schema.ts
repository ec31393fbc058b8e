// schema: the file does not match schemas/plan.schema.json.
import { meetingBodyGuess } from '../schema/meeting-hint.js';
import { candidates, type Candidates } from '../text/closest.js';
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';
import { dateKey, undatedWaitedOn, waitingNotes } from './where.js';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'The file does not match schemas/plan.schema.json: an unknown key, a missing key, a value of the wrong kind.',
  fix: 'Follow the hint; `milepel schema` prints the format and editors with the schema complete keys while you type.',
  check(ctx) {
    // A meeting reference's body id is guessed among the workspace's bodies, which one file's schema check cannot see.
    let bodies: Candidates | undefined;
    const bodyIds = (): Candidates => (bodies ??= candidates(ctx.workspace.bodies.map((b) => b.id)));
    // A gate or milestone without a date that milestones are after: its missing or malformed date notes each such
    // dependency, left out of the schedule without a finding of its own (a tester's finding).
    const waitedOn = undatedWaitedOn(ctx.workspace);
    for (const { file, plan, problem } of ctx.schemaProblems) {
      const hint = meetingBodyGuess(problem.hint, bodyIds);
      const m = problem.message;
      const undated = waitedOn.size === 0 ? undefined : waitedOn.get(dateKey(file, m.id === 'schema.required' && m.data.key === 'date' ? [...problem.path, 'date'] : problem.path));
      if (undated !== undefined) waitedOn.delete(dateKey(file, [...undated.origin.path, 'date']));
      // A status date that does not read leaves the plan checked against another day, which the overdue findings
      // count from: say which (tester round 33 F3: 568 days overdue, with no word of where the day came from).
      const isStatusDate = problem.path.length === 2 && problem.path[0] === 'plan' && problem.path[1] === 'status_date' && !problem.key;
      const statusNote = isStatusDate ? [{ at: { file, path: problem.path }, message: msg('note.status-date-unread', { today: ctx.today }) }] : [];
      const related = undated === undefined && statusNote.length === 0 ? {} : { related: [...(undated === undefined ? [] : waitingNotes(undated)), ...statusNote] };
      ctx.report({ at: { file, path: problem.path }, key: problem.key, message: problem.message, ref: null, hint, ...(plan === undefined ? {} : { plan }), ...related });
    }
  },
};
