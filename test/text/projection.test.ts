/** The plain projection: offsets stay aligned after a BOM, a nested unit's slice is not code, CRLF cuts give one line break. */
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { plainText, project } from '../../src/text/markup.js';

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
