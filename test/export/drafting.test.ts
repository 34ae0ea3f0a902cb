/**
 * The documents an office signs (issue 14 points 1–4, 7, 8, 9, 11; issue 12 point 1), in-process:
 * the amending document groups changes per Điều as Luật 51/2024/QH15 does and merges phrase
 * changes of the same words; in an excerpt it never cites a label the transcription made; quoted
 * phrases are trimmed and quoted units end `.”.`; the Party (Hướng dẫn 36-HD/VPTW) and state
 * (Nghị định 30/2020, Phụ lục I) formal parts, and the Quyết định ban hành form; a change's
 * `source` numbers the draft and the footnotes; the comparison table's columns, statement,
 * unknown text and superseded bases; the report's pattern for every item; the redline summary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import type { ApplyRun } from '../../src/apply/model.js';
import { buildRedline } from '../../src/apply/redline.js';
import { sameNumber } from '../../src/citation/docnumber.js';
import { parseRegulation } from '../../src/document/parse.js';
import type { RegulationDocument } from '../../src/document/model.js';
import { isRun, type ExportDoc, type Paragraph, type Table } from '../../src/export/doc.js';
import { citeReal, listCites, ordinal, phrase } from '../../src/export/formulas.js';
import { buildExport, type ExportInput } from '../../src/export/run.js';
import { loadPatch, type LoadedPatch } from '../../src/patch/load.js';
import { formatRedline, redlineCounts, summaryText } from '../../src/render/terminal.js';
import { runCase } from '../helpers/apply.js';
import { FIXTURES, REPO } from '../helpers/paths.js';

const revision = { author: 'quyche', date: '2026-01-01T00:00:00Z' };

function text(p: Paragraph): string {
  return p.content.map((r) => (isRun(r) ? r.text : '')).join('');
}

/** The paragraphs in reading order: a frame's (the formal parts side by side) left column, then its right. */
function paragraphs(doc: ExportDoc): string[] {
  return doc.blocks.flatMap((b) => (b.t === 'p' ? [b] : b.t === 'table' && b.layout === 'frame' ? b.rows.flatMap((r) => r.flat()) : [])).map(text);
}

/** The columns of the frames (header block, closing block). */
function frames(doc: ExportDoc): string[][][] {
  return doc.blocks.filter((b): b is Table => b.t === 'table' && b.layout === 'frame').map((t) => t.rows[0]!.map((cell) => cell.map(text)));
}

function library(): RegulationDocument[] {
  const out: RegulationDocument[] = [];
  for (const dir of ['regulations/central', 'regulations/local']) {
    for (const f of readdirSync(join(REPO, dir))) out.push(parseRegulation(`${dir}/${f}`, readFileSync(join(REPO, dir, f), 'utf8')));
  }
  return out;
}

function run(docs: RegulationDocument[], patches: LoadedPatch[]): ApplyRun {
  return applyPatches(patches, { find: (n) => docs.find((d) => d.meta.number && sameNumber(n, d.meta.number)) });
}

const LIB = library();
const SHIPPED = loadPatch('amendments/sua-doi-qc-01-tu.yaml', readFileSync(join(REPO, 'amendments/sua-doi-qc-01-tu.yaml'), 'utf8'));
const SHIPPED_RUN = run(LIB, [SHIPPED]);
const shipped = (kind: ExportInput['kind'], extra: Partial<ExportInput> = {}): ExportDoc => buildExport({ kind, run: SHIPPED_RUN, patches: [SHIPPED], revision, library: LIB, ...extra });

/** A small state document with bullets, two Điều, and the same phrase in both. */
const STATE = `---
number: 12/2025/QĐ-UBND
type: Quyết định
title: Quy định về công tác văn thư
issuer: Ủy ban nhân dân tỉnh
date: 2025-03-10
---

### Điều 1. Phạm vi

1. Quy định này áp dụng cho công tác văn thư của cơ quan.

2. Các cơ quan:

- Sở Nội vụ thực hiện công tác văn thư;
- Sở Tư pháp phối hợp.

### Điều 2. Trách nhiệm

1. Thủ trưởng cơ quan chỉ đạo công tác văn thư.

2. Văn thư cơ quan lưu văn bản.
`;

function statePatch(yaml: string): LoadedPatch {
  return loadPatch('p.yaml', `quyche: 1\nid: p\namends: 12/2025/QĐ-UBND\n${yaml}`);
}

describe('point 1: the changes of one Điều are one item; phrase changes of the same words one item', () => {
  it('groups two changes of Điều 2 as "Sửa đổi, bổ sung một số khoản của Điều 2 như sau:" with points a), b)', () => {
    const { run: r } = runCase(join(FIXTURES, 'apply/several-changes-in-order'));
    const patch = loadPatch('patch.yaml', readFileSync(join(FIXTURES, 'apply/several-changes-in-order/patch.yaml'), 'utf8'));
    const ps = paragraphs(buildExport({ kind: 'draft', run: r, patches: [patch], revision }));
    const at = ps.indexOf('2. Sửa đổi, bổ sung một số khoản của Điều 2 như sau:');
    expect(at).toBeGreaterThan(0);
    expect(ps[at + 1]).toBe('a) Bãi bỏ khoản 1;');
    expect(ps[at + 2]).toBe('b) Bổ sung khoản 2a vào sau khoản 2 như sau:');
    expect(ps[at + 3]).toBe('“2a. Văn bản mật.”.');
    // in the amended document's order: Điều 1's item first
    expect(ps.findIndex((p) => p.startsWith('1. Thay cụm từ'))).toBeLessThan(at);
  });

  it('one item lists every place of the same phrase change, places of one Điều joined', () => {
    const doc = parseRegulation('r.md', STATE);
    const patch = statePatch(`changes:
  - id: a
    op: replace_phrase
    target: khoản 1 Điều 1
    find: công tác văn thư
    with: công tác văn thư, lưu trữ
  - id: b
    op: replace_phrase
    target: khoản 1 Điều 2
    find: công tác văn thư
    with: công tác văn thư, lưu trữ
`);
    const ps = paragraphs(buildExport({ kind: 'draft', run: run([doc], [patch]), patches: [patch], revision }));
    const items = ps.filter((p) => /^\d+\. /.test(p));
    expect(items).toEqual(['1. Thay cụm từ “công tác văn thư” bằng cụm từ “công tác văn thư, lưu trữ” tại khoản 1 Điều 1, khoản 1 Điều 2.']);
    expect(listCites(['khoản 3 Điều 2', 'khoản 6 Điều 2', 'khoản 2 Điều 7c'], 'state')).toBe('khoản 3 và khoản 6 Điều 2, khoản 2 Điều 7c');
    expect(listCites(['Khoản 3, Điều 2', 'Khoản 6, Điều 2'], 'party')).toBe('Khoản 3 và Khoản 6, Điều 2');
  });

  it('one spelling of the formula: "Thay cụm từ" in Party and state drafts alike, never "Thay thế cụm từ"', () => {
    const doc = parseRegulation('r.md', STATE);
    const patch = statePatch(`changes:\n  - op: replace_phrase\n    target: khoản 2 Điều 2\n    find: lưu văn bản\n    with: lưu trữ văn bản\n`);
    const state = paragraphs(buildExport({ kind: 'draft', run: run([doc], [patch]), patches: [patch], revision })).join('\n');
    const party = paragraphs(shipped('draft')).join('\n');
    for (const s of [state, party]) {
      expect(s).toContain('Thay cụm từ “');
      expect(s).not.toContain('Thay thế cụm từ');
    }
  });
});

describe('point 2: an excerpt is cited by the units it really numbers', () => {
  const ps = paragraphs(shipped('draft'));
  const all = ps.join('\n');

  it('no bullet and no transcription label is cited; the real unit is', () => {
    expect(all).not.toMatch(/[Gg]ạch đầu dòng/);
    expect(all).not.toMatch(/Điểm \d+\.\d+/);
    expect(all).toContain('a) Thay cụm từ “Trưởng Đoàn đại biểu Quốc hội tỉnh” bằng cụm từ');
    expect(all).toMatch(/tại Khoản 3;/);
    expect(all).toContain('a) Sửa đổi, bổ sung Điểm 4, Khoản 2 như sau:');
    expect(all).toContain('5. Bổ sung vào Khoản 3, Điều 6 nội dung như sau:');
  });

  it('new text carries no invented label', () => {
    const quotes = ps.filter((p) => p.startsWith('“'));
    expect(quotes.some((q) => q.startsWith('“- ') || /^“\d+\.\d+\. /.test(q))).toBe(false);
    expect(quotes).toContain('“Trực tiếp lãnh đạo, chỉ đạo công tác tiếp dân, xử lý, giải quyết phản ánh, kiến nghị, khiếu nại, tố cáo.”.');
  });

  it('ordinals in words and lower case where the document numbers its bullets itself', () => {
    const doc = parseRegulation('r.md', STATE);
    const bullets = doc.all.filter((u) => u.kind === 'bullet');
    expect(citeReal(doc, bullets[0]!, 'state')).toBe('gạch đầu dòng thứ nhất khoản 2 Điều 1');
    expect(citeReal(doc, bullets[1]!, 'state')).toBe('gạch đầu dòng thứ hai khoản 2 Điều 1');
    expect(ordinal(4)).toBe('thứ tư');
  });
});

describe('point 3: quoted phrases and quoted units', () => {
  const ps = paragraphs(shipped('draft'));

  it('phrases are trimmed of edge spaces and of a leading ", " or "; "; a trailing comma is kept', () => {
    expect(phrase(', Trưởng Đoàn đại biểu Quốc hội tỉnh')).toBe('Trưởng Đoàn đại biểu Quốc hội tỉnh');
    expect(phrase('; điều chỉnh cơ cấu')).toBe('điều chỉnh cơ cấu');
    expect(phrase('Đoàn đại biểu Quốc hội, ')).toBe('Đoàn đại biểu Quốc hội,');
    expect(phrase(' và doanh nghiệp nhà nước')).toBe('và doanh nghiệp nhà nước');
    const all = ps.join('\n');
    expect(all).not.toMatch(/“[\s,;]/u);
    expect(all).not.toMatch(/\s”/u);
    expect(all).toContain('Bỏ cụm từ “Đoàn đại biểu Quốc hội,” tại Khoản 3;');
  });

  it('every quoted new unit ends with its own full stop: .”. (or .”; inside a grouped item)', () => {
    const ends = ps.filter((p) => /”[.;]$/u.test(p));
    expect(ends.length).toBeGreaterThanOrEqual(8);
    for (const e of ends) expect(e).toMatch(/[.;:!?…]”[.;]$/u);
    expect(ps.join('\n')).toContain('xem xét, quyết định.”;');
  });
});

describe('point 4: formal parts', () => {
  it('Party (Hướng dẫn 36-HD/VPTW): left block, star, "Số …-QC/TU" without a colon, ĐẢNG CỘNG SẢN VIỆT NAM, căn cứ, T/M TỈNH ỦY', () => {
    const draft = shipped('draft', { formal: { place: 'Điện Biên', office: 'Văn phòng Tỉnh ủy' } });
    const ps = paragraphs(draft);
    // side by side: the Party committee left, the Party's name and the date right; Nơi nhận left, the signature right
    const [top, bottom] = frames(draft);
    expect(top).toEqual([['ĐẢNG BỘ TỈNH ĐIỆN BIÊN', 'TỈNH ỦY', '*', 'Số …-QC/TU'], ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Điện Biên, ngày … tháng … năm …']]);
    expect(bottom![0]![0]).toBe('Nơi nhận:');
    expect(bottom![1]).toEqual(['T/M TỈNH ỦY', 'BÍ THƯ', '…']);
    const head = ps.slice(0, 9);
    expect(head).toEqual([
      'DỰ THẢO',
      'ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
      'TỈNH ỦY',
      '*',
      'Số …-QC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Điện Biên, ngày … tháng … năm …',
      'QUY CHẾ',
      'sửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025',
    ]);
    expect(ps).toContain('- Căn cứ Điều lệ Đảng;');
    expect(ps).toContain('- Xét đề nghị của Văn phòng Tỉnh ủy,');
    expect(ps).toContain('Nơi nhận:');
    expect(ps).toContain('- Lưu Văn phòng Tỉnh ủy.');
    const sign = ps.slice(-3);
    expect(sign).toEqual(['T/M TỈNH ỦY', 'BÍ THƯ', '…']);
    expect(ps.some((p) => p.startsWith('Số:'))).toBe(false);
    expect(ps).toContain('Điều 3. Trách nhiệm thi hành');
  });

  it('state (Nghị định 30/2020, Phụ lục I): Quốc hiệu, tiêu ngữ, issuer, "Số:", place and date, căn cứ, "./.", Nơi nhận, TM. signature; fields from quyche.yaml', () => {
    const doc = parseRegulation('r.md', STATE);
    const patch = statePatch(`number: 15/2026/QĐ-UBND\ndate: 2026-02-05\ntype: Quyết định\ntitle: Quyết định sửa đổi, bổ sung một số điều của Quyết định số 12/2025/QĐ-UBND\nchanges:\n  - op: replace_phrase\n    target: khoản 2 Điều 2\n    find: lưu văn bản\n    with: lưu trữ văn bản\n`);
    const formal = { place: 'Nam Định', office: 'Sở Nội vụ', signer: { role: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn A' } };
    const draft = buildExport({ kind: 'draft', run: run([doc], [patch]), patches: [patch], revision, formal });
    const ps = paragraphs(draft);
    // side by side: the issuer and the number left, the Quốc hiệu, the tiêu ngữ and the date right
    expect(frames(draft)[0]).toEqual([['ỦY BAN NHÂN DÂN TỈNH', 'Số: 15/2026/QĐ-UBND'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nam Định, ngày 05 tháng 02 năm 2026']]);
    expect(ps.slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 15/2026/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nam Định, ngày 05 tháng 02 năm 2026',
      'QUYẾT ĐỊNH',
      'sửa đổi, bổ sung một số điều của Quyết định số 12/2025/QĐ-UBND',
      'Căn cứ …;',
    ]);
    expect(ps).toContain('Theo đề nghị của Sở Nội vụ.');
    expect(ps.some((p) => p.endsWith('chịu trách nhiệm thi hành Quyết định này./.'))).toBe(true);
    expect(ps).toContain('- Lưu: VT, Sở Nội vụ.');
    expect(ps.slice(-3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']);
    expect(ps.join('\n')).not.toContain('DỰ THẢO');
  });

  it('the Quyết định ban hành form (--form decision): "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUYẾT ĐỊNH:", Điều 1 – Điều 3, the text attached', () => {
    const ps = paragraphs(shipped('draft', { form: 'decision' }));
    expect(ps).toContain('Số …-QĐ/TU');
    expect(ps).toContain('QUYẾT ĐỊNH');
    expect(ps).toContain('BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUYẾT ĐỊNH:');
    const d1 = ps.indexOf('Điều 1.');
    expect(ps[d1 + 1]).toBe('Ban hành kèm theo Quyết định này Quy chế sửa đổi, bổ sung một số điều của Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIV, nhiệm kỳ 2020 - 2025.');
    expect(ps.indexOf('Điều 2.')).toBeGreaterThan(d1);
    expect(ps.indexOf('Điều 3.')).toBeGreaterThan(ps.indexOf('Điều 2.'));
    // the amending text follows, attached
    expect(ps.some((p) => p.startsWith('(Ban hành kèm theo Quyết định số …'))).toBe(true);
    expect(ps.some((p) => p.startsWith('Điều 1. Sửa đổi, bổ sung một số điều của Quy chế số 01-QC/TU'))).toBe(true);
  });
});

describe('issue 12 point 1: the amending document\'s own numbering (`source`)', () => {
  const doc = parseRegulation('r.md', STATE);
  const patch = statePatch(`number: 15/2026/QĐ-UBND
changes:
  - op: replace_phrase
    target: khoản 1 Điều 1
    find: công tác văn thư
    with: công tác lưu trữ
    source: điểm a khoản 7 Điều 1
  - op: replace_phrase
    target: khoản 2 Điều 2
    find: lưu văn bản
    with: lưu trữ văn bản
    source: điểm b khoản 7 Điều 1
  - op: insert
    after: khoản 2 Điều 2
    text: 3. Văn thư lập hồ sơ.
    source: khoản 3 Điều 1
`);
  const r = run([doc], [patch]);

  it('the draft prints the items as the amending document numbers them', () => {
    const ps = paragraphs(buildExport({ kind: 'draft', run: r, patches: [patch], revision }));
    expect(ps).toContain('3. Bổ sung khoản 3 vào sau khoản 2 Điều 2 như sau:');
    expect(ps).toContain('7. Thay cụm từ tại một số điểm, khoản sau đây:');
    expect(ps).toContain('a) Thay cụm từ “công tác văn thư” bằng cụm từ “công tác lưu trữ” tại khoản 1 Điều 1;');
    expect(ps).toContain('b) Thay cụm từ “lưu văn bản” bằng cụm từ “lưu trữ văn bản” tại khoản 2 Điều 2.');
  });

  it('the consolidated footnotes cite the source', () => {
    const c = buildExport({ kind: 'consolidated', run: r, patches: [patch], revision });
    const notes = c.notes.map((n) => n.content.map((x) => ('text' in x ? x.text : '')).join(''));
    expect(notes.some((n) => n.includes('theo quy định tại điểm b khoản 7 Điều 1 của'))).toBe(true);
    expect(notes.some((n) => n.includes('theo quy định tại khoản 3 Điều 1 của'))).toBe(true);
  });

  it('the comparison table names the source in the row of its change', () => {
    const t = buildExport({ kind: 'table', run: r, patches: [patch], revision });
    const table = t.blocks.find((b): b is Table => b.t === 'table' && b.layout !== 'frame')!;
    const rationale = table.rows.map((row) => row[2]!.map(text).join(' | '));
    expect(rationale.some((x) => /^Theo quy định tại khoản 3 Điều 1 của Quyết định số 15\/2026\/QĐ-UBND/u.test(x))).toBe(true);
    expect(rationale.filter((x) => x.includes('Theo quy định tại điểm a khoản 7 Điều 1'))).toHaveLength(1);
  });

  it('without `source`, a proposal is numbered by the draft: point a of item 1', () => {
    const c = buildExport({ kind: 'consolidated', run: SHIPPED_RUN, patches: [SHIPPED], revision });
    const first = c.notes[0]!.content.map((x) => ('text' in x ? x.text : '')).join('');
    expect(first).toContain('theo quy định tại Điểm a, Khoản 1, Điều 1 của');
  });
});

describe('point 8: the comparison table', () => {
  const t = shipped('table');
  const table = t.blocks.find((b) => b.t === 'table');
  if (!table || table.t !== 'table') throw new Error('no table');
  const cells = (col: number): string[] => table.rows.map((r) => r[col]!.map(text).join('\n'));

  it('columns current | proposed | thuyết minh; header, Kính gửi and the signing unit', () => {
    expect(table.columns.map((c) => c.title)).toEqual(['Quy định hiện hành', 'Dự thảo sửa đổi, bổ sung', 'Thuyết minh']);
    const ps = paragraphs(t);
    expect(ps).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(ps).toContain('BẢN SO SÁNH, THUYẾT MINH');
    expect(ps).toContain('Kính gửi: …');
    expect(ps[ps.length - 2]).toBe('…');
  });

  it('the thuyết minh is a statement with no tool id; a replaced basis is named with its successor', () => {
    const notes = cells(2);
    for (const n of notes) {
      expect(n).not.toMatch(/^Vì vậy/u);
      expect(n).not.toMatch(/\b2\.\d(?:\.\d)?(?:-[a-z])?\. /u);
      expect(n).not.toContain('"');
    }
    expect(notes[0]).toMatch(/^Đề nghị bỏ nội dung/u);
    expect(notes.join('\n')).toContain('Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị (nay là Quy định 377-QĐ/TW)');
    expect(notes.join('\n')).toContain('(nay là Quy định 296-QĐ/TW)');
  });

  it('unknown current text is said to be unknown, never struck', () => {
    const row = table.rows.find((r) => text(r[0]![0]!) === 'Điểm 4, Khoản 2, Điều 2')!;
    expect(row[0]!.map(text)).toEqual(['Điểm 4, Khoản 2, Điều 2', '(lời văn hiện hành không có trong bản trích)']);
    for (const r of table.rows) for (const p of r[0]!) for (const x of p.content) if (isRun(x) && x.strike) expect(x.text.replace(/\\/g, '')).not.toBe('[…]');
  });

  it('moves are cited at both ends (point 7)', () => {
    const { run: r } = runCase(join(FIXTURES, 'apply/move-with-label'));
    const patch = loadPatch('patch.yaml', readFileSync(join(FIXTURES, 'apply/move-with-label/patch.yaml'), 'utf8'));
    const all = JSON.stringify(buildExport({ kind: 'table', run: r, patches: [patch], revision }));
    expect(all).toContain('(chuyển từ Điểm 1.2, Khoản 1, Điều 3)');
    expect(all).toContain('(chuyển đến Điểm 2.1, Khoản 2, Điều 2)');
    expect(all).not.toMatch(/dieu-\d/);
  });
});

describe('point 9: the report keeps the seed\'s pattern for every item', () => {
  const ps = paragraphs(shipped('report'));
  const items: string[][] = [];
  for (const p of ps) {
    if (/^\d+\.\d+\.\d+\. /.test(p)) items.push([p]);
    else if (items.length > 0 && !/^\d+\.\d+\. /.test(p)) items[items.length - 1]!.push(p);
  }

  it('items are grouped under the report\'s own headings and numbered in them, with no tool id', () => {
    expect(ps).toContain('2.1. Về công tác tổ chức bộ máy, cán bộ, đảng viên');
    expect(ps).toContain('2.7. Chế độ đi công tác cơ sở, tiếp xúc với cán bộ, đảng viên và Nhân dân');
    expect(items.map((i) => i[0]!.split(' ')[0])).toEqual(['2.1.1.', '2.1.2.', '2.1.3.', '2.1.4.', '2.1.5.', '2.1.6.', '2.1.7.', '2.1.8.', '2.2.1.', '2.2.2.', '2.3.1.', '2.4.1.', '2.4.2.', '2.4.3.', '2.5.1.', '2.6.1.', '2.7.1.', '2.7.2.']);
    expect(ps.join('\n')).not.toMatch(/2\.\d(?:\.\d)?-[a-z]/u);
  });

  it('every item: no bare "Tuy nhiên" opening, a "Vì vậy" sentence, then the proposal', () => {
    for (const it of items) {
      const body = it[0]!.replace(/^\S+ /, '');
      expect(body).not.toMatch(/^Tuy nhiên/u);
      expect(it.some((p) => p.startsWith('Vì vậy, '))).toBe(true);
      expect(it.some((p) => p.startsWith('Đề nghị '))).toBe(true);
      // "Tuy nhiên" only after a quoted basis
      const however = it.findIndex((p) => p.startsWith('Tuy nhiên'));
      if (however >= 0) expect(it.slice(0, however).some((p) => /quy định: “/u.test(p) && /Tại .*(Quy định|Nghị quyết|Hướng dẫn|Quyết định)/u.test(p))).toBe(true);
    }
  });

  it('no "quy định: “[…]”", no fragment sentence, no "này" without antecedent, curly quotes, no doubled punctuation', () => {
    const all = ps.join('\n');
    expect(all).not.toMatch(/quy định: “(?:\\?\[…\]|…)”/u);
    expect(ps.filter((p) => /^Căn cứ [^,]*\.$/u.test(p))).toEqual([]);
    expect(all).not.toContain('chưa quy định nội dung này');
    expect(all).not.toContain('"');
    expect(all).not.toMatch(/[.;]”\.(?!\n|$)/u);
    for (const p of ps.filter((x) => !x.startsWith('“'))) expect(p).not.toMatch(/\.”\./u);
    expect(all).toContain('Quy chế số 01-QC/TU quy định: “');
    expect(all).not.toContain('Quy chế 01-QC/TU');
  });
});

describe('point 11: the redline summary', () => {
  it('counts add up to the units, a repeal is bãi bỏ, zero counts are left out', () => {
    for (const name of ['repeal-placeholder', 'repeal-list', 'move-with-label', 'several-changes-in-order']) {
      const { run: r } = runCase(join(FIXTURES, 'apply', name));
      const d = r.documents[0]!;
      const redline = buildRedline(d.original, d.result, d.pieces, d.changes);
      const c = redlineCounts(redline, d.changes);
      expect(c.modified + c.inserted + c.repealed + c.moved).toBe(c.units);
      const line = summaryText('vi', c);
      expect(line).not.toMatch(/\b0 /);
      expect(line).not.toContain('chỗ sửa');
      const out = formatRedline(redline, d.original, d.result, { chalk: new Chalk({ level: 0 }), lang: 'vi', context: 0, records: d.changes });
      if (name.startsWith('repeal')) {
        expect(out).toContain('[bãi bỏ');
        expect(out).not.toContain('[sửa đổi');
        expect(line).toMatch(/\d+ bãi bỏ\)$/);
      }
    }
    const { run: r } = runCase(join(FIXTURES, 'apply/several-changes-in-order'));
    const d = r.documents[0]!;
    expect(summaryText('vi', redlineCounts(buildRedline(d.original, d.result, d.pieces, d.changes), d.changes))).toBe('3 thay đổi · 3 đơn vị (1 sửa đổi, 1 bổ sung, 1 bãi bỏ)');
  });
});
