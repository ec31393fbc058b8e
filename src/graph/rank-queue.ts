// A priority queue of nodes keyed by rank, for Kahn's algorithm: a binary heap, or a bit set of ranks when the ranks
// are a permutation (the pipeline's ref order always is).

/** Nodes pushed and popped smallest rank first. */
export interface RankQueue {
  readonly size: number;
  push(v: number): void;
  /** The node of the smallest rank pushed and not yet popped; only when size > 0. */
  pop(): number;
  /** The node pop would return, left in the queue; only when size > 0. */
  peek(): number;
}

/** The queue for `rank`: bits when every rank 0 … n-1 occurs once, else a binary heap (ties as the heap breaks them). */
export function rankQueue(rank: Int32Array): RankQueue {
  const n = rank.length;
  const nodeOfRank = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const r = rank[v]!;
    if (!(r >= 0 && r < n) || nodeOfRank[r] !== -1) return new RankHeap(rank);
    nodeOfRank[r] = v;
  }
  return new RankBits(rank, nodeOfRank);
}

/**
 * One bit per rank, and above it a bit per 32-bit word that has one set, up to a single word: push and pop touch one
 * word per level (four at 100,000 nodes) where the heap moved a node through up to 17 levels, reading a rank at each.
 */
class RankBits implements RankQueue {
  size = 0;
  private readonly levels: Int32Array[] = [];

  constructor(
    private readonly rank: Int32Array,
    private readonly nodeOfRank: Int32Array,
  ) {
    let words = rank.length;
    do {
      words = (words + 31) >>> 5;
      this.levels.push(new Int32Array(words));
    } while (words > 1);
  }

  push(v: number): void {
    this.size++;
    let i = this.rank[v]!;
    for (let l = 0; l < this.levels.length; l++) {
      const level = this.levels[l]!;
      const w = i >>> 5;
      const was = level[w]!;
      level[w] = was | (1 << (i & 31));
      // The levels above already know of this word.
      if (was !== 0) return;
      i = w;
    }
  }

  /** The smallest rank set: the lowest bit of each level's word, from the top level down. */
  private smallest(): number {
    const levels = this.levels;
    let i = 0;
    for (let l = levels.length - 1; l >= 0; l--) {
      const word = levels[l]![i]!;
      i = (i << 5) | (31 - Math.clz32(word & -word));
    }
    return i;
  }

  peek(): number {
    return this.nodeOfRank[this.smallest()]!;
  }

  pop(): number {
    this.size--;
    const levels = this.levels;
    let i = this.smallest();
    const v = this.nodeOfRank[i]!;
    for (let l = 0; l < levels.length; l++) {
      const level = levels[l]!;
      const w = i >>> 5;
      const rest = level[w]! & ~(1 << (i & 31));
      level[w] = rest;
      if (rest !== 0) break;
      i = w;
    }
    return v;
  }
}

/** A binary heap keyed by rank, for ranks with ties or gaps. */
class RankHeap implements RankQueue {
  size = 0;
  private readonly heap: Int32Array;

  constructor(private readonly rank: Int32Array) {
    this.heap = new Int32Array(rank.length);
  }

  push(v: number): void {
    const { heap, rank } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (rank[heap[parent]!]! <= rank[v]!) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = v;
  }

  peek(): number {
    return this.heap[0]!;
  }

  pop(): number {
    const { heap, rank } = this;
    const top = heap[0]!;
    const size = --this.size;
    const last = heap[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && rank[heap[child + 1]!]! < rank[heap[child]!]!) child++;
      if (rank[heap[child]!]! >= rank[last]!) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
