#!/usr/bin/env node
/**
 * quyche benchmarks (`npm run bench`), against the budgets of product.md §8 and issue 16.
 *
 * Every figure is a whole `quyche` process as a user runs it (`node bin/quyche.js …`, cold), timed
 * from spawn to exit: the median of several runs, with the peak resident memory of those runs
 * (/usr/bin/time), the throughput in MB/s where there is an input size, and a *peer* — a program
 * doing the same job, timed in the same run, interleaved with quyche's runs so that the load of
 * a shared machine weighs on both alike:
 *
 *   start-up        `node -e 0`
 *   outline         markdown-it parsing the same Markdown (a whole `node` process too)
 *   amend, redline  `git diff --no-index --word-diff` of the same two versions
 *   phrase ops      `sed -f` with the same N substitutions
 *
 * Growth ratios compare sizes (0.5 → 5 → 20 MB) and numbers of changes (100 → 1,000 → 10,000).
 * `--only=outline,amend` runs some sections only (startup, outline, amend, phrase, longline,
 * redline, word, diff, import, check). `--quick` runs the small sizes only (CI: it checks that every figure can be measured, and
 * asserts nothing about time); `--json` prints the rows as JSON. Budgets are printed beside each
 * figure; the exit code is 0 whatever the figures (tests never time anything).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, readdirSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateRegulation, generateDeep, generateLongLine, generateManyArticles, manyArticleChanges, structuralChanges, phraseCase } from './generate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin/quyche.js');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const JSON_OUT = args.includes('--json');
// --only=outline,amend: run those sections only (startup, outline, amend, phrase, longline, large, redline, word, diff, import, check)
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (section) => !ONLY || ONLY.includes(section);
const MB = 1024 * 1024;
const HAS_TIME = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
const HAS_GIT = spawnSync('git', ['--version']).status === 0;
const HAS_SED = spawnSync('sed', ['--version']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'quyche-bench-'));
const rows = [];

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** One run of a command: wall ms, CPU ms (user + system) and peak RSS in MB. */
function once(argv, cwd, stdout) {
  const cmd = HAS_TIME ? '/usr/bin/time' : argv[0];
  const full = HAS_TIME ? ['-f', '%U %S %M', ...argv] : argv.slice(1);
  const out = stdout ? Number(stdout) : 'ignore';
  const t0 = performance.now();
  const r = spawnSync(cmd, full, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME ?? tmp }, stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const lines = (r.stderr ?? '').trim().split('\n');
  const [user, sys, kb] = HAS_TIME ? lines.pop().split(' ').map(Number) : [NaN, NaN, NaN];
  // quyche exits 1 when it finds errors (not here: every bench input is clean); git diff exits 1 on a difference
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${lines.slice(-3).join(' ')}`);
  return { ms, cpu: (user + sys) * 1000, rss: kb / 1024 };
}

/**
 * quyche and its peer, `runs` times each, interleaved; one warm-up of each first (file cache).
 * Returns medians.
 */
function measure(quyche, peer, { cwd = tmp, runs = 5, peerCwd = cwd, stdoutFile, warm = true, program = ['node', BIN] } = {}) {
  const q = [];
  const p = [];
  const fd = stdoutFile ? openOut(stdoutFile) : undefined;
  if (warm) {
    once([...program, ...quyche], cwd, fd);
    if (peer) once(peer, peerCwd, fd);
  }
  for (let i = 0; i < runs; i++) {
    q.push(once([...program, ...quyche], cwd, fd));
    if (peer) p.push(once(peer, peerCwd, fd));
  }
  return {
    ms: median(q.map((x) => x.ms)),
    cpu: median(q.map((x) => x.cpu)),
    rss: Math.max(...q.map((x) => x.rss)),
    peerMs: peer ? median(p.map((x) => x.ms)) : NaN,
    peerCpu: peer ? median(p.map((x) => x.cpu)) : NaN,
    peerRss: peer ? Math.max(...p.map((x) => x.rss)) : NaN,
  };
}

function openOut(path) {
  return String(openSync(path, 'w'));
}

/** A row of the table. */
function row(r) {
  const x = { ...r };
  if (x.bytes && Number.isFinite(x.ms)) x.mbps = x.bytes / MB / (x.ms / 1000);
  if (Number.isFinite(x.peerMs)) x.ratio = x.ms / x.peerMs;
  rows.push(x);
  if (!JSON_OUT) print(x);
  return x;
}

const f0 = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '—');
let headerPrinted = false;
function print(x) {
  if (!headerPrinted) {
    headerPrinted = true;
    console.log(`${'figure'.padEnd(58)} ${'median'.padStart(8)} ${'MB/s'.padStart(6)} ${'RSS MB'.padStart(7)}  ${'peer'.padEnd(22)} ${'peer'.padStart(7)} ${'ratio'.padStart(6)}  budget`);
  }
  const value = x.unit === 'ms' ? `${f0(x.ms, Math.abs(x.ms) < 10 ? 2 : 0)} ms` : `${f0(x.value, 2)} ${x.unit}`;
  const mark = x.ok === undefined ? '' : x.ok ? 'ok   ' : 'OVER ';
  console.log(
    `${x.name.padEnd(58)} ${value.padStart(8)} ${x.mbps ? f0(x.mbps, 1).padStart(6) : ''.padStart(6)} ${Number.isFinite(x.rss) ? f0(x.rss).padStart(7) : ''.padStart(7)}  ${(x.peer ?? '').padEnd(22)} ${Number.isFinite(x.peerMs) ? `${f0(x.peerMs)} ms`.padStart(7) : ''.padStart(7)} ${Number.isFinite(x.ratio) ? `${f0(x.ratio, 2)}×`.padStart(6) : ''.padStart(6)}  ${x.budget ? `${mark}${x.budget}` : ''}`,
  );
}

/** A workspace with one regulation and one patch. */
function workspace(name, text, changes, amends = '99-QC/TU') {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'regulations'), { recursive: true });
  mkdirSync(join(dir, 'amendments'), { recursive: true });
  writeFileSync(join(dir, 'regulations/reg.md'), text);
  if (changes) writeFileSync(join(dir, 'amendments/p.yaml'), stringify({ quyche: 1, id: 'bench', amends, changes }));
  return dir;
}

const articlesOf = (text) => (text.match(/^#+ Điều \d+/gm) ?? []).length;
const MARKDOWN_IT = join(REPO, 'bench/peers/markdown-it.mjs');
const FLOOR_READ = join(REPO, 'bench/peers/read-lines.mjs');
const FLOOR_LOAD = join(REPO, 'bench/peers/load-bundle.cjs');
const FLOOR_MARKDOWN = join(REPO, 'bench/peers/markdown-it-files.cjs');
const sizes = QUICK ? [0.5] : [0.5, 5, 20];
/**
 * Peak memory under 10× the input, above what node itself takes (`node -e 0`'s peak RSS, measured
 * with the start-up figures); from 5 MB on (below that, node's own memory is all there is to see).
 */
let nodeRss = 40;
const memBudget = (mb) => (mb >= 5 ? Math.round(nodeRss + 10 * mb) : undefined);
const memOk = (r, mb) => (memBudget(mb) === undefined || !(r.rss >= memBudget(mb)));
const memText = (mb) => (memBudget(mb) === undefined ? undefined : `RSS < ${memBudget(mb)} MB`);
/** Under a parsing row from 5 MB on: markdown-it's own peak on the same input (a floor of the memory budget). */
const peerMemory = (r, mb) => {
  if (memBudget(mb) !== undefined && Number.isFinite(r.peerRss)) row({ name: "  floor: markdown-it's own peak memory, same input", unit: 'MB', value: r.peerRss, rss: r.peerRss });
};
const runsFor = (mb) => (mb >= 20 ? 3 : mb >= 5 ? 3 : 5);
const texts = new Map();
const textOf = (mb) => {
  if (!texts.has(mb)) texts.set(mb, generateRegulation(mb * MB));
  return texts.get(mb);
};

/**
 * A synthetic Công báo text of about `bytes`: hard-wrapped lines with trailing spaces, a running
 * header and page number every 40 lines, a footnote per page (its mark glued to a word, its note
 * at the page's foot), articles with wrapped khoản and points.
 */
function gazetteText(bytes) {
  const words = 'cơ quan tổ chức cá nhân thực hiện quy định của pháp luật về bảo hiểm y tế trong phạm vi nhiệm vụ quyền hạn được giao'.split(' ');
  const lines = [];
  let page = 1;
  let note = 1;
  let body = 0;
  let size = 0;
  let w = 0;
  const push = (s) => {
    lines.push(s);
    size += Buffer.byteLength(s) + 1;
    if (++body === 40) {
      lines.push(' ', `${note} Khoản này được sửa đổi, bổ sung theo quy định tại khoản ${note} Điều 1 của Luật số 51/2024/QH15. `, '', ' ', `     CÔNG BÁO/Số 1 + 2/Ngày 01-1-2025 `, ' ', `${++page} `, ' ');
      note++;
      body = 0;
    }
  };
  const sentence = (n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(words[w++ % words.length]);
    return out.join(' ');
  };
  let article = 1;
  lines.push('LUẬT ', 'THỬ NGHIỆM ', ' ', 'Chương I ', 'NHỮNG QUY ĐỊNH CHUNG ', ' ');
  while (size < bytes) {
    push(`Điều ${article}. ${sentence(6).replace(/^./, (c) => c.toUpperCase())} `);
    for (let k = 1; k <= 4; k++) {
      push(`${k}. ${sentence(14).replace(/^./, (c) => c.toUpperCase())} `);
      push(`${sentence(15)}${body === 39 ? note : ''}; `);
      if (k === 3) for (const l of ['a', 'b', 'c']) push(`${l}) ${sentence(12).replace(/^./, (c) => c.toUpperCase())}; `);
    }
    article++;
  }
  return lines.join('\n');
}

function header() {
  if (JSON_OUT) return;
  const cpu = cpus();
  console.log(`quyche benchmarks — node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${new Date().toISOString()}${QUICK ? ' (--quick)' : ''}`);
  console.log('every figure: a whole process, median of cold runs; peer timed in the same run, interleaved\n');
}

try {
  header();

  // ── start-up ────────────────────────────────────────────────────────────────────────────────
  if (want('startup')) {
    {
      const v = measure(['--version'], ['node', '-e', '0'], { cwd: REPO, runs: QUICK ? 3 : 11 });
      if (Number.isFinite(v.peerRss)) nodeRss = v.peerRss;
      row({ name: 'quyche --version (start-up)', unit: 'ms', ...v, peer: 'node -e 0', budget: '≤ 1.3× node', ok: v.ms / v.peerMs <= 1.3 });
      // the same runs in CPU time (user + system, /usr/bin/time): on a loaded machine the wall
      // time of a 0.1 s process is mostly waiting for a core, its CPU time much less so
      if (HAS_TIME) row({ name: '  the same, CPU time', unit: 'ms', ms: v.cpu, peer: 'node -e 0, CPU', peerMs: v.peerCpu });
      const c = measure(['check'], ['node', '-e', '0'], { cwd: REPO, runs: QUICK ? 3 : 11 });
      row({ name: 'quyche check, shipped workspace', unit: 'ms', ...c, peer: 'node -e 0', budget: '≤ 2× node, < 300 ms', ok: c.ms / c.peerMs <= 2 && c.ms < 300 });
      if (HAS_TIME) row({ name: '  the same, CPU time', unit: 'ms', ms: c.cpu, peer: 'node -e 0, CPU', peerMs: c.peerCpu });
      // what the ≤ 2× budget leaves (docs/performance.md, "What limits", start-up): node compiling
      // the bundle with its cache and running nothing; the bundle run with nothing to do (commander,
      // the catalogue, the module inits); markdown-it parsing the workspace's Markdown, tokens only
      const load = measure([FLOOR_LOAD], ['node', '-e', '0'], { cwd: REPO, runs: QUICK ? 3 : 11, program: ['node'] });
      row({ name: '  floor: node compiles the bundle with its cache', unit: 'ms', ...load, peer: 'node -e 0' });
      const idle = measure(['--version', '--lang', 'vi'], ['node', '-e', '0'], { cwd: REPO, runs: QUICK ? 3 : 11 });
      row({ name: '  floor: the bundle run, nothing to do (--version --lang vi)', unit: 'ms', ...idle, peer: 'node -e 0' });
      const markdown = readdirSync(join(REPO, 'regulations'), { recursive: true }).filter((f) => /\.md$/.test(f)).map((f) => join(REPO, 'regulations', f));
      const mdit = measure([FLOOR_MARKDOWN, ...markdown], ['node', '-e', '0'], { cwd: REPO, runs: QUICK ? 3 : 11, program: ['node'] });
      row({ name: `  floor: markdown-it parses the workspace's ${markdown.length} files`, unit: 'ms', ...mdit, peer: 'node -e 0' });
    }
  }

  // ── outline (parsing) at 0.5, 5, 20 MB ─────────────────────────────────────────────────────
  if (want('outline')) {
    const outline = {};
    for (const mb of sizes) {
      const path = join(tmp, `reg-${mb}.md`);
      writeFileSync(path, textOf(mb));
      const bytes = statSync(path).size;
      const r = measure(['outline', path], ['node', MARKDOWN_IT, path], { runs: runsFor(mb) });
      outline[mb] = r;
      const budget = mb === 5 ? `< 1500 ms, ${memText(mb)}` : memText(mb);
      const ok = mb === 5 ? r.ms < 1500 && memOk(r, mb) : budget ? memOk(r, mb) : undefined;
      row({ name: `outline ${mb} MB`, unit: 'ms', bytes, ...r, peer: 'markdown-it parse', budget, ok });
      peerMemory(r, mb);
    }
    if (outline[5]) row({ name: 'outline growth 0.5 → 5 MB (×10 input)', unit: '×', value: outline[5].ms / outline[0.5].ms, budget: '≤ 12', ok: outline[5].ms / outline[0.5].ms <= 12 });
    if (outline[20]) row({ name: 'outline growth 5 → 20 MB (×4 input)', unit: '×', value: outline[20].ms / outline[5].ms, budget: '≤ 4.5', ok: outline[20].ms / outline[5].ms <= 4.5 });
    {
      const mb = QUICK ? 0.5 : 5;
      const deep = join(tmp, 'deep.md');
      writeFileSync(deep, generateDeep(mb * MB));
      const r = measure(['outline', deep], ['node', MARKDOWN_IT, deep], { runs: 3 });
      row({ name: `outline ${mb} MB, every level nested (Phần … +)`, unit: 'ms', bytes: statSync(deep).size, ...r, peer: 'markdown-it parse', budget: memText(mb), ok: memText(mb) ? memOk(r, mb) : undefined });
      peerMemory(r, mb);
    }
  }

  // ── amend: structural changes, whole process (apply + redline on stdout) ───────────────────
  if (want('amend')) {
    const amend = {};
    const amendCases = QUICK ? [[0.5, 100], [0.5, 1000]] : [[0.5, 1000], [5, 100], [5, 1000], [5, 10000], [20, 100], [20, 1000]];
    for (const [mb, n] of amendCases) {
      const text = textOf(mb);
      const dir = workspace(`amend-${mb}-${n}`, text, structuralChanges(articlesOf(text), n));
      // the peer: git's word diff of the same two versions (the consolidated text written once)
      spawnSync('node', [BIN, 'export', 'consolidated', 'regulations/reg.md', '--with', 'amendments/p.yaml', '-o', join(dir, 'new.md')], { cwd: dir });
      const peer = HAS_GIT ? ['git', 'diff', '--no-index', '--word-diff', 'regulations/reg.md', 'new.md'] : undefined;
      const r = measure(['amend', 'amendments/p.yaml'], peer, { cwd: dir, runs: runsFor(mb) });
      amend[`${mb}/${n}`] = { ...r, dir };
      const bytes = Buffer.byteLength(text);
      const budget = mb === 5 && n === 1000 ? `< 2000 ms, ${memText(mb)}` : memText(mb);
      const ok = mb === 5 && n === 1000 ? r.ms < 2000 && memOk(r, mb) : budget ? memOk(r, mb) : undefined;
      row({ name: `amend ${n.toLocaleString('en')} changes, ${mb} MB`, unit: 'ms', bytes, ...r, peer: HAS_GIT ? 'git diff --word-diff' : undefined, budget, ok });
    }
    const a = (k) => amend[k]?.ms;
    if (a('5/1000') && a('5/10000')) row({ name: 'amend growth 1,000 → 10,000 changes (5 MB)', unit: '×', value: a('5/10000') / a('5/1000'), budget: '≤ 12', ok: a('5/10000') / a('5/1000') <= 12 });
    if (a('5/100') && a('20/100')) {
      // a difference of two runs is as noisy as both: the 100- and the 1,000-change runs of a
      // size are timed in pairs, one right after the other, and the figure is the median of the
      // pairs' differences (the load of a shared machine weighs on both runs of a pair alike)
      const perChange = (mb) => {
        const ds = [];
        for (let i = 0; i < (QUICK ? 1 : 5); i++) {
          const few = once(['node', BIN, 'amend', 'amendments/p.yaml'], amend[`${mb}/100`].dir).ms;
          const many = once(['node', BIN, 'amend', 'amendments/p.yaml'], amend[`${mb}/1000`].dir).ms;
          ds.push((many - few) / 900);
        }
        return median(ds);
      };
      const per5 = perChange(5);
      const per20 = perChange(20);
      row({ name: 'cost per change, 5 MB (100 → 1,000 changes, 5 pairs)', unit: 'ms', ms: per5 });
      row({ name: 'cost per change, 20 MB (100 → 1,000 changes, 5 pairs)', unit: 'ms', ms: per20 });
      row({ name: 'cost per change, 20 MB / 5 MB', unit: '×', value: per20 / per5, budget: '≤ 1.5', ok: per20 / per5 <= 1.5 });
    }
  }

  // ── phrase ops on one khoản, against sed ───────────────────────────────────────────────────
  if (want('phrase')) {
    const phrase = {};
    for (const n of QUICK ? [100, 1000] : [1000, 10000]) {
      const c = phraseCase(n);
      const dir = workspace(`phrase-${n}`, c.text, c.changes);
      writeFileSync(join(dir, 'p.sed'), c.sed);
      const r = measure(['amend', 'amendments/p.yaml'], HAS_SED ? ['sed', '-f', 'p.sed', 'regulations/reg.md'] : undefined, { cwd: dir, runs: n >= 10000 ? 1 : 3, warm: n < 10000 });
      phrase[n] = r;
      row({ name: `${n.toLocaleString('en')} phrase changes on one khoản`, unit: 'ms', ...r, peer: HAS_SED ? `sed, ${n} substitutions` : undefined });
    }
    {
      const [lo, hi] = QUICK ? [100, 1000] : [1000, 10000];
      const g = phrase[hi].ms / phrase[lo].ms;
      row({ name: `phrase changes on one khoản, growth ${lo} → ${hi}`, unit: '×', value: g, budget: '≤ 12', ok: g <= 12 });
      if (HAS_SED) row({ name: `  sed's growth on the same`, unit: '×', value: phrase[hi].peerMs / phrase[lo].peerMs });
    }
  }

  // ── one very long line ─────────────────────────────────────────────────────────────────────
  if (want('longline')) {
    {
      const mb = QUICK ? 0.5 : 5;
      const text = generateLongLine(mb * MB);
      const dir = workspace('long-line', text, [{ id: 'a', op: 'insert_phrase', target: 'khoản 1 Điều 1', after: 'kết thúc', text: 'hẳn' }]);
      writeFileSync(join(dir, 'p.sed'), 's/kết thúc\\./kết thúc hẳn./\n');
      const r = measure(['amend', 'amendments/p.yaml'], HAS_SED ? ['sed', '-f', 'p.sed', 'regulations/reg.md'] : undefined, { cwd: dir, runs: 3 });
      row({ name: `amend, one phrase change in a ${mb} MB one-line khoản`, unit: 'ms', bytes: Buffer.byteLength(text), ...r, peer: HAS_SED ? 'sed, 1 substitution' : undefined, budget: memText(mb), ok: memText(mb) ? memOk(r, mb) : undefined });
    }
  }

  // ── many short articles up to the input limit (issue 10: 49 MB, 73,000 articles) ─────────────
  if (want('large')) {
    const large = {};
    for (const mb of QUICK ? [1] : [12, 49]) {
      const text = generateManyArticles(mb * MB);
      const dir = workspace(`large-${mb}`, text, manyArticleChanges(articlesOf(text), 100), '96-QC/TU');
      const bytes = Buffer.byteLength(text);
      const n = articlesOf(text).toLocaleString('en');
      // one run each (no warm-up): these are long
      // the outline's peer, as at the other sizes: markdown-it parsing the same file
      for (const [cmd, argv, peer] of [['outline', ['outline', 'regulations/reg.md'], ['node', MARKDOWN_IT, 'regulations/reg.md']], ['check', ['check']], ['amend', ['amend', 'amendments/p.yaml']]]) {
        const r = measure(argv, peer, { cwd: dir, runs: 1, warm: false });
        large[`${cmd}/${mb}`] = r;
        row({ name: `${cmd} ${mb} MB, ${n} articles${cmd === 'outline' ? '' : ', 100 changes'}`, unit: 'ms', bytes, ...r, ...(peer ? { peer: 'markdown-it parse' } : {}), budget: memText(mb), ok: memOk(r, mb) });
        peerMemory(r, mb);
      }
    }
    if (!QUICK) {
      for (const cmd of ['outline', 'check', 'amend']) {
        const g = large[`${cmd}/49`].ms / large[`${cmd}/12`].ms;
        row({ name: `${cmd} growth 12 → 49 MB (×4 input)`, unit: '×', value: g, budget: '≤ 4.5', ok: g <= 4.5 });
      }
    }
  }

  // ── redline of two versions with 5 % of units changed, whole process, against git ──────────
  if (want('redline')) {
    {
      const mb = QUICK ? 0.5 : 5;
      const text = textOf(mb);
      const units = (text.match(/^\s*(?:#+ |\d+\.|\d+\.\d+\.|[a-zđ]\)|- )/gm) ?? []).length;
      const n = Math.min(Math.round(units * 0.05), 6 * articlesOf(text));
      const dir = workspace('redline', text, structuralChanges(articlesOf(text), n));
      spawnSync('node', [BIN, 'export', 'consolidated', 'regulations/reg.md', '--with', 'amendments/p.yaml', '-o', join(dir, 'new.md')], { cwd: dir });
      const peer = HAS_GIT ? ['git', 'diff', '--no-index', '--word-diff', 'regulations/reg.md', 'new.md'] : undefined;
      const r1 = measure(['amend', 'amendments/p.yaml'], peer, { cwd: dir, runs: 3 });
      row({ name: `amend (redline), ${mb} MB, ${n} changes (5 % of units)`, unit: 'ms', bytes: Buffer.byteLength(text), ...r1, peer: 'git diff --word-diff', budget: '≤ 1.0× git', ok: HAS_GIT ? r1.ms / r1.peerMs <= 1 : undefined });
      const r2 = measure(['export', 'redline', 'amendments/p.yaml', '-o', 'redline.md'], peer, { cwd: dir, runs: 3 });
      row({ name: `export redline (Markdown), same pair`, unit: 'ms', bytes: Buffer.byteLength(text), ...r2, peer: 'git diff --word-diff', budget: '≤ 1.0× git', ok: HAS_GIT ? r2.ms / r2.peerMs <= 1 : undefined });
      for (const format of QUICK ? ['html'] : ['html', 'docx']) {
        const r = measure(['export', 'redline', 'amendments/p.yaml', '-f', format, '-o', `redline.${format}`], peer, { cwd: dir, runs: format === 'docx' ? 1 : 3, warm: format !== 'docx' });
        row({ name: `export redline -f ${format}, same pair`, unit: 'ms', bytes: Buffer.byteLength(text), ...r, peer: 'git diff --word-diff', budget: `≤ 3× git${format === 'docx' && mb === 5 ? ', RSS < 400 MB' : ''}`, ok: HAS_GIT ? r.ms / r.peerMs <= 3 && !(format === 'docx' && mb === 5 && r.rss >= 400) : undefined });
      }
    }
  }

  // ── Word export at 5 and 20 MB: memory and growth (the writer builds document.xml block by block) ──
  if (want('word')) {
    const word = {};
    for (const mb of QUICK ? [0.5] : [5, 20]) {
      const text = textOf(mb);
      const units = (text.match(/^\s*(?:#+ |\d+\.|\d+\.\d+\.|[a-zđ]\)|- )/gm) ?? []).length;
      const n = Math.min(Math.round(units * 0.05), 6 * articlesOf(text));
      const dir = workspace(`word-${mb}`, text, structuralChanges(articlesOf(text), n));
      spawnSync('node', [BIN, 'export', 'consolidated', 'regulations/reg.md', '--with', 'amendments/p.yaml', '-o', join(dir, 'new.md')], { cwd: dir });
      const peer = HAS_GIT ? ['git', 'diff', '--no-index', '--word-diff', 'regulations/reg.md', 'new.md'] : undefined;
      const r = measure(['export', 'redline', 'amendments/p.yaml', '-f', 'docx', '-o', 'redline.docx'], peer, { cwd: dir, runs: 1, warm: false });
      word[mb] = r;
      const budget = mb === 5 ? 'RSS < 400 MB' : undefined;
      row({ name: `Word export (redline -f docx), ${mb} MB, ${n} changes`, unit: 'ms', bytes: Buffer.byteLength(text), ...r, peer: HAS_GIT ? 'git diff --word-diff' : undefined, budget, ok: budget ? r.rss < 400 : undefined });
    }
    if (word[20]) row({ name: 'Word export growth 5 → 20 MB (×4 input)', unit: '×', value: word[20].ms / word[5].ms, budget: '≤ 4.5', ok: word[20].ms / word[5].ms <= 4.5 });
  }

  // ── diff of two versions with 5 % of units changed, whole process, against git (issue 13) ────
  if (want('diff')) {
    const mb = QUICK ? 0.5 : 5;
    const text = textOf(mb);
    const units = (text.match(/^\s*(?:#+ |\d+\.|\d+\.\d+\.|[a-zđ]\)|- )/gm) ?? []).length;
    const n = Math.min(Math.round(units * 0.05), 6 * articlesOf(text));
    const dir = workspace('diff', text, structuralChanges(articlesOf(text), n));
    spawnSync('node', [BIN, 'export', 'consolidated', 'regulations/reg.md', '--with', 'amendments/p.yaml', '-o', join(dir, 'new.md')], { cwd: dir });
    const peer = HAS_GIT ? ['git', 'diff', '--no-index', '--word-diff', 'regulations/reg.md', 'new.md'] : undefined;
    const bytes = Buffer.byteLength(text);
    const r = measure(['diff', 'regulations/reg.md', 'new.md'], peer, { cwd: dir, runs: 3 });
    row({ name: `diff, ${mb} MB, ${n} changes (5 % of units)`, unit: 'ms', bytes, ...r, peer: 'git diff --word-diff', budget: `≤ 1.0× git, ${memText(mb) ?? ''}`.replace(/, $/, ''), ok: HAS_GIT ? r.ms / r.peerMs <= 1 && memOk(r, mb) : undefined });
    const w = measure(['diff', 'regulations/reg.md', 'new.md', '--witness'], peer, { cwd: dir, runs: 3 });
    row({ name: `diff --witness, same pair`, unit: 'ms', bytes, ...w, peer: 'git diff --word-diff' });
    // what the ≤ 1.0× budget leaves (docs/performance.md, "What limits"): a node process that only
    // reads the two files and cuts them into lines, and markdown-it parsing the two (no structure,
    // no alignment, no word diff), against the same git runs
    if (peer) {
      const read = measure([FLOOR_READ, 'regulations/reg.md', 'new.md'], peer, { cwd: dir, runs: 3, program: ['node'] });
      row({ name: '  floor: node reads the two files, splits lines', unit: 'ms', bytes, ...read, peer: 'git diff --word-diff' });
      const md = measure([MARKDOWN_IT, 'regulations/reg.md', 'new.md'], peer, { cwd: dir, runs: 3, program: ['node'] });
      row({ name: '  floor: markdown-it parses the two files', unit: 'ms', bytes, ...md, peer: 'git diff --word-diff' });
    }
  }

  // ── import of a gazette text (whole process, `quyche import F -o out.md`) ───────────────────
  if (want('import')) {
    const imp = {};
    for (const mb of QUICK ? [0.5] : [0.5, 5]) {
      const path = join(tmp, `gazette-${mb}.txt`);
      writeFileSync(path, gazetteText(mb * MB));
      const r = measure(['import', path, '-o', join(tmp, `imported-${mb}.md`)], undefined, { runs: runsFor(mb) });
      imp[mb] = r;
      row({ name: `import of a ${mb} MB gazette text`, unit: 'ms', bytes: statSync(path).size, ...r, budget: memText(mb), ok: memText(mb) ? memOk(r, mb) : undefined });
    }
    if (imp[5]) row({ name: 'import growth 0.5 → 5 MB (×10 input)', unit: '×', value: imp[5].ms / imp[0.5].ms, budget: '≤ 12', ok: imp[5].ms / imp[0.5].ms <= 12 });
  }

  // ── check with 100 changes ─────────────────────────────────────────────────────────────────
  if (want('check')) {
    for (const mb of QUICK ? [0.5] : [5, 20]) {
      const text = textOf(mb);
      const dir = workspace(`check-${mb}`, text, structuralChanges(articlesOf(text), 100));
      const r = measure(['check'], undefined, { cwd: dir, runs: runsFor(mb) });
      row({ name: `check, 100 changes, ${mb} MB`, unit: 'ms', bytes: Buffer.byteLength(text), ...r, budget: memText(mb), ok: memText(mb) ? memOk(r, mb) : undefined });
    }
  }

  const over = rows.filter((r) => r.ok === false);
  if (JSON_OUT) process.stdout.write(`${JSON.stringify({ node: process.version, cpus: cpus().length, quick: QUICK, rows }, null, 2)}\n`);
  else console.log(over.length ? `\n${over.length} figure(s) over budget: ${over.map((r) => r.name.trim()).join('; ')}` : '\nall figures within budget');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
