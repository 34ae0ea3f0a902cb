import { fc, test as propTest } from '@fast-check/vitest';
import { stringify } from 'yaml';
import { describe, expect } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { buildRedline, rebuild } from '../../src/apply/redline.js';
import type { RegulationDocument } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { loadPatch } from '../../src/patch/load.js';

const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e'];

interface Shape {
  articles: number[][]; // per article, per clause: number of points
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  articles: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
});

/** Every unit carries a unique word ("diemma2x3xb") so a phrase can be aimed at it exactly. */
function renderDoc(s: Shape, blank: boolean): string {
  const sep = blank ? '\n\n' : '\n';
  const lines = ['---', 'number: 7/2025/QĐ-UBND', '---', '', '# QUY ĐỊNH'];
  s.articles.forEach((clauses, i) => {
    lines.push(`## Điều ${i + 1}. Điều dieuma${i + 1}`);
    clauses.forEach((points, k) => {
      lines.push(`${k + 1}. Khoản có khoanma${i + 1}x${k + 1} và hòa giải.`);
      for (let p = 0; p < points; p++) lines.push(`   ${LETTERS[p]}) điểm diemma${i + 1}x${k + 1}x${LETTERS[p]};`);
    });
  });
  return `${lines.join(sep)}\n`;
}

type Op = { kind: 'phrase' | 'delete' | 'insert-phrase' | 'repeal' | 'remove' | 'insert' | 'replace'; at: number };
const opsArb = fc.array(fc.record({ kind: fc.constantFrom('phrase', 'delete', 'insert-phrase', 'repeal', 'remove', 'insert', 'replace'), at: fc.nat() }), { maxLength: 6 }) as fc.Arbitrary<Op[]>;

interface Target {
  anchor: string;
  citation: string;
  token: string;
  clause?: { article: number; clause: number; last: boolean };
}

function targets(s: Shape): Target[] {
  const out: Target[] = [];
  s.articles.forEach((clauses, i) => {
    clauses.forEach((points, k) => {
      out.push({ anchor: `dieu-${i + 1}.khoan-${k + 1}`, citation: `khoản ${k + 1} Điều ${i + 1}`, token: `khoanma${i + 1}x${k + 1}`, clause: { article: i + 1, clause: k + 1, last: k === clauses.length - 1 } });
      for (let p = 0; p < points; p++) out.push({ anchor: `dieu-${i + 1}.khoan-${k + 1}.diem-${LETTERS[p] === 'đ' ? 'dd' : LETTERS[p]}`, citation: `điểm ${LETTERS[p]} khoản ${k + 1} Điều ${i + 1}`, token: `diemma${i + 1}x${k + 1}x${LETTERS[p]}` });
    });
  });
  return out;
}

/** Changes on distinct units, none inside another: no conflicts by construction. */
function changesFor(s: Shape, ops: Op[]): { changes: object[]; touched: string[] } {
  const all = targets(s);
  const used: string[] = [];
  const clash = (a: string) => used.some((u) => u === a || u.startsWith(`${a}.`) || a.startsWith(`${u}.`));
  const changes: object[] = [];
  for (const op of ops) {
    const t = all[op.at % all.length]!;
    if (clash(t.anchor)) continue;
    if ((op.kind === 'insert' || op.kind === 'replace') && !t.clause) continue;
    used.push(t.anchor);
    const id = `c${changes.length + 1}`;
    switch (op.kind) {
      case 'phrase':
        changes.push({ id, op: 'replace_phrase', target: t.citation, find: t.token, with: `${t.token}moi` });
        break;
      case 'delete':
        changes.push({ id, op: 'delete_phrase', target: t.citation, find: t.token });
        break;
      case 'insert-phrase':
        changes.push({ id, op: 'insert_phrase', target: t.citation, after: t.token, text: 'thêm' });
        break;
      case 'repeal':
        changes.push({ id, op: 'repeal', target: t.citation });
        break;
      case 'remove':
        changes.push({ id, op: 'repeal', target: t.citation, mode: 'remove' });
        break;
      case 'insert':
        changes.push({ id, op: 'insert', after: t.citation, text: `${t.clause!.clause}a. Khoản bổ sung ${id}.` });
        break;
      case 'replace':
        changes.push({ id, op: 'replace', target: t.citation, text: `${t.clause!.clause}. Khoản viết lại ${id}.` });
        break;
    }
  }
  return { changes, touched: used };
}

function apply(text: string, changes: object[]) {
  const doc = parseRegulation('r.md', text);
  const patch = loadPatch('p.yaml', stringify({ quyche: 1, id: 'p', amends: '7/2025/QĐ-UBND', changes }));
  const run = applyPatches([patch], { find: () => doc });
  return { doc, run };
}

function touchedOrRelated(anchor: string, touched: readonly string[]): boolean {
  return touched.some((t) => t === anchor || t.startsWith(`${anchor}.`) || anchor.startsWith(`${t}.`));
}

function textOf(doc: RegulationDocument, anchor: string): string | undefined {
  const u = doc.byAnchor.get(anchor);
  return u ? doc.source.text.slice(u.start, u.end) : undefined;
}

describe('apply properties', () => {
  propTest.prop([shapeArb, opsArb, fc.boolean()], { numRuns: 200 })('untouched units stay byte-identical; the redline rebuilds both texts', (shape, ops, blank) => {
    const text = renderDoc(shape, blank);
    const { changes, touched } = changesFor(shape, ops);
    fc.pre(changes.length > 0);
    const { doc, run } = apply(text, changes);
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const applied = run.documents[0]!;
    const result = applied.result;
    for (const u of doc.all) {
      if (u.kind === 'intro' || touchedOrRelated(u.anchor, touched)) continue;
      expect(textOf(result, u.anchor), u.anchor).toBe(doc.source.text.slice(u.start, u.end));
    }
    // everything before the body (front matter) is untouched
    expect(result.source.text.slice(0, result.bodyStart)).toBe(text.slice(0, doc.bodyStart));
    const r = rebuild(buildRedline(applied.original, result, applied.pieces, applied.changes));
    expect(r.old).toBe(text.slice(doc.bodyStart));
    expect(r.new).toBe(result.source.text.slice(result.bodyStart));
  });

  propTest.prop([shapeArb, opsArb], { numRuns: 100 })('applying is deterministic', (shape, ops) => {
    const text = renderDoc(shape, true);
    const { changes } = changesFor(shape, ops);
    const a = apply(text, changes).run.documents[0]?.result.source.text;
    const b = apply(text, changes).run.documents[0]?.result.source.text;
    expect(a).toBe(b);
  });

  propTest.prop([shapeArb, opsArb, fc.boolean()], { numRuns: 100 })('CRLF commutes with applying: apply(crlf(doc)) = crlf(apply(doc))', (shape, ops, blank) => {
    const text = renderDoc(shape, blank);
    const { changes } = changesFor(shape, ops);
    const lf = apply(text, changes).run.documents[0]?.result.source.text;
    const crlf = apply(text.replace(/\n/g, '\r\n'), changes).run.documents[0]?.result.source.text;
    expect(crlf).toBe(lf?.replace(/\n/g, '\r\n'));
  });
});
