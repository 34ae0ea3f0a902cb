/**
 * Golden fixtures for the apply engine: test/fixtures/apply/<case>/ holds regulation.md and
 * patch.yaml, and the expected outcome: expected.md (the amended text, byte for byte) when the
 * patch applies, expected.diagnostics (code, place and message id of each diagnostic) always,
 * expected.redline (the terminal redline without colour) when it applies.
 * UPDATE_GOLDEN=1 rewrites them for review.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildRedline, rebuild } from '../../src/apply/redline.js';
import { formatRedline } from '../../src/render/terminal.js';
import { golden } from '../helpers/golden.js';
import { FIXTURES } from '../helpers/paths.js';
import { diagnosticLines, runCase } from '../helpers/apply.js';

const DIR = join(FIXTURES, 'apply');


describe('apply: golden fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const dir = join(DIR, name);
      const { text, doc, run } = runCase(dir);
      golden(dir, 'expected.diagnostics', `${diagnosticLines(run.diagnostics)}\n`);
      const applied = run.documents[0];
      if (!run.ok || !applied) {
        golden(dir, 'expected.md', undefined);
        golden(dir, 'expected.redline', undefined);
        return;
      }
      golden(dir, 'expected.md', applied.result.source.text);
      const redline = buildRedline(applied.original, applied.result, applied.pieces, applied.changes);
      // the redline rebuilds both texts exactly
      const r = rebuild(redline);
      expect(r.old).toBe(text.slice(doc.bodyStart));
      expect(r.new).toBe(applied.result.source.text.slice(applied.result.bodyStart));
      golden(dir, 'expected.redline', formatRedline(redline, applied.original, applied.result, { chalk: new Chalk({ level: 0 }), lang: 'vi', context: 0, records: applied.changes }));
    });
  }
});
