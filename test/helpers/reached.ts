// Reachability by a search of the edges written out: what the graph's own answers (graph/reaches.ts,
// graph/reach-pairs.ts) are checked against.

/** The nodes reached from `a` over `edges` (`a` itself included). */
export function reachedFrom(edges: readonly { from: number; to: number }[], a: number): Set<number> {
  const seen = new Set([a]);
  const stack = [a];
  while (stack.length > 0) {
    const n = stack.pop();
    for (const e of edges) {
      if (e.from !== n || seen.has(e.to)) continue;
      seen.add(e.to);
      stack.push(e.to);
    }
  }
  return seen;
}
