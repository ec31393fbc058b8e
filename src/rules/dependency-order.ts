// dependency-order: a milestone's current date is earlier than the SPEC §5 constraint of one of its edges on current dates.
import { formatDay } from '../calendar/index.js';
import type { Dependency, Milestone } from '../model/types.js';
import { edgeEnds } from '../schedule/cpm.js';
import { forwardConstraint, startOf } from '../schedule/edge-constraint.js';
import type { Rule } from './rule.js';
import { currentDateOrigin, showDate, showDuration } from './where.js';

export const dependencyOrder: Rule = {
  id: 'dependency-order',
  severity: 'error',
  description: 'A milestone\'s current date is earlier than its dependency allows: for finish-to-start, a predecessor\'s current date plus the lag and the milestone\'s duration (SPEC §5 for SS, FF, SF).',
  fix: 'Move the milestone (or its forecast) to the earliest date shown, or move the predecessor earlier, or shorten the lag.',
  check(ctx) {
    const ws = ctx.workspace;
    const ends = edgeEnds(ws);
    ws.dependencies.forEach((d, e) => {
      if (ctx.graph.edgeInCycle[e]) return;
      const p = ws.milestones[d.from]!;
      const m = ws.milestones[d.to]!;
      const earliest = forwardConstraint(d.type, d.lag, p.current, ends[d.from]!, ends[d.to]!);
      if (m.current >= earliest) return;
      const gap = gapText(d, m);
      const field = m.actual ? 'actual' : m.forecast ? 'forecast' : 'date';
      const fromStart = d.type === 'SS' || d.type === 'SF';
      const anchor = fromStart ? `the start of its predecessor ${p.ref} (${formatDay(startOf(p.current, ends[d.from]!))})` : `its predecessor ${p.ref} (${showDate(p)})`;
      const link = d.type === 'FS' ? '' : ` (${d.type}: ${TYPE_WORDS[d.type]})`;
      ctx.report({
        // The value that is wrong: the milestone's current date (the after entry is a related place).
        at: currentDateOrigin(m),
        message: `${m.ref} (${showDate(m)}) is before ${anchor}${gap ? ` + ${gap}` : ''}${link}: it can be on ${formatDay(earliest)} at the earliest`,
        ref: m.ref,
        hint: `set ${m.id}'s ${field === 'date' ? 'forecast' : field} to ${formatDay(earliest)} or later, move ${p.ref} earlier${gap ? ', or shorten the lag' : ''}`,
        related: [{ at: d.origin, message: `${m.ref} is after ${p.ref} here` }, { at: currentDateOrigin(p), message: `${p.ref}'s current date` }],
        plan: m.plan,
      });
    });
  },
};

const TYPE_WORDS = {
  SS: 'its work starts after the predecessor\'s start',
  FF: 'it finishes after the predecessor\'s finish',
  SF: 'it finishes after the predecessor\'s start',
} as const;

/** The terms the constraint adds to the predecessor's finish or start, in the order SPEC §5 applies them. */
function gapText(d: Dependency, m: Milestone): string {
  const addsDuration = d.type === 'FS' || d.type === 'SS';
  return [
    d.lag.n !== 0 ? `lag ${showDuration(d.lag)}` : '',
    addsDuration && m.duration.n > 0 ? `duration ${showDuration(m.duration)}` : '',
  ].filter(Boolean).join(' + ');
}
