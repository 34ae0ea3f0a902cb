/** The per-line fast paths of the parse (src/document/parse.ts) against what they replace. */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { contentStart, opensQuote } from '../../src/document/parse.js';
import { lineContentStart } from '../../src/text/markup.js';

const chars = fc.constantFrom(' ', '  ', '\t', '>', '> ', '#', '##', '# ', '*', '_', '**', '“', '"', '«', '„', '”', 'a', 'Điều', '1.', '-', '\r');
const lineArb = fc.array(chars, { maxLength: 10 }).map((xs) => xs.join(''));

describe('parse fast paths', () => {
  propTest.prop([lineArb, lineArb, lineArb], { numRuns: 3000 })('contentStart is lineContentStart, opensQuote the regular expression', (pre, line, post) => {
    const text = `${pre}\n${line}\n${post}`;
    const ls = pre.length + 1;
    const le = ls + line.length;
    expect(contentStart(text, ls, le)).toEqual(lineContentStart(text, ls, le));
    const cs = lineContentStart(text, ls, le).start;
    expect(opensQuote(text, cs, le)).toBe(/^[“"«„]/.test(text.slice(cs, le).replace(/^[*_]+/, '')));
  });
});
