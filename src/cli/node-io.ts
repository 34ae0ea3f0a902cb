/**
 * The CLI's I/O on node:fs (the only module that touches it). `createNodeFS(overrides)` takes
 * replacements for the low-level calls, so that tests inject a full disk, an unreadable file or a
 * read-only folder through the same code path the CLI uses.
 */
import * as fs from 'node:fs';
import type { promises as fsp } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { FileChangedError, FileExistsError, IoError, LockedError, type CliIO, type FileIO, type PathKind } from './io.js';
import type { StdioSystem } from './stdio.js';

export { FileChangedError, FileExistsError, IoError, LockedError } from './io.js';

/** The node:fs calls quyche makes, each replaceable. */
export interface LowFS {
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  stat: typeof fsp.stat;
  lstat: typeof fsp.lstat;
  realpath: typeof fsp.realpath;
  readlink: typeof fsp.readlink;
  mkdir: typeof fsp.mkdir;
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  link: typeof fsp.link;
  rm: typeof fsp.rm;
  chmod: typeof fsp.chmod;
  writeFile: typeof fsp.writeFile;
}

/**
 * The calls a run that only reads makes (check, outline …) on node:fs's callbacks, the others on
 * node:fs/promises, loaded on the first write: `fs.promises` loads 11 internal modules (readline,
 * the directory and watcher modules among them), ≈ 2.5 ms of every start (issue 16). The same
 * results and the same errors: the promise API calls the same bindings (realpath is the native
 * one, as fs/promises' is).
 */
const later = <K extends keyof LowFS>(name: K): LowFS[K] => ((...args: unknown[]) => (fs.promises[name] as (...a: unknown[]) => unknown)(...args)) as LowFS[K];
const NODE_LOW: LowFS = {
  readFile: promisify(fs.readFile) as unknown as LowFS['readFile'],
  readdir: promisify(fs.readdir) as unknown as LowFS['readdir'],
  stat: promisify(fs.stat) as unknown as LowFS['stat'],
  lstat: promisify(fs.lstat) as unknown as LowFS['lstat'],
  realpath: promisify(fs.realpath.native) as unknown as LowFS['realpath'],
  readlink: promisify(fs.readlink) as unknown as LowFS['readlink'],
  mkdir: later('mkdir'),
  open: later('open'),
  rename: later('rename'),
  link: later('link'),
  rm: later('rm'),
  chmod: later('chmod'),
  writeFile: later('writeFile'),
};

export interface NodeFSHooks {
  /** called with the temporary file's path after its fsync, before the final check and rename (or link) */
  beforeRename?: (tmp: string) => Promise<void>;
}

const LOCK_FILE = '.quyche.lock';
const TEMP_PREFIX = '.quyche-tmp-';

/** Temporary and lock files this process has created and not yet removed (for signals). */
const LIVE = new Set<string>();

/** Remove every temporary and lock file still held (synchronous: called from signal handlers). */
export function removeLeftovers(): void {
  for (const p of LIVE) {
    try {
      fs.rmSync(p, { force: true });
    } catch {
      /* nothing more can be done on the way out */
    }
  }
  LIVE.clear();
}

function code(e: unknown): string {
  return typeof (e as NodeJS.ErrnoException)?.code === 'string' ? (e as NodeJS.ErrnoException).code! : '';
}

/** "EACCES: permission denied, open '/x'" → "permission denied" */
function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const r = /^[A-Z0-9]+: ([^,]+)/.exec(m);
  return r ? r[1]! : m;
}

function ioError(op: IoError['op'], path: string, e: unknown): Error {
  if (e instanceof IoError || e instanceof FileChangedError || e instanceof FileExistsError || e instanceof LockedError) return e;
  return new IoError(op, path, code(e), reasonOf(e));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM';
  }
}

export function createNodeFS(overrides: Partial<LowFS> = {}, hooks: NodeFSHooks = {}): FileIO {
  const low: LowFS = { ...NODE_LOW, ...overrides };

  const realpath = async (path: string): Promise<string> => {
    try {
      return await low.realpath(path);
    } catch {
      const up = dirname(path);
      if (up === path) return path;
      return join(await realpath(up), basename(path));
    }
  };

  /** the file a write to `path` lands in: symlinks followed, dangling ones too */
  const target = async (path: string): Promise<string> => {
    for (let p = path, hops = 0; hops < 40; hops++) {
      let st;
      try {
        st = await low.lstat(p);
      } catch {
        return p;
      }
      if (!st.isSymbolicLink()) return p;
      p = resolve(dirname(p), await low.readlink(p));
    }
    throw new IoError('write', path, 'ELOOP', 'too many symbolic links');
  };

  const lock = async (dir: string, path: string): Promise<() => Promise<void>> => {
    const file = join(dir, LOCK_FILE);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const h = await low.open(file, 'wx');
        LIVE.add(file);
        try {
          await h.writeFile(`${process.pid}\n`);
        } catch (e) {
          // a full disk can refuse even the lock's few bytes: take the empty lock file back
          LIVE.delete(file);
          await h.close().catch(() => undefined);
          await low.rm(file, { force: true }).catch(() => undefined);
          throw ioError('write', path, e);
        }
        await h.close();
        return async () => {
          LIVE.delete(file);
          await low.rm(file, { force: true }).catch(() => undefined);
        };
      } catch (e) {
        if (code(e) !== 'EEXIST') throw ioError('write', path, e);
        const pid = String(await low.readFile(file, 'utf8').catch(() => '')).trim();
        if (/^\d+$/.test(pid) && !alive(Number(pid))) {
          await low.rm(file, { force: true }).catch(() => undefined); // stale: its process is gone
          continue;
        }
        throw new LockedError(path, file, pid || '?');
      }
    }
    throw new LockedError(path, file, '?');
  };

  return {
    async read(path) {
      try {
        return await low.readFile(path);
      } catch (e) {
        if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR') return undefined;
        throw ioError('read', path, e);
      }
    },
    async list(dir) {
      const out: string[] = [];
      const seen = new Set<string>();
      const visit = async (d: string, top: boolean): Promise<void> => {
        let entries;
        try {
          const real = await low.realpath(d);
          if (seen.has(real)) return; // a symlink cycle
          seen.add(real);
          entries = await low.readdir(d, { withFileTypes: true });
        } catch (e) {
          if (top && (code(e) === 'ENOENT' || code(e) === 'ENOTDIR')) return;
          throw ioError('list', d, e);
        }
        for (const e of entries) {
          if (e.name.startsWith('.')) continue;
          const p = join(d, e.name);
          if (e.isDirectory()) await visit(p, false);
          else if (e.isFile()) out.push(p);
          else if (e.isSymbolicLink()) {
            const st = await low.stat(p).catch(() => undefined); // a dangling link is no document
            if (st?.isDirectory()) await visit(p, false);
            else if (st?.isFile()) out.push(p);
          }
        }
      };
      await visit(dir, true);
      return out.sort();
    },
    async isDirectory(path) {
      try {
        return (await low.stat(path)).isDirectory();
      } catch {
        return false;
      }
    },
    async isFile(path) {
      try {
        return (await low.stat(path)).isFile();
      } catch {
        return false;
      }
    },
    async kind(path): Promise<PathKind> {
      try {
        const st = await low.stat(path);
        return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'special';
      } catch {
        return 'missing';
      }
    },
    realpath,
    async remove(path) {
      try {
        await low.rm(path, { force: true });
      } catch (e) {
        throw ioError('write', path, e);
      }
    },
    async mkdirp(path) {
      try {
        await low.mkdir(path, { recursive: true });
      } catch (e) {
        throw ioError('mkdir', path, e);
      }
    },
    async writeAtomic(path, data, options = {}) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      // what is there, links followed by the kernel (/dev/stdout → /proc/self/fd/1 → a pipe)
      let st;
      try {
        st = await low.stat(path);
      } catch (e) {
        if (code(e) !== 'ENOENT') throw ioError('write', path, e);
      }
      if (st && !st.isFile() && !st.isDirectory() && !options.exclusive) {
        // /dev/null, a fifo, a terminal, a pipe: write into it; never replace the node
        try {
          await low.writeFile(path, bytes);
        } catch (e) {
          throw ioError('write', path, e);
        }
        return;
      }
      // the regular file a write lands in: an existing file's real path, or a dangling link's target
      const dest = st ? await low.realpath(path).catch(() => path) : await target(path);
      if (st && options.exclusive) throw new FileExistsError(path); // the early answer; link() below is the atomic one
      if (st?.isDirectory()) throw new IoError('write', path, 'EISDIR', 'is a directory');
      const dir = dirname(dest);
      // an exclusive write needs no lock: link() never replaces, so two writers cannot both win
      const release = options.exclusive ? async () => undefined : await lock(dir, path);
      // node:crypto on first write only: loading it costs a run that writes nothing (check, outline)
      // about as much as compiling quyche's own library (issue 16)
      const { randomBytes } = await import('node:crypto');
      const tmp = join(dir, `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
      try {
        LIVE.add(tmp);
        let h;
        try {
          h = await low.open(tmp, 'wx');
        } catch (e) {
          throw ioError('write', path, e);
        }
        try {
          await h.writeFile(bytes);
          await h.sync();
        } catch (e) {
          throw ioError('write', path, e);
        } finally {
          await h.close().catch(() => undefined);
        }
        if (st) await low.chmod(tmp, st.mode & 0o7777).catch(() => undefined);
        await hooks.beforeRename?.(tmp);
        // the last look before the rename: the bytes must still be the ones we read
        if (options.expect) {
          const current = await low.readFile(dest).catch(() => undefined);
          if (!current || Buffer.compare(current, Buffer.from(options.expect)) !== 0) throw new FileChangedError(path);
        }
        if (options.exclusive) await publishExclusive(tmp, dest, path, bytes);
        else {
          try {
            await low.rename(tmp, dest);
          } catch (e) {
            throw ioError('write', path, e);
          }
        }
        LIVE.delete(tmp);
        try {
          const d = await low.open(dir, 'r');
          await d.sync().catch(() => undefined);
          await d.close();
        } catch {
          /* folders cannot be fsynced everywhere; the rename is done */
        }
      } catch (e) {
        await low.rm(tmp, { force: true }).catch(() => undefined);
        throw e;
      } finally {
        LIVE.delete(tmp);
        await release();
      }
    },
  };

  /**
   * Give the complete, fsynced temporary file its final name unless that name exists: link()
   * fails with EEXIST atomically (the kernel decides between racing writers), then the temporary
   * name is removed. Where the file system has no hard links (EPERM, ENOTSUP, ENOSYS: FAT, some
   * network shares), the target is created with open('wx') — as exclusive, but a crash mid-write
   * could leave it short; it is removed when the write itself fails.
   */
  async function publishExclusive(tmp: string, dest: string, path: string, bytes: Uint8Array): Promise<void> {
    try {
      await low.link(tmp, dest);
      await low.rm(tmp, { force: true }).catch(() => undefined);
      return;
    } catch (e) {
      if (code(e) === 'EEXIST') throw new FileExistsError(path);
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code(e))) throw ioError('write', path, e);
    }
    let h;
    try {
      h = await low.open(dest, 'wx');
    } catch (e) {
      if (code(e) === 'EEXIST') throw new FileExistsError(path);
      throw ioError('write', path, e);
    }
    try {
      await h.writeFile(bytes);
      await h.sync();
    } catch (e) {
      await h.close().catch(() => undefined);
      await low.rm(dest, { force: true }).catch(() => undefined);
      throw ioError('write', path, e);
    }
    await h.close().catch(() => undefined);
    await low.rm(tmp, { force: true }).catch(() => undefined);
  }
}

export const nodeFS: FileIO = createNodeFS();

/** The process's I/O; `streams` replace process.stdout and process.stderr (bin.ts: made on first use). */
export function nodeIO(fs: FileIO = nodeFS, streams: Pick<CliIO, 'stdout' | 'stderr'> = { stdout: process.stdout, stderr: process.stderr }): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: streams.stdout,
    stderr: streams.stderr,
    fs,
    now: () => new Date(),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/** The descriptors of standard output and error as `direct` (stdio.ts) writes them, on the platform bin.ts names. */
export function nodeStdio(platform: string): StdioSystem {
  return {
    platform,
    fstat: (fd) => fs.fstatSync(fd),
    nullDevice: () => {
      try {
        return fs.statSync('/dev/null').rdev;
      } catch {
        return undefined;
      }
    },
    write: (fd, bytes) => fs.writeSync(fd, bytes),
  };
}
