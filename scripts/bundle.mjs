#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/bin.js and what it imports, node_modules included) into one
// CommonJS script, dist/bundle/quyche.cjs, and writes V8's code cache for it (issue 16: start-up).
// `npm run build` runs it after tsc, so `npm ci`/`npm install` produce both; bin/quyche.js
// compiles the bundle with the cache (vm.Script `cachedData`) and falls back to dist/cli/bin.js
// when the bundle is absent (esbuild is a dev dependency).
//
// Why one CommonJS file: Node 20 has no compile cache for modules (`module.enableCompileCache` is
// Node 22) and can give V8 a code cache only for a classic script (vm.Script). Commands and other
// parts imported with `import()` stay lazy in it: esbuild wraps each in an init function run on
// first use, so a run evaluates only what it needs, and with the cache nothing is parsed at all.
//
// The cache is written by a training run: `quyche check` on the repository's own workspace (the
// figure issue 16 budgets), whose functions — the ones compiled while it ran — the cache then
// holds as bytecode, so a later run neither parses nor compiles them. Its file name carries a
// hash of the bundle and the node version (`quyche.<hash>.<node>.cache`, named by the bundle's
// last line): a cache is never used with another bundle, and another node does not read it
// (V8 itself also rejects a cache of another V8 or other flags: the run then compiles as without).
//
// Paths that modules resolve against their own location (`new URL('…', import.meta.url)`,
// createRequire's require('…')) are rewritten for the bundle's folder.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(repo, 'dist/bundle');
const outfile = join(outdir, 'quyche.cjs');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('bundle: esbuild is not installed; bin/quyche.js will run dist/cli/bin.js');
  process.exit(0);
}

const RELATIVE = /(new URL\(|require\()(['"])(\.\.?\/[^'"]+)\2/g;
const relocate = {
  name: 'relocate',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(join(repo, 'dist')) || args.path.includes('node_modules')) return undefined;
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(RELATIVE, (all, call, q, rel) => {
        const target = resolve(dirname(args.path), rel);
        let moved = relative(outdir, target).split('\\').join('/');
        if (!moved.startsWith('.')) moved = `./${moved}`;
        return `${call}${q}${moved}${q}`;
      });
      return { contents, loader: 'js' };
    });
  },
};

// commander require()s node:child_process at load, for executable subcommands quyche does not
// have; loading it (with net, dgram …) is ≈ 5 % of a `check`. Required on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) return undefined; // another commander: bundle it as it is
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

// chalk's supports-color loads node:tty at load to ask whether stdout and stderr are terminals,
// and tty loads net: ≈ 5 ms of a `check` whose stderr is a pipe or a file, where bin.ts writes to
// the descriptor itself and never makes node's stream. A pipe, a socket, a file or /dev/null (the
// character device of the same number) is no terminal: fstat says so without tty; anything else
// (another character device, a descriptor fstat cannot read) is asked of tty as before.
const lazyTty = {
  name: 'lazy-tty',
  setup(build) {
    build.onLoad({ filter: /[\\/]chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "import tty from 'node:tty';";
      if (!source.includes(eager)) return undefined; // another chalk: bundle it as it is
      const lazy = [
        "import { fstatSync, statSync } from 'node:fs';",
        'const tty = { isatty(fd) {',
        '  try {',
        '    const st = fstatSync(fd);',
        '    if (st.isFIFO() || st.isFile() || st.isSocket()) return false;',
        "    if (st.isCharacterDevice() && process.platform !== 'win32' && st.rdev === statSync('/dev/null').rdev) return false;",
        '  } catch {}',
        "  return require('node:tty').isatty(fd);",
        '} };',
      ].join('\n');
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: [join(repo, 'dist/cli/bin.js')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: process.env.QUYCHE_BUNDLE_NOMINIFY !== '1',
    legalComments: 'none',
    logLevel: 'warning',
    // import.meta.url of every bundled module is the bundle's own URL (paths relocated above)
    define: { 'import.meta.url': '__quyche_url' },
    // vm.Script has no module loader for import(): every import() becomes a require() (node:crypto …)
    supported: { 'dynamic-import': false },
    banner: { js: "var __quyche_url=require('node:url').pathToFileURL(__filename).href;" },
    // CommonJS libraries a `check` does not run stay in node_modules, required on first use: the
    // bundle is read whole on every start (yaml only reads what the fast reader declines; jszip
    // and its streams, pako … are the Word reader and writer)
    external: ['yaml', 'jszip'],
    plugins: [relocate, lazyChildProcess, lazyTty],
  });
} catch (error) {
  // no bundle is a slower start, not a broken install: bin/quyche.js runs dist/cli/bin.js
  await rm(outdir, { recursive: true, force: true });
  console.warn(`bundle: not built (${error instanceof Error ? error.message.split('\n')[0] : error}); bin/quyche.js will run dist/cli/bin.js`);
  process.exit(0);
}

// The file bin/quyche.js compiles is the module already wrapped as node's CommonJS loader wraps
// one, a function expression: vm.Script then takes the file's string as it is read, where
// wrapping it at run time made a concatenation V8 copies whole (flattens) before it compiles.
// It is ASCII when the pass of scripts/ascii.mjs could escape every non-ASCII character esbuild
// left (those of regular expression literals and String.raw templates): bin/quyche.js reads an
// ASCII file as Latin-1, a one-byte string half the size of the two-byte one UTF-8 gives, without
// decoding it. The proof is made here, on the bytes written: the last line says `ascii` only when
// every byte is under 0x80, and a bundle without it is read as UTF-8 (as before). The pass
// parses with TypeScript, there whenever tsc built dist/; without it the bundle stays UTF-8.
const asciiRegExps = await import('./ascii.mjs').then((m) => m.asciiRegExps, () => (code) => ({ code, ascii: false, left: ['(scripts/ascii.mjs could not load)'], changes: [] }));
const escaped = asciiRegExps(await readFile(outfile, 'utf8'));
const wrapped = Buffer.from(`(function (exports, require, module, __filename, __dirname) {${escaped.code}\n})`, 'utf8');
const ascii = isAscii(wrapped);
if (!ascii) console.warn(`bundle: not all ASCII (non-ASCII characters outside regular expression literals and String.raw templates, at offsets ${escaped.left.join(', ')}); bin/quyche.js will read it as UTF-8`);
// the bundle names its cache, and says whether it is ASCII (bin/quyche.js reads this last line)
const hash = createHash('sha256').update(wrapped).digest('hex').slice(0, 16);
await writeFile(outfile, Buffer.concat([wrapped, Buffer.from(`\n//# quyche-code-cache=quyche.${hash}${ascii ? ' ascii' : ''}\n`)]));

// the training run (no cache yet: bin/quyche.js writes it at exit, see QUYCHE_CODE_CACHE there).
// Its outcome does not matter — check's exit code, its warnings, even a workspace that is not
// there: a cache of whatever ran is valid, and no cache only means a slower start.
const train = spawnSync(process.execPath, [join(repo, 'bin/quyche.js'), 'check'], {
  cwd: repo,
  env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? repo, QUYCHE_CODE_CACHE: 'write' },
  stdio: 'ignore',
  timeout: 120_000,
});
const cache = (await readdir(outdir)).find((f) => f.endsWith('.cache'));
console.log(`bundle: dist/bundle/quyche.cjs written (${ascii ? 'ASCII' : 'UTF-8'})${cache ? `, code cache ${cache}` : `, no code cache (training run: ${train.error?.message ?? `exit ${train.status}`})`}`);
