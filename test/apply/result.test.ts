/**
 * The amended document built from the working document's chunks (WorkingDocument.result, the
 * default) is the document a parse of the amended text gives (`reparse: true`, the reference):
 * the same text, the same units with every field, the same tree, anchors, unit index and
 * diagnostics. Over every apply fixture, the real case (Luật 51/2024 compiled and applied to
 * Luật Bảo hiểm y tế), and generated documents with chapters, sections, plain and ATX article
 * lines, quotations (curly and straight, balanced or not, holding labels) and changes that open
 * or close quotations, insert articles and repeal units.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test as propTest } from '@fast-check/vitest';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import type { ApplyRun } from '../../src/apply/model.js';
import { sameNumber } from '../../src/citation/docnumber.js';
import type { RegulationDocument, Unit } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { compileAmendmentFile } from '../../src/import/amendment/index.js';
import { importDocument } from '../../src/import/index.js';
import { loadPatch, type LoadedPatch } from '../../src/patch/load.js';
import { diagnosticLines } from '../helpers/apply.js';
import { FIXTURES, HAS_SHARED, TEXTS } from '../helpers/paths.js';

/** Everything a consumer can read of a document, as text (units by their fields and places in the tree). */
function shape(doc: RegulationDocument): string {
  const lines: string[] = [
    `bodyStart ${doc.bodyStart} bom ${doc.bom} eol ${JSON.stringify(doc.eol)} frontMatter ${JSON.stringify(doc.frontMatter)}`,
    `meta ${JSON.stringify(doc.meta)}`,
  ];
  const unit = (u: Unit): string =>
    [u.kind, u.pattern, JSON.stringify(u.label), u.number, JSON.stringify(u.heading), u.anchor, u.start, u.end, u.labelStart, u.labelEnd, u.headingStart, u.headingEnd, u.bodyStart, u.ownEnd].join(' ');
  const visit = (us: readonly Unit[], parent: Unit | null, depth: number): void => {
    for (const u of us) {
      lines.push(`${'  '.repeat(depth)}${unit(u)}${u.parent === parent ? '' : ' WRONG PARENT'}`);
      visit(u.children, u, depth + 1);
    }
  };
  visit(doc.units, null, 0);
  lines.push(`all ${doc.all.map((u) => `${u.anchor}@${u.start}`).join(' ')}`);
  lines.push(`byAnchor ${[...doc.byAnchor].map(([a, u]) => `${a}=${u.anchor}@${u.start}`).join(' ')}`);
  lines.push(diagnosticLines(doc.diagnostics));
  return lines.join('\n');
}

/** The run twice, the result built from the chunks and parsed afresh; their documents compared. */
function expectSameResults(patches: () => LoadedPatch[], find: (n: string) => RegulationDocument | undefined): ApplyRun {
  const built = applyPatches(patches(), { find });
  const parsed = applyPatches(patches(), { find, reparse: true });
  expect(built.documents.length).toBe(parsed.documents.length);
  built.documents.forEach((d, i) => {
    const p = parsed.documents[i]!;
    expect(d.result.source.text).toBe(p.result.source.text);
    expect(shape(d.result)).toBe(shape(p.result));
    expect(d.pieces).toEqual(p.pieces);
  });
  expect(diagnosticLines(built.diagnostics)).toBe(diagnosticLines(parsed.diagnostics));
  return built;
}

describe('the amended document built from the chunks is the parse of its text', () => {
  const dir = join(FIXTURES, 'apply');
  for (const name of readdirSync(dir).sort()) {
    it(`apply fixture ${name}`, () => {
      const text = readFileSync(join(dir, name, 'regulation.md'), 'utf8');
      const doc = parseRegulation('regulation.md', text);
      const yaml = readFileSync(join(dir, name, 'patch.yaml'), 'utf8');
      expectSameResults(() => [loadPatch('patch.yaml', yaml)], (n) => (doc.meta.number && sameNumber(n, doc.meta.number) ? doc : undefined));
    });
  }

  it('headings inside list items: articles, a khoản and bullets whose first block is a heading, edited', () => {
    const dir = join(FIXTURES, 'markdown/12-heading-in-list-item');
    const doc = parseRegulation('regulation.md', readFileSync(join(dir, 'regulation.md'), 'utf8'));
    const yaml = readFileSync(join(dir, 'patch.yaml'), 'utf8');
    const run = expectSameResults(() => [loadPatch('patch.yaml', yaml)], () => doc);
    expect(run.documents[0]!.changes.map((c) => c.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
  });

  it.skipIf(!HAS_SHARED)('the real case: Luật 51/2024/QH15 compiled and applied to Luật Bảo hiểm y tế', async () => {
    const compiled = await compileAmendmentFile(readFileSync(join(TEXTS, 'luat-51-2024-sua-doi-bhyt.txt')), 'luat-51.txt', { amends: '25/2008/QH12' });
    if (!compiled.ok) throw new Error(compiled.message.id);
    const base = readFileSync(join(TEXTS, 'bhyt/base.md'), 'utf8');
    const doc = parseRegulation('base.md', base);
    const yaml = stringify(compiled.patch, { lineWidth: 0 });
    const run = expectSameResults(() => [loadPatch('luat-51.yaml', yaml)], () => doc);
    expect(run.documents[0]!.changes.filter((c) => c.status === 'applied').length).toBeGreaterThan(40);
  });

  it.skipIf(!HAS_SHARED)('a gazette text imported, then amended across its quotations', async () => {
    const imported = await importDocument(readFileSync(join(TEXTS, 'luat-51-2024-sua-doi-bhyt.txt')), { name: 'luat-51.txt' });
    if (!imported.ok) throw new Error('import failed');
    const doc = parseRegulation('luat-51.md', imported.markdown);
    const number = doc.meta.number ?? '51/2024/QH15';
    const articles = doc.all.filter((u) => u.kind === 'dieu').slice(0, 3);
    const changes = articles.map((u, i) => ({ id: `c${i}`, op: 'insert_phrase', target: `Điều ${u.number}`, after: doc.source.text.slice(u.bodyStart, u.bodyStart + 40).trim().split(/\s+/)[0]!, text: i === 1 ? '“mở' : 'thêm' }));
    expectSameResults(() => [loadPatch('p.yaml', stringify({ quyche: 1, id: 'p', amends: number, changes }))], () => doc);
  });
});

// ── generated documents ──────────────────────────────────────────────────────────────────────

const QUOTES = ['', '', '', '“trích dẫn”', '“mở', 'đóng”', '"thẳng"', '"mở thẳng', '“Điều 9. Trích dẫn”', '*nhấn mạnh*'];

interface Gen {
  chapters: Array<{ sections: boolean; articles: Array<{ atx: boolean; clauses: Array<{ points: number; quote: number }> }> }>;
  blank: boolean;
}

const genArb: fc.Arbitrary<Gen> = fc.record({
  chapters: fc.array(
    fc.record({
      sections: fc.boolean(),
      articles: fc.array(fc.record({ atx: fc.boolean(), clauses: fc.array(fc.record({ points: fc.integer({ min: 0, max: 3 }), quote: fc.nat({ max: QUOTES.length - 1 }) }), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  blank: fc.boolean(),
});

const ROMAN = ['I', 'II', 'III', 'IV'];
const LETTERS = ['a', 'b', 'c'];

interface Place {
  citation: string;
  token: string;
  clause?: number;
  article: number;
}

function render(g: Gen): { text: string; places: Place[] } {
  const sep = g.blank ? '\n\n' : '\n';
  const lines = ['---', 'number: 9/2025/QĐ-UBND', '---', '', '# QUY ĐỊNH'];
  const places: Place[] = [];
  let n = 0;
  g.chapters.forEach((ch, ci) => {
    lines.push(`## Chương ${ROMAN[ci]}`, `TÊN CHƯƠNG ${ci + 1}`);
    ch.articles.forEach((a, ai) => {
      if (ch.sections && ai % 2 === 0) lines.push(`### Mục ${ai / 2 + 1}. Mục muc${ci}x${ai}`);
      n++;
      lines.push(`${a.atx ? '#### ' : ''}Điều ${n}. Tên dieuma${n}`);
      places.push({ citation: `Điều ${n}`, token: `dieuma${n}`, article: n });
      a.clauses.forEach((c, k) => {
        lines.push(`${k + 1}. Khoản khoanma${n}x${k + 1} ${QUOTES[c.quote]} và tiếp.`);
        places.push({ citation: `khoản ${k + 1} Điều ${n}`, token: `khoanma${n}x${k + 1}`, clause: k + 1, article: n });
        for (let p = 0; p < c.points; p++) {
          lines.push(`${LETTERS[p]}) điểm diemma${n}x${k + 1}x${LETTERS[p]};`);
          places.push({ citation: `điểm ${LETTERS[p]} khoản ${k + 1} Điều ${n}`, token: `diemma${n}x${k + 1}x${LETTERS[p]}`, article: n });
        }
      });
    });
  });
  return { text: `${lines.join(sep)}\n`, places };
}

type Op = { kind: 'phrase' | 'quote' | 'repeal' | 'remove' | 'insert' | 'replace' | 'article'; at: number; q: number };
const opsArb = fc.array(fc.record({ kind: fc.constantFrom('phrase', 'quote', 'repeal', 'remove', 'insert', 'replace', 'article'), at: fc.nat(), q: fc.nat({ max: QUOTES.length - 1 }) }), { minLength: 1, maxLength: 6 }) as fc.Arbitrary<Op[]>;

function changesOf(places: readonly Place[], ops: readonly Op[]): object[] {
  const used = new Set<string>();
  const out: object[] = [];
  for (const op of ops) {
    const p = places[op.at % places.length]!;
    if (used.has(p.citation)) continue;
    used.add(p.citation);
    const id = `c${out.length + 1}`;
    const q = QUOTES[op.q] || 'mới';
    switch (op.kind) {
      case 'phrase':
        out.push({ id, op: 'replace_phrase', target: p.citation, find: p.token, with: `${p.token}moi` });
        break;
      case 'quote':
        out.push({ id, op: 'insert_phrase', target: p.citation, after: p.token, text: q });
        break;
      case 'repeal':
        out.push({ id, op: 'repeal', target: p.citation });
        break;
      case 'remove':
        out.push({ id, op: 'repeal', target: p.citation, mode: 'remove' });
        break;
      case 'insert':
        if (p.clause !== undefined) out.push({ id, op: 'insert', after: p.citation, text: `${p.clause}a. Khoản bổ sung ${q} ${id}.` });
        break;
      case 'replace':
        if (p.clause !== undefined) out.push({ id, op: 'replace', target: p.citation, text: `${p.clause}. Khoản viết lại ${q} ${id}.` });
        break;
      case 'article':
        out.push({ id, op: 'insert', after: `Điều ${p.article}`, text: `Điều ${p.article}a. Điều bổ sung ${id}\n\n1. Khoản ${q} mới.` });
        break;
    }
  }
  return out;
}

describe('the amended document built from the chunks, on generated documents', () => {
  propTest.prop([genArb, opsArb], { numRuns: 150 })('is the parse of the amended text', (g, ops) => {
    const { text, places } = render(g);
    const changes = changesOf(places, ops);
    fc.pre(changes.length > 0);
    const doc = parseRegulation('r.md', text);
    const yaml = stringify({ quyche: 1, id: 'p', amends: '9/2025/QĐ-UBND', changes });
    expectSameResults(() => [loadPatch('p.yaml', yaml)], () => doc);
  });
});
