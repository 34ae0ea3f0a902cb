/**
 * src/cli/heap.ts: the young generation is kept small (bin/quyche.js) until a run has read
 * LARGE_INPUT bytes, files and standard input together; then V8's default growth is set back, once.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GROWTH, LARGE_INPUT, sizedYoungGeneration } from '../../src/cli/heap.js';
import type { CliIO } from '../../src/cli/io.js';

function fakeIO(sizes: Record<string, number>, stdinSize?: number): CliIO {
  const sink = { write: () => true };
  return {
    cwd: '/',
    env: {},
    stdout: sink as unknown as CliIO['stdout'],
    stderr: sink as unknown as CliIO['stderr'],
    fs: {
      read: async (p: string) => (p in sizes ? new Uint8Array(sizes[p]!) : undefined),
      list: async () => [],
      isDirectory: async () => false,
      isFile: async (p: string) => p in sizes,
      writeAtomic: async () => undefined,
      mkdirp: async () => undefined,
    } as unknown as CliIO['fs'],
    ...(stdinSize === undefined ? {} : { stdin: async () => new Uint8Array(stdinSize) }),
  };
}

describe('the young generation sized to the input', () => {
  it('keeps it small up to LARGE_INPUT bytes read, then sets the default growth back once', async () => {
    const flags: string[] = [];
    const io = sizedYoungGeneration(fakeIO({ a: LARGE_INPUT / 2, b: LARGE_INPUT / 2, c: 1, d: LARGE_INPUT }), (f) => flags.push(f));
    expect((await io.fs.read('a'))?.length).toBe(LARGE_INPUT / 2);
    expect(await io.fs.read('missing')).toBeUndefined();
    await io.fs.read('b');
    expect(flags).toEqual([]); // exactly LARGE_INPUT: not past it
    expect((await io.fs.read('c'))?.length).toBe(1);
    expect(flags).toEqual([DEFAULT_GROWTH]);
    await io.fs.read('d');
    expect(flags).toEqual([DEFAULT_GROWTH]);
  });

  it('counts standard input with the files, and leaves the rest of the I/O as it was', async () => {
    const flags: string[] = [];
    const base = fakeIO({ a: LARGE_INPUT }, 2);
    const io = sizedYoungGeneration(base, (f) => flags.push(f));
    await io.fs.read('a');
    expect(flags).toEqual([]);
    expect((await io.stdin!())?.length).toBe(2);
    expect(flags).toEqual([DEFAULT_GROWTH]);
    expect(io.fs.isFile).toBe(base.fs.isFile);
    expect(io.stdout).toBe(base.stdout);
    expect(sizedYoungGeneration(fakeIO({})).stdin).toBeUndefined();
  });

  it("sets back this node's own default (node --v8-options)", () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toContain(`default: ${DEFAULT_GROWTH}\n`);
  });
});
