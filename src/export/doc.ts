/**
 * The export document: what every export (consolidated text, redline, comparison table, amending
 * document, report) is built as, and what every writer (Markdown, HTML, Word, JSON) reads. One
 * model, one writer per format, as markdownlint and textlint have one formatter per output.
 *
 * A paragraph is a list of runs; a run may be inserted or deleted (a tracked change). The
 * paragraph mark itself may be inserted or deleted (`mark`), which is what Word needs for whole
 * paragraphs to accept and reject correctly. A paragraph built from the user's Markdown keeps
 * that Markdown (`md`), so the Markdown writer never re-serialises it.
 */

export type Revision = 'ins' | 'del';

export interface Run {
  text: string;
  rev?: Revision;
  bold?: boolean;
  italic?: boolean;
  /** struck through as formatting (a comparison table's current column), not as a revision */
  strike?: boolean;
}

/** A footnote reference. */
export interface NoteRef {
  note: number;
}

export type Inline = Run | NoteRef;

/**
 * - `title`, `subtitle`: the document's name block (centred, bold)
 * - `division`: Phần, Chương, Mục lines (centred, bold)
 * - `article`: an Điều line (bold)
 * - `body`: a unit's text, justified
 * - `lead`: a formula line of an amending document ("Sửa đổi … như sau:")
 * - `quote`: quoted new text in an amending document or a report
 * - `meta`: notes about the export itself (italic)
 * - `heading`: a section heading of a report or table
 */
export type ParagraphStyle = 'title' | 'subtitle' | 'division' | 'article' | 'body' | 'lead' | 'quote' | 'meta' | 'heading';

export interface Paragraph {
  t: 'p';
  style: ParagraphStyle;
  content: Inline[];
  /** anchor for links (the table of contents) */
  id?: string;
  /** the paragraph mark's own revision: the paragraph break itself was inserted or deleted */
  mark?: Revision;
  /** a moved unit, at either end */
  move?: { dir: 'from' | 'to'; counterpart: string };
  /** the source Markdown of this paragraph's line, with revisions, and the blank lines before it */
  md?: { runs: Run[]; blankBefore: number };
}

export interface Table {
  t: 'table';
  /** column titles and relative widths (they sum to 100) */
  columns: Array<{ title: string; width: number }>;
  /** rows of cells; a cell is a list of paragraphs */
  rows: Paragraph[][][];
  /** a table of the user's Markdown: its source lines, for the Markdown writer */
  md?: { runs: Run[]; blankBefore: number };
  /**
   * 'frame': the formal parts side by side (the header block: issuing body | Quốc hiệu or the
   * Party's name; the closing: Nơi nhận | signature), as Nghị định 30/2020 and Hướng dẫn
   * 36-HD/VPTW lay them out: no borders, no header row, each paragraph in its own style. The
   * Markdown writer, which has no columns, writes the cells one after the other.
   */
  layout?: 'frame';
}

export interface Toc {
  t: 'toc';
  title: string;
  entries: Array<{ id: string; text: string; depth: number }>;
}

export type Block = Paragraph | Table | Toc;

export type ExportKind = 'consolidated' | 'redline' | 'table' | 'draft' | 'report';

export interface ExportDoc {
  kind: ExportKind;
  title: string;
  blocks: Block[];
  notes: Array<{ id: number; content: Inline[] }>;
  /** author and date of tracked changes (Word) and of the export */
  revision: { author: string; date: string };
  landscape?: boolean;
}

export const EXPORT_JSON_VERSION = 1;

export function isRun(x: Inline): x is Run {
  return (x as Run).text !== undefined;
}

export function para(style: ParagraphStyle, content: Inline[] | string, extra: Partial<Paragraph> = {}): Paragraph {
  return { t: 'p', style, content: typeof content === 'string' ? [{ text: content }] : content, ...extra };
}

/** The plain text of a paragraph with revisions resolved one way: 'new' accepts, 'old' rejects. */
export function paragraphText(p: Paragraph, side: 'old' | 'new' | 'all' = 'all'): string {
  return p.content
    .filter(isRun)
    .filter((r) => side === 'all' || !r.rev || (side === 'new' ? r.rev === 'ins' : r.rev === 'del'))
    .map((r) => r.text)
    .join('');
}

/** The user's footnotes of an export, gathered into its list of notes. */
export function userNotesInto(notes: ExportDoc['notes']): { id(label: string): number; define(label: string, content: Inline[]): void } {
  const byLabel = new Map<string, ExportDoc['notes'][number]>();
  let last = notes.reduce((m, x) => Math.max(m, x.id), 0);
  const noteOf = (label: string): ExportDoc['notes'][number] => {
    let n = byLabel.get(label);
    if (!n) {
      n = { id: ++last, content: [] };
      byLabel.set(label, n);
      notes.push(n);
    }
    return n;
  };
  return {
    id: (label) => noteOf(label).id,
    define: (label, content) => {
      noteOf(label).content = content;
    },
  };
}

/**
 * Number every footnote (the tool's and the user's) in the order the text calls them: 1, 2, 3 …
 * References in paragraphs, tables and the Markdown source runs are rewritten; notes never
 * called come last.
 */
export function renumberNotes(blocks: Block[], notes: ExportDoc['notes']): ExportDoc['notes'] {
  const order = new Map<number, number>();
  const see = (id: number): number => {
    let n = order.get(id);
    if (n === undefined) {
      n = order.size + 1;
      order.set(id, n);
    }
    return n;
  };
  const inPara = (p: Paragraph): void => {
    for (const x of p.content) if (!isRun(x)) x.note = see(x.note);
  };
  const refs = /\[\^(\d+)\]/g;
  for (const b of blocks) {
    if (b.t === 'p') {
      inPara(b);
      if (b.md) for (const r of b.md.runs) r.text = r.text.replace(refs, (m, d: string) => (order.has(Number(d)) ? `[^${order.get(Number(d))}]` : m));
    } else if (b.t === 'table') {
      // the source rows hold every call, the header's too, in reading order
      if (b.md) for (const r of b.md.runs) r.text = r.text.replace(refs, (_m, d: string) => `[^${see(Number(d))}]`);
      for (const row of b.rows) for (const cell of row) for (const p of cell) inPara(p);
    }
  }
  for (const n of notes) see(n.id);
  return notes.map((n) => ({ ...n, id: order.get(n.id)! })).sort((x, y) => x.id - y.id);
}
