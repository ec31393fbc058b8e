// Gates (SPEC §1.7): read with the plan's milestones — a dated gate is a zero-duration schedule node in the same
// namespace, so `after: [akson/BP3]` works — and resolved once every body and milestone is known.
import { qualified } from './qualified-ref.js';
import { parseDuration, ZERO_DURATION, type DateValue } from '../calendar/index.js';
import { findGateStep } from '../gates/models.js';
import type { Path } from '../source/parse.js';
import type { Builder } from './build.js';
import { field, obj, text, type Obj } from './read.js';
import { makeMilestone, NONE } from './milestone.js';
import type { AfterUndated, Gate, Milestone } from './types.js';

/** A date key of the gate: its value, undefined when absent, null when it does not exist (already reported). */
type ReadDate = (key: string, allowPeriod: boolean) => DateValue | undefined | null;
type Miss = (kind: 'gate-body' | 'gate-ready', target: string, brokenKey: string, holder: string, plan: number, origin: { file: string; path: Path }, notSuggested?: string) => void;

/**
 * Registers the gate and, when it has `date` or `decided`, its node: current date `decided` if set, else `date`;
 * a decided gate is done (its decision date is its actual); no duration, no required bodies of its own (the
 * deciding body is checked by `gate-decision`, not by §4.2's milestone rule).
 */
export function readGate(b: Builder, g: Obj, plan: number, ref: string, id: string, origin: { file: string; path: Path }, dateOf: ReadDate): void {
  const earlier = b.milestoneIndex.get(ref);
  const firstOrigin = earlier !== undefined ? b.milestones[earlier]!.origin : b.gates[b.gateIndex.get(ref) ?? -1]?.origin;
  if (firstOrigin !== undefined) {
    const firstKind = earlier !== undefined && b.milestones[earlier]!.gate === undefined ? { firstKind: 'milestone' as const } : {};
    b.duplicates.push({ kind: 'gate', ref, origin: { file: origin.file, path: [...origin.path, 'id'] }, first: { file: firstOrigin.file, path: [...firstOrigin.path, 'id'] }, plan, ...firstKind });
    return;
  }
  // A date that does not exist is left out, not its gate (SPEC §4.1, v2): the invalid-date finding names it, and the
  // gate is listed, resolved and found as a baseline as if the key were absent.
  const date = dateOf('date', true) ?? undefined;
  const decided = dateOf('decided', false) ?? undefined;
  const model = text(g, 'model');
  const title = text(g, 'title') ?? findGateStep(model, id)?.nb ?? id;
  const index = b.gates.length;
  const planned = date ?? decided;
  let node = -1;
  if (planned !== undefined) {
    node = b.milestones.length;
    const milestone = makeMilestone({
      index: node, ref, id, plan, title, date: planned, forecast: undefined, actual: decided, deadline: undefined,
      duration: ZERO_DURATION, durationEstimate: undefined, current: (decided ?? planned).day,
      meetings: NONE, require: NONE, requireAt: undefined, deliverables: NONE, responsible: undefined, status: undefined, goal: undefined, progress: undefined,
      history: NONE, gate: index, origin, extensionKeys: undefined,
    });
    b.milestoneIndex.set(ref, node);
    b.milestones.push(milestone);
  } else {
    // An undated gate is no schedule node: an `after` naming it is left out (knownBroken), not "unknown".
    b.knownBroken.add(`milestones:${ref}`);
  }
  b.gateIndex.set(ref, index);
  const ready = obj(g, 'ready');
  const readyRef = ready === undefined ? undefined : text(ready, 'milestone');
  b.gates.push({
    index, plan, id, ref, title, model, date, decided, body: text(g, 'body'),
    ready: ready === undefined || readyRef === undefined ? undefined : {
      ref: readyRef, milestone: -1,
      lead: parseDuration(field(ready, 'lead')) ?? ZERO_DURATION,
      origin: { file: origin.file, path: [...origin.path, 'ready', 'milestone'] },
    },
    baseline: text(g, 'baseline'), node, origin,
  });
}

/**
 * Resolves each gate's body and readiness milestone; unknown ones are reported through `miss`. `waiting`: the `after`
 * entries that name each gate without a date, by its index (Gate.waiting).
 */
export function resolveGates(b: Builder, waiting: ReadonlyMap<number, readonly AfterUndated[]>, miss: Miss): Gate[] {
  return b.gates.map((read) => {
    const waits = waiting.get(read.index);
    const gate = waits === undefined ? read : { ...read, waiting: waits };
    const planId = b.plans[gate.plan]?.id ?? '';
    if (gate.body !== undefined && !b.bodyIndex.has(gate.body)) {
      miss('gate-body', gate.body, `body:${gate.body}`, gate.ref, gate.plan, { file: gate.origin.file, path: [...gate.origin.path, 'body'] });
    }
    if (gate.ready === undefined) return gate;
    const target = gate.ready.ref;
    const ref = qualified(target, planId);
    const found = b.milestoneIndex.get(ref) ?? -1;
    // A gate's schedule node shares the milestones' index, but readiness is a milestone's (SPEC §12): a gate, the gate
    // itself included, is no readiness milestone, and the gate named is not suggested back.
    const isGate = found >= 0 && b.milestones[found]?.gate !== undefined;
    const milestone = isGate ? -1 : found;
    if (milestone < 0) miss('gate-ready', target, `milestones:${ref}`, gate.ref, gate.plan, gate.ready.origin, isGate ? target : undefined);
    return { ...gate, ready: { ...gate.ready, milestone } };
  });
}

/** True for a gate's schedule node: reports that count milestones (slippage, health, roadmap) leave it out. */
export function isGateNode(m: Milestone): boolean {
  return m.gate !== undefined;
}

