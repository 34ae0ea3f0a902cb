/**
 * `quyche import` as a real subprocess: a gazette text imported with -o into a workspace, then
 * `quyche check` and `quyche amend` work on the result without edits; stdout carries the data,
 * stderr the notes and the summary; --format json gives the outline and the removal log; an
 * encoding failure names the encoding at its line and column.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { REPO } from '../helpers/paths.js';

const GAZETTE = join(REPO, 'test/import/fixtures/gazette.txt');

const PATCH = `quyche: 1
id: sua-doi-thu-nghiem
title: Luật sửa đổi, bổ sung Luật Thử nghiệm nhập văn bản
amends: 99/2024/QH15
effective: 2026-01-01
changes:
  - id: "1"
    op: replace_phrase
    target: khoản 2 Điều 1
    find: các cơ quan liên quan
    with: các cơ quan, tổ chức liên quan
  - id: "2"
    op: insert
    after: điểm c khoản 1 Điều 2
    text: d) Tổ chức xã hội.
`;

describe('quyche import (subprocess)', () => {
  it('import -o → check → amend on the result, without edits', () => {
    const ws = mkdtempSync(join(tmpdir(), 'quyche-import-'));
    mkdirSync(join(ws, 'regulations'));
    mkdirSync(join(ws, 'amendments'));
    const imp = runCli(['import', GAZETTE, '-o', 'regulations/luat-99.md', '--lang', 'en'], { cwd: ws });
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stdout).toBe('');
    expect(imp.stderr).toContain('text: 1 chapter, 2 articles, 11 units, 4 footnotes; 8 page-layout lines removed');
    expect(imp.stderr).toContain('wrote regulations/luat-99.md');
    expect(readFileSync(join(ws, 'regulations/luat-99.md'), 'utf8')).toBe(readFileSync(join(REPO, 'test/import/fixtures/gazette.md'), 'utf8'));

    writeFileSync(join(ws, 'amendments/sua-doi.yaml'), PATCH);
    const check = runCli(['check', '--lang', 'en'], { cwd: ws });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const amend = runCli(['amend', 'amendments/sua-doi.yaml', '--no-color', '--lang', 'en'], { cwd: ws });
    expect(amend.code, amend.stderr).toBe(0);
    expect(amend.stdout).toContain('{+, tổ chức+}');
    expect(amend.stdout).toContain('{+d) Tổ chức xã hội.+}');
  });

  it('without -o the Markdown goes to stdout; --format json gives the outline and the removal log', () => {
    const md = runCli(['import', GAZETTE]);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(readFileSync(join(REPO, 'test/import/fixtures/gazette.md'), 'utf8'));
    const js = runCli(['import', GAZETTE, '--format', 'json', '-q']);
    expect(js.code).toBe(0);
    expect(js.stderr).toBe('');
    const data = JSON.parse(js.stdout) as { version: number; summary: Record<string, number>; outline: Array<{ kind: string; children: unknown[] }>; removals: Array<{ line: number; kind: string }>; markdown: string };
    expect(data.version).toBe(1);
    expect(data.summary).toMatchObject({ chapters: 1, articles: 2, footnotes: 4, removed: 8 });
    expect(data.outline.map((u) => u.kind)).toEqual(['chuong']);
    expect(data.removals).toContainEqual({ line: 3, kind: 'page-header', text: 'CÔNG BÁO/Số 101 + 102/Ngày 05-3-2025' });
    expect(data.markdown).toBe(md.stdout);
  });

  it('an encoding it cannot decode is an error at the first bad byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quyche-import-bad-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([...Buffer.from('Điều 1.\nabc '), 0xff, 0x41]));
    const r = runCli(['import', bad, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/2:5\s+error\s+encoding/);
  });

  it('a missing file is an I/O error (exit 2)', () => {
    const r = runCli(['import', 'does-not-exist.txt', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read does-not-exist.txt');
  });

  it('import --amendment -o: the amending law compiled into a patch that `check` and `amend --write` take; the instruction outside the grammar is an error at its line (exit 1)', () => {
    const ws = mkdtempSync(join(tmpdir(), 'quyche-amendment-'));
    mkdirSync(join(ws, 'regulations'));
    mkdirSync(join(ws, 'amendments'));
    writeFileSync(join(ws, 'regulations/luat-99.md'), readFileSync(join(REPO, 'test/import/fixtures/gazette.md')));
    const amending = join(REPO, 'test/import/fixtures/amending.txt');
    const r = runCli(['import', '--amendment', amending, '-o', 'amendments/luat-13.yaml', '--lang', 'en'], { cwd: ws });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/amending\.txt\n\s+26:1\s+error\s+amendment\s+cannot compile this amending instruction \(outside the known grammar\): "4\. Thay thế Phụ lục kèm theo Luật này\."/u);
    expect(r.stderr).toContain('3 instructions compiled into 3 changes; 1 refused; 0 amend another document (skipped)');
    const yaml = readFileSync(join(ws, 'amendments/luat-13.yaml'), 'utf8');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/amendment\.schema\.json\n/u);
    expect(yaml).toContain('amends: 99/2024/QH15\nnumber: 13/2025/QH15\ntype: Luật\nissuer: Quốc hội\ndate: 2025-12-10\neffective: 2026-07-01\n');
    expect(yaml).toContain('source: khoản 3 Điều 1\n');
    const check = runCli(['check', '--lang', 'en'], { cwd: ws });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const amend = runCli(['amend', 'amendments/luat-13.yaml', '--write', '--lang', 'en'], { cwd: ws });
    expect(amend.code, amend.stderr).toBe(0);
    const result = readFileSync(join(ws, 'regulations/luat-99.md'), 'utf8');
    expect(result).toContain('2. Cơ quan, tổ chức có liên quan thực hiện theo quy định của Bộ Tư pháp và các cơ quan, tổ chức liên quan.');
    expect(result).toContain('c) Cá nhân.\n\nd) Tổ chức xã hội - nghề nghiệp.');
    expect(result).toContain('2. Người ký: người đứng đầu cơ quan.');
    // without -o the patch goes to stdout; a file and --amendment together are refused
    const out = runCli(['import', '--amendment', amending, '-q', '--lang', 'en'], { cwd: ws });
    // (the schema line differs: it is relative to the folder the patch is written to)
    expect(out.stdout.split('\n').slice(1).join('\n')).toBe(yaml.split('\n').slice(1).join('\n'));
    expect(out.stdout).toContain('amends: 99/2024/QH15');
    expect(runCli(['import', GAZETTE, '--amendment', amending], { cwd: ws }).code).toBe(2);
  });
});
