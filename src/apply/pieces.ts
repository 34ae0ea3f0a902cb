/**
 * A piece table: a text described as a list of pieces, each either a range of the original
 * source or text written by a change. Every edit is a splice on it; at the end the pieces say
 * exactly which original bytes survive, where, and which change wrote the rest — the ground truth
 * of the redline and of the provenance, and the reason untouched bytes stay identical.
 */
export interface Writer {
  /** index of the patch in the run */
  patch: number;
  /** index of the change in its patch */
  change: number;
}

export type Piece =
  | { kind: 'orig'; start: number; end: number }
  | { kind: 'new'; text: string; by: Writer; moved?: boolean }
  /** a tombstone: original text [start, end) deleted here by `by` (zero length in the text) */
  | { kind: 'del'; start: number; end: number; by: Writer };

export function pieceLength(p: Piece): number {
  return p.kind === 'orig' ? p.end - p.start : p.kind === 'new' ? p.text.length : 0;
}

export function pieceText(p: Piece, original: string): string {
  return p.kind === 'orig' ? original.slice(p.start, p.end) : p.kind === 'new' ? p.text : '';
}

/** Split a piece at a relative offset. */
function splitPiece(p: Piece, at: number): [Piece, Piece] {
  if (p.kind === 'orig') return [{ kind: 'orig', start: p.start, end: p.start + at }, { kind: 'orig', start: p.start + at, end: p.end }];
  if (p.kind === 'del') return [p, { ...p, start: p.end }];
  return [
    { ...p, text: p.text.slice(0, at) },
    { ...p, text: p.text.slice(at) },
  ];
}

/** Split a piece list at a text offset; returns the index of the first piece at or after it. */
export function splitAt(pieces: Piece[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < pieces.length; i++) {
    const len = pieceLength(pieces[i]!);
    if (offset === pos) return i;
    if (offset < pos + len) {
      const [a, b] = splitPiece(pieces[i]!, offset - pos);
      pieces.splice(i, 1, a, b);
      return i + 1;
    }
    pos += len;
  }
  return pieces.length;
}

export interface SpliceResult {
  /** the writers of new text that the splice deletes or falls strictly inside */
  overlapped: Writer[];
}

/**
 * Replace [start, end) with `text` written by `by`. Writers whose text the splice touches are
 * reported (a change editing what another change wrote is a `conflict`).
 */
export function splice(pieces: Piece[], start: number, end: number, text: string, by: Writer, moved = false): SpliceResult {
  const overlapped: Writer[] = [];
  // an insertion strictly inside a new piece touches it
  if (start === end) {
    let pos = 0;
    for (const p of pieces) {
      const len = pieceLength(p);
      if (p.kind === 'new' && start > pos && start < pos + len) overlapped.push(p.by);
      pos += len;
    }
  }
  const a = splitAt(pieces, start);
  const b = splitAt(pieces, end);
  const kept: Piece[] = [];
  for (let i = a; i < b; i++) {
    const p = pieces[i]!;
    if (p.kind === 'new' && pieceLength(p) > 0) overlapped.push(p.by);
    // deleted original text leaves a tombstone; earlier tombstones stay as they were
    if (p.kind === 'orig') kept.push({ kind: 'del', start: p.start, end: p.end, by });
    else if (p.kind === 'del') kept.push(p);
  }
  const inserted: Piece[] = text.length > 0 ? [{ kind: 'new', text, by, ...(moved ? { moved: true } : {}) }] : [];
  pieces.splice(a, b - a, ...kept, ...inserted);
  return { overlapped };
}

/** The pieces of [start, end) of a list (copies). */
export function slicePieces(pieces: readonly Piece[], start: number, end: number): Piece[] {
  const copy = pieces.map((p) => ({ ...p }));
  const a = splitAt(copy, start);
  const b = splitAt(copy, end);
  return copy.slice(a, b);
}

/** Merge adjacent pieces that continue each other (keeps lists short). */
export function compact(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (pieceLength(p) === 0 && p.kind !== 'del') continue;
    const last = out[out.length - 1];
    if (last && last.kind === 'orig' && p.kind === 'orig' && last.end === p.start) last.end = p.end;
    else if (last && last.kind === 'del' && p.kind === 'del' && last.end === p.start && last.by.patch === p.by.patch && last.by.change === p.by.change) last.end = p.end;
    else if (last && last.kind === 'new' && p.kind === 'new' && last.by.patch === p.by.patch && last.by.change === p.by.change && !!last.moved === !!p.moved) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
