/**
 * The reliability catalogue's harness: a fresh workspace on disk per case, a hash of every file
 * under it (dot files included) before and after, and `main(argv, io)` run in-process on node:fs
 * (or on an injected FileIO), or the built CLI as a real subprocess where the process boundary
 * matters.
 */
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { FileIO } from '../../src/cli/io.js';
import { nodeFS } from '../../src/cli/node-io.js';
import { FIXTURES } from '../helpers/paths.js';

const made: string[] = [];

/** A copy of test/fixtures/<name> in a new temporary folder. */
export function workspace(name = 'ws-amend'): string {
  const d = mkdtempSync(join(tmpdir(), 'quyche-rel-'));
  made.push(d);
  if (name) cpSync(join(FIXTURES, name), d, { recursive: true });
  return d;
}

export function tmpDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'quyche-rel-'));
  made.push(d);
  return d;
}

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** path (relative to `dir`) → sha256 of its bytes (or of "symlink→target"), every file and link, dot files included. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      const rel = relative(dir, p);
      if (st.isSymbolicLink()) out[rel] = `symlink→${readlinkSync(p)}`;
      else if (st.isDirectory()) visit(p);
      else if (st.isFile()) out[rel] = createHash('sha256').update(readFileSync(p)).digest('hex');
      else out[rel] = `special:${st.mode.toString(8)}`;
    }
  };
  visit(dir);
  return out;
}

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Bytes {
  chunks: Buffer[] = [];
  isTTY = false;
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    return true;
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function run(args: string[], cwd: string, fs: FileIO = nodeFS, env: Record<string, string> = {}): Promise<InProcessRun> {
  const stdout = new Bytes();
  const stderr = new Bytes();
  const code = await main(args, { cwd, env, stdout, stderr, fs, now: () => new Date('2026-11-25T08:00:00Z') });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Only root ignores file permissions; permission cases use the IO seam when running as root. */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
