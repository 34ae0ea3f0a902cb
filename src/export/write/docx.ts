/**
 * Word writer: WordprocessingML written as text, block by block, and zipped with jszip. A4, Times
 * New Roman 14 pt, margins of Nghị định 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm),
 * the page number top centre from the second page on, a first-line indent of 10 mm on article
 * headings and body paragraphs. Revisions are real Word revisions: inserted runs in `w:ins`,
 * deleted runs in `w:del` with `w:delText`, and the paragraph mark of a paragraph whose break was
 * inserted or deleted marked too (`w:rPr/w:ins`, `w:rPr/w:del`), so that Word's Accept All gives
 * the new text and Reject All the old, with no empty paragraph left behind. Revision ids are
 * unique and increasing through the document; author and date are the export's (an empty author
 * is written empty: Word and LibreOffice then show their own "unknown author"). Tables are Word tables with a repeated
 * header row; footnotes are Word footnotes.
 *
 * Why not an object model (the `docx` package, used before): it built the whole document as
 * objects, then as an intermediate XML object tree, then as one string, which took a 5 MB
 * regulation's Word export to ≈ 600 MB and 30 s. Here each block becomes one string as it is
 * written, and the parts are encoded once; memory is the export document plus the XML text.
 *
 * Moves are written as a deletion and an insertion (no w:moveFrom/w:moveTo); the HTML export marks
 * them as moves.
 */
import { isRun, type ExportDoc, type Inline, type Paragraph, type Table } from '../doc.js';
import {
  APP_PROPERTIES,
  CONTENT_TYPES,
  DOCUMENT_CLOSE,
  DOCUMENT_OPEN,
  DOCUMENT_RELS,
  FOOTNOTES_CLOSE,
  FOOTNOTES_OPEN,
  HEADER_DEFAULT,
  HEADER_EMPTY,
  HEADER_FIRST,
  HEADER_PAGE_NUMBER,
  ROOT_RELS,
  SETTINGS,
  STYLES,
  coreProperties,
  xmlText,
} from './ooxml.js';

const A4 = { width: 11906, height: 16838 };

/** Millimetres to twentieths of a point, rounded (30 mm = 1701, as Word writes it). */
function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

const JC: Record<Paragraph['style'], string> = {
  title: 'center',
  subtitle: 'center',
  division: 'center',
  article: 'both',
  body: 'both',
  lead: 'both',
  quote: 'both',
  meta: 'center',
  heading: 'left',
};

/** Styles whose first line is indented (Nghị định 30/2020: 1–1.27 cm; the article heading as its paragraphs). */
const INDENTED = new Set<Paragraph['style']>(['article', 'body', 'quote', 'lead']);
const BOLD = new Set<Paragraph['style']>(['title', 'subtitle', 'division', 'article']);

function rPr(bold: boolean, italic: boolean, strike: boolean, size: number | undefined, extra = ''): string {
  let s = extra;
  if (bold) s += '<w:b/><w:bCs/>';
  if (italic) s += '<w:i/><w:iCs/>';
  if (strike) s += '<w:strike/>';
  if (size) s += `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  return s ? `<w:rPr>${s}</w:rPr>` : '';
}

class Writer {
  private id = 0;
  private readonly attrs: string;
  constructor(revision: { author: string; date: string }) {
    this.attrs = ` w:author="${xmlText(revision.author)}"${revision.date ? ` w:date="${xmlText(revision.date)}"` : ''}`;
  }

  private change(): string {
    return ` w:id="${++this.id}"${this.attrs}`;
  }

  runs(content: readonly Inline[], base: { bold?: boolean; size?: number } = {}): string {
    let out = '';
    for (const x of content) {
      if (!isRun(x)) {
        out += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${x.note}"/></w:r>`;
        continue;
      }
      const props = rPr(!!(x.bold || base.bold), !!x.italic, !!x.strike, base.size);
      const text = xmlText(x.text);
      if (x.rev === 'del') out += `<w:del${this.change()}><w:r>${props}<w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
      else if (x.rev === 'ins') out += `<w:ins${this.change()}><w:r>${props}<w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
      else out += `<w:r>${props}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    }
    return out;
  }

  paragraph(p: Paragraph, opts: { inTable?: boolean } = {}): string {
    // a frame's paragraphs keep their own style (centred, bold …); a table's cells are text
    const inTable = !!opts.inTable;
    const spacing = `<w:spacing w:after="${inTable ? 60 : 120}"/>`;
    const indent = !inTable && INDENTED.has(p.style) ? `<w:ind w:firstLine="${twips(10)}"/>` : '';
    const jc = `<w:jc w:val="${inTable ? 'left' : JC[p.style]}"/>`;
    const mark = p.mark === 'ins' ? `<w:rPr><w:ins${this.change()}/></w:rPr>` : p.mark === 'del' ? `<w:rPr><w:del${this.change()}/></w:rPr>` : '';
    const runs = this.runs(p.content, { bold: BOLD.has(p.style) && !inTable, ...(inTable ? { size: 26 } : {}) });
    return `<w:p><w:pPr>${spacing}${indent}${jc}${mark}</w:pPr>${runs}</w:p>`;
  }

  table(t: Table, width: number, out: Utf8Sink): void {
    const widths = t.columns.map((c) => Math.round((width * c.width) / 100));
    if (t.layout === 'frame') {
      const none = (side: string): string => `<w:${side} w:val="nil"/>`;
      let xml =
        `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(none).join('')}</w:tblBorders>` +
        '<w:tblLayout w:type="fixed"/></w:tblPr>' +
        `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
      for (const r of t.rows) {
        xml += '<w:tr>';
        r.forEach((cell, i) => {
          xml += `<w:tc><w:tcPr><w:tcW w:w="${widths[i]!}" w:type="dxa"/></w:tcPr>${cell.length > 0 ? cell.map((p) => this.paragraph(p)).join('') : '<w:p/>'}</w:tc>`;
        });
        xml += '</w:tr>';
      }
      out.push(`${xml}</w:tbl>`);
      return;
    }
    const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
    let head =
      `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/></w:tblPr>' +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    head += '<w:tr><w:trPr><w:tblHeader/></w:trPr>';
    t.columns.forEach((c, i) => {
      head += `<w:tc><w:tcPr><w:tcW w:w="${widths[i]!}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${rPr(true, false, false, 26)}<w:t xml:space="preserve">${xmlText(c.title)}</w:t></w:r></w:p></w:tc>`;
    });
    out.push(`${head}</w:tr>`);
    for (const r of t.rows) {
      let row = '<w:tr>';
      r.forEach((cell, i) => {
        row += `<w:tc><w:tcPr><w:tcW w:w="${widths[i]!}" w:type="dxa"/></w:tcPr>`;
        row += cell.length > 0 ? cell.map((p) => this.paragraph(p, { inTable: true })).join('') : '<w:p/>';
        row += '</w:tc>';
      });
      out.push(`${row}</w:tr>`);
    }
    out.push('</w:tbl>');
  }
}

/** word/document.xml, written block by block (a table row by row) into `out`. */
function documentXml(doc: ExportDoc, w: Writer, out: Utf8Sink): void {
  const margin = { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15) };
  const page = doc.landscape ? { width: A4.height, height: A4.width } : A4;
  const textWidth = page.width - margin.left - margin.right;
  out.push(DOCUMENT_OPEN);
  for (const b of doc.blocks) {
    if (b.t === 'p') out.push(w.paragraph(b));
    else if (b.t === 'table') {
      w.table(b, textWidth, out);
      // Word needs a paragraph between a table and the section's end
      out.push('<w:p/>');
    }
    // the table of contents is for the HTML export: Word builds its own from headings
  }
  out.push(
    '<w:sectPr>' +
      `<w:headerReference w:type="default" r:id="${HEADER_DEFAULT}"/><w:headerReference w:type="first" r:id="${HEADER_FIRST}"/>` +
      '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>' +
      `<w:pgSz w:w="${page.width}" w:h="${page.height}" w:orient="${doc.landscape ? 'landscape' : 'portrait'}"/>` +
      `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="708" w:footer="708" w:gutter="0"/>` +
      '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>',
    DOCUMENT_CLOSE,
  );
}

function footnotesXml(doc: ExportDoc, w: Writer, out: Utf8Sink): void {
  out.push(FOOTNOTES_OPEN);
  for (const n of doc.notes) {
    out.push(
      `<w:footnote w:id="${n.id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:jc w:val="both"/></w:pPr>` +
        `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${w.runs(n.content, { size: 24 })}</w:p></w:footnote>`,
    );
  }
  out.push(FOOTNOTES_CLOSE);
}

/**
 * UTF-8 bytes of a part, encoded as it is written, about a megabyte of text at a time: the whole
 * part never exists as one string (which would take two bytes per character of Vietnamese text).
 */
class Utf8Sink {
  private readonly enc = new TextEncoder();
  private readonly parts: Uint8Array[] = [];
  private size = 0;
  private batch: string[] = [];
  private batchLength = 0;

  push(...chunks: string[]): void {
    for (const c of chunks) {
      this.batch.push(c);
      this.batchLength += c.length;
    }
    if (this.batchLength > 1 << 20) this.flush();
  }

  private flush(): void {
    const bytes = this.enc.encode(this.batch.join(''));
    this.parts.push(bytes);
    this.size += bytes.length;
    this.batch = [];
    this.batchLength = 0;
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    this.parts.length = 0;
    return out;
  }
}

export async function toDocx(doc: ExportDoc): Promise<Uint8Array> {
  const w = new Writer(doc.revision);
  const bodySink = new Utf8Sink();
  documentXml(doc, w, bodySink);
  const body = bodySink.bytes();
  const notesSink = new Utf8Sink();
  footnotesXml(doc, w, notesSink);
  const notes = notesSink.bytes();
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  // fixed entry dates, so that the same export gives the same bytes
  const date = new Date(Date.UTC(1980, 0, 1));
  const add = (name: string, data: string | Uint8Array): void => {
    zip.file(name, data, { date, createFolders: false });
  };
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', ROOT_RELS);
  add('docProps/core.xml', coreProperties(doc.title, doc.revision.author, doc.revision.date));
  add('docProps/app.xml', APP_PROPERTIES);
  add('word/_rels/document.xml.rels', DOCUMENT_RELS);
  add('word/document.xml', body);
  add('word/styles.xml', STYLES);
  add('word/settings.xml', SETTINGS);
  add('word/footnotes.xml', notes);
  add('word/header1.xml', HEADER_PAGE_NUMBER);
  add('word/header2.xml', HEADER_EMPTY);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
