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

/** What is at a path, symlinks followed. */
export type PathKind = 'file' | 'directory' | 'special' | 'missing';

export interface WriteOptions {
  /** refuse (FileChangedError) if the file's current bytes differ: it changed since it was read */
  expect?: Uint8Array;
  /** refuse (FileExistsError) if the file exists */
  exclusive?: boolean;
}

export interface FileIO extends WorkspaceIO {
  /**
   * Write `data` to `path`. A regular file (or a new one) is written atomically: a temporary
   * file in the same folder, fsync, then rename, under an advisory lock `.quyche.lock` in that
   * folder; a symlink is followed to its target; a character device or fifo (`/dev/null`, a
   * pipe) is written directly, never replaced. Failures throw `IoError` (path and OS reason),
   * `FileChangedError`, `FileExistsError` or `LockedError`; no temporary file survives them.
   */
  writeAtomic(path: string, data: string | Uint8Array, options?: WriteOptions): Promise<void>;
  mkdirp(path: string): Promise<void>;
  /** remove a file this run created (undo after a failure); absent where nothing can be removed */
  remove?(path: string): Promise<void>;
  /** the canonical path (symlinks resolved); for a path that does not exist, its folder's canonical path joined with its name */
  realpath?(path: string): Promise<string>;
  kind?(path: string): Promise<PathKind>;
}

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutStream;
  stderr: OutStream;
  fs: FileIO;
  /** the clock, for dates in exports (injected for reproducible tests) */
  now?: () => Date;
  /** all of standard input (`quyche diff … -`); absent: read through `fs` at /dev/stdin */
  stdin?: () => Promise<Uint8Array>;
}

export type ExitCode = 0 | 1 | 2;

/** A deliberate exit with a code and a message already printed. */
export class ExitError extends Error {
  constructor(readonly code: ExitCode) {
    super(`exit ${code}`);
  }
}

/** An operating-system failure on a path: reported as "cannot read/write <path>: <reason>", exit 2. */
export class IoError extends Error {
  override readonly name = 'IoError';
  constructor(
    readonly op: 'read' | 'write' | 'list' | 'mkdir',
    readonly path: string,
    /** the OS error code (EACCES, ENOSPC, …), or '' */
    readonly errno: string,
    readonly reason: string,
  ) {
    super(`${op} ${path}: ${reason}`);
  }
}

export class FileChangedError extends Error {
  override readonly name = 'FileChangedError';
  constructor(readonly path: string) {
    super(`${path} changed since it was read`);
  }
}

export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

/** Another quyche holds the lock of the folder being written. */
export class LockedError extends Error {
  override readonly name = 'LockedError';
  constructor(
    readonly path: string,
    readonly lock: string,
    readonly pid: string,
  ) {
    super(`${lock} is held by process ${pid}`);
  }
}
