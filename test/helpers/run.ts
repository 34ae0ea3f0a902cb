/** Run the built CLI as a real subprocess (node bin/quyche.js), with a clean environment. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO } from './paths.js';

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): ProcessRun {
  const r = spawnSync(process.execPath, [resolve(REPO, 'bin/quyche.js'), ...args], {
    cwd: opts.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env },
    encoding: 'utf8',
    input: opts.input,
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
