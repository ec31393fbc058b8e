// The links from plans outside an import that close a dependency cycle through its milestones (SPEC §10), with each cycle.
import { groupEdges } from '../graph/graph.js';
import type { OutsidePlans } from './loops.js';

/**
 * The links (indices into `from`/`to`) from a milestone outside (node `inside` or after) that close a cycle with the
 * links kept (`from[i]` not -1) and those outside (`outsideLinks`, refs resolved by `node`; one naming nothing is no
 * edge), each with the cycle from its successor to its predecessor: taken in file order, each is left out when its
 * successor reaches its predecessor, else kept as an edge for those after it. Nothing to search when no link outside
 * leads from one of the import's milestones: then no way leads back to the import's.
 */
export function closingThroughOutside(from: Int32Array, to: Int32Array, inside: number, nodeCount: number, outsideLinks: OutsidePlans['links'], node: (ref: string) => number | undefined): { link: number; path: number[] }[] {
  const fixedFrom: number[] = [];
  const fixedTo: number[] = [];
  let leadsOut = false;
  for (const l of outsideLinks) {
    const f = node(l.from);
    const t = node(l.to);
    if (f === undefined || t === undefined) continue;
    fixedFrom.push(f);
    fixedTo.push(t);
    if (f < inside) leadsOut = true;
  }
  if (!leadsOut) return [];
  for (let i = 0; i < from.length; i++) {
    if (from[i] === -1 || from[i]! >= inside) continue;
    fixedFrom.push(from[i]!);
    fixedTo.push(to[i]!);
  }
  const edgeTo = Int32Array.from(fixedTo);
  const { start, edges } = groupEdges(nodeCount, Int32Array.from(fixedFrom));
  /** The links from outside kept so far, by predecessor. */
  const added = new Map<number, number[]>();
  const parent = new Int32Array(nodeCount);
  const seen = new Uint32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  let round = 0;
  const closing: { link: number; path: number[] }[] = [];
  for (let i = 0; i < from.length; i++) {
    const pred = from[i]!;
    if (pred < inside) continue;
    const succ = to[i]!;
    // Breadth first from the successor: the shortest way back to the predecessor is the cycle named.
    round++;
    let head = 0;
    let tail = 0;
    queue[tail++] = succ;
    seen[succ] = round;
    parent[succ] = -1;
    while (head < tail && seen[pred] !== round) {
      const v = queue[head++]!;
      const visit = (w: number): void => {
        if (seen[w] === round) return;
        seen[w] = round;
        parent[w] = v;
        queue[tail++] = w;
      };
      for (let k = start[v]!; k < start[v + 1]!; k++) visit(edgeTo[edges[k]!]!);
      for (const w of added.get(v) ?? []) visit(w);
    }
    if (seen[pred] !== round) {
      const list = added.get(pred);
      if (list === undefined) added.set(pred, [succ]);
      else list.push(succ);
      continue;
    }
    const path: number[] = [];
    for (let v = pred; v !== -1; v = parent[v]!) path.push(v);
    closing.push({ link: i, path: path.reverse() });
  }
  return closing;
}
