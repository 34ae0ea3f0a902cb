/**
 * Goldens of `export consolidated` on a state-style workspace (test/fixtures/export/consolidated-state:
 * a decision amended by a decision and by a law with its own name, every op, each change with its
 * `source`, quyche.yaml naming the consolidating office), in Markdown, HTML and Word (its XML
 * dumped), through the real CLI. The shipped workspace's goldens are in export.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpDocx } from '../helpers/docx.js';
import { golden } from '../helpers/golden.js';
import { FIXTURES } from '../helpers/paths.js';
import { runCli } from '../helpers/run.js';

const ROOT = join(FIXTURES, 'export/consolidated-state');
const GOLDEN = join(ROOT, 'golden');
const ARGS = ['export', 'consolidated', '12/2020/QĐ-UBND', '--root', ROOT, '--date', '2026-11-25'];

describe('consolidated text of a state document (goldens)', () => {
  for (const format of ['md', 'html']) {
    it(`as ${format}`, () => {
      const r = runCli([...ARGS, '-f', format]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      golden(GOLDEN, `consolidated.${format}`, r.stdout);
    });
  }
  it('as docx (its XML, dumped)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'quyche-consolidated-')), 'out.docx');
    const r = runCli([...ARGS, '-f', 'docx', '-o', out]);
    expect(r.code).toBe(0);
    golden(GOLDEN, 'consolidated.docx.txt', dumpDocx(readFileSync(out)));
  });
});
