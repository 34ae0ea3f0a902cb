/** openingWords (src/document/parse.ts) reads a prefix where it can: the words are those of the whole range read by plainHeading, cut as before. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { openingWords, plainHeading } from '../../src/document/parse.js';

/** What the outline and the redline did before: the whole range read, then cut. */
const before = (text: string, a: number, b: number, width: number): string => {
  const own = plainHeading(text, a, b);
  return own.length > width ? `${own.slice(0, width - 1).trimEnd()}…` : own;
};

describe('the opening words of a unit', () => {
  // letters, combining marks that NFC composes with the letter before them, every kind of
  // whitespace \s knows, runs of them, Markdown punctuation, an astral letter
  const piece = fc.constantFrom('a', 'đ', 'Ủy', 'ban', 'o', '\u0302', '\u0301', 'e\u0301', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '.', ',', '“', '”', '-', '1.', '*', '_', '[', '#', '𝐀', 'x'.repeat(30), ' '.repeat(40));
  propTest.prop([fc.array(piece, { minLength: 1, maxLength: 120 }), fc.nat({ max: 20 }), fc.constantFrom(8, 20, 60)], { numRuns: 3000 })('are the words the whole range reads as', (parts, cut, width) => {
    const text = `1. ${parts.join('')}`;
    const a = Math.min(text.length, 3 + (cut % 4));
    const b = text.length - Math.min(cut, text.length - a);
    expect(openingWords(text, a, b, width), JSON.stringify([text, a, b, width])).toBe(before(text, a, b, width));
  });

  it('a prefix that reads exactly `width` long is not enough: the whole is longer', () => {
    // 16 characters that fold to 8 ("abcd efg"), then a space, then more words
    const text = `1. abcd${' '.repeat(9)}efg ${'hijklmnop '.repeat(10)}`;
    expect(openingWords(text, 3, text.length, 8)).toBe('abcd ef…');
    expect(openingWords(text, 3, text.length, 8)).toBe(before(text, 3, text.length, 8));
  });

  it('a range with Markdown punctuation is read whole, as plainHeading reads it', () => {
    const text = `1. *Ủy ban* nhân dân ${'tỉnh và huyện '.repeat(20)}`;
    expect(openingWords(text, 3, text.length, 20)).toBe('Ủy ban nhân dân tỉn…');
    expect(openingWords(text, 3, text.length, 20)).toBe(before(text, 3, text.length, 20));
  });

  it('read from a prefix on a long plain khoản (so that the property above covers that path)', () => {
    const text = `1. ${'Ủy ban nhân dân tỉnh '.repeat(200)}`;
    expect(openingWords(text, 3, text.length, 60)).toBe(before(text, 3, text.length, 60));
    expect(openingWords(text, 3, text.length, 60)).toMatch(/^Ủy ban nhân dân tỉnh .*…$/u);
  });
});
