/**
 * The bench's generated regulations (bench/generate.mjs) read as what their rows say they are:
 * no diagnostic, and the levels they are meant to exercise. The nested one once had its `(1)`
 * points indented as code and its `Phần thứ 1` unread (45,000 warnings, no nesting below điểm).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bench, without types
import { generateDeep, generateLongLine, generateManyArticles, generateRegulation } from '../../bench/generate.mjs';
import type { Unit, UnitKind } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';

function kindsOf(units: readonly Unit[], out = new Set<UnitKind>()): Set<UnitKind> {
  for (const u of units) {
    out.add(u.kind);
    kindsOf(u.children, out);
  }
  return out;
}

describe('the bench inputs', () => {
  const cases: [string, (bytes: number) => string, UnitKind[]][] = [
    ['a regulation of chapters and articles', generateRegulation, ['chuong', 'dieu', 'khoan', 'diem', 'bullet']],
    ['every level nested at once', generateDeep, ['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'khoan', 'diem', 'tiet', 'bullet']],
    ['many short articles', generateManyArticles, ['chuong', 'dieu', 'khoan', 'diem']],
    ['one very long line', generateLongLine, ['dieu', 'khoan']],
  ];
  for (const [name, generate, kinds] of cases) {
    it(`${name}: no diagnostic, and its levels`, () => {
      const doc = parseRegulation('bench.md', generate(60_000));
      expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message.id}`)).toEqual([]);
      expect([...kindsOf(doc.units)].filter((k) => k !== 'intro').sort()).toEqual([...kinds].sort());
    });
  }
});
