/** An in-memory file system and captured streams, to run `main()` in-process. */
import type { CliIO, FileIO, OutStream } from '../../src/cli/io.js';

export class Capture implements OutStream {
  chunks: string[] = [];
  constructor(public isTTY = false) {}
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'));
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export class MemoryFS implements FileIO {
  files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, c] of Object.entries(files)) this.set(p, c);
  }

  set(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  text(path: string): string | undefined {
    const b = this.files.get(path);
    return b ? new TextDecoder().decode(b) : undefined;
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async list(dir: string): Promise<string[]> {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    return [...this.files.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).split('/').some((s) => s.startsWith('.'))).sort();
  }

  async isDirectory(path: string): Promise<boolean> {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return [...this.files.keys()].some((p) => p.startsWith(prefix));
  }

  async isFile(path: string): Promise<boolean> {
    return this.files.has(path);
  }

  async mkdirp(): Promise<void> {}

  async writeAtomic(path: string, data: string | Uint8Array, options: { expect?: Uint8Array; exclusive?: boolean } = {}): Promise<void> {
    if (options.exclusive && this.files.has(path)) throw Object.assign(new Error(`${path} already exists`), { name: 'FileExistsError' });
    if (options.expect) {
      const cur = this.files.get(path);
      if (!cur || Buffer.compare(Buffer.from(cur), Buffer.from(options.expect)) !== 0) throw Object.assign(new Error(`${path} changed`), { name: 'FileChangedError' });
    }
    this.set(path, data);
  }
}

export interface MemoryRun {
  code: number;
  stdout: string;
  stderr: string;
  fs: MemoryFS;
}

export function memoryIO(fs: MemoryFS, cwd = '/ws', env: Record<string, string | undefined> = {}): CliIO & { out: Capture; err: Capture } {
  const out = new Capture();
  const err = new Capture();
  return { cwd, env, stdout: out, stderr: err, fs, out, err, now: () => new Date('2026-11-25T08:00:00Z') };
}
