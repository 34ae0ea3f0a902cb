/**
 * replace_heading writes the new heading so that the line's emphasis stays balanced
 * (apply/format.ts headingReplacement): a closing `#` sequence and `{#id}` stay, emphasis around
 * the whole heading stays around the new one, a marker whose partner lies outside the heading
 * stays where it is (the new text before it), markers paired inside the heading go with its text. The results are
 * read back by micromark: the new heading's text is the plain text of the line after the label.
 */
import { describe, expect, it } from 'vitest';
import { headingReplacement } from '../../src/apply/format.js';
import { plainTextViaMicromark } from '../../src/text/markup.js';

/** Replace the heading of `line` (the text after `label`, as printed) by `heading`. */
function replaced(line: string, label: string, heading: string): string {
  const cs = /^(?:[-*+][ \t]+)?#{1,6}[ \t]+/.exec(line)?.[0].length ?? 0;
  const hs = line.indexOf(label) + label.length;
  let out = line;
  for (const r of headingReplacement(line, cs, line.length, hs, line.length, heading).reverse()) out = out.slice(0, r.from) + r.text + out.slice(r.to);
  return out;
}

describe('replace_heading: the new heading in place of the old', () => {
  it.each([
    ['## Điều 1. Tên *bốn*', 'Điều 1.', '## Điều 1. Tên khác'],
    ['- ## Điều 5. **Tên** năm', 'Điều 5.', '- ## Điều 5. Tên khác'],
    ['## Điều 5. Ngôn ngữ C#', 'Điều 5.', '## Điều 5. Tên khác'],
    ['## Điều 5. **Tên**', 'Điều 5.', '## Điều 5. **Tên khác**'],
    ['## Điều 5. ***Tên***', 'Điều 5.', '## Điều 5. ***Tên khác***'],
    ['## Điều 5. _Tên_ ##', 'Điều 5.', '## Điều 5. _Tên khác_ ##'],
    ['## Điều 5. Tên {#dieu-5}', 'Điều 5.', '## Điều 5. Tên khác {#dieu-5}'],
    ['## **Điều 5. Tên**', 'Điều 5.', '## **Điều 5. Tên khác**'],
    ['## **Điều 5. Tên** năm', 'Điều 5.', '## **Điều 5. Tên khác**'],
    ['## Điều 5. *Tên* và *khác*', 'Điều 5.', '## Điều 5. Tên khác'],
  ])('%j', (line, label, expected) => {
    expect(replaced(line, label, 'Tên khác')).toBe(expected);
  });

  it('leaves every emphasis marker of the line paired (micromark shows none of them)', () => {
    for (const line of ['## Điều 1. Tên *bốn*', '- ## Điều 5. **Tên** năm', '## **Điều 5. Tên** năm', '## *Điều 5. **Tên** năm*', '## Điều 5. __Tên__ và *x*']) {
      const out = replaced(line, line.includes('Điều 1.') ? 'Điều 1.' : 'Điều 5.', 'Tên khác');
      const plain = plainTextViaMicromark(out, 0, out.length);
      expect(plain, out).not.toMatch(/[*_]/);
      expect(plain, out).toMatch(/Tên khác$/);
    }
  });
});
