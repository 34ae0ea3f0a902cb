/**
 * isPartyNumber (src/document/model.ts), which decides the citation style of a document from its
 * number, against the expression it replaces (kept here verbatim as its oracle, issue 16), on
 * generated numbers around its grammar: Party and state numbers whole and broken, spaces of every
 * kind, Vietnamese and astral letters, combining marks, digits that are not ASCII.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartyDocument, isPartyNumber } from '../../src/document/model.js';

const ORACLE = /^\s*\d+[A-Za-z]?\s*-\s*[\p{L}]+\s*\/\s*[\p{L}]+/u;
const PIECES = ['80', '1', '01', '-', '–', '/', ' ', '  ', '\u00a0', '\t', 'a', 'Q', 'QĐ', 'QĐi', 'TW', 'TƯ', 'Đ', 'ư', 'x', 'ab', '𝐀', '𠀀', '𝟙', '\ud835', '\u0301', '²', '٣', '.', '2016', 'NĐ-CP', 'số'];

describe('isPartyNumber = the expression it replaces', () => {
  it('on generated numbers', () => {
    const shaped = fc.tuple(fc.constantFrom('', ' ', '\u00a0', 'x'), fc.constantFrom('80', '1', '', '²', '𝟙'), fc.constantFrom('', 'a', 'Q', 'ab'), fc.constantFrom('-', ' - ', '–', '', '/'),
      fc.constantFrom('QĐ', 'Đ', '𝐀', '', '1', ' ', '\u0301', 'Q𠀀'), fc.constantFrom('/', ' / ', '\u00a0/\u00a0', '-', ''), fc.constantFrom('TW', 'Ư', '𝐀', '', '1', ' ', '\u0301', '\ud835'), fc.constantFrom('', '-CP', ' x'))
      .map((a) => a.join(''));
    const loose = fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(shaped, loose, fc.string({ maxLength: 10, unit: 'binary' })), (n) => {
      expect(isPartyNumber(n), JSON.stringify(n)).toBe(ORACLE.test(n));
      expect(isPartyDocument({ number: n } as Parameters<typeof isPartyDocument>[0])).toBe(!!n && ORACLE.test(n));
    }), { numRuns: 20000 });
  });
  it('on real numbers', () => {
    for (const n of ['80-QĐ/TW', '11-QĐi/TW', '01-QC/TU', ' 16 - HD / VPTU', '34/2016/NĐ-CP', '15/QĐ-BNV', '80-QĐ/', '80-/TW', '80a-𝐀/𠀀', '80-Q\u0301/TW']) {
      expect(isPartyNumber(n), n).toBe(ORACLE.test(n));
    }
  });
});
