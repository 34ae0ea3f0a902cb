/** The plain projection: offsets stay aligned after a BOM, a nested unit's slice is not code, CRLF cuts give one line break. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { plainText, plainTextViaMicromark, project, projectStyled, projectStyledScratch } from '../../src/text/markup.js';

/** Spaces at a line's edges are no text (matching folds them). */
const norm = (x: string) => x.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n');

/** Each case's text reads as its expected text, by the fast paths and by micromark. */
function expectReadings(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [t, want] of cases) {
    expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toBe(want);
    expect(norm(plainTextViaMicromark(t, 0, t.length)), JSON.stringify(t)).toBe(want);
  }
}

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
  const piece = fc.constantFrom('a', 'b', 'đ', 'Ủy', ' ', ' ', '*', '**', '***', '_', '__', '.', ',', '(', ')', '“', '”', '1.', '- ', '\n', '\n\n', '\n- ', '\n1. ', '\n   ',
    // headings inside list items, and ordered items that may continue a paragraph instead
    '\n- ## ', '\n1. # ', '- - ## ', '\n2. ', '\n  ', '#', ' ##');
  propTest.prop([fc.array(piece, { minLength: 1, maxLength: 30 })], { numRuns: 3000 })('reads * and _ as micromark does', (parts) => {
    const t = parts.join('');
    // spaces at a line's edges are no text (matching folds them)
    expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toBe(norm(plainTextViaMicromark(t, 0, t.length)));
  });
});

describe('a heading line is an inline context of its own', () => {
  it('emphasis does not pair across a heading and the line after it (found by test/text/elision.test.ts, seed 320561399)', () => {
    // spaces at a line's edges are no text (matching folds them), as in the property above
    for (const t of ['\n### **a\n   a**', '# *a\nb*']) {
      expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toBe(norm(plainTextViaMicromark(t, 0, t.length)));
      expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toMatch(/\*/);
    }
  });
});

describe('an empty heading with a closing sequence', () => {
  it('reads as nothing (found by the property above with 20,000 runs: "# ##\\n\\na***")', () => {
    for (const t of ['# ##\n\na***', '## #\n*a*', '# ## \n*a*']) {
      expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toBe(norm(plainTextViaMicromark(t, 0, t.length)));
      expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).not.toMatch(/#/);
    }
  });
});

describe('a heading inside a list item is a heading', () => {
  // spaces at a line's edges are no text (matching folds them), as in the property above
  it('emphasis does not pair across the heading and the item\'s next line (left open by 6d15790)', () => {
    for (const t of ['- ## **x\n  y**', '- ## *x\n  y*', '1. ## **x\n   y**', '- # *x\ny*', '- - ## *x\n  y*', '-   ## *x\n  y*', '* ## *x\n  y*', '+ ## _x\n  y_', '1) # *x\n   y*', 'a\n- ## *x\n  y*', '- a\n - ## *x\n  y*', '  - ## *x\n   y*', '- ## *x ##\n  y*', '- ## *x\n\n  y*']) {
      expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toBe(norm(plainTextViaMicromark(t, 0, t.length)));
      expect(norm(plainText(t, 0, t.length)), JSON.stringify(t)).toMatch(/[*_]/);
    }
  });

  it('its markers and closing sequence are no text, with or without emphasis', () => {
    const cases: Array<[string, string]> = [
      ['- ## x', '- x'],
      ['- ## x\n  y', '- x\ny'],
      ['1. # x', '1. x'],
      ['- - ## x', '- - x'],
      ['- ## a #', '- a'],
      ['- ## *a* ##', '- a'],
      ['- ## a {#x}', '- a'],
      // an `{#id}` right after inline markup (a token starts at it): no text either
      ['- ## a *b* {#z}', '- a b'],
      ['## a *b* {#z}', 'a b'],
      ['## a `c` {#x}', 'a c'],
      ['## a **b**{#x}', 'a b'],
      ['- ##', '-'],
      ['- ##\n  *y*', '-\ny'],
      ['*a\n- ## x*', '*a\n- x*'],
    ];
    expectReadings(cases);
  });

  it('is not one where CommonMark reads no heading: seven #, no space after #, an item that is a paragraph\'s continuation', () => {
    const cases: Array<[string, string]> = [
      ['- ####### *x\n  y*', '- ####### x\ny'],
      ['- ##*x\n  y*', '- ##x\ny'],
      ['a\n2. ## *x\n   y*', 'a\n2. ## x\ny'],
    ];
    expectReadings(cases);
  });
});

describe('an ordered item other than 1 does not interrupt a paragraph', () => {
  it('so emphasis pairs across it where it continues the paragraph, and not where it opens an item', () => {
    const cases: Array<[string, string]> = [
      // a paragraph's continuation: CommonMark lets only `1.` / `1)` interrupt a paragraph
      ['*a\n2. b*', 'a\n2. b'],
      ['*a\n10. b*', 'a\n10. b'],
      ['*a\n01. b*', 'a\n01. b'],
      ['*a\n   b\n2. c*', 'a\nb\n2. c'],
      ['- *a\n  2. b*', '- a\n2. b'],
      ['  *a\n2. b*', 'a\n2. b'],
      ['1. a\n\n  *b\n2. c*', '1. a\n\nb\n2. c'],
      // an item: the paragraph's item is not continued, so the list goes on
      ['- *a\n2. b*', '- *a\n2. b*'],
      ['- - *a\n  2. b*', '- - *a\n2. b*'],
      ['1. *a\n   b\n2. c*', '1. *a\nb\n2. c*'],
      ['1. *a\nb\n2. c*', '1. *a\nb\n2. c*'],
      ['1. a\n\n   *b\n2. c*', '1. a\n\n*b\n2. c*'],
      ['- *a\n  b\n 2. c*', '- *a\nb\n2. c*'],
      ['*a\n1) b*', '*a\n1) b*'],
    ];
    expectReadings(cases);
  });
});

describe('styled projection without the tokenizer (exports)', () => {
  // the export's projection must be exact: text, offsets and styles, whitespace included
  const piece = fc.constantFrom('a', 'b', 'đ', 'Ủy', ' ', ' ', '  ', '*', '**', '***', '_', '__', '.', ',', '(', ')', '“', '”', '1.', '- ', '\n', '\n\n', '\n- ', '\n1. ', '\n   ', '\r\n', ' \n', '\n## ', 'a) ', '- #', '#', '\u00a0', '\n   a) ', '\n    ', '    ', '\t', '\n- ## ', '\n1. # ', '- - ## ', '\n2. ', '\n  ');
  const view = (t: string, via?: 'micromark') => {
    const p = projectStyled(t, 0, t.length, via);
    return { text: p.text.text, starts: [...p.text.starts], ends: [...p.text.ends], styles: [...p.styles] };
  };
  propTest.prop([fc.array(piece, { minLength: 1, maxLength: 30 })], { numRuns: 3000 })('gives micromark\'s text, offsets and styles', (parts) => {
    const t = parts.join('');
    const v = view(t);
    expect(v, JSON.stringify(t)).toEqual(view(t, 'micromark'));
    // the export's reading (views into reused buffers) is the same projection
    const s = projectStyledScratch(t, 0, t.length);
    expect({ text: s.text, starts: [...s.starts], styles: [...s.styles] }).toEqual({ text: v.text, starts: v.starts, styles: v.styles });
  });

  propTest.prop([fc.array(piece, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat()], { numRuns: 2000 })('on a slice from a line start to a line end, as an export reads a paragraph', (parts, x, y) => {
    const t = parts.join('');
    const starts = [0, ...[...t.matchAll(/\n/g)].map((m) => m.index + 1)];
    const a = starts[x % starts.length]!;
    const ends = [t.length, ...[...t.slice(a).matchAll(/\r?\n/g)].map((m) => a + m.index)];
    const b = ends[y % ends.length]!;
    fc.pre(b > a);
    const v = (via?: 'micromark') => {
      const p = projectStyled(t, a, b, via);
      return { text: p.text.text, starts: [...p.text.starts], ends: [...p.text.ends], styles: [...p.styles] };
    };
    expect(v(), JSON.stringify([t, a, b])).toEqual(v('micromark'));
  });

  it('reads the generated clauses as micromark does', () => {
    // "\n-     a***": an item whose content is indented code (found by the property above)
    for (const t of ['\n-     a***', '- a\n      *b*', '1.     *x*', '   a) Giám hiện quy thuận **cán**;\n', '**Điều 1. Tên**\n\nNội *dung* ***đậm nghiêng*** và __gạch__\n', '1. **a\nb** c\n', '*a **b** c*\n', '**a*b**c*\n', '- ## **x\n  y**', '- ## x', '*a\n2. b*', '- *a\n  2. b*', '- *a\n2. b*', '1. a\n\n  *b\n2. c*']) {
      expect(view(t), JSON.stringify(t)).toEqual(view(t, 'micromark'));
    }
  });
});
