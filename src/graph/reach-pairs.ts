// Whether each of many pairs of nodes is joined by a path, answered together: one search per pair took the rules'
// cycle checks quadratic in a large network, and a budget over them let answers go unknown (tester round 83 F1).
import type { Graph } from './graph.js';
import { Reach, ReachSearch } from './reaches.js';

/** Nodes one pair's own search may visit before it is left to the batched pass (reachPairs). */
const OWN_SEARCH = 4096;

/** Words of pairs answered together by one pass over the graph: one bit each of a 32-bit word per component. */
const WORDS = 8;

/**
 * For each pair k, whether node `to[k]` is reached from node `from[k]` over successor edges (a node reaches itself,
 * and every node of its strongly connected component: Graph.component). Each other pair first gets a search of its
 * own of at most OWN_SEARCH nodes (in a graph without a cycle only nodes no later than `to[k]` in the topological
 * order, which nothing later reaches); the pairs left are answered up to 256 at a time by passes over the graph's components
 * in topological order, each carrying each pair's bit from the component of its `from` along every edge to another
 * component: one pass answers its pairs exactly, however the nodes of a cycle are ordered (tester round 88 N4: passes
 * over the nodes were repeated once for each step back along a 10,000-long ring, and ran out of work). `maxWork`
 * bounds the nodes and edges those passes visit together: the pairs left past it are Reach.Unknown. `ownSearch` is the
 * bound of each pair's own search (tests set 0 to send every pair to the passes). Returns one Reach per pair.
 */
export function reachPairs(graph: Graph, from: Int32Array, to: Int32Array, maxWork = 200_000_000, ownSearch = OWN_SEARCH): Uint8Array {
  const answers = new Uint8Array(from.length);
  const searches = new ReachSearch(graph);
  const left: number[] = [];
  const { component } = graph;
  for (let k = 0; k < from.length; k++) {
    // Two nodes of one strongly connected component reach each other: no search (tester round 87 F4: a cycle through
    // most of a 100,000-milestone network sent 3,000 such pairs to the passes, and the budget ran out on the others).
    if (component[from[k]!] === component[to[k]!]) {
      answers[k] = Reach.Yes;
      continue;
    }
    const answer = searches.search(from[k]!, to[k]!, ownSearch);
    if (answer === Reach.Unknown) left.push(k);
    else answers[k] = answer;
  }
  if (left.length === 0) return answers;
  const { order, memberStart, members } = condensation(graph);
  const passWork = graph.nodeCount + graph.succEdges.length;
  // Words of 32 pairs each carried together: a pass walks every edge once however many it carries (tester round 89
  // F3: 40,000 questions in a 100,000-milestone network ran past the work budget one word at a time).
  const words = Math.min(WORDS, Math.ceil(left.length / 32));
  const batchSize = 32 * words;
  let work = 0;
  const bits = new Int32Array((memberStart.length - 1) * words);
  for (let start = 0; start < left.length; start += batchSize) {
    const batch = left.slice(start, start + batchSize);
    if (work + passWork > maxWork) {
      for (const k of batch) answers[k] = Reach.Unknown;
      continue;
    }
    work += passWork;
    bits.fill(0);
    batch.forEach((k, b) => {
      const at = component[from[k]!]! * words + (b >> 5);
      bits[at] = bits[at]! | (1 << (b & 31));
    });
    for (let i = 0; i < order.length; i++) {
      const c = order[i]!;
      const mine = c * words;
      let any = 0;
      for (let w = 0; w < words; w++) any |= bits[mine + w]!;
      if (any === 0) continue;
      for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
        const node = members[m]!;
        for (let e = graph.succStart[node]!; e < graph.succStart[node + 1]!; e++) {
          const d = component[graph.edgeTo[graph.succEdges[e]!]!]!;
          if (d === c) continue;
          const theirs = d * words;
          for (let w = 0; w < words; w++) bits[theirs + w] = bits[theirs + w]! | bits[mine + w]!;
        }
      }
    }
    batch.forEach((k, b) => {
      answers[k] = (bits[component[to[k]!]! * words + (b >> 5)]! >>> (b & 31)) & 1 ? Reach.Yes : Reach.No;
    });
  }
  return answers;
}

/**
 * The graph's strongly connected components in an order in which every edge from one component to another goes
 * forward (Kahn's algorithm on the condensation), and the nodes of each: component c's are
 * `members[memberStart[c] .. memberStart[c + 1])`. Component numbers run below the node count (Graph.component);
 * numbers no node has are empty and left out of `order`. A graph whose nodes are each a component of their own is its
 * own condensation, in Graph.order (topological over the edges outside cycles, which are all edges between two).
 */
function condensation(graph: Graph): { order: Int32Array; memberStart: Int32Array; members: Int32Array } {
  const n = graph.nodeCount;
  const { component } = graph;
  // Every node a component of its own (a graph without a cycle, or one of self-links only): Graph.order is the order.
  let own = true;
  for (let v = 0; v < n && own; v++) own = component[v] === v;
  if (own) {
    return { order: graph.order, memberStart: Int32Array.from({ length: n + 1 }, (_, i) => i), members: Int32Array.from({ length: n }, (_, i) => i) };
  }
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, component[v]! + 1);
  const memberStart = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) memberStart[component[v]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(n);
  const filled = memberStart.slice(0, count);
  for (let v = 0; v < n; v++) members[filled[component[v]!]!++] = v;
  const waiting = new Int32Array(count);
  for (let e = 0; e < graph.edgeTo.length; e++) {
    const c = component[graph.edgeFrom[e]!]!;
    const d = component[graph.edgeTo[e]!]!;
    if (c !== d) waiting[d]!++;
  }
  const order = new Int32Array(count);
  let size = 0;
  for (let c = 0; c < count; c++) if (waiting[c] === 0 && memberStart[c + 1]! > memberStart[c]!) order[size++] = c;
  for (let i = 0; i < size; i++) {
    const c = order[i]!;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
      const node = members[m]!;
      for (let e = graph.succStart[node]!; e < graph.succStart[node + 1]!; e++) {
        const d = component[graph.edgeTo[graph.succEdges[e]!]!]!;
        if (d !== c && --waiting[d]! === 0) order[size++] = d;
      }
    }
  }
  return { order: order.subarray(0, size), memberStart, members };
}
