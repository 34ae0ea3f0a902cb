#!/usr/bin/env node
/**
 * What each costly regular expression of quyche costs a cold process to compile (issue 16):
 * every literal of dist/ (npm run build) with a Unicode property class (`\p{…}`) or a
 * look-behind, executed twice on a Vietnamese citation in this fresh process — the first exec
 * compiles it for V8's regexp interpreter, the second compiles it to machine code (tier-up).
 * A code cache cannot hold either. Prints the slowest first; asserts nothing.
 *
 *   node bench/regexps.mjs [count]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) {
      if (f !== 'bundle') walk(p);
    } else if (p.endsWith('.js')) files.push(p);
  }
};
walk(DIST);

// regular expression literals: after a token that cannot end an expression (rough, but tsc's
// output is regular); the ones that do not compile as found are skipped
const LITERAL = /(?<=[=(,:!&|?;{}[]\s*)\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/g;
const found = [];
for (const f of files) {
  for (const m of readFileSync(f, 'utf8').matchAll(LITERAL)) {
    if (!/\\p\{|\(\?<[!=]/.test(m[1])) continue;
    try {
      new RegExp(m[1], m[2]);
      found.push({ file: f.slice(DIST.length + 1), source: m[1], flags: m[2].replace(/[gy]/g, '') });
    } catch {
      // not a regular expression after all
    }
  }
}

// ICU's property data is loaded by the first \p{} of a process: paid here, not by the first row
/\p{L}/u.exec('a');
const sample = 'Theo Điểm 1.1, Khoản 1, Điều 8, Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị, các điểm a và b khoản 2 Điều 5 này';
const rows = found.map((r) => {
  const re = new RegExp(r.source, r.flags);
  const t0 = performance.now();
  re.exec(sample);
  const t1 = performance.now();
  re.exec(`${sample} x`);
  const t2 = performance.now();
  return { ...r, first: t1 - t0, second: t2 - t1 };
});
rows.sort((a, b) => b.first + b.second - (a.first + a.second));
const total = rows.reduce((s, r) => s + r.first + r.second, 0);
console.log(`${rows.length} regular expressions with \\p{…} or a look-behind in dist/: ${total.toFixed(1)} ms for their first two execs`);
console.log(`${'1st+2nd'.padStart(8)} ${'1st'.padStart(6)} ${'2nd'.padStart(6)}  file / expression`);
for (const r of rows.slice(0, Number(process.argv[2] ?? 20))) {
  console.log(`${(r.first + r.second).toFixed(1).padStart(8)} ${r.first.toFixed(1).padStart(6)} ${r.second.toFixed(1).padStart(6)}  ${r.file}  /${r.source.length > 90 ? `${r.source.slice(0, 90)}…` : r.source}/${r.flags}`);
}
