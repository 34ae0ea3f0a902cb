/**
 * Scale without behaviour change: the working document keeps its tree up to date edit by edit
 * (no whole-tree re-assembly per change), and that tree is always the one assembled afresh;
 * articles numbered past 9999 are articles. Times are measured by `npm run bench`, never here.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { WorkingDocument } from '../../src/apply/working.js';
import { piecesConsistent, treeConsistent } from './invariants.js';
import type { Unit } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { loadPatch } from '../../src/patch/load.js';

const FRONT = '---\nnumber: 99-QC/TU\ntype: Quy chế\ntitle: Thử\n---\n\n';

function article(n: string, heading = `Điều số ${n}`): string {
  return `### Điều ${n}. ${heading}\n\n1. Khoản một của điều ${n}:\n\n   a) Điểm a;\n\n   b) Điểm b.\n\n2. Khoản hai của điều ${n}.\n\n`;
}

function documentText(chapters: number, perChapter: number, phan: boolean): string {
  let out = `${FRONT}Căn cứ Điều lệ Đảng;\n\n- Căn cứ quy định của Trung ương;\n\n`;
  let n = 0;
  for (let c = 1; c <= chapters; c++) {
    if (phan && c % 2 === 1) out += `# Phần thứ ${['nhất', 'hai', 'ba', 'tư'][(c - 1) / 2]}\n\n`;
    out += `## Chương ${['I', 'II', 'III', 'IV', 'V'][c - 1]}. CHƯƠNG ${c}\n\n`;
    for (let k = 0; k < perChapter; k++) out += article(String(++n));
  }
  return out;
}

const by = { patch: 0, change: 0 };

function expectTreeConsistent(w: WorkingDocument): void {
  const { kept, fresh } = treeConsistent(w);
  expect(kept).toBe(fresh);
}

/** An edit of the kinds changes make: inside an article, or adding, removing, renaming headings. */
function edit(w: WorkingDocument, kind: number, pick: number, i: number): void {
  const all: Unit[] = [];
  const visit = (us: readonly Unit[]): void => {
    for (const u of us) {
      all.push(u);
      visit(u.children);
    }
  };
  visit(w.tree().units);
  const of = (k: Unit['kind']): Unit[] => all.filter((u) => u.kind === k);
  const choose = <T>(xs: T[]): T | undefined => (xs.length ? xs[pick % xs.length] : undefined);
  if (kind === 0) {
    const u = choose(of('khoan'));
    if (u) w.applyEdits([{ range: [w.startPos(u), w.endPos(u)], text: `${u.label} Nội dung mới ${i}.` }], by);
  } else if (kind === 1) {
    const u = choose(of('diem'));
    if (u) w.applyEdits([{ range: [w.startPos(u), w.endPos(u)], text: `${u.label} (bãi bỏ)` }], by);
  } else if (kind === 2) {
    const u = choose(of('dieu'));
    if (u) w.applyEdits([{ range: [w.endPos(u), w.endPos(u)], text: `\n\n${article(`${u.number}a`).trimEnd()}` }], by);
  } else if (kind === 3) {
    const u = choose(of('dieu'));
    if (u) w.applyEdits([{ range: [w.startPos(u), w.endPos(u)], text: '' }], by);
  } else if (kind === 4) {
    const u = choose(of('dieu'));
    if (u && u.headingStart !== undefined) w.applyEdits([{ range: [{ chunk: w.chunkOf(u), offset: u.headingStart }, { chunk: w.chunkOf(u), offset: u.headingEnd! }], text: `Tên mới ${i}` }], by);
  } else if (kind === 5) {
    const u = choose(of('chuong'));
    if (u) w.applyEdits([{ range: [w.startPos(u), w.startPos(u)], text: `## Chương ${['VI', 'VII', 'VIII'][i % 3]}. CHÈN ${i}\n\n` }], by);
  } else if (kind === 6) {
    const u = choose(of('dieu'));
    if (u) w.applyEdits([{ range: [w.startPos(u), w.startPos(u)], text: `${article(String(5000 + i)).trimEnd()}\n\n` }], by);
  } else if (kind === 8) {
    // the preamble rewritten (units before the first heading)
    const u = choose(all.filter((x) => x.parent === null && x.kind !== 'phan' && x.kind !== 'chuong'));
    if (u) w.applyEdits([{ range: [w.startPos(u), w.endPos(u)], text: `- Căn cứ mới ${i};` }], by);
  } else {
    // a heading above articles retitled: its articles stay under it
    const u = choose([...of('chuong'), ...of('phan')]);
    if (u && u.headingStart !== undefined) w.applyEdits([{ range: [{ chunk: w.chunkOf(u), offset: u.headingStart }, { chunk: w.chunkOf(u), offset: u.headingEnd! }], text: `TÊN MỚI ${i}` }], by);
  }
}

describe('the working tree, kept up to date edit by edit', () => {
  propTest.prop(
    [fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.array(fc.tuple(fc.nat(8), fc.nat(50)), { minLength: 1, maxLength: 12 })],
    { numRuns: 150, seed: 16 },
  )('is the tree assembled afresh after any sequence of edits', (chapters, perChapter, phan, edits) => {
    const w = new WorkingDocument(parseRegulation('t.md', documentText(chapters, perChapter, phan)));
    expectTreeConsistent(w);
    edits.forEach(([kind, pick], i) => {
      edit(w, kind, pick, i);
      expect(piecesConsistent(w)).toBe(true);
      expectTreeConsistent(w);
    });
  });

  it('resolves targets against the updated tree: 300 changes across the document', () => {
    const text = documentText(3, 40, false);
    const doc = parseRegulation('t.md', text);
    const changes = [];
    for (let d = 1; d <= 120; d++) {
      changes.push({ id: `r${d}`, op: 'replace', target: `khoản 2 Điều ${d}`, text: `2. Khoản hai mới ${d}.` });
      changes.push({ id: `x${d}`, op: 'repeal', target: `điểm a khoản 1 Điều ${d}` });
      if (d % 2 === 0) changes.push({ id: `i${d}`, op: 'insert', after: `khoản 2 Điều ${d}`, text: `3. Khoản ba ${d}.` });
    }
    const run = applyPatches([loadPatch('p.yaml', stringify({ quyche: 1, id: 'p', amends: '99-QC/TU', changes }))], { find: () => doc });
    expect(run.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    const result = run.documents[0]!.result;
    for (let d = 1; d <= 120; d++) {
      const dieu = result.all.find((u) => u.kind === 'dieu' && u.number === String(d))!;
    expect(dieu).toBeDefined();
      expect(dieu.children.map((c) => c.label)).toEqual(d % 2 === 0 ? ['1.', '2.', '3.'] : ['1.', '2.']);
      expect(result.source.text.slice(dieu.children[1]!.start, dieu.children[1]!.end)).toBe(`2. Khoản hai mới ${d}.`);
    }
  });
});

describe('articles numbered past 9999', () => {
  it('are articles, and changes can target them', () => {
    const text = FRONT + article('9999') + article('10000') + article('10001');
    const doc = parseRegulation('t.md', text);
    expect(doc.all.filter((u) => u.kind === 'dieu').map((u) => u.number)).toEqual(['9999', '10000', '10001']);
    // numbered in sequence: the only remark is that the first article is not Điều 1
    expect(doc.diagnostics.filter((x) => x.code === 'numbering').map((x) => x.message.id)).toEqual(['numbering.first']);
    const patch = loadPatch('p.yaml', stringify({ quyche: 1, id: 'p', amends: '99-QC/TU', changes: [{ id: 'a', op: 'replace', target: 'khoản 2 Điều 10001', text: '2. Mới.' }] }));
    const run = applyPatches([patch], { find: () => doc });
    expect(run.ok).toBe(true);
    expect(run.documents[0]!.result.source.text).toContain('### Điều 10001. Điều số 10001\n\n1. Khoản một của điều 10001:\n\n   a) Điểm a;\n\n   b) Điểm b.\n\n2. Mới.\n');
  });
});
