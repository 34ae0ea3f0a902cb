/**
 * `--witness`: each class of difference on a small synthetic pair, and the real pair of the BHYT
 * law (base.md, the text before Luật 51/2024/QH15, against witness.md, the official consolidation
 * after it): every finding classified, the moves and renumberings where the amending law put
 * them, and the official text's own departures (a doubled comma in khoản 2 Điều 6, "Trung ương"
 * lower-cased) found among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { classifyPassage, WITNESS_CLASSES, witness, type WitnessClass } from '../../src/diff/classify.js';
import { plainDiff } from '../../src/text/worddiff.js';
import { HAS_SHARED, TEXTS } from '../helpers/paths.js';

const HEAD = '---\nnumber: 3/2024/QH15\ntype: Luật\ntitle: Luật thử\n---\n\n# LUẬT THỬ\n\n';

function doc(body: string, name = 'a.md') {
  return parseRegulation(name, HEAD + body);
}

const BASE = `### Điều 1. Phạm vi điều chỉnh

1. Luật này quy định về chính sách bảo hiểm y tế, sức khỏe của Nhân dân và trách nhiệm của cơ quan, tổ chức.

2. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện tại địa phương.

3. Bộ Y tế hướng dẫn chuyên môn về khám bệnh, chữa bệnh.

### Điều 2. Giải thích từ ngữ

1. Bảo hiểm y tế là hình thức bảo hiểm bắt buộc.

2. Quỹ bảo hiểm y tế là quỹ tài chính được hình thành từ nguồn đóng bảo hiểm y tế.
`;

function only(body: string): Array<[WitnessClass, string, string]> {
  const r = witness(doc(BASE), doc(body, 'b.md'));
  return r.findings.map((f) => [f.class, f.new?.citation ?? f.old!.citation, plainDiff(f.parts)]);
}

describe('classes of difference', () => {
  it('none', () => {
    const r = witness(doc(BASE), doc(BASE, 'b.md'));
    expect(r.findings).toEqual([]);
    expect(r.substantive).toBe(false);
  });
  it('case: "Trung ương" lower-cased', () => {
    expect(only(BASE.replace('thuộc Trung ương', 'thuộc trung ương'))).toEqual([['case', 'khoản 2 Điều 1', '…nhân dân tỉnh, thành phố trực thuộc [-Trung-]{+trung+} ương chỉ đạo thực hiện tại địa phương.']]);
  });
  it('punctuation: a doubled comma', () => {
    expect(only(BASE.replace('khám bệnh, chữa', 'khám bệnh,, chữa'))).toEqual([['punctuation', 'khoản 3 Điều 1', '…Y tế hướng dẫn chuyên môn về khám bệnh,{+,+} chữa bệnh.']]);
  });
  it('punctuation: curly and straight quotes', () => {
    expect(classifyPassage('“a”', '"a"')).toEqual(new Set(['punctuation']));
  });
  it('tone placement: khỏe / khoẻ, Tòa / Toà', () => {
    expect(only(BASE.replace('sức khỏe', 'sức khoẻ')).map((x) => x[0])).toEqual(['tone']);
    expect(classifyPassage('Tòa án', 'Toà án')).toEqual(new Set(['tone']));
  });
  it('layout: a line break inside a paragraph, Markdown markers', () => {
    expect(only(BASE.replace('bảo hiểm bắt buộc.', 'bảo hiểm\nbắt buộc.')).map((x) => x[0])).toEqual(['layout']);
    expect(only(BASE.replace('### Điều 2.', '## Điều 2.')).map((x) => x[0])).toEqual(['layout']);
  });
  it('wording', () => {
    const r = only(BASE.replace('chính sách bảo hiểm', 'chế độ, chính sách bảo hiểm'));
    expect(r).toEqual([['wording', 'khoản 1 Điều 1', expect.stringContaining('{+chế độ, +}') as unknown as string]]);
  });
  it('a unit present in one version only; numbering; order', () => {
    const extra = BASE.replace('3. Bộ Y tế', '2a. Bộ Tài chính bảo đảm kinh phí.\n\n3. Bộ Y tế');
    expect(only(extra)).toEqual([['unit', 'khoản 2a Điều 1', '{+2a. Bộ Tài chính bảo đảm kinh phí.+}']]);
    const renumbered = BASE.replace('2. Quỹ bảo hiểm', '3. Quỹ bảo hiểm');
    expect(only(renumbered).map((x) => x.slice(0, 2))).toEqual([['numbering', 'khoản 3 Điều 2']]);
    const swapped = BASE.replace(
      /1\. Bảo hiểm y tế là hình thức bảo hiểm bắt buộc\.\n\n2\. Quỹ bảo hiểm y tế là quỹ tài chính được hình thành từ nguồn đóng bảo hiểm y tế\./,
      '1. Quỹ bảo hiểm y tế là quỹ tài chính được hình thành từ nguồn đóng bảo hiểm y tế.\n\n2. Bảo hiểm y tế là hình thức bảo hiểm bắt buộc.',
    );
    const classes = only(swapped).map((x) => x[0]);
    expect(classes).toContain('order');
    expect(classes.every((c) => c === 'order' || c === 'numbering')).toBe(true);
  });
  it('only wording, unit and numbering differences are substantive', () => {
    expect(witness(doc(BASE), doc(BASE.replace('thuộc Trung ương', 'thuộc trung ương').replace('sức khỏe', 'sức khoẻ'), 'b.md')).substantive).toBe(false);
    expect(witness(doc(BASE), doc(BASE.replace('bắt buộc', 'tự nguyện'), 'b.md')).substantive).toBe(true);
  });
});

describe.skipIf(!HAS_SHARED)('the real pair: BHYT before and after Luật 51/2024/QH15', () => {
  const base = parseRegulation('base.md', readFileSync(join(TEXTS, 'bhyt/base.md'), 'utf8'));
  const official = parseRegulation('witness.md', readFileSync(join(TEXTS, 'bhyt/witness.md'), 'utf8'));
  const r = witness(base, official);
  const lines = r.findings.map((f) => `${f.class} ${f.old?.citation ?? '—'} | ${f.new?.citation ?? '—'} ${plainDiff(f.parts)}`);
  it('classifies every finding, and the amendments make it substantive', () => {
    expect(r.findings.length).toBeGreaterThan(100);
    for (const f of r.findings) expect(WITNESS_CLASSES).toContain(f.class);
    expect(r.substantive).toBe(true);
    expect(r.counts.wording).toBeGreaterThan(50);
  });
  it('finds the official text\'s doubled comma in khoản 2 Điều 6 and "trung ương" lower-cased in khoản 2 Điều 8 and điểm c khoản 1 Điều 32', () => {
    expect(lines).toContain('punctuation khoản 2 Điều 6 | khoản 2 Điều 6 Xây dựng chiến lược,{+,+} kế hoạch tổng thể phát triển bảo hiểm…');
    const trung = lines.filter((l) => l.startsWith('case') && l.includes('[-Trung-]{+trung+} ương'));
    expect(trung.map((l) => l.split(' | ')[0])).toEqual(['case khoản 2 Điều 8', 'case điểm c khoản 1 Điều 32']);
  });
  it('moves and renumberings are where Luật 51/2024 restructured Điều 12 and Điều 13', () => {
    const moves = r.findings.filter((f) => f.class === 'order').map((f) => `${f.old!.citation} → ${f.new!.citation}`);
    expect(moves).toContain('khoản 4 Điều 13 → khoản 4 Điều 13');
    expect(moves.filter((m) => /Điều 1[23]\b/.test(m.split(' → ')[0]!)).length).toBeGreaterThanOrEqual(8);
    // a moved unit keeps its kind; a renumbered one its parent article
    for (const f of r.findings.filter((x) => x.class === 'numbering')) {
      expect(f.old!.kind).toBe(f.new!.kind);
    }
    // and nothing is both removed and inserted with the same text (it would be a move)
    const removed = new Set(r.findings.filter((f) => f.class === 'unit' && !f.new).map((f) => plainDiff(f.parts).replace(/^\[-\S+ |-\]$/g, '')));
    const inserted = r.findings.filter((f) => f.class === 'unit' && !f.old).map((f) => plainDiff(f.parts).replace(/^\{\+\S+ |\+\}$/g, ''));
    expect(inserted.filter((t) => removed.has(t))).toEqual([]);
  });
});
