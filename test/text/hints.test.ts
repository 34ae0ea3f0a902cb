import { describe, expect, it } from 'vitest';
import { closestHint } from '../../src/diagnostics/hints.js';
import { Haystack } from '../../src/text/haystack.js';
import { project } from '../../src/text/markup.js';
import { matchKey } from '../../src/text/normalize.js';

function hay(source: string): Haystack {
  return new Haystack([{ key: matchKey(project(source, 0, source.length)), source }]);
}

describe('closest-passage hints', () => {
  it('show the passage as written (tone placement, emphasis, line breaks), not the matching key', () => {
    const source = 'Chuẩn bị nhân sự để **Tỉnh ủy** xem xét,\nđề nghị Bộ Chính trị, Ban Bí thư cho ý kiến';
    const h = closestHint('Chuẩn bị nhân sự để nghị Bộ Chính trị, Ban Bí thư cho ý kiến', hay(source));
    expect(h?.args?.passage).toBe('Chuẩn bị nhân sự để Tỉnh ủy xem xét, đề nghị Bộ Chính trị, Ban Bí thư cho ý kiến');
    expect(h?.args?.diff).toBe('Chuẩn bị nhân sự để {+Tỉnh ủy xem xét, đề +}nghị Bộ Chính trị, Ban Bí thư cho ý kiến');
  });

  it('never show a difference of normalisation alone; deleted words appear as the needle wrote them', () => {
    // the needle writes the old tone placement (uỷ) and NFD; the document the new one (ủy)
    const needle = 'Ủy viên UBKT Tỉnh uỷ khoá XIV'.normalize('NFD');
    const h = closestHint(needle, hay('Ủy viên UBKT Tỉnh ủy khóa XV'));
    expect(h?.args?.diff).toBe('Ủy viên UBKT Tỉnh ủy khóa [-XIV-]{+XV+}');
  });

  it('join the parts of a scope with one space', () => {
    const a = 'Điều 1. Phạm vi';
    const b = 'Quy chế này quy định';
    const h = new Haystack([
      { key: matchKey(project(a, 0, a.length)), source: a },
      { key: matchKey(project(b, 0, b.length)), source: b },
    ]);
    expect(h.text).toBe('Điều 1. Phạm vi Quy chế này quy định');
    expect(h.original(8, 23)).toBe('Phạm vi Quy chế');
  });
});
