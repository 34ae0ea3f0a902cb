/**
 * `writeAtomic(path, data, { exclusive: true })` (src/cli/node-io.ts): the temporary file is
 * written and fsynced, then given its name with link(), which fails atomically when the name
 * exists — no stat-then-rename window. Races are made deterministic with the `beforeRename` hook
 * (a barrier that holds each writer after its fsync), never with timing.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createNodeFS, FileExistsError } from '../../src/cli/node-io.js';
import { Capture } from '../helpers/memory-io.js';

const fresh = (): string => mkdtempSync(join(tmpdir(), 'quyche-wx-'));

/** A barrier for `n` writers: each waits in beforeRename until all `n` have arrived. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const all = new Promise<void>((r) => (open = r));
  return () => {
    arrived++;
    if (arrived === n) open();
    return all;
  };
}

describe('exclusive writeAtomic', () => {
  it('refuses an existing target with FileExistsError and leaves its bytes and its folder unchanged', async () => {
    const dir = fresh();
    const file = join(dir, 'a.md');
    writeFileSync(file, 'cũ\n');
    const fs = createNodeFS();
    await expect(fs.writeAtomic(file, 'mới\n', { exclusive: true })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('cũ\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses a target created after the early check (between stat and link): the link decides, the other bytes stay', async () => {
    const dir = fresh();
    const file = join(dir, 'a.md');
    // another program creates the file while ours holds its fsynced temporary file
    const fs = createNodeFS({}, { beforeRename: async () => writeFileSync(file, 'của người khác\n') });
    await expect(fs.writeAtomic(file, 'của quyche\n', { exclusive: true })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('của người khác\n');
    expect(readdirSync(dir)).toEqual(['a.md']); // no temporary file, no lock left
  });

  it('writes a new file whole, with no temporary file or lock left', async () => {
    const dir = fresh();
    const file = join(dir, 'b.md');
    await createNodeFS().writeAtomic(file, 'nội dung\n', { exclusive: true });
    expect(readFileSync(file, 'utf8')).toBe('nội dung\n');
    expect(readdirSync(dir)).toEqual(['b.md']);
  });

  it('race: two concurrent exclusive writes to one path — exactly one wins and the file holds exactly its bytes', async () => {
    for (let round = 0; round < 20; round++) {
      const dir = fresh();
      const file = join(dir, 'race.md');
      const wait = barrier(2);
      const fs = createNodeFS({}, { beforeRename: wait });
      const payloads = [`người viết A ${'a'.repeat(5000)}\n`, `người viết B ${'b'.repeat(7000)}\n`];
      const results = await Promise.allSettled(payloads.map((p) => fs.writeAtomic(file, p, { exclusive: true })));
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(FileExistsError);
      expect(readFileSync(file, 'utf8')).toBe(payloads[won[0]!]);
      expect(readdirSync(dir)).toEqual(['race.md']);
    }
  });

  it('falls back to open(wx) where the file system has no hard links, still refusing an existing target', async () => {
    const dir = fresh();
    const noLink = { link: async () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })) };
    const fs = createNodeFS(noLink);
    const file = join(dir, 'c.md');
    await fs.writeAtomic(file, 'một\n', { exclusive: true });
    expect(readFileSync(file, 'utf8')).toBe('một\n');
    const racing = createNodeFS(noLink, { beforeRename: async () => writeFileSync(join(dir, 'd.md'), 'khác\n') });
    await expect(racing.writeAtomic(join(dir, 'd.md'), 'hai\n', { exclusive: true })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(join(dir, 'd.md'), 'utf8')).toBe('khác\n');
    expect(readdirSync(dir).sort()).toEqual(['c.md', 'd.md']);
  });

  it('init: a file that appears while init writes is reported as existing (exit 2) and kept, and init takes back what it wrote', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const dir = fresh();
      let n = 0;
      // the third file init writes is created by someone else just before init links it
      const fs = createNodeFS({}, {
        beforeRename: async (tmp) => {
          if (++n === 3) {
            const entries = await fsp.readdir(join(tmp, '..'));
            expect(entries.some((e) => e.startsWith('.quyche-tmp-'))).toBe(true);
            writeFileSync(join(dir, 'regulations/central/901-qd-vd.md'), 'của người khác\n');
          }
        },
      });
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(['init', '.', '--lang', lang], { cwd: dir, env: {}, stdout, stderr, fs });
      expect(code).toBe(2);
      expect(stderr.text).toContain('regulations/central/901-qd-vd.md');
      expect(stderr.text).toMatch(lang === 'vi' ? /đã có/u : /already/u);
      expect(readFileSync(join(dir, 'regulations/central/901-qd-vd.md'), 'utf8')).toBe('của người khác\n');
      // all or nothing: the files init had written are removed; no temporary file stays
      expect(readdirSync(dir).sort()).toEqual(['regulations']);
      expect(readdirSync(join(dir, 'regulations'), { recursive: true }).map(String).sort()).toEqual(['central', 'central/901-qd-vd.md']);
    }
  });
});
