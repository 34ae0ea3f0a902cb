#!/usr/bin/env node
/**
 * Regenerates the pictures in docs/images/ (shown in the README) from the shipped workspace:
 * the HTML redline as Chromium renders it, the first page of the Word redline as LibreOffice
 * renders it, and the first screen of the amending document, the comparison table and the report. Needs Debian's chromium, libreoffice-writer-nogui and poppler-utils, and a build
 * (`npm run images` builds first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'docs/images');
const tmp = mkdtempSync(join(tmpdir(), 'quyche-images-'));
const PATCH = 'amendments/sua-doi-qc-01-tu.yaml';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const quyche = (...args) => run(process.execPath, [join(REPO, 'bin/quyche.js'), ...args, '--date', '2026-11-25', '-q']);

// the HTML redline, in Chromium
const html = join(tmp, 'redline.html');
quyche('export', 'redline', PATCH, '-f', 'html', '-o', html);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 900, height: 1100 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href);
// the first changes, past the title block and the table of contents
await page.evaluate(() => document.getElementById(document.querySelector('nav.toc a').getAttribute('href').slice(1)).scrollIntoView());
await page.evaluate(() => window.scrollBy(0, -220));
writeFileSync(join(OUT, 'redline-html.png'), await page.screenshot());
// the amending document, the comparison table and the report: their first screen, as printed
for (const kind of ['draft', 'table', 'report']) {
  const file = join(tmp, `${kind}.html`);
  quyche('export', kind, PATCH, '-f', 'html', '-o', file);
  const p = await browser.newPage({ viewport: { width: kind === 'table' ? 1200 : 900, height: 1100 }, deviceScaleFactor: 1 });
  await p.goto(pathToFileURL(file).href);
  writeFileSync(join(OUT, `${kind}-html.png`), await p.screenshot());
  await p.close();
}
await browser.close();

// the Word redline, first page, through LibreOffice
const docx = join(tmp, 'redline.docx');
quyche('export', 'redline', PATCH, '-f', 'docx', '-o', docx);
run('libreoffice', [`-env:UserInstallation=${pathToFileURL(join(tmp, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx]);
run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(tmp, 'redline.pdf'), join(tmp, 'redline-docx')]);
copyFileSync(join(tmp, 'redline-docx.png'), join(OUT, 'redline-docx.png'));
console.log(`wrote ${['redline-html', 'redline-docx', 'draft-html', 'table-html', 'report-html'].map((n) => join(OUT, `${n}.png`)).join(', ')}`);
