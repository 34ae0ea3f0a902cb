/**
 * The public API (src/index.ts, package.json `exports`): a consumer's `import('quyche')`, in a
 * separate Node process with the package installed as a dependency (a symlink in node_modules),
 * parses a regulation, applies a patch, checks a workspace read through its own IO and compiles an
 * amending text — the pipeline the CLI runs, without the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';

const CONSUMER = `
import * as q from 'quyche';
const text = '---\\nnumber: 01-QC/TU\\ntype: Quy chế\\n---\\n\\n### Điều 1. Chế độ họp\\n\\n1. Họp thường lệ mỗi tháng một lần.\\n\\n2. Họp bất thường khi cần.\\n';
const doc = q.parseRegulation('regulations/qc.md', text);
const patch = q.loadPatch('amendments/p.yaml', 'quyche: 1\\nid: p\\namends: 01-QC/TU\\nchanges:\\n  - id: "1"\\n    op: replace_phrase\\n    target: Khoản 1, Điều 1\\n    find: mỗi tháng\\n    with: hằng tháng\\n');
const run = q.applyPatches([patch], { find: () => doc });
const files = new Map([['/ws/regulations/qc.md', text], ['/ws/amendments/p.yaml', patch.source.text]]);
const io = {
  read: async (p) => (files.has(p) ? new TextEncoder().encode(files.get(p)) : undefined),
  list: async (dir) => [...files.keys()].filter((k) => k.startsWith(dir + '/')),
  isDirectory: async (p) => [...files.keys()].some((k) => k.startsWith(p + '/')),
  isFile: async (p) => files.has(p),
};
const ws = await q.loadWorkspace('/ws', io);
const check = q.runCheck(ws, [patch]);
const compiled = q.compileAmendment([
  { line: 1, label: { kind: 'dieu', number: '1', text: 'Điều 1.' }, heading: 'Sửa đổi, bổ sung một số điều của Quy chế số 01-QC/TU', text: 'Điều 1. Sửa đổi, bổ sung một số điều của Quy chế số 01-QC/TU' },
  { line: 2, label: { kind: 'khoan', number: '1', text: '1.' }, text: '1. Bãi bỏ Khoản 2, Điều 1.' },
], { number: '02-QĐ/TU', type: 'Quyết định' });
console.log(JSON.stringify({
  units: doc.all.map((u) => u.anchor),
  result: run.documents[0].result.source.text.split('\\n')[7],
  status: run.documents[0].changes.map((c) => c.status),
  resolved: q.resolveTarget(doc, 'khoản 2 Điều 1').units?.map((u) => u.anchor),
  errors: check.diagnostics.filter((d) => d.severity === 'error').length,
  message: q.t('en', 'import.written', { path: 'x' }),
  kinds: q.EXPORT_KINDS,
  compiled: compiled.patch.changes.map((c) => [c.op, c.target, c.source]),
}));
`;

describe('the public API', () => {
  it("a consumer's import('quyche') runs the pipeline (parse, apply, check, compile) in its own process", () => {
    const dir = mkdtempSync(join(tmpdir(), 'quyche-api-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(REPO, join(dir, 'node_modules/quyche'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(join(dir, 'consumer.mjs'), CONSUMER);
    const r = spawnSync(process.execPath, ['consumer.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      units: ['dieu-1', 'dieu-1.khoan-1', 'dieu-1.khoan-2'],
      result: '1. Họp thường lệ hằng tháng một lần.',
      status: ['applied'],
      resolved: ['dieu-1.khoan-2'],
      errors: 0,
      message: 'wrote x',
      kinds: ['consolidated', 'redline', 'table', 'draft', 'report'],
      compiled: [['repeal', 'Khoản 2, Điều 1', 'Khoản 1, Điều 1']],
    });
  });

  it('package.json declares the built entry point and its types', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { main: string; types: string; exports: Record<string, string> };
    expect(pkg.exports['.']).toBe('./dist/index.js');
    expect(readFileSync(join(REPO, pkg.types), 'utf8')).toContain('export { applyPatches }');
  });
});
