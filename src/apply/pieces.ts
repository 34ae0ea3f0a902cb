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
 * Where the last splice of a list left off: piece `index` starts at text offset `pos` (checked
 * against the piece itself before use). The next splice looks for its offset from there, so a
 * run of edits in document order (or in reverse) finds each place without scanning the list from
 * its start: many phrase changes on one unit stay linear.
 */
const fingers = new WeakMap<Piece[], { index: number; pos: number; piece: Piece }>();

/** The index of the piece holding text offset `offset` (the first one with pos + len > offset,
 *  or the one starting there) and its start, found from the list's finger. */
function locate(pieces: Piece[], offset: number): { index: number; pos: number } {
  const f = fingers.get(pieces);
  let i = 0;
  let pos = 0;
  if (f && f.index < pieces.length && pieces[f.index] === f.piece) {
    i = f.index;
    pos = f.pos;
    // walk back while the piece starts after the offset
    while (i > 0 && pos > offset) {
      i--;
      pos -= pieceLength(pieces[i]!);
    }
  }
  // walk forward to the piece holding the offset
  while (i < pieces.length) {
    const len = pieceLength(pieces[i]!);
    if (offset < pos + len || (offset === pos && len > 0)) break;
    if (offset === pos && len === 0) {
      // keep tombstones at the offset after it, as splitAt does: stop at the first piece here
      break;
    }
    pos += len;
    i++;
  }
  // back over zero-length pieces at the same offset: splitAt returns the first piece at an offset
  while (i > 0 && pos === offset && pieceLength(pieces[i - 1]!) === 0) i--;
  return { index: i, pos };
}

/** splitAt from a located position. */
function splitFrom(pieces: Piece[], offset: number, at: { index: number; pos: number }): number {
  const { index: i, pos } = at;
  if (i >= pieces.length) return pieces.length;
  if (offset === pos) return i;
  const [a, b] = splitPiece(pieces[i]!, offset - pos);
  pieces.splice(i, 1, a, b);
  return i + 1;
}

/**
 * Replace [start, end) with `text` written by `by`. Writers whose text the splice touches are
 * reported (a change editing what another change wrote is a `conflict`).
 */
export function splice(pieces: Piece[], start: number, end: number, text: string, by: Writer, moved = false): SpliceResult {
  const overlapped: Writer[] = [];
  const first = locate(pieces, start);
  // an insertion strictly inside a new piece touches it
  if (start === end) {
    const p = pieces[first.index];
    if (p && p.kind === 'new' && start > first.pos && start < first.pos + pieceLength(p)) overlapped.push(p.by);
  }
  const a = splitFrom(pieces, start, first);
  // the end, from the start on
  let b = a;
  let pos = start;
  while (b < pieces.length) {
    const len = pieceLength(pieces[b]!);
    if (end === pos) break;
    if (end < pos + len) {
      const [x, y] = splitPiece(pieces[b]!, end - pos);
      pieces.splice(b, 1, x, y);
      b++;
      break;
    }
    pos += len;
    b++;
  }
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
  if (a < pieces.length) fingers.set(pieces, { index: a, pos: start, piece: pieces[a]! });
  else fingers.delete(pieces);
  return { overlapped };
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
