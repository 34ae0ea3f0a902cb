#!/usr/bin/env node
// quyche — the compiled CLI lives in dist/ (built by `npm install` through the prepare script).
import('../dist/cli/bin.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/bin.js')) {
    process.stderr.write('quyche: dist/ is missing — run `npm install` (or `npm run build`) first.\n');
    process.exitCode = 2;
    return;
  }
  throw error;
});
