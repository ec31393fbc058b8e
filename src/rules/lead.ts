// lead: an `after` edge has a negative lag (SPEC §4, §5; DCMA check 2 "leads"): one warning per negative lag, at the lag.
import type { Rule } from './rule.js';
import { showDuration } from './where.js';

export const lead: Rule = {
  id: 'lead',
  severity: 'warning',
  description: 'A dependency has a negative lag (a lead): the successor is planned to overlap work its predecessor has not finished (DCMA check 2).',
  fix: 'Split the predecessor so that the overlapping part becomes its own milestone with a zero or positive lag, or set the lag to 0d.',
  check(ctx) {
    const ws = ctx.workspace;
    for (const d of ws.dependencies) {
      if (d.lag.n >= 0) continue;
      const p = ws.milestones[d.from]!;
      const m = ws.milestones[d.to]!;
      const magnitude = showDuration({ n: -d.lag.n, unit: d.lag.unit });
      ctx.report({
        at: d.lagOrigin ?? d.origin,
        message: `${m.ref} has a lead of ${magnitude} on its predecessor ${p.ref} (${d.type}, lag ${showDuration(d.lag)}): it is planned ${magnitude} before ${p.ref} allows without overlap`,
        ref: m.ref,
        hint: `model the overlap as a milestone of its own after which ${m.id} follows with a lag of 0d or more, or set the lag to 0d`,
        plan: m.plan,
      });
    }
  },
};
