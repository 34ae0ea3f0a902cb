/** The `\s` of the hot loops (src/text/space.ts) against the regular expression itself. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, trimEndAt } from '../../src/text/space.js';

describe('isSpaceCode', () => {
  it('is /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('trimEndAt', () => {
  const chars = fc.constantFrom('a', 'ệ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u200b', '\ufeff', '.', '\u3000');
  propTest.prop([fc.array(chars, { maxLength: 20 }).map((xs) => xs.join('')), fc.nat(), fc.nat()])('is slice(from, end).replace(/\\s+$/, "")', (s, x, y) => {
    const from = Math.min(x, y) % (s.length + 1);
    const end = Math.max(from, Math.max(x, y) % (s.length + 1));
    expect(s.slice(from, trimEndAt(s, from, end))).toBe(s.slice(from, end).replace(/\s+$/, ''));
  });
});
