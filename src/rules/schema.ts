// schema: the file does not match schemas/plan.schema.json.
import { meetingBodyGuess } from '../schema/meeting-hint.js';
import { candidates, type Candidates } from '../text/closest.js';
import type { Rule } from './rule.js';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'The file does not match schemas/plan.schema.json: an unknown key, a missing key, a value of the wrong kind.',
  fix: 'Follow the hint; `milepel schema` prints the format and editors with the schema complete keys while you type.',
  check(ctx) {
    // A meeting reference's body id is guessed among the workspace's bodies, which one file's schema check cannot see.
    let bodies: Candidates | undefined;
    const bodyIds = (): Candidates => (bodies ??= candidates(ctx.workspace.bodies.map((b) => b.id)));
    for (const { file, plan, problem } of ctx.schemaProblems) {
      const hint = meetingBodyGuess(problem.hint, bodyIds);
      ctx.report({ at: { file, path: problem.path }, key: problem.key, message: problem.message, ref: null, hint, ...(plan === undefined ? {} : { plan }) });
    }
  },
};
