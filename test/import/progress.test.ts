/**
 * The progress indicator of `quyche import`: shown on stderr for a large file when stderr is a
 * terminal, never when it is not (a pipe, a CI log), never on stdout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Capture, MemoryFS, memoryIO } from '../helpers/memory-io.js';
import { REPO } from '../helpers/paths.js';

/** A terminal's stderr as ora drives it (cursor moves and line clears are control calls). */
class TtyCapture extends Capture {
  columns = 80;
  cursorTo(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
}

const GAZETTE = readFileSync(join(REPO, 'test/import/fixtures/gazette.txt'), 'utf8');

async function run(size: number, tty: boolean) {
  // a gazette text made large by repeating its body's last paragraph as more text
  let text = GAZETTE;
  while (Buffer.byteLength(text) < size) text += `\n${'Nội dung bổ sung để tệp lớn hơn, không phải nhãn. '.repeat(40)}\n`;
  const fs = new MemoryFS({ '/ws/luat.txt': text });
  const io = memoryIO(fs, '/ws', { TERM: 'xterm' });
  const err = tty ? new TtyCapture(true) : new Capture(false);
  io.stderr = err;
  const code = await main(['import', 'luat.txt', '-o', 'luat.md', '--lang', 'en'], io);
  return { code, err: err.text, out: io.out.text };
}

describe('quyche import progress', () => {
  it('shows on a terminal for a large file, on stderr only', async () => {
    const r = await run(1.2 * 1024 * 1024, true);
    expect(r.code).toBe(0);
    expect(r.err).toContain('importing luat.txt…');
    expect(r.out).toBe('');
  });

  it('does not show when stderr is not a terminal, nor for a small file', async () => {
    expect((await run(1.2 * 1024 * 1024, false)).err).not.toContain('importing');
    expect((await run(1000, true)).err).not.toContain('importing');
  });
});
