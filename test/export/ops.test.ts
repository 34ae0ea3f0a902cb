/**
 * Every operation through the exports, in-process: for each apply fixture that applies (every op,
 * CRLF, BOM, NFD, several changes), the Word redline's Accept All gives the amended text and its
 * Reject All the original — computed from the XML — and the draft has one formula per change.
 * A move is marked as a move at both ends of the HTML redline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport, renderExport } from '../../src/export/run.js';
import { plainText } from '../../src/text/markup.js';
import type { RegulationDocument } from '../../src/document/model.js';
import { runCase } from '../helpers/apply.js';
import { loadPatch } from '../../src/patch/load.js';
import { parseXml, resolvedParagraphs, unzipDocx } from '../helpers/docx.js';
import { FIXTURES } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'apply');
const revision = { author: 'quyche', date: '2026-01-01T00:00:00Z' };

function lines(doc: RegulationDocument): string[] {
  return plainText(doc.source.text, doc.bodyStart, doc.source.text.length)
    .split('\n')
    .map((l) => l.trim().normalize('NFC'))
    .filter(Boolean);
}

describe('every applying fixture through the Word redline', () => {
  for (const name of readdirSync(DIR).sort()) {
    if (name.startsWith('err-')) continue;
    it(name, async () => {
      const { run } = runCase(join(DIR, name));
      expect(run.ok).toBe(true);
      const patch = loadPatch('patch.yaml', readFileSync(join(DIR, name, 'patch.yaml'), 'utf8'));
      const d = run.documents[0]!;
      const bytes = (await renderExport(buildExport({ kind: 'redline', run, patches: [patch], revision }), 'docx')) as Uint8Array;
      const xml = parseXml(unzipDocx(bytes).get('word/document.xml')!);
      const norm = (ps: string[]): string[] => ps.map((p) => p.trim().normalize('NFC')).filter(Boolean);
      const accepted = norm(resolvedParagraphs(xml, 'accept'));
      const rejected = norm(resolvedParagraphs(xml, 'reject'));
      const newLines = lines(d.result);
      const oldLines = lines(d.original);
      expect(accepted.slice(accepted.length - newLines.length)).toEqual(newLines);
      expect(rejected.slice(rejected.length - oldLines.length)).toEqual(oldLines);
      const draft = buildExport({ kind: 'draft', run, patches: [patch], revision });
      // one formula per change: the numbered items and the points a), b) … of a grouped Điều,
      // not the grouping lead itself ("Sửa đổi, bổ sung một số khoản của Điều 3 như sau:")
      const leads = draft.blocks.filter((b) => b.t === 'p' && b.style === 'lead').map((b) => (b.t === 'p' ? b.content.map((r) => ('text' in r ? r.text : '')).join('') : ''));
      const formulas = leads.filter((l) => !/^\d+\. Sửa đổi, bổ sung một số (?:khoản|điểm|điểm, khoản) của /u.test(l));
      expect(formulas).toHaveLength(d.changes.filter((r) => r.status === 'applied').length);
    });
  }

  it('a move is marked as a move at both ends of the HTML redline', async () => {
    const { run } = runCase(join(DIR, 'move-with-label'));
    const patch = loadPatch('patch.yaml', readFileSync(join(DIR, 'move-with-label', 'patch.yaml'), 'utf8'));
    const html = (await renderExport(buildExport({ kind: 'redline', run, patches: [patch], revision }), 'html')) as string;
    expect(html).toMatch(/class="body rev-del move move-from"[^>]*>.*<span class="move-note">\(chuyển đến Điểm 2\.1, Khoản 2, Điều 2\)<\/span>/);
    expect(html).toMatch(/class="body rev-ins move move-to"[^>]*>.*<span class="move-note">\(chuyển từ Điểm 1\.2, Khoản 1, Điều 3\)<\/span>/);
    const md = (await renderExport(buildExport({ kind: 'draft', run, patches: [patch], revision }), 'md')) as string;
    expect(md).toContain('1. Chuyển Điểm 1.2, Khoản 1, Điều 3 thành Điểm 2.1, Khoản 2, Điều 2.');
  });
});
