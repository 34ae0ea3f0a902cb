/**
 * Every public text in ../shared/texts parses with the chapter and article counts its INDEX gives
 * (as known facts of the official texts), and what the parser cannot place is a documented list
 * (test/fixtures/real-texts/unplaced.json; regenerate with UPDATE_GOLDEN=1 and review the diff).
 * The texts are read from ../shared, never committed here.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { FIXTURES, HAS_SHARED, TEXTS } from '../helpers/paths.js';

interface Expected {
  chuong: number;
  dieu: number;
  muc?: number;
  phan?: number;
  /** why the count differs from the INDEX's raw "heading lines", if it does */
  note?: string;
}

// Counts: texts/INDEX.md ("Matches known facts", "Chương", "Điều", "Mục"); bhyt/README.md.
const EXPECTED: Record<string, Expected> = {
  'nd-30-2020.txt': { chuong: 7, dieu: 38, muc: 5 },
  'nd-30-2020.md': { chuong: 7, dieu: 38, muc: 5 },
  'nd-30-2020-phuluc-I.txt': { chuong: 1, dieu: 1, note: 'Chương I / Điều 1 are inside the layout samples, as the INDEX counts them' },
  'nd-30-2020-phuluc-II.txt': { chuong: 0, dieu: 0 },
  'nd-30-2020-phuluc-III.txt': { chuong: 0, dieu: 4, note: 'four "Điều 1." of sample forms (a duplicate, reported)' },
  'nd-30-2020-phuluc-IV.txt': { chuong: 0, dieu: 0 },
  'nd-30-2020-phuluc-V.txt': { chuong: 0, dieu: 0 },
  'nd-30-2020-phuluc-VI.txt': { chuong: 0, dieu: 0 },
  'constitution-2013.txt': { chuong: 11, dieu: 120, note: '7 article headings are NFD' },
  'luat-an-ninh-mang-2018.txt': { chuong: 7, dieu: 43 },
  'luat-cong-nghe-thong-tin-2006.txt': { chuong: 6, dieu: 79, muc: 12, note: '8 headings without a period, one "Điều 24:Nguyên tắc"' },
  'qd-2083-2016-ubnd-bac-lieu.txt': { chuong: 0, dieu: 3 },
  'qd-1397-2021-ubnd-nam-dinh.txt': { chuong: 0, dieu: 5 },
  'qd-1456-2021-ubnd-nam-dinh.txt': { chuong: 0, dieu: 5 },
  'qd-784-2020-bvhttdl.txt': { chuong: 0, dieu: 4 },
  'qd-715-2023-ubnd-binh-dinh.txt': { chuong: 0, dieu: 4, muc: 0, note: '"Mục V, số thứ tự 24" cross-references are not Mục' },
  'qd-20574-2009-ct-ha-noi.txt': { chuong: 8, dieu: 5, note: 'numerals I, II, V, IIX, I, VI, VI, I: reported' },
  'luat-dau-thau-vbhn.md': { chuong: 10, dieu: 99, muc: 12, note: '96 articles + 29a, 29b, 34a; Điều 90–94 share one line' },
  'luat-bhyt-vbhn-47-2024.txt': {
    chuong: 10,
    dieu: 55,
    note: '52 articles + 7a, 7b, 7c; the INDEX counts 57 heading lines because Điều 24 and 25 of Luật 97/2015 stand inside a footnote quotation',
  },
  'luat-51-2024-sua-doi-bhyt.txt': {
    chuong: 0,
    dieu: 3,
    note: 'the amending law has 3 articles; the INDEX counts "Điều 48b" too, which stands inside the quotation that opens at “Điều 48a',
  },
  'luat-bhyt-vbhn-22-2025.txt': {
    chuong: 10,
    dieu: 58,
    note: '52 + 7a, 7b, 7c, 48a, 48b = 57, plus the unquoted footnote heading "Điều 3. Điều khoản thi hành" (reported out of order); 24 and 25 are quoted',
  },
  'luat-bhxh-2014.txt': { chuong: 9, dieu: 125, muc: 9, note: 'the wrapped line "Chương III và Chương IV của Luật này." is prose' },
  'luat-bhxh-2014-vbhn-50-2019.txt': {
    chuong: 9,
    dieu: 125,
    muc: 9,
    note: 'the INDEX counts 126 heading lines: "Điều 93. Quy định chi tiết" stands inside the footnote quotation of Luật 84/2015',
  },
  'luat-bhxh-2024.txt': { chuong: 11, dieu: 141, muc: 13 },
  'luat-bhxh-2024-vbhn-58-2025.txt': { chuong: 11, dieu: 141, muc: 13 },
  'luat-doanh-nghiep-2020-partial.txt': { chuong: 5, dieu: 126, muc: 2 },
  'bo-luat-dan-su-2015-partial.txt': { chuong: 15, dieu: 364, muc: 20, phan: 3 },
  'bo-luat-lao-dong-2019-vbhn-125-2025.txt': { chuong: 17, dieu: 220, muc: 24, note: 'articles quoted in Điều 219 are not articles of the Code' },
  'bhyt/base.md': { chuong: 9, dieu: 52, note: 'Chương I–IX: Điều 1–49 with 7a, 7b, 7c' },
  'bhyt/witness.md': { chuong: 9, dieu: 54, note: 'as base.md plus 48a, 48b' },
};

const GOLDEN = join(FIXTURES, 'real-texts/unplaced.json');

describe.skipIf(!HAS_SHARED)('real texts in ../shared/texts', () => {
  const files = HAS_SHARED
    ? [
        ...readdirSync(TEXTS).filter((f) => /\.(txt|md)$/.test(f) && f !== 'INDEX.md'),
        ...readdirSync(join(TEXTS, 'bhyt')).filter((f) => /^(base|witness)\.md$/.test(f)).map((f) => `bhyt/${f}`),
      ].sort()
    : [];

  it('covers every text of the corpus', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const unplaced: Record<string, string[]> = {};
  for (const f of files) {
    it(`${f}: ${EXPECTED[f] ? `${EXPECTED[f].chuong} chương, ${EXPECTED[f].dieu} điều` : '?'}`, () => {
      const text = readFileSync(join(TEXTS, f), 'utf8');
      const doc = parseRegulation(f, text);
      const count = (k: string) => doc.all.filter((u) => u.kind === k).length;
      const e = EXPECTED[f]!;
      expect(count('chuong')).toBe(e.chuong);
      expect(count('dieu')).toBe(e.dieu);
      if (e.muc !== undefined) expect(count('muc')).toBe(e.muc);
      if (e.phan !== undefined) expect(count('phan')).toBe(e.phan);
      expect(doc.source.text).toBe(text);
      unplaced[f] = doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.id} ${JSON.stringify(d.message.args ?? {})}`);
    });
  }

  it('what remains unplaced is the documented list', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(unplaced, null, 1)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string[]>;
    expect(unplaced).toEqual(golden);
  });
});
