/** `quyche init`, run as a subprocess: scaffold, then check and amend there; never overwrite. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

const PATCH = 'amendments/vi-du-sua-doi.yaml';
const FILES = ['quyche.yaml', 'regulations/quy-che-lam-viec.md', 'regulations/central/901-qd-vd.md', PATCH];

function fresh(): string {
  return mkdtempSync(join(tmpdir(), 'quyche-init-'));
}

function tree(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  visit(dir, '');
  return out.sort();
}

describe('quyche init', () => {
  it('scaffolds a workspace in an empty folder; check finds the one deliberate failure; amend applies', () => {
    const root = fresh();
    const dir = join(root, 'ws');
    const init = runCli(['init', 'ws'], { cwd: root });
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('');
    expect(tree(dir)).toEqual([...FILES].sort());
    for (const f of FILES) expect(init.stderr).toContain(f);

    // the schema line points at the shipped schema, relative to the patch's folder
    const first = readFileSync(join(dir, PATCH), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
    expect(m).not.toBeNull();
    expect(resolve(dirname(join(dir, PATCH)), m![1]!)).toBe(join(REPO, 'schema/amendment.schema.json'));

    const check = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    const ds = (JSON.parse(check.stdout) as { diagnostics: Array<{ severity: string; code: string; change?: string; line: number }> }).diagnostics;
    expect(ds.map((d) => `${d.severity} ${d.code} ${d.change}`)).toEqual(['error quote-mismatch 2']);
    // the comment that explains it stands right above the quote it explains
    const lines = readFileSync(join(dir, PATCH), 'utf8').split('\n');
    expect(lines[ds[0]!.line - 2]).toMatch(/check/);
    expect(lines.slice(ds[0]!.line - 5, ds[0]!.line - 1).join('\n')).toMatch(/LỖI CỐ Ý/);

    const amend = runCli(['amend', PATCH, '--no-color'], { cwd: dir });
    expect(amend.code).toBe(0);
    expect(amend.stdout).toContain('mỗi [-quý-]{+tháng+} một lần');
    expect(amend.stdout).toContain('{+3. Nội dung, kết quả các cuộc họp được ghi biên bản và lưu theo quy định.+}');

    // doing what the comment says makes check pass
    const patch = join(dir, PATCH);
    writeFileSync(patch, readFileSync(patch, 'utf8').replace('nắm bắt tình hình."', 'nắm tình hình."'));
    const fixed = runCli(['check'], { cwd: dir });
    expect(fixed.stderr).toContain('0 lỗi');
    expect(fixed.code).toBe(0);

    const write = runCli(['amend', PATCH, '--write', '--no-color'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(readFileSync(join(dir, 'regulations/quy-che-lam-viec.md'), 'utf8')).toContain('1. Chi ủy họp thường kỳ mỗi tháng một lần.\n\n2. Khi cần thiết');
  });

  it('into the current folder by default, with comments in English under --lang en', () => {
    const dir = fresh();
    const init = runCli(['init', '--lang', 'en'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toMatch(/^created the workspace \. \(4 files\):/);
    const patch = readFileSync(join(dir, PATCH), 'utf8');
    expect(patch).toContain('# DELIBERATE FAILURE');
    expect(patch).not.toContain('LỖI CỐ Ý');
    expect(readFileSync(join(dir, 'quyche.yaml'), 'utf8')).toMatch(/^# quyche workspace configuration/);
  });

  it('refuses to overwrite: one existing file and nothing is written (exit 2)', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'quyche.yaml'), 'regulations: mine\n');
    const r = runCli(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('quyche.yaml');
    expect(r.stderr).toContain('không ghi đè');
    expect(tree(dir)).toEqual(['quyche.yaml']);
    expect(readFileSync(join(dir, 'quyche.yaml'), 'utf8')).toBe('regulations: mine\n');
  });

  it('a second init changes nothing', () => {
    const dir = fresh();
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const before = FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
    const again = runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    for (const f of FILES) expect(again.stderr).toContain(f);
    expect(FILES.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(before);
    expect(existsSync(join(dir, 'amendments'))).toBe(true);
  });
});
