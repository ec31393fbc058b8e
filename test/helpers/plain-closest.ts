// closestWord's definition written out plainly (src/text/closest.ts, extension-index.ts), for the tests that check
// its fast paths against it: the first nearest candidate within the limit, or the nearest extension.

/**
 * An extension as defined (src/text/extension-index.ts), written out: one of the two begins with the other, the rest
 * has no '/', and the shorter has at least two characters after its last '/'. The characters added, or -1.
 */
function plainGap(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short) || long.slice(short.length).includes('/')) return -1;
  return short.split('/').pop()!.length >= 2 ? long.length - short.length : -1;
}

/**
 * The loop as first written: the first candidate with the smallest distance if within the limit. When a candidate
 * extends the word or the word extends it, the nearest such (the first of equals) instead, unless a candidate of
 * another length than the word's is nearer still (and within the limit): then the first nearest of those.
 */
export function plainClosestBy(distance: (a: string, b: string) => number, word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === w);
  if (exact !== undefined) return exact;
  let extension: string | undefined;
  let extensionGap = Infinity;
  for (const candidate of candidates) {
    const gap = plainGap(w, candidate.toLowerCase());
    if (gap > 0 && gap < extensionGap) {
      extension = candidate;
      extensionGap = gap;
    }
  }
  if (extension === undefined) return plainNearest(distance, word, candidates);
  const otherLength = candidates.filter((c) => c.toLowerCase().length !== w.length && distance(w, c.toLowerCase()) < extensionGap);
  return plainNearest(distance, word, otherLength) ?? extension;
}

function plainNearest(distance: (a: string, b: string) => number, word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

