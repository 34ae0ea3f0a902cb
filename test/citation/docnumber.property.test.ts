/**
 * findNumber's scanner against the two regular expressions it replaces (the specification, kept
 * here as the oracle): on generated strings of the characters that make or break a number, both
 * find the same number at the same place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumber, foldConfusables } from '../../src/citation/docnumber.js';

const PARTY = /(?<![\p{L}\p{N}])(\d{1,4}[A-Za-z]?)\s*[-–—]\s*([\p{L}]{1,6})\s*\/\s*([\p{L}]{1,12}(?:-[\p{L}]{1,8})?)(?![\p{L}\p{N}])/u;
const STATE = /(?<![\p{L}\p{N}])(\d{1,5})\s*\/\s*(?:(\d{4})\s*\/\s*)?([\p{L}]{1,8}(?:\d{1,2})?(?:\s*-\s*[\p{L}\d]{1,10}){0,3})(?![\p{L}\p{N}])/u;

function oracle(s: string): { number: string; index: number } | undefined {
  if (!/[/⁄∕]/u.test(s)) return undefined;
  const f = foldConfusables(s);
  const best = [PARTY.exec(f), STATE.exec(f)].filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index)[0];
  return best && { number: best[0].replace(/\s+/g, '').replace(/[–—]/g, '-'), index: best.index };
}

// digits, slashes, dashes, spaces, ASCII and Vietnamese letters, non-ASCII numbers (², ٣), an
// astral letter and an astral digit, punctuation
const CHARS = ['0', '1', '2', '5', '9', '/', '⁄', '-', '–', '—', ' ', ' ', '\u00a0', 'Q', 'Đ', 'T', 'W', 'i', 'x', 'ư', 'Ð', 'ª', '²', '٣', '𝐀', '𝟙', '.', ',', '(', 'số'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join(''));
// runs of a kind, so that long runs (past the counted limits) are frequent
const run = fc.tuple(fc.constantFrom('1', 'Q', 'Đ', 'iQ', '7', ' ', '-', '/', '²', '𝐀'), fc.integer({ min: 1, max: 14 })).map(([c, n]) => c.repeat(n));
const runs = fc.array(fc.oneof(run, fc.constantFrom(...CHARS)), { maxLength: 14 }).map((a) => a.join(''));

// numbers built from their parts, each part's length around its limit, the separators varied
const part = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { minLength: 0, maxLength: max }).map((a) => a.join(''));
const letters = ['Q', 'Đ', 'T', 'W', 'i', 'ư', '𝐀'];
const sep = fc.constantFrom('-', '/', ' - ', ' / ', '–', '—', '', ' ', '²', '1');
const shaped = fc
  .tuple(fc.constantFrom('', ' ', 'x', '(', '٣'), part(['1', '2', '0'], 7), fc.constantFrom('', 'a'), sep, part(letters, 8), sep, part(['2', '0', '1'], 6), sep, part(letters, 14), part(['1', '5', '²'], 3), sep, part([...letters, '1'], 13), sep, part([...letters, '2'], 12), fc.constantFrom('', ' ', 'Q', '2', '²', '-', '.'))
  .map((a) => a.join(''));
const party = fc
  .tuple(fc.constantFrom('', ' ', 'x'), part(['1', '8', '0'], 6), fc.constantFrom('', 'a', 'Q'), fc.constantFrom('-', ' – ', '—', '/'), part(letters, 8), fc.constantFrom('/', ' / ', '-'), part(letters, 14), fc.constantFrom('', '-', '- ', '1'), part(letters, 10), fc.constantFrom('', ' ', 'Q', '2', '²', '-', '.'))
  .map((a) => a.join(''));

describe('findNumber (scanner) = the Party and state expressions', () => {
  it('on generated character strings', () => {
    fc.assert(fc.property(text, (s) => {
      expect(findNumber(s)).toEqual(oracle(s));
    }), { numRuns: 20000 });
  });
  it('on generated runs (lengths around the counted limits)', () => {
    fc.assert(fc.property(runs, (s) => {
      expect(findNumber(s)).toEqual(oracle(s));
    }), { numRuns: 20000 });
  });
  it('on numbers built from parts around the counted limits', () => {
    fc.assert(
      fc.property(fc.oneof(shaped, party), (s) => {
        expect(findNumber(s)).toEqual(oracle(s));
      }),
      { numRuns: 30000 },
    );
  });
  it('on the shapes of real numbers, whole and broken', () => {
    const cases = [
      'Quy định số 80-QĐ/TW, ngày 18/8/2022', '11-QĐi/TW', '01 - QC / TU', '16-HD/VPTU-X', '34/2016/NĐ-CP', '64/2025/QH15',
      '01/2012/UBTVQH13', '15/QĐ-BNV', '51/VBHN-VPQH', '123456/QĐ', '12345-QĐ/TW', '34/201/NĐ-CP', '34/2016/NĐ-CP-ABCDEFGHIJKL',
      '34/2016/QH155', '34/2016/QH15A', 'a34/2016/NĐ-CP', '34 / 2016 / NĐ - CP - BNV - X - Y', '80-QĐ/TW²', '80-QĐ/TW-ABCDEFGHI',
      '80-ABCDEFG/TW', '80-QĐ/ABCDEFGHIJKL', '80-QĐ/ABCDEFGHIJKLM', '80-QĐ/TW-ABCDEFGH', '1/ABCDEFGHI', '19/8/2022', 'ngày 19/8/2022 theo 80–QĐ⁄TW',
    ];
    for (const s of cases) expect(findNumber(s), s).toEqual(oracle(s));
    expect(findNumber('Nghị định 30/2020/NĐ-CP về công tác văn thư')).toEqual({ number: '30/2020/NĐ-CP', index: 10 });
  });
});
