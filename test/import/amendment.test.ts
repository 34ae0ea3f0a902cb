/**
 * The amendment compiler (`quyche import --amendment`, src/import/amendment):
 * - the real case: Luật 51/2024/QH15 compiled and applied to ../shared/texts/bhyt/base.md gives
 *   bhyt/witness.md on every unit except the official text's own departures;
 * - only the points that amend `--amends` are compiled (Luật Bảo hiểm xã hội 2024, Điều 139);
 * - every formula of the grammar, in state and Party style, with lists, ranges and "tên Điều";
 * - an instruction outside the grammar is an error at its line, counted, never a guess.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { sameNumber } from '../../src/citation/docnumber.js';
import { parseRegulation } from '../../src/document/parse.js';
import { compileAmendment, compileAmendmentFile, writePatchYaml, type CompileResult } from '../../src/import/amendment/index.js';
import { readLeadIn } from '../../src/import/amendment/grammar.js';
import { locate } from '../../src/import/amendment/locators.js';
import { paragraphsOfMarkdown } from '../../src/import/amendment/paragraphs.js';
import { importDocument } from '../../src/import/index.js';
import { loadPatch } from '../../src/patch/load.js';
import type { MessageData } from '../../src/i18n/messages.js';
import { HAS_SHARED, TEXTS } from '../helpers/paths.js';
import { compareWitness } from './helpers.js';
import { witness } from '../../src/diff/classify.js';
import { buildExport, renderExport } from '../../src/export/run.js';
import { compareNotes, noteLine, placedNotes, vbhn22 } from '../export/vbhn.js';

async function compiled(file: string, amends: string): Promise<CompileResult> {
  const r = await compileAmendmentFile(readFileSync(join(TEXTS, file)), file, { amends });
  if (!r.ok) throw new Error(r.message.id);
  return r;
}

/** Compile a small Markdown amending document. */
function md(front: string, body: string, amends?: string): CompileResult {
  const text = `---\n${front}\n---\n\n${body}`;
  const fm = parseYaml(front) as Record<string, string>;
  return compileAmendment(paragraphsOfMarkdown(text), fm, amends ? { amends } : {});
}

const STATE = 'number: 12/2025/NĐ-CP\ntype: Nghị định\ntitle: Nghị định sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP\nissuer: Chính phủ\ndate: 2025-03-01';
const PARTY = 'number: 05-QĐ/TU\ntype: Quyết định\ntitle: Quyết định sửa đổi, bổ sung Quy chế làm việc\nissuer: Tỉnh ủy\ndate: 2025-03-01';

describe.skipIf(!HAS_SHARED)('Luật 51/2024/QH15 → Luật Bảo hiểm y tế (the real case)', () => {
  it('compiles all 35 khoản of Điều 1 (42 instructions, the points of 6 khoản counted one by one) into 53 changes; Điều 2 amends another law and is skipped', async () => {
    const r = await compiled('luat-51-2024-sua-doi-bhyt.txt', '25/2008/QH12');
    expect(r.summary).toEqual({ compiled: 42, changes: 53, refused: 0, skipped: 1 });
    expect(r.notes.filter((n) => n.severity === 'error')).toEqual([]);
    // every khoản 1–35 of Điều 1 is the source of at least one change
    const khoans = new Set(r.patch.changes.map((c) => /khoản (\d+) Điều 1$/.exec(c.source)?.[1]));
    expect([...khoans].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 1)));
    expect(r.patch).toMatchObject({
      amends: '25/2008/QH12',
      number: '51/2024/QH15',
      type: 'Luật',
      issuer: 'Quốc hội',
      title: 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế',
      date: '2024-11-27',
      effective: '2025-07-01',
    });
    // Điều 3 khoản 2 dates part of khoản 3, 16, 17, 21, 22, 23 and 28 of Điều 1 from 01/01/2025:
    // their changes keep the law's date and carry the sentence (VBHN 22 adds it to their
    // footnotes); khoản 3 Điều 3 applies provisions to cases, and dates none
    expect(r.notes.filter((n) => n.message.id === 'amendment.effective-dated').map((n) => [n.line, (n.message as MessageData).args!.ids])).toEqual([
      [900, '1.3.a, 1.3.b-1, 1.3.b-2, 1.16, 1.17, 1.21, 1.22, 1.23, 1.28'],
    ]);
    const parted = r.patch.changes.filter((c) => c.effective_part !== undefined);
    expect(parted.map((c) => c.source)).toEqual([
      'điểm a khoản 3 Điều 1', 'điểm b khoản 3 Điều 1', 'điểm b khoản 3 Điều 1', 'khoản 16 Điều 1', 'khoản 17 Điều 1', 'khoản 21 Điều 1', 'khoản 22 Điều 1', 'khoản 23 Điều 1', 'khoản 28 Điều 1',
    ]);
    expect(parted[0]!.effective_part).toEqual({
      date: '2025-01-01',
      source: 'khoản 2 Điều 3',
      scope: 'Quy định liên quan đến cấp chuyên môn kỹ thuật trong khám bệnh, chữa bệnh, đăng ký khám bệnh, chữa bệnh bảo hiểm y tế ban đầu, chuyển người bệnh giữa các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế, thủ tục khám bệnh, chữa bệnh bảo hiểm y tế',
    });
    expect(r.patch.changes.filter((c) => c.effective !== undefined)).toEqual([]);
    const c35a = r.patch.changes.find((c) => c.source === 'điểm a khoản 35 Điều 1')!;
    expect(c35a).toMatchObject({ op: 'replace_phrase', find: 'tổ chức bảo hiểm y tế', with: 'cơ quan bảo hiểm xã hội', occurrence: 'all', reason: expect.stringMatching(/^Thay cụm từ “tổ chức bảo hiểm y tế”/) });
    expect(c35a.target).toEqual([
      'khoản 3 Điều 2', 'khoản 6 Điều 2', 'khoản 2 Điều 7c', 'khoản 4 Điều 7c', 'khoản 3 Điều 18', 'khoản 3 Điều 19', 'khoản 1 Điều 25',
      'khoản 3 Điều 29', 'khoản 1 Điều 34', 'khoản 4 Điều 36', 'khoản 5 Điều 36', 'khoản 4 Điều 37', 'khoản 1 Điều 38', 'khoản 4 Điều 39',
      'tên Điều 40', 'khoản 5 Điều 40', 'tên Điều 41', 'khoản 1 Điều 42', 'khoản 2 Điều 42', 'khoản 2 Điều 43', 'khoản 3 Điều 43',
      'khoản 4 Điều 43', 'khoản 1 Điều 44', 'điểm c khoản 1 Điều 48',
    ]);
    const c33 = r.patch.changes.filter((c) => c.source === 'khoản 33 Điều 1');
    expect(c33.map((c) => [c.op, c.after])).toEqual([['insert', 'Điều 48'], ['insert', 'Điều 48a']]);
    expect(String(c33[1]!.text)).toMatch(/^### Điều 48b\. Trốn đóng bảo hiểm y tế\n\n1\. /);
  });

  it('applied to bhyt/base.md gives bhyt/witness.md on every unit but the official text’s own departures', async () => {
    const r = await compiled('luat-51-2024-sua-doi-bhyt.txt', '25/2008/QH12');
    const yaml = writePatchYaml(r.patch, 'header', 'count', '../schema/amendment.schema.json');
    const patch = loadPatch('amendments/luat-51.yaml', yaml);
    expect(patch.diagnostics).toEqual([]);
    const base = parseRegulation('base.md', readFileSync(join(TEXTS, 'bhyt/base.md'), 'utf8'));
    const run = applyPatches([patch], { find: (n) => (sameNumber(n, base.meta.number!) ? base : undefined) });
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const d = run.documents[0]!;
    expect(d.changes.every((c) => c.status === 'applied')).toBe(true);
    const witness = parseRegulation('witness.md', readFileSync(join(TEXTS, 'bhyt/witness.md'), 'utf8'));
    const cmp = compareWitness(d.result, witness);
    // the VBHN's own departures: a doubled comma in khoản 2 Điều 6 ("chiến lược,,"), and
    // "Trung ương" lower-cased in khoản 2 Điều 8 and điểm c khoản 1 Điều 32
    expect(cmp.differ).toEqual(['dieu-6.khoan-2', 'dieu-8.khoan-2', 'dieu-32.khoan-1.diem-c']);
    expect(cmp.equal).toBe(cmp.total - 3);
    // and every heading is the witness's: a quoted article's heading is not run into its text
    const fold = (h: string | undefined): string | undefined => h?.replace(/\s+/gu, ' ').trim();
    expect(witness.all.filter((u) => u.heading !== undefined && fold(d.result.byAnchor.get(u.anchor)?.heading) !== fold(u.heading)).map((u) => u.anchor)).toEqual([]);
  });

  it('the result against the official consolidation (`quyche diff --witness`): exactly the official text’s own departures, and nothing substantive else', async () => {
    const r = await compiled('luat-51-2024-sua-doi-bhyt.txt', '25/2008/QH12');
    const patch = loadPatch('amendments/luat-51.yaml', writePatchYaml(r.patch, 'header', 'count', 's'));
    const base = parseRegulation('base.md', readFileSync(join(TEXTS, 'bhyt/base.md'), 'utf8'));
    const run = applyPatches([patch], { find: () => base });
    const result = parseRegulation('result.md', run.documents[0]!.result.source.text);
    const witnessed = witness(result, parseRegulation('witness.md', readFileSync(join(TEXTS, 'bhyt/witness.md'), 'utf8')));
    const where = (f: (typeof witnessed.findings)[number]): string => `${f.class} ${f.old?.anchor ?? f.new?.anchor}`;
    expect(witnessed.findings.map(where).sort()).toEqual(['case dieu-32.khoan-1.diem-c', 'case dieu-8.khoan-2', 'punctuation dieu-6.khoan-2']);
    expect(witnessed.substantive).toBe(false);
  });

  it('the consolidated export of the run: every footnote Luật 51 gives a unit equals VBHN 22’s, word for word and at the same place', async () => {
    // the base as the Văn phòng Quốc hội had it: VBHN 47, with its footnotes (the units' history)
    const imported = await importDocument(readFileSync(join(TEXTS, 'luat-bhyt-vbhn-47-2024.txt')), { name: 'luat-bhyt-vbhn-47-2024.txt' });
    if (!imported.ok) throw new Error('VBHN 47 did not import');
    const doc = parseRegulation('vbhn-47.md', imported.markdown);
    const r = await compiled('luat-51-2024-sua-doi-bhyt.txt', '25/2008/QH12');
    const patch = loadPatch('amendments/luat-51.yaml', writePatchYaml(r.patch, 'header', 'count', 's'));
    const run = applyPatches([patch], { find: () => doc });
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const exp = buildExport({ kind: 'consolidated', run, patches: [patch], revision: { author: 'a', date: '2026-12-01T00:00:00Z' }, document: doc });
    const ours = placedNotes((await renderExport(exp, 'md')) as string);
    const official = (await vbhn22()).notes;
    // the units Luật 51 changed, as VBHN 22 footnotes them (its căn cứ note on the preamble aside)
    const notes51 = official.filter((n) => n.text.includes('51/2024/QH15') && n.anchor !== 'intro');
    expect(notes51).toHaveLength(79);
    const changed = new Set(notes51.map((n) => n.anchor));
    const cmp = compareNotes(ours, official, changed);
    expect(cmp.ours).toEqual(cmp.theirs);
    // and quyche footnotes no unit Luật 51 did not change with a Luật 51 note
    expect(ours.filter((n) => n.text.includes('51/2024/QH15') && !changed.has(n.anchor)).map(noteLine)).toEqual([]);
  });

  it('reads the Markdown that `quyche import` writes of the law exactly as the gazette text', async () => {
    const bytes = readFileSync(join(TEXTS, 'luat-51-2024-sua-doi-bhyt.txt'));
    const imported = await importDocument(bytes, { name: 'l.txt' });
    if (!imported.ok) throw new Error('import');
    const fromText = await compiled('luat-51-2024-sua-doi-bhyt.txt', '25/2008/QH12');
    const fromMd = await compileAmendmentFile(new TextEncoder().encode(imported.markdown), 'luat-51.md', { amends: '25/2008/QH12' });
    if (!fromMd.ok) throw new Error('md');
    const strip = (r: CompileResult) => r.patch.changes.map(({ id, ...c }) => ({ id, ...c }));
    expect(strip(fromMd)).toEqual(strip(fromText));
  });
});

describe.skipIf(!HAS_SHARED)('an amending article inside another law (Luật Bảo hiểm xã hội 2024, Điều 139)', () => {
  it('compiles only the points that amend --amends, and counts the others as skipped', async () => {
    const r = await compiled('luat-bhxh-2024.txt', '84/2015/QH13');
    expect(r.summary).toEqual({ compiled: 6, changes: 6, refused: 0, skipped: 2 });
    expect(r.patch.changes.map((c) => [c.op, c.target, c.source])).toEqual([
      ['replace', 'khoản 7 Điều 42', 'điểm a khoản 1 Điều 139'],
      ['replace', 'khoản 1 Điều 43', 'điểm b khoản 1 Điều 139'],
      ['replace', 'điểm b khoản 2 Điều 44', 'điểm c khoản 1 Điều 139'],
      ['replace', 'khoản 3 Điều 49', 'điểm d khoản 1 Điều 139'],
      ['replace', 'khoản 5 Điều 49', 'điểm đ khoản 1 Điều 139'],
      ['replace', 'khoản 3 Điều 53', 'điểm e khoản 1 Điều 139'],
    ]);
    expect(r.patch.effective).toBe('2025-07-01');
    // the quoted text keeps its paragraphs
    expect(r.patch.changes[5]!.text).toMatch(/^3\. Người lao động bị chết .*lao động\.\n\nHồ sơ hưởng chế độ tử tuất/su);
    const other = await compiled('luat-bhxh-2024.txt', '39/2009/QH12');
    expect(other.patch.changes.map((c) => [c.op, c.target, c.source])).toEqual([['repeal', 'khoản 2 Điều 17', 'khoản 3 Điều 139']]);
  });
});

describe('the grammar of instructions', () => {
  it.each([
    ['Sửa đổi, bổ sung khoản 2 Điều 3 như sau:', { kind: 'replace', places: 'khoản 2 Điều 3' }],
    ['Sửa đổi điểm a khoản 8 Điều 11 như sau:', { kind: 'replace', places: 'điểm a khoản 8 Điều 11' }],
    ['Khoản 1 và khoản 3 Điều 8 được sửa đổi, bổ sung như sau:', { kind: 'replace', places: 'Khoản 1 và khoản 3 Điều 8' }],
    ['Sửa đổi Khoản 2, Điều 1 như sau:', { kind: 'replace', places: 'Khoản 2, Điều 1' }],
    ['Sửa đổi, bổ sung tên của Điều 52 như sau:', { kind: 'heading', places: 'Điều 52' }],
    ['Sửa đổi tên Điều 41 như sau:', { kind: 'heading', places: 'Điều 41' }],
    ['Sửa đổi, bổ sung một số khoản của Điều 6 như sau:', { kind: 'container', places: 'Điều 6' }],
    ['Sửa đổi, bổ sung một số điểm, khoản của Điều 25 như sau:', { kind: 'container', places: 'Điều 25' }],
    ['Thay thế cụm từ tại một số điểm, khoản sau đây:', { kind: 'container' }],
    ['Bổ sung khoản 9 vào sau khoản 8 Điều 2 như sau:', { kind: 'insert', units: 'khoản 9', where: 'after', anchor: 'khoản 8 Điều 2' }],
    ['Bổ sung Điều 48a và Điều 48b vào sau Điều 48 như sau:', { kind: 'insert', units: 'Điều 48a và Điều 48b', where: 'after', anchor: 'Điều 48' }],
    ['Bổ sung điểm d1, d2 vào sau điểm d khoản 2 Điều 3 như sau:', { kind: 'insert', units: 'điểm d1, d2', where: 'after', anchor: 'điểm d khoản 2 Điều 3' }],
    ['Bổ sung điểm đ vào khoản 2 Điều 19 như sau:', { kind: 'insert', units: 'điểm đ', where: 'into', anchor: 'khoản 2 Điều 19' }],
    ['Bãi bỏ khoản 3 và khoản 4 Điều 7.', { kind: 'repeal', places: 'khoản 3 và khoản 4 Điều 7' }],
    ['Bãi bỏ điểm c khoản 7.', { kind: 'repeal', places: 'điểm c khoản 7' }],
    [
      'Thay cụm từ “tổ chức bảo hiểm y tế” bằng cụm từ “cơ quan bảo hiểm xã hội” tại khoản 3 Điều 2, khoản 1 Điều 5;',
      { kind: 'phrase', items: [{ op: 'replace_phrase', find: 'tổ chức bảo hiểm y tế', with: 'cơ quan bảo hiểm xã hội', places: 'khoản 3 Điều 2, khoản 1 Điều 5' }] },
    ],
    [
      'Thay thế cụm từ “dạy trẻ” thành cụm từ “giảng dạy” tại điểm b khoản 2 Điều 4',
      { kind: 'phrase', items: [{ op: 'replace_phrase', find: 'dạy trẻ', with: 'giảng dạy', places: 'điểm b khoản 2 Điều 4' }] },
    ],
    [
      'Thay thế cụm từ “A” tại khoản 1 Điều 2, khoản 4 Điều 4 thành cụm từ “B”.',
      { kind: 'phrase', items: [{ op: 'replace_phrase', find: 'A', with: 'B', places: 'khoản 1 Điều 2, khoản 4 Điều 4' }] },
    ],
    [
      'Bỏ cụm từ “hóa đơn” tại điểm b khoản 2 Điều 41, khoản 2 Điều 45; cụm từ “là 01 năm” tại khoản 1 Điều 4.',
      { kind: 'phrase', items: [{ op: 'delete_phrase', find: 'hóa đơn', places: 'điểm b khoản 2 Điều 41, khoản 2 Điều 45' }, { op: 'delete_phrase', find: 'là 01 năm', places: 'khoản 1 Điều 4' }] },
    ],
    ['Bãi bỏ cụm từ “thuê mặt nước” tại điểm h khoản 2 Điều 5.', { kind: 'phrase', items: [{ op: 'delete_phrase', find: 'thuê mặt nước', places: 'điểm h khoản 2 Điều 5' }] }],
    [
      'Bổ sung cụm từ “, tổ chức” vào sau cụm từ “các cơ quan” tại khoản 2 Điều 1.',
      { kind: 'phrase', items: [{ op: 'insert_phrase', text: ', tổ chức', after: 'các cơ quan', places: 'khoản 2 Điều 1' }] },
    ],
  ])('%s', (text, expected) => {
    expect(readLeadIn(text)).toEqual(expected);
  });

  it.each([
    'Sửa đổi, bổ sung khoản 2, bổ sung khoản 5 Điều 26 như sau:', // two verbs on different units
    'Thay thế Phụ lục kèm theo Thông tư 40/2024/TT-NHNN', // an appendix
    'Đính chính khoản 2 Điều 3', // a correction is not an amendment
    'Sửa đổi, bổ sung khoản 2 Điều 3', // no "như sau:": where would the text be
  ])('refuses %s', (text) => {
    expect(readLeadIn(text)).toBeUndefined();
  });

  it('reads lists, ranges and headings in the places, completed by the enclosing instruction', () => {
    expect(locate('các điểm e, h, i khoản 3', [{ level: 'dieu', word: 'Điều', number: '12' }])?.targets).toEqual(['điểm e khoản 3 Điều 12', 'điểm h khoản 3 Điều 12', 'điểm i khoản 3 Điều 12']);
    expect(locate('khoản 2, khoản 6 Điều 137')?.targets).toEqual(['khoản 2 Điều 137', 'khoản 6 Điều 137']);
    expect(locate('tên Điều và khoản 5 Điều 40')?.targets).toEqual(['tên Điều 40', 'khoản 5 Điều 40']);
    expect(locate('từ Điều 16 đến Điều 23')?.targets).toEqual(['từ Điều 16 đến Điều 23']);
    expect(locate('Khoản 2, Điều 1; Khoản 8, Điều 3', [], 'party')?.targets).toEqual(['Khoản 2, Điều 1', 'Khoản 8, Điều 3']);
    expect(locate('khoản 1')?.targets).toEqual(['khoản 1']);
    expect(locate('phần Tên, Căn cứ ban hành')).toBeUndefined();
  });
});

describe('compiling small documents', () => {
  const STATE_BODY = `# NGHỊ ĐỊNH

### Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP

1. Sửa đổi, bổ sung một số khoản của Điều 6 như sau:

a) Sửa đổi, bổ sung khoản 1 như sau:

“1. Văn bản được soạn thảo bằng phông chữ tiếng Việt.”;

b) Bổ sung khoản 1a vào sau khoản 1 như sau:

“1a. Văn bản điện tử được ký số.

Người ký số chịu trách nhiệm về nội dung.”.

2. Sửa đổi tên Điều 8 như sau:

“Điều 8. Kỹ thuật trình bày văn bản điện tử”.

3. Bãi bỏ khoản 3 và khoản 4 Điều 9.

4. Thay cụm từ “văn thư cơ quan” bằng cụm từ “bộ phận văn thư” tại khoản 2 Điều 10, tên Điều và khoản 1 Điều 11.

5. Bỏ cụm từ “, bản sao” tại điểm b khoản 1 Điều 12.

### Điều 2. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 15 tháng 4 năm 2025.
`;

  it('state style: containers, a new unit of two paragraphs, a heading, a repeal list, phrases with "tên Điều"', () => {
    const r = md(STATE, STATE_BODY);
    expect(r.notes).toEqual([]);
    expect(r.summary).toEqual({ compiled: 6, changes: 6, refused: 0, skipped: 0 });
    expect(r.patch.amends).toBe('30/2020/NĐ-CP');
    expect(r.patch.effective).toBe('2025-04-15');
    expect(r.patch.changes).toEqual([
      { id: '1.1.a', op: 'replace', target: 'khoản 1 Điều 6', text: '1. Văn bản được soạn thảo bằng phông chữ tiếng Việt.\n', source: 'điểm a khoản 1 Điều 1', reason: 'Sửa đổi, bổ sung khoản 1 như sau:' },
      { id: '1.1.b', op: 'insert', after: 'khoản 1 Điều 6', text: '1a. Văn bản điện tử được ký số.\n\nNgười ký số chịu trách nhiệm về nội dung.\n', source: 'điểm b khoản 1 Điều 1', reason: 'Bổ sung khoản 1a vào sau khoản 1 như sau:' },
      { id: '1.2', op: 'replace_heading', target: 'Điều 8', heading: 'Kỹ thuật trình bày văn bản điện tử', source: 'khoản 2 Điều 1', reason: 'Sửa đổi tên Điều 8 như sau:' },
      { id: '1.3', op: 'repeal', target: ['khoản 3 Điều 9', 'khoản 4 Điều 9'], source: 'khoản 3 Điều 1', reason: 'Bãi bỏ khoản 3 và khoản 4 Điều 9.' },
      {
        id: '1.4', op: 'replace_phrase', target: ['khoản 2 Điều 10', 'tên Điều 11', 'khoản 1 Điều 11'], find: 'văn thư cơ quan', with: 'bộ phận văn thư', occurrence: 'all', source: 'khoản 4 Điều 1',
        reason: 'Thay cụm từ “văn thư cơ quan” bằng cụm từ “bộ phận văn thư” tại khoản 2 Điều 10, tên Điều và khoản 1 Điều 11.',
      },
      { id: '1.5', op: 'delete_phrase', target: 'điểm b khoản 1 Điều 12', find: ', bản sao', occurrence: 'all', source: 'khoản 5 Điều 1', reason: 'Bỏ cụm từ “, bản sao” tại điểm b khoản 1 Điều 12.' },
    ]);
  });

  it('Party style: places and sources cited as Party documents cite them', () => {
    const r = md(
      PARTY,
      `### Điều 1. Sửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/TU như sau:

1. Sửa đổi Khoản 2, Điều 1 như sau:

“2. Tỉnh ủy họp thường lệ 3 tháng một lần.”.

2. Bãi bỏ Điểm c, Khoản 2, Điều 5.

### Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
`,
      '01-QC/TU',
    );
    expect(r.summary).toEqual({ compiled: 2, changes: 2, refused: 0, skipped: 0 });
    expect(r.patch.changes.map((c) => [c.op, c.target, c.source])).toEqual([
      ['replace', 'Khoản 2, Điều 1', 'Khoản 1, Điều 1'],
      ['repeal', 'Điểm c, Khoản 2, Điều 5', 'Khoản 2, Điều 1'],
    ]);
  });

  it('an instruction outside the grammar is an error at its line with its text, counted; the others still compile', () => {
    const r = md(
      STATE,
      `### Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP

1. Sửa đổi, bổ sung khoản 2, bổ sung khoản 5 Điều 26 như sau:

“2. A.

5. B.”.

2. Sửa đổi, bổ sung khoản 3 và khoản 4 Điều 7 như sau:

“3. Chỉ một khoản.”.

3. Bãi bỏ khoản 3 Điều 7.
`,
    );
    expect(r.summary).toEqual({ compiled: 1, changes: 1, refused: 2, skipped: 0 });
    expect(r.notes.map((n) => [n.line, n.severity, n.message.id])).toEqual([
      [11, 'error', 'amendment.refused'],
      [17, 'error', 'amendment.split'],
    ]);
    expect((r.notes[0]!.message as MessageData).args!.text).toBe('1. Sửa đổi, bổ sung khoản 2, bổ sung khoản 5 Điều 26 như sau:');
  });

  it('a quotation never closed is an error at its opening line', () => {
    const r = md(STATE, `### Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP\n\n1. Sửa đổi, bổ sung khoản 2 Điều 3 như sau:\n\n“2. Không đóng ngoặc.\n`);
    expect(r.notes.map((n) => [n.line, n.message.id])).toContainEqual([13, 'amendment.unclosed-quote']);
  });

  it('without --amends, the amended document is found from the title and the text', () => {
    const r = md(STATE, STATE_BODY.replace('### Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP', '### Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020'));
    expect(r.patch.amends).toBe('30/2020/NĐ-CP');
  });
});

describe('a Word amending document (a Party decision typed in Word)', () => {
  it('is read through the .docx reader and compiles as its text would', async () => {
    const lines = [
      'TỈNH ỦY THANH HÓA',
      'Số 05-QĐ/TU',
      'QUYẾT ĐỊNH',
      'sửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/TU',
      'Điều 1. Sửa đổi, bổ sung một số điều của Quy chế làm việc số 01-QC/TU như sau:',
      '1. Sửa đổi Khoản 2, Điều 1 như sau:',
      '“2. Tỉnh ủy họp thường lệ 3 tháng một lần; họp bất thường khi cần.',
      'a) Ban Thường vụ chuẩn bị nội dung;',
      'b) Văn phòng Tỉnh ủy bảo đảm điều kiện.”.',
      '2. Thay cụm từ “Văn phòng Tỉnh ủy” bằng cụm từ “Văn phòng” tại Khoản 3, Điều 2.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2025.',
    ];
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const r = await compileAmendmentFile(bytes, 'qd-05.docx', { amends: '01-QC/TU' });
    if (!r.ok) throw new Error(r.message.id);
    expect(r.summary).toEqual({ compiled: 2, changes: 2, refused: 0, skipped: 0 });
    expect(r.patch.effective).toBe('2025-03-01');
    expect(r.patch.changes).toEqual([
      {
        id: '1.1', op: 'replace', target: 'Khoản 2, Điều 1', source: 'Khoản 1, Điều 1', reason: 'Sửa đổi Khoản 2, Điều 1 như sau:',
        text: '2. Tỉnh ủy họp thường lệ 3 tháng một lần; họp bất thường khi cần.\n\na) Ban Thường vụ chuẩn bị nội dung;\n\nb) Văn phòng Tỉnh ủy bảo đảm điều kiện.\n',
      },
      {
        id: '1.2', op: 'replace_phrase', target: 'Khoản 3, Điều 2', find: 'Văn phòng Tỉnh ủy', with: 'Văn phòng', occurrence: 'all', source: 'Khoản 2, Điều 1',
        reason: 'Thay cụm từ “Văn phòng Tỉnh ủy” bằng cụm từ “Văn phòng” tại Khoản 3, Điều 2.',
      },
    ]);
  });
});

