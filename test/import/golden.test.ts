/**
 * Golden fixtures (input, expected output) of the readers: a Công báo page layout with every
 * trap of the real texts in a few lines (furniture, a footnote area, marks glued to a word, to a
 * label and after "b)", a document number QH12 that is no mark, a wrapped line starting "2.",
 * a repealed point whose letter is printed again, signature lines), and an HTML page (head,
 * script, navigation and footer dropped, the header table read as the header block, a table
 * kept, "**Điều 1.** text"). Regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { importDocument } from '../../src/import/index.js';
import { REPO } from '../helpers/paths.js';
import { flatOutline, flatUnits } from './helpers.js';

const DIR = join(REPO, 'test/import/fixtures');

for (const [input, expected] of [
  ['gazette.txt', 'gazette.md'],
  ['page.html', 'page.md'],
] as const) {
  describe(input, () => {
    it('imports to the golden Markdown, which reads back into the outline recovered', async () => {
      const r = await importDocument(readFileSync(join(DIR, input)), { name: input });
      if (!r.ok) throw new Error(r.message.id);
      if (process.env.UPDATE_GOLDEN) writeFileSync(join(DIR, expected), r.markdown);
      expect(r.markdown).toBe(readFileSync(join(DIR, expected), 'utf8'));
      expect(flatUnits(parseRegulation(expected, r.markdown).units)).toEqual(flatOutline(r.outline));
    });
  });
}

describe('the gazette fixture, point by point', () => {
  it('logs every removed line with its source line, and reports nothing unplaced', async () => {
    const r = await importDocument(readFileSync(join(DIR, 'gazette.txt')));
    if (!r.ok) throw new Error(r.message.id);
    const kinds = r.removals.map((x) => `${x.line}:${x.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['3:page-header', '5:page-number', '37:page-header', '40:page-number', '51:signature', '54:signature', '7:motto', '8:motto']));
    expect(r.removals.filter((x) => x.kind === 'footnote').map((x) => x.line)).toEqual([29, 30, 31, 32, 56]);
    expect(r.notes).toEqual([]);
    expect(r.recovered.meta).toMatchObject({ number: '99/2024/QH15', type: 'Luật', title: 'THỬ NGHIỆM NHẬP VĂN BẢN', issuer: 'QUỐC HỘI' });
  });

  it('--no-footnotes: no notes, no marks, the wording otherwise the same', async () => {
    const r = await importDocument(readFileSync(join(DIR, 'gazette.txt')), { footnotes: false });
    if (!r.ok) throw new Error(r.message.id);
    expect(r.markdown).not.toContain('[^');
    expect(r.markdown).toContain('\n1. Luật này quy định việc nhập văn bản theo Luật số 25/2008/QH12 và các văn bản hướng dẫn;');
    expect(r.markdown).toContain('\nb) (được bãi bỏ)\n');
    expect(r.removals.filter((x) => x.kind === 'footnote-mark')).toHaveLength(4);
  });
});

describe('a Party document header', () => {
  it('the ĐẢNG BỘ / TỈNH ỦY block is the issuer, "Số 01-QC/TU" the number, the Party line dropped', async () => {
    const text = [
      'ĐẢNG BỘ TỈNH BÌNH DƯƠNG',
      'TỈNH ỦY',
      '*',
      'Số 01-QC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Bình Dương, ngày 09 tháng 01 năm 2021',
      'QUY CHẾ',
      'LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIV',
      'Chương I',
      'TRÁCH NHIỆM, QUYỀN HẠN',
      'Điều 1. Trách nhiệm, quyền hạn của Ban Chấp hành Đảng bộ tỉnh',
      '1. Lãnh đạo thực hiện nghị quyết.',
    ].join('\n');
    const r = await importDocument(new TextEncoder().encode(text));
    if (!r.ok) throw new Error(r.message.id);
    expect(r.recovered.meta).toEqual({
      issuer: 'ĐẢNG BỘ TỈNH BÌNH DƯƠNG TỈNH ỦY',
      number: '01-QC/TU',
      date: '2021-01-09',
      type: 'Quy chế',
      title: 'LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIV',
      status: 'in-force',
    });
    expect(r.markdown).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(r.markdown).toContain('# nơi ban hành: Bình Dương\n---\n\n\n# QUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIV\n\n## Chương I. TRÁCH NHIỆM, QUYỀN HẠN\n');
    expect(parseRegulation('x.md', r.markdown).meta.number).toBe('01-QC/TU');
  });
});
