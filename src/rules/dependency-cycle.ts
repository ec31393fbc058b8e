// dependency-cycle: the after graph has a cycle; one diagnostic per back edge of each cyclic component, at that edge.
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
        message: `dependency cycle: ${refs.join(' → ')}${cycle.unlisted > 0 ? ` (and ${cycle.unlisted} more ${cycle.unlisted === 1 ? 'cycle' : 'cycles'} among the same milestones, not listed)` : ''}`,
        ref: start.ref,
        hint: `remove one of the after entries in the cycle (${cycle.edges.length === 1 ? `${start.ref} depends on itself` : 'the notes show each hop'}); until then these dependencies are left out of the schedule`,
        related: cycle.edges.map((e) => {
          const d = ws.dependencies[e]!;
          return { at: d.origin, message: `${ws.milestones[d.to]!.ref} is after ${ws.milestones[d.from]!.ref}` };
        }),
        plan: start.plan,
      });
    }
  },
};
