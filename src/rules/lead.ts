// lead: an `after` edge has a negative lag (SPEC §4, §5; DCMA check 2 "leads"): one warning per negative lag, at the lag.
import { msg } from '../messages/index.js';
import type { AfterUndated, LinkType } from '../model/types.js';
import type { Rule } from './rule.js';
import { showDuration } from './where.js';
import { linkTable } from '../schedule/edge-constraint.js';

export const lead: Rule = {
  id: 'lead',
  severity: 'warning',
  description: 'A dependency has a negative lag (a lead): the successor is planned to overlap work its predecessor has not finished (DCMA check 2).',
  fix: 'Split the predecessor so that the overlapping part becomes its own milestone with a zero or positive lag, or set the lag to 0d.',
  check(ctx) {
    const ws = ctx.workspace;
    // The lags from the link table (a day count of the lag's sign): the edge is made an object only for a lead
    // (model/dependency-table.ts).
    const { lagDays } = linkTable(ws.dependencies);
    for (let e = 0; e < ws.dependencies.length; e++) {
      if (!(lagDays[e]! < 0)) continue;
      const d = ws.dependencies.at(e)!;
      const p = ws.milestones[d.from]!;
      const m = ws.milestones[d.to]!;
      ctx.report({
        at: d.lagOrigin ?? d.origin,
        message: msg('lead', { ref: m.ref, predecessor: p.ref, type: d.type, lag: showDuration(d.lag), magnitude: showDuration({ n: -d.lag.n, unit: d.lag.unit }) }),
        ref: m.ref,
        hint: msg('lead.hint', { id: m.id }),
        plan: m.plan,
      });
    }
    // The leads of links to or from a milestone or gate without a date, which the schedule leaves out: a lag needs no
    // date, and one run shows every finding the other rules can still make (SPEC §4.1; tester round 63 F6).
    const planOf = (ref: string): number | undefined => ws.planIndex.get(ref.slice(0, ref.indexOf('/')));
    const report = (ref: string, predecessor: string, type: LinkType, l: NonNullable<AfterUndated['lead']>): void => {
      const plan = planOf(ref);
      ctx.report({
        at: l.origin,
        message: msg('lead', { ref, predecessor, type, lag: showDuration(l.lag), magnitude: showDuration({ n: -l.lag.n, unit: l.lag.unit }) }),
        ref,
        hint: msg('lead.hint', { id: ref.slice(ref.indexOf('/') + 1) }),
        ...(plan === undefined ? {} : { plan }),
      });
    };
    for (const u of ws.undated ?? []) {
      for (const w of u.waiting) if (w.lead !== undefined) report(w.ref, u.ref, w.type ?? 'FS', w.lead);
      for (const a of u.after) if (a.lead !== undefined) report(u.ref, a.target, a.type, a.lead);
    }
    for (const g of ws.gates ?? []) for (const w of g.waiting ?? []) if (w.lead !== undefined) report(w.ref, g.ref, w.type ?? 'FS', w.lead);
  },
};
