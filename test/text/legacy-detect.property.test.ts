/** detectLegacy counts the marks of a head without an array of matches: held to the counting it replaced (kept verbatim below) on generated heads around its thresholds. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { detectLegacy } from '../../src/text/decode.js';

// src/text/decode.ts before (issue 16): the same expressions, counted with match()
const TCVN3_MARKS = /[®§¸µ¶·¹¨©ª«¬­®¯°±²³´½¾ÆÇÑÒÓÔÕÖ×ØÜÝÞßæçèéêëìíîïñòóôõö÷øùúûüýþ]/g;
const VNI_PAIRS = /[aeiouyAEIOUY][øùûõïöôä]|[ôö][ùøûõï]|ñ|Ñ/g;
const MOJIBAKE = /Ã[\u0080-\u00bf]|á»|áº|Ä‘|Æ°|Æ¡/;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
function sample(text: string, re: RegExp): string {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return '';
  const a = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - 12)) + 1);
  return text.slice(a, a + 30).replace(/\s+/g, ' ').trim();
}
function detectLegacyBefore(text: string): unknown {
  const head = text.slice(0, 20000);
  const viet = (head.match(VIETNAMESE) ?? []).length;
  if (MOJIBAKE.test(head)) return { id: 'encoding.mojibake', args: { sample: sample(head, new RegExp(MOJIBAKE.source, 'g')) } };
  const vni = (head.match(VNI_PAIRS) ?? []).length;
  const tcvn = (head.match(TCVN3_MARKS) ?? []).length;
  let counted: number | undefined;
  const letters = (): number => (counted ??= (head.match(/\p{L}/gu) ?? []).length || 1);
  if (vni > 20 && vni > viet * 2 && vni / letters() > 0.01) return { id: 'encoding.legacy', args: { encoding: 'VNI-Windows', sample: sample(head, new RegExp(VNI_PAIRS.source, 'g')) } };
  if (tcvn > 20 && tcvn > viet * 2 && tcvn / letters() > 0.01) return { id: 'encoding.legacy', args: { encoding: 'TCVN3 (ABC)', sample: sample(head, new RegExp(TCVN3_MARKS.source, 'g')) } };
  return undefined;
}

describe('legacy encoding detection', () => {
  // legacy marks, Vietnamese letters in both cases, plain letters, what looks like neither
  const piece = fc.constantFrom('®', '¸', 'µ', 'ª', 'ê', 'é', 'ô', 'Ñ', 'ñ', 'oø', 'aù', 'ôù', 'ă', 'Ă', 'đ', 'Đ', 'ệ', 'Ệ', 'ỹ', 'Ỹ', 'a', 'B', ' ', '.', '\n', '𝐀', '\ud835', 'Ã©', 'x'.repeat(40), 'ê'.repeat(30), 'Cộng hòa ');
  const head = fc.tuple(fc.array(piece, { maxLength: 200 }), fc.nat({ max: 3 })).map(([parts, repeat]) => parts.join('').repeat(1 + repeat * 40));
  it('the generated heads reach every decision (so that the property below can fail)', () => {
    const seen = new Set(fc.sample(head, 2000).map((t) => JSON.stringify((detectLegacyBefore(t) as { args?: { encoding?: string }; id?: string } | undefined)?.args?.encoding ?? (detectLegacyBefore(t) as { id?: string } | undefined)?.id ?? 'none')));
    expect([...seen].sort()).toEqual(['"TCVN3 (ABC)"', '"VNI-Windows"', '"encoding.mojibake"', '"none"']);
  });
  propTest.prop([head], { numRuns: 1500 })('decides as the counting it replaced', (text) => {
    expect(detectLegacy(text), JSON.stringify(text.slice(0, 80))).toEqual(detectLegacyBefore(text));
  });
});
