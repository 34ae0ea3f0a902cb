/**
 * The executable: wires node's process and file system into `main` — the only module that
 * touches `process`. It also owns what only a process has: a closed stdout (EPIPE: the reader
 * is gone, as with `| head -1`) ends output quietly, and SIGINT/SIGTERM/SIGHUP remove the
 * temporary and lock files of a write in flight before the process dies of the signal.
 */
import { main } from './main.js';
import { createNodeFS, nodeFS, nodeIO, removeLeftovers } from './node-io.js';
import type { OutStream } from './io.js';

/**
 * A stream whose reader may go away: after EPIPE, writes are dropped instead of thrown. The
 * stream is made on first use: node makes `process.stdout` when it is first read, and for a pipe
 * that is a net.Socket, ≈ 3 ms of a `check`, which writes only to stderr (issue 16).
 */
function quiet(open: () => NodeJS.WriteStream): OutStream {
  let stream: NodeJS.WriteStream | undefined;
  let gone = false;
  const get = (): NodeJS.WriteStream => {
    if (!stream) {
      stream = open();
      stream.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') gone = true;
        else throw e;
      });
    }
    return stream;
  };
  return {
    write: (chunk) => (gone ? false : get().write(chunk)),
    get isTTY() {
      return get().isTTY;
    },
    get columns() {
      return get().columns;
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

const io = nodeIO(fs, { stdout: quiet(() => process.stdout), stderr: quiet(() => process.stderr) });
// no top-level await: this module is also the entry of the CommonJS bundle (scripts/bundle.mjs),
// which bin/quyche.js compiles with V8's code cache, and a CommonJS script cannot await at top level
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
