/**
 * `quyche import` on the real texts of ../shared/texts (read from there, never copied here):
 * - the BHYT witness comparison (bhyt/README.md: NFC, folded whitespace, label by label, footnote
 *   references removed): VBHN 22/2025 against witness.md, VBHN 47/2024 against base.md;
 * - every file imports with the chapter and article counts of its INDEX entry;
 * - the Markdown written reads back (parseRegulation) into exactly the outline import recovered.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { importDocument, type ImportResult } from '../../src/import/index.js';
import { HAS_SHARED, TEXTS } from '../helpers/paths.js';
import { compareWitness, flatOutline, flatUnits } from './helpers.js';

async function imported(file: string, footnotes = true): Promise<ImportResult> {
  const r = await importDocument(readFileSync(join(TEXTS, file)), { name: file, footnotes });
  if (!r.ok) throw new Error(`${file}: ${r.message.id}`);
  return r;
}

interface Expected {
  chuong: number;
  dieu: number;
  muc?: number;
  phan?: number;
  /** why the count differs from the INDEX's raw "heading lines" */
  note?: string;
}

// texts/INDEX.md: "Chương", "Điều" (heading lines, highest number, suffixed, duplicated), "Mục", "Phần".
const EXPECTED: Record<string, Expected> = {
  'nd-30-2020.txt': { chuong: 7, dieu: 38, muc: 5 },
  'nd-30-2020.md': { chuong: 7, dieu: 38, muc: 5 },
  'nd-30-2020-phuluc-I.txt': { chuong: 1, dieu: 1, note: 'Chương I / Điều 1 of the layout samples; the prose "Phần thứ nhất bao gồm…" lines are not Phần' },
  'nd-30-2020-phuluc-II.txt': { chuong: 0, dieu: 0 },
  'nd-30-2020-phuluc-III.txt': { chuong: 0, dieu: 1, note: 'INDEX: 4 heading lines, highest number 1, duplicated [1]: the repeated "Điều 1." of sample forms do not fit the numbering' },
  'nd-30-2020-phuluc-IV.txt': { chuong: 0, dieu: 0 },
  'nd-30-2020-phuluc-V.txt': { chuong: 0, dieu: 0 },
  'nd-30-2020-phuluc-VI.txt': { chuong: 0, dieu: 0, phan: 2 },
  'constitution-2013.txt': { chuong: 11, dieu: 120 },
  'luat-an-ninh-mang-2018.txt': { chuong: 7, dieu: 43 },
  'luat-cong-nghe-thong-tin-2006.txt': { chuong: 6, dieu: 79, muc: 12 },
  'qd-2083-2016-ubnd-bac-lieu.txt': { chuong: 0, dieu: 3, phan: 2 },
  'qd-1397-2021-ubnd-nam-dinh.txt': { chuong: 0, dieu: 5 },
  'qd-1456-2021-ubnd-nam-dinh.txt': { chuong: 0, dieu: 5 },
  'qd-784-2020-bvhttdl.txt': { chuong: 0, dieu: 4 },
  'qd-715-2023-ubnd-binh-dinh.txt': { chuong: 0, dieu: 4, muc: 0 },
  'qd-20574-2009-ct-ha-noi.txt': { chuong: 2, dieu: 5, note: 'INDEX: 8 lines "not a clean I..n sequence" (I, II, V, IIX, I, VI, VI, I): only I, II fit the numbering, the others are reported' },
  'luat-dau-thau-vbhn.md': { chuong: 10, dieu: 99, muc: 12, note: 'INDEX: 95 heading lines + Điều 91–94 without their own line (one line "Điều 90. (được bãi bỏ)Điều 91. …", split)' },
  'luat-bhyt-vbhn-47-2024.txt': { chuong: 10, dieu: 55, note: 'INDEX: 57 heading lines, duplicated 24, 25 (Luật 97/2015 inside a footnote): 52 + 7a, 7b, 7c' },
  'luat-51-2024-sua-doi-bhyt.txt': { chuong: 0, dieu: 3, note: 'INDEX: 4 heading lines; "Điều 48b" stands inside the quoted amending text' },
  'luat-bhyt-vbhn-22-2025.txt': { chuong: 10, dieu: 57, note: 'INDEX: 60 heading lines, duplicated 3, 24, 25 (footnote text): 52 + 7a, 7b, 7c, 48a, 48b' },
  'luat-bhxh-2014.txt': { chuong: 9, dieu: 125, muc: 9 },
  'luat-bhxh-2014-vbhn-50-2019.txt': { chuong: 9, dieu: 125, muc: 9, note: 'INDEX: 126 heading lines, duplicated 93 (footnote of Luật 84/2015)' },
  'luat-bhxh-2024.txt': { chuong: 11, dieu: 141, muc: 13 },
  'luat-bhxh-2024-vbhn-58-2025.txt': { chuong: 11, dieu: 141, muc: 13 },
  'luat-doanh-nghiep-2020-partial.txt': { chuong: 5, dieu: 126, muc: 2 },
  'bo-luat-dan-su-2015-partial.txt': { chuong: 15, dieu: 364, muc: 20, phan: 3 },
  'bo-luat-lao-dong-2019-vbhn-125-2025.txt': { chuong: 17, dieu: 220, muc: 24 },
};

const count = (r: ImportResult, kind: string): number => flatOutline(r.outline).filter((s) => s.split(':')[1] === kind).length;

describe.skipIf(!HAS_SHARED)('import of the real texts', () => {
  const files = HAS_SHARED ? readdirSync(TEXTS).filter((f) => /\.(txt|md)$/.test(f) && f !== 'INDEX.md').sort() : [];

  it('every file of the folder has an expected entry', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(`${file}: the INDEX counts, and the Markdown reads back into the outline recovered`, async () => {
      const r = await imported(file);
      const e = EXPECTED[file]!;
      expect({ chuong: count(r, 'chuong'), dieu: count(r, 'dieu') }).toEqual({ chuong: e.chuong, dieu: e.dieu });
      if (e.muc !== undefined) expect(count(r, 'muc')).toBe(e.muc);
      if (e.phan !== undefined) expect(count(r, 'phan')).toBe(e.phan);
      const back = parseRegulation(`${file}.md`, r.markdown);
      expect(flatUnits(back.units)).toEqual(flatOutline(r.outline));
    });
  }

  it('VBHN 22/2025 matches bhyt/witness.md on every unit of Chương I–IX: 456/456', async () => {
    const r = await imported('luat-bhyt-vbhn-22-2025.txt');
    const cmp = compareWitness(parseRegulation('imported.md', r.markdown), parseRegulation('witness.md', readFileSync(join(TEXTS, 'bhyt/witness.md'), 'utf8')));
    expect(cmp.differ).toEqual([]);
    expect(`${cmp.equal}/${cmp.total}`).toBe('456/456');
    expect(r.footnotes).toBe(107);
  });

  it('VBHN 47/2024 matches bhyt/base.md on every unit of Chương I–IX: 364/364', async () => {
    const r = await imported('luat-bhyt-vbhn-47-2024.txt');
    const cmp = compareWitness(parseRegulation('imported.md', r.markdown), parseRegulation('base.md', readFileSync(join(TEXTS, 'bhyt/base.md'), 'utf8')));
    expect(cmp.differ).toEqual([]);
    // 363 labels: "b)" of khoản 1 Điều 21 is printed twice (repealed, then the point inserted in its place)
    expect(`${cmp.equal}/${cmp.total}`).toBe('364/364');
    expect(r.footnotes).toBe(54);
  });

  it('footnotes: marks glued to words and labels become [^n], never a document number', async () => {
    const r = await imported('luat-bhyt-vbhn-22-2025.txt');
    const md = r.markdown;
    expect(md).toContain('\n1. [^2] Bảo hiểm y tế là hình thức bảo hiểm bắt buộc');
    expect(md).toContain('cơ quan bảo hiểm xã hội[^3] và những khoản chi phí');
    expect(md).toContain('### Điều 48a. Chậm đóng bảo hiểm y tế[^104]');
    expect(md).toContain('\n[^2]: Khoản này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 của Luật số 46/2014/QH13');
    expect(md).toContain('số 25/2008/QH12 ngày 14 tháng 11 năm 2008');
    expect(md).not.toMatch(/QH1\[\^/);
    // page furniture is gone, and counted
    expect(md).not.toContain('CÔNG BÁO/Số');
    expect(md).not.toContain('Thời gian ký');
    expect(r.removals.filter((x) => x.kind === 'page-header')).toHaveLength(50);
    expect(r.removals.filter((x) => x.kind === 'page-number').length).toBeGreaterThanOrEqual(49);
  });

  it('--no-footnotes drops notes and marks, and the units still match the witness', async () => {
    const r = await imported('luat-bhyt-vbhn-22-2025.txt', false);
    expect(r.markdown).not.toMatch(/\[\^\d+\]/);
    expect(r.markdown).toContain('\n1. Bảo hiểm y tế là hình thức bảo hiểm bắt buộc');
    const cmp = compareWitness(parseRegulation('imported.md', r.markdown), parseRegulation('witness.md', readFileSync(join(TEXTS, 'bhyt/witness.md'), 'utf8')));
    expect(cmp.differ).toEqual([]);
  });

  it('the header block becomes front matter; the closing block stays after the body', async () => {
    const r = await imported('luat-51-2024-sua-doi-bhyt.txt');
    expect(r.recovered.meta).toMatchObject({ number: '51/2024/QH15', type: 'Luật', issuer: 'QUỐC HỘI', status: 'in-force' });
    expect(r.markdown.startsWith('---\nnumber: 51/2024/QH15\ntype: Luật\n')).toBe(true);
    expect(r.markdown).not.toContain('Độc lập - Tự do - Hạnh phúc');
    const nd = await imported('nd-30-2020.txt');
    expect(nd.recovered.meta).toMatchObject({ number: '30/2020/NĐ-CP', type: 'Nghị định', issuer: 'CHÍNH PHỦ', date: '2020-03-05' });
    expect(nd.markdown).toContain('# nơi ban hành: Hà Nội');
  });
});
