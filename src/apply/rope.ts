/**
 * A text kept as blocks of a few thousand characters, so that an edit rewrites one block and not
 * the whole text. A JavaScript string is immutable: splicing a 150 kB unit a thousand times
 * copies it a thousand times, and strings that large are allocated one by one in V8's large-object
 * space (measured: 26 µs per splice at 50 kB, 2.3 ms at 200 kB). The whole text is joined only
 * when asked for (and kept until the next edit).
 */
import { blockAt, indexBlocks } from '../util/blocks.js';
export interface TextLike {
  readonly length: number;
  charAt(i: number): string;
  charCodeAt(i: number): number;
  slice(a: number, b?: number): string;
  indexOf(s: string, from?: number): number;
  lastIndexOf(s: string, from?: number): number;
}

const BLOCK = 8192;

export class Rope implements TextLike {
  private blocks: string[];
  /** text offset where each block starts */
  private firsts: number[] = [];
  private joined: string | undefined;
  length: number;

  constructor(text: string) {
    this.joined = text;
    this.length = text.length;
    this.blocks = [];
    for (let i = 0; i < text.length; i += BLOCK) this.blocks.push(text.slice(i, Math.min(text.length, i + BLOCK)));
    this.reindex();
  }

  private reindex(): void {
    ({ firsts: this.firsts, length: this.length } = indexBlocks(this.blocks));
  }

  /** the block holding offset i (the last block for i = length) */
  private blockOf(i: number): number {
    return blockAt(this.firsts, i);
  }

  toString(): string {
    if (this.joined === undefined) this.joined = this.blocks.join('');
    return this.joined;
  }

  charAt(i: number): string {
    if (i < 0 || i >= this.length) return '';
    if (this.joined !== undefined) return this.joined.charAt(i);
    const b = this.blockOf(i);
    return this.blocks[b]!.charAt(i - this.firsts[b]!);
  }

  charCodeAt(i: number): number {
    if (i < 0 || i >= this.length) return NaN;
    if (this.joined !== undefined) return this.joined.charCodeAt(i);
    const b = this.blockOf(i);
    return this.blocks[b]!.charCodeAt(i - this.firsts[b]!);
  }

  slice(a: number, b: number = this.length): string {
    if (this.joined !== undefined) return this.joined.slice(a, b);
    a = Math.max(0, Math.min(this.length, a < 0 ? this.length + a : a));
    b = Math.max(0, Math.min(this.length, b < 0 ? this.length + b : b));
    if (b <= a) return '';
    const i = this.blockOf(a);
    const j = this.blockOf(b - 1);
    if (i === j) return this.blocks[i]!.slice(a - this.firsts[i]!, b - this.firsts[i]!);
    let out = this.blocks[i]!.slice(a - this.firsts[i]!);
    for (let k = i + 1; k < j; k++) out += this.blocks[k]!;
    return out + this.blocks[j]!.slice(0, b - this.firsts[j]!);
  }

  /** indexOf of a single character or a short string (searched block by block, with overlap) */
  indexOf(s: string, from = 0): number {
    if (this.joined !== undefined) return this.joined.indexOf(s, from);
    if (from < 0) from = 0;
    if (from >= this.length || this.blocks.length === 0) return s === '' ? this.length : -1;
    for (let b = this.blockOf(from); b < this.blocks.length; b++) {
      const base = this.firsts[b]!;
      const hay = s.length > 1 && b + 1 < this.blocks.length ? this.blocks[b]! + this.blocks[b + 1]!.slice(0, s.length - 1) : this.blocks[b]!;
      const at = hay.indexOf(s, Math.max(0, from - base));
      if (at >= 0) return base + at;
    }
    return -1;
  }

  lastIndexOf(s: string, from = this.length): number {
    if (this.joined !== undefined) return this.joined.lastIndexOf(s, from);
    if (from < 0 || this.blocks.length === 0) return -1;
    if (from >= this.length) from = this.length - 1;
    for (let b = this.blockOf(from); b >= 0; b--) {
      const base = this.firsts[b]!;
      const hay = s.length > 1 && b + 1 < this.blocks.length ? this.blocks[b]! + this.blocks[b + 1]!.slice(0, s.length - 1) : this.blocks[b]!;
      const at = hay.lastIndexOf(s, from - base);
      if (at >= 0) return base + at;
    }
    return -1;
  }

  /** Replace [s, e) with t. */
  splice(s: number, e: number, t: string): void {
    if (this.blocks.length === 0) {
      this.blocks = t ? [t] : [];
      this.joined = undefined;
      this.reindex();
      return;
    }
    const i = this.blockOf(s);
    const j = this.blockOf(Math.max(s, e - 1));
    const head = this.blocks[i]!.slice(0, s - this.firsts[i]!);
    const tail = this.blocks[j]!.slice(e - this.firsts[j]!);
    const middle = head + t + tail;
    const fresh: string[] = [];
    if (middle.length <= 2 * BLOCK) fresh.push(middle);
    else for (let k = 0; k < middle.length; k += BLOCK) fresh.push(middle.slice(k, Math.min(middle.length, k + BLOCK)));
    this.blocks.splice(i, j - i + 1, ...fresh.filter((x) => x.length > 0));
    this.joined = undefined;
    this.reindex();
  }
}
