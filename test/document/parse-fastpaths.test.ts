/** The per-line fast paths of the parse (src/document/parse.ts) against what they replace. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/document/model.js';
import { opensQuote, parseRegulation, parseUnits } from '../../src/document/parse.js';
import { parentsInOrder } from '../../src/document/sequence.js';
import { lineContentStart } from '../../src/text/markup.js';
import { SourceText } from '../../src/text/source.js';
import { FIXTURES, HAS_SHARED, TEXTS } from '../helpers/paths.js';

/** lineContentStart as it was, by its regular expressions alone (its fast path's oracle). */
function referenceContentStart(source: string, lineStart: number, lineEnd: number): { start: number; heading: boolean } {
  let p = lineStart;
  const q = /^[ \t]*(?:>[ \t]?)+/.exec(source.slice(lineStart, lineEnd));
  if (q) p += q[0].length;
  while (p < lineEnd && (source.charCodeAt(p) === 0x20 || source.charCodeAt(p) === 0x09)) p++;
  const h = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(source.slice(p, lineEnd));
  if (h) return { start: p + h[0].length, heading: true };
  return { start: p, heading: false };
}

const chars = fc.constantFrom(' ', '  ', '\t', '>', '> ', '#', '##', '# ', '*', '_', '**', '“', '"', '«', '„', '”', 'a', 'Điều', '1.', '-', '\r');
const lineArb = fc.array(chars, { maxLength: 10 }).map((xs) => xs.join(''));

describe('parse fast paths', () => {
  propTest.prop([lineArb, lineArb, lineArb], { numRuns: 3000 })('lineContentStart is its regular expressions, opensQuote the regular expression', (pre, line, post) => {
    const text = `${pre}\n${line}\n${post}`;
    const ls = pre.length + 1;
    const le = ls + line.length;
    expect(lineContentStart(text, ls, le)).toEqual(referenceContentStart(text, ls, le));
    const cs = lineContentStart(text, ls, le).start;
    expect(opensQuote(text, cs, le)).toBe(/^[“"«„]/.test(text.slice(cs, le).replace(/^[*_]+/, '')));
  });
});

// the parse reads the block layer chunk by chunk; read whole, as it was, it gives the same tree

const tree = (us: readonly Unit[]): unknown => us.map(({ parent: _p, children, ...rest }) => ({ ...rest, children: tree(children) }));
function sameBothWays(path: string, text: string): void {
  const doc = parseRegulation(path, text);
  const at = new Map(doc.all.map((u, i) => [u, i]));
  const ids = (ps: Array<Unit | null>): number[] => ps.map((p) => (p ? at.get(p)! : -1));
  expect(ids(parentsInOrder(doc.all))).toEqual(ids([...new Set(doc.all.map((u) => u.parent))]));
  const src = new SourceText(path, text);
  const a = parseUnits(src, 0, text.length);
  const b = parseUnits(src, 0, text.length, {}, { wholeBlocks: true });
  expect(tree(a.units)).toEqual(tree(b.units));
  expect(a.diagnostics).toEqual(b.diagnostics);
}

const piece = fc.constantFrom(
  '### Điều 1. Tên', 'Điều 2. Tên', '**Điều 3.** Tên', '## Chương I', 'Chương II', 'NHỮNG QUY ĐỊNH CHUNG', 'Mục 1. Tên', '1. Khoản', '2. Khoản “Điều 7a. trích', 'dẫn” xong',
  '   a) điểm', '   b) điểm "mở', 'đóng" x', '- gạch', '  + cộng', '```', '~~~', '<div>', '</div>', '<!-- chú', '-->', '> trích Điều 9. x', '| a | b |', '|---|---|',
  '    mã thụt', '[^1]: chú thích', '***', 'Điều 4 của Luật này', '3. tiếp theo,', '', '', '',
);

describe('the parse chunk by chunk is the parse of the whole block reading (and the numbering check visits the parents as a set of them gave)', () => {
  propTest.prop([fc.array(piece, { maxLength: 40 })], { numRuns: 1500 })('generated documents', (lines) => {
    sameBothWays('x.md', `${lines.join('\n')}\n`);
  });
  it('the Markdown fixtures and the real texts', () => {
    let n = 0;
    for (const d of readdirSync(join(FIXTURES, 'markdown'))) {
      for (const f of readdirSync(join(FIXTURES, 'markdown', d)).filter((x) => x.endsWith('.md'))) {
        sameBothWays(f, readFileSync(join(FIXTURES, 'markdown', d, f), 'utf8'));
        n++;
      }
    }
    if (HAS_SHARED && existsSync(TEXTS)) {
      for (const f of ['bhyt/base.md', 'bhyt/witness.md', ...readdirSync(TEXTS).filter((x) => x.endsWith('.txt'))]) {
        // the .txt files read as Markdown too (a gazette text is full of what Markdown reads as structure)
        sameBothWays(f.replace(/\.txt$/, '.md'), readFileSync(join(TEXTS, f), 'utf8'));
        n++;
      }
    }
    expect(n).toBeGreaterThan(5);
  });
});
