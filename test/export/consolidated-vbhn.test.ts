/**
 * The consolidated text against the real thing: a hand-written patch of a few changes of Luật số
 * 51/2024/QH15, each with its `source`, applied to ../shared/texts/bhyt/base.md (the Luật Bảo
 * hiểm y tế before it), gives on those units exactly the footnotes of VBHN 22/VBHN-VPQH — same
 * wording, same place — read from the gazette text's footnote areas; and the header of VBHN 22.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { unitText } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { buildExport, renderExport } from '../../src/export/run.js';
import { importDocument } from '../../src/import/index.js';
import { loadPatch } from '../../src/patch/load.js';
import { HAS_SHARED } from '../helpers/paths.js';
import { compareNotes, placedNotes, TEXTS, vbhn22, vbhn22Header } from './vbhn.js';

const witness = HAS_SHARED ? parseRegulation('witness.md', readFileSync(join(TEXTS, 'bhyt/witness.md'), 'utf8')) : parseRegulation('witness.md', '');
/** The new text of a unit, as Luật 51 wrote it (the witness holds it). */
const after = (anchor: string): string => unitText(witness, witness.byAnchor.get(anchor)!);

const header = HAS_SHARED ? vbhn22Header() : { lead: '', items: [] };

/** base.md with what its front matter does not say: its own effective date, and the six amending laws it already holds. */
function base(): string {
  const text = readFileSync(join(TEXTS, 'bhyt/base.md'), 'utf8');
  const history = header.items.slice(0, 6).map((i) => i.replace(/^\d+\. /u, '').replace(/;$/u, ''));
  return text.replace(/^date: 2008-11-14\n/mu, `date: 2008-11-14\neffective: 2009-07-01\n${stringify({ history }, { lineWidth: 0 })}`);
}

const PATCH = () => ({
  quyche: 1,
  id: 'luat-51-2024',
  amends: '25/2008/QH12',
  number: '51/2024/QH15',
  type: 'Luật',
  issuer: 'Quốc hội',
  title: 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế',
  date: '2024-11-27',
  effective: '2025-07-01',
  changes: [
    { op: 'insert', after: 'khoản 8 Điều 2', text: after('dieu-2.khoan-9'), source: 'khoản 1 Điều 1' },
    { op: 'replace', target: 'Điều 9', text: after('dieu-9'), source: 'khoản 7 Điều 1' },
    { op: 'replace', target: 'khoản 1 Điều 11', text: after('dieu-11.khoan-1'), source: 'khoản 9 Điều 1' },
    {
      op: 'replace',
      target: 'khoản 4 Điều 6',
      text: after('dieu-6.khoan-4'),
      source: 'điểm b khoản 3 Điều 1',
      // Điều 3 khoản 2 of Luật 51 dates a part of this provision apart
      effective_part: {
        date: '2025-01-01',
        scope: 'Quy định liên quan đến cấp chuyên môn kỹ thuật trong khám bệnh, chữa bệnh, đăng ký khám bệnh, chữa bệnh bảo hiểm y tế ban đầu, chuyển người bệnh giữa các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế, thủ tục khám bệnh, chữa bệnh bảo hiểm y tế',
        source: 'khoản 2 Điều 3',
      },
    },
    { op: 'insert', after: 'Điều 48', text: after('dieu-48a'), source: 'khoản 33 Điều 1' },
    { op: 'insert', after: 'Điều 48a', text: after('dieu-48b'), source: 'khoản 33 Điều 1' },
    { op: 'replace_phrase', find: 'tổ chức bảo hiểm y tế', with: 'cơ quan bảo hiểm xã hội', target: ['khoản 3 Điều 2', 'khoản 6 Điều 2'], source: 'điểm a khoản 35 Điều 1' },
  ],
});

async function consolidated(): Promise<{ md: string }> {
  const doc = parseRegulation('base.md', base());
  const patch = loadPatch('luat-51.yaml', stringify(PATCH(), { lineWidth: 0 }));
  expect(patch.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const run = applyPatches([patch], { find: () => doc });
  expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const exp = buildExport({ kind: 'consolidated', run, patches: [patch], revision: { author: 'a', date: '2026-11-25T00:00:00Z' }, document: doc });
  return { md: (await renderExport(exp, 'md')) as string };
}

describe.skipIf(!HAS_SHARED)('consolidated text = VBHN 22/VBHN-VPQH (Luật 51/2024/QH15 on Luật Bảo hiểm y tế)', () => {
  it('the footnotes of the changed units equal the official ones, word for word and at the same place', async () => {
    const { md } = await consolidated();
    const ours = placedNotes(md);
    const anchors = new Set(['dieu-2.khoan-3', 'dieu-2.khoan-6', 'dieu-2.khoan-9', 'dieu-6.khoan-4', 'dieu-9', 'dieu-11.khoan-1', 'dieu-48a', 'dieu-48b']);
    // every footnote the export wrote stands on one of these units
    expect(new Set(ours.map((n) => n.anchor))).toEqual(anchors);
    const { ours: mine, theirs } = compareNotes(ours, (await vbhn22()).notes, anchors);
    expect(theirs).toHaveLength(8);
    expect(mine).toEqual(theirs);
  });

  it('the header names the base law with its own effective date, then each amending law as VBHN 22 prints it', async () => {
    const { md } = await consolidated();
    const fold = (s: string): string => s.replace(/\s+/gu, ' ').trim();
    const lines = md.split('\n\n').map(fold);
    const lead = lines.findIndex((l) => l.startsWith('Luật Bảo hiểm y tế số 25/2008/QH12'));
    expect(lead).toBeGreaterThan(-1);
    expect([lines[lead], ...lines.slice(lead + 1, lead + 8)]).toEqual([header.lead, ...header.items]);
    expect(header.items[6]).toBe('7. Luật số 51/2024/QH15 ngày 27 tháng 11 năm 2024 của Quốc hội sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 7 năm 2025.');
  });

  it('a base that is itself a consolidation (VBHN 47, imported with its footnotes) carries each unit\'s history on ("lần thứ nhất … lần thứ hai") and its header (VBHN 22\'s)', async () => {
    const imported = await importDocument(readFileSync(join(TEXTS, 'luat-bhyt-vbhn-47-2024.txt')), { name: 'luat-bhyt-vbhn-47-2024.txt' });
    if (!imported.ok) throw new Error('VBHN 47 did not import');
    const doc = parseRegulation('vbhn-47.md', imported.markdown);
    const patch = loadPatch(
      'luat-51.yaml',
      stringify({ ...PATCH(), changes: [
        { op: 'replace', target: 'khoản 2 Điều 3', text: after('dieu-3.khoan-2'), source: 'khoản 2 Điều 1' },
        { op: 'replace', target: 'Điều 13', text: after('dieu-13'), source: 'khoản 11 Điều 1' },
        // added by Luật 46/2014, now amended: the insertion is no "lần" (VBHN 22's footnote 24)
        { op: 'replace', target: 'khoản 3 Điều 8', text: after('dieu-8.khoan-3'), source: 'khoản 6 Điều 1' },
      ] }, { lineWidth: 0 }),
    );
    const run = applyPatches([patch], { find: () => doc });
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const exp = buildExport({ kind: 'consolidated', run, patches: [patch], revision: { author: 'a', date: '2026-11-25T00:00:00Z' }, document: doc });
    const md = (await renderExport(exp, 'md')) as string;
    const anchors = new Set(['dieu-3.khoan-2', 'dieu-13', 'dieu-8.khoan-3']);
    const { ours, theirs } = compareNotes(placedNotes(md), (await vbhn22()).notes, anchors);
    expect(theirs).toHaveLength(3);
    expect(ours).toEqual(theirs);
    // the base's own footnotes on those units are carried on, not printed a second time
    expect(exp.notes).toHaveLength(imported.footnotes - 3 + 3);
    // its own header (VBHN 47's) gives way to the new one, which carries it on: VBHN 22's
    const lines = md.split('\n\n').map((l) => l.replace(/\s+/gu, ' ').trim());
    expect(lines.filter((l) => l.includes('được sửa đổi, bổ sung bởi:'))).toEqual([header.lead]);
    const lead = lines.indexOf(header.lead);
    expect(lines.slice(lead + 1, lead + 8)).toEqual(header.items);
    const defined = [...md.matchAll(/^\[\^(\d+)\]:/gmu)].map((m) => m[1]);
    const body = md.slice(0, md.search(/^\[\^\d+\]:/mu));
    expect(defined.filter((n) => !body.includes(`[^${n}]`))).toEqual([]);
  });
});
