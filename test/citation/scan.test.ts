/**
 * Citations in prose (`scanCitations`): a citation is read inside one paragraph. A blank line ends
 * a Markdown block, so "… khoản 2" at the end of one paragraph and "Điều 5 …" at the start of the
 * next are two citations, never the path "khoản 2 Điều 5"; a single line break (a soft wrap inside
 * the paragraph) still joins them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanCitations, type FoundCitation } from '../../src/citation/parse.js';

const read = (t: string) => scanCitations(t).map((f) => [t.slice(f.start, f.end), f.citation.levels.map((l) => `${l.level}:${l.numbers.join('|')}`).join(' '), f.external]);

describe('citations in prose', () => {
  it.each([
    ['áp dụng theo khoản 2\n\nĐiều 5. Phạm vi', [['khoản 2', 'khoan:2', false], ['Điều 5', 'dieu:5', false]]],
    ['áp dụng theo khoản 2\n  \t\nĐiều 5 nói trên', [['khoản 2', 'khoan:2', false], ['Điều 5', 'dieu:5', false]]],
    ['áp dụng theo khoản 2\r\n\r\nĐiều 5 nói trên', [['khoản 2', 'khoan:2', false], ['Điều 5', 'dieu:5', false]]],
    // the document named after a blank line is another block's text, not this citation's document
    ['theo khoản 2 Điều 5\n\ncủa Luật Đất đai', [['khoản 2 Điều 5', 'dieu:5 khoan:2', false]]],
    ['theo khoản 1, khoản 2\n\n   a) điểm b', [['khoản 1, khoản 2', 'khoan:1|2', false], ['điểm b', 'diem:b', false]]],
  ])('a blank line ends a citation: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Bãi bỏ:\n- khoản 3 Điều 4;\n- Điều 7.', [['khoản 3 Điều 4', 'dieu:4 khoan:3', false], ['Điều 7', 'dieu:7', false]]],
    ['theo khoản 2\n---\nĐiều 5 nói trên', [['khoản 2', 'khoan:2', false], ['Điều 5', 'dieu:5', false]]],
    ['theo khoản 2\n## Điều 5. Tên', [['khoản 2', 'khoan:2', false], ['Điều 5', 'dieu:5', false]]],
    ['theo khoản 2\n> Điều 5 nói trên', [['khoản 2', 'khoan:2', false], ['Điều 5', 'dieu:5', false]]],
    ['theo khoản 1\n2. Điều 5 nói trên', [['khoản 1', 'khoan:1', false], ['Điều 5', 'dieu:5', false]]],
    ['theo khoản 2\n  * Điều 5 nói trên', [['khoản 2', 'khoan:2', false], ['Điều 5', 'dieu:5', false]]],
  ])('a line that opens another block ends a citation: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['theo khoản 2\nĐiều 5 của Luật này', [['khoản 2\nĐiều 5 của Luật này', 'dieu:5 khoan:2', false]]],
    ['theo khoản 2 Điều 5\ncủa Luật Đất đai', [['khoản 2 Điều 5', 'dieu:5 khoan:2', true]]],
    ['quy định tại khoản này và điểm a khoản 3 Điều 7 Quy chế này', [['khoản này', 'khoan:', false], ['điểm a khoản 3 Điều 7 Quy chế này', 'dieu:7 khoan:3 diem:a', false]]],
  ])('a line break inside a paragraph does not: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // the words of citations and of prose, with spaces, single line breaks and punctuation
  const piece = fc.constantFrom('khoản', 'Khoản', 'điểm', 'Điều', 'Chương', 'Mục', 'các', 'từ', 'đến', 'và', 'này', 'của', 'Luật', 'Quy chế', 'Nghị định', 'số', '1', '2', '3a', 'a', 'đ', 'b', 'II', '1.2', ',', ';', '.', ' ', ' ', ' ', '\n', 'theo', 'quy định tại');
  const paragraph = fc.array(piece, { maxLength: 24 }).map((ps) => ps.join(' ').replace(/\n[ \t]*(?=\n)/g, '\n'));
  const shifted = (fs: FoundCitation[], by: number) => fs.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));

  it('reads each paragraph (or block after a blank line, list marker, heading, quote, rule) as it reads it alone (property)', () => {
    fc.assert(
      fc.property(paragraph, fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\t\n\n', '\n- ', '\n  + ', '\n## ', '\n> ', '\n1. ', '\n---\n', '\n***\n'), paragraph, (a, blank, b) => {
        const whole = scanCitations(a + blank + b);
        expect(whole).toEqual([...scanCitations(a), ...shifted(scanCitations(b), a.length + blank.length)]);
      }),
      { numRuns: 2000 },
    );
  });
});
