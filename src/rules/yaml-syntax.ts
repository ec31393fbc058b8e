// yaml-syntax: the file is not valid YAML, repeats a key, or is an alias bomb.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  description: 'The file is not valid YAML, a mapping repeats a key, or aliases expand excessively (an alias bomb).',
  fix: 'Fix the syntax at the position shown; the rest of the file is not checked until it parses.',
  check(ctx) {
    // The file's first problem notes the references other files make to the plan it declares, left unchecked until
    // it parses (model/missed-references.ts, UnreadablePlan).
    const unreadable = ctx.workspace.unreadable ?? [];
    const noted = new Set<string>();
    for (const { file, problem } of ctx.syntaxProblems) {
      const first = !noted.has(file);
      noted.add(file);
      const own = (problem.related ?? []).map((r) => ({ at: { file, path: [] }, position: { line: r.line, column: r.column }, message: r.message }));
      const unchecked = first ? unreadable.filter((u) => u.file === file).map((u) => ({ at: u.first, message: msg('yaml-syntax.note.unchecked', { plan: u.plan, references: u.references }) })) : [];
      const related = [...own, ...unchecked];
      ctx.report({ at: { file, path: [] }, position: problem, message: problem.message, ref: null, hint: problem.hint, ...(related.length > 0 ? { related } : {}) });
    }
  },
};
