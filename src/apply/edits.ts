/**
 * Edits, textlint's fixer shape: a range of the current text and the text that replaces it. An
 * operation says what it changes as a list of edits; the working document applies them all at
 * once (WorkingDocument.applyEdits, the one place text changes), from the last to the first so
 * that no edit moves the offsets of another, and refuses a list in which two edits overlap —
 * their result would depend on the order they are applied in.
 */
export interface Edit<P> {
  /** [start, end) of the current text; start = end inserts */
  range: readonly [P, P];
  text: string;
  /** written by a move (the redline shows it as moved, not inserted) */
  moved?: boolean;
}

/** An edit with its range as two comparable offsets. */
export interface Placed<P> {
  edit: Edit<P>;
  start: number;
  end: number;
}

/** Two edits of one list overlap: they touch the same text, or insert at the same place. */
export class OverlappingEdits extends Error {
  constructor(
    readonly first: { start: number; end: number },
    readonly second: { start: number; end: number },
  ) {
    super(`quyche: overlapping edits [${first.start}, ${first.end}) and [${second.start}, ${second.end})`);
    this.name = 'OverlappingEdits';
  }
}

/**
 * The edits in the order they are applied: the last first (by start, and of two starting at one
 * place the one that removes text before the one that inserts there, so the insertion lands
 * before the new text). `offset` gives a position's place in the text. Throws OverlappingEdits
 * when two edits overlap; edits that only touch (one ends where the next starts) do not.
 */
export function orderEdits<P>(edits: readonly Edit<P>[], offset: (p: P) => number): Placed<P>[] {
  const placed = edits.map((edit) => ({ edit, start: offset(edit.range[0]), end: offset(edit.range[1]) }));
  for (const p of placed) if (p.end < p.start) throw new RangeError(`quyche: an edit ends before it starts [${p.start}, ${p.end})`);
  placed.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let k = 1; k < placed.length; k++) {
    const later = placed[k - 1]!;
    const earlier = placed[k]!;
    const samePoint = earlier.start === earlier.end && later.start === later.end && earlier.start === later.start;
    if (earlier.end > later.start || samePoint) throw new OverlappingEdits(earlier, later);
  }
  return placed;
}
