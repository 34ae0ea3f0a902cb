/**
 * From Markdown source with revisions to paragraphs. The input is a text (a regulation body, or a
 * redline's old and new text interleaved) with a revision per character: 0 unchanged, 1 inserted,
 * 2 deleted. Every non-blank line is one paragraph:
 *
 * - its display text is the line's plain projection (indentation, `#`, emphasis, escapes gone),
 *   each character keeping the revision of the source character it came from;
 * - its paragraph mark takes the revision of the line break that ends it, so that accepting every
 *   revision gives exactly the new lines and rejecting every revision the old ones (an inserted
 *   unit after a clause: the clause's break is inserted, the new unit's is the old one);
 * - its style comes from the printed label (Chương → division, Điều → article, else body);
 * - it keeps its source runs for the Markdown writer.
 */
import { matchLabel } from '../document/labels.js';
import { lineContentStart, project } from '../text/markup.js';
import { para, type Inline, type Paragraph, type ParagraphStyle, type Revision, type Run } from './doc.js';

export const SAME = 0;
export const INS = 1;
export const DEL = 2;

const REV: Array<Revision | undefined> = [undefined, 'ins', 'del'];

/** Accumulates text with a revision per character. */
export class MarkedText {
  private parts: string[] = [];
  private runs: Array<{ at: number; mark: number }> = [];
  length = 0;
  /** anchors: the paragraph holding offset `at` gets `id` */
  readonly anchors: Array<{ at: number; id: string }> = [];

  push(text: string, mark: number): void {
    if (!text) return;
    this.parts.push(text);
    this.runs.push({ at: this.length, mark });
    this.length += text.length;
  }

  anchor(id: string): void {
    this.anchors.push({ at: this.length, id });
  }

  build(): { text: string; marks: Uint8Array } {
    const text = this.parts.join('');
    const marks = new Uint8Array(text.length);
    this.runs.forEach((r, i) => {
      const end = i + 1 < this.runs.length ? this.runs[i + 1]!.at : text.length;
      if (r.mark !== SAME) marks.fill(r.mark, r.at, end);
    });
    return { text, marks };
  }
}

export function styleOfLine(content: string, heading: boolean): ParagraphStyle {
  const m = matchLabel(content.normalize('NFC'), heading);
  if (m) {
    if (m.pattern === 'dieu') return 'article';
    if (m.pattern === 'phan' || m.pattern === 'chuong' || m.pattern === 'muc' || m.pattern === 'tieu-muc') return 'division';
    return 'body';
  }
  return heading ? 'title' : 'body';
}

function runsOf(text: string, marks: Uint8Array, from: number, to: number): Run[] {
  const out: Run[] = [];
  let i = from;
  while (i < to) {
    let j = i + 1;
    while (j < to && marks[j] === marks[i]) j++;
    const rev = REV[marks[i]!];
    out.push(rev ? { text: text.slice(i, j), rev } : { text: text.slice(i, j) });
    i = j;
  }
  return out;
}

export interface ParagraphOptions {
  /** the paragraph holding offset `at` gets `id` (the first one, when several) */
  anchors?: ReadonlyArray<{ at: number; id: string }>;
  /** footnote references to place at source offsets (right after a unit's label) */
  notes?: ReadonlyMap<number, readonly number[]>;
  /** called for each paragraph with its line's [start, end) in the text */
  decorate?: (p: Paragraph, start: number, end: number) => void;
}

/** Paragraphs of a marked Markdown text (see the module comment). */
export function markedParagraphs(text: string, marks: Uint8Array, opts: ParagraphOptions = {}): Paragraph[] {
  const out: Paragraph[] = [];
  const anchors = [...(opts.anchors ?? [])].sort((x, y) => x.at - y.at);
  const noteAt = [...(opts.notes ?? new Map<number, readonly number[]>()).entries()].sort((x, y) => x[0] - y[0]);
  let a = 0;
  let n = 0;
  let ls = 0;
  let blank = 0;
  for (;;) {
    let le = text.indexOf('\n', ls);
    if (le === -1) le = text.length;
    let ce = le;
    if (ce > ls && text.charCodeAt(ce - 1) === 0x0d) ce--;
    if (text.slice(ls, ce).trim() === '') {
      if (ls < text.length) blank++;
    } else {
      const { start: cs, heading } = lineContentStart(text, ls, ce);
      const plain = project(text, cs, ce);
      const pm = new Uint8Array(plain.text.length);
      for (let i = 0; i < plain.text.length; i++) pm[i] = marks[plain.starts[i]!] ?? SAME;
      // footnote references of this line, at the plain position of their source offset
      const refs: Array<{ plainAt: number; srcAt: number; ids: readonly number[] }> = [];
      while (n < noteAt.length && noteAt[n]![0] <= ce) {
        const [at, ids] = noteAt[n]!;
        if (at >= ls) {
          let i = 0;
          while (i < plain.text.length && plain.starts[i]! < at) i++;
          refs.push({ plainAt: i, srcAt: at, ids });
        }
        n++;
      }
      const content: Inline[] = [];
      let from = 0;
      for (const r of refs) {
        content.push(...runsOf(plain.text, pm, from, r.plainAt));
        for (const id of r.ids) content.push({ note: id });
        from = r.plainAt;
      }
      content.push(...runsOf(plain.text, pm, from, plain.text.length));
      const p = para(styleOfLine(text.slice(cs, ce), heading), content);
      const mark = le < text.length ? REV[marks[le]!] : undefined;
      if (mark) p.mark = mark;
      const mdRuns: Run[] = [];
      let sfrom = ls;
      for (const r of refs) {
        mdRuns.push(...runsOf(text, marks, sfrom, r.srcAt));
        mdRuns.push({ text: r.ids.map((id) => `[^${id}]`).join('') });
        sfrom = r.srcAt;
      }
      mdRuns.push(...runsOf(text, marks, sfrom, ce));
      p.md = { runs: mdRuns, blankBefore: out.length === 0 ? 0 : blank };
      while (a < anchors.length && anchors[a]!.at <= le) {
        if (!p.id) p.id = anchors[a]!.id;
        a++;
      }
      opts.decorate?.(p, ls, ce);
      out.push(p);
      blank = 0;
    }
    if (le >= text.length) break;
    ls = le + 1;
  }
  return out;
}
