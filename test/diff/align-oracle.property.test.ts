/**
 * The alignment works on index arrays (src/diff/align.ts, branch issue-13p); the Map-based one it
 * replaced is kept verbatim in test/diff/reference/align.ts as its oracle. For generated pairs of
 * versions — edited words, clauses moved between articles, articles swapped, units deleted,
 * inserted, duplicated (so that hashes repeat) and renumbered — and for the real texts, both give
 * the same pairs and the same moved units, and the comparison read off them (src/diff/compare.ts,
 * on indices too) is the one read off the Map-based alignment (test/diff/reference/compare.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { RegulationDocument } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { align, rarest } from '../../src/diff/align.js';
import { align as referenceAlign } from './reference/align.js';
import { diffDocuments, findingData } from '../../src/diff/compare.js';
import { diffDocuments as referenceDiff, findingData as referenceData } from './reference/compare.js';
import { FIXTURES, HAS_SHARED, TEXTS } from '../helpers/paths.js';

const VOCAB = 'cán bộ đảng viên thực hiện nhiệm vụ quyền hạn tổ chức ban chấp hành tỉnh huyện kiểm tra giám sát lãnh đạo chỉ đạo công tác'.split(' ');
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e'];

interface Point {
  words: number[];
}
interface Clause {
  words: number[];
  points: Point[];
}
interface Article {
  title: number[];
  clauses: Clause[];
}

const wordsArb = fc.array(fc.nat({ max: VOCAB.length - 1 }), { minLength: 0, maxLength: 8 });
const docArb: fc.Arbitrary<Article[]> = fc.array(
  fc.record({
    title: fc.array(fc.nat({ max: VOCAB.length - 1 }), { minLength: 1, maxLength: 3 }),
    clauses: fc.array(fc.record({ words: wordsArb, points: fc.array(fc.record({ words: wordsArb }), { maxLength: 3 }) }), { minLength: 0, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 6 },
);

type Edit = { kind: 'words' | 'move-clause' | 'swap' | 'delete' | 'insert' | 'duplicate' | 'drop-article'; a: number; b: number; w: number[] };
const editsArb: fc.Arbitrary<Edit[]> = fc.array(
  fc.record({ kind: fc.constantFrom<Edit['kind']>('words', 'move-clause', 'swap', 'delete', 'insert', 'duplicate', 'drop-article'), a: fc.nat(), b: fc.nat(), w: wordsArb }),
  { maxLength: 6 },
);

function edit(doc: Article[], edits: Edit[]): Article[] {
  const d: Article[] = structuredClone(doc);
  for (const e of edits) {
    if (d.length === 0) break;
    const art = d[e.a % d.length]!;
    const other = d[e.b % d.length]!;
    switch (e.kind) {
      case 'words':
        if (art.clauses.length) art.clauses[e.b % art.clauses.length]!.words = e.w;
        else art.title = e.w.length ? e.w : [0];
        break;
      case 'move-clause':
        if (art.clauses.length) other.clauses.splice(e.w.length % (other.clauses.length + 1), 0, ...art.clauses.splice(e.b % art.clauses.length, 1));
        break;
      case 'swap': {
        const i = e.a % d.length;
        const k = e.b % d.length;
        [d[i], d[k]] = [d[k]!, d[i]!];
        break;
      }
      case 'delete':
        if (art.clauses.length) art.clauses.splice(e.b % art.clauses.length, 1);
        break;
      case 'insert':
        art.clauses.splice(e.b % (art.clauses.length + 1), 0, { words: e.w, points: [] });
        break;
      case 'duplicate':
        if (art.clauses.length) art.clauses.push(structuredClone(art.clauses[e.b % art.clauses.length]!));
        break;
      case 'drop-article':
        d.splice(e.a % d.length, 1);
        break;
    }
  }
  return d;
}

function render(doc: Article[]): string {
  const w = (xs: number[]): string => xs.map((x) => VOCAB[x]).join(' ');
  const lines = ['---', 'number: 05-QC/VD', '---', '', '# QUY CHẾ', ''];
  doc.forEach((a, i) => {
    lines.push(`### Điều ${i + 1}. ${w(a.title)}`, '');
    a.clauses.forEach((c, k) => {
      lines.push(`${k + 1}. ${w(c.words)}${c.points.length ? ':' : '.'}`, '');
      c.points.forEach((p, m) => lines.push(`   ${LETTERS[m]}) ${w(p.words)};`, ''));
    });
  });
  return lines.join('\n');
}

/** Both alignments as data: the pairs by index in `all`, and the moved new units. */
function compare(a: RegulationDocument, b: RegulationDocument): void {
  const ref = referenceAlign(a, b);
  const got = align(a, b);
  const refPairs = a.all.map((u) => {
    const v = ref.toNew.get(u);
    return v ? b.all.indexOf(v) : -1;
  });
  expect([...got.oldToNew]).toEqual(refPairs);
  expect([...got.newToOld]).toEqual(b.all.map((v) => {
    const u = ref.toOld.get(v);
    return u ? a.all.indexOf(u) : -1;
  }));
  expect([...got.movedNew]).toEqual(b.all.map((v) => (ref.moved.has(v) ? 1 : 0)));
  // the unit views agree with the arrays
  for (const u of a.all) expect(got.toNew.get(u)).toBe(ref.toNew.get(u));
  for (const v of b.all) expect(got.moved.has(v)).toBe(ref.moved.has(v));
  // and the comparison read off them is the comparison as it was (findings, hunks, summary)
  const d = diffDocuments(a, b);
  const r = referenceDiff(a, b);
  expect(JSON.stringify(d.findings.map(findingData))).toBe(JSON.stringify(r.findings.map(referenceData)));
  expect(JSON.stringify(d.hunks)).toBe(JSON.stringify(r.hunks));
  expect(d.summary).toEqual(r.summary);
  expect(d.meta).toEqual(r.meta);
}

describe('the index-based alignment is the Map-based one', () => {
  propTest.prop([docArb, editsArb], { numRuns: 200 })('generated versions and edits', (doc, edits) => {
    const a = parseRegulation('old.md', render(doc));
    const b = parseRegulation('new.md', render(edit(doc, edits)));
    compare(a, b);
    compare(b, a);
  });

  it('the diff fixtures', () => {
    for (const name of ['move', 'renumber']) {
      const dir = join(FIXTURES, 'diff', name);
      compare(parseRegulation('old.md', readFileSync(join(dir, 'old.md'), 'utf8')), parseRegulation('new.md', readFileSync(join(dir, 'new.md'), 'utf8')));
    }
  });

  it.skipIf(!HAS_SHARED)('the BHYT base against the official consolidation', () => {
    const texts = join(TEXTS, 'bhyt');
    const base = parseRegulation('base.md', readFileSync(join(texts, 'base.md'), 'utf8'));
    const witness = parseRegulation('witness.md', readFileSync(join(texts, 'witness.md'), 'utf8'));
    compare(base, witness);
    compare(witness, base);
  });
});

describe('the rarest probes by selection', () => {
  propTest.prop([fc.uniqueArray(fc.stringMatching(/^[a-c]{1,2}( [a-c]{1,2})?$/), { maxLength: 30 }), fc.array(fc.nat({ max: 4 }), { minLength: 30, maxLength: 30 })])(
    'are the first of each kind after sorting them all',
    (grams, freqs) => {
      const df = new Map(grams.map((g, k) => [g, freqs[k]!]));
      const sorted = [...grams].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1));
      const expected = [...sorted.filter((g) => !g.includes(' ')).slice(0, 3), ...sorted.filter((g) => g.includes(' ')).slice(0, 3)];
      expect(rarest(grams, df)).toEqual(expected);
    },
  );
});
