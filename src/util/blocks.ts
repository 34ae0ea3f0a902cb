/**
 * The index of a text kept in blocks (apply/rope.ts, apply/keycache.ts; lines in text/source.ts):
 * the offset where each block starts, and the block holding an offset, by binary search.
 */
export interface BlockIndex {
  /** the offset of each block's first character */
  firsts: number[];
  /** the total length */
  length: number;
}

export function indexBlocks(blocks: ReadonlyArray<{ length: number }>): BlockIndex {
  const firsts = new Array<number>(blocks.length);
  let k = 0;
  for (let i = 0; i < blocks.length; i++) {
    firsts[i] = k;
    k += blocks[i]!.length;
  }
  return { firsts, length: k };
}

/** The block holding offset `k` (the last block for k = length). */
export function blockAt(firsts: ArrayLike<number>, k: number): number {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firsts[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
