// duplicate-id: two plans, bodies, meetings, or two entities of one kind in a plan share an id.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two plans, two bodies, two meetings (by reference) or two entities of one kind in a plan share an id.',
  fix: 'Rename one of them; references use the first.',
  check(ctx) {
    for (const d of ctx.workspace.duplicates) {
      ctx.report({
        at: d.origin,
        message: msg('duplicate-id', { kind: d.kind, ref: d.ref, firstFile: d.first.file, firstKind: d.firstKind ?? null }),
        ref: d.ref,
        hint: msg('duplicate-id.hint', { kind: d.kind, ref: d.ref, firstKind: d.firstKind ?? null }),
        related: [{ at: d.first, message: msg('duplicate-id.note.first', { ref: d.ref, firstKind: d.firstKind !== undefined && d.firstKind !== d.kind ? d.firstKind : null }) }],
        ...(d.plan === undefined ? {} : { plan: d.plan }),
      });
    }
  },
};
