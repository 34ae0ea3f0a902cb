/**
 * The text outline is written in pieces (render/outline.ts `outlineChunks`), so that a large
 * document's outline is never held whole. Whatever the piece size, the pieces joined are the same
 * outline: one line per unit shown, depth first, indented by depth, each piece ending a line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { RegulationDocument, Unit, UnitKind } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { outlineChunks } from '../../src/render/outline.js';
import { HAS_SHARED, REPO, TEXTS } from '../helpers/paths.js';

const chalk = new Chalk({ level: 0 });
const SIZES = [1, 7, 300, 1 << 16, Infinity];

/** Every unit in document order with its depth, by plain recursion (not the chunker's stack). */
function walk(units: readonly Unit[], depth: number, out: { u: Unit; depth: number }[], shown: (u: Unit) => boolean): typeof out {
  for (const u of units) {
    if (!shown(u)) continue;
    out.push({ u, depth });
    walk(u.children, depth + 1, out, shown);
  }
  return out;
}

function check(doc: RegulationDocument, depth?: UnitKind): void {
  const order: UnitKind[] = ['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'khoan', 'diem', 'tiet', 'bullet'];
  const limit = depth ? order.indexOf(depth) : Infinity;
  const expected = walk(doc.units, 0, [], (u) => order.indexOf(u.kind) <= limit);
  const opts = { header: 'HEADER', introLabel: 'intro', ...(depth ? { depth } : {}) };
  const outlines = SIZES.map((size) => {
    const chunks = [...outlineChunks(doc, chalk, opts, size)];
    chunks.forEach((c, i) => {
      expect(c.endsWith('\n')).toBe(true);
      if (i < chunks.length - 1) expect(c.length).toBeGreaterThanOrEqual(size);
    });
    return chunks.join('');
  });
  for (const o of outlines) expect(o).toBe(outlines[0]);
  const lines = outlines[0]!.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.shift()).toBe('HEADER');
  expect(lines).toHaveLength(expected.length);
  lines.forEach((line, i) => {
    const { u, depth: d } = expected[i]!;
    expect(line.startsWith(`${'  '.repeat(d)}${u.kind === 'intro' ? '(intro)' : u.label}`)).toBe(true);
    expect(line.charAt(2 * d)).not.toBe(' ');
    expect(line.endsWith(`  #${u.anchor}`)).toBe(true);
  });
}

describe('the text outline in pieces', () => {
  const local = parseRegulation('01-qc-tu.md', readFileSync(join(REPO, 'regulations/local/01-qc-tu.md'), 'utf8'));

  it('is the same outline whatever the piece size (the shipped regulation, every depth limit)', () => {
    expect(local.units.length).toBeGreaterThan(3);
    check(local);
    for (const d of ['chuong', 'dieu', 'khoan', 'diem'] as const) check(local, d);
  });

  it('is the same outline whatever the piece size (a document of no unit)', () => {
    const empty = parseRegulation('empty.md', '---\nnumber: 1-QC/TU\n---\n');
    expect([...outlineChunks(empty, chalk, { header: 'H', introLabel: 'i' }, 1)]).toEqual(['H\n']);
  });

  it.skipIf(!HAS_SHARED)('is the same outline whatever the piece size (Luật Bảo hiểm y tế, deep lists)', () => {
    const bhyt = parseRegulation('base.md', readFileSync(join(TEXTS, 'bhyt/base.md'), 'utf8'));
    expect(walk(bhyt.units, 0, [], () => true).length).toBeGreaterThan(300);
    check(bhyt);
    check(bhyt, 'khoan');
  });
});
