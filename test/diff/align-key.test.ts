/** The matching key of the alignment (align.ts `looseKey`), built from slices of runs, against the
 *  character-at-a-time definition it replaced. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { looseKey } from '../../src/diff/align.js';

/** The reference: NFC, each code unit lower-cased if a letter, digit or mark, else a separator. */
function reference(text: string): string {
  const s = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const l = /[\p{L}\p{N}\p{M}]/u.test(ch) ? ch.toLowerCase() : '';
    if (l) {
      if (space && out) out += ' ';
      space = false;
      out += l;
    } else space = true;
  }
  return out;
}

describe('looseKey', () => {
  const piece = fc.constantFrom('a', 'B', 'đ', 'Đ', 'Ủy', 'ỦY', 'khoẻ', 'KHOẺ', 'ban', ' ', '  ', '\n', ',', '.', '**', '“', '”', '1', '2a', 'İ', 'Σ', 'ΑΣ', '\u0301', 'e\u0301', '𝐀', '😀', '\u00a0', '-', 'Ⅻ', 'ǅ');
  propTest.prop([fc.array(piece, { maxLength: 40 })], { numRuns: 3000 })('is the character-at-a-time key', (parts) => {
    const t = parts.join('');
    expect(looseKey(t), JSON.stringify(t)).toBe(reference(t));
  });
  propTest.prop([fc.string({ unit: 'binary', maxLength: 60 })], { numRuns: 2000 })('on any code units', (t) => {
    expect(looseKey(t)).toBe(reference(t));
  });
});
