/**
 * The label expressions of src/document/labels.ts without Unicode property escapes (issue 16)
 * against the expressions they replace, kept here verbatim as their oracles: on generated lines
 * built around each grammar (every separator, Vietnamese letters in both cases, digits, Roman
 * numerals, astral letters and digits, combining marks, NBSP, numbers that are not digits, the end
 * of the line), both give the same match: the same captures at the same index, or none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execChuong, execDieu, execKhoan, execMuc, execPhan, execTieuMuc, firstLetter, lettersOf } from '../../src/document/labels.js';

const ORACLE = {
  phan: /^(?:Phần|PHẦN)[ \t\u00a0]+(?:(?:thứ|THỨ)[ \t\u00a0]+(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|[\p{Lu}]+)|([IVXLCDM]+)([a-zđ]?)|(\d{1,2}))(?![\p{L}\p{N}])/u,
  chuong: /^(?:Chương|CHƯƠNG)[ \t\u00a0]+(?:([IVXLCDM]+)([a-zđ]?)|(\d{1,3})([a-zđ]?))(?![\p{L}\p{N}])/u,
  muc: /^(?:Mục|MỤC)[ \t\u00a0]+(?:(\d{1,3})([a-zđ]?)|([IVXLCDM]+))(?![\p{L}\p{N}])/u,
  tieuMuc: /^(?:Tiểu mục|TIỂU MỤC)[ \t\u00a0]+(\d{1,3})([a-zđ]?)(?![\p{L}\p{N}])/u,
  dieu: /^(?:Điều|ĐIỀU)[ \t\u00a0]+(\d{1,6})([a-zđ]?)(?![\p{L}\p{N}])/u,
  khoan: /^(\d{1,3})([a-zđ]?)(\.\.?|[\-–])(?=[\s*_]|$|\p{Lu})/u,
};
const IMPL: Record<keyof typeof ORACLE, (t: string) => ArrayLike<string | undefined> | null> = {
  phan: execPhan, chuong: execChuong, muc: execMuc, tieuMuc: execTieuMuc, dieu: execDieu, khoan: execKhoan,
};

const HEADS = ['Phần', 'PHẦN', 'Chương', 'CHƯƠNG', 'Mục', 'MỤC', 'Tiểu mục', 'TIỂU MỤC', 'Điều', 'ĐIỀU', 'Phần thứ', 'PHẦN THỨ', ''];
const PIECES = [
  // separators and spaces
  ' ', '  ', '\t', '\u00a0', '\u2002', '\n', '.', '..', '...', ':', '-', '–', '—', ')', '(', '*', '**', '_', '“', '/', ',',
  // digits and Roman numerals, around the counted limits
  '0', '1', '2', '12', '123', '1234', '999999', '1000000', 'I', 'II', 'IV', 'XIV', 'MMMCM', 'C', 'D', 'L', 'V', 'X', 'M',
  // the words after thứ, in both cases
  'thứ', 'THỨ', 'nhất', 'hai', 'ba', 'bảy', 'bốn', 'tư', 'mười', 'NHẤT', 'HAI', 'Nhất', 'MƯỜI', 'BA',
  // letters: the optional [a-zđ], others, Vietnamese capitals and small letters
  'a', 'b', 'đ', 'z', 'x', 'A', 'Đ', 'Ư', 'Ấ', 'ư', 'ấ', 'ſ', 'ª', 'Ω', 'ω', 'Д', 'ж', 'ǅ', 'ʰ',
  // astral letters and digits, a lone surrogate, combining marks, numbers that are no digits
  '𝐀', '𝑎', '𠀀', '𝟙', '\ud835', '\udc00', '\u0301', '\u0323', '²', '½', '٣', 'Ⅻ', '〇', '一',
];
const tail = fc.array(fc.constantFrom(...PIECES), { maxLength: 7 }).map((a) => a.join(''));
const line = fc.tuple(fc.constantFrom(...HEADS), fc.constantFrom('', ' ', '\u00a0', '\t ', 'x'), tail).map((a) => a.join(''));
// a khoản label: digits, a letter, its separator, then what may follow it
const khoan = fc
  .tuple(fc.constantFrom('1', '12', '123', '1234', '0'), fc.constantFrom('', 'a', 'đ', 'z', 'A', '𝐀'), fc.constantFrom('.', '..', '...', '-', '–', '—', ')', ''), fc.constantFrom(...PIECES), tail)
  .map((a) => a.join(''));

function same(name: keyof typeof ORACLE, t: string): void {
  const o = ORACLE[name].exec(t);
  const r = IMPL[name](t);
  expect(r && Array.from(r), `${name} ${JSON.stringify(t)}`).toEqual(o && Array.from(o));
  if (o && r && 'index' in r) expect(r.index).toBe(o.index);
}

describe('the label expressions without \\p are the expressions they replace', () => {
  for (const name of Object.keys(ORACLE) as Array<keyof typeof ORACLE>) {
    it(`${name}: on generated lines`, () => {
      fc.assert(fc.property(fc.oneof(line, tail, khoan), (t) => same(name, t)), { numRuns: 6000 });
    });
    it(`${name}: on any string`, () => {
      fc.assert(fc.property(fc.string({ maxLength: 10, unit: 'binary' }), (t) => same(name, t)), { numRuns: 1500 });
    });
  }
  it('the letters of a line, and its first letter after emphasis markers', () => {
    const LETTERS = /[^\p{L}]/gu;
    const FIRST = /^[*_]*([\p{L}])/u;
    const marked = fc.tuple(fc.constantFrom('', '*', '**', '_', '*_*', '__'), tail).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(line, tail, marked, fc.string({ maxLength: 10, unit: 'binary' })), (t) => {
      expect(lettersOf(t), JSON.stringify(t)).toBe(t.replace(LETTERS, ''));
      expect(firstLetter(t), JSON.stringify(t)).toBe(FIRST.exec(t)?.[1]);
    }), { numRuns: 6000 });
  });
  it('on hand-picked lines at each boundary', () => {
    const lines = [
      'Phần thứ nhất', 'Phần thứ nhấtx', 'Phần thứ NHẤT.', 'PHẦN THỨ HAI', 'Phần thứ 𝐀', 'Phần thứ ĐẶC BIỆT', 'Phần thứ AB²', 'Phần thứ AĐ𝐀',
      'Phần I', 'Phần IIa.', 'Phần Ia𝐀', 'Phần 12', 'Phần 123', 'Phần 1²', 'Phần\u00a0II', 'Phần thứ\u00a0ba', 'Phần thứba',
      'Chương IV', 'Chương IVx', 'Chương 12a.', 'Chương 1234', 'Chương 12𠀀', 'Chương 12\u0301', 'CHƯƠNG X:', 'Chương 3 và Chương 4',
      'Mục 1', 'Mục 1a', 'Mục II', 'Mục IIa', 'Mục 1٣', 'Tiểu mục 2', 'Tiểu mục 2b', 'TIỂU MỤC 12.', 'Tiểu mục 1234',
      'Điều 5.', 'Điều 5a.', 'Điều 123456', 'Điều 1234567', 'Điều 10000.', 'Điều 5𝟙', 'Điều 5ab', 'Điều 5Ω', 'ĐIỀU 1',
      '1. Nội dung', '1.Nội dung', '2..Nội dung', '1.𝐀', '1.ẞ', '12a- x', '1234. x', '1.', '1..', '1...', '1.\u0301', '1–Đ', '1.ǅ',
    ];
    for (const t of lines) for (const name of Object.keys(ORACLE) as Array<keyof typeof ORACLE>) same(name, t);
  });
});
