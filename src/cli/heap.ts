/**
 * V8's young generation sized to the run's input (docs/performance.md, "V8 settings").
 *
 * bin/quyche.js starts a run with the young generation kept at its first size
 * (`--semi-space-growth-factor=1`, set with the interrupt budget once the bundle is compiled):
 * by V8's default it doubles each time a scavenge finds much of it alive, up to 2 × 16 MB, and
 * every megabyte it grows into is memory touched and kept. On a 5 MB document that growth was
 * 16–39 MB of the peak (outline, check, diff, amend) for no time won. On large inputs the small
 * young generation costs time (more scavenges, more promoted to the old generation: a 20 MB
 * outline +12 % wall time, a 49 MB one +7 %) for a smaller share of the peak, so once a run has
 * read more than `LARGE_INPUT` bytes the young generation may grow again as V8 grows it.
 */
import { setFlagsFromString } from 'node:v8';
import type { CliIO, FileIO } from './io.js';

export const LARGE_INPUT = 16 * 1024 * 1024;
export const DEFAULT_GROWTH = '--semi-space-growth-factor=2';

/** `io` whose reads (files and standard input) are counted; past `LARGE_INPUT` bytes, V8's default growth is set back, once. */
export function sizedYoungGeneration(io: CliIO, setFlags: (flags: string) => void = setFlagsFromString): CliIO {
  let read = 0;
  const note = <T extends Uint8Array | undefined>(bytes: T): T => {
    if (bytes && read <= LARGE_INPUT && (read += bytes.length) > LARGE_INPUT) setFlags(DEFAULT_GROWTH);
    return bytes;
  };
  const stdin = io.stdin;
  // every other call of the file system is the given one's, methods of a class included
  const fs: FileIO = Object.create(io.fs);
  fs.read = async (path) => note(await io.fs.read(path));
  return { ...io, fs, ...(stdin ? { stdin: async () => note(await stdin()) } : {}) };
}
