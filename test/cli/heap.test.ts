/**
 * src/cli/heap.ts: the young generation is kept small (bin/quyche.js) until a run has read
 * LARGE_INPUT bytes, files and standard input together; then V8's default growth is set back, once.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GROWTH, LARGE_INPUT, sizedYoungGeneration } from '../../src/cli/heap.js';
import type { CliIO } from '../../src/cli/io.js';
import { MemoryFS, memoryIO } from '../helpers/memory-io.js';

/** An in-memory workspace whose files have the given sizes, and standard input if asked. */
function fakeIO(sizes: Record<string, number>, stdinSize?: number): CliIO {
  const files = Object.fromEntries(Object.entries(sizes).map(([p, n]) => [p, new Uint8Array(n)]));
  const io = memoryIO(new MemoryFS(files));
  return stdinSize === undefined ? io : { ...io, stdin: async () => new Uint8Array(stdinSize) };
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
    // the other calls are the given file system's (a class's methods too)
    expect(await io.fs.isFile('a')).toBe(true);
    expect(await io.fs.isFile('b')).toBe(false);
    expect(io.stdout).toBe(base.stdout);
    expect(sizedYoungGeneration(fakeIO({})).stdin).toBeUndefined();
  });

  it("sets back this node's own default (node --v8-options)", () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toContain(`default: ${DEFAULT_GROWTH}\n`);
  });
});
