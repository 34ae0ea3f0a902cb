/**
 * The shipped workspace (regulations/, amendments/ at the repository root): the seed report's
 * section II.2 as a patch against the excerpt of 01-QC/TU.
 *
 * - `quyche check` exits 0 there, and its output is the one the README lists;
 * - `quyche amend` on the shipped patch prints the golden redline (test/fixtures/shipped/);
 * - the report as printed (test/fixtures/report-as-printed/) fails `check`, and each of its
 *   defects is named by its code;
 * - the excerpt transcribes nothing the report does not print, and the bases quote the report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { walk } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { plainText } from '../../src/text/markup.js';
import { keyOf } from '../../src/text/normalize.js';
import { FIXTURES, HAS_SHARED, REPO, SHARED } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

const PATCH = 'amendments/sua-doi-qc-01-tu.yaml';
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The fenced block of the README between `<!-- name -->` and `<!-- /name -->`. */
function readmeBlock(name: string): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\`\\n<!-- /${name} -->`).exec(readme);
  if (!m) throw new Error(`README has no block ${name}`);
  return m[1]!;
}

interface JsonDiagnostic {
  severity: string;
  code: string;
  change?: string;
  message: string;
}

describe('the shipped workspace', () => {
  it('passes quyche check (exit 0), with exactly the warnings the README lists', () => {
    const r = runCli(['check', '--no-color']);
    expect(r.stderr).toContain('0 lỗi');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(readmeBlock('check-output'));
  });

  it('quyche amend prints the golden redline, and the README shows its start', () => {
    const r = runCli(['amend', PATCH, '--no-color']);
    expect(r.code).toBe(0);
    const golden = join(FIXTURES, 'shipped/amend.redline');
    if (UPDATE) writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(readFileSync(golden, 'utf8'));
    // every proposal of the report appears in the redline, in the report's order within each unit
    for (const id of ['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.2.1', '2.2.2', '2.3', '2.4', '2.5', '2.6', '2.7']) {
      expect(r.stdout).toMatch(new RegExp(`[·,] ${id.replace(/\./g, '\\.')}[\\],-]`));
    }
    // the README shows the command, the redline's first lines, "…", and its summary line
    const [command, ...shown] = readmeBlock('amend-output').trimEnd().split('\n');
    expect(command).toBe(`$ npx quyche amend ${PATCH}`);
    const cut = shown.indexOf('…');
    expect(cut).toBeGreaterThan(5);
    expect(r.stdout.startsWith(`${shown.slice(0, cut).join('\n')}\n`)).toBe(true);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(shown[cut + 1]);
  });

  it('applies every change of the patch (JSON), touching only 01-QC/TU', () => {
    const r = runCli(['amend', PATCH, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { ok: boolean; documents: Array<{ document: string; changes: Array<{ id: string; status: string }> }> };
    expect(out.ok).toBe(true);
    expect(out.documents.map((d) => d.document)).toEqual(['01-QC/TU']);
    const patch = parseYaml(readFileSync(join(REPO, PATCH), 'utf8')) as { changes: Array<{ id: string }> };
    expect(out.documents[0]!.changes.map((c) => [c.id, c.status])).toEqual(patch.changes.map((c) => [String(c.id), 'applied']));
  });
});

describe('the report as printed', () => {
  const run = () => {
    const r = runCli(['check', '--format', 'json', '--root', join(FIXTURES, 'report-as-printed')]);
    return { code: r.code, diagnostics: (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics };
  };

  it('fails quyche check, and each of its defects is named by its code', () => {
    const { code, diagnostics } = run();
    expect(code).toBe(1);
    const found = (change: string, codeName: string, text?: RegExp): boolean =>
      diagnostics.some((d) => d.change === change && d.code === codeName && (!text || text.test(d.message)));
    const defects: Array<[change: string, code: string, what: string, text?: RegExp]> = [
      ['2.1.3', 'phrase-not-found', 'the phrase to remove is not in Khoản 3, Điều 1 (two titles stand between "về nhân sự" and "Phó Trưởng đoàn")'],
      ['2.1.4', 'phrase-not-found', 'the phrase to remove is a paraphrase ("để nghị"), not the regulation\'s wording'],
      ['2.1.5', 'citation-style', '"Điểm 4, Điều 15" of 58-QĐ/TW skips the khoản', /Khoản 4, Điều 15/],
      ['2.1.5-b', 'citation-style', '"Điểm 1, Khoản 5, Điều 3" names point 5.1 by its last digit', /5\.1/],
      ['2.4', 'citation-style', '"Điểm 4, Khoản 2" names no article', /Điều 2/],
      ['2.4-b', 'citation-style', '"Mục 3, Khoản 5" calls point 5.3 a mục', /5\.3/],
      ['2.6', 'citation-metadata', '16-HD/VPTU is 16-HD/VPTW', /VPTU.*VPTW/],
      ['2.7', 'stale-text', 'the wording to change is Khoản 1\'s, the target Khoản 3'],
      ['2.1.1', 'superseded', '80-QĐ/TW has been replaced by 377-QĐ/TW', /377-QĐ\/TW/],
      ['2.2.1', 'superseded', '22-QĐ/TW has been replaced by 296-QĐ/TW', /296-QĐ\/TW/],
    ];
    const missing = defects.filter(([c, k, , t]) => !found(c, k, t)).map(([c, k, what]) => `${c} ${k}: ${what}`);
    expect(missing).toEqual([]);
    // the errors are exactly the three that make the report unappliable as printed
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.change} ${d.code}`)).toEqual([
      '2.1.3 phrase-not-found',
      '2.1.4 phrase-not-found',
      '2.7 stale-text',
    ]);
  });

  it('the corrected patch has none of those defects', () => {
    const r = runCli(['check', '--format', 'json']);
    const ds = (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    expect(ds.filter((d) => !['basis-unverified', 'superseded'].includes(d.code))).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)('the shipped texts against the report', () => {
  const seedKey = (): string => {
    const raw = readFileSync(join(SHARED, 'seed/000_036f55ca0ee5a8e1.txt'), 'utf8');
    // emphasis markers out, page breaks inside quotes folded into a space
    return keyOf(raw.replace(/\*+/g, '').replace(/\s+/g, ' '));
  };

  it('the excerpt of 01-QC/TU transcribes nothing the report does not print', () => {
    const seed = seedKey();
    const seedLower = seed.toLocaleLowerCase('vi');
    const path = join(REPO, 'regulations/local/01-qc-tu.md');
    const doc = parseRegulation(path, readFileSync(path, 'utf8'));
    expect(doc.diagnostics).toEqual([]);
    let fragments = 0;
    for (const u of walk(doc.units)) {
      const own = plainText(doc.source.text, u.bodyStart, u.ownEnd);
      for (const fragment of own.split('[…]').map((s) => s.trim().replace(/^[.:;,]\s*/, '').replace(/[.:;,]$/, ''))) {
        if (fragment.length < 8) continue;
        fragments++;
        // the title line is set in capitals; the report writes it in sentence case
        const found = u.pattern === 'intro' ? seedLower.includes(keyOf(fragment).toLocaleLowerCase('vi')) : seed.includes(keyOf(fragment));
        expect(found, `${u.anchor}: ${fragment}`).toBe(true);
      }
    }
    expect(fragments).toBeGreaterThanOrEqual(12);
  });

  it('every basis quote of the shipped patch is the report\'s, as printed', () => {
    const seed = seedKey();
    const patch = parseYaml(readFileSync(join(REPO, PATCH), 'utf8')) as { changes: Array<{ id: string; basis?: Array<{ quote?: string }> }> };
    const quotes = patch.changes.flatMap((c) => (c.basis ?? []).flatMap((b) => (b.quote ? [[c.id, b.quote] as const] : [])));
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    for (const [id, quote] of quotes) {
      for (const fragment of quote.split(/\.\.\.|…/).map((s) => s.trim()).filter(Boolean)) {
        expect(seed.includes(keyOf(fragment)), `${id}: ${fragment}`).toBe(true);
      }
    }
  });
});
