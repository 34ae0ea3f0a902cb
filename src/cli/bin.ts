/**
 * The executable: wires node's process and file system into `main` — the only module that
 * touches `process`. It also owns what only a process has: a closed stdout (EPIPE: the reader
 * is gone, as with `| head -1`) ends output quietly, and SIGINT/SIGTERM/SIGHUP remove the
 * temporary and lock files of a write in flight before the process dies of the signal.
 */
import { main } from './main.js';
import { createNodeFS, nodeFS, nodeIO, removeLeftovers } from './node-io.js';
import type { OutStream } from './io.js';

/** A stream whose reader may go away: after EPIPE, writes are dropped instead of thrown. */
function quiet(stream: NodeJS.WriteStream): OutStream {
  let gone = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') gone = true;
    else throw e;
  });
  return {
    write: (chunk) => (gone ? false : stream.write(chunk)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeLeftovers();
    process.kill(process.pid, signal); // die of the signal, as the caller expects
  });
}

// a test seam (test/reliability/process.test.ts): hold a write just before its rename, so that a
// signal can be sent while the temporary file exists — deterministically, without timing
const fs = process.env.QUYCHE_TEST_HOLD_BEFORE_RENAME
  ? createNodeFS({}, {
      beforeRename: (tmp) =>
        new Promise<void>(() => {
          process.stderr.write(`HOLD ${tmp}\n`);
          setInterval(() => undefined, 60_000);
        }),
    })
  : nodeFS;

const io = nodeIO(fs);
// no top-level await: this module is also the entry of the CommonJS bundle (scripts/bundle.mjs),
// which bin/quyche.js compiles with V8's code cache, and a CommonJS script cannot await at top level
void main(process.argv.slice(2), { ...io, stdout: quiet(process.stdout), stderr: quiet(process.stderr) }).then((code) => {
  process.exitCode = code;
});
