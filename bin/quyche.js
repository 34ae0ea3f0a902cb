#!/usr/bin/env node
// quyche — the compiled CLI lives in dist/ (built by `npm install` through the prepare script):
// dist/bundle/ (one file per command, see scripts/bundle.mjs) when esbuild was there to build it,
// else the modules tsc wrote in dist/cli/.
import { readFileSync } from 'node:fs';

// a bare `--version` needs nothing but the version: print it as commander would, load nothing
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else run();

function run() {
  const missing = (error, file) => error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(file);
  import('../dist/bundle/bin.js')
    .catch((error) => {
      if (missing(error, 'dist/bundle/bin.js')) return import('../dist/cli/bin.js');
      throw error;
    })
    .catch((error) => {
      if (missing(error, 'dist/cli/bin.js')) {
        process.stderr.write('quyche: dist/ is missing — run `npm install` (or `npm run build`) first.\n');
        process.exitCode = 2;
        return;
      }
      throw error;
    });
}
