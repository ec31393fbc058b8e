// yaml-syntax: the file is not valid YAML, repeats a key, or is an alias bomb.
import type { Rule } from './rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The file is not valid YAML, a mapping repeats a key, or aliases expand excessively (an alias bomb).',
  fix: 'Fix the syntax at the position shown; the rest of the file is not checked until it parses.',
  check(ctx) {
    for (const { file, problem } of ctx.syntaxProblems) {
      ctx.report({ at: { file, path: [] }, position: problem, message: problem.message, ref: null, hint: problem.hint });
    }
  },
};
