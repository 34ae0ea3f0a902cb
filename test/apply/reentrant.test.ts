/**
 * applyPatches keeps nothing between runs (the names and effective dates of a run's changes are
 * the run's own, not module state): a run started from within another's callback, or runs back
 * to back with different patches whose change ids are the same, give each the records and
 * diagnostics it gives alone.
 */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ApplyRun } from '../../src/apply/model.js';
import { applyPatches } from '../../src/apply/run.js';
import type { RegulationDocument } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { loadPatch, type LoadedPatch } from '../../src/patch/load.js';
import { diagnosticLines } from '../helpers/apply.js';

const TEXT = `---\nnumber: 99-QC/TU\ntype: Quy chế\ntitle: Thử\n---\n\n### Điều 1. Một\n\n1. Khoản một nói về mọi văn bản của cơ quan.\n\n2. Khoản hai nói về hồ sơ.\n\n### Điều 2. Hai\n\n1. Khoản một của điều hai.\n`;

function patch(file: string, id: string, changes: object[], effective?: string): LoadedPatch {
  return loadPatch(file, stringify({ quyche: 1, id, amends: '99-QC/TU', ...(effective ? { effective } : {}), changes }));
}

// two concurrent proposals: b's change 1 rewrites the text a's change 1 wrote (a conflict named
// "a/1"); each patch's change 2 touches its own text
const A = [
  patch('a.yaml', 'a', [
    { id: '1', op: 'replace', target: 'khoản 1 Điều 1', text: '1. Khoản một nói về mọi văn bản của cơ quan, tổ chức.' },
    { id: '2', op: 'replace_phrase', target: 'khoản 2 Điều 1', find: 'hồ sơ', with: 'hồ sơ điện tử' },
  ]),
  patch('b.yaml', 'b', [
    { id: '1', op: 'replace_phrase', target: 'khoản 1 Điều 1', find: 'tổ chức', with: 'đơn vị' },
    { id: '2', op: 'insert', after: 'khoản 1 Điều 2', text: '2. Khoản hai mới.' },
  ]),
];
// one patch with the same change ids, dated: a conflict inside it is named "1", unqualified
const B = [
  patch('c.yaml', 'c', [
    { id: '1', op: 'replace', target: 'khoản 2 Điều 1', text: '2. Khoản hai nói về hồ sơ, tài liệu.' },
    { id: '2', op: 'replace_phrase', target: 'khoản 2 Điều 1', find: 'tài liệu', with: 'dữ liệu' },
  ], '2030-01-01'),
];

function summary(run: ApplyRun): string {
  return JSON.stringify({ ok: run.ok, changes: run.changes, diagnostics: diagnosticLines(run.diagnostics), texts: run.documents.map((d) => d.result.source.text) });
}

const find = (doc: RegulationDocument) => () => doc;

describe('applyPatches is re-entrant', () => {
  const doc = parseRegulation('r.md', TEXT);
  const aloneA = summary(applyPatches(A, { find: find(doc) }));
  const aloneB = summary(applyPatches(B, { find: find(doc) }));

  it('(the runs alone: a conflict named with its patch across patches, without it inside one)', () => {
    expect(aloneA).toContain('apply.conflict {\\"other\\":\\"a/1\\"} [1]');
    expect(aloneB).toContain('apply.conflict {\\"other\\":\\"1\\"} [2]');
  });

  it('a run started from within another run’s callback gives each the result it gives alone', () => {
    let inner: string | undefined;
    const outer = applyPatches(A, {
      find: () => {
        inner ??= summary(applyPatches(B, { find: find(doc) }));
        return doc;
      },
    });
    expect(inner).toBe(aloneB);
    expect(summary(outer)).toBe(aloneA);
  });

  it('runs back to back with different patches sharing change ids give the same records as each alone', () => {
    const runs = [A, B, A, B, B, A].map((ps) => summary(applyPatches(ps, { find: find(doc) })));
    expect(runs).toEqual([aloneA, aloneB, aloneA, aloneB, aloneB, aloneA]);
  });
});
