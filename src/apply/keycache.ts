/**
 * The matching key of a segment of a chunk, kept up to date edit by edit.
 *
 * A phrase change finds its phrase on the matching key of its target (the plain projection,
 * NFC, tone placement …, mapped back to the source). Computing that key afresh for every change
 * costs the length of the unit, so N changes on one unit of N phrases cost O(N²). Here the key of
 * a segment is computed once and then patched: an edit inside one line of a segment without any
 * Markdown punctuation changes the projection only where it is (that text is its own projection,
 * line by line), and the matching key only inside the words around it (whitespace between two
 * letters folds to one space whatever surrounds it: the key of "X Y" is the key of X, a space,
 * the key of Y). So the window from the word boundary before the edit to the one after it is
 * keyed again, and the key characters after it only move by the edit's length.
 *
 * The key is stored in blocks (a few thousand key characters each, with source offsets relative
 * to a base), so that moving everything after an edit costs one addition per block; the joined
 * key text is a string spliced per edit. Any edit the window rule does not cover drops the cached
 * key (the next look-up computes it afresh), so the key is always the one computed from scratch
 * (a property test checks it).
 */
import { blockAt, indexBlocks } from '../util/blocks.js';
import { identity, type MappedText } from '../text/mapped.js';
import type { TextLike } from './rope.js';
import { project } from '../text/markup.js';
import { isWhitespace, matchKey } from '../text/normalize.js';
import { isLetterOrNumberUnitAt as wordish } from '../text/letters.js';

/** A matching key, read through accessors. */
export interface KeyView {
  readonly length: number;
  startAt(k: number): number;
  endAt(k: number): number;
}

const BLOCK = 2048;

interface Block {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** source offset = base + relative offset */
  base: number;
  length: number;
}

/** Markdown punctuation: a segment holding any is read by the tokenizer, not line by line. */
const MARKUP = /[*_`\\<>[\]&~|!]/;

export class SegmentKey implements KeyView {
  private joined: string | undefined;
  length = 0;
  private blocks: Block[] = [];
  /** key index where each block starts */
  private firsts: number[] = [];
  /** no Markdown punctuation in the segment: edits inside it can be patched in */
  readonly plain: boolean;

  constructor(
    source: string,
    public start: number,
    public end: number,
  ) {
    const key = matchKey(project(source, start, end));
    this.plain = !MARKUP.test(source.slice(start, end));
    this.setBlocks([{ text: key.text, starts: key.starts, ends: key.ends, base: 0, length: key.text.length }]);
    this.joined = key.text;
  }

  /** The key text, joined (for hints and `expect`; phrase look-ups use find). */
  get text(): string {
    if (this.joined === undefined) this.joined = this.blocks.map((b) => b.text).join('');
    return this.joined;
  }

  charAt(k: number): string {
    if (k < 0 || k >= this.length) return '';
    const b = this.blockOf(k);
    return this.blocks[b]!.text.charAt(k - this.firsts[b]!);
  }

  slice(a: number, b: number): string {
    a = Math.max(0, a);
    b = Math.min(this.length, b);
    let out = '';
    for (let i = a < this.length ? this.blockOf(a) : this.blocks.length; i < this.blocks.length && this.firsts[i]! < b; i++) {
      const f = this.firsts[i]!;
      out += this.blocks[i]!.text.slice(Math.max(0, a - f), b - f);
    }
    return out;
  }

  /** The first index ≥ from where `needle` occurs, or -1 (block by block, then across each
   *  boundary between blocks). */
  find(needle: string, from: number): number {
    if (needle === '' || from >= this.length) return -1;
    const need = needle.length - 1;
    for (let b = this.blockOf(Math.max(0, from)); b < this.blocks.length; b++) {
      const f = this.firsts[b]!;
      const own = this.blocks[b]!.text;
      const at = own.indexOf(needle, Math.max(0, from - f));
      if (at >= 0) return f + at;
      if (need === 0 || b + 1 >= this.blocks.length) continue;
      // an occurrence that starts in this block and ends in a later one
      const lo = Math.max(0, own.length - need, from - f);
      if (lo >= own.length) continue;
      let hay = own.slice(lo);
      for (let n = b + 1; n < this.blocks.length && hay.length < own.length - lo + need; n++) hay += this.blocks[n]!.text.slice(0, own.length - lo + need - hay.length);
      const across = hay.indexOf(needle);
      if (across >= 0 && lo + across < own.length) return f + lo + across;
    }
    return -1;
  }

  private setBlocks(list: Block[]): void {
    const out: Block[] = [];
    for (const b of list) {
      if (b.length <= 2 * BLOCK) {
        if (b.length > 0) out.push(b);
        continue;
      }
      for (let i = 0; i < b.length; i += BLOCK) {
        const n = Math.min(BLOCK, b.length - i);
        out.push({ text: b.text.slice(i, i + n), starts: b.starts.slice(i, i + n), ends: b.ends.slice(i, i + n), base: b.base, length: n });
      }
    }
    this.blocks = out;
    this.reindex();
  }

  private reindex(): void {
    ({ firsts: this.firsts, length: this.length } = indexBlocks(this.blocks));
  }

  private blockOf(k: number): number {
    return blockAt(this.firsts, k);
  }

  startAt(k: number): number {
    const b = this.blockOf(k);
    const bl = this.blocks[b]!;
    return bl.base + bl.starts[k - this.firsts[b]!]!;
  }

  endAt(k: number): number {
    const b = this.blockOf(k);
    const bl = this.blocks[b]!;
    return bl.base + bl.ends[k - this.firsts[b]!]!;
  }

  /** The first key index whose source start is ≥ offset (starts never decrease in a plain key). */
  private indexAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.startAt(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The segment moved by `delta` (an edit before it in its chunk). */
  shift(delta: number): void {
    this.start += delta;
    this.end += delta;
    for (const b of this.blocks) b.base += delta;
  }

  /** As a flat mapped text (for hints, which are rare). */
  flat(): MappedText {
    const n = this.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let k = 0;
    for (const b of this.blocks) {
      for (let i = 0; i < b.length; i++, k++) {
        starts[k] = b.base + b.starts[i]!;
        ends[k] = b.base + b.ends[i]!;
      }
    }
    return { text: this.text, starts, ends };
  }

  /**
   * Patch the key for the edit that replaced old[s, e) with `t` (`source` is the text after the
   * edit). Returns false when the edit is not one the window rule covers: the caller drops the key.
   */
  patch(source: TextLike, s: number, e: number, t: string): boolean {
    if (!this.plain || s <= this.start || e >= this.end || MARKUP.test(t) || /[\r\n]/.test(t)) return false;
    const delta = t.length - (e - s);
    // the line of the edit, in the new text
    const before = Math.max(0, s - 256);
    const ls = before + source.slice(before, s).lastIndexOf('\n') + 1;
    const after = Math.min(source.length, s + t.length + 256);
    const nl = source.slice(s + t.length, after).indexOf('\n');
    const le = nl < 0 ? after : s + t.length + nl;
    // a word boundary left of the edit: letter, whitespace run, letter at wa < s
    const wa = leftBoundary(source, s, ls);
    const wbNew = rightBoundary(source, s + t.length, le);
    if (wa < 0 || wbNew < 0 || wa <= this.start || wbNew - delta >= this.end) return false;
    const wbOld = wbNew - delta;
    const ka = this.indexAtOrAfter(wa);
    const kb = this.indexAtOrAfter(wbOld);
    if (ka >= this.length || this.startAt(ka) !== wa || kb >= this.length || this.startAt(kb) !== wbOld) return false;
    const win = matchKey(identity(source.slice(wa, wbNew)));
    // the new middle: the blocks around [ka, kb) rebuilt
    const bi = this.blockOf(ka);
    const bj = this.blockOf(kb);
    const A = this.blocks[bi]!;
    const B = this.blocks[bj]!;
    const headLen = ka - this.firsts[bi]!;
    const tailFrom = kb - this.firsts[bj]!;
    const tailLen = B.length - tailFrom;
    const n = headLen + win.text.length + tailLen;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < headLen; i++, k++) {
      starts[k] = A.base + A.starts[i]!;
      ends[k] = A.base + A.ends[i]!;
    }
    for (let i = 0; i < win.text.length; i++, k++) {
      starts[k] = wa + win.starts[i]!;
      ends[k] = wa + win.ends[i]!;
    }
    for (let i = tailFrom; i < B.length; i++, k++) {
      starts[k] = B.base + B.starts[i]! + delta;
      ends[k] = B.base + B.ends[i]! + delta;
    }
    const middle: Block = { text: A.text.slice(0, headLen) + win.text + B.text.slice(tailFrom), starts, ends, base: 0, length: n };
    for (let b = bj + 1; b < this.blocks.length; b++) this.blocks[b]!.base += delta;
    const list = this.blocks.slice(0, bi).concat([middle], this.blocks.slice(bj + 1));
    this.joined = undefined;
    this.end += delta;
    if (n > 2 * BLOCK) this.setBlocks(list);
    else {
      this.blocks = list.filter((b) => b.length > 0);
      this.reindex();
    }
    return true;
  }
}

/** wa < s with source[wa] a letter after a whitespace run that follows a letter, all on [ls, s). */
function leftBoundary(source: TextLike, s: number, ls: number): number {
  const limit = Math.max(ls, s - 256);
  for (let i = s - 1; i > limit; i--) {
    if (!wordish(source, i) || !isWhitespace(source.charCodeAt(i - 1))) continue;
    let w = i - 1;
    while (w > ls && isWhitespace(source.charCodeAt(w - 1))) w--;
    if (w - 1 >= ls && wordish(source, w - 1)) return i;
  }
  return -1;
}

/** wb ≥ from with source[wb - 1] a letter and source[wb] a whitespace run followed by a letter, on the line. */
function rightBoundary(source: TextLike, from: number, le: number): number {
  const limit = Math.min(le, from + 256);
  for (let i = from + 1; i < limit; i++) {
    if (!wordish(source, i - 1) || !isWhitespace(source.charCodeAt(i))) continue;
    let w = i;
    while (w < le && isWhitespace(source.charCodeAt(w))) w++;
    if (w < le && wordish(source, w)) return i;
  }
  return -1;
}
