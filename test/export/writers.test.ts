/**
 * The export model and its writers, in-process: paragraphs from marked Markdown (a property test:
 * accepting every revision gives the new lines, rejecting every revision the old ones, whatever
 * the edits), Markdown emphasis that CommonMark actually renders, self-contained HTML, the Word
 * page layout (page numbers, indents) and revisions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { para, paragraphText, type ExportDoc, type Paragraph } from '../../src/export/doc.js';
import { DEL, INS, MarkedText, SAME, markedParagraphs } from '../../src/export/lines.js';
import { toDocx } from '../../src/export/write/docx.js';
import { toHtml } from '../../src/export/write/html.js';
import { toMarkdown } from '../../src/export/write/markdown.js';
import { wordDiff } from '../../src/text/worddiff.js';
import { descendants, footnotes, parseXml, resolvedParagraphs, revisions, unzipDocx } from '../helpers/docx.js';

/** What Accept All (new) / Reject All (old) leaves: a paragraph whose break goes joins the next. */
function resolve(ps: readonly Paragraph[], side: 'new' | 'old'): string[] {
  const out: string[] = [];
  let carry = '';
  for (const p of ps) {
    const text = carry + paragraphText(p, side);
    if ((side === 'new' && p.mark === 'del') || (side === 'old' && p.mark === 'ins')) {
      carry = text;
      continue;
    }
    carry = '';
    out.push(text);
  }
  if (carry) out.push(carry);
  return out.filter((l) => l.trim() !== '');
}

/** Line-level LCS, then a word diff inside lines that changed a little: the redline's shape. */
function marked(oldLines: string[], newLines: string[]): { text: string; marks: Uint8Array } {
  const n = oldLines.length;
  const m = newLines.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = oldLines[i] === newLines[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const t = new MarkedText();
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && oldLines[i] === newLines[j]) {
      t.push(`${oldLines[i]}\n\n`, SAME);
      i++;
      j++;
    } else if (i < n && j < m && L[i + 1]![j + 1] === L[i]![j]) {
      // a changed line: a word diff inside it
      for (const p of wordDiff(oldLines[i]!, newLines[j]!) ?? []) t.push(p.text, p.kind === 'equal' ? SAME : p.kind === 'ins' ? INS : DEL);
      t.push('\n\n', SAME);
      i++;
      j++;
    } else if (j < m && (i >= n || L[i]![j + 1]! >= L[i + 1]![j]!)) {
      t.push(`${newLines[j]}\n\n`, INS);
      j++;
    } else {
      t.push(`${oldLines[i]}\n\n`, DEL);
      i++;
    }
  }
  return t.build();
}

const word = fc.constantFrom('Điều', 'khoản', 'Ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'họp', 'mỗi', 'tháng', 'quý', '1.', 'a)', '-', 'được', 'bãi', 'bỏ');
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ').replace(/^- ?/, 'x '));

describe('paragraphs from marked Markdown', () => {
  it('accepting every revision gives the new lines, rejecting every revision the old ones', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 0, maxLength: 8 }), fc.array(line, { minLength: 0, maxLength: 8 }), (oldLines, newLines) => {
        const { text, marks } = marked(oldLines, newLines);
        const ps = markedParagraphs(text, marks).filter((b): b is Paragraph => b.t === 'p');
        // a paragraph's display text has no leading or trailing spaces
        expect(resolve(ps, 'new').map((l) => l.trim())).toEqual(newLines.map((l) => l.trim()));
        expect(resolve(ps, 'old').map((l) => l.trim())).toEqual(oldLines.map((l) => l.trim()));
      }),
      { numRuns: 300 },
    );
  });

  it('strip the Markdown structure for display, keep it for the Markdown writer, and style by label', () => {
    const src = '## Chương I. QUY ĐỊNH CHUNG\n\n### Điều 1. **Phạm vi**\n\n   1. Quy chế này quy định\n';
    const ps = markedParagraphs(src, new Uint8Array(src.length)).filter((b): b is Paragraph => b.t === 'p');
    expect(ps.map((p) => [p.style, paragraphText(p)])).toEqual([
      ['division', 'Chương I. QUY ĐỊNH CHUNG'],
      ['article', 'Điều 1. Phạm vi'],
      ['body', '1. Quy chế này quy định'],
    ]);
    expect(toMarkdown({ kind: 'consolidated', title: 't', blocks: ps, notes: [], revision: { author: 'a', date: 'd' } })).toBe(src);
  });

  it('place footnote references at source offsets, in the display text and in the Markdown', () => {
    const src = '1. Một\n\n- Hai\n';
    const ps = markedParagraphs(src, new Uint8Array(src.length), { notes: new Map([[2, [1]], [10, [2]]]) });
    expect((ps[0] as Paragraph).content).toEqual([{ text: '1.' }, { note: 1 }, { text: ' Một' }]);
    expect(toMarkdown({ kind: 'consolidated', title: 't', blocks: ps, notes: [], revision: { author: 'a', date: 'd' } })).toBe('1.[^1] Một\n\n- [^2]Hai\n');
  });
});

const doc = (blocks: ExportDoc['blocks']): ExportDoc => ({ kind: 'report', title: 'T <x>', blocks, notes: [{ id: 1, content: [{ text: 'ghi chú' }] }], revision: { author: 'a', date: 'd' } });

describe('Markdown writer', () => {
  it('uses ** and ~~ where CommonMark renders them, HTML tags where a delimiter would not flank', () => {
    const p = para('body', [{ text: 'Chủ tịch UBND tỉnh' }, { text: '; nhân sự chỉ định', bold: true }, { text: ' và ' }, { text: 'bỏ', strike: true }, { text: ' đi' }]);
    expect(toMarkdown(doc([p])).split('\n')[0]).toBe('Chủ tịch UBND tỉnh<strong>; nhân sự chỉ định</strong> và ~~bỏ~~ đi');
  });

  it('writes revisions as CriticMarkup, or as <ins>/<del>; escapes Markdown in generated text', () => {
    const p = para('body', [{ text: 'a *b* ' }, { text: 'mới', rev: 'ins' }, { text: 'cũ', rev: 'del' }]);
    expect(toMarkdown(doc([p])).split('\n')[0]).toBe('a \\*b\\* {++mới++}{--cũ--}');
    expect(toMarkdown(doc([p]), { marks: 'plain' }).split('\n')[0]).toBe('a \\*b\\* <ins>mới</ins><del>cũ</del>');
  });

  it('keeps the line structure of a source line outside the revision marks', () => {
    const src = '### Điều 2. Mới\n';
    const marks = new Uint8Array(src.length).fill(INS);
    const ps = markedParagraphs(src, marks);
    expect(toMarkdown(doc(ps)).split('\n')[0]).toBe('### {++Điều 2. Mới++}');
  });
});

describe('HTML writer', () => {
  it('is self-contained: a CSP forbidding requests, no script, no external URL; text escaped', () => {
    const html = toHtml(doc([para('body', [{ text: '<script>alert(1)</script> & ' }, { note: 1 }])]));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|https?:\/\/|src=|@import|url\(/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(html).toContain('<title>T &lt;x&gt;</title>');
    expect(html).toContain('<a href="#fn-1" id="fnref-1">1</a>');
    expect(html).toContain('<li id="fn-1">ghi chú <a href="#fnref-1"');
  });

  it('A4 print layout in Times New Roman, landscape for tables', () => {
    expect(toHtml(doc([]))).toMatch(/@page \{ size: A4; margin: 20mm 15mm 20mm 30mm; \}/);
    expect(toHtml({ ...doc([]), landscape: true })).toContain('size: A4 landscape');
    expect(toHtml(doc([]))).toContain('font-family: "Times New Roman", "Liberation Serif"');
  });
});

describe('Word writer', () => {
  const word = async (d: ExportDoc): Promise<Map<string, string>> => unzipDocx(await toDocx(d));

  it('numbers pages top centre from the second page on (Nghị định 30/2020), in a PAGE field', async () => {
    const files = await word(doc([para('title', 'QUY CHẾ'), para('body', 'Một')]));
    const body = parseXml(files.get('word/document.xml')!);
    const sect = descendants(body, 'sectPr')[0]!;
    expect(descendants(sect, 'titlePg')).toHaveLength(1);
    const refs = descendants(sect, 'headerReference').map((h) => [h.getAttribute('w:type'), h.getAttribute('r:id')]);
    expect(refs.map((r) => r[0]).sort()).toEqual(['default', 'first']);
    const rels = parseXml(files.get('word/_rels/document.xml.rels')!);
    const target = (id: string | null | undefined): string => {
      const rel = Array.from(rels.getElementsByTagName('Relationship') as unknown as ArrayLike<Element>).find((r) => r.getAttribute('Id') === id)!;
      return `word/${rel.getAttribute('Target')}`;
    };
    const header = parseXml(files.get(target(refs.find((r) => r[0] === 'default')![1]))!);
    expect(descendants(header, 'instrText').map((e) => e.textContent?.trim())).toEqual(['PAGE']);
    expect(descendants(header, 'jc')[0]!.getAttribute('w:val')).toBe('center');
    // the first page's header holds no field
    const first = files.get(target(refs.find((r) => r[0] === 'first')![1]))!;
    expect(first).not.toContain('PAGE');
    expect(files.get('[Content_Types].xml')).toContain('/word/header1.xml');
  });

  it('indents the first line of article headings as of body paragraphs (10 mm), not of titles', async () => {
    const files = await word(doc([para('title', 'QUY CHẾ'), para('article', 'Điều 1. Phạm vi'), para('body', '1. Một')]));
    const ps = descendants(parseXml(files.get('word/document.xml')!), 'p');
    const firstLine = ps.map((p) => descendants(p, 'ind')[0]?.getAttribute('w:firstLine') ?? null);
    expect(firstLine).toEqual([null, '567', '567']);
  });

  it('writes the export\'s author and date on every revision, escapes text, and drops what XML cannot hold', async () => {
    const d: ExportDoc = { ...doc([para('body', [{ text: 'a <b> & "c"\u0001' }, { text: 'mới', rev: 'ins' }, { text: 'cũ', rev: 'del' }], { mark: 'ins' })]), revision: { author: 'Văn phòng & Tỉnh ủy', date: '2026-11-25T00:00:00Z' } };
    const files = await word(d);
    const x = parseXml(files.get('word/document.xml')!);
    expect(revisions(x).map((r) => [r.kind, r.id, r.author, r.date])).toEqual([
      ['ins', '1', 'Văn phòng & Tỉnh ủy', '2026-11-25T00:00:00Z'],
      ['ins', '2', 'Văn phòng & Tỉnh ủy', '2026-11-25T00:00:00Z'],
      ['del', '3', 'Văn phòng & Tỉnh ủy', '2026-11-25T00:00:00Z'],
    ]);
    expect(resolvedParagraphs(x, 'accept')).toEqual(['a <b> & "c"mới']);
    expect(files.get('docProps/core.xml')).toContain('<dc:creator>Văn phòng &amp; Tỉnh ủy</dc:creator>');
    expect(footnotes(files.get('word/footnotes.xml'))).toEqual(new Map([[1, 'ghi chú']]));
  });

  it('gives the same bytes for the same export', async () => {
    const d = doc([para('body', 'Một')]);
    expect(Buffer.from(await toDocx(d)).equals(Buffer.from(await toDocx(d)))).toBe(true);
  });
});
