/**
 * The label grammar tries a pattern only when the content's first character can open it
 * (src/document/labels.ts, branch issue-13p); the grammar as it was — every regular expression
 * in turn — is kept verbatim in test/document/reference/labels.ts as its oracle. On lines made of
 * label-like pieces (numbers, letters, Roman numerals, the level words in both cases, separators,
 * emphasis and list markers, quotes, Vietnamese words), both give the same match.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { looksLikeTitle, matchLabel } from '../../src/document/labels.js';
import { looksLikeTitle as refTitle, matchLabel as refMatch } from './reference/labels.js';

const PIECES = [
  'Điều', 'ĐIỀU', 'Chương', 'CHƯƠNG', 'Mục', 'MỤC', 'Tiểu mục', 'TIỂU MỤC', 'Phần', 'PHẦN', 'thứ', 'THỨ', 'nhất', 'hai', 'NHẤT',
  '1', '2', '12', '05', '9999', '10000', '1.1', '1.2.3', '2a', 'a', 'đ', 'b', 'f', 'd1', 'z', 'I', 'II', 'IV', 'IIII', 'X', 'MCM', 'C', 'D', 'L', 'V', 'M',
  '.', '..', ':', ')', '(', '-', '–', '—', '•', '+', '*', '**', '_', '__', ' ', ' ', '  ', '\t', '\u00a0', '“', '”', '"', '«',
  'Nội', 'dung', 'QUY', 'ĐỊNH', 'CHUNG', 'của', 'Luật', 'này', 'cán', 'bộ', 'Ủy', 'ban', 'x', 'Y',
];
const lineArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join(''));
const spacedArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join(' '));

describe('matchLabel with first-character filters is the grammar as it was', () => {
  propTest.prop([fc.oneof(lineArb, spacedArb), fc.boolean()], { numRuns: 3000 })('on label-like lines', (line, heading) => {
    expect(matchLabel(line, heading)).toEqual(refMatch(line, heading));
    expect(looksLikeTitle(line)).toBe(refTitle(line));
  });
  propTest.prop([fc.string({ maxLength: 12 }), fc.boolean()], { numRuns: 2000 })('on any string', (line, heading) => {
    expect(matchLabel(line, heading)).toEqual(refMatch(line, heading));
  });
  it('on the lines of the real texts', async () => {
    const { readFileSync, existsSync, readdirSync } = await import('node:fs');
    const { TEXTS, HAS_SHARED } = await import('../helpers/paths.js');
    if (!HAS_SHARED || !existsSync(TEXTS)) return;
    let n = 0;
    for (const f of readdirSync(TEXTS).filter((x) => /\.(txt|md)$/.test(x))) {
      for (const raw of readFileSync(`${TEXTS}/${f}`, 'utf8').split('\n')) {
        const line = raw.replace(/^[\s>#]+/, '').normalize('NFC');
        for (const h of [false, true]) expect(matchLabel(line, h)).toEqual(refMatch(line, h));
        n++;
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});
