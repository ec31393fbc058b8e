// dependency-cycle: the after graph has a cycle; one diagnostic per cycle, listed from its first node.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';

export const dependencyCycle: Rule = {
  id: 'dependency-cycle',
  severity: 'error',
  description: 'The after graph has a cycle; the message lists it hop by hop. Its edges are left out of the schedule.',
  fix: 'Remove one of the after entries in the cycle.',
  check(ctx) {
    const ws = ctx.workspace;
    for (const cycle of ctx.graph.cycles) {
      const refs = cycle.nodes.map((v) => ws.milestones[v]!.ref);
      const closing = ws.dependencies[cycle.edges[cycle.edges.length - 1]!]!;
      const start = ws.milestones[cycle.nodes[0]!]!;
      ctx.report({
        at: closing.origin,
        message: msg('dependency-cycle', { refs }),
        ref: start.ref,
        hint: msg('dependency-cycle.hint', { self: cycle.edges.length === 1 ? start.ref : null }),
        related: cycle.edges.map((e) => {
          const d = ws.dependencies[e]!;
          return { at: d.origin, message: msg('dependency-cycle.note.hop', { ref: ws.milestones[d.to]!.ref, predecessor: ws.milestones[d.from]!.ref }) };
        }),
        plan: start.plan,
      });
    }
  },
};
