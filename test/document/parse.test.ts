import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { RegulationDocument } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { checkRanges } from '../helpers/ranges.js';

const shape = (doc: RegulationDocument): string[] =>
  doc.all.map((u) => `${u.anchor} ${u.kind} ${u.label}${u.heading ? ` ${u.heading}` : ''}`);

const FRONT = `---
number: 01-QC/TU
type: Quy chế
title: Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025
issuer: Ban Chấp hành Đảng bộ tỉnh
date: 2021-01-09
status: in-force
excerpt: false
labels:
  decimal: Điểm
  letter: Tiết
---
`;

describe('document model', () => {
  it('reads the front matter as metadata', () => {
    const doc = parseRegulation('a.md', `${FRONT}\n# QUY CHẾ\n`);
    expect(doc.meta).toEqual({
      number: '01-QC/TU',
      type: 'Quy chế',
      title: 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025',
      issuer: 'Ban Chấp hành Đảng bộ tỉnh',
      date: '2021-01-09',
      status: 'in-force',
      excerpt: false,
      labels: { decimal: 'Điểm', letter: 'Tiết' },
    });
    expect(doc.diagnostics).toEqual([]);
  });

  it('reports bad and unknown front-matter fields with their line and column, and keeps reading', () => {
    const doc = parseRegulation('a.md', `---\nnumber: 01-QC/TU\ndate: 31/02/2021\nstatsu: draft\n---\n\nĐiều 1. X\n`);
    expect(doc.diagnostics.map((d) => [d.code, d.line, d.column, d.message.id, d.hint?.id])).toEqual([
      ['front-matter', 3, 7, 'front-matter.bad-value', 'expected.date'],
      ['front-matter', 4, 1, 'front-matter.unknown-field', 'hint.did-you-mean'],
    ]);
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1']);
  });

  it('builds the hierarchy Chương → Điều → khoản → điểm, with the preamble as intro', () => {
    const doc = parseRegulation(
      'a.md',
      `${FRONT}
# QUY CHẾ LÀM VIỆC

## Chương I. TRÁCH NHIỆM, QUYỀN HẠN

### Điều 1. Trách nhiệm, quyền hạn của Ban Chấp hành Đảng bộ tỉnh

1. Lãnh đạo thực hiện.

2. Quyết định:
a) việc một;
b) việc hai;
đ) việc đ.

### Điều 2. Ban Thường vụ

1. Chuẩn bị:
   1.1. Nhân sự.
      a) tiết a;
      e) tiết e.
   1.2. Bảo vệ chính trị nội bộ.
- gạch một
- gạch hai
`,
    );
    expect(shape(doc)).toEqual([
      'intro intro ',
      'chuong-i chuong Chương I. TRÁCH NHIỆM, QUYỀN HẠN',
      'dieu-1 dieu Điều 1. Trách nhiệm, quyền hạn của Ban Chấp hành Đảng bộ tỉnh',
      'dieu-1.khoan-1 khoan 1.',
      'dieu-1.khoan-2 khoan 2.',
      'dieu-1.khoan-2.diem-a diem a)',
      'dieu-1.khoan-2.diem-b diem b)',
      'dieu-1.khoan-2.diem-dd diem đ)',
      'dieu-2 dieu Điều 2. Ban Thường vụ',
      'dieu-2.khoan-1 khoan 1.',
      'dieu-2.khoan-1.diem-1-1 diem 1.1.',
      'dieu-2.khoan-1.diem-1-1.tiet-a tiet a)',
      'dieu-2.khoan-1.diem-1-1.tiet-e tiet e)',
      'dieu-2.khoan-1.diem-1-2 diem 1.2.',
      'dieu-2.khoan-1.diem-1-2.bullet-1 bullet -',
      'dieu-2.khoan-1.diem-1-2.bullet-2 bullet -',
    ]);
    // gap d → đ is reported (no d), e after a in a decimal point too
    expect(doc.diagnostics.map((d) => [d.line, d.message.id, d.message.args?.expected])).toEqual([
      [25, 'numbering.gap', 'c'],
      [32, 'numbering.gap', 'b'],
    ]);
  });

  it('recognises the same structure from list items, plain paragraphs, headings and indentation', () => {
    const variants = [
      'Điều 3. Ba\n\n1. Một\n\n2. Hai\n\n   a) x\n\n   b) y\n',
      'Điều 3. Ba\n1. Một\n2. Hai\na) x\nb) y\n',
      '## Điều 3. Ba\n\n1. Một\n2. Hai\n    - a) x\n    - b) y\n',
      '#### Điều 3. Ba\n- 1. Một\n- 2. Hai\n  * a) x\n  * b) y\n',
      '**Điều 3.** Ba\n\n**1.** Một\n\n**2.** Hai\n\n*a)* x\n\n*b)* y\n',
      '> Điều 3. Ba\n> 1. Một\n> 2. Hai\n> a) x\n> b) y\n'.replace(/^> /gm, '  '),
      // headings inside list items: after one bullet the heading's label is the line's
      '- ## Điều 3. Ba\n\n  1. Một\n\n  2. Hai\n\n     - ## a) x\n\n     - ### b) y\n',
      '* # Điều 3. Ba\n- ## 1. Một\n-\t## 2. Hai ##\n  -   #### a) x\n  - ###### b) y\n',
    ];
    const expected = ['dieu-3 dieu Điều 3. Ba', 'dieu-3.khoan-1 khoan 1.', 'dieu-3.khoan-2 khoan 2.', 'dieu-3.khoan-2.diem-a diem a)', 'dieu-3.khoan-2.diem-b diem b)'];
    for (const v of variants) {
      const doc = parseRegulation('v.md', `---\nexcerpt: true\n---\n${v}`);
      expect(shape(doc), v).toEqual(expected);
    }
  });

  it('reads a heading inside a list item as the item reads without the heading\'s markers; a label the item\'s own makes text is reported', () => {
    const doc = parseRegulation('v.md', '---\nexcerpt: true\n---\n## Điều 3. Ba\n\n1. # Điều 4. Bốn\n\n2. Hai\n\n- - ## a) x\n\n1) # Điều 5. Năm\n');
    expect(shape(doc)).toEqual(['dieu-3 dieu Điều 3. Ba', 'dieu-3.khoan-1 khoan 1.', 'dieu-3.khoan-2 khoan 2.', 'dieu-3.khoan-2.bullet-1 bullet -']);
    expect(doc.diagnostics.map((d) => [d.line, d.column, d.message.id, d.message.args])).toEqual([
      [6, 6, 'numbering.label-in-item-heading', { found: 'Điều 4.', item: '1.' }],
      [10, 8, 'numbering.label-in-item-heading', { found: 'a)', item: '- -' }],
      [12, 6, 'numbering.label-in-item-heading', { found: 'Điều 5.', item: '1)' }],
    ]);
  });

  it('decides a label on a paragraph\'s continuation line by the numbering sequence (docs/format.md)', () => {
    const doc = parseRegulation(
      'a.md',
      '---\nexcerpt: true\n---\nĐiều 1. A\n\n3. Thẩm quyền:\na) quyết định;\nb) phê duyệt.\n\n1. Cán bộ thực hiện theo quy định của Ban Thường vụ,\nviệc xử lý được thực hiện tại điểm\na) khoản 2 Điều 5.\n\n2. Nội dung:\nb) một;\na) hai.\n',
    );
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-1.khoan-3', 'dieu-1.khoan-3.diem-a', 'dieu-1.khoan-3.diem-b', 'dieu-1.khoan-1', 'dieu-1.khoan-2', 'dieu-1.khoan-2.diem-b']);
  });

  it('keeps đ lossless in anchors: Điều 146đ and Điều 146d do not collide', () => {
    const doc = parseRegulation('a.md', 'Điều 146d. D\n\nĐiều 146đ. Đ\n\nĐiều 5a. A\n\n1. x\n\n2a. y\n   d1) z\n');
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-146d', 'dieu-146dd', 'dieu-5a', 'dieu-5a.khoan-1', 'dieu-5a.khoan-2a', 'dieu-5a.khoan-2a.diem-d1']);
  });

  it('takes the title line after "Chương I" as its heading, and untitled articles as text', () => {
    const doc = parseRegulation('a.md', 'Chương I\nNHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1.\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.\n');
    expect(shape(doc)).toEqual(['chuong-i chuong Chương I NHỮNG QUY ĐỊNH CHUNG', 'dieu-1 dieu Điều 1.']);
  });

  it('reads NFD headings (Hiến pháp 2013 has seven) and reports labels in NFC', () => {
    const doc = parseRegulation('a.md', 'Điều 64.\nBảo vệ Tổ quốc\n'.normalize('NFD'));
    expect(doc.all.map((u) => [u.anchor, u.label])).toEqual([['dieu-64', 'Điều 64.']]);
    expect(doc.source.text.slice(doc.all[0]!.labelStart, doc.all[0]!.labelEnd)).toBe('Điều 64.'.normalize('NFD'));
  });

  it('never takes quoted text, fenced code or HTML comments as structure', () => {
    const doc = parseRegulation(
      'a.md',
      'Điều 1. Sửa đổi\n\n1. Sửa đổi Điều 7 như sau:\n“Điều 7. Nội dung mới\n1. khoản trong trích dẫn\na) điểm trong trích dẫn”.\n2. Khoản hai.\n\n```\n3. không phải khoản\n```\n\n<!--\n4. cũng không\n-->\n3. Khoản ba.\n',
    );
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-1.khoan-1', 'dieu-1.khoan-2', 'dieu-1.khoan-3']);
    // a label inside a container is reported where it sits (an indented khoản becomes code)
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.id} ${d.message.args?.found}`)).toEqual([
      '10:1 numbering.label-in-container.code 3.',
      '14:1 numbering.label-in-container.html 4.',
    ]);
  });

  it('reads again without quote tracking when a quotation is never closed, and says where it opened', () => {
    const doc = parseRegulation('a.md', 'Điều 1. A\n\n1. Theo “hướng dẫn\n\n2. Hai\n');
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-1.khoan-1', 'dieu-1.khoan-2']);
    expect(doc.diagnostics.map((d) => [d.line, d.column, d.message.id])).toEqual([[3, 9, 'numbering.unclosed-quote']]);
  });

  it('lets the next article end a quotation left open, and says which labels it swallowed', () => {
    const doc = parseRegulation('a.md', 'Điều 1. A\n\n1. Theo “hướng dẫn\n\n2. Hai\n\nĐiều 2. B\n');
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-1.khoan-1', 'dieu-2']);
    expect(doc.diagnostics.map((d) => [d.line, d.column, d.message.id, d.message.args])).toEqual([
      [3, 9, 'numbering.quote-swallowed', { count: 1, line: 5, until: 7 }],
    ]);
  });

  it('splits articles printed on one line after a repealed placeholder', () => {
    const doc = parseRegulation('a.md', '### Điều 90. (được bãi bỏ)Điều 91. (được bãi bỏ) Điều 92. Quyền khởi kiện\n');
    expect(doc.all.map((u) => [u.anchor, u.heading])).toEqual([
      ['dieu-90', '(được bãi bỏ)'],
      ['dieu-91', '(được bãi bỏ)'],
      ['dieu-92', 'Quyền khởi kiện'],
    ]);
  });

  it('reports gaps, duplicates, out-of-order labels and letters outside the alphabet, and still places them', () => {
    const doc = parseRegulation('a.md', 'Điều 1. A\n\n1. x\n3. y\n3. z\n2. w\n   a) p\n   f) q\n\nĐiều 3. C\n');
    expect(doc.diagnostics.map((d) => [d.line, d.message.id, d.message.args?.found])).toEqual([
      [8, 'numbering.letter', 'f)'],
      [10, 'numbering.gap', '3'],
      [4, 'numbering.gap', '3'],
      [5, 'numbering.duplicate', '3'],
      [6, 'numbering.order', '2'],
    ]);
    expect(doc.all.length).toBe(8);
  });

  it('does not report gaps in an excerpt document', () => {
    const doc = parseRegulation('a.md', '---\nexcerpt: true\n---\nĐiều 3. C\n\n2. x\n\n5. y\n\nĐiều 8. D\n');
    expect(doc.diagnostics).toEqual([]);
  });

  it('keeps BOM and CRLF, and reads them', () => {
    const text = `\uFEFF${FRONT}\nĐiều 1. A\n\n1. x\n`.replace(/\n/g, '\r\n');
    const doc = parseRegulation('a.md', text);
    expect(doc.bom).toBe(true);
    expect(doc.eol).toBe('\r\n');
    expect(doc.meta.number).toBe('01-QC/TU');
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-1.khoan-1']);
    expect(doc.source.text.slice(doc.all[1]!.start, doc.all[1]!.end)).toBe('1. x');
  });
});

// ── properties ────────────────────────────────────────────────────────────────
interface Spec {
  articles: Array<{ clauses: number[]; title: string }>;
}
const specArb = fc.record({
  articles: fc.array(
    fc.record({
      clauses: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 4 }),
      title: fc.constantFrom('Trách nhiệm', 'Quyền hạn của Thường trực', 'Chế độ hội nghị', 'Hòa giải, thủy lợi'),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});
const styleArb = fc.record({
  heading: fc.constantFrom('', '## ', '### ', '#### '),
  clause: fc.constantFrom('', '- ', '* '),
  pointIndent: fc.constantFrom('', '   ', '    - ', '  * '),
  blank: fc.boolean(),
  crlf: fc.boolean(),
  nfd: fc.boolean(),
  bom: fc.boolean(),
});
const LETTERS = ['a', 'b', 'c', 'd', 'đ'];

interface Style {
  heading: string;
  clause: string;
  pointIndent: string;
  blank: boolean;
  crlf: boolean;
  nfd: boolean;
  bom: boolean;
}

function render(spec: Spec, style: Style): string {
  const sep = style.blank ? '\n\n' : '\n';
  const lines: string[] = ['---', 'number: 02-QC/TU', '---', '', '# QUY CHẾ'];
  spec.articles.forEach((a, i) => {
    lines.push(`${style.heading}Điều ${i + 1}. ${a.title}`);
    a.clauses.forEach((points, k) => {
      lines.push(`${style.clause}${k + 1}. Nội dung khoản ${k + 1} của Ủy ban.`);
      for (let p = 0; p < points; p++) lines.push(`${style.pointIndent}${LETTERS[p]}) việc “${p}” hòa;`);
    });
  });
  let text = lines.join(sep) + '\n';
  if (style.nfd) text = text.normalize('NFD');
  if (style.crlf) text = text.replace(/\n/g, '\r\n');
  if (style.bom) text = `\uFEFF${text}`;
  return text;
}


describe('parser properties', () => {
  propTest.prop([specArb, styleArb, styleArb], { numRuns: 150 })('the structure does not depend on the Markdown style', (spec, s1, s2) => {
    const a = parseRegulation('a.md', render(spec, s1));
    const b = parseRegulation('b.md', render(spec, s2));
    expect(shape(a).map((x) => x.normalize('NFC'))).toEqual(shape(b).map((x) => x.normalize('NFC')));
    expect(a.all.filter((u) => u.kind === 'dieu').length).toBe(spec.articles.length);
  });

  propTest.prop([specArb, styleArb], { numRuns: 150 })('parsing never alters the text, and every range slices back to its unit', (spec, style) => {
    const text = render(spec, style);
    const copy = `${text}`;
    const doc = parseRegulation('a.md', text);
    expect(doc.source.text).toBe(copy);
    checkRanges(text, doc.units, doc.bodyStart, text.length);
  });

  propTest.prop([fc.string({ unit: 'grapheme', maxLength: 400 })], { numRuns: 200 })('never throws, whatever the input', (s) => {
    const doc = parseRegulation('x.md', s);
    expect(doc.source.text).toBe(s);
    checkRanges(s, doc.units, doc.bodyStart, s.length);
  });
});
