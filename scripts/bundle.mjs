#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/bin.js and what it imports, node_modules included) into
// dist/bundle/: one file for what every run loads, and one chunk per lazily imported part (each
// command, the Word writer, the spinner …), so that a run reads and compiles a few files instead of
// ~200 modules. `npm run build` runs it after tsc; bin/quyche.js prefers the bundle and falls back
// to dist/cli/bin.js when it is absent (esbuild is a dev dependency). Paths that modules resolve
// against their own location (`new URL('…', import.meta.url)`, createRequire's require('…')) are
// rewritten for the bundle's folder.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(repo, 'dist/bundle');
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

await rm(outdir, { recursive: true, force: true });
try {
  await esbuild.build({
    entryPoints: [join(repo, 'dist/cli/bin.js')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies bundled into ESM call require() for Node built-ins
    banner: { js: "import{createRequire as __qcr}from'node:module';const require=__qcr(import.meta.url);" },
    plugins: [relocate],
  });
} catch (error) {
  // no bundle is a slower start, not a broken install: bin/quyche.js runs dist/cli/bin.js
  await rm(outdir, { recursive: true, force: true });
  console.warn(`bundle: not built (${error instanceof Error ? error.message.split('\n')[0] : error}); bin/quyche.js will run dist/cli/bin.js`);
  process.exit(0);
}
console.log('bundle: dist/bundle/ written');
