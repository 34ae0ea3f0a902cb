/**
 * A text derived from a source string, with, for every UTF-16 code unit of the derived text,
 * the source range it came from. Every matcher in quyche works on a derived text (the plain
 * projection of Markdown, the normalised matching key) and maps its hits back to source offsets
 * through these arrays, so that edits are always spliced into the user's original bytes.
 */
import { doubled } from '../util/grow.js';

export interface MappedText {
  readonly text: string;
  /** source offset where the code unit at index i starts */
  readonly starts: Int32Array;
  /** source offset where the code unit at index i ends (exclusive) */
  readonly ends: Int32Array;
}

/** Source range [start, end) of the derived range [from, to). An empty range maps to a point. */
export function sourceRange(m: MappedText, from: number, to: number): [number, number] {
  if (m.text.length === 0) return [0, 0];
  if (to <= from) {
    const at = from < m.text.length ? m.starts[from]! : m.ends[m.text.length - 1]!;
    return [at, at];
  }
  return [m.starts[from]!, m.ends[to - 1]!];
}

/** Growable builder: push code units with their source ranges, then build(). */
export class MappedBuilder {
  private codes: Uint16Array;
  private s: Int32Array;
  private e: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    const c = Math.max(16, capacity);
    this.codes = new Uint16Array(c);
    this.s = new Int32Array(c);
    this.e = new Int32Array(c);
  }

  private grow(): void {
    this.codes = doubled(this.codes);
    this.s = doubled(this.s);
    this.e = doubled(this.e);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.s[this.length] = start;
    this.e[this.length] = end;
    this.length++;
  }

  /** Push every code unit of `str`, all mapped to the same source range. */
  pushString(str: string, start: number, end: number): void {
    for (let i = 0; i < str.length; i++) this.push(str.charCodeAt(i), start, end);
  }

  lastCode(): number {
    return this.length > 0 ? this.codes[this.length - 1]! : -1;
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  codeAt(i: number): number {
    return this.codes[i]!;
  }

  setCode(i: number, code: number): void {
    this.codes[i] = code;
  }

  build(): MappedText {
    const n = this.length;
    let text = '';
    const CHUNK = 8192;
    for (let i = 0; i < n; i += CHUNK) {
      text += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
    }
    // views when the builder is mostly full (no copy: it is not pushed to after build), copies
    // when a view would hold a much larger buffer
    const view = n * 2 >= this.s.length;
    return { text, starts: view ? this.s.subarray(0, n) : this.s.slice(0, n), ends: view ? this.e.subarray(0, n) : this.e.slice(0, n) };
  }
}

/** The identity mapping of a source slice. */
export function identity(source: string, start = 0, end = source.length): MappedText {
  const n = end - start;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = start + i;
    ends[i] = start + i + 1;
  }
  return { text: source.slice(start, end), starts, ends };
}

