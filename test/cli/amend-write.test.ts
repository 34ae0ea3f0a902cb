import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FileChangedError, nodeFS } from '../../src/cli/node-io.js';
import { MemoryFS, memoryIO } from '../helpers/memory-io.js';
import { FIXTURES } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

const dirs: string[] = [];
function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), 'quyche-amend-'));
  dirs.push(d);
  cpSync(join(FIXTURES, 'ws-amend'), d, { recursive: true });
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const REG = 'regulations/qd-12-2025.md';

describe('amend --write (subprocess)', () => {
  it('writes the amended regulation, prints the redline on stdout and the note on stderr', () => {
    const d = workspace();
    const before = readFileSync(join(d, REG), 'utf8');
    const r = runCli(['amend', 'amendments/ok.yaml', '--write'], { cwd: d });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('{+d1) được số hóa theo quy định.+}');
    expect(r.stderr).toBe('đã ghi regulations/qd-12-2025.md\n');
    const after = readFileSync(join(d, REG), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('   d1) được số hóa theo quy định.');
    expect(after).toContain('### Điều 3. Hình thức và thể thức văn bản');
    // no temporary file left behind
    expect(readdirSync(join(d, 'regulations'))).toEqual(['qd-12-2025.md']);
    // applying the same patch again: every change is already in effect
    const again = runCli(['amend', 'amendments/ok.yaml'], { cwd: d });
    expect(again.code).toBe(0);
    expect(again.stderr.match(/already-applied/g)?.length).toBe(5);
  });

  it('leaves the file byte-identical when anything is wrong', () => {
    const d = workspace();
    const before = readFileSync(join(d, REG));
    const mtime = statSync(join(d, REG)).mtimeMs;
    const r = runCli(['amend', 'amendments/bad.yaml', '--write'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('có lỗi: không ghi gì');
    expect(readFileSync(join(d, REG)).equals(before)).toBe(true);
    expect(statSync(join(d, REG)).mtimeMs).toBe(mtime);
  });

  it('-o writes the amended text elsewhere and leaves the regulation alone', () => {
    const d = workspace();
    const before = readFileSync(join(d, REG));
    const r = runCli(['amend', 'amendments/ok.yaml', '-o', 'out/amended.md', '--quiet'], { cwd: d });
    expect(r.code).toBe(2); // the folder does not exist: an I/O failure, said plainly
    expect(r.stderr).toMatch(/không ghi được out\/amended\.md: không tồn tại \(ENOENT\)/);
    const ok = runCli(['amend', 'amendments/ok.yaml', '-o', 'amended.md', '--quiet'], { cwd: d });
    expect(ok.code).toBe(0);
    expect(readFileSync(join(d, 'amended.md'), 'utf8')).toContain('d1) được số hóa');
    expect(readFileSync(join(d, REG)).equals(before)).toBe(true);
  });
});

describe('amend --write refuses a file changed since it was read', () => {
  it('does not overwrite, and says so', async () => {
    const files: Record<string, string> = {
      [`/ws/${REG}`]: readFileSync(join(FIXTURES, 'ws-amend', REG), 'utf8'),
      '/ws/amendments/ok.yaml': readFileSync(join(FIXTURES, 'ws-amend/amendments/ok.yaml'), 'utf8'),
    };
    class Racing extends MemoryFS {
      override async writeAtomic(path: string, data: string | Uint8Array, options: { expect?: Uint8Array } = {}): Promise<void> {
        // somebody saves the file in an editor between our read and our write
        this.set(path, `${this.text(path)}\n<!-- edited meanwhile -->\n`);
        return super.writeAtomic(path, data, options);
      }
    }
    const fs = new Racing(files);
    const io = memoryIO(fs);
    const code = await main(['amend', 'amendments/ok.yaml', '--write'], io);
    expect(code).toBe(1);
    expect(io.err.text).toContain('đã bị sửa từ khi đọc');
    expect(fs.text(`/ws/${REG}`)).toContain('edited meanwhile');
    expect(fs.text(`/ws/${REG}`)).not.toContain('d1)');
  });
});

describe('atomic writes on disk', () => {
  it('replaces the file through a temporary file, keeps its mode, and refuses when the bytes changed', async () => {
    const d = mkdtempSync(join(tmpdir(), 'quyche-write-'));
    dirs.push(d);
    const p = join(d, 'a.md');
    writeFileSync(p, 'old');
    chmodSync(p, 0o640);
    await nodeFS.writeAtomic(p, 'new', { expect: new TextEncoder().encode('old') });
    expect(readFileSync(p, 'utf8')).toBe('new');
    expect(statSync(p).mode & 0o777).toBe(0o640);
    await expect(nodeFS.writeAtomic(p, 'newer', { expect: new TextEncoder().encode('old') })).rejects.toBeInstanceOf(FileChangedError);
    expect(readFileSync(p, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['a.md']);
  });
});
