// negative-float: the milestone's total float is negative: it cannot keep a successor, its deadline or its plan's finish.
import { msg } from '../messages/index.js';
import type { ChainGain, DoneChain, LateBound, LateFor, OwnMoves } from '../messages/data/rules.js';
import { writtenOrNull, type DayNumber } from '../calendar/index.js';
import { shownLatest, shownProjected } from '../schedule/date-range.js';
import { latestFrom } from '../schedule/latest-from.js';
import { doneChains, donePredecessors, lateConstraints, type ChainGainAt, type DoneChain as ChainAt } from '../schedule/float-recovery.js';
import { isGateNode } from '../model/gates.js';
import type { Rule, RuleContext } from './rule.js';
import { currentDateOrigin, fieldOrigin } from './where.js';

/** How many successors, or ways to gain days on a chain, a hint names before it counts the rest. */
const NAMED = 3;

export const negativeFloat: Rule = {
  id: 'negative-float',
  severity: 'warning',
  description: 'A milestone\'s total float is negative: its projected date is after its latest date (a successor, its deadline, or for an end milestone its plan\'s finish).',
  fix: 'Bring the milestone or its drivers forward, relax the deadline, or re-plan the successors.',
  check(ctx) {
    const { workspace: ws, schedule } = ctx;
    // Made at the first open milestone with negative float, and shared by all: each chain is settled once.
    let chainOf: ((v: number) => ChainAt | null) | null = null;
    for (let i = 0; i < ws.milestones.length; i++) {
      const m = ws.milestones[i]!;
      const f = schedule.float[m.index]!;
      // NaN (date-range: counted from a date left out) is no float, so none below 0.
      if (!(f < 0)) continue;
      const driver = schedule.driver[m.index]!;
      const bound = lateBound(ctx, m.index);
      // A milestone with an actual (a decided gate) cannot gain days: its negative float is its successors' to
      // make up, and the hint says so instead of asking for what is done (tester round 15 #2), naming every
      // constraint it is late for. An open one pushed by a chain that starts at a done milestone is offered only
      // what can still gain days after that one (round 17 #6).
      const lateFor = m.actual ? lateForOf(ctx, m.index) : null;
      const chain = m.actual ? null : (chainOf ??= doneChains(ctx, NAMED))(m.index);
      // Held by its own date, its predecessors all done: they cannot gain a day, its own date can (round 19 #9).
      const own = m.actual || chain !== null ? null : ownMoves(ctx, m.index);
      // No predecessor at all: its own date is all that can move ("or its predecessors" named none).
      const start = m.actual || chain !== null || own !== null || ctx.graph.predStart[m.index + 1]! > ctx.graph.predStart[m.index]! ? null : m.forecast ? 'forecast' : 'date';
      const to = start === null ? undefined : targetDay(ctx, m.index, start, -f);
      ctx.report({
        at: m.deadline ? fieldOrigin(m, 'deadline') : currentDateOrigin(m),
        message: msg('negative-float', { ref: m.ref, float: f, projected: shownProjected(schedule, m.index), driver: driver >= 0 ? ws.milestones[driver]!.ref : null, latest: shownLatest(schedule, m.index), bound }),
        ref: m.ref,
        hint: msg('negative-float.hint', { id: m.id, ref: m.ref, days: -f, bound, done: m.actual?.day ?? null, ...(isGateNode(m) ? { gate: true } : {}), ...(lateFor !== null ? { lateFor } : {}), ...(chain !== null ? { chain: shownChain(ctx, m.index, chain) } : {}), ...(own !== null ? { own } : {}), ...(start !== null ? { start, to: to! } : {}) }),
        plan: m.plan,
      });
    }
  },
};

/**
 * The day milestone v's own `field` must move to, to be on or before its latest date: `days` (the float's) working
 * days earlier, one more when the date is no working day itself, as the calendar's sub counts from the working day
 * before it (tester round 43: Whit Monday 2026-05-25 with a deadline of 2026-05-20 gave 2026-05-21). The hint says
 * the day and the float's count (tester round 70 F3: "move 2 working days earlier" of a Saturday 1 working day late;
 * round 71 F7: "3 working days earlier, to" a day 2 before).
 */
function targetDay(ctx: RuleContext, v: number, field: 'date' | 'forecast', days: number): DayNumber {
  const m = ctx.workspace.milestones[v]!;
  const from = (field === 'forecast' ? m.forecast ?? m.date : m.date).day;
  const calendar = ctx.workspace.plans[m.plan]!.calendar;
  const latest = ctx.schedule.latest[v]!;
  let n = days;
  while (n < days + 3 && calendar.sub(from, n) > latest) n++;
  return calendar.sub(from, n);
}

/**
 * What done milestone `v` is late for, when that is more than the one constraint its latest date is taken from (its
 * bound, which the hint names alone otherwise): null when one constraint, or none found, is late.
 */
function lateForOf(ctx: RuleContext, v: number): LateFor | null {
  const late = lateConstraints(ctx, v);
  // A done successor cannot be given more time (tester round 19 #9): only the open ones are named.
  const open = late.successors.filter((s) => ctx.workspace.milestones[s]!.actual === undefined);
  if ((late.deadline ? 1 : 0) + open.length < 2) return null;
  const refs = open.slice(0, NAMED).map((s) => ctx.workspace.milestones[s]!.ref);
  return { deadline: late.deadline, successors: refs, more: open.length - refs.length };
}

/** donePredecessors in the message's words: the field that holds the milestone's date, and names as shownChain's. */
function ownMoves(ctx: RuleContext, v: number): OwnMoves | null {
  const done = donePredecessors(ctx, v, NAMED);
  if (done === null) return null;
  const m = ctx.workspace.milestones[v]!;
  const gains = done.gains.map((g) => gainIn(ctx, v, g));
  return { field: m.forecast ? 'forecast' : 'date', earliest: done.earliest, enough: done.enough, gains, more: done.total - gains.length };
}

/** A gain with its milestones named as the hint on `v` names them: `v` by its id, the others by ref. */
function gainIn(ctx: RuleContext, v: number, g: ChainGainAt): ChainGain {
  const ms = ctx.workspace.milestones;
  const name = (x: number): string => (x === v ? ms[x]!.id : ms[x]!.ref);
  return g.kind === 'duration' ? { kind: 'duration', of: name(g.of) } : { kind: g.kind, from: name(g.from), to: name(g.to) };
}

/** A done chain in the message's words: refs, and the milestone's own id where a gain is on it. */
function shownChain(ctx: RuleContext, v: number, chain: ChainAt): DoneChain {
  const root = ctx.workspace.milestones[chain.root]!;
  return { root: root.ref, rootDone: root.actual!.day, rootGate: isGateNode(root), steps: chain.steps, gains: chain.gains.map((g) => gainIn(ctx, v, g)), more: chain.total - chain.gains.length };
}

/**
 * What milestone `v` is late for: what sets its latest date (schedule/latest-from.ts), named in the message so that a
 * plan's finish or a successor's lag is not mistaken for a deadline (a tester's finding, session 13).
 */
function lateBound(ctx: RuleContext, v: number): LateBound {
  const ws = ctx.workspace;
  const from = latestFrom(ctx, v);
  switch (from.kind) {
    case 'deadline': return { kind: 'deadline' };
    case 'successor': {
      // A done successor's actual is fixed: the hint does not offer it more time (tester round 19 #9).
      const s = ws.milestones[from.successor]!;
      return { kind: 'successor', ref: s.ref, type: from.type, lag: writtenOrNull(from.lag), ...(s.actual ? { done: { day: s.actual.day, gate: isGateNode(s) } } : {}) };
    }
    case 'plan-finish': return { kind: 'plan-finish', plan: ws.plans[from.plan]!.id };
    case 'plan-end': return { kind: 'plan-end', plan: ws.plans[from.plan]!.id, ref: from.node >= 0 ? ws.milestones[from.node]!.ref : null };
  }
}
