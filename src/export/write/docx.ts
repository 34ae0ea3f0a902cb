/**
 * Word writer (the `docx` package): A4, Times New Roman 14 pt, margins of Nghị định 30/2020 (top
 * and bottom 20 mm, left 30 mm, right 15 mm). Revisions are real Word revisions: inserted runs in
 * `w:ins`, deleted runs in `w:del` with `w:delText`, and the paragraph mark of a paragraph whose
 * break was inserted or deleted marked too (`w:rPr/w:ins`, `w:rPr/w:del`), so that Word's Accept
 * All gives the new text and Reject All the old, with no empty paragraph left behind. Revision ids
 * are unique and increasing through the document; author and date are the export's. Tables are
 * Word tables with a repeated header row; footnotes are Word footnotes.
 *
 * Moves are written as a deletion and an insertion (the `docx` package has no w:moveFrom/w:moveTo);
 * the HTML export marks them as moves.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  InsertedTextRun,
  Packer,
  PageOrientation,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isRun, type ExportDoc, type Inline, type Paragraph, type Table } from '../doc.js';

const A4 = { width: 11906, height: 16838 };

/** Millimetres to twentieths of a point, rounded (30 mm = 1701, as Word writes it). */
function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
const FONT = 'Times New Roman';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const ALIGN: Record<Paragraph['style'], Alignment> = {
  title: AlignmentType.CENTER,
  subtitle: AlignmentType.CENTER,
  division: AlignmentType.CENTER,
  article: AlignmentType.JUSTIFIED,
  body: AlignmentType.JUSTIFIED,
  lead: AlignmentType.JUSTIFIED,
  quote: AlignmentType.JUSTIFIED,
  meta: AlignmentType.CENTER,
  heading: AlignmentType.LEFT,
};

class Writer {
  private id = 0;
  constructor(private readonly revision: { author: string; date: string }) {}

  private change(): { id: number; author: string; date: string } {
    return { id: ++this.id, author: this.revision.author, date: this.revision.date };
  }

  runs(content: readonly Inline[], base: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
    return content.map((x) => {
      if (!isRun(x)) return new FootnoteReferenceRun(x.note);
      const props = {
        text: x.text,
        ...(x.bold || base.bold ? { bold: true } : {}),
        ...(x.italic ? { italics: true } : {}),
        ...(x.strike ? { strike: true } : {}),
        ...(base.size ? { size: base.size } : {}),
      };
      if (x.rev === 'ins') return new InsertedTextRun({ ...props, ...this.change() });
      if (x.rev === 'del') return new DeletedTextRun({ ...props, ...this.change() });
      return new TextRun(props);
    });
  }

  paragraph(p: Paragraph, opts: { inTable?: boolean } = {}): DocxParagraph {
    const bold = p.style === 'title' || p.style === 'subtitle' || p.style === 'division' || p.style === 'article';
    const size = opts.inTable ? 26 : undefined;
    const mark = p.mark === 'ins' ? { run: { insertion: this.change() } } : p.mark === 'del' ? { run: { deletion: this.change() } } : {};
    return new DocxParagraph({
      children: this.runs(p.content, { bold: bold && !opts.inTable, ...(size ? { size } : {}) }),
      alignment: opts.inTable ? AlignmentType.LEFT : ALIGN[p.style],
      spacing: { after: opts.inTable ? 60 : 120 },
      ...(!opts.inTable && (p.style === 'body' || p.style === 'quote' || p.style === 'lead') ? { indent: { firstLine: twips(10) } } : {}),
      ...mark,
    });
  }

  table(t: Table, width: number): DocxTable {
    const widths = t.columns.map((c) => Math.round((width * c.width) / 100));
    const header = new TableRow({
      tableHeader: true,
      children: t.columns.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            children: [new DocxParagraph({ children: [new TextRun({ text: c.title, bold: true, size: 26 })], alignment: AlignmentType.CENTER })],
          }),
      ),
    });
    const rows = t.rows.map(
      (r) =>
        new TableRow({
          cantSplit: false,
          children: r.map(
            (cell, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                children: cell.length > 0 ? cell.map((p) => this.paragraph(p, { inTable: true })) : [new DocxParagraph({})],
              }),
          ),
        }),
    );
    return new DocxTable({ rows: [header, ...rows], columnWidths: widths, width: { size: width, type: WidthType.DXA } });
  }
}

export async function toDocx(doc: ExportDoc): Promise<Uint8Array> {
  const w = new Writer(doc.revision);
  const margin = { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15) };
  const page = doc.landscape ? { width: A4.height, height: A4.width } : A4;
  const textWidth = page.width - margin.left - margin.right;
  const children: Array<DocxParagraph | DocxTable> = [];
  for (const b of doc.blocks) {
    if (b.t === 'p') children.push(w.paragraph(b));
    else if (b.t === 'table') children.push(w.table(b, textWidth));
    // the table of contents is for the HTML export: Word builds its own from headings
  }
  const footnotes: Record<string, { children: DocxParagraph[] }> = {};
  for (const n of doc.notes) footnotes[String(n.id)] = { children: [new DocxParagraph({ children: w.runs(n.content, { size: 24 }), alignment: AlignmentType.JUSTIFIED })] };
  const document = new Document({
    creator: doc.revision.author,
    lastModifiedBy: doc.revision.author,
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            // the portrait A4 size with an orientation: the package swaps the sides itself
            size: { ...A4, orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin,
          },
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
