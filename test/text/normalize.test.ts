import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sourceRange } from '../../src/text/mapped.js';
import { keyOf, looseOf, matchKey, nfcWithMap } from '../../src/text/normalize.js';

describe('matching key', () => {
  it('unifies old and new tone placement in open syllables oa, oe, uy', () => {
    expect(keyOf('hòa')).toBe(keyOf('hoà'));
    expect(keyOf('thủy')).toBe(keyOf('thuỷ'));
    expect(keyOf('khỏe')).toBe(keyOf('khoẻ'));
    expect(keyOf('Ủy ban')).toBe(keyOf('Uỷ ban'));
    expect(keyOf('HÒA BÌNH')).toBe(keyOf('HOÀ BÌNH'));
    expect(keyOf('tùy theo')).toBe(keyOf('tuỳ theo'));
    expect(keyOf('họa sĩ')).toBe(keyOf('hoạ sĩ'));
  });

  it('leaves quý, Quỳnh and closed syllables (hoàng, toàn, thuyền) untouched', () => {
    expect(keyOf('quý')).toBe('quý');
    expect(keyOf('Quỳnh')).toBe('Quỳnh');
    expect(keyOf('hoàng')).toBe('hoàng');
    expect(keyOf('toàn')).toBe('toàn');
    expect(keyOf('thuyền')).toBe('thuyền');
    // a different word is still different
    expect(keyOf('hoà')).not.toBe(keyOf('hòn'));
  });

  it('composes NFD input to the same key as NFC', () => {
    const nfc = 'Điều 64. Quyền và nghĩa vụ của công dân';
    expect(keyOf(nfc.normalize('NFD'))).toBe(keyOf(nfc));
  });

  it('strips invisible characters and folds whitespace, NBSP and tabs', () => {
    expect(keyOf('Ban\u00a0Chấp\thành\u200b Đảng\u00ad bộ\n\n tỉnh')).toBe('Ban Chấp hành Đảng bộ tỉnh');
    expect(keyOf('  đầu và cuối  ')).toBe('đầu và cuối');
  });

  it('folds curly quotes, guillemets, dashes, ellipsis and Đ look-alikes', () => {
    expect(keyOf('“Trình” ‘x’ «y»')).toBe(`"Trình" 'x' "y"`);
    expect(keyOf('2020 – 2025 — x')).toBe('2020 - 2025 - x');
    expect(keyOf('thu nhập…')).toBe('thu nhập...');
    expect(keyOf('102/2017/NÐ-CP')).toBe('102/2017/NĐ-CP');
  });

  it('drops spaces before closing punctuation and after opening brackets', () => {
    expect(keyOf('Bộ Chính trị, Ban Bí thư , Ban Nội chính')).toBe('Bộ Chính trị, Ban Bí thư, Ban Nội chính');
    expect(keyOf('( bằng cấp )')).toBe('(bằng cấp)');
  });

  it('maps every key unit back to the source range it came from', () => {
    const src = 'Trình  Bộ Chính trị,\u00a0ủy ban';
    const k = matchKey(src);
    const i = k.text.indexOf('Bộ Chính trị');
    const [a, b] = sourceRange(k, i, i + 'Bộ Chính trị'.length);
    expect(src.slice(a, b)).toBe('Bộ Chính trị');
    const j = k.text.indexOf('uỷ ban');
    const [c, d] = sourceRange(k, j, j + 'uỷ ban'.length);
    expect(src.slice(c, d)).toBe('ủy ban');
  });

  it('maps NFD clusters to the whole decomposed source', () => {
    const src = 'Đie\u0302\u0300u 1'; // "Điều" decomposed
    const k = matchKey(src);
    expect(k.text).toBe('Điều 1');
    const [a, b] = sourceRange(k, 0, 4);
    expect(src.slice(a, b)).toBe(src.slice(0, 6));
  });

  it('gives a loose key without diacritics, one unit per unit', () => {
    const k = keyOf('Đảng bộ tỉnh Điện Biên');
    expect(looseOf(k)).toBe('dang bo tinh dien bien');
    expect(looseOf(k).length).toBe(k.length);
  });

  it('nfcWithMap returns null for NFC text and a map for NFD text', () => {
    expect(nfcWithMap('Điều 1.')).toBeNull();
    const r = nfcWithMap('Đie\u0302\u0300u 1.');
    expect(r?.text).toBe('Điều 1.');
    expect(r?.map[4]).toBe(6);
  });
});

const syllables = ['hòa', 'hoà', 'thủy', 'thuỷ', 'Điều', 'khoản', 'quý', 'hoàng', 'Ban', 'Chấp', 'hành', 'đ', 'ủy', 'uỷ', '“', '”', ',', '.', ' ', '\u00a0', '\n', '\u200b', 'a)', '1.'];
const vietnamese = fc.array(fc.constantFrom(...syllables), { maxLength: 40 }).map((a) => a.join(''));

describe('matching key properties', () => {
  propTest.prop([vietnamese])('NFC and NFD inputs give the same key', (s) => {
    expect(keyOf(s.normalize('NFD'))).toBe(keyOf(s.normalize('NFC')));
  });

  propTest.prop([vietnamese])('the key is idempotent', (s) => {
    expect(keyOf(keyOf(s))).toBe(keyOf(s));
  });

  propTest.prop([fc.string({ unit: 'grapheme', maxLength: 60 })])('source ranges are ordered and inside the source', (s) => {
    const k = matchKey(s);
    for (let i = 0; i < k.text.length; i++) {
      expect(k.starts[i]!).toBeGreaterThanOrEqual(0);
      expect(k.ends[i]!).toBeLessThanOrEqual(s.length);
      expect(k.starts[i]!).toBeLessThanOrEqual(k.ends[i]!);
      if (i > 0) expect(k.starts[i]!).toBeGreaterThanOrEqual(k.starts[i - 1]!);
    }
  });
});
