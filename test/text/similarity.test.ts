/** The word similarity by a table of code units (src/text/worddiff.ts) against the regular
 *  expression it replaces (`similarityByRegex`, the code as it was), on texts of letters, digits,
 *  marks, punctuation, spaces and characters outside the BMP. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { similarity, similarityByRegex } from '../../src/text/worddiff.js';

const piece = fc.constantFrom('cán', 'bộ', 'Đảng', 'viên', '12', '3a', ' ', ' ', '  ', ',', '.', '“', '”', '-', 'e\u0301', '\u0323', 'x', '𝐀', '😀', '\u00a0', '\n', 'ǅ', '٣', '_');
const textArb = fc.array(piece, { maxLength: 25 }).map((xs) => xs.join(''));

describe('similarity', () => {
  propTest.prop([textArb, textArb], { numRuns: 3000 })('is the regular expression version', (a, b) => {
    expect(similarity(a, b)).toBe(similarityByRegex(a, b));
  });
  propTest.prop([fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })], { numRuns: 1000 })('on any strings', (a, b) => {
    expect(similarity(a, b)).toBe(similarityByRegex(a, b));
  });
});
