#!/usr/bin/env node
// quyche — the compiled CLI lives in dist/ (built by `npm install` through the prepare script):
// dist/bundle/quyche.cjs (the whole CLI in one CommonJS script, see scripts/bundle.mjs) when
// esbuild was there to build it, else the modules tsc wrote in dist/cli/.
//
// This file is CommonJS (bin/package.json says so): an ES module entry would start node's ESM
// loader (≈ 35 internal modules, fs/promises and the streams among them) before anything else.
//
// The bundle is compiled with V8's code cache written beside it at build time
// (dist/bundle/quyche.<hash>.<node version>.cache, named by the bundle's last line): the bytecode
// of every function a `check` runs, so that a run neither parses nor compiles them (issue 16).
// No cache, or one V8 rejects (another node, other V8 flags), is a slower start, nothing else.
// QUYCHE_CODE_CACHE=write (the build's training run) writes the cache at exit; =off ignores it.
// The file is the module already wrapped as a function expression (no concatenation for V8 to
// copy), and ASCII when its last line says so (scripts/ascii.mjs): then it is read as Latin-1, a
// one-byte string, instead of decoding UTF-8 into a two-byte one of twice the size.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

if (require.main === module) {
  // a bare `--version` needs nothing but the version: print it as commander would, load nothing
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')).version}\n`);
  } else if (!runBundle()) runModules();
}
// for test/cli/startup.test.ts: the bundle compiled as a run compiles it, not run
module.exports = { compileBundle };

/** Runs dist/bundle/quyche.cjs; false when there is none. */
function runBundle() {
  const compiled = compileBundle(process.env.QUYCHE_CODE_CACHE);
  if (!compiled) return false;
  const { script, file, cacheFile, mode } = compiled;
  if (cacheFile && mode === 'write') {
    // at exit, the cache holds every function the run compiled, not only the top level
    process.once('exit', () => {
      const { renameSync, writeFileSync } = require('node:fs');
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    });
  }
  if (mode !== 'write') tuneV8();
  const { createRequire } = require('node:module');
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, join(file, '..'));
  return true;
}

/** dist/bundle/quyche.cjs compiled (with its code cache unless `mode` is write or off); undefined when there is none. */
function compileBundle(mode) {
  const file = join(__dirname, '../dist/bundle/quyche.cjs');
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  // the last line names the cache, and says `ascii` when the build found every byte ASCII
  // (scripts/ascii.mjs): such a file is read as Latin-1, a one-byte string without UTF-8 decoding
  const named = /\/\/# quyche-code-cache=([\w.-]+)( ascii)?\s*$/.exec(bytes.toString('latin1', Math.max(0, bytes.length - 100)));
  const source = named && named[2] ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = named ? join(__dirname, `../dist/bundle/${named[1]}.${process.version}.cache`) : undefined;
  let cachedData;
  if (cacheFile && mode !== 'write' && mode !== 'off') {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // not built (yet), or built by another node: compile as without
    }
  }
  const { Script } = require('node:vm');
  // the file is the module already wrapped, `(function (exports, require, module, __filename, __dirname) {…})`
  const script = new Script(source, { filename: file, cachedData });
  return { script, file, cacheFile, mode, cached: cachedData !== undefined, ascii: Boolean(named && named[2]) };
}

/**
 * V8's settings, set once the bundle is compiled (the code cache is checked against V8's flags; a
 * training run, `write`, keeps them as they are, so that the cache it writes is accepted):
 * - the interrupt budget 16 times its own (66 KB of bytecode). V8 optimises a function (TurboFan,
 *   on a background thread) once it has run through its budget a few times. A `check` is a short
 *   run of much code run little: what it optimised it barely used again before the process ended
 *   (≈ 10 % of its wall time, 6 MB of memory). The hot loops of a long run are still optimised, a
 *   few milliseconds later;
 * - the young generation kept at its first size (`--semi-space-growth-factor=1`) until the run
 *   has read 16 MB, when src/cli/heap.ts sets V8's default growth back: on a 5 MB document its
 *   growth was 16–39 MB of the peak for no time won.
 * Measured in docs/performance.md ("V8 settings").
 */
function tuneV8() {
  require('node:v8').setFlagsFromString('--interrupt-budget=1048576 --semi-space-growth-factor=1');
}

function runModules() {
  tuneV8();
  const missing = (error, file) => error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(file);
  import('../dist/cli/bin.js').catch((error) => {
    if (missing(error, 'dist/cli/bin.js')) {
      // the catalogue is in dist/, the very thing missing: this one sentence is here, in both languages
      process.stderr.write(english() ? 'quyche: dist/ is missing — run `npm install` (or `npm run build`) first.\n' : 'quyche: chưa có dist/ — hãy chạy `npm install` (hoặc `npm run build`) trước.\n');
      process.exitCode = 2;
      return;
    }
    throw error;
  });
}

/** The CLI's language rule (src/cli/main.ts detectLang with i18n parseLang): --lang, else QUYCHE_LANG, else Vietnamese. */
function english() {
  const isEnglish = (v) => /^en(?:$|[_-])/i.test(v || '');
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') return isEnglish(argv[i + 1]);
    if (argv[i].startsWith('--lang=')) return isEnglish(argv[i].slice(7));
  }
  return isEnglish(process.env.QUYCHE_LANG);
}
