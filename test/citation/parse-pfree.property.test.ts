/**
 * The citation grammar's expressions without Unicode property escapes (issue 16) against the
 * expressions they replace, kept here verbatim as their oracles (src/citation/parse.ts,
 * format.ts, docnumber.ts): on generated strings built around each grammar — unit words in every
 * case, numbers around their counted limits, Roman numerals, thứ and the ordinal words, document
 * types whole and cut, của/tại/thuộc, separators, Vietnamese letters, astral letters and digits
 * (𝐀 𠀀 𝟙), lone surrogates, combining marks, NBSP, the Kelvin sign, numbers that are not digits,
 * the end of the string — both give the same result: captures, index and lastIndex.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldConfusables, numberKey } from '../../src/citation/docnumber.js';
import { thuWord } from '../../src/citation/format.js';
import { DOCUMENT_TYPES, ISSUER, TITLE, execNumber, execRelativeDoc, execScanStart, isExternalDoc, nayAt, typeAt } from '../../src/citation/parse.js';

const TYPES = DOCUMENT_TYPES.map((t) => t.toLowerCase()).join('|');
const NUMBER = /^(?:thứ\s+([\p{L}\d]+)|(\d{1,6}(?:\.\d{1,3})*[a-zđ]?\d{0,2})|([IVXLCDM]{1,7}[a-zđ]?)|([a-zđA-ZĐ]\d{0,2}))(?![\p{L}\p{N}])/u;
const TYPE_RE = new RegExp(`^(${TYPES})(?![\\p{L}])`, 'u');
const SCAN_START = /(?<![\p{L}\p{N}])(?:các\s+|từ\s+)?(?:điểm|khoản|tiết|điều|mục|chương|phần|tiểu mục)\s+(?=\S)/giu;
const RELATIVE_DOC = new RegExp(`^[\\s,]*(?:(?:của|tại|thuộc)\\s+)?(${TYPES})\\s+này(?![\\p{L}])`, 'u');
const EXTERNAL_DOC = new RegExp(`^[\\s,]*(?:(?:của|tại|thuộc)\\s+)?(${TYPES})(?![\\p{L}])`, 'u');
const NAY = /^này(?![\p{L}])/iu;
const THU = /thứ\s+\p{L}+/iu;
const TU = /TƯ(?![\p{L}])/gu;

// what makes or breaks a match of these expressions, and what lies around them
const ODD = ['𝐀', '𝑎', '𠀀', '𝟙', '\ud835', '\udc00', '\u0301', '\u0323', '²', '½', '٣', 'Ⅻ', '一', 'Ω', 'ж', 'ǅ', 'ª', 'ſ', '\u212a', '\u00a0', '\u2002', '\n', '\t'];
const ASCII = [' ', '  ', ',', '.', '..', ';', ':', '-', '(', ')', '/', '0', '1', '12', '123', '1234', '999999', '1234567', 'a', 'b', 'x', 'z', 'A', 'Q', 'I', 'II', 'IV', 'XIV', 'MMMDCCC', 'C', 'L'];
const VIET = ['đ', 'Đ', 'ư', 'Ư', 'ấ', 'Ấ', 'TƯ', 'Tư', 'TW', 'QĐ', 'thứ', 'Thứ', 'THỨ', 'nhất', 'hai', 'NHẤT', 'này', 'Này', 'NÀY', 'nàyx', 'của', 'tại', 'thuộc', 'củ', 'các', 'từ', 'đến', 'và'];
const WORDS = ['điểm', 'Điểm', 'khoản', 'Khoản', 'KHOẢN', '\u212ahoản', 'tiết', 'điều', 'Điều', 'ĐIỀU', 'mục', 'chương', 'phần', 'tiểu mục', 'Tiểu mục', 'điềux', 'khoả'];
const DOCS = [...DOCUMENT_TYPES.map((t) => t.toLowerCase()), 'văn bản hợp', 'thông tư liên', 'nghị', 'luậtx', 'quy chế𝐀', 'bộ luật²'];
const PIECES = [...ODD, ...ASCII, ...VIET, ...WORDS, ...DOCS];
const str = (pieces: string[], max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((a) => a.join(''));
const spaced = (pieces: string[], max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((a) => a.join(' '));
const any = fc.oneof(str(PIECES, 8), spaced(PIECES, 6), fc.string({ maxLength: 8, unit: 'binary' }));

const arr = (m: ArrayLike<string | undefined> | null) => m && Array.from(m);

describe('the citation expressions without \\p are the expressions they replace', () => {
  it('NUMBER', () => {
    const numbers = fc.tuple(fc.constantFrom('', 'thứ', 'thứ ', 'thứ  ', 'thứ\u00a0'), str([...ASCII, ...ODD, 'đ', 'Đ', 'ư', 'nhất', 'HAI', '.', '.', '1', '12', 'a'], 6)).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(numbers, any), (s) => {
      expect(arr(execNumber(s)), JSON.stringify(s)).toEqual(arr(NUMBER.exec(s)));
    }), { numRuns: 20000 });
  });
  it('TYPE_RE, EXTERNAL_DOC, RELATIVE_DOC', () => {
    const lead = fc.constantFrom('', ' ', ', ', ' ,  ', 'của ', 'tại  ', 'thuộc\u00a0', ', của ', 'củ ', 'của', ' của ');
    const docs = fc.tuple(lead, fc.constantFrom(...DOCS), fc.constantFrom('', ' ', '  ', '\u00a0', 'x', ' hợp nhất'), fc.constantFrom('', 'này', 'nàyx', 'này𝐀', 'này²', 'này ', 'Này', 'này\u0301'), str(PIECES, 2))
      .map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(docs, any), (s) => {
      const t = TYPE_RE.exec(s);
      expect(typeAt(s, 0), JSON.stringify(s)).toBe(t ? t[1] : undefined);
      if (t) expect(t[0]).toBe(t[1]);
      expect(isExternalDoc(s), JSON.stringify(s)).toBe(EXTERNAL_DOC.test(s));
      expect(arr(execRelativeDoc(s)), JSON.stringify(s)).toEqual(arr(RELATIVE_DOC.exec(s)));
    }), { numRuns: 20000 });
  });
  it('SCAN_START: every match of the global scan, from any lastIndex', () => {
    const prose = spaced([...WORDS, ...WORDS, ...ODD, ...ASCII, ...VIET], 8);
    const glued = str([...WORDS, ...WORDS, ...ODD, ...ASCII, ...VIET, ' '], 8);
    fc.assert(fc.property(fc.oneof(prose, glued, any), fc.nat(20), (s, from) => {
      const start = Math.min(from, s.length);
      const want: Array<[number, string, number]> = [];
      SCAN_START.lastIndex = start;
      for (let m = SCAN_START.exec(s); m; m = SCAN_START.exec(s)) want.push([m.index, m[0], SCAN_START.lastIndex]);
      const got: Array<[number, string, number]> = [];
      for (let m = execScanStart(s, start); m; m = execScanStart(s, m.index + m[0].length)) got.push([m.index, m[0], m.index + m[0].length]);
      expect(got, JSON.stringify(s)).toEqual(want);
      expect(SCAN_START.lastIndex).toBe(0);
    }), { numRuns: 20000 });
  });
  it('này, thứ …, TƯ', () => {
    const words = str(['này', 'Này', 'NÀY', 'nÀy', 'thứ', 'THỨ', 'Thứ', ' ', '  ', '\u00a0', 'TƯ', 'TW', 'Tư', '-', '/', ...ODD, ...ASCII, ...VIET], 7);
    // thứ and spaces, then a letter or not, more than once
    const thu = fc.array(fc.tuple(fc.constantFrom('thứ', 'THỨ', 'Thứ', 'thứ'), fc.constantFrom('', ' ', '  ', '\u00a0'), fc.constantFrom(...ODD, ...ASCII, ...VIET)), { maxLength: 3 })
      .map((a) => a.flat().join(''));
    fc.assert(fc.property(fc.oneof(words, thu, any), fc.nat(6), (s, i) => {
      const at = Math.min(i, s.length);
      expect(nayAt(s, at), JSON.stringify([s, at])).toBe(NAY.test(s.slice(at)));
      const t = THU.exec(s);
      expect(thuWord(s), JSON.stringify(s)).toBe(t ? t[0] : undefined);
      // numberKey as it was, with TU
      const old = (() => {
        let k = foldConfusables(s).replace(/\s+/g, '');
        k = k.replace(TU, 'TW');
        k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').toUpperCase();
        return k.replace(/(^|[^0-9])0+(?=\d)/g, '$1');
      })();
      expect(numberKey(s), JSON.stringify(s)).toBe(old);
    }), { numRuns: 20000 });
  });
  it('the issuer and the title: `.` spelled as its class', () => {
    const ISSUER_DOT = /(?:^|[\s,])của\s+(.+?)(?=\s+(?:về|quy định về|ban hành)\s|[,;]|$)/iu;
    const TITLE_DOT = /(?:^|\s)về\s+(.+)$/iu;
    const parts = str(['của', 'CỦA', 'Của', 'về', 'VỀ', 'Về', 'quy định về', 'ban hành', ' ', '  ', ',', ';', '\n', '\r', '\u2028', '\u2029', '\u0085', 'Bộ', 'Chính', 'trị', 'ẞ', 'ß', 'ſ', '\u212a', ...ODD, 'x', '1'], 9);
    fc.assert(fc.property(fc.oneof(parts, any), (s) => {
      expect(arr(ISSUER.exec(s)), JSON.stringify(s)).toEqual(arr(ISSUER_DOT.exec(s)));
      expect(arr(TITLE.exec(s)), JSON.stringify(s)).toEqual(arr(TITLE_DOT.exec(s)));
    }), { numRuns: 20000 });
  });
  it('on hand-picked strings at each boundary', () => {
    for (const s of ['thứ nhất', 'thứ 𝐀b', 'thứ ab²', 'thứ', 'thứ ', '1234567', '12345678', '123456789', '1.2.3a12', '1.2.3a123', '1.1𝐀', '1.1.', 'IVa', 'IVab', 'c', 'c𝟙', 'đ12', 'Đ123', '5a\u0301', '12\ud835']) {
      expect(arr(execNumber(s)), s).toEqual(arr(NUMBER.exec(s)));
    }
    for (const s of ['văn bản hợp nhấtx này', 'văn bản hợp nhất này', 'luật này𝐀', 'của  quy chế   này.', ', thuộc thông tư liên tịchx', 'bộ luật²']) {
      expect(arr(execRelativeDoc(s)), s).toEqual(arr(RELATIVE_DOC.exec(s)));
      expect(isExternalDoc(s), s).toBe(EXTERNAL_DOC.test(s));
    }
  });
});
