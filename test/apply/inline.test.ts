/**
 * Phrase edits applied in place (issue 16: many phrase changes on one unit stay linear): an edit
 * inside a line of a body unit moves the units instead of parsing the chunk again, and patches the
 * matching keys kept for its segments. Whatever the edits, the working document must be the one
 * built afresh from its text: the same units at the same offsets, the same keys with the same
 * source maps. Times are measured by `npm run bench`, never here.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SegmentKey } from '../../src/apply/keycache.js';
import { segmentKey } from '../../src/apply/phrase.js';
import { Rope } from '../../src/apply/rope.js';
import { WorkingDocument } from '../../src/apply/working.js';
import { piecesConsistent, treeConsistent } from './invariants.js';
import type { Unit } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';

const FRONT = '---\nnumber: 99-QC/TU\ntype: Quy chế\ntitle: Thử\n---\n\n';
const WORDS = ['cơ', 'quan', 'hòa', 'giải', 'thủy', 'lợi', 'khỏe', 'Tỉnh', 'ủy', 'quý', 'hoàng', 'số', '12', 'a1', 'kết', 'quả'];
const PUNCT = ['', '', '', ',', ';', ' -', ' (x)', ':'];

/** A body line of words, punctuation and, now and then, a double space, NBSP or emphasis. */
const lineArb = (emphasis: boolean): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.constantFrom(' ', ' ', ' ', '  ', '\u00a0')), { minLength: 6, maxLength: 40 }).map((ws) => {
    let out = ws.map(([w, p, sp]) => w + p + sp).join('').trimEnd();
    if (emphasis) out = out.replace(/quan/, '**quan**');
    return `${out}.`;
  });

const docArb = fc.array(fc.tuple(fc.array(lineArb(false), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 4 }).map((clauses) => {
  let out = `${FRONT}### Điều 1. Thử nghiệm\n\n`;
  clauses.forEach(([lines, emph, points], k) => {
    out += `${k + 1}. Khoản thứ ${k + 1} gồm những nội dung sau đây: ${lines.join('\n')}${emph ? ' **đậm**' : ''}\n\n`;
    for (let p = 0; p < points; p++) out += `   ${'ab'[p]}) Điểm ${'ab'[p]} có nội dung quy định cụ thể về ${WORDS[(k + p) % WORDS.length]} và hòa giải.\n\n`;
  });
  return `${out}### Điều 2. Khác\n\n1. Khoản một.\n`;
});

const editArb = fc.tuple(fc.nat(10_000), fc.nat(3), fc.constantFrom(...WORDS), fc.constantFrom('', ' mới', ' định kỳ', ', sau đó')).map(([at, kind, word, tail]) => ({ at, kind, word, tail }));

function units(w: WorkingDocument): string {
  const out: string[] = [];
  for (const [i, c] of w.chunks.entries()) {
    const visit = (u: Unit): void => {
      out.push(`${i}:${u.kind}:${u.label}:${u.number}:${u.heading ?? ''}:${u.start}-${u.end}:${u.labelStart}-${u.labelEnd}:${u.bodyStart}:${u.ownEnd}:${u.headingStart ?? ''}-${u.headingEnd ?? ''}`);
      u.children.forEach(visit);
    };
    for (const r of c.roots) {
      out.push(`${i}:${r.kind}:${r.label}:${r.number}:${r.heading ?? ''}:${r.start}-${r.end}:${r.labelStart}-${r.labelEnd}:${r.bodyStart}:${r.ownEnd}:${r.headingStart ?? ''}-${r.headingEnd ?? ''}`);
      for (let k = 0; k < (c.own.get(r) ?? 0); k++) visit(r.children[k]!);
    }
  }
  return out.join('\n');
}

function bodyUnits(w: WorkingDocument): Unit[] {
  const out: Unit[] = [];
  const visit = (us: readonly Unit[]): void => {
    for (const u of us) {
      if (u.kind === 'khoan' || u.kind === 'diem') out.push(u);
      visit(u.children);
    }
  };
  visit(w.tree().units);
  return out;
}

const by = { patch: 0, change: 0 };

let inlineSeen = 0;
let editsSeen = 0;

describe('inline edits', () => {
  propTest.prop([docArb, fc.array(editArb, { minLength: 1, maxLength: 25 })], { numRuns: 150, seed: 1016 })(
    'leave the working document as the one built afresh from its text: units, pieces, keys',
    (text, edits) => {
      const w = new WorkingDocument(parseRegulation('t.md', text));
      let expected = text.slice(w.prefix.length);
      for (const u of bodyUnits(w)) for (const seg of w.spans(u)) segmentKey(seg);
      for (const [n, e] of edits.entries()) {
        const targets = bodyUnits(w);
        const u = targets[e.at % targets.length]!;
        const [seg] = w.spans(u);
        const key = segmentKey(seg!);
        // a word of the unit, found on its key (as a phrase change finds it)
        const i = key.find(e.word, e.at % Math.max(1, key.length));
        const j = i >= 0 ? i : key.find(e.word, 0);
        if (j < 0) continue;
        const s = key.startAt(j);
        const end = key.endAt(j + e.word.length - 1);
        const chunk = seg!.chunk;
        const edit = e.kind === 0 ? { start: s, end, text: `${e.word}${e.tail}` } : e.kind === 1 ? { start: end, end, text: ` thêm${n}` } : e.kind === 2 ? { start: s, end, text: `mới${n}` } : { start: Math.max(0, s - 1), end, text: '' };
        const offset = w.chunks.slice(0, w.chunks.indexOf(chunk)).reduce((k, c) => k + c.text.length, 0);
        expected = expected.slice(0, offset + edit.start) + edit.text + expected.slice(offset + edit.end);
        w.applyEdits([{ range: [{ chunk, offset: edit.start }, { chunk, offset: edit.end }], text: edit.text }], by);
        editsSeen++;
        expect(w.text()).toBe(w.prefix + expected);
        expect(piecesConsistent(w)).toBe(true);
        const fresh = new WorkingDocument(parseRegulation('t.md', w.text()));
        expect(units(w)).toBe(units(fresh));
        const tree = treeConsistent(w);
        expect(tree.kept).toBe(tree.fresh);
        for (const x of bodyUnits(w)) {
          for (const sg of w.spans(x)) {
            const kept = segmentKey(sg);
            const again = new SegmentKey(sg.chunk.text, sg.start, sg.end);
            expect(kept.text).toBe(again.text);
            expect(Array.from(kept.flat().starts)).toEqual(Array.from(again.flat().starts));
            expect(Array.from(kept.flat().ends)).toEqual(Array.from(again.flat().ends));
          }
        }
      }
      inlineSeen += w.stats.inline;
    },
  );

  it('(the property above exercised both paths: most edits in place, some parsed again)', () => {
    expect(inlineSeen).toBeGreaterThan(editsSeen / 3);
    expect(inlineSeen).toBeLessThan(editsSeen);
  });

  it('a khoản of 3,000 words edited word by word keeps its key patched, never computed again', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `tu${i}x`);
    const text = `${FRONT}### Điều 1. Thử\n\n1. Khoản gồm những nội dung sau đây: ${words.join(' ')}.\n\n2. Khoản hai.\n`;
    const w = new WorkingDocument(parseRegulation('t.md', text));
    const khoan = bodyUnits(w)[0]!;
    const first = segmentKey(w.spans(khoan)[0]!);
    for (let i = 0; i < 3000; i += 7) {
      const u = w.anchor('dieu-1.khoan-1')!;
      const seg = w.spans(u)[0]!;
      const key = segmentKey(seg);
      expect(key).toBe(first);
      const at = key.find(`tu${i}x`, 0);
      w.applyEdits([{ range: [{ chunk: seg.chunk, offset: key.startAt(at) }, { chunk: seg.chunk, offset: key.endAt(at + `tu${i}x`.length - 1) }], text: `moi${i}y` }], by);
    }
    expect(w.stats.inline).toBe(Math.ceil(3000 / 7));
    const u = w.anchor('dieu-1.khoan-1')!;
    const again = new SegmentKey(w.chunkOf(u).text, u.start, u.end);
    expect(first.text).toBe(again.text);
    expect(Array.from(first.flat().starts)).toEqual(Array.from(again.flat().starts));
  });
});

describe('a heading inside a list item', () => {
  /** One word far into the line of the bullet (or article) at `line`, replaced: the path taken
   *  (in place or parsed again) and whether the result is the document built afresh. */
  const edit = (line: string): number => {
    const text = `${FRONT}### Điều 1. Thử\n\n1. Khoản một.\n\n${line}\n\n2. Khoản hai.\n`;
    const w = new WorkingDocument(parseRegulation('t.md', text));
    const chunk = w.chunks.find((c) => c.text.includes(line))!;
    const s = chunk.text.indexOf('cuối');
    w.applyEdits([{ range: [{ chunk, offset: s }, { chunk, offset: s + 'cuối'.length }], text: 'sau' }], by);
    const fresh = new WorkingDocument(parseRegulation('t.md', w.text()));
    expect(units(w)).toBe(units(fresh));
    expect(w.text()).toBe(text.replace('cuối', 'sau'));
    return w.stats.inline;
  };

  it('is a heading line: an edit on it parses the chunk again, as on `## …`; a bullet of text is edited in place', () => {
    const words = 'có nội dung rất dài để vượt quá tầm của nhãn, từ cuối cùng';
    expect(edit(`- Gạch đầu dòng ${words} ở đây.`)).toBe(1);
    expect(edit(`- ## Gạch đầu dòng ${words} ở đây.`)).toBe(0);
    expect(edit(`- - ## Gạch đầu dòng ${words} ở đây.`)).toBe(0);
    expect(edit(`## Tiêu đề ${words} ở đây.`)).toBe(0);
  });
});

describe('the rope', () => {
  propTest.prop([fc.string({ maxLength: 40_000 }), fc.array(fc.tuple(fc.nat(), fc.nat(50), fc.string({ maxLength: 30 })), { maxLength: 30 })], { numRuns: 60, seed: 7 })(
    'reads as the string it stands for after any splices',
    (text, splices) => {
      const r = new Rope(text);
      let s = text;
      for (const [at, len, t] of splices) {
        const a = s.length ? at % (s.length + 1) : 0;
        const b = Math.min(s.length, a + len);
        r.splice(a, b, t);
        s = s.slice(0, a) + t + s.slice(b);
        expect(r.length).toBe(s.length);
        const p = s.length ? at % s.length : 0;
        expect(r.charAt(p)).toBe(s.charAt(p));
        expect(r.slice(Math.max(0, p - 9000), p + 20)).toBe(s.slice(Math.max(0, p - 9000), p + 20));
        expect(r.indexOf('\n', p)).toBe(s.indexOf('\n', p));
        expect(r.lastIndexOf('a', p)).toBe(s.lastIndexOf('a', p));
      }
      expect(r.toString()).toBe(s);
    },
  );
});
