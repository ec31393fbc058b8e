// The imported links that repeat an earlier link's predecessor, successor and type (SPEC §10), found by successor.
/**
 * The links (indices; `from[i]` -1 for none) that repeat an earlier one's predecessor, successor and type, each with
 * that first one: `[first, repeat]`, in no particular order. Links are grouped by successor (a counting sort, which
 * keeps file order in a group), and only a group of two or more is sorted.
 */
export function repeatedLinks(from: Int32Array, to: Int32Array, types: Uint8Array, nodeCount: number): [number, number][] {
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
