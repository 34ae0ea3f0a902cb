/** Standard output and error (src/cli/stdio.ts): a pipe or a file written directly, in order; a terminal through node's stream. */
import { describe, expect, it } from 'vitest';
import { direct, type StdioSystem } from '../../src/cli/stdio.js';

type Kind = 'fifo' | 'file' | 'socket' | 'char' | 'null' | 'unreadable';

/** A fake system: the descriptor's kind, and a write that takes at most `chunk` bytes, or fails as `fail` says on the given calls. */
function system(kind: Kind, opts: { platform?: string; chunk?: number; fail?: Map<number, string> } = {}) {
  const written: Uint8Array[] = [];
  let calls = 0;
  const sys: StdioSystem = {
    platform: opts.platform ?? 'linux',
    fstat: () => {
      if (kind === 'unreadable') throw Object.assign(new Error('EBADF'), { code: 'EBADF' });
      return { isFIFO: () => kind === 'fifo', isFile: () => kind === 'file', isSocket: () => kind === 'socket', isCharacterDevice: () => kind === 'char' || kind === 'null', rdev: kind === 'null' ? 259 : kind === 'char' ? 34816 : 0 };
    },
    nullDevice: () => 259,
    write: (_fd, bytes) => {
      const code = opts.fail?.get(calls++);
      if (code) throw Object.assign(new Error(code), { code });
      const n = Math.min(bytes.length, opts.chunk ?? bytes.length);
      written.push(Uint8Array.from(bytes.subarray(0, n)));
      return n;
    },
  };
  return { sys, written: () => Buffer.concat(written).toString('utf8'), pieces: () => written.length, calls: () => calls };
}

/** A fake node stream: what was written to it, and whether it was made. */
function stream(isTTY: boolean) {
  const state = { made: 0, text: '' };
  const s = { isTTY, columns: isTTY ? 100 : undefined, write: (c: string | Uint8Array) => ((state.text += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')), true), on: () => s };
  return { open: () => (state.made++, s as unknown as NodeJS.WriteStream), state };
}

describe('standard output and error', () => {
  for (const kind of ['fifo', 'file', 'socket', 'null'] as const) {
    it(`a ${kind} is written directly, in order, whole (partial writes continued), and is no terminal`, () => {
      const fake = system(kind, { chunk: 3 });
      const node = stream(false);
      const out = direct(2, node.open, fake.sys);
      expect(out.isTTY).toBe(false);
      expect(out.columns).toBeUndefined();
      out.write('Điều 1. ');
      out.write(Buffer.from('Phạm vi\n', 'utf8'));
      expect(fake.written()).toBe('Điều 1. Phạm vi\n');
      expect(fake.pieces()).toBeGreaterThan(2);
      expect(node.state.made).toBe(0);
    });
  }

  for (const [name, kind, platform] of [['a terminal (a character device other than /dev/null)', 'char', 'linux'], ['a descriptor fstat cannot read', 'unreadable', 'linux'], ['Windows', 'fifo', 'win32']] as const) {
    it(`${name} gets node's stream`, () => {
      const fake = system(kind, { platform });
      const node = stream(true);
      const out = direct(1, node.open, fake.sys);
      out.write('a');
      expect(out.isTTY).toBe(true);
      expect(out.columns).toBe(100);
      out.write('b');
      expect(node.state).toEqual({ made: 1, text: 'ab' });
      expect(fake.calls()).toBe(0);
    });
  }

  it('a pipe left non-blocking (EAGAIN) hands the rest to the stream, in order, from then on', () => {
    const fake = system('fifo', { chunk: 2, fail: new Map([[1, 'EAGAIN']]) });
    const node = stream(false);
    const out = direct(1, node.open, fake.sys);
    out.write('abcd');
    out.write('ef');
    expect(fake.written()).toBe('ab');
    expect(node.state.text).toBe('cdef');
    expect(fake.written() + node.state.text).toBe('abcdef');
  });

  it('EPIPE (the reader is gone) drops what follows quietly; another error is thrown', () => {
    const fake = system('fifo', { fail: new Map([[1, 'EPIPE']]) });
    const node = stream(false);
    const out = direct(1, node.open, fake.sys);
    expect(out.write('a')).toBe(true);
    expect(out.write('b')).toBe(false);
    expect(out.write('c')).toBe(false);
    expect(fake.written()).toBe('a');
    expect(fake.calls()).toBe(2);
    expect(node.state.made).toBe(0);
    const bad = direct(2, stream(false).open, system('file', { fail: new Map([[0, 'EIO']]) }).sys);
    expect(() => bad.write('x')).toThrow('EIO');
  });
});
