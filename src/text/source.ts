/**
 * A source file's text with its line index: offsets ↔ 1-based line and column.
 * Columns count UTF-16 code units, as mdast, vfile and textlint do (documented in docs/format.md:
 * for NFD text a column can differ from the visual column).
 */
import { blockAt } from '../util/blocks.js';
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

export class SourceText {
  private lineStarts: Int32Array | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  private index(): Int32Array {
    if (!this.lineStarts) {
      const starts: number[] = [0];
      const t = this.text;
      let i = t.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = t.indexOf('\n', i + 1);
      }
      this.lineStarts = Int32Array.from(starts);
    }
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.index().length;
  }

  point(offset: number): Point {
    const starts = this.index();
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lo = blockAt(starts, o);
    return { line: lo + 1, column: o - starts[lo]! + 1, offset: o };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    const starts = this.index();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  }
}
