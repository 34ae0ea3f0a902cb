#!/usr/bin/env node
/**
 * quyche benchmarks, against the budgets of product.md §8. Run with `npm run bench`.
 * Prints one line per figure: the measurement, the budget, and whether it is within it.
 * Timings are medians of several runs after a warm-up; "cold" figures spawn a new process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegulation } from './generate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { parseRegulation } = await import(join(REPO, 'dist/document/parse.js'));
const { formatOutline } = await import(join(REPO, 'dist/render/outline.js'));
const { Chalk } = await import('chalk');

const results = [];
function report(name, value, unit, budget, ok) {
  results.push({ name, value, unit, budget, ok });
  const mark = ok === undefined ? '    ' : ok ? ' ok ' : 'OVER';
  console.log(`${mark}  ${name.padEnd(52)} ${String(value).padStart(10)} ${unit.padEnd(4)} ${budget ? `(budget ${budget})` : ''}`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs = 5) {
  fn(); // warm-up
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

function cold(args, cwd, runs = 5) {
  const ts = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(REPO, 'bin/quyche.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH }, stdio: ['ignore', 'ignore', 'pipe'] });
    const t = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`quyche ${args.join(' ')} failed: ${r.stderr}`);
    if (i > 0) ts.push(t);
  }
  return median(ts);
}

const tmp = mkdtempSync(join(tmpdir(), 'quyche-bench-'));
try {
  console.log(`quyche benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
  // ── outline: linear in size ─────────────────────────────────────────────────
  const small = generateRegulation(0.5 * 1024 * 1024);
  const large = generateRegulation(5 * 1024 * 1024);
  const chalk = new Chalk({ level: 0 });
  const outline = (text) => formatOutline(parseRegulation('bench.md', text), chalk, { header: 'bench', introLabel: 'intro' });
  const tSmall = time(() => outline(small));
  const tLarge = time(() => outline(large), 3);
  report('outline 0.5 MB (in-process, median)', tSmall.toFixed(0), 'ms');
  report('outline 5 MB (in-process, median)', tLarge.toFixed(0), 'ms', '< 1500 ms', tLarge < 1500);
  report('ratio 5 MB / 0.5 MB', (tLarge / tSmall).toFixed(1), '×', '≤ 12', tLarge / tSmall <= 12);
  const largePath = join(tmp, 'large.md');
  writeFileSync(largePath, large);
  const tCold = cold(['outline', largePath], tmp, 3);
  report('quyche outline 5 MB (cold process, wall)', tCold.toFixed(0), 'ms', '< 1500 ms', tCold < 1500);
  const peak = process.resourceUsage().maxRSS / 1024;
  report('peak RSS of this benchmark process (5 MB inputs)', peak.toFixed(0), 'MB', '< 400 MB', peak < 400);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const over = results.filter((r) => r.ok === false);
console.log(over.length ? `\n${over.length} figure(s) over budget` : '\nall figures within budget');
process.exitCode = over.length ? 1 : 0;
