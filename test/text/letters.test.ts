/**
 * src/text/letters.ts against the regular expressions it stands for, on every code point of the
 * running node (0 to U+10FFFF, lone surrogates included): its table and its fallback together
 * answer as `\p{L}`, `\p{N}`, `[\p{L}\p{N}]` and `\p{Lu}` do under the `u` flag. When a node with
 * another Unicode version disagrees, the failure prints the bitmaps to paste into letters.ts.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { codePointAt, codePointBefore, firstLetterIndex, isLetter, isLetterOrNumber, isLetterOrNumberUnitAt, isNumber, isUpper, noLetterAt, noLetterOrNumberAt } from '../../src/text/letters.js';
import { capitalizeFirst } from '../../src/text/normalize.js';

const L = /\p{L}/u;
const N = /\p{N}/u;
const LN = /[\p{L}\p{N}]/u;
const LU = /\p{Lu}/u;

/** the bitmaps of letters.ts as node's expressions give them (the table's two ranges) */
function bitmap(re: RegExp): string {
  const cps: number[] = [];
  for (let c = 0; c < 0x370; c++) cps.push(c);
  for (let c = 0x1e00; c < 0x1f00; c++) cps.push(c);
  let hex = '';
  for (let k = 0; k < cps.length; k += 4) {
    let v = 0;
    for (let b = 0; b < 4; b++) if (re.test(String.fromCodePoint(cps[k + b]!))) v |= 1 << b;
    hex += v.toString(16);
  }
  return hex;
}

describe('letters.ts answers as the property escapes do', () => {
  it('on every code point', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (isLetter(cp) !== L.test(ch) || isNumber(cp) !== N.test(ch) || isLetterOrNumber(cp) !== LN.test(ch) || isUpper(cp) !== LU.test(ch)) wrong.push(cp.toString(16));
      if (wrong.length > 20) break;
    }
    if (wrong.length) console.error(`L_BITS ${bitmap(L)}\nN_BITS ${bitmap(N)}\nLU_BITS ${bitmap(LU)}`);
    expect(wrong).toEqual([]);
  });
  it('reads code points as a u-flag expression does: pairs whole, lone surrogates alone, -1 past the ends', () => {
    const s = 'a𝐀\ud835b\udc00';
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => codePointAt(s, i))).toEqual([0x61, 0x1d400, 0xdc00, 0xd835, 0x62, 0xdc00, -1]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => codePointBefore(s, i))).toEqual([-1, 0x61, 0xd835, 0x1d400, 0xd835, 0x62, 0xdc00]);
    for (const t of ['', 'a', '𝐀', '𝐀x', 'x𝐀', '\ud835', '\udc00a', '1²', 'ab', 'a b', '𠀀', '٣']) {
      for (let i = 0; i <= t.length; i++) {
        const rest = t.slice(i);
        expect(noLetterOrNumberAt(t, i), `${JSON.stringify(t)} ${i}`).toBe(/^(?![\p{L}\p{N}])/u.test(rest));
        expect(noLetterAt(t, i), `${JSON.stringify(t)} ${i}`).toBe(/^(?![\p{L}])/u.test(rest));
        // the lookbehind of a u-flag expression at a code point boundary (where a match may start)
        if (i > 0 && i < t.length && /[\udc00-\udfff]/.test(t[i]!) && /[\ud800-\udbff]/.test(t[i - 1]!)) continue;
        const head = [...t.slice(0, i)];
        expect(codePointBefore(t, i) >= 0 && isLetterOrNumber(codePointBefore(t, i)), `${JSON.stringify(t)} ${i}`).toBe(!new RegExp(`(?<=^.{${head.length}})(?<![\\p{L}\\p{N}])`, 'su').test(t));
      }
    }
  });
});

describe('the one-character questions of the phrase search and the capitals', () => {
  // the expressions they replace, verbatim (src/apply/phrase.ts, keycache.ts, text/normalize.ts)
  const WORD = /[\p{L}\p{N}]/u;
  const capitalizeFirstByRegExp = (s: string): string => {
    const m = /\p{L}/u.exec(s);
    if (!m) return s;
    const i = m.index;
    return s.slice(0, i) + s.charAt(i).toLocaleUpperCase('vi') + s.slice(i + 1);
  };
  const piece = fc.constantFrom('a', 'đ', 'Ủ', 'ư', '1', '²', '½', ' ', '.', '“', '-', '\u0301', '𝐀', '𠀀', '𝟙', '\ud835', '\udc00', 'K', 'Ω', '\u00a0', '');
  propTest.prop([fc.array(piece, { maxLength: 12 }), fc.integer({ min: -2, max: 30 })], { numRuns: 3000 })('read as the expressions read them', (parts, i) => {
    const s = parts.join('');
    expect(isLetterOrNumberUnitAt(s, i), JSON.stringify([s, i])).toBe(WORD.test(s.charAt(i)));
    expect(firstLetterIndex(s), JSON.stringify(s)).toBe(/\p{L}/u.exec(s)?.index ?? -1);
    expect(capitalizeFirst(s), JSON.stringify(s)).toBe(capitalizeFirstByRegExp(s));
  });
});
