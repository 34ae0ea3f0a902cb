/** The plain projection: offsets stay aligned after a BOM, a nested unit's slice is not code, CRLF cuts give one line break. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { plainText, plainTextViaMicromark, project } from '../../src/text/markup.js';

describe('plain projection', () => {
  it('keeps offsets aligned after a byte order mark', () => {
    const doc = parseRegulation('a.md', '\uFEFF**Điều 1. Phạm vi**\n\nNội dung.\n');
    expect(doc.all[0]!.heading).toBe('Phạm vi');
    const p = project('\uFEFF*a* b', 0, 6);
    expect(p.text).toBe('a b');
    expect([...p.starts]).toEqual([2, 4, 5]);
  });

  it('reads a slice that starts at an indented line as the unit it is, not as indented code', () => {
    const t = '1. Khoản một:\n\n    a) điểm *có nhấn* mạnh;\n';
    expect(plainText(t, t.indexOf('    a)'), t.length)).toBe('a) điểm có nhấn mạnh;\n');
  });

  it('gives one line break at a chunk cut in a long CRLF text', () => {
    const t = Array.from({ length: 2000 }, (_, i) => `Điều ${i + 1}. Nội dung *điều* ${i + 1}.`).join('\r\n');
    const p = plainText(t, 0, t.length);
    expect(p).not.toMatch(/\n\n/);
    expect(p.split('\n')).toHaveLength(2000);
  });
});

describe('emphasis without the tokenizer', () => {
  const piece = fc.constantFrom('a', 'b', 'đ', 'Ủy', ' ', ' ', '*', '**', '***', '_', '__', '.', ',', '(', ')', '“', '”', '1.', '- ', '\n', '\n\n', '\n- ', '\n1. ', '\n   ');
  propTest.prop([fc.array(piece, { minLength: 1, maxLength: 30 })], { numRuns: 3000 })('reads * and _ as micromark does', (parts) => {
    const t = parts.join('');
    // spaces at a line's edges are no text (matching folds them)
    const norm = (x: string) => x.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n');
    expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toBe(norm(plainTextViaMicromark(t, 0, t.length)));
  });
});
