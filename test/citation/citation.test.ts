import { describe, expect, it } from 'vitest';
import { numberKey, sameNumber, findNumber } from '../../src/citation/docnumber.js';
import { formatCitation, formatDocumentRef } from '../../src/citation/format.js';
import { expandPaths, parseCitation } from '../../src/citation/parse.js';
import { resolveTarget, type Resolution } from '../../src/citation/resolve.js';
import { resolutionDiagnostics, skippedLevel } from '../../src/citation/diagnose.js';
import { parseRegulation } from '../../src/document/parse.js';
import { treeOf } from '../../src/document/model.js';
import { SourceText } from '../../src/text/source.js';

const levels = (s: string) => {
  const c = parseCitation(s);
  return c?.levels.map((l) => `${l.level}:${l.relative ? 'này' : l.range ? `${l.range.from}..${l.range.to}` : l.numbers.join('|')}`);
};

describe('citation grammar', () => {
  it.each([
    ['Điểm 1.1, Khoản 1, Điều 8, Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị', ['dieu:8', 'khoan:1', 'diem:1.1']],
    ['Điểm 1.1 Khoản 1 Điều 8', ['dieu:8', 'khoan:1', 'diem:1.1']],
    ['điểm a khoản 2 Điều 103 của Bộ luật Hình sự', ['dieu:103', 'khoan:2', 'diem:a']],
    ['ĐIỂM D1 KHOẢN 2 ĐIỀU 3', ['dieu:3', 'khoan:2', 'diem:d1']],
    ['điểm đ khoản 4 Điều 10', ['dieu:10', 'khoan:4', 'diem:đ']],
    ['Tiết e, Điểm 1.2, Khoản 1, Điều 4', ['dieu:4', 'khoan:1', 'diem:1.2', 'tiet:e']],
    ['Mục 3, Phần II', ['phan:II', 'muc:3']],
    ['Mục 3, Khoản 5, Điều 3', ['dieu:3', 'khoan:5', 'muc:3']],
    ['Điều 7 khoản 3', ['dieu:7', 'khoan:3']],
    ['các khoản 2, 3 và 4 Điều 5', ['dieu:5', 'khoan:2|3|4']],
    ['khoản 1 và khoản 3 Điều 8', ['dieu:8', 'khoan:1|3']],
    ['khoản 1 và 3 Điều 32', ['dieu:32', 'khoan:1|3']],
    ['Điều 16, Điều 17, Điều 18', ['dieu:16|17|18']],
    ['các Điều 5, 7, 12', ['dieu:5|7|12']],
    ['điểm a, b và d khoản 2 Điều 3', ['dieu:3', 'khoan:2', 'diem:a|b|d']],
    ['từ Điều 16 đến Điều 23', ['dieu:16..23']],
    ['khoản này', ['khoan:này']],
    ['khoản 2 Điều này', ['dieu:này', 'khoan:2']],
    ['Chương II', ['chuong:II']],
    ['Phần thứ nhất', ['phan:1']],
    ['gạch đầu dòng thứ hai, Khoản 3, Điều 1', ['dieu:1', 'khoan:3', 'bullet:2']],
  ])('%s', (s, expected) => {
    expect(levels(s)).toEqual(expected);
  });

  it('reads a heading citation: tên Điều 40', () => {
    expect(parseCitation('tên Điều 40')?.heading).toBe(true);
  });

  it('reads the document reference: type, number, date (d/m/yyyy or d-m-yyyy), issuer, title', () => {
    expect(parseCitation('Điểm 1.1, Khoản 1, Điều 8, Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị')?.document).toMatchObject({
      type: 'Quy định',
      number: '80-QĐ/TW',
      date: '2022-08-18',
      issuer: 'Bộ Chính trị',
    });
    expect(parseCitation('Hướng dẫn số 16-HD/VPTU, ngày 23-2-2023 của Văn phòng Trung ương Đảng')?.document).toMatchObject({
      number: '16-HD/VPTU',
      date: '2023-02-23',
      issuer: 'Văn phòng Trung ương Đảng',
    });
    expect(parseCitation('Mục 3, Phần II, Nghị quyết số 14-NQ/TW, ngày 30/7/2007 của BCH Trung ương khóa X về tăng cường công tác kiểm tra')?.document).toMatchObject({
      number: '14-NQ/TW',
      issuer: 'BCH Trung ương khóa X',
      title: 'tăng cường công tác kiểm tra',
    });
    expect(parseCitation('khoản 4 Điều 11 của Nghị định số 18/2026/NĐ-CP')?.document?.number).toBe('18/2026/NĐ-CP');
    expect(parseCitation('Khoản 3 Điều 29 Quy chế này')?.document).toMatchObject({ type: 'Quy chế', relative: true });
    expect(parseCitation('điểm a khoản 2 Điều 103 của Bộ luật Hình sự')?.document?.title).toBe('Bộ luật Hình sự');
  });

  it('expands lists into paths', () => {
    expect(expandPaths(parseCitation('khoản 1 và 3 Điều 32')!).map((p) => p.map((s) => `${s.level}${s.number}`).join('/'))).toEqual(['dieu32/khoan1', 'dieu32/khoan3']);
  });

  it('sees a citation that skips a level, from the grammar alone', () => {
    expect(skippedLevel(parseCitation('Điểm 4, Điều 15, Quy định số 58-QĐ/TW')!)).toEqual({
      written: 'điểm',
      parent: 'Điều',
      expected: 'khoản',
      suggested: 'Khoản 4, Điều 15',
    });
    expect(skippedLevel(parseCitation('tiết a khoản 2 Điều 3')!)?.suggested).toBe('điểm a, khoản 2, Điều 3');
    for (const ok of ['Tiết e, Điểm 1.2, Khoản 1, Điều 4', 'Khoản 4, Điều 15', 'Điểm 4, Khoản 2', 'Mục 3, Phần II', 'Điều 16']) {
      expect(skippedLevel(parseCitation(ok)!), ok).toBeUndefined();
    }
  });

  it('refuses text that is not a citation', () => {
    expect(parseCitation('theo quy định của pháp luật')).toBeUndefined();
    expect(parseCitation('Điều 5 quy định rằng')).toBeUndefined();
  });
});

describe('document numbers', () => {
  it('match tolerantly: spaces, dashes, Ð, case of QĐi, ASCII, TƯ, leading zeros', () => {
    expect(sameNumber('80-QĐ/TW', '80 - QĐ / TW')).toBe(true);
    expect(sameNumber('80-QĐ/TW', '80–QĐ/TW')).toBe(true);
    expect(sameNumber('80-QĐ/TW', '80-QÐ/TW')).toBe(true);
    expect(sameNumber('11-QĐi/TW', '11-QĐI/TW')).toBe(true);
    expect(sameNumber('80-QĐ/TW', '80-QD/TW')).toBe(true);
    expect(sameNumber('296-QĐ/TW', '296-QĐ/TƯ')).toBe(true);
    expect(sameNumber('01-QC/TU', '1-QC/TU')).toBe(true);
    expect(sameNumber('51/2025/TT-BTC', '51/2025/TT-BTС')).toBe(true); // Cyrillic С
    expect(sameNumber('80-QĐ/TW', '81-QĐ/TW')).toBe(false);
    expect(numberKey('34/2016/NĐ-CP')).toBe('34/2016/ND-CP');
  });

  it('are found in text', () => {
    expect(findNumber('Quy định số 80-QĐ/TW, ngày 18/8/2022')?.number).toBe('80-QĐ/TW');
    expect(findNumber('Nghị định 30/2020/NĐ-CP về công tác văn thư')?.number).toBe('30/2020/NĐ-CP');
  });
});

const PARTY = parseRegulation(
  'qc.md',
  `---
number: 01-QC/TU
type: Quy chế
issuer: Ban Chấp hành Đảng bộ tỉnh
date: 2021-01-09
excerpt: true
---

### Điều 1. Ban Chấp hành

3. Quyết định:
- Trình Bộ Chính trị.
- Căn cứ quy định.

### Điều 2. Ban Thường vụ

2. Hai:
   a) x;
   b) y;
4. Bốn.

### Điều 3. Thường trực

2. Hai:
   2.4. Bốn.
5. Những công việc:
   5.1. Quyết định thẩm tra.
   5.3. Cho ý kiến.

### Điều 15. Mười lăm

2. Hai:
   2.4. Bốn.
4. Bốn.
`,
);

const ids = (r: Resolution) => (r.kind === 'found' ? r.units.map((u) => u.anchor) : r.kind === 'ambiguous' ? r.matches.map((u) => u.anchor) : []);

describe('resolution', () => {
  it('resolves exactly', () => {
    const r = resolveTarget(treeOf(PARTY), 'Khoản 3, Điều 1');
    expect(r.kind).toBe('found');
    expect(ids(r)).toEqual(['dieu-1.khoan-3']);
    expect(r.kind === 'found' && r.aliases).toEqual([]);
  });

  it('resolves anchors wherever a citation is accepted', () => {
    expect(ids(resolveTarget(treeOf(PARTY), 'dieu-2.khoan-2.diem-b'))).toEqual(['dieu-2.khoan-2.diem-b']);
  });

  it('resolves "Điểm 4, Điều 15" to khoản 4 through an alias, and says so', () => {
    const r = resolveTarget(treeOf(PARTY), 'Điểm 4, Điều 15');
    expect(ids(r)).toEqual(['dieu-15.khoan-4']);
    const ds = resolutionDiagnostics(r, treeOf(PARTY), { source: new SourceText('p.yaml', 'Điểm 4, Điều 15'), start: 0, end: 15 });
    expect(ds.map((d) => [d.code, d.severity, d.message.args?.suggested])).toEqual([['citation-style', 'info', 'Khoản 4, Điều 15']]);
  });

  it('resolves "Mục 3, Khoản 5, Điều 3" and "Điểm 1, Khoản 5, Điều 3" to the decimal points 5.3 and 5.1', () => {
    expect(ids(resolveTarget(treeOf(PARTY), 'Mục 3, Khoản 5, Điều 3'))).toEqual(['dieu-3.khoan-5.diem-5-3']);
    expect(ids(resolveTarget(treeOf(PARTY), 'Điểm 1, Khoản 5, Điều 3'))).toEqual(['dieu-3.khoan-5.diem-5-1']);
    expect(ids(resolveTarget(treeOf(PARTY), 'Điểm 5.1, Khoản 5, Điều 3'))).toEqual(['dieu-3.khoan-5.diem-5-1']);
  });

  it('reports an incomplete citation that matches several units as ambiguous', () => {
    const r = resolveTarget(treeOf(PARTY), 'Điểm 4, Khoản 2');
    expect(r.kind).toBe('ambiguous');
    expect(ids(r)).toEqual(['dieu-3.khoan-2.diem-2-4', 'dieu-15.khoan-2.diem-2-4']);
    const ds = resolutionDiagnostics(r, treeOf(PARTY), { source: new SourceText('p.yaml', 'Điểm 4, Khoản 2'), start: 0, end: 15 });
    expect(ds.map((d) => [d.code, d.message.args?.count, d.hint?.args?.example])).toEqual([['target-ambiguous', 2, 'Điểm 2.4, Khoản 2, Điều 3']]);
  });

  it('reports what does exist when a unit is not found', () => {
    const r = resolveTarget(treeOf(PARTY), 'Khoản 9, Điều 1');
    expect(r.kind).toBe('not-found');
    const ds = resolutionDiagnostics(r, treeOf(PARTY), { source: new SourceText('p.yaml', 'Khoản 9, Điều 1'), start: 0, end: 15 });
    expect(ds.map((d) => [d.code, d.message.args, d.hint?.args])).toEqual([
      ['target-not-found', { citation: 'Khoản 9', doc: 'Điều 1' }, { parent: 'Điều 1', available: 'Khoản 3' }],
    ]);
  });

  it('resolves lists and ranges to every unit', () => {
    const doc = parseRegulation('d.md', 'Điều 1. A\n\nĐiều 2. B\n\n1. x\n2. y\n3. z\n\nĐiều 3. C\n');
    expect(ids(resolveTarget(treeOf(doc), 'từ Điều 1 đến Điều 3'))).toEqual(['dieu-1', 'dieu-2', 'dieu-3']);
    expect(ids(resolveTarget(treeOf(doc), 'các khoản 1 và 3 Điều 2'))).toEqual(['dieu-2.khoan-1', 'dieu-2.khoan-3']);
  });

  it('resolves relative references against the unit that holds them', () => {
    const doc = parseRegulation('d.md', 'Điều 2. B\n\n1. x\n2. y\n   a) z\n');
    const context = doc.byAnchor.get('dieu-2.khoan-2.diem-a')!;
    expect(ids(resolveTarget(treeOf(doc), 'khoản này', context))).toEqual(['dieu-2.khoan-2']);
    expect(ids(resolveTarget(treeOf(doc), 'khoản 1 Điều này', context))).toEqual(['dieu-2.khoan-1']);
  });

  it("honours a document's own level names (labels: decimal: Tiết)", () => {
    const doc = parseRegulation('d.md', '---\nlabels:\n  decimal: Tiết\n  letter: Điểm\n---\nĐiều 30. X\n\n1. y\n   1.1. z\n      a) w\n');
    const exact = resolveTarget(treeOf(doc), 'Tiết 1.1, Khoản 1, Điều 30');
    expect(ids(exact)).toEqual(['dieu-30.khoan-1.diem-1-1']);
    expect(exact.kind === 'found' && exact.aliases.length).toBe(0);
    expect(ids(resolveTarget(treeOf(doc), 'Điểm a, Tiết 1.1, Khoản 1, Điều 30'))).toEqual(['dieu-30.khoan-1.diem-1-1.tiet-a']);
  });
});

describe('formatting', () => {
  it('formats a unit in Party and state styles, with its document', () => {
    const u = PARTY.byAnchor.get('dieu-2.khoan-2.diem-b')!;
    expect(formatCitation(u, PARTY.meta, 'party')).toBe('Điểm b, Khoản 2, Điều 2');
    expect(formatCitation(u, PARTY.meta, 'state')).toBe('điểm b khoản 2 Điều 2');
    expect(formatCitation(u, PARTY.meta, 'party', true)).toBe('Điểm b, Khoản 2, Điều 2, Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh');
    expect(formatDocumentRef(PARTY.meta, 'state')).toBe('Quy chế số 01-QC/TU ngày 09 tháng 01 năm 2021 của Ban Chấp hành Đảng bộ tỉnh');
  });

  it('round-trips: a formatted citation resolves back to its unit, in both styles', () => {
    for (const u of PARTY.all) {
      if (u.kind === 'intro') continue;
      for (const style of ['party', 'state'] as const) {
        const text = formatCitation(u, PARTY.meta, style);
        expect(ids(resolveTarget(treeOf(PARTY), text)), text).toEqual([u.anchor]);
      }
    }
  });
});
