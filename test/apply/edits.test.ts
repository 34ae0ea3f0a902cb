/**
 * The applier (apply/edits.ts, WorkingDocument.applyEdits): a list of {range, text} edits is
 * applied from the last to the first, whatever order it is given in; two edits that overlap are
 * refused before anything changes; edits that only touch (one ends where the next starts, an
 * insertion at the start or end of a replaced range) are applied as written.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { orderEdits, OverlappingEdits, type Edit } from '../../src/apply/edits.js';
import { WorkingDocument, type Pos, type WorkingEdit } from '../../src/apply/working.js';
import { parseRegulation } from '../../src/document/parse.js';
import { piecesConsistent, treeConsistent } from './invariants.js';

const FRONT = '---\nnumber: 99-QC/TU\ntype: Quy chế\ntitle: Thử\n---\n\n';
const TEXT = `${FRONT}## Chương I. CHUNG\n\n### Điều 1. Một\n\n1. Khoản một của điều một, có đủ chữ cho những sửa đổi ở giữa dòng.\n\n2. Khoản hai của điều một.\n\n### Điều 2. Hai\n\n1. Khoản một của điều hai, cũng có đủ chữ cho những sửa đổi ở giữa.\n\n## Chương II. RIÊNG\n\n### Điều 3. Ba\n\nNội dung của điều ba.\n`;
const by = { patch: 0, change: 0 };

/** Plain offsets: edits of a string, to compare the applier with. */
function spliceAll(text: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The position of a body offset in the working document's chunks (the later chunk at a boundary). */
function posOf(w: WorkingDocument, offset: number): Pos {
  let pos = 0;
  for (const chunk of w.chunks) {
    const len = chunk.text.length;
    if (offset < pos + len || chunk === w.chunks[w.chunks.length - 1]) return { chunk, offset: offset - pos };
    pos += len;
  }
  throw new Error('beyond the end');
}

const plainEdit = (start: number, end: number, text: string): Edit<number> => ({ range: [start, end], text });

describe('orderEdits', () => {
  it('orders the last first; of two at one place, the replacement before the insertion', () => {
    const order = orderEdits([plainEdit(0, 2, 'a'), plainEdit(5, 5, 'b'), plainEdit(5, 9, 'c'), plainEdit(3, 5, 'd')], (p) => p);
    expect(order.map((p) => p.edit.text)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('refuses overlapping ranges, an insertion strictly inside a range, and two insertions at one place', () => {
    expect(() => orderEdits([plainEdit(0, 5, 'a'), plainEdit(4, 8, 'b')], (p) => p)).toThrow(OverlappingEdits);
    expect(() => orderEdits([plainEdit(0, 5, 'a'), plainEdit(3, 3, 'b')], (p) => p)).toThrow(OverlappingEdits);
    expect(() => orderEdits([plainEdit(3, 3, 'a'), plainEdit(3, 3, 'b')], (p) => p)).toThrow(OverlappingEdits);
    expect(() => orderEdits([plainEdit(2, 6, 'a'), plainEdit(2, 6, 'a')], (p) => p)).toThrow(OverlappingEdits);
    // one long range holding two short ones further on
    expect(() => orderEdits([plainEdit(10, 11, 'a'), plainEdit(0, 20, 'b'), plainEdit(5, 6, 'c')], (p) => p)).toThrow(OverlappingEdits);
  });

  it('accepts edits that only touch', () => {
    expect(orderEdits([plainEdit(0, 5, 'a'), plainEdit(5, 8, 'b'), plainEdit(8, 8, 'c'), plainEdit(0, 0, 'd')], (p) => p)).toHaveLength(4);
  });
});

describe('WorkingDocument.applyEdits', () => {
  it('applies a list in any order to the same text: within a chunk, across chunks, one edit spanning chunks, one joining two', () => {
    const base = new WorkingDocument(parseRegulation('t.md', TEXT));
    const body = base.text().slice(base.prefix.length);
    const at = (s: string, k = 0): number => body.indexOf(s) + k;
    const plain = [
      { start: at('đủ chữ'), end: at('đủ chữ') + 6, text: 'nhiều chữ' },
      { start: at('ở giữa dòng'), end: at('ở giữa dòng'), text: 'hẳn ' },
      { start: at('Khoản hai'), end: at('Khoản hai') + 9, text: 'Khoản thứ hai' },
      { start: at('Khoản một của điều hai'), end: at('điều ba.'), text: 'Khoản gộp, tới điều ba.' },
      // the label that opens a chunk removed: that chunk joins the one before it, whose edits
      // still find their place
      { start: at('### Điều 2. Hai'), end: at('### Điều 2. Hai') + 15, text: 'Đoạn nối.' },
    ];
    const expected = w0Text(base, spliceAll(body, plain));
    fc.assert(
      fc.property(fc.shuffledSubarray(plain, { minLength: plain.length, maxLength: plain.length }), (order) => {
        const w = new WorkingDocument(parseRegulation('t.md', TEXT));
        const edits: WorkingEdit[] = order.map((e) => ({ range: [posOf(w, e.start), posOf(w, e.end)], text: e.text }));
        w.applyEdits(edits, by);
        expect(w.text()).toBe(expected);
        expect(piecesConsistent(w)).toBe(true);
        const tree = treeConsistent(w);
        expect(tree.kept).toBe(tree.fresh);
      }),
      { numRuns: 24, seed: 15 },
    );
  });

  it('edits of a chunk whose label they unmake, then of the chunk before it that it joins', () => {
    const w = new WorkingDocument(parseRegulation('t.md', TEXT));
    const body = w.text().slice(w.prefix.length);
    const h = body.indexOf('### Điều 2. Hai') + 4;
    const k = body.indexOf('2. Khoản hai');
    const plain = [
      { start: h, end: h + 4, text: 'Đoạn' },
      { start: body.indexOf('Hai\n', h), end: body.indexOf('Hai\n', h) + 3, text: 'hai' },
      { start: k, end: k + 2, text: '3.' },
      { start: body.indexOf('1. Khoản một'), end: body.indexOf('1. Khoản một') + 2, text: '1.' },
    ];
    w.applyEdits(plain.map((e) => ({ range: [posOf(w, e.start), posOf(w, e.end)], text: e.text })), by);
    expect(w.text()).toBe(w0Text(w, spliceAll(body, plain)));
    expect(piecesConsistent(w)).toBe(true);
    const tree = treeConsistent(w);
    expect(tree.kept).toBe(tree.fresh);
    expect(w.articleIndex().has('dieu-2')).toBe(false);
  });

  it('refuses overlapping edits before changing anything', () => {
    const w = new WorkingDocument(parseRegulation('t.md', TEXT));
    const before = w.text();
    const body = before.slice(w.prefix.length);
    const s = body.indexOf('đủ chữ');
    const edits: WorkingEdit[] = [
      { range: [posOf(w, s), posOf(w, s + 6)], text: 'x' },
      { range: [posOf(w, s + 3), posOf(w, s + 10)], text: 'y' },
    ];
    expect(() => w.applyEdits(edits, by)).toThrow(OverlappingEdits);
    expect(w.text()).toBe(before);
    expect(w.pieces()).toEqual([{ kind: 'orig', start: w.prefix.length, end: before.length }]);
  });

  it('adjacent edits: an insertion where a replacement starts lands before the new text, one where it ends after it', () => {
    const w = new WorkingDocument(parseRegulation('t.md', TEXT));
    const body = w.text().slice(w.prefix.length);
    const s = body.indexOf('đủ chữ');
    const e = s + 'đủ chữ'.length;
    w.applyEdits(
      [
        { range: [posOf(w, e), posOf(w, e)], text: ' [sau]' },
        { range: [posOf(w, s), posOf(w, e)], text: 'nhiều chữ' },
        { range: [posOf(w, s), posOf(w, s)], text: '[trước] ' },
      ],
      by,
    );
    expect(w.text()).toContain('có [trước] nhiều chữ [sau] cho');
    expect(piecesConsistent(w)).toBe(true);
  });

  propTest.prop([fc.array(fc.tuple(fc.nat(1000), fc.nat(12), fc.constantFrom('', 'mới', ' thêm ', 'X')), { minLength: 1, maxLength: 8 })], { numRuns: 120, seed: 1515 })(
    'any set of disjoint edits gives the text a plain splice gives, and a tree as assembled afresh',
    (raw) => {
      const w = new WorkingDocument(parseRegulation('t.md', TEXT));
      const body = w.text().slice(w.prefix.length);
      // disjoint ranges inside the text of units (not their labels), never two insertions at one place
      const plain: Array<{ start: number; end: number; text: string }> = [];
      for (const [a, len, text] of raw) {
        const start = a % body.length;
        const end = Math.min(body.length, start + len);
        if (/[#\n]/.test(body.slice(Math.max(0, start - 12), end + 1))) continue;
        if (plain.some((p) => start < p.end && p.start < end) || plain.some((p) => p.start === start || p.end === start || p.start === end)) continue;
        plain.push({ start, end, text });
      }
      if (plain.length === 0) return;
      w.applyEdits(plain.map((e) => ({ range: [posOf(w, e.start), posOf(w, e.end)], text: e.text })), by);
      expect(w.text()).toBe(w0Text(w, spliceAll(body, plain)));
      expect(piecesConsistent(w)).toBe(true);
      const tree = treeConsistent(w);
      expect(tree.kept).toBe(tree.fresh);
    },
  );
});

function w0Text(w: WorkingDocument, body: string): string {
  return w.prefix + body;
}
