/**
 * The consolidated text, point by point (issue 12 point 3, issue 14 points 5–7), in process on
 * small documents: which unit a footnote stands on and where, its wording (the amending
 * provision's `source`, the document's name, "lần thứ nhất / lần thứ hai", "Từ" / "Cụm từ", "bỏ"
 * / "bãi bỏ"), the header, the notice (no software named, the consolidating unit, an excerpt and
 * its "[…]"), and the dates as printed.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { parseRegulation } from '../../src/document/parse.js';
import { paragraphText, type ExportDoc } from '../../src/export/doc.js';
import { documentName, ordinalTime } from '../../src/export/footnotes.js';
import { buildExport, renderExport } from '../../src/export/run.js';
import { loadPatch } from '../../src/patch/load.js';
import { formatDatePrinted } from '../../src/util/dates.js';
import { placedNotes, type PlacedNote } from './vbhn.js';

const STATE = `---
number: 12/2020/QĐ-UBND
type: Quyết định
title: Quyết định ban hành Quy chế làm việc
issuer: Ủy ban nhân dân tỉnh
date: 2020-02-05
effective: 2020-03-01
---

# QUY CHẾ LÀM VIỆC

### Điều 1. Phạm vi

1. Quy chế này quy định về chế độ làm việc của Ủy ban nhân dân tỉnh.

2. Thanh tra, kiểm tra việc thực hiện quy hoạch, kế hoạch của tổ chức bảo hiểm y tế.

### Điều 2. Nhiệm vụ

1. Ủy ban nhân dân tỉnh có các nhiệm vụ sau:

a) Lãnh đạo công tác nội chính;

b) Chỉ đạo công tác thanh tra;

c) Chỉ đạo công tác tư pháp;

d) Chỉ đạo công tác tiếp công dân.

2. Chủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm trước Hội đồng nhân dân tỉnh.
`;

const header = (extra: string): string => `quyche: 1\nid: p\namends: 12/2020/QĐ-UBND\ntype: Quyết định\nissuer: Ủy ban nhân dân tỉnh\n${extra}changes:\n`;

async function consolidate(regulation: string, patches: string[], opts: { office?: string } = {}): Promise<{ exp: ExportDoc; md: string; notes: PlacedNote[] }> {
  const doc = parseRegulation('r.md', regulation);
  const loaded = patches.map((p, i) => loadPatch(`p${i}.yaml`, p));
  for (const lp of loaded) expect(lp.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const run = applyPatches(loaded, { find: () => doc });
  expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const exp = buildExport({ kind: 'consolidated', run, patches: loaded, revision: { author: 'a', date: '2026-11-25T00:00:00Z' }, document: doc, ...(opts.office ? { formal: { office: opts.office } } : {}) });
  const md = (await renderExport(exp, 'md')) as string;
  return { exp, md, notes: placedNotes(md) };
}

const A = header('number: 15/2024/QĐ-UBND\ntitle: Quyết định sửa đổi, bổ sung một số điều của Quy chế làm việc\ndate: 2024-01-09\neffective: 2024-02-01\n');
const B = header('number: 20/2025/QĐ-UBND\ntitle: Quyết định sửa đổi, bổ sung một số điều của Quy chế làm việc\ndate: 2025-06-10\neffective: 2025-07-01\n');

describe('unit footnotes', () => {
  it('cite the change\'s source, and the amending document by number then title', async () => {
    const { notes } = await consolidate(STATE, [A + '  - op: replace\n    target: khoản 1 Điều 1\n    text: "1. Quy chế này quy định về chế độ làm việc."\n    source: điểm b khoản 3 Điều 1\n']);
    expect(notes).toEqual([
      { anchor: 'dieu-1.khoan-1', before: '1.', text: 'Khoản này được sửa đổi, bổ sung theo quy định tại điểm b khoản 3 Điều 1 của Quyết định số 15/2024/QĐ-UBND sửa đổi, bổ sung một số điều của Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 02 năm 2024.' },
    ]);
  });

  it('without a source keep the numbering of the drafted amending document', async () => {
    const { notes } = await consolidate(STATE, [A + '  - op: repeal\n    target: điểm c khoản 1 Điều 2\n  - op: repeal\n    target: khoản 2 Điều 2\n']);
    expect(notes.map((n) => [n.anchor, n.text.replace(/ của .*/u, '')])).toEqual([
      ['dieu-2.khoan-1.diem-c', 'Điểm này được bãi bỏ theo quy định tại điểm a khoản 1 Điều 1'],
      ['dieu-2.khoan-2', 'Khoản này được bãi bỏ theo quy định tại điểm b khoản 1 Điều 1'],
    ]);
  });

  it('name a law with its own name by name then number ("của Luật Thanh tra số 84/2025/QH15")', async () => {
    const p = 'quyche: 1\nid: tt\namends: 12/2020/QĐ-UBND\ntype: Luật\ntitle: Luật Thanh tra\nnumber: 84/2025/QH15\nissuer: Quốc hội\ndate: 2025-06-25\neffective: 2025-07-01\nchanges:\n  - op: delete_phrase\n    target: khoản 2 Điều 1\n    find: "Thanh tra, "\n    source: điểm s khoản 1 Điều 62\n';
    const { notes, exp } = await consolidate(STATE, [p]);
    expect(notes.map((n) => n.text)).toEqual(['Cụm từ “Thanh tra,” được bỏ theo quy định tại điểm s khoản 1 Điều 62 của Luật Thanh tra số 84/2025/QH15, có hiệu lực kể từ ngày 01 tháng 7 năm 2025.']);
    expect(exp.blocks.map((b) => (b.t === 'p' ? paragraphText(b) : ''))).toContain('1. Luật Thanh tra số 84/2025/QH15 ngày 25 tháng 6 năm 2025 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2025.');
  });

  it('number a unit\'s history: "lần thứ nhất", "lần thứ hai"', async () => {
    const { notes } = await consolidate(STATE, [
      A + '  - op: replace\n    target: khoản 2 Điều 2\n    text: "2. Chủ tịch chịu trách nhiệm."\n    source: khoản 2 Điều 1\n',
      B + '  - op: replace\n    target: khoản 2 Điều 2\n    text: "2. Chủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm cá nhân."\n    source: khoản 4 Điều 1\n',
    ]);
    expect(notes).toEqual([
      {
        anchor: 'dieu-2.khoan-2',
        before: '2.',
        text:
          'Khoản này được sửa đổi, bổ sung lần thứ nhất theo quy định tại khoản 2 Điều 1 của Quyết định số 15/2024/QĐ-UBND sửa đổi, bổ sung một số điều của Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 02 năm 2024. ' +
          'Khoản này được sửa đổi, bổ sung lần thứ hai theo quy định tại khoản 4 Điều 1 của Quyết định số 20/2025/QĐ-UBND sửa đổi, bổ sung một số điều của Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 7 năm 2025.',
      },
    ]);
    expect([1, 2, 3, 4, 11].map(ordinalTime)).toEqual(['lần thứ nhất', 'lần thứ hai', 'lần thứ ba', 'lần thứ tư', 'lần thứ 11']);
  });

  it('count amendments, not the insertion that created the unit', async () => {
    const { notes } = await consolidate(STATE, [
      A + '  - op: insert\n    after: khoản 2 Điều 2\n    text: "3. Mới."\n    source: khoản 2 Điều 1\n',
      B + '  - op: replace\n    target: khoản 3 Điều 2\n    text: "3. Mới hơn."\n    source: khoản 4 Điều 1\n',
    ]);
    expect(notes.map((n) => n.text.replace(/ theo quy định tại [^.]*\./gu, ' …'))).toEqual(['Khoản này được bổ sung … Khoản này được sửa đổi, bổ sung …']);
  });

  it('a change of one khoản footnotes that khoản only, not its Điều', async () => {
    const { notes } = await consolidate(STATE, [A + '  - op: replace\n    target: khoản 1 Điều 2\n    text: "1. Ủy ban nhân dân tỉnh có nhiệm vụ sau:"\n    source: khoản 3 Điều 1\n  - op: delete_phrase\n    target: khoản 2 Điều 2\n    find: " tỉnh chịu"\n    source: khoản 4 Điều 1\n']);
    expect(notes.map((n) => n.anchor)).toEqual(['dieu-2.khoan-1', 'dieu-2.khoan-2']);
  });

  it('an article\'s stands at the end of its heading; a new article\'s says it was added', async () => {
    const { notes, md } = await consolidate(STATE, [A + '  - op: insert\n    after: Điều 2\n    text: "### Điều 3. Hiệu lực\\n\\nQuy chế này có hiệu lực từ ngày ký."\n    source: khoản 5 Điều 1\n']);
    expect(md).toContain('### Điều 3. Hiệu lực[^1]');
    expect(notes).toEqual([{ anchor: 'dieu-3', before: 'Điều 3. Hiệu lực', text: expect.stringMatching(/^Điều này được bổ sung theo quy định tại khoản 5 Điều 1 của /u) as string }]);
  });

  it('a move footnotes the moved unit only, and says where from (issue 14, point 7)', async () => {
    const { notes } = await consolidate(STATE, [A + '  - op: move\n    target: điểm d khoản 1 Điều 2\n    after: điểm b khoản 1 Điều 2\n    label: b1\n    source: khoản 6 Điều 1\n']);
    expect(notes.map((n) => [n.anchor, n.before])).toEqual([['dieu-2.khoan-1.diem-b1', 'b1)']]);
    expect(notes[0]!.text).toMatch(/^Điểm này được chuyển từ điểm d khoản 1 Điều 2 theo quy định tại khoản 6 Điều 1 của /u);
  });
});

describe('phrase footnotes', () => {
  it('are passive and stand right after the new phrase, one at each place, none at the label', async () => {
    const { notes } = await consolidate(STATE, [A + '  - op: replace_phrase\n    find: tổ chức bảo hiểm y tế\n    with: cơ quan bảo hiểm xã hội\n    source: điểm a khoản 35 Điều 1\n']);
    expect(notes).toEqual([
      {
        anchor: 'dieu-1.khoan-2',
        before: '2. Thanh tra, kiểm tra việc thực hiện quy hoạch, kế hoạch của cơ quan bảo hiểm xã hội',
        text: 'Cụm từ “tổ chức bảo hiểm y tế” được thay thế bằng cụm từ “cơ quan bảo hiểm xã hội” theo quy định tại điểm a khoản 35 Điều 1 của Quyết định số 15/2024/QĐ-UBND sửa đổi, bổ sung một số điều của Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 02 năm 2024.',
      },
    ]);
  });

  it('say "Từ" for one word and "bãi bỏ" when the amending document does; a deletion\'s mark follows the word before it', async () => {
    const { notes } = await consolidate(STATE, [A + '  - op: delete_phrase\n    target: khoản 2 Điều 1\n    find: "quy hoạch, "\n    reason: Bãi bỏ từ “quy hoạch,” tại khoản 2 Điều 1.\n    source: điểm đ khoản 1 Điều 30\n']);
    expect(notes).toEqual([
      {
        anchor: 'dieu-1.khoan-2',
        before: '2. Thanh tra, kiểm tra việc thực hiện',
        text: 'Từ “quy hoạch,” được bãi bỏ theo quy định tại điểm đ khoản 1 Điều 30 của Quyết định số 15/2024/QĐ-UBND sửa đổi, bổ sung một số điều của Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 02 năm 2024.',
      },
    ]);
    // without a lead-in: one syllable is a "Từ", more a "Cụm từ"; a deletion "được bỏ"
    const one = await consolidate(STATE, [A + '  - op: insert_phrase\n    target: khoản 1 Điều 1\n    after: chế độ\n    text: " họp,"\n']);
    expect(one.notes[0]!.text).toMatch(/^Từ “họp,” được bổ sung theo quy định tại khoản 1 Điều 1 của /u);
    const two = await consolidate(STATE, [A + '  - op: delete_phrase\n    target: khoản 2 Điều 1\n    find: "quy hoạch, "\n']);
    expect(two.notes[0]!.text).toMatch(/^Cụm từ “quy hoạch,” được bỏ theo quy định tại khoản 1 Điều 1 của /u);
  });
});

describe('header and notice', () => {
  it('state: the base by type, number, date, issuer and title with its own effective date; one date style', async () => {
    const { exp } = await consolidate(STATE, [A + '  - op: repeal\n    target: khoản 2 Điều 2\n']);
    const texts = exp.blocks.map((b) => (b.t === 'p' ? paragraphText(b) : ''));
    expect(texts).toContain('Quyết định số 12/2020/QĐ-UBND ngày 05 tháng 02 năm 2020 của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 3 năm 2020, được sửa đổi, bổ sung bởi:');
    expect(texts).toContain('1. Quyết định số 15/2024/QĐ-UBND ngày 09 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 02 năm 2024.');
  });

  it('the notice names no software, names the consolidating unit, and says an excerpt is one and what "[…]" means, once', async () => {
    const excerpt = STATE.replace('effective: 2020-03-01\n', 'effective: 2020-03-01\nexcerpt: true\n').replace('### Điều 2. Nhiệm vụ', '### Điều 2. […]');
    const { exp, md } = await consolidate(excerpt, [A + '  - op: repeal\n    target: khoản 2 Điều 2\n'], { office: 'Văn phòng Ủy ban nhân dân tỉnh' });
    const meta = exp.blocks.filter((b) => b.t === 'p' && b.style === 'meta').map((b) => (b.t === 'p' ? paragraphText(b) : ''));
    expect(meta).toEqual([
      'Văn bản hợp nhất phục vụ tra cứu, không thay thế văn bản gốc; chưa được xác thực. Đơn vị hợp nhất: Văn phòng Ủy ban nhân dân tỉnh. Bản trích: chỉ gồm một số quy định của văn bản; dấu “[…]” đánh dấu phần không được trích.',
    ]);
    expect(md).not.toMatch(/quyche/iu);
    expect(exp.title).toBe('Quyết định 12/2020/QĐ-UBND (hợp nhất, bản trích)');
    // a full text says nothing of excerpts
    const full = await consolidate(STATE, [A + '  - op: repeal\n    target: khoản 2 Điều 2\n']);
    expect(full.md).not.toContain('Bản trích');
    expect(full.md).not.toContain('[…]');
  });

  it('Party: one date form in a sentence, leading zeros (ngày 09/01/2021)', async () => {
    const party = '---\nnumber: 01-QC/TU\ntype: Quy chế\ntitle: Quy chế làm việc\nissuer: Ban Chấp hành Đảng bộ tỉnh\ndate: 2021-01-09\neffective: 2021-02-03\n---\n\n### Điều 1. Phạm vi\n\n1. Một.\n\n2. Hai.\n';
    const p = 'quyche: 1\nid: q\namends: 01-QC/TU\ntype: Quyết định\nnumber: 15-QĐ/TU\ntitle: Quyết định sửa đổi, bổ sung Quy chế làm việc\nissuer: Ban Thường vụ Tỉnh ủy\ndate: 2024-08-05\neffective: 2024-08-05\nchanges:\n  - op: repeal\n    target: Khoản 2, Điều 1\n';
    const { exp, notes } = await consolidate(party, [p]);
    const texts = exp.blocks.map((b) => (b.t === 'p' ? paragraphText(b) : ''));
    expect(texts).toContain('Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh, có hiệu lực kể từ ngày 03/02/2021, được sửa đổi, bổ sung bởi:');
    expect(texts).toContain('1. Quyết định số 15-QĐ/TU, ngày 05/8/2024 của Ban Thường vụ Tỉnh ủy sửa đổi, bổ sung Quy chế làm việc, có hiệu lực kể từ ngày 05/8/2024.');
    expect(texts).toContain('Văn bản hợp nhất phục vụ tra cứu, không thay thế văn bản gốc.');
    expect(notes[0]!.text).toBe('Khoản này được bãi bỏ theo quy định tại Khoản 1, Điều 1 của Quyết định số 15-QĐ/TU sửa đổi, bổ sung Quy chế làm việc, có hiệu lực kể từ ngày 05/8/2024.');
  });
});

describe('dates as printed (Nghị định 30/2020: a day under 10 and the months 1 and 2 with a 0)', () => {
  it('short and long forms', () => {
    expect(formatDatePrinted('2021-01-09', 'short')).toBe('ngày 09/01/2021');
    expect(formatDatePrinted('2021-01-09', 'long')).toBe('ngày 09 tháng 01 năm 2021');
    expect(formatDatePrinted('2022-08-18', 'short')).toBe('ngày 18/8/2022');
    expect(formatDatePrinted('2025-07-01', 'long')).toBe('ngày 01 tháng 7 năm 2025');
    expect(formatDatePrinted('2017-02-06', 'short')).toBe('ngày 06/02/2017');
    expect(formatDatePrinted('2024-11-27', 'long')).toBe('ngày 27 tháng 11 năm 2024');
  });

  it('documents named in a consolidation', () => {
    expect(documentName({ type: 'Luật', title: 'Luật Bảo hiểm y tế', number: '25/2008/QH12', date: '2008-11-14', issuer: 'Quốc hội' }, 'state', true)).toBe('Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc hội');
    expect(documentName({ type: 'Luật', title: 'sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', number: '51/2024/QH15' }, 'state', false)).toBe('Luật số 51/2024/QH15 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế');
    expect(documentName({ type: 'Luật', title: 'Luật Cư trú', number: '68/2020/QH14' }, 'state', false)).toBe('Luật Cư trú số 68/2020/QH14');
    expect(documentName({ type: 'Quy chế', title: 'Quy chế làm việc của Ban Chấp hành', number: '01-QC/TU', date: '2021-01-09', issuer: 'Ban Chấp hành Đảng bộ tỉnh' }, 'party', true)).toBe('Quy chế số 01-QC/TU, ngày 09/01/2021 của Ban Chấp hành Đảng bộ tỉnh');
  });
});

describe('phrase footnotes, on random texts (property)', () => {
  // khoản of words, some of them the phrase; every occurrence replaced (or deleted): one footnote
  // at each place, in the khoản that holds it, right after the new words (or the word before)
  const word = fc.constantFrom('cán bộ', 'công chức', 'viên chức', 'tổ chức', 'quy định');
  const khoan = fc.array(fc.oneof(word, fc.constant('PHRASE')), { minLength: 1, maxLength: 8 });
  propTest.prop([fc.array(khoan, { minLength: 1, maxLength: 5 }), fc.boolean()], { numRuns: 60 })('one footnote per place, in its khoản, at the phrase', async (khoans, del) => {
    // two occurrences side by side would be one place: keep a word between them
    const clauses = khoans.map((ws) => ws.flatMap((w, i) => (w === 'PHRASE' && ws[i - 1] === 'PHRASE' ? ['và', w] : [w])));
    const total = clauses.flat().filter((w) => w === 'PHRASE').length;
    fc.pre(total > 0);
    const body = clauses.map((ws, i) => `${i + 1}. Đầu ${ws.map((w) => (w === 'PHRASE' ? 'ban chỉ đạo' : w)).join(' ')} cuối.`).join('\n\n');
    const reg = `---\nnumber: 12/2020/QĐ-UBND\ntype: Quyết định\n---\n\n### Điều 1. Phạm vi\n\n${body}\n`;
    const change = del ? '  - op: delete_phrase\n    find: "ban chỉ đạo "\n    occurrence: all\n' : '  - op: replace_phrase\n    find: ban chỉ đạo\n    with: hội đồng\n    occurrence: all\n';
    const { notes } = await consolidate(reg, [A + change]);
    expect(notes).toHaveLength(total);
    const expected = clauses.flatMap((ws, i) => ws.filter((w) => w === 'PHRASE').map(() => `dieu-1.khoan-${i + 1}`));
    expect(notes.map((n) => n.anchor)).toEqual(expected);
    for (const n of notes) expect(n.before).toMatch(del ? /(?:Đầu|cán bộ|công chức|viên chức|tổ chức|quy định|và)$/u : /hội đồng$/u);
    expect(new Set(notes.map((n) => n.text.replace(/ theo .*/u, '')))).toEqual(new Set([del ? 'Cụm từ “ban chỉ đạo” được bỏ' : 'Cụm từ “ban chỉ đạo” được thay thế bằng cụm từ “hội đồng”']));
  });
});

describe('front matter `history` (a consolidated base)', () => {
  it('is read as the list of the amending documents the base holds, and lists them first in the header', async () => {
    const base = STATE.replace('effective: 2020-03-01\n', 'effective: 2020-03-01\nhistory:\n  - Quyết định số 03/2021/QĐ-UBND ngày 08 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh sửa đổi Quy chế làm việc, có hiệu lực kể từ ngày 15 tháng 01 năm 2021;\n');
    const doc = parseRegulation('r.md', base);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.meta.history).toEqual(['Quyết định số 03/2021/QĐ-UBND ngày 08 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh sửa đổi Quy chế làm việc, có hiệu lực kể từ ngày 15 tháng 01 năm 2021;']);
    const { exp } = await consolidate(base, [A + '  - op: repeal\n    target: khoản 2 Điều 2\n']);
    const texts = exp.blocks.map((b) => (b.t === 'p' ? paragraphText(b) : ''));
    const lead = texts.findIndex((t) => t.endsWith('được sửa đổi, bổ sung bởi:'));
    expect(texts.slice(lead + 1, lead + 3)).toEqual([
      '1. Quyết định số 03/2021/QĐ-UBND ngày 08 tháng 01 năm 2021 của Ủy ban nhân dân tỉnh sửa đổi Quy chế làm việc, có hiệu lực kể từ ngày 15 tháng 01 năm 2021;',
      '2. Quyết định số 15/2024/QĐ-UBND ngày 09 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quy chế làm việc, có hiệu lực kể từ ngày 01 tháng 02 năm 2024.',
    ]);
  });

  it('a value that is not text is reported at its line, and the document still read', () => {
    const doc = parseRegulation('r.md', '---\nnumber: 1/2020/QĐ-UBND\nhistory: {a: 1}\n---\n\n### Điều 1. X\n');
    expect(doc.diagnostics.map((d) => [d.code, d.line, d.message.id])).toEqual([['front-matter', 3, 'front-matter.bad-value']]);
    expect(doc.all.map((u) => u.anchor)).toEqual(['dieu-1']);
  });
});
