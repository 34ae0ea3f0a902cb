/** The CLI's I/O on node:fs and process (the only module that touches them). */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CliIO, FileIO } from './io.js';

export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed since it was read`);
  }
}

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

export const nodeFS: FileIO = {
  async read(path) {
    try {
      return await fs.readFile(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw e;
    }
  },
  async list(dir) {
    const out: string[] = [];
    const visit = async (d: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(d, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const p = join(d, e.name);
        if (e.isDirectory()) await visit(p);
        else if (e.isFile()) out.push(p);
      }
    };
    await visit(dir);
    return out.sort();
  },
  async isDirectory(path) {
    try {
      return (await fs.stat(path)).isDirectory();
    } catch {
      return false;
    }
  },
  async isFile(path) {
    try {
      return (await fs.stat(path)).isFile();
    } catch {
      return false;
    }
  },
  async mkdirp(path) {
    await fs.mkdir(path, { recursive: true });
  },
  async writeAtomic(path, data, options = {}) {
    if (options.exclusive) {
      try {
        await fs.stat(path);
        throw new FileExistsError(path);
      } catch (e) {
        if (e instanceof FileExistsError) throw e;
      }
    }
    const dir = dirname(path);
    const tmp = join(dir, `.quyche-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      if (options.expect) {
        const current = await fs.readFile(path).catch(() => undefined);
        if (!current || Buffer.compare(current, Buffer.from(options.expect)) !== 0) throw new FileChangedError(path);
      }
      try {
        const st = await fs.stat(path);
        await fs.chmod(tmp, st.mode);
      } catch {
        /* a new file keeps the default mode */
      }
      await fs.rename(tmp, path);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  },
};

export function nodeIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    fs: nodeFS,
    now: () => new Date(),
  };
}
