// dependency-cycle: the after graph has a cycle; one diagnostic per back edge of each cyclic component, at that edge.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';
import { undatedCycles } from '../graph/undated-cycles.js';

export const dependencyCycle: Rule = {
  id: 'dependency-cycle',
  severity: 'error',
  description: 'The after graph has a cycle; the message lists it hop by hop. Its edges are left out of the schedule.',
  fix: 'Remove one of the after entries in the cycle.',
  check(ctx) {
    const ws = ctx.workspace;
    // Those through a milestone without a date first: the schedule's graph has no node for it (undated-cycles.ts).
    for (const c of undatedCycles(ws, ctx.graph)) {
      const closing = c.hops[c.hops.length - 1]!;
      ctx.report({
        at: closing.origin,
        message: msg('dependency-cycle', { refs: c.refs, unlisted: c.unlisted, via: closing.type }),
        ref: c.refs[0]!,
        hint: msg('dependency-cycle.hint', { self: c.hops.length === 1 ? c.refs[0]! : null, undated: c.undated }),
        related: c.hops.map((h) => ({ at: h.origin, message: msg('dependency-cycle.note.hop', { ref: h.ref, predecessor: h.predecessor, type: h.type }) })),
        plan: c.plan,
      });
    }
    if (ctx.graph.cycles.length === 0) return;
    // Two milestones linked more than once (`[C3, {id: C3, type: FF}]`, SPEC §5): a cycle through each link is its own
    // finding, at its own entry, told apart by the link's type (tester round 47 F5: two findings of the same text).
    const links = new Map<string, number>();
    const { edgeFrom, edgeTo } = ctx.graph;
    for (let e = 0; e < edgeFrom.length; e++) links.set(`${edgeFrom[e]} ${edgeTo[e]}`, (links.get(`${edgeFrom[e]} ${edgeTo[e]}`) ?? 0) + 1);
    const typeIfParallel = (e: number): string | null => {
      const d = ws.dependencies.at(e)!;
      return (links.get(`${d.from} ${d.to}`) ?? 0) > 1 ? d.type : null;
    };
    for (const cycle of ctx.graph.cycles) {
      const refs = cycle.nodes.map((v) => ws.milestones[v]!.ref);
      const closing = ws.dependencies.at(cycle.edges[cycle.edges.length - 1]!)!;
      const start = ws.milestones[cycle.nodes[0]!]!;
      ctx.report({
        at: closing.origin,
        message: msg('dependency-cycle', { refs, unlisted: cycle.unlisted, via: typeIfParallel(cycle.edges[cycle.edges.length - 1]!) }),
        ref: start.ref,
        hint: msg('dependency-cycle.hint', { self: cycle.edges.length === 1 ? start.ref : null, undated: [] }),
        related: cycle.edges.map((e) => {
          const d = ws.dependencies.at(e)!;
          return { at: d.origin, message: msg('dependency-cycle.note.hop', { ref: ws.milestones[d.to]!.ref, predecessor: ws.milestones[d.from]!.ref, type: typeIfParallel(e) }) };
        }),
        plan: start.plan,
      });
    }
  },
};
