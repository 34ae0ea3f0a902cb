/**
 * How bin/quyche.js starts (issue 16): the bundle compiled with the code cache the build wrote,
 * and every way of starting gives the same run — with the cache, without it, with a cache V8
 * rejects, and without the bundle (the modules of dist/cli). No timing here: `npm run bench`
 * measures the start-up.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';
import { spawnSync } from 'node:child_process';

interface Compiled {
  script: { cachedDataRejected?: boolean };
  cacheFile?: string;
  cached: boolean;
}
const bin = createRequire(import.meta.url)(resolve(REPO, 'bin/quyche.js')) as { compileBundle(mode?: string): Compiled | undefined };

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A copy of the installation's bin/ and package.json, with `dist/` laid out by `layout`. */
function install(layout: (dist: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'quyche-start-'));
  temps.push(root);
  cpSync(join(REPO, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(REPO, 'package.json'), join(root, 'package.json'));
  mkdirSync(join(root, 'dist'));
  layout(join(root, 'dist'));
  return root;
}

/** `check` on the shipped workspace through the bin of `root`. */
function check(root: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/quyche.js'), 'check'], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('start-up: the bundle and its code cache', () => {
  it('the build wrote a code cache for this node, and V8 accepts it', () => {
    const compiled = bin.compileBundle();
    expect(compiled, 'dist/bundle/quyche.cjs (npm run build)').toBeDefined();
    expect(compiled!.cacheFile).toMatch(new RegExp(`quyche\\.[0-9a-f]{16}\\.${process.version.replace(/\./g, '\\.')}\\.cache$`));
    expect(compiled!.cached, `${compiled!.cacheFile} read`).toBe(true);
    expect(compiled!.script.cachedDataRejected).toBe(false);
  });

  it('without the cache (QUYCHE_CODE_CACHE=off) a run is the same, byte for byte', () => {
    const off = bin.compileBundle('off');
    expect(off!.cached).toBe(false);
    const cached = runCli(['check']);
    const plain = runCli(['check'], { env: { QUYCHE_CODE_CACHE: 'off' } });
    expect(cached.code).toBe(0);
    expect(cached.stderr).toMatch(/22 cảnh báo/);
    expect(plain).toEqual(cached);
  });

  it('a cache V8 rejects (not a cache at all) only slows the start: the run is the same', () => {
    const root = install((dist) => {
      cpSync(join(REPO, 'dist/bundle'), join(dist, 'bundle'), { recursive: true });
      const cache = readdirSync(join(dist, 'bundle')).find((f) => f.endsWith('.cache'))!;
      writeFileSync(join(dist, 'bundle', cache), Buffer.alloc(4096, 7));
    });
    const broken = createRequire(join(root, 'bin/'))('./quyche.js') as typeof bin;
    const compiled = broken.compileBundle();
    expect(compiled!.cached).toBe(true);
    expect(compiled!.script.cachedDataRejected).toBe(true);
    expect(check(root)).toEqual(runCli(['check']));
  });

  it('a bundle that is not ASCII (no `ascii` on its last line) is read as UTF-8: the run is the same', () => {
    const root = install((dist) => {
      cpSync(join(REPO, 'dist/bundle'), join(dist, 'bundle'), { recursive: true });
      const file = join(dist, 'bundle/quyche.cjs');
      const ascii = readFileSync(file, 'latin1');
      expect(ascii).toMatch(/ ascii\n$/);
      // one escaped regular expression character written as itself again, as a UTF-8 build has it
      const at = ascii.indexOf('\\u0111');
      expect(at).toBeGreaterThan(0);
      writeFileSync(file, `${ascii.slice(0, at)}đ${ascii.slice(at + 6).replace(/ ascii\n$/, '\n')}`, 'utf8');
    });
    const utf8 = createRequire(join(root, 'bin/'))('./quyche.js') as { compileBundle(mode?: string): Compiled & { ascii: boolean } };
    const compiled = utf8.compileBundle('off');
    expect(compiled.ascii).toBe(false);
    expect(check(root)).toEqual(runCli(['check']));
  });

  it('without the bundle, the modules of dist/cli run, with the same result', () => {
    const root = install((dist) => {
      for (const entry of readdirSync(join(REPO, 'dist'))) if (entry !== 'bundle') symlinkSync(join(REPO, 'dist', entry), join(dist, entry));
    });
    const none = createRequire(join(root, 'bin/'))('./quyche.js') as typeof bin;
    expect(none.compileBundle()).toBeUndefined();
    expect(check(root)).toEqual(runCli(['check']));
  });

  it('a check loads no ES module, node:crypto, node:child_process, node:fs/promises, net or tty, and no file of node_modules (each is milliseconds of a cold start)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quyche-modules-'));
    temps.push(dir);
    const preload = join(dir, 'preload.cjs');
    const out = join(dir, 'modules.txt');
    // node's modules loaded after this preload, written at exit
    // and the files required from node_modules (the bundle leaves yaml and jszip there)
    const files = join(dir, 'files.txt');
    writeFileSync(
      preload,
      `const base = new Set(process.moduleLoadList);\nprocess.on('exit', () => { require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.filter((m) => !base.has(m)).join('\\n')); require('node:fs').writeFileSync(${JSON.stringify(files)}, Object.keys(require.cache).join('\\n')); });\n`,
    );
    const r = spawnSync(process.execPath, ['-r', preload, resolve(REPO, 'bin/quyche.js'), 'check'], { cwd: REPO, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const loaded = readFileSync(out, 'utf8').split('\n');
    expect(loaded.length).toBeGreaterThan(10); // the list is there: streams, tty, vm …
    expect(loaded).toContain('NativeModule vm');
    expect(loaded.filter((m) => /esm\/translators|^NativeModule (?:crypto|child_process|internal\/fs\/promises|internal\/readline\/interface)$/.test(m))).toEqual([]);
    // stdout and stderr are pipes here: written to directly, never node's net.Socket, and no tty
    // asked whether they are terminals
    expect(r.stderr).toMatch(/22 cảnh báo/);
    expect(loaded.filter((m) => /^NativeModule (?:net|tty)$/.test(m))).toEqual([]);
    // nor when both are /dev/null (a character device: told from a terminal by its number)
    const quiet = spawnSync(process.execPath, ['-r', preload, resolve(REPO, 'bin/quyche.js'), 'check'], { cwd: REPO, env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' });
    expect(quiet.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter((m) => /^NativeModule (?:net|tty)$/.test(m))).toEqual([]);
    const required = readFileSync(files, 'utf8').split('\n');
    expect(required.some((f) => f.endsWith('bin/quyche.js'))).toBe(true); // the list is there
    expect(required.filter((f) => f.includes('node_modules'))).toEqual([]);
  });

  it('a check of the shipped workspace loads no module of yaml: its patch and every front matter are read by the fast reader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quyche-yaml-'));
    temps.push(dir);
    const preload = join(dir, 'yaml.cjs');
    // the files of node_modules/yaml in node's module cache at exit, on stderr; run on the modules of
    // dist/cli (no bundle), where every `import … from 'yaml'` a run evaluates loads them too
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeSync(2, 'YAML FILES ' + Object.keys(require('node:module')._cache).filter((f) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(f)).length + '\\n'));\n`);
    const root = install((dist) => {
      for (const entry of readdirSync(join(REPO, 'dist'))) if (entry !== 'bundle') symlinkSync(join(REPO, 'dist', entry), join(dist, entry));
    });
    const run = (cwd: string) => spawnSync(process.execPath, ['-r', preload, join(root, 'bin/quyche.js'), 'check'], { cwd, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    const shipped = run(REPO);
    expect(shipped.status).toBe(0);
    expect(shipped.stderr).toMatch(/22 cảnh báo/);
    expect(shipped.stderr).toMatch(/YAML FILES 0\n$/);
    // the same workspace with a front matter the fast reader declines (a flow mapping): yaml is loaded
    const ws = join(dir, 'ws');
    cpSync(join(REPO, 'regulations'), join(ws, 'regulations'), { recursive: true });
    cpSync(join(REPO, 'amendments'), join(ws, 'amendments'), { recursive: true });
    const file = join(ws, 'regulations/central/22-qd-tw.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amended_by: [262-QĐ/TW]', 'amended_by: [262-QĐ/TW]\nlabels: {decimal: Điểm, letter: Tiết}').replace(/^labels:\n {2}decimal: Điểm\n {2}letter: Tiết\n/m, ''));
    const declined = run(ws);
    expect(declined.status).toBe(0);
    expect(declined.stderr).toMatch(/22 cảnh báo/);
    expect(Number(/YAML FILES (\d+)\n$/.exec(declined.stderr)?.[1])).toBeGreaterThan(10);
  });

  it('a check (text report: stderr only) never makes process.stdout, a net.Socket when stdout is a pipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quyche-stdout-'));
    temps.push(dir);
    const preload = join(dir, 'trap.cjs');
    // process.stdout is a getter that makes the stream on first read: say so on stderr when it runs
    writeFileSync(preload, `const d = Object.getOwnPropertyDescriptor(process, 'stdout');\nObject.defineProperty(process, 'stdout', { configurable: true, enumerable: d.enumerable, get() { require('node:fs').writeSync(2, 'STDOUT MADE\\n'); return d.get.call(process); } });\n`);
    const run = (args: string[]) => spawnSync(process.execPath, ['-r', preload, resolve(REPO, 'bin/quyche.js'), ...args], { cwd: REPO, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const text = run(['check']);
    expect(text.status).toBe(0);
    expect(text.stderr).toMatch(/22 cảnh báo/);
    expect(text.stderr).not.toMatch(/STDOUT MADE/);
    expect(text.stdout).toBe('');
    // the JSON report goes to stdout, a pipe here: written to the descriptor whole, and node's
    // stream still not made (src/cli/stdio.ts)
    const json = run(['check', '--format', 'json']);
    expect(json.stderr).not.toMatch(/STDOUT MADE/);
    expect(JSON.parse(json.stdout)).toHaveProperty('summary');
  });

  it('a run sets its V8 settings once the cache is accepted; a training run leaves V8 as it is, and its cache is accepted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quyche-jit-'));
    temps.push(dir);
    const preload = join(dir, 'spy.cjs');
    const out = join(dir, 'events.txt');
    // what bin/quyche.js does to V8, in order: the bundle compiled (was its cache taken?), flags set
    writeFileSync(
      preload,
      [
        "const fs = require('node:fs'), vm = require('node:vm'), v8 = require('node:v8');",
        'const events = [];',
        "const { Script } = vm; vm.Script = class extends Script { constructor(src, o) { super(src, o); events.push(`compile cached=${o && o.cachedData ? 1 : 0} rejected=${this.cachedDataRejected}`); } };",
        'const set = v8.setFlagsFromString; v8.setFlagsFromString = (f) => { events.push(`flags ${f}`); return set(f); };',
        `process.on('exit', () => fs.writeFileSync(${JSON.stringify(out)}, events.join('\\n')));`,
      ].join('\n'),
    );
    const root = install((dist) => cpSync(join(REPO, 'dist/bundle'), join(dist, 'bundle'), { recursive: true }));
    const run = (env: Record<string, string> = {}) => {
      const r = spawnSync(process.execPath, ['-r', preload, join(root, 'bin/quyche.js'), 'check'], { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
      expect(r.status).toBe(0);
      return readFileSync(out, 'utf8').split('\n');
    };
    expect(run()).toEqual(['compile cached=1 rejected=false', 'flags --interrupt-budget=1048576 --semi-space-growth-factor=1']);
    expect(run({ QUYCHE_CODE_CACHE: 'write' })).toEqual(['compile cached=0 rejected=undefined']);
    // the cache that training run wrote (over the build's) is the one a run now takes
    expect(run()).toEqual(['compile cached=1 rejected=false', 'flags --interrupt-budget=1048576 --semi-space-growth-factor=1']);
  });

  it('without dist/ at all, it says to build, and exits 2', () => {
    const root = install(() => undefined);
    const r = check(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('quyche: chưa có dist/ — hãy chạy `npm install` (hoặc `npm run build`) trước.\n');
    const en = check(root, { QUYCHE_LANG: 'en_US.UTF-8' }); // read as the CLI reads it (parseLang)
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('quyche: dist/ is missing — run `npm install` (or `npm run build`) first.\n');
  });
});
