/**
 * The characters the parse does not normalise (src/text/nfc.ts) against ICU: each is its own NFC,
 * and none composes with or reorders against whatever precedes it, so a text made of them is its
 * own NFC. Checked on every code unit of the set, after every character that can start a
 * composition (every BMP character is tried before a sample of the set; the whole set after the
 * letters and marks that compose), and on random texts.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isNfcInert, isNfcInertRange, nfc } from '../../src/text/nfc.js';

const inert: number[] = [];
for (let c = 0; c < 0x10000; c++) if (isNfcInert(c) && (c < 0xd800 || c > 0xdfff)) inert.push(c);

describe('NFC-inert characters', () => {
  it('each is its own NFC', () => {
    expect(inert.filter((c) => String.fromCharCode(c).normalize('NFC') !== String.fromCharCode(c))).toEqual([]);
  });
  it('none composes with any BMP character before it (a sample of the set after every one)', () => {
    const sample = inert.filter((_, k) => k % 37 === 0).concat([0x41, 0x61, 0xe2, 0x1ea1, 0x2019, 0x2026]);
    const bad: string[] = [];
    for (let p = 0; p < 0x10000; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue;
      const ps = String.fromCharCode(p);
      const pn = ps.normalize('NFC');
      for (const c of sample) {
        const ch = String.fromCharCode(c);
        if ((ps + ch).normalize('NFC') !== pn + ch) bad.push(`${p.toString(16)}+${c.toString(16)}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('none composes with a letter, a Vietnamese letter or a combining mark before it (the whole set)', () => {
    const before = [0x41, 0x61, 0x45, 0x65, 0x4f, 0x6f, 0x55, 0x75, 0xe2, 0xea, 0xf4, 0x103, 0x1a1, 0x1b0, 0x1ea1, 0x1eb9, 0x300, 0x301, 0x303, 0x309, 0x323, 0x1100, 0x1161, 0xac00];
    const bad: string[] = [];
    for (const p of before) {
      const ps = String.fromCharCode(p);
      for (const c of inert) if ((ps + String.fromCharCode(c)).normalize('NFC') !== ps.normalize('NFC') + String.fromCharCode(c)) bad.push(`${p.toString(16)}+${c.toString(16)}`);
    }
    expect(bad).toEqual([]);
  });
  const chars = fc.constantFrom('a', 'e', 'ệ', 'ạ', 'đ', 'Đ', 'ư', 'ơ', '\u0301', '\u0323', '\u0302', ' ', '“', '”', '–', '\u2000', '\u2001', '\uf900', 'ﬀ', 'x', '\u00c5', '\u212b');
  propTest.prop([fc.array(chars, { maxLength: 12 }).map((xs) => xs.join(''))], { numRuns: 2000 })('nfc(s) is s.normalize("NFC"), and an inert range is its own NFC', (s) => {
    expect(nfc(s)).toBe(s.normalize('NFC'));
    if (isNfcInertRange(s, 0, s.length)) expect(s.normalize('NFC')).toBe(s);
  });
});
