/// <reference lib="dom" />
/**
 * The HTML exports in a real browser: Debian's Chromium (installed by .ci/run, never downloaded),
 * driven by playwright-core. Each export (the golden files, which the export tests prove equal to
 * the CLI's output) is opened from disk: no console error, no request but the page itself, every
 * link of the table of contents and of the footnotes lands on an element, every revision of the
 * model is an <ins> or <del>, the text is set in Times New Roman (or its metric twin), and the page
 * prints to an A4 PDF.
 *
 * Without /usr/bin/chromium these tests are skipped with a warning — unless QUYCHE_REQUIRE_TOOLS=1
 * (set by .ci/run), where a missing browser fails them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';

const CHROMIUM = '/usr/bin/chromium';
const REQUIRED = process.env.QUYCHE_REQUIRE_TOOLS === '1';
const AVAILABLE = existsSync(CHROMIUM);
if (!AVAILABLE && !REQUIRED) console.warn(`[quyche tests] ${CHROMIUM} not found: browser tests SKIPPED (apt-get install chromium)`);

const DIR = join(FIXTURES, 'export/shipped');
const KINDS = ['consolidated', 'redline', 'table', 'draft', 'report'] as const;

/** Revisions in the export model (the JSON golden): what the HTML must show as <ins>/<del>. */
function revisionCounts(kind: string): { ins: number; del: number } {
  const model = JSON.parse(readFileSync(join(DIR, `${kind}.json`), 'utf8')) as { blocks: Array<{ t: string; content?: Array<{ rev?: string }> }> };
  let ins = 0;
  let del = 0;
  for (const b of model.blocks) for (const r of b.content ?? []) r.rev === 'ins' ? ins++ : r.rev === 'del' ? del++ : 0;
  return { ins, del };
}

describe.skipIf(!AVAILABLE && !REQUIRED)('HTML exports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const kind of KINDS) {
    it(`${kind}: structure, links, revisions, fonts, no request, prints to A4`, async () => {
      const page = await browser.newPage();
      const url = pathToFileURL(join(DIR, `${kind}.html`)).href;
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (r.url() !== url) requests.push(r.url());
      });
      await page.goto(url, { waitUntil: 'load' });
      const facts = await page.evaluate(() => {
        const broken = Array.from(document.querySelectorAll('a[href^="#"]')).map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id));
        return {
          broken,
          toc: document.querySelectorAll('nav.toc a').length,
          ins: document.querySelectorAll('ins').length,
          del: document.querySelectorAll('del').length,
          font: getComputedStyle(document.body).fontFamily,
          size: getComputedStyle(document.body).fontSize,
          title: document.title,
          h1: document.querySelector('h1')?.textContent ?? '',
          tables: document.querySelectorAll('table').length,
          notes: document.querySelectorAll('section.footnotes li').length,
        };
      });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(facts.broken).toEqual([]);
      const want = revisionCounts(kind);
      expect({ ins: facts.ins, del: facts.del }).toEqual(want);
      expect(facts.font).toMatch(/^"Times New Roman"/);
      expect(facts.size).toBe('18.6667px'); // 14 pt
      expect(facts.h1.length).toBeGreaterThan(0);
      if (kind === 'redline') {
        expect(facts.toc).toBe(17);
        expect(want.ins).toBeGreaterThan(15);
      }
      if (kind === 'table') expect(facts.tables).toBe(1);
      if (kind === 'consolidated') expect(facts.notes).toBe(19);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // A4, 210 × 297 mm = 595 × 842 pt (landscape for the table), on every page
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toEqual(kind === 'table' ? [842, 595] : [595, 842]);
      await page.close();
    }, 60_000);
  }
});
