import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, VERSION } from '../../src/cli/main.js';
import { nodeFS } from '../../src/cli/node-io.js';
import { Capture } from '../helpers/memory-io.js';
import { FIXTURES } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';
import { CASES, type CliCase } from './cases.js';

const GOLDEN = join(FIXTURES, 'cli');

/** Paths and the version vary between machines; the golden files must not. */
function sanitize(s: string): string {
  return s.replaceAll(FIXTURES, '<fixtures>').replaceAll(VERSION, 'X.Y.Z');
}

function compare(c: CliCase, got: { code: number; stdout: string; stderr: string }, host: string): void {
  const dir = join(GOLDEN, c.name);
  const actual = { code: String(got.code), stdout: sanitize(got.stdout), stderr: sanitize(got.stderr) };
  if (process.env.UPDATE_GOLDEN && host === 'in-process') {
    mkdirSync(dir, { recursive: true });
    for (const [k, v] of Object.entries(actual)) writeFileSync(join(dir, k), v);
  }
  expect(existsSync(dir), `golden ${dir}`).toBe(true);
  const golden = Object.fromEntries(['code', 'stdout', 'stderr'].map((k) => [k, readFileSync(join(dir, k), 'utf8')]));
  expect(actual).toEqual(golden);
  expect(got.code).toBe(c.code);
}

describe('CLI in-process: main(argv, io)', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(c.args, { cwd: c.cwd.startsWith('/') ? c.cwd : join(FIXTURES, c.cwd), env: { ...c.env }, stdout, stderr, fs: nodeFS });
      compare(c, { code, stdout: stdout.text, stderr: stderr.text }, 'in-process');
    });
  }
});

describe('CLI as a subprocess: node bin/quyche.js (the smoke cases)', () => {
  for (const c of CASES.filter((x) => x.smoke)) {
    it(c.name, () => {
      const r = runCli(c.args, { cwd: c.cwd.startsWith('/') ? c.cwd : join(FIXTURES, c.cwd), ...(c.env ? { env: c.env } : {}) });
      compare(c, r, 'subprocess');
    });
  }

  it('colours only on request: FORCE_COLOR=1 adds ANSI, NO_COLOR=1 and a pipe do not', () => {
    const cwd = join(FIXTURES, 'ws-basic');
    const plain = runCli(['outline', '01-QC/TU', '--depth', 'dieu'], { cwd, env: { NO_COLOR: '1' } });
    const forced = runCli(['outline', '01-QC/TU', '--depth', 'dieu'], { cwd, env: { FORCE_COLOR: '1' } });
    const flag = runCli(['outline', '01-QC/TU', '--depth', 'dieu', '--no-color'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    expect(forced.stdout).toMatch(/\u001b\[/);
    expect(flag.stdout).not.toMatch(/\u001b\[/);
    expect(forced.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });

  it('colours the redline: deletions red and struck, insertions green and underlined', () => {
    const cwd = join(FIXTURES, 'ws-amend');
    const forced = runCli(['amend', 'amendments/ok.yaml'], { cwd, env: { FORCE_COLOR: '1' } });
    const plain = runCli(['amend', 'amendments/ok.yaml'], { cwd, env: { NO_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m\u001b[9mtất cả \u001b[29m\u001b[39m');
    expect(forced.stdout).toContain('\u001b[32m\u001b[4md1) được số hóa theo quy định.\u001b[24m\u001b[39m');
    expect(forced.stdout).not.toContain('[-');
    expect(plain.stdout).toContain('[-tất cả -]');
    expect(plain.stdout).toContain('{+d1) được số hóa theo quy định.+}');
  });
});
