/**
 * Where the process boundary matters, the built CLI runs as a real subprocess: a closed stdout
 * (EPIPE), signals in the middle of a write, `-o` onto character devices, fifos and a full tmpfs.
 * Nothing here is timed: the write is held at a known point by a test seam of bin.ts
 * (QUYCHE_TEST_HOLD_BEFORE_RENAME, which announces the temporary file on stderr and waits).
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';
import { cleanup, hashTree, IS_ROOT, tmpDir, workspace } from './harness.js';

const BIN = resolve(REPO, 'bin/quyche.js');
const REG = 'regulations/qd-12-2025.md';
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };

afterAll(cleanup);

function tryExec(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Run quyche with its stdout closed before it writes a byte; resolve with exit code and stderr. */
function closedStdout(args: string[], cwd: string): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone (`| head -1` after its line, `| true`)
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('close', (code, signal) => done({ code, signal, stderr }));
  });
}

describe('7. a closed stdout ends quietly', () => {
  for (const args of [['check', '--format', 'json'], ['outline', '01-QC/TU'], ['amend', 'amendments/sua-doi-qc-01-tu.yaml'], ['export', 'redline', 'amendments/sua-doi-qc-01-tu.yaml', '--date', '2026-01-01']]) {
    it(`quyche ${args.join(' ')} | (closed)`, async () => {
      const r = await closedStdout(args, REPO);
      expect(r.stderr).not.toMatch(/EPIPE|Error|at .*:\d+:\d+|nội bộ|internal/);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(args[0] === 'check' ? 0 : 0);
    });
  }
});

/** Start `amend --write` held just before its rename; resolve once the temporary file exists. */
function heldWrite(dir: string, args: string[]): Promise<{ child: ReturnType<typeof spawn>; tmp: string; stderr: () => string }> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...env, QUYCHE_TEST_HOLD_BEFORE_RENAME: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => {
      stderr += b.toString('utf8');
      const m = /HOLD (\S+)/.exec(stderr);
      if (m) ready({ child, tmp: m[1]!, stderr: () => stderr });
    });
    child.on('close', (code) => fail(new Error(`exited (${code}) before the write was held:\n${stderr}`)));
  });
}

describe('4. signals during a write leave no temporary file and the original intact', () => {
  for (const [signal, args] of [
    ['SIGTERM', ['amend', 'amendments/ok.yaml', '--write']],
    ['SIGINT', ['amend', 'amendments/ok.yaml', '--write']],
    ['SIGTERM', ['amend', 'amendments/ok.yaml', '-o', 'out.md']],
    ['SIGINT', ['export', 'redline', 'amendments/ok.yaml', '-f', 'docx', '-o', 'r.docx', '--date', '2026-01-01']],
  ] as const) {
    it(`${signal} during quyche ${args.join(' ')}`, async () => {
      const dir = workspace();
      const before = hashTree(dir);
      const { child, tmp } = await heldWrite(dir, [...args]);
      // the write is in flight: the temporary file and the lock exist
      expect(existsSync(tmp)).toBe(true);
      expect(existsSync(join(tmp, '..', '.quyche.lock'))).toBe(true);
      const exited = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('close', (code, sig) => r({ code, signal: sig })));
      child.kill(signal);
      const r = await exited;
      expect(r.signal).toBe(signal);
      expect(hashTree(dir)).toEqual(before); // nothing left behind, nothing changed
    });
  }
});

describe('2. -o onto special files writes into them, never replaces them', () => {
  const canMknod = IS_ROOT && tryExec('mknod', [join(tmpDir(), 'probe'), 'c', '1', '3']);
  it.skipIf(!canMknod)(`-o onto a character device (a private /dev/null made with mknod) keeps the device${canMknod ? '' : ' [skipped: mknod is not permitted here]'}`, () => {
    const dir = workspace();
    execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    const r = runCli(['amend', 'amendments/ok.yaml', '-o', 'null'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.quyche'))).toEqual([]);
  });
  it.skipIf(!canMknod)(`-o onto a full device (mknod c 1 7, like /dev/full) is ENOSPC with the path, exit 2${canMknod ? '' : ' [skipped: mknod is not permitted here]'}`, () => {
    const dir = workspace();
    execFileSync('mknod', [join(dir, 'full'), 'c', '1', '7']);
    const r = runCli(['amend', 'amendments/ok.yaml', '-o', 'full', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('quyche: cannot write full: no space left on the device (ENOSPC)\n');
    expect(lstatSync(join(dir, 'full')).isCharacterDevice()).toBe(true);
  });
  it('-o /dev/null keeps /dev/null', () => {
    const dir = workspace();
    const r = runCli(['amend', 'amendments/ok.yaml', '-o', '/dev/null'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
  it('-o /dev/stdout (a symlink to a pipe: `| cat`) writes into the pipe', () => {
    const dir = workspace();
    // through sh, so that stdout is a real pipe (node's own child stdio are sockets, which /proc/self/fd cannot open: ENXIO)
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" amend amendments/ok.yaml -o /dev/stdout -q | cat`], { cwd: dir, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('d1) được số hóa theo quy định.');
    expect(r.stdout).toContain('number: 12/2025/QĐ-UBND'); // the whole amended text, front matter included
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });
  it('-o onto a fifo streams into it (a reader gets the amended text)', async () => {
    const dir = workspace();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const cat = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    cat.stdout.on('data', (b: Buffer) => (got += b.toString('utf8')));
    const closed = new Promise<void>((r) => cat.on('close', () => r()));
    const r = runCli(['amend', 'amendments/ok.yaml', '-o', 'pipe', '-q'], { cwd: dir });
    const stillFifo = lstatSync(fifo).isFIFO();
    if (!stillFifo) cat.kill();
    expect(stillFifo).toBe(true);
    expect(r.code).toBe(0);
    await closed;
    expect(got).toContain('d1) được số hóa theo quy định.');
  });
});

describe('4. a real full disk: a 64 KiB tmpfs', () => {
  it('--write on a full tmpfs: exit 2, ENOSPC named, the regulation byte-identical, no temporary file (skipped, saying so, where no tmpfs can be mounted)', (ctx) => {
    const mnt = join(tmpDir(), 'small');
    mkdirSync(mnt);
    if (!IS_ROOT || !tryExec('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt])) {
      ctx.skip('cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN); the ENOSPC injection of catalogue.test.ts covers the code path');
      return;
    }
    try {
      cpSync(workspace(), mnt, { recursive: true });
      // fill the disk so that the temporary copy of the regulation cannot be written
      try {
        writeFileSync(join(mnt, 'filler'), Buffer.alloc(64 * 1024));
      } catch {
        /* full: what we want */
      }
      const before = hashTree(mnt);
      const r = runCli(['amend', 'amendments/ok.yaml', '--write'], { cwd: mnt });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/không ghi được regulations\/qd-12-2025\.md: ổ đĩa đã đầy \(ENOSPC\)/);
      expect(hashTree(mnt)).toEqual(before);
      expect(readFileSync(join(mnt, REG)).length).toBeGreaterThan(0);
    } finally {
      tryExec('umount', [mnt]);
    }
  });
});
