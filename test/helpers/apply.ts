/** Running one apply fixture folder (regulation.md + patch.yaml), and printing diagnostics. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatches } from '../../src/apply/run.js';
import { sameNumber } from '../../src/citation/docnumber.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseRegulation } from '../../src/document/parse.js';
import { loadPatch } from '../../src/patch/load.js';

export function diagnosticLines(ds: readonly Diagnostic[]): string {
  return ds
    .map((d) => {
      const head = `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.id} ${JSON.stringify(d.message.args ?? {})}${d.change !== undefined ? ` [${d.change}]` : ''}`;
      return d.hint ? `${head}\n    hint ${d.hint.id} ${JSON.stringify(d.hint.args ?? {})}` : head;
    })
    .join('\n');
}

export function runCase(dir: string) {
  const text = readFileSync(join(dir, 'regulation.md'), 'utf8');
  const doc = parseRegulation('regulation.md', text);
  const patch = loadPatch('patch.yaml', readFileSync(join(dir, 'patch.yaml'), 'utf8'));
  const run = applyPatches([patch], { find: (n) => (doc.meta.number && sameNumber(n, doc.meta.number) ? doc : undefined) });
  return { text, doc, run };
}

