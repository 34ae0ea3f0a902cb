/**
 * The Markdown block layer: the plain-subset reader agrees with micromark (remark's tokenizer)
 * line for line, and the parser reads Markdown-shaped documents — lists with any marker and
 * nesting, quotes, emphasis, entities, tables, footnotes, code — without throwing, without
 * altering a byte, and with a structure that depends on the labels and the nesting only.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readBlocks, type BlockLine } from '../../src/markdown/blocks.js';
import type { Unit } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { checkRanges } from '../helpers/ranges.js';

const view = (ls: readonly BlockLine[]) => ls.map((l) => `${l.start}:${l.kind}${l.first ? '^' : ''}${l.item !== undefined ? `#${l.item}` : ''}${l.parentItem !== undefined ? `<${l.parentItem}` : ''}`);

// lines of the plain subset: indentation, list markers, ATX headings, emphasis, labels
const plainLine = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom('', ' ', '  ', '   ', '    ', '      '),
        fc.constantFrom('', '- ', '* ', '+ ', '1. ', '2. ', '3) ', '10. ', '-  ', '1.  ', '## ', 'a) ', 'đ) ', '1.1. ', '[^1]: ', '[^ab]:', '[^1] ', '[x]: ', '[^]: ', '[', '- [^2]: '),
        fc.constantFrom('Nội dung', '**Đậm** chữ', '_nghiêng_ và *x*', 'Điều 5. Tên', 'khoản 2 Điều 5', '2. số', 'a) điểm', 'chú thích[^3]', '[^3] chú', '[liên kết](https://x.vn) x', '[^2]: trong', 'ngoặc] x', '[^4]:', '- gạch', '1. một'),
      )
      .map(([i, m, t]) => `${i}${m}${t}`),
  },
);

describe('block layer', () => {
  propTest.prop([fc.array(plainLine, { minLength: 1, maxLength: 14 })], { numRuns: 2000 })('the plain reader reads as micromark does, line for line', (lines) => {
    const text = `${lines.join('\n')}\n`;
    // both cut the text into the same chunks; the plain reader takes those it can read
    expect(view(readBlocks(text, 0, text.length))).toEqual(view(readBlocks(text, 0, text.length, { micromarkOnly: true })));
  });

  it('reads nesting, containers and asides as remark does', () => {
    const text = '2. Về kinh tế:\n   1. a\n   4. b\n\n> Điều 5. Trích\n\n    mã\n\n| a |\n|---|\n\n[^1]: chú thích\n';
    const ls = readBlocks(text, 0, text.length);
    expect(ls.map((l) => l.kind)).toEqual(['text', 'text', 'text', 'blank', 'container', 'blank', 'container', 'blank', 'container', 'container', 'blank', 'aside']);
    expect(ls[1]!.parentItem).toBe(0);
    expect(ls[2]!.parentItem).toBe(0);
  });

  it('reads the plain reader\'s edge cases as micromark does', () => {
    const footnotes = ['[^1]: a\n[^2]: b\n', '[^1]: a\nlazy\n\n    ind\n\nc\n', '- x\n[^1]: a\n- y\n', '[^1]: a\n2. b\n', '[^1]: a\n\n2. b\n', 'a\n[^1]: b\n', '1. [^1] x\n', '  [^1]: a\n   b\n', '- a\n  [^1]: b\n', '[a] b\n[c]: d\n', '1. [^1]: x\n', '[^1]: a\n   - b\n', '[^1]: *a\nb*\n', '[^a\u00a0b]: x\n', `[^${'x'.repeat(999)}]: a\n`, `[^${'x'.repeat(1000)}]: a\n`];
    for (const text of ['- ***\n', '* ---\nx\n', '1. ---\n', 'a\n\u00a0\nb\n', '- a\n\u3000\n', 'a\n01. b\n', '10. 2. số\nNội dung\n', ...footnotes]) {
      expect(view(readBlocks(text, 0, text.length)), JSON.stringify(text)).toEqual(view(readBlocks(text, 0, text.length, { micromarkOnly: true })));
    }
  });

  it('an unclosed fence holds everything after it, read once; a fence closed chunks later ends there', () => {
    const arts = Array.from({ length: 300 }, (_, i) => `Điều ${i + 2}. Nội dung điều ${i + 2}.`).join('\n\n');
    const open = parseRegulation('a.md', `Điều 1. A\n\n\`\`\`\n${arts}\n`);
    expect(open.all.map((u) => u.anchor)).toEqual(['dieu-1']);
    const closed = parseRegulation('a.md', `Điều 1. A\n\n\`\`\`\nĐiều 2. Trong mã\n\nĐiều 3. Trong mã\n\`\`\`\n\nĐiều 2. Sau mã\n\n<!--\nĐiều 3. Trong chú thích\n\nĐiều 3. Vẫn trong\n-->\n\nĐiều 3. Sau chú thích\n`);
    expect(closed.all.map((u) => `${u.anchor} ${u.heading}`)).toEqual(['dieu-1 A', 'dieu-2 Sau mã', 'dieu-3 Sau chú thích']);
  });

  it('merges a chunk that ends inside an open fence with the next one', () => {
    const text = '### Điều 1. A\n\n```\n### Điều 2. Trong mã\n```\n\n### Điều 3. B\n';
    const doc = parseRegulation('a.md', text);
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1', 'dieu-3']);
  });
});

// ── Markdown-shaped documents ─────────────────────────────────────────────────
interface Spec {
  articles: Array<{ clauses: Array<{ points: number; extra: number }> }>;
  footnotes: boolean;
}
const specArb: fc.Arbitrary<Spec> = fc.record({
  articles: fc.array(fc.record({ clauses: fc.array(fc.record({ points: fc.integer({ min: 0, max: 3 }), extra: fc.integer({ min: 0, max: 5 }) }), { maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  footnotes: fc.boolean(),
});
interface Style {
  heading: string;
  pointMarker: string;
  pointIndent: string;
  emphasis: string;
  blank: boolean;
  crlf: boolean;
}
const styleArb: fc.Arbitrary<Style> = fc.record({
  heading: fc.constantFrom('## ', '### ', '#### '),
  pointMarker: fc.constantFrom('', '- ', '* ', '+ '),
  pointIndent: fc.constantFrom('', '   '),
  emphasis: fc.constantFrom('', '**', '_'),
  blank: fc.boolean(),
  crlf: fc.boolean(),
});
const LETTERS = ['a', 'b', 'c', 'd'];
// containers and inline Markdown that sit inside a clause and are never structure
const EXTRAS = [
  (e: string) => `> Điều 99. Trích dẫn ${e}không${e} phải cấu trúc\n> 1. Khoản trích`,
  () => '| Số | Nội dung |\n|----|----|\n| 1. | ô &amp; bảng |',
  () => '```\n2. mã\n```',
  (e: string) => `Ghi chú: ${e}đậm${e} &copy; \\* <https://vbpl.vn> [liên kết](https://x.vn/a_(b))`,
  () => '<!-- 3. chú thích -->',
  () => '* * *',
];

function render(spec: Spec, s: Style): string {
  const sep = s.blank ? '\n\n' : '\n';
  const blocks: string[] = ['---\nnumber: 03-QC/TU\n---', '# QUY CHẾ'];
  spec.articles.forEach((a, i) => {
    blocks.push(`${s.heading}Điều ${i + 1}. Tên ${s.emphasis}điều${s.emphasis}`);
    a.clauses.forEach((c, k) => {
      blocks.push(`${k + 1}. Khoản ${k + 1} có ${s.emphasis}nội dung${s.emphasis}${spec.footnotes && k === 0 ? `[^${i + 1}]` : ''}:`);
      for (let p = 0; p < c.points; p++) blocks.push(`${s.pointIndent}${s.pointMarker}${LETTERS[p]}) điểm “${p}” &amp; hòa;`);
      if (c.extra > 0) blocks.push(EXTRAS[c.extra]!(s.emphasis || '*'));
    });
  });
  let text = blocks.join(sep).replace(/\n(?=```|> |\||<!--|\* \* \*)/g, '\n\n');
  if (spec.footnotes) text += `\n\n${spec.articles.map((_, i) => `[^${i + 1}]: 5. Chú thích ${i + 1}, không phải khoản.`).join('\n')}`;
  text += '\n';
  return s.crlf ? text.replace(/\n/g, '\r\n') : text;
}

function shape(units: readonly Unit[]): string[] {
  const out: string[] = [];
  const walk = (us: readonly Unit[]): void => {
    for (const u of us) {
      if (u.kind !== 'intro') out.push(u.anchor);
      walk(u.children);
    }
  };
  walk(units);
  return out;
}

function expected(spec: Spec): string[] {
  const out: string[] = [];
  spec.articles.forEach((a, i) => {
    out.push(`dieu-${i + 1}`);
    a.clauses.forEach((c, k) => {
      out.push(`dieu-${i + 1}.khoan-${k + 1}`);
      for (let p = 0; p < c.points; p++) out.push(`dieu-${i + 1}.khoan-${k + 1}.diem-${LETTERS[p]}`);
    });
  });
  return out;
}


describe('Markdown-shaped documents', () => {
  propTest.prop([specArb, styleArb, styleArb], { numRuns: 150 })(
    'never throw, never alter a byte, and give the structure of the labels whatever the Markdown style',
    (spec, s1, s2) => {
      for (const s of [s1, s2]) {
        const text = render(spec, s);
        const copy = `${text}`;
        const doc = parseRegulation('a.md', text);
        expect(doc.source.text).toBe(copy);
        checkRanges(text, doc.units, doc.bodyStart, text.length);
        expect(shape(doc.units), text).toEqual(expected(spec));
        // a footnote definition is never inside a unit
        for (const u of doc.all) expect(text.slice(u.start, u.end)).not.toMatch(/^\[\^\d+\]:/m);
      }
    },
  );
});
