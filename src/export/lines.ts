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
import { plainLines, readBlocks, type BlockLine } from '../markdown/blocks.js';
import { itemHeadingLabel } from '../document/parse.js';
import { EMPHASIS, lineContentStart, plainText, projectStyledScratch, STRIKE, STRONG } from '../text/markup.js';
import type { DiffPart } from '../text/worddiff.js';
import { para, type Inline, type Paragraph, type ParagraphStyle, type Revision, type Run, type Table } from './doc.js';

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

/**
 * A word diff's parts as a reader sees them. A change a reader cannot see is shown as unchanged:
 * a deletion or insertion that leaves the plain text of its surroundings as it was (a backslash
 * escape added or removed: `\\(` and `(`), and a deletion and insertion side by side that read
 * the same (`*x*` and `_x_`), shown in the new spelling — never a struck bracket beside an
 * inserted one.
 */
export function displayParts(parts: readonly DiffPart[]): DiffPart[] {
  const plain = (t: string): string => plainText(t, 0, t.length);
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1];
    if (a.kind === 'equal') {
      out.push(a);
      continue;
    }
    if (b && b.kind !== 'equal' && b.kind !== a.kind) {
      const ins = a.kind === 'ins' ? a : b;
      const del = a.kind === 'del' ? a : b;
      if (plain(ins.text) === plain(del.text)) {
        out.push({ kind: 'equal', text: ins.text });
        i++;
        continue;
      }
    }
    // read in a few characters of context on each side
    const before = out.length > 0 && out[out.length - 1]!.kind === 'equal' ? out[out.length - 1]!.text.slice(-16) : '';
    const after = b && b.kind === 'equal' ? b.text.slice(0, 16) : '';
    if ((before || after) && plain(before + a.text + after) === plain(before + after)) continue;
    out.push(a);
  }
  return out;
}

function styleOfLine(content: string, heading: boolean): ParagraphStyle {
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
  /**
   * offsets of `notes` right after a unit's label: their Markdown call is written " [^n]" when a
   * space follows ("9. [^3] Mức …", as `quyche import` writes it), so that the label is still read
   * as one; other formats show the mark glued to the label ("9.³ Mức")
   */
  labelNotes?: ReadonlySet<number>;
  /** called for each paragraph with its [start, end) in the text */
  decorate?: (p: Paragraph, start: number, end: number) => void;
  /** the user's own footnotes: an id for each label (at its first call), and its text */
  userNotes?: UserNotes;
  /** read the text as plain text, not Markdown (a `.txt` regulation) */
  plainText?: boolean;
}

/** Where the user's footnotes go: the export's own list, numbered with the tool's. */
export interface UserNotes {
  id(label: string): number;
  define(label: string, content: Inline[]): void;
}

/** A group of lines that makes one block of the export. */
interface Group {
  kind: 'para' | 'quote' | 'table' | 'note';
  start: number;
  end: number;
  /** the start of each line (for tables: one row per line) */
  lines: Array<{ start: number; end: number }>;
  heading: boolean;
  /** a heading that opens a list item (`- ## Điều 2. Tên`: the block layer says the line opens one) */
  itemHeading?: boolean;
  blankBefore: number;
}

const SENTENCE_END = /[.:;!?…”"»)\]*_]\s*$/u;

/** Lines → groups: a paragraph's lines (soft-wrapped lines join), quotes, tables, notes. */
function groupLines(text: string, lines: readonly BlockLine[]): Group[] {
  const groups: Group[] = [];
  let blank = 0;
  let cur: Group | undefined;
  const open = (kind: Group['kind'], l: BlockLine, heading = false): Group => {
    cur = { kind, start: l.start, end: l.end, lines: [{ start: l.start, end: l.end }], heading, blankBefore: blank };
    groups.push(cur);
    blank = 0;
    return cur;
  };
  const extend = (g: Group, l: BlockLine): void => {
    g.end = l.end;
    g.lines.push({ start: l.start, end: l.end });
  };
  for (const l of lines) {
    if (l.kind === 'blank') {
      if (l.start < text.length) blank++;
      cur = undefined;
      continue;
    }
    const content = text.slice(l.start, l.end);
    if (content.trim() === '') continue;
    if (l.kind === 'aside') {
      if (l.construct === 'footnote-definition') {
        if (/^ {0,3}\[\^[^\]]+\]:/.test(content) || !cur || cur.kind !== 'note') open('note', l);
        else extend(cur, l);
      } else cur = undefined; // link reference definitions are no text
      continue;
    }
    if (l.kind === 'container') {
      if (l.construct === 'table') {
        if (cur && cur.kind === 'table') extend(cur, l);
        else open('table', l);
      } else if (l.construct === 'blockquote') {
        // a quoted paragraph's soft-wrapped lines join, as in any paragraph
        const { start: cs } = lineContentStart(text, l.start, l.end);
        const startsLabel = matchLabel(text.slice(cs, l.end).normalize('NFC'), false) !== null;
        if (cur && cur.kind === 'quote' && !startsLabel && !SENTENCE_END.test(text.slice(cur.end - 2, cur.end))) extend(cur, l);
        else open('quote', l);
      } else if (l.construct === 'setext-underline' || l.construct === 'thematic-break' || l.construct === 'html') {
        cur = undefined;
      } else open('para', l); // code: one paragraph a line, as printed
      continue;
    }
    if (l.kind === 'heading') {
      const g = open('para', l, true);
      if (l.item !== undefined) g.itemHeading = true;
      cur = undefined;
      continue;
    }
    // a paragraph line: continuation lines join, unless they open a unit after a sentence's end
    if (!l.first && l.item === undefined && cur && cur.kind === 'para' && !cur.heading) {
      const { start: cs } = lineContentStart(text, l.start, l.end);
      const startsLabel = matchLabel(text.slice(cs, l.end).normalize('NFC'), false) !== null;
      if (!startsLabel || !SENTENCE_END.test(text.slice(Math.max(cur.start, cur.end - 4), cur.end))) {
        extend(cur, l);
        continue;
      }
    }
    open('para', l);
  }
  return groups;
}

/** Tool notes by place: [source offset, note ids], sorted by offset. */
type NoteAt = ReadonlyArray<readonly [number, readonly number[]]>;

/** Runs of text[from, to) with one revision and one style each. */
function styledRuns(plain: string, marks: Uint8Array, styles: Uint8Array | undefined, from: number, to: number): Run[] {
  const out: Run[] = [];
  let i = from;
  while (i < to) {
    let j = i + 1;
    while (j < to && marks[j] === marks[i] && (styles ? styles[j] === styles[i] : true)) j++;
    const rev = REV[marks[i]!];
    const st = styles ? styles[i]! : 0;
    const r: Run = { text: plain.slice(i, j) };
    if (rev) r.rev = rev;
    if (st & STRONG) r.bold = true;
    if (st & EMPHASIS) r.italic = true;
    if (st & STRIKE) r.strike = true;
    out.push(r);
    i = j;
  }
  return out;
}

/** The revision mark of each display character of the paragraph being read (reused: contentOf
 *  reads it before it returns). */
let scratchMarks = new Uint8Array(4096);

/** The display content of text[a, b): its styled projection, soft breaks as spaces, notes placed. */
function contentOf(text: string, marks: Uint8Array, a: number, b: number, noteAt: NoteAt, userNotes: UserNotes | undefined): { content: Inline[]; userRefs: Array<{ at: number; end: number; id: number }> } {
  // read at once: the projection's arrays are reused by the next paragraph's
  const styled = projectStyledScratch(text, a, b);
  const plain = styled;
  const chars = plain.text.replace(/[\r\n]+/g, ' ');
  if (scratchMarks.length < chars.length) scratchMarks = new Uint8Array(Math.max(chars.length, 2 * scratchMarks.length));
  const pm = scratchMarks;
  for (let i = 0; i < chars.length; i++) pm[i] = marks[plain.starts[i]!] ?? SAME;
  const refs: Array<{ plainAt: number; ids: readonly number[] }> = [];
  const userRefs: Array<{ at: number; end: number; id: number }> = [];
  const plainAt = (src: number): number => {
    let i = 0;
    while (i < chars.length && plain.starts[i]! < src) i++;
    return i;
  };
  for (const [at, ids] of noteAt) if (at >= a && at <= b) refs.push({ plainAt: plainAt(at), ids });
  if (userNotes) {
    for (const n of styled.notes) {
      const id = userNotes.id(n.label);
      const close = text.indexOf(']', n.at);
      refs.push({ plainAt: plainAt(n.at), ids: [id] });
      userRefs.push({ at: n.at, end: close === -1 ? n.at : close + 1, id });
    }
  }
  refs.sort((x, y) => x.plainAt - y.plainAt);
  // trim the display text: leading and trailing spaces of a paragraph are no text
  let lo = 0;
  let hi = chars.length;
  while (lo < hi && chars.charCodeAt(lo) === 0x20) lo++;
  while (hi > lo && chars.charCodeAt(hi - 1) === 0x20) hi--;
  const content: Inline[] = [];
  let from = lo;
  for (const r of refs) {
    const at = Math.min(Math.max(r.plainAt, lo), hi);
    content.push(...styledRuns(chars, pm, styled.styles, from, at));
    for (const id of r.ids) content.push({ note: id });
    from = at;
  }
  content.push(...styledRuns(chars, pm, styled.styles, from, hi));
  return { content, userRefs };
}

/** Split a GFM table row into its cells' source ranges (pipes escaped with `\` are text). */
function cellsOf(text: string, a: number, b: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let i = a;
  while (i < b && /[ \t]/.test(text.charAt(i))) i++;
  if (text.charAt(i) === '|') i++;
  let start = i;
  for (; i < b; i++) {
    const c = text.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '|') {
      cells.push([start, i]);
      start = i + 1;
    }
  }
  if (text.slice(start, b).trim() !== '') cells.push([start, b]);
  return cells;
}

/** The source runs of text[a, b), the tool's note calls inserted and the user's renumbered. */
function sourceRuns(text: string, marks: Uint8Array, a: number, b: number, noteAt: NoteAt, userRefs: ReadonlyArray<{ at: number; end: number; id: number }>, labelNotes?: ReadonlySet<number>): Run[] {
  const inserts: Array<{ at: number; end: number; text: string }> = [];
  for (const [at, ids] of noteAt) {
    if (at < a || at > b) continue;
    const spaced = labelNotes?.has(at) && /[ \t]/.test(text.charAt(at)) ? ' ' : '';
    inserts.push({ at, end: at, text: spaced + ids.map((id) => `[^${id}]`).join('') });
  }
  for (const r of userRefs) inserts.push({ at: r.at, end: r.end, text: `[^${r.id}]` });
  inserts.sort((x, y) => x.at - y.at);
  const runs: Run[] = [];
  let from = a;
  for (const ins of inserts) {
    runs.push(...runsOf(text, marks, from, ins.at));
    runs.push({ text: ins.text });
    from = ins.end;
  }
  runs.push(...runsOf(text, marks, from, b));
  return runs;
}

/**
 * The notes placed in [a, b] of notes sorted by place: a slice found by binary search, so that a
 * paragraph looks at its own notes and not at the whole document's (a consolidation of 2,000
 * changes places 2,000 notes over tens of thousands of paragraphs).
 */
function notesWithin(notes: NoteAt, a: number, b: number): NoteAt {
  let lo = 0;
  let hi = notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (notes[mid]![0] < a) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < notes.length && notes[end]![0] <= b) end++;
  return lo === end ? [] : notes.slice(lo, end);
}

/** Blocks (paragraphs and tables) of a marked Markdown text (see the module comment). */
export function markedParagraphs(text: string, marks: Uint8Array, opts: ParagraphOptions = {}): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const anchors = [...(opts.anchors ?? [])].sort((x, y) => x.at - y.at);
  const noteAt = [...(opts.notes ?? new Map<number, readonly number[]>()).entries()].sort((x, y) => x[0] - y[0]);
  const lines = opts.plainText ? plainLines(text, 0, text.length) : readBlocks(text, 0, text.length);
  let a = 0;
  for (const g of groupLines(text, lines)) {
    if (g.kind === 'note') {
      const m = /^ {0,3}\[\^([^\]]+)\]:[ \t]*/.exec(text.slice(g.start, g.end));
      if (m && opts.userNotes) opts.userNotes.define(m[1]!, contentOf(text, marks, g.start + m[0].length, g.end, [], undefined).content);
      continue;
    }
    if (g.kind === 'table') {
      const rows = g.lines.filter((l) => !/^[\s|:-]+$/.test(text.slice(l.start, l.end))).map((l) => cellsOf(text, l.start, l.end));
      const width = Math.max(1, ...rows.map((r) => r.length));
      const refs: Array<{ at: number; end: number; id: number }> = [];
      const cell = ([x, y]: [number, number]): Paragraph[] => {
        const c = contentOf(text, marks, x, y, notesWithin(noteAt, x, y), opts.userNotes);
        refs.push(...c.userRefs);
        return [para('body', c.content)];
      };
      const [head, ...body] = rows;
      const t: Table = {
        t: 'table',
        columns: Array.from({ length: width }, (_, i) => ({
          title: head && head[i] ? cell(head[i]!)[0]!.content.map((x) => ('text' in x ? x.text : '')).join('').trim() : '',
          width: 100 / width,
        })),
        rows: body.map((r) => Array.from({ length: width }, (_, i) => (r[i] ? cell(r[i]!) : []))),
        md: { runs: sourceRuns(text, marks, g.start, g.end, notesWithin(noteAt, g.start, g.end), refs), blankBefore: g.blankBefore },
      };
      out.push(t);
      continue;
    }
    const firstLineEnd = g.lines[0]!.end;
    // a heading inside a list item (`- ## Điều 2. Tên`): its label is read as the parse reads it
    // (its text, "- Điều 2. Tên", is the projection's, which keeps the marker and not the `#`s)
    const lc = lineContentStart(text, g.start, g.end);
    const cs = (g.itemHeading ? itemHeadingLabel(text, g.start, firstLineEnd)?.start : undefined) ?? lc.start;
    const heading = lc.heading;
    const notes = notesWithin(noteAt, g.start, g.end);
    const { content, userRefs } = contentOf(text, marks, g.start, g.end, notes, opts.userNotes);
    const style: ParagraphStyle = g.kind === 'quote' ? 'quote' : styleOfLine(text.slice(cs, firstLineEnd), heading || g.heading);
    const p = para(style, content);
    const brk = g.end < text.length ? g.end + (text.charCodeAt(g.end) === 0x0d ? 1 : 0) : text.length;
    const mark = brk < text.length ? REV[marks[brk]!] : undefined;
    if (mark) p.mark = mark;
    // the Markdown source, with the tool's notes inserted and the user's calls renumbered
    const mdRuns = sourceRuns(text, marks, g.start, g.end, notes, userRefs, opts.labelNotes);
    p.md = { runs: mdRuns, blankBefore: out.length === 0 ? 0 : g.blankBefore };
    while (a < anchors.length && anchors[a]!.at <= g.end) {
      if (!p.id) p.id = anchors[a]!.id;
      a++;
    }
    opts.decorate?.(p, g.start, g.end);
    out.push(p);
  }
  return out;
}
