/**
 * The executable: wires node's process and file system into `main` — the only module that
 * touches `process`. It also owns what only a process has: a closed stdout (EPIPE: the reader
 * is gone, as with `| head -1`) ends output quietly, and SIGINT/SIGTERM/SIGHUP remove the
 * temporary and lock files of a write in flight before the process dies of the signal.
 */
import { sizedYoungGeneration } from './heap.js';
import { main } from './main.js';
import { createNodeFS, nodeFS, nodeIO, nodeStdio, removeLeftovers } from './node-io.js';
import { direct } from './stdio.js';

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

const stdio = nodeStdio(process.platform);
const io = sizedYoungGeneration(nodeIO(fs, { stdout: direct(1, () => process.stdout, stdio), stderr: direct(2, () => process.stderr, stdio) }));
// no top-level await: this module is also the entry of the CommonJS bundle (scripts/bundle.mjs),
// which bin/quyche.js compiles with V8's code cache, and a CommonJS script cannot await at top level
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
