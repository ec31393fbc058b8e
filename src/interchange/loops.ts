// Links no plan can be scheduled with, left out of every import whatever the format and said (SPEC §10): a milestone
// after itself, a second link of one type between the same two milestones, and the links that close dependency cycles.
import { msg, type Message } from '../messages/index.js';
import { findClosingEdges } from '../graph/closing-edges.js';
import type { ImportFinding } from './finding.js';
import type { ImportedLink, ImportedLinkAt, ImportedMilestone, ImportedPlan, LinkType } from './plan-model.js';

const TYPE_ORDER: ReadonlyMap<LinkType, number> = new Map([['FS', 0], ['SS', 1], ['FF', 2], ['SF', 3]]);
/** The milestones a cycle's finding lists: all of a cycle of up to six, else the first five and the last. */
const SHOWN = 6;

export interface CheckedLinks {
  /** The plans again, each milestone that lost a link a copy without it; the others (and plans untouched) as they were. */
  readonly plans: ImportedPlan[];
  /** One `dropped` finding (topic `link`) per link left out, at the link's line, in the order the links were read. */
  readonly findings: ImportFinding[];
}

/**
 * Leaves out the links of `plans` that no plan can be scheduled with, so that the written plans never fail validate's
 * `dependency-cycle` (SPEC §4, §10: an import says what it drops, and exits 1). `links`: every link the importer put in
 * the plans, in the order it read them (file order), with their lines; a link whose milestone is in no plan, or whose
 * predecessor is no milestone of these plans (another plan's `p/M` that a sheet names), is kept and not looked at.
 *
 * In that order: a link from a milestone to itself is left out (`import.link-self`); a link with the same predecessor,
 * successor and type as an earlier one is left out whatever its lag (`import.link-repeated`, naming the first's line
 * and both lags when they differ): neither P6 nor MS Project holds two, so the file's first is taken as the one meant.
 * Two links of different types between the same two milestones (P6's SS and FF pair) are kept: a plan holds both.
 * Then the links that close cycles (`import.link-loop`, naming the cycle): the back edges of a depth-first search from
 * the milestones in plan order along each milestone's links to its successors in file order (graph/closing-edges.ts).
 * Without them no cycle is left. Lines of a workbook are its row numbers (`isRowNumber`), said so. Milestones are
 * named by their ids, with the plan's (`p/A`) when there are several plans. Linear in milestones and links; throws nothing.
 */
export function dropUnschedulableLinks(plans: readonly ImportedPlan[], links: readonly ImportedLinkAt[], options: { readonly isRowNumber?: boolean } = {}): CheckedLinks {
  const nodes = indexMilestones(plans);
  const count = links.length;
  const from = new Int32Array(count).fill(-1);
  const to = new Int32Array(count).fill(-1);
  const types = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const at = links[i]!;
    const succ = nodes.of.get(at.milestone);
    if (succ === undefined) continue;
    const ref = at.link.id;
    const slash = ref.indexOf('/');
    const pred = slash < 0 ? nodes.byPlan.get(nodes.plan[succ]!)?.get(ref) : nodes.byPlan.get(ref.slice(0, slash))?.get(ref.slice(slash + 1));
    if (pred === undefined) continue;
    from[i] = pred;
    to[i] = succ;
    types[i] = TYPE_ORDER.get(at.link.type) ?? 0;
  }
  const dropped: { index: number; message: Message }[] = [];
  const label = (i: number): string => `${nodes.names[from[i]!]} → ${nodes.names[to[i]!]}`;
  const lagOf = (link: ImportedLink): string => `${link.lagDays}${link.lagUnit ?? 'd'}`;
  const drop = (i: number, message: Message): void => {
    dropped.push({ index: i, message });
    from[i] = -1;
  };
  for (let i = 0; i < count; i++) if (from[i] !== -1 && from[i] === to[i]) drop(i, msg('import.link-self', { id: nodes.names[to[i]!]!, link: label(i) }));
  for (const [first, repeat] of repeatedLinks(from, to, types, nodes.names.length)) {
    const line = links[repeat]!.line;
    const firstLine = links[first]!.line ?? null;
    const data = { link: label(repeat), type: links[repeat]!.link.type, lag: lagOf(links[repeat]!.link), firstLag: lagOf(links[first]!.link), firstLine };
    drop(repeat, msg('import.link-repeated', { ...data, isSameLine: line !== undefined && line === firstLine, isRowNumber: options.isRowNumber === true }));
  }
  // The links left as edges (plain loops: Int32Array.from with a mapping function goes through the iterator protocol).
  let edges = 0;
  for (let i = 0; i < count; i++) if (from[i] !== -1) edges++;
  const kept = new Int32Array(edges);
  const edgeFrom = new Int32Array(edges);
  const edgeTo = new Int32Array(edges);
  for (let i = 0, e = 0; i < count; i++) {
    if (from[i] === -1) continue;
    kept[e] = i;
    edgeFrom[e] = from[i]!;
    edgeTo[e++] = to[i]!;
  }
  for (const closing of findClosingEdges(nodes.names.length, edgeFrom, edgeTo, SHOWN)) {
    const i = kept[closing.edge]!;
    drop(i, msg('import.link-loop', { link: label(i), cycle: closing.nodes.map((n) => nodes.names[n]!), count: closing.length }));
  }
  if (dropped.length === 0) return { plans: [...plans], findings: [] };
  dropped.sort((a, b) => a.index - b.index);
  const findings = dropped.map(({ index, message }): ImportFinding => {
    const at = links[index]!;
    return { kind: 'dropped', topic: 'link', ...(at.line !== undefined ? { line: at.line } : {}), activity: at.milestone.id, message };
  });
  return { plans: withoutLinks(plans, new Set(dropped.map((d) => links[d.index]!.link))), findings };
}

/**
 * Each milestone of the plans as a node, in plan order: its plan's id, its name in findings, and lookups by object and
 * by plan and id (no `plan/id` string is made per milestone: 100,000 of them were a quarter of this check's time).
 */
function indexMilestones(plans: readonly ImportedPlan[]): { of: Map<ImportedMilestone, number>; byPlan: Map<string, Map<string, number>>; plan: string[]; names: string[] } {
  const of = new Map<ImportedMilestone, number>();
  const byPlan = new Map<string, Map<string, number>>();
  const plan: string[] = [];
  const names: string[] = [];
  for (const p of plans) {
    let ids = byPlan.get(p.id);
    if (ids === undefined) byPlan.set(p.id, (ids = new Map()));
    for (const m of p.milestones) {
      of.set(m, names.length);
      ids.set(m.id, names.length);
      plan.push(p.id);
      names.push(plans.length > 1 ? `${p.id}/${m.id}` : m.id);
    }
  }
  return { of, byPlan, plan, names };
}

/**
 * The links (indices; `from[i]` -1 for none) that repeat an earlier one's predecessor, successor and type, each with
 * that first one: `[first, repeat]`, in no particular order. Links are grouped by successor (a counting sort, which
 * keeps file order in a group), and only a group of two or more is sorted.
 */
function repeatedLinks(from: Int32Array, to: Int32Array, types: Uint8Array, nodeCount: number): [number, number][] {
  const start = new Int32Array(nodeCount + 1);
  for (let i = 0; i < from.length; i++) if (from[i] !== -1) start[to[i]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, nodeCount);
  const bySucc = new Int32Array(start[nodeCount]!);
  for (let i = 0; i < from.length; i++) if (from[i] !== -1) bySucc[fill[to[i]!]!++] = i;
  const pairs: [number, number][] = [];
  for (let n = 0; n < nodeCount; n++) {
    if (start[n + 1]! - start[n]! < 2) continue;
    const group = bySucc.subarray(start[n]!, start[n + 1]!).sort((a, b) => from[a]! - from[b]! || types[a]! - types[b]! || a - b);
    let first = group[0]!;
    for (let k = 1; k < group.length; k++) {
      const i = group[k]!;
      if (from[i] === from[first] && types[i] === types[first]) pairs.push([first, i]);
      else first = i;
    }
  }
  return pairs;
}

/** The plans with the `dropped` links left out of their milestones' `after`. */
function withoutLinks(plans: readonly ImportedPlan[], dropped: ReadonlySet<ImportedLink>): ImportedPlan[] {
  return plans.map((plan) => ({
    ...plan,
    milestones: plan.milestones.map((m) => (m.after.some((l) => dropped.has(l)) ? { ...m, after: m.after.filter((l) => !dropped.has(l)) } : m)),
  }));
}
