/** The elision marks of excerpts (`[…]`, `[...]`) read without the tokenizer, as micromark reads them. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';

const calls = { n: 0 };
vi.mock('../../src/markdown/events.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/markdown/events.js')>();
  return { ...real, markdownEvents: (...a: Parameters<typeof real.markdownEvents>) => (calls.n++, real.markdownEvents(...a)) };
});
const { plainText, plainTextViaMicromark, projectStyled } = await import('../../src/text/markup.js');

// spaces at a line's edges are no text (matching folds them), as in projection.test.ts
const norm = (x: string) => x.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n');
const styled = (t: string, end: number, via?: 'micromark') => {
  const p = projectStyled(t, 0, end, via);
  return { text: p.text.text, starts: [...p.text.starts], ends: [...p.text.ends], styles: [...p.styles] };
};

describe('elision marks', () => {
  const piece = fc.constantFrom('a', 'đ', 'Ủy', ' ', '*', '**', '_', '.', ',', ':', '(', ')', '[', ']', '[…]', '[...]', '[…]', '[ … ]', '[…](x)', '[…][]', '[…]:', '[^1]', '\n', '\n\n', '\n- ', '\n1. ', '\n### ', '\n   ', '“', '”', '\n- ## ', '\n1. # ', '\n2. ', '\n  ');
  const definition = fc.constantFrom('', '\n\n[…]: /x\n', '\n\n[...]: /x\n', '\n\n[ … ]: /x\n', '\n\n[a]: /x\n', '\n\n[^1]: x\n');
  // the slice read is the text before the document's definition, as a unit's slice is
  propTest.prop([fc.array(piece, { minLength: 1, maxLength: 30 }), definition], { numRuns: 3000 })('read as micromark reads them, plain and styled', (parts, def) => {
    const body = parts.join('');
    const t = body + def;
    const n = body.length;
    expect(norm(plainText(t, 0, n)), JSON.stringify(t)).toBe(norm(plainTextViaMicromark(t, 0, n)));
    expect(styled(t, n), JSON.stringify(t)).toEqual(styled(t, n, 'micromark'));
  });

  it('are text, not a link, without the tokenizer', () => {
    const t = '3. […]\n\n- Trình Bộ Chính trị, Ban Bí thư nhân sự *giới thiệu* [...] ứng cử;\n';
    calls.n = 0;
    const plain = plainText(t, 0, t.length);
    expect(calls.n).toBe(0);
    expect(plain).toBe(plainTextViaMicromark(t, 0, t.length));
    expect(plain).toContain('[…]');
    expect(plain).toContain('giới thiệu [...] ứng cử');
  });

  it('go to the tokenizer where a definition makes them links, or a link follows', () => {
    for (const t of ['a […] b\n\n[…]: /x\n', 'a [...] b\n\n[ ... ]: /x\n', 'a […](x) b\n', 'a […][] b\n', 'a [b] […]\n']) {
      const n = t.indexOf('\n');
      calls.n = 0;
      const plain = plainText(t, 0, n);
      expect(calls.n, t).toBeGreaterThan(0);
      expect(plain, t).toBe(plainTextViaMicromark(t, 0, n));
    }
  });
});
