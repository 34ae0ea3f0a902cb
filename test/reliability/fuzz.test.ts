/**
 * Seeded fuzzing (fast-check) of the citation parser, the label grammar, the document parser
 * (through the public `parseRegulation` only), the patch loader and apply: at least 10,000 cases
 * per target, the count printed. Inputs mix the grammar's own tokens (labels, Vietnamese
 * letters with combining marks, quotes, YAML syntax, CRLF, BOM, zero-width spaces) with
 * arbitrary Unicode, so that they reach deep into each parser rather than failing at the first
 * character. FUZZ_SEED and FUZZ_RUNS override the seed and the count.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { buildRedline, rebuild } from '../../src/apply/redline.js';
import { parseCitation, scanCitations } from '../../src/citation/parse.js';
import { matchLabel } from '../../src/document/labels.js';
import type { Unit } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { loadPatch } from '../../src/patch/load.js';
import { FIXTURES } from '../helpers/paths.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 10_000));
const counts: Record<string, number> = {};

afterAll(() => {
  // the count of every target, in the test output
  console.log(`fuzz (seed ${SEED}): ${Object.entries(counts).map(([k, n]) => `${k} ${n.toLocaleString('en')} cases`).join(' · ')}`);
});

function fuzz<T>(name: string, arb: fc.Arbitrary<T>, check: (v: T) => void): void {
  counts[name] = 0;
  fc.assert(
    fc.property(arb, (v) => {
      counts[name]!++;
      check(v);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
  expect(counts[name]).toBeGreaterThanOrEqual(RUNS);
}

const joined = (parts: fc.Arbitrary<string[]>): fc.Arbitrary<string> => parts.map((p) => p.join(''));
const noise = fc.string({ unit: 'binary', maxLength: 6 });

const CITATION_TOKENS = ['Điều', 'điều', 'Khoản', 'khoản', 'Điểm', 'điểm', 'Tiết', 'tiết', 'Chương', 'Mục', 'Phần', 'Tiểu mục', 'gạch đầu dòng thứ', 'tên', 'của', 'này', 'và', ',', ' ', ' ', '1', '2', '10', '3a', 'IV', 'II', 'a', 'đ', 'd1', '1.2', '1.1.3', 'Quy định số', 'Nghị quyết', 'Luật', '80-QĐ/TW', '12/2025/QĐ-UBND', 'ngày 18/8/2022', 'của Bộ Chính trị', 'dieu-1.khoan-2', 'dieu-3a', '\u200b', '\u0301', '\u00a0', '"', '“', '”', '(', ')', '.', ';'];
const LABEL_TOKENS = ['Điều', 'Điều', 'Chương', 'Mục', 'Phần', 'Phần thứ', 'nhất', 'Tiểu mục', ' ', ' ', '\t', '\u00a0', '1', '9', '10000', '3a', '1.1', '1.2.', 'IV', 'XIV', 'IIII', 'a', 'đ', 'f', 'z', 'd1', ')', '.', '. ', ':', '-', '+', '*', '**', '_', '#', '### ', '> ', '(1)', '\u200b', '\u0301', 'Ð', 'Ðiều', 'Quy định'];
const DOC_LINES = [
  '---\nnumber: 1/2025/QĐ-UBND\n---',
  '# QUY CHẾ',
  '## Chương I. QUY ĐỊNH CHUNG',
  '### Điều 1. Phạm vi',
  '### Điều 2.',
  'Điều 3a. Bổ sung',
  'Điều 10000. Rất xa',
  '1. Khoản một.',
  '2. Khoản hai:',
  '1.1. Điểm thập phân',
  'a) điểm a;',
  'đ) điểm đ;',
  '- gạch đầu dòng',
  '+ dấu cộng',
  '(1) tiết',
  '> “Điều 7a. trích dẫn',
  'kết thúc trích dẫn”',
  '"mở ngoặc',
  '```',
  '<!-- chú thích',
  '-->',
  'I. PHẦN LA MÃ',
  '**Điều 4.** Nhấn mạnh',
  'Văn bản thường, có dấu tiếng Việt: Tỉnh ủy, Tỉnh uỷ.',
  '',
  '   ',
  '\u200bĐiều 5. Ẩn',
  'Ðiều 6. Ð Latin',
];

function unitsOk(units: readonly Unit[], from: number, to: number): void {
  let prev = from;
  for (const u of units) {
    expect(u.start).toBeGreaterThanOrEqual(prev);
    expect(u.start).toBeLessThanOrEqual(u.end);
    expect(u.end).toBeLessThanOrEqual(to);
    unitsOk(u.children, u.start, u.end);
    prev = u.start;
  }
}

// a generous limit per target, only so that a hang fails instead of blocking CI (nothing is timed)
describe('fuzz', { timeout: 300_000 }, () => {
  it(`the citation parser: ${RUNS.toLocaleString('en')} cases — never throws, deterministic, scanned citations inside the text and in order`, () => {
    const arb = fc.oneof(joined(fc.array(fc.oneof(fc.constantFrom(...CITATION_TOKENS), noise), { maxLength: 24 })), fc.string({ unit: 'binary', maxLength: 60 }));
    fuzz('citation', arb, (s) => {
      const a = parseCitation(s);
      expect(JSON.stringify(parseCitation(s))).toBe(JSON.stringify(a));
      let last = 0;
      for (const f of scanCitations(s)) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeLessThanOrEqual(s.length);
        expect(f.start).toBeLessThan(f.end);
        last = f.start;
      }
    });
  });

  it(`the label grammar: ${RUNS.toLocaleString('en')} cases — never throws; a match lies inside the line, in order`, () => {
    const arb = fc.tuple(joined(fc.array(fc.oneof(fc.constantFrom(...LABEL_TOKENS), noise), { maxLength: 12 })), fc.boolean());
    fuzz('labels', arb, ([s, heading]) => {
      const m = matchLabel(s, heading);
      if (!m) return;
      expect(0 <= m.start && m.start <= m.end && m.end <= m.restStart && m.restStart <= s.length).toBe(true);
      if (m.pattern !== 'bullet' && m.pattern !== 'bullet2') expect(m.number.length).toBeGreaterThan(0);
    });
  });

  it(`the document parser (parseRegulation): ${RUNS.toLocaleString('en')} cases — never throws, keeps the text, units nested inside their parents, diagnostics inside the file, deterministic`, () => {
    const line = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DOC_LINES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) });
    const arb = fc.record({ lines: fc.array(line, { maxLength: 30 }), crlf: fc.boolean(), bom: fc.boolean(), nfd: fc.boolean() });
    fuzz('document', arb, ({ lines, crlf, bom, nfd }) => {
      let text = lines.join('\n');
      if (nfd) text = text.normalize('NFD');
      if (crlf) text = text.replace(/\n/g, '\r\n');
      if (bom) text = `\uFEFF${text}`;
      const doc = parseRegulation('/f.md', text);
      expect(doc.source.text).toBe(text);
      unitsOk(doc.units, 0, text.length);
      const lineCount = text.split('\n').length;
      for (const d of doc.diagnostics) {
        expect(d.line >= 1 && d.line <= lineCount && d.column >= 1).toBe(true);
        expect(d.endLine).toBeGreaterThanOrEqual(d.line);
      }
      const again = parseRegulation('/f.md', text);
      expect(again.all.map((u) => `${u.anchor}@${u.start}-${u.end}`)).toEqual(doc.all.map((u) => `${u.anchor}@${u.start}-${u.end}`));
    });
  });

  it(`the patch loader: ${RUNS.toLocaleString('en')} cases — never throws, a patch only without errors, every diagnostic inside the file, no prototype pollution`, () => {
    const keys = ['quyche', 'id', 'amends', 'effective', 'changes', 'op', 'target', 'find', 'with', 'text', 'after', 'before', 'into', 'occurrence', 'expect_count', 'basis', 'cite', 'quote', '__proto__', 'constructor', 'prototype'];
    const values = ['1', '0', '-1', '1.5', '99999999999999999999', '""', "''", '"x', "'x", 'replace_phrase', 'insert', 'repeal', 'Điều 1', 'khoản 1 Điều 2', '2025-02-30', '2026-01-01', '&a x', '*a', '[1, 2]', '{a: 1}', '|', '>', 'null', '~', 'true', '\t'];
    const yamlLine = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('', '- '), fc.constantFrom(...keys), fc.constantFrom(...values)).map(([ind, dash, k, v]) => `${'  '.repeat(ind)}${dash}${k}: ${v}`);
    const arb = fc.oneof(
      { weight: 5, arbitrary: fc.array(fc.oneof({ weight: 6, arbitrary: yamlLine }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 16 }).map((ls) => ls.join('\n')) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    );
    fuzz('patch', arb, (text) => {
      const p = loadPatch('/p.yaml', text);
      const errors = p.diagnostics.filter((d) => d.severity === 'error');
      if (p.patch) expect(errors).toEqual([]);
      else expect(errors.length).toBeGreaterThan(0);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const d of p.diagnostics) expect(d.line >= 1 && d.line <= lineCount + 1 && d.column >= 1).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    });
  });

  it(`apply: ${RUNS.toLocaleString('en')} cases — never throws, all or nothing, deterministic, the redline rebuilds both texts, the front matter untouched`, () => {
    const text = readFileSync(join(FIXTURES, 'ws-amend/regulations/qd-12-2025.md'), 'utf8');
    const doc = parseRegulation('/ws/r.md', text);
    const frontEnd = doc.frontMatter!.end;
    const targets = ['Điều 1', 'Điều 2', 'Điều 3', 'khoản 1 Điều 2', 'khoản 2 Điều 2', 'khoản 3 Điều 2', 'điểm a khoản 3 Điều 2', 'điểm d khoản 3 Điều 2', 'khoản 1', 'Điều 9', 'Chương I', 'dieu-2.khoan-1', 'điểm z khoản 1 Điều 1'];
    const phrases = ['văn bản', 'cơ quan', 'tất cả các loại văn bản', 'quy định', 'không có', 'Văn bản đi', 'bảo hiểm', ' ', '.', 'văn\u200b bản', 'VĂN BẢN'];
    const texts = ['mới', 'các văn bản', '', 'a) điểm mới;', 'd1) bổ sung.', '4. Khoản mới.', '### Điều 4. Điều mới\n\nNội dung.', '1. Văn bản đi là văn bản.', 'Nội dung mới\n\n### Điều 9. Lậu', '(được bãi bỏ)', '“Điều 7. trích”'];
    const change = fc.oneof(
      fc.record({ op: fc.constant('replace_phrase'), target: fc.option(fc.constantFrom(...targets), { nil: undefined }), find: fc.constantFrom(...phrases), with: fc.constantFrom(...texts), occurrence: fc.option(fc.constantFrom(1, 2, 'first', 'last', 'all'), { nil: undefined }) }),
      fc.record({ op: fc.constant('delete_phrase'), target: fc.option(fc.constantFrom(...targets), { nil: undefined }), find: fc.constantFrom(...phrases) }),
      fc.record({ op: fc.constant('insert_phrase'), target: fc.constantFrom(...targets), after: fc.constantFrom(...phrases), text: fc.constantFrom(...texts) }),
      fc.record({ op: fc.constant('repeal'), target: fc.constantFrom(...targets), mode: fc.constantFrom('placeholder', 'remove') }),
      fc.record({ op: fc.constant('insert'), after: fc.constantFrom(...targets), text: fc.constantFrom(...texts) }),
      fc.record({ op: fc.constant('replace'), target: fc.constantFrom(...targets), text: fc.constantFrom(...texts) }),
      fc.record({ op: fc.constant('replace_heading'), target: fc.constantFrom(...targets), heading: fc.constantFrom('Tên mới', 'Điều 5. Lồng') }),
      fc.record({ op: fc.constant('move'), target: fc.constantFrom(...targets), after: fc.constantFrom(...targets) }),
    );
    const arb = fc.array(change, { minLength: 1, maxLength: 4 });
    let applied = 0;
    fuzz('apply', arb, (changes) => {
      const clean = changes.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));
      const yaml = JSON.stringify({ quyche: 1, id: 'f', amends: '12/2025/QĐ-UBND', changes: clean });
      const patch = loadPatch('/ws/p.yaml', yaml);
      const go = () => applyPatches([patch], { find: (n) => (n === '12/2025/QĐ-UBND' ? doc : undefined) });
      const run = go();
      const errors = run.diagnostics.filter((d) => d.severity === 'error');
      expect(run.ok).toBe(errors.length === 0);
      expect(doc.source.text).toBe(text); // the input document is never changed
      // deterministic: the same patch again gives the same text and diagnostics (every 5th case, to keep CI fast)
      if (counts.apply! % 5 === 0) {
        const again = go();
        expect(again.documents.map((d) => d.result.source.text)).toEqual(run.documents.map((d) => d.result.source.text));
        expect(again.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(run.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`));
      }
      if (!run.ok) return;
      applied++;
      for (const d of run.documents) {
        expect(d.result.source.text.slice(0, frontEnd)).toBe(text.slice(0, frontEnd));
        const both = rebuild(buildRedline(d.original, d.result, d.pieces, d.changes));
        // the redline describes the body (what follows BOM and front matter)
        expect(both.old).toBe(d.original.source.text.slice(d.original.bodyStart));
        expect(both.new).toBe(d.result.source.text.slice(d.result.bodyStart));
      }
    });
    counts['apply (of which applied cleanly)'] = applied;
    // not vacuous: a fair share of the generated patches apply, so the success-path properties ran
    expect(applied).toBeGreaterThan(RUNS / 20);
  });
});
