// schema: the file does not match schemas/plan.schema.json.
import type { Rule } from './rule.js';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'The file does not match schemas/plan.schema.json: an unknown key, a missing key, a value of the wrong kind.',
  fix: 'Follow the hint; `milepel schema` prints the format and editors with the schema complete keys while you type.',
  check(ctx) {
    for (const { file, plan, problem } of ctx.schemaProblems) {
      ctx.report({ at: { file, path: problem.path }, key: problem.key, message: problem.message, ref: null, hint: problem.hint, ...(plan === undefined ? {} : { plan }) });
    }
  },
};
