#!/usr/bin/env node
/**
 * quyche benchmarks, against the budgets of product.md §8. Run with `npm run bench`.
 * Each section runs in a process of its own (so one section's heap does not slow another's
 * garbage collection) and prints one line per figure: the measurement, the budget, and whether
 * it is within it. Timings are medians of several runs after warm-up; "cold" figures time a new
 * `quyche` process from start to exit; peak memory is the maximum resident size of such a process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegulation } from './generate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const section = process.argv[2];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn, runs = 5, warm = 2) {
  for (let i = 0; i < warm; i++) fn();
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

function emit(name, value, unit, budget, ok) {
  process.stdout.write(`${JSON.stringify({ name, value, unit, budget, ok })}\n`);
}

/** n changes spread over the articles: rewrite a clause, repeal a point, insert a clause. */
async function patchFor(doc, n) {
  const { loadPatch } = await import(join(REPO, 'dist/patch/load.js'));
  const { stringify } = await import('yaml');
  const articles = doc.all.filter((u) => u.kind === 'dieu').length;
  const changes = [];
  for (let i = 0; i < n; i++) {
    const d = 1 + Math.floor((i * articles) / n);
    if (i % 3 === 0) changes.push({ id: `c${i}`, op: 'replace', target: `khoản 1 Điều ${d}`, text: `1. Nội dung mới của khoản một, thay đổi ${i}.` });
    else if (i % 3 === 1) changes.push({ id: `c${i}`, op: 'repeal', target: `điểm b khoản 3 Điều ${d}` });
    else changes.push({ id: `c${i}`, op: 'insert', after: `khoản 4 Điều ${d}`, text: `4a. Khoản bổ sung ${i}.` });
  }
  return { text: stringify({ quyche: 1, id: 'bench', amends: '99-QC/TU', changes }), loaded: loadPatch('bench.yaml', stringify({ quyche: 1, id: 'bench', amends: '99-QC/TU', changes })) };
}

/** A cold `quyche` process: wall time (median) and peak resident memory (via /usr/bin/time). */
function cold(args, cwd, runs = 3) {
  const ts = [];
  let rss = NaN;
  const timeBin = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const cmd = timeBin ? '/usr/bin/time' : process.execPath;
    const argv = timeBin ? ['-f', '%M', process.execPath, join(REPO, 'bin/quyche.js'), ...args] : [join(REPO, 'bin/quyche.js'), ...args];
    const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const t = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`quyche ${args.join(' ')} failed: ${r.stderr}`);
    if (timeBin) {
      const kb = Number(r.stderr.trim().split('\n').pop());
      if (Number.isFinite(kb)) rss = Math.max(Number.isFinite(rss) ? rss : 0, kb / 1024);
    }
    if (i > 0) ts.push(t);
  }
  return { ms: median(ts), rss };
}

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

async function benchImportGazette() {
  const { importDocument } = await import(join(REPO, 'dist/import/index.js'));
  const small = new TextEncoder().encode(gazetteText(0.5 * 1024 * 1024));
  const large = new TextEncoder().encode(gazetteText(5 * 1024 * 1024));
  const timeAsync = async (bytes, runs) => {
    const ts = [];
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      const r = await importDocument(bytes, { name: 'bench.txt' });
      if (!r.ok) throw new Error('bench gazette did not import');
      if (i > 0) ts.push(performance.now() - t0);
    }
    return median(ts);
  };
  const tSmall = await timeAsync(small, 3);
  const tLarge = await timeAsync(large, 3);
  emit('import of a 0.5 MB gazette text (in-process, median)', tSmall.toFixed(0), 'ms');
  emit('import of a 5 MB gazette text (in-process, median)', tLarge.toFixed(0), 'ms');
  emit('  ratio 5 MB / 0.5 MB (linear ≈ 10)', (tLarge / tSmall).toFixed(1), '×', '≤ 12', tLarge / tSmall <= 12);
}

const sections = {
  async coldCheck() {
    // the shipped workspace (the repository itself), as CI runs it
    const r = cold(['check'], REPO, 7);
    emit('quyche check on the shipped workspace (cold process, wall)', r.ms.toFixed(0), 'ms', '< 300 ms', r.ms < 300);
    const bare = cold(['--version'], REPO, 7);
    emit('  of which: node start + loading quyche (quyche --version)', bare.ms.toFixed(0), 'ms');
  },

  async outline() {
    const { parseRegulation } = await import(join(REPO, 'dist/document/parse.js'));
    const { formatOutline } = await import(join(REPO, 'dist/render/outline.js'));
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 0 });
    const outline = (text) => formatOutline(parseRegulation('bench.md', text), chalk, { header: 'bench', introLabel: 'intro' });
    const small = generateRegulation(0.5 * 1024 * 1024);
    const large = generateRegulation(5 * 1024 * 1024);
    const tSmall = time(() => outline(small));
    const tLarge = time(() => outline(large), 3, 1);
    emit('outline 0.5 MB (in-process, median)', tSmall.toFixed(0), 'ms');
    emit('outline 5 MB (in-process, median)', tLarge.toFixed(0), 'ms', '< 1500 ms', tLarge < 1500);
    emit('ratio 5 MB / 0.5 MB', (tLarge / tSmall).toFixed(1), '×', '≤ 12', tLarge / tSmall <= 12);
  },

  async coldOutline(tmp) {
    const path = join(tmp, 'large.md');
    writeFileSync(path, generateRegulation(5 * 1024 * 1024));
    const r = cold(['outline', path], tmp);
    emit('quyche outline 5 MB (cold process, wall)', r.ms.toFixed(0), 'ms', '< 1500 ms', r.ms < 1500);
    if (Number.isFinite(r.rss)) emit('  peak memory of that process', r.rss.toFixed(0), 'MB', '< 400 MB', r.rss < 400);
  },

  async apply() {
    const { parseRegulation } = await import(join(REPO, 'dist/document/parse.js'));
    const { applyPatches } = await import(join(REPO, 'dist/apply/engine.js'));
    const doc = parseRegulation('bench.md', generateRegulation(5 * 1024 * 1024));
    const applyTime = async (n) => {
      const { loaded } = await patchFor(doc, n);
      return time(() => {
        const run = applyPatches([loaded], { find: () => doc });
        if (!run.ok) throw new Error('bench patch did not apply');
      }, 3, 1);
    };
    const t1 = await applyTime(1);
    const t100 = await applyTime(100);
    const t500 = await applyTime(500);
    const t1000 = await applyTime(1000);
    emit('apply 1 change to 5 MB (fixed cost: chunking, final parse)', t1.toFixed(0), 'ms');
    emit('apply 100 changes to 5 MB', t100.toFixed(0), 'ms');
    emit('apply 500 changes to 5 MB', t500.toFixed(0), 'ms');
    emit('apply 1,000 changes to 5 MB', t1000.toFixed(0), 'ms', '< 2000 ms', t1000 < 2000);
    const lin = (t1000 - t1) / Math.max(1, t500 - t1);
    emit('linearity: (t1000 − t1) / (t500 − t1)', lin.toFixed(2), '×', '≈ 2 (≤ 2.5)', lin <= 2.5);
    // the cost of one more change, from 100 to 500 changes and from 500 to 1,000: equal when
    // growth is linear (a quadratic cost would make the second about 2.5 times the first)
    const slope = ((t1000 - t500) / 500) / Math.max(1e-9, (t500 - t100) / 400);
    emit('marginal cost per change, 500→1,000 vs 100→500', slope.toFixed(2), '×', '≈ 1 (≤ 1.5)', slope <= 1.5);
  },

  async coldAmend(tmp) {
    const { parseRegulation } = await import(join(REPO, 'dist/document/parse.js'));
    const text = generateRegulation(5 * 1024 * 1024);
    mkdirSync(join(tmp, 'regulations'), { recursive: true });
    mkdirSync(join(tmp, 'amendments'), { recursive: true });
    writeFileSync(join(tmp, 'regulations/large.md'), text);
    const { text: yaml } = await patchFor(parseRegulation('x.md', text), 1000);
    writeFileSync(join(tmp, 'amendments/bench.yaml'), yaml);
    const r = cold(['amend', 'amendments/bench.yaml'], tmp);
    emit('quyche amend, 1,000 changes to 5 MB (cold process, wall)', r.ms.toFixed(0), 'ms');
    if (Number.isFinite(r.rss)) emit('  peak memory of that process', r.rss.toFixed(0), 'MB', '< 400 MB', r.rss < 400);
  },

  async redline(tmp) {
    const { parseRegulation } = await import(join(REPO, 'dist/document/parse.js'));
    const { applyPatches } = await import(join(REPO, 'dist/apply/engine.js'));
    const { buildRedline } = await import(join(REPO, 'dist/apply/redline.js'));
    const { formatRedline } = await import(join(REPO, 'dist/render/terminal.js'));
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 0 });
    const large = generateRegulation(5 * 1024 * 1024);
    const doc = parseRegulation('bench.md', large);
    const units = doc.all.filter((u) => u.kind !== 'intro').length;
    const five = Math.round(units * 0.05); // each change touches one unit
    const run = applyPatches([(await patchFor(doc, five)).loaded], { find: () => doc });
    const a = run.documents[0];
    const t = time(() => {
      const rl = buildRedline(a.original, a.result, a.pieces, a.changes);
      formatRedline(rl, a.original, a.result, { chalk, lang: 'vi', context: 0 });
    }, 7, 3);
    const oldPath = join(tmp, 'old.md');
    const newPath = join(tmp, 'new.md');
    writeFileSync(oldPath, large);
    writeFileSync(newPath, a.result.source.text);
    const git = spawnSync('git', ['--version']).status === 0;
    let tGit = NaN;
    if (git) {
      const ts = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        spawnSync('git', ['diff', '--no-index', '--word-diff', oldPath, newPath], { stdio: ['ignore', 'ignore', 'ignore'] });
        ts.push(performance.now() - t0);
      }
      tGit = median(ts);
    }
    emit(`redline model + terminal text, 5 MB, ${five} units changed (5 %)`, t.toFixed(0), 'ms', git ? `≤ git ${tGit.toFixed(0)} ms` : 'git absent', git ? t <= tGit : undefined);
    emit('git diff --no-index --word-diff on the same pair (cold process)', git ? tGit.toFixed(0) : 'n/a', 'ms');
  },
  importGazette: benchImportGazette,
};

if (section) {
  const tmp = mkdtempSync(join(tmpdir(), 'quyche-bench-'));
  try {
    await sections[section](tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  console.log(`quyche benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
  const results = [];
  for (const name of Object.keys(sections)) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      console.log(`FAIL  ${name}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
      results.push({ ok: false });
      continue;
    }
    for (const line of r.stdout.trim().split('\n').filter(Boolean)) {
      const x = JSON.parse(line);
      results.push(x);
      const mark = x.ok === undefined || x.ok === null ? '    ' : x.ok ? ' ok ' : 'OVER';
      console.log(`${mark}  ${x.name.padEnd(60)} ${String(x.value).padStart(8)} ${x.unit.padEnd(3)} ${x.budget ? `(budget ${x.budget})` : ''}`);
    }
  }
  const over = results.filter((r) => r.ok === false);
  console.log(over.length ? `\n${over.length} figure(s) over budget` : '\nall figures within budget');
  process.exitCode = over.length ? 1 : 0;
}
