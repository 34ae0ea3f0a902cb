/**
 * Everything the CLI needs from the outside world, passed in so that `main` runs the same in a
 * test (in memory) and in a terminal (bin.ts wires node:fs and process).
 */
import type { WorkspaceIO } from '../workspace/workspace.js';

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface FileIO extends WorkspaceIO {
  /** write atomically (temporary file in the same folder, then rename); when `expect` is given,
   *  refuse if the file's current bytes differ (it changed since it was read) */
  writeAtomic(path: string, data: string | Uint8Array, options?: { expect?: Uint8Array; exclusive?: boolean }): Promise<void>;
  mkdirp(path: string): Promise<void>;
}

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutStream;
  stderr: OutStream;
  fs: FileIO;
  /** the clock, for dates in exports (injected for reproducible tests) */
  now?: () => Date;
}

export type ExitCode = 0 | 1 | 2;

/** A deliberate exit with a code and a message already printed. */
export class ExitError extends Error {
  constructor(readonly code: ExitCode) {
    super(`exit ${code}`);
  }
}
