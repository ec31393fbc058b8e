// encoding (SPEC §15): the file is not valid UTF-8 (or a UTF-16 file is broken); the first bad byte's position. Also a
// plan file or directory whose name is not UTF-8, not read (cli/load.ts), at 1:1.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';

export const encoding: Rule = {
  id: 'encoding',
  severity: 'error',
  description: 'The file is not valid UTF-8 (for example saved as Windows-1252 or Latin-1), or is UTF-32 or broken UTF-16; or its name is not valid UTF-8, and it is not read.',
  fix: 'Save the file as UTF-8, or give it a UTF-8 name; set and snapshot refuse to rewrite it until then.',
  check(ctx) {
    // A file not read for its name notes the references other files make to the plan it declares, left unchecked
    // until it can be read (model/missed-references.ts, UnreadablePlan), as yaml-syntax does for a file that does not parse.
    const unreadable = ctx.workspace.unreadable ?? [];
    for (const { file, problem, nameBytes } of ctx.encodingProblems) {
      const unchecked = nameBytes === undefined ? [] : unreadable.filter((u) => u.file === file).map((u) => ({ at: u.first, message: msg('encoding.note.unchecked', { plan: u.plan, references: u.references }) }));
      const finding = { at: { file, path: [] }, position: problem, message: problem.message, ref: null, hint: problem.hint, ...(unchecked.length > 0 ? { related: unchecked } : {}) };
      ctx.report(nameBytes === undefined ? finding : { ...finding, nameBytes });
    }
  },
};
