/**
 * Exports render the user's Markdown as Markdown means it: a soft-wrapped clause is one
 * paragraph, a GFM table is a table (HTML <table>, Word w:tbl), bold and italic stay bold and
 * italic, a block quote is a quote (not a centred bold title), and the user's own footnotes are
 * kept and numbered together with the tool's (no two `[^1]:` definitions, none vanishes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { parseRegulation } from '../../src/document/parse.js';
import { renumberNotes, userNotesInto, type ExportDoc, type Paragraph } from '../../src/export/doc.js';
import { markedParagraphs } from '../../src/export/lines.js';
import { buildExport, renderExport } from '../../src/export/run.js';
import { loadPatch } from '../../src/patch/load.js';
import { descendants, footnotes, parseXml, unzipDocx } from '../helpers/docx.js';
import { FIXTURES } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'export/markdown-content');

function consolidated() {
  const doc = parseRegulation('regulation.md', readFileSync(join(DIR, 'regulation.md'), 'utf8'));
  const patch = loadPatch('patch.yaml', readFileSync(join(DIR, 'patch.yaml'), 'utf8'));
  const run = applyPatches([patch], { find: () => doc });
  expect(run.ok).toBe(true);
  return buildExport({ kind: 'consolidated', run, patches: [patch], revision: { author: 'Văn phòng', date: '2026-11-25T00:00:00Z' }, document: doc });
}

describe('exports read the Markdown', () => {
  it('read a heading inside a list item as the parse reads it: its label styles the paragraph, its `#`s are no text', async () => {
    const src = [
      '## Điều 1. Phạm vi',
      '- ## Điều 2. Tiêu đề trong mục danh sách',
      '-   ## Điều 3. Nhiều dấu cách ##',
      '1. # Điều 4. Sau số thứ tự của khoản',
      '- - ## Điều 5. Hai dấu gạch',
      '- ####### Bảy dấu thăng',
      '- ##x Không có dấu cách',
      '- ## Tiêu đề không có nhãn',
    ].join('\n\n');
    const blocks = markedParagraphs(src, new Uint8Array(src.length));
    const text = (p: Paragraph) => p.content.map((x) => ('text' in x ? x.text : '')).join('');
    const paras = blocks.filter((b): b is Paragraph => b.t === 'p');
    expect(paras.map((p) => [p.style, text(p)])).toEqual([
      ['article', 'Điều 1. Phạm vi'],
      // an article, as `- Điều 2.` is: the list marker stays, the heading's markers go
      ['article', '- Điều 2. Tiêu đề trong mục danh sách'],
      // (the item's marker as written, its spaces too, as `-   Điều 3.` reads; the closing `##` is no text)
      ['article', '-   Điều 3. Nhiều dấu cách'],
      // khoản 1: the heading's label is its text
      ['body', '1. Điều 4. Sau số thứ tự của khoản'],
      ['body', '- - Điều 5. Hai dấu gạch'],
      ['body', '- ####### Bảy dấu thăng'],
      ['body', '- ##x Không có dấu cách'],
      ['body', '- Tiêu đề không có nhãn'],
    ]);
    // the Markdown writer splices the source as it is
    expect(paras[1]!.md!.runs.map((r) => r.text).join('')).toBe('- ## Điều 2. Tiêu đề trong mục danh sách');
    const doc: ExportDoc = { kind: 'consolidated', title: 't', blocks, notes: [], revision: { author: 'a', date: 'd' } };
    const html = (await renderExport(doc, 'html')) as string;
    expect(html).toContain('<p class="article">- Điều 2. Tiêu đề trong mục danh sách</p>');
    expect(html).not.toMatch(/##? Điều/);
  });

  it('show escaped brackets as brackets, never as struck-out text (comparison table and redline)', async () => {
    const dir = join(FIXTURES, 'markdown/11-find-markdown-punctuation');
    const doc = parseRegulation('regulation.md', readFileSync(join(dir, 'regulation.md'), 'utf8'));
    // the khoản rewritten with the same words, its brackets no longer escaped
    const patch = loadPatch(
      'patch.yaml',
      'quyche: 1\nid: p\namends: 12-VD/MD\nchanges:\n  - id: "1"\n    op: replace\n    target: Khoản 1, Điều 1\n    text: "1. Quy chế này (ghi chú) áp dụng cho cơ quan, tổ chức và *đơn vị* trực thuộc."\n',
    );
    const run = applyPatches([patch], { find: () => doc });
    expect(run.ok).toBe(true);
    for (const kind of ['table', 'redline'] as const) {
      const html = (await renderExport(buildExport({ kind, run, patches: [patch], revision: { author: 'a', date: '2026-11-25T00:00:00Z' } }), 'html')) as string;
      expect(html, kind).toContain('Quy chế này (ghi chú) áp dụng');
      // a bracket alone struck or deleted, or a backslash shown: the escape was diffed as text
      expect(html, kind).not.toMatch(/<(s|del)[^>]*>\\?[()]<\/(s|del)>/);
      expect(html, kind).not.toContain('\\(');
    }
  });

  it('renumbers the user\'s footnote calls inside tables too', async () => {
    const src = 'a[^x] b\n\n| c[^y] | d |\n|---|---|\n| e | f[^x] |\n\n[^x]: X.\n[^y]: Y.\n';
    const notes: ExportDoc['notes'] = [{ id: 1, content: [{ text: 'của công cụ' }] }];
    const blocks = markedParagraphs(src, new Uint8Array(src.length), { userNotes: userNotesInto(notes) });
    const doc: ExportDoc = { kind: 'consolidated', title: 't', blocks, notes: renumberNotes(blocks, notes), revision: { author: 'a', date: 'd' } };
    const md = (await renderExport(doc, 'md')) as string;
    expect(md).toContain('a[^1] b');
    expect(md).toContain('| c[^2] | d |');
    expect(md).toContain('| e | f[^1] |');
    expect(md).toMatch(/\[\^1\]: X\.\n\[\^2\]: Y\.\n\[\^3\]: của công cụ/);
  });

  it('one paragraph per clause, soft breaks as spaces; tables as tables; emphasis kept; quotes as quotes', () => {
    const doc = consolidated();
    const paras = doc.blocks.filter((b): b is Paragraph => b.t === 'p');
    const text = (p: Paragraph) => p.content.map((x) => ('text' in x ? x.text : `[${x.note}]`)).join('');
    const clause = paras.find((p) => text(p).startsWith('1. Quy chế này'))!;
    expect(text(clause)).toBe('1. Quy chế này áp dụng cho các cơ quan tham mưu, giúp việc và các đơn vị sự nghiệp trực thuộc[1].');
    expect(clause.content.some((x) => 'text' in x && x.text === 'các cơ quan' && x.bold)).toBe(true);
    expect(paras.some((p) => p.content.some((x) => 'text' in x && x.text === 'được lưu' && x.italic))).toBe(true);
    const table = doc.blocks.find((b) => b.t === 'table');
    expect(table && table.t === 'table' ? [table.columns.map((c) => c.title), ...table.rows.map((r) => r.map((c) => c.map(text).join('')))] : undefined).toEqual([
      ['Loại', 'Thời hạn'],
      ['Biên bản', 'Vĩnh viễn'],
      ['Báo cáo', '10 năm'],
    ]);
    const quote = paras.filter((p) => text(p).startsWith('Căn cứ'));
    expect(quote.map((p) => p.style)).toEqual(['quote', 'quote']);
    // the user's note (khoản 1) and the tool's (khoản 3), numbered in reading order
    expect(doc.notes.map((n) => n.id)).toEqual([1, 2]);
    expect(doc.notes[0]!.content.map((x) => ('text' in x ? x.text : '')).join('')).toBe('Gồm cả các ban đảng.');
    // the tool's note of a phrase change stands at the phrase
    expect(text(paras.find((p) => text(p).startsWith('3.'))!)).toBe('3. Khoản ba đã được sửa đổi[2].');
  });

  it('writes them so in Markdown, HTML and Word', async () => {
    const doc = consolidated();
    const md = (await renderExport(doc, 'md')) as string;
    expect(md.match(/^\[\^1\]:/gm)).toHaveLength(1);
    expect(md.match(/^\[\^\d+\]:/gm)).toEqual(['[^1]:', '[^2]:']);
    expect(md).toContain('trực thuộc[^1].');
    expect(md).toContain('3. Khoản ba đã được sửa đổi[^2].');
    expect(md).toContain('| Biên bản | Vĩnh viễn |');
    expect(md).toContain('**các cơ quan** tham mưu, giúp việc\nvà các đơn vị');
    const html = (await renderExport(doc, 'html')) as string;
    expect(html).toMatch(/<table>[\s\S]*Biên bản[\s\S]*<\/table>/);
    expect(html).toContain('<strong>các cơ quan</strong>');
    expect(html).toContain('<em>được lưu</em>');
    expect(html).toMatch(/<p class="quote"[^>]*>Căn cứ Điều lệ Đảng;<\/p>/);
    expect(html).toContain('Gồm cả các ban đảng.');
    const docx = unzipDocx((await renderExport(doc, 'docx')) as Uint8Array);
    const body = parseXml(docx.get('word/document.xml')!);
    expect(descendants(body, 'tbl').length).toBe(1);
    const boldRuns = descendants(body, 'r').filter((r) => descendants(r, 'b').length > 0).map((r) => descendants(r, 't').map((t) => t.textContent).join(''));
    expect(boldRuns).toContain('các cơ quan');
    expect([...footnotes(docx.get('word/footnotes.xml')).values()].join(' ')).toContain('Gồm cả các ban đảng.');
  });
});
