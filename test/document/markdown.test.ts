/**
 * Golden fixtures of the Markdown layer (issue: ordinary CommonMark misread, lost or corrupted):
 * test/fixtures/markdown/<case>/ holds regulation.md and, for edits, patch.yaml; the expected
 * outcome is expected.outline (every unit: anchor, kind, label, heading, its own plain text and
 * the raw end of its range; then the parse diagnostics), and with a patch expected.md (the
 * amended text, byte for byte) and expected.diagnostics. Citations listed in citations.txt
 * (`citation → anchor`) must resolve to exactly that unit. UPDATE_GOLDEN=1 rewrites them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/citation/resolve.js';
import { treeOf, type RegulationDocument } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { plainText } from '../../src/text/markup.js';
import { diagnosticLines, runCase } from '../helpers/apply.js';
import { golden } from '../helpers/golden.js';
import { FIXTURES } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'markdown');


const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The outline as the fixtures record it. */
export function outlineLines(doc: RegulationDocument): string {
  const text = doc.source.text;
  const lines: string[] = [];
  for (const u of doc.all) {
    const depth = (() => {
      let d = 0;
      for (let p = u.parent; p; p = p.parent) d++;
      return d;
    })();
    const own = fold(plainText(text, u.bodyStart, u.ownEnd));
    const tail = JSON.stringify(text.slice(Math.max(u.start, u.end - 24), u.end));
    lines.push(`${'  '.repeat(depth)}${u.anchor} ${u.kind} ${JSON.stringify(u.label)}${u.heading !== undefined ? ` heading=${JSON.stringify(u.heading)}` : ''} text=${JSON.stringify(own)} ends=${tail}`);
  }
  lines.push('--- diagnostics');
  if (doc.diagnostics.length > 0) lines.push(diagnosticLines(doc.diagnostics));
  return `${lines.join('\n')}\n`;
}

describe('Markdown layer: golden fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const dir = join(DIR, name);
      const text = readFileSync(join(dir, 'regulation.md'), 'utf8');
      const doc = parseRegulation('regulation.md', text);
      golden(dir, 'expected.outline', outlineLines(doc));
      if (existsSync(join(dir, 'citations.txt'))) {
        for (const line of readFileSync(join(dir, 'citations.txt'), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const [citation, anchor] = line.split('→').map((s) => s.trim()) as [string, string];
          const r = resolveTarget(treeOf(doc), citation);
          expect(r.kind === 'found' ? r.units.map((u) => u.anchor) : r.kind, citation).toEqual([anchor]);
        }
      }
      if (!existsSync(join(dir, 'patch.yaml'))) return;
      const { run } = runCase(dir);
      golden(dir, 'expected.diagnostics', `${diagnosticLines(run.diagnostics)}\n`);
      const applied = run.documents[0];
      golden(dir, 'expected.md', run.ok && applied ? applied.result.source.text : undefined);
    });
  }
});
