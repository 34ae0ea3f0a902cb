/**
 * A heading after a list item marker: `itemHeadingStart` says where a line that opens
 * list items and goes on with an ATX heading has its heading's text — as micromark (remark's
 * tokenizer) reads the line: the first `listItemPrefix`, the `atxHeadingSequence` that opens the
 * heading, and the heading's text after it. Held to micromark by a differential property test over
 * lines built from markers, spaces, tabs, `#`s and words; the listed cases state their reading.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { markdownEvents } from '../../src/markdown/events.js';
import { itemHeadingStart, lineContentStart, plainText, plainTextViaMicromark } from '../../src/text/markup.js';

/** micromark's reading of a one-line text: where its first item marker is, and where a heading
 *  inside an item has its `#`s and its text (the text's start: the line's end when it is empty). */
function reference(line: string): { item: number; hashes: number; start: number } | null {
  const events = markdownEvents(line);
  let item = -1;
  let heading = -1;
  let hashes = -1;
  let text = -1;
  for (const [phase, token] of events) {
    if (phase !== 'enter') continue;
    if (token.type === 'listItemPrefix' && item < 0) item = token.start.offset;
    // a block quote inside the item (`- > ## a`): the heading is in a container, not the item's
    if (token.type === 'blockQuotePrefix' && item >= 0) return null;
    if (token.type === 'atxHeading' && heading < 0) heading = token.start.offset;
    if (token.type === 'atxHeadingSequence' && hashes < 0) hashes = token.start.offset;
    if (token.type === 'atxHeadingText' && text < 0) text = token.start.offset;
  }
  if (item < 0 || heading < 0 || heading < item) return null;
  // an empty heading, or one whose text is only its closing sequence: its text starts at its end
  // as the opening sequence's trailing spaces are skipped
  if (text < 0) {
    let e = hashes;
    while (line.charCodeAt(e) === 0x23) e++;
    while (line.charCodeAt(e) === 0x20 || line.charCodeAt(e) === 0x09) e++;
    text = e;
  }
  return { item, hashes, start: text };
}

/** Is the first item marker (after any `>` and its optional space) four columns or more in? */
function indentedFourColumns(line: string): boolean {
  let col = 0;
  let i = 0;
  let from = 0;
  for (; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '>' && col - from <= 3) {
      col++;
      // the optional space after `>` (a tab's first column)
      if (line.charAt(i + 1) === ' ') {
        i++;
        col++;
      }
      from = col;
      continue;
    }
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
  }
  return col - from >= 4;
}

const CASES: ReadonlyArray<readonly [string, string | null]> = [
  // [line, the heading's text as read from `start` to the line's end, or null: no heading in an item]
  ['- ## Điều 2. Tiêu đề', 'Điều 2. Tiêu đề'],
  ['1. # Điều 2. Tiêu đề', 'Điều 2. Tiêu đề'],
  ['- - ## Điều 2. Tiêu đề', 'Điều 2. Tiêu đề'],
  ['> - ## Điều 2. Tiêu đề', 'Điều 2. Tiêu đề'],
  ['-   ## Điều 2. Tiêu đề', 'Điều 2. Tiêu đề'],
  ['-\t## Điều 2. Tiêu đề', 'Điều 2. Tiêu đề'],
  ['- ## Điều 2. Tiêu đề ##', 'Điều 2. Tiêu đề ##'],
  ['- ##', ''],
  ['+ ###### a', 'a'],
  ['10) # a', 'a'],
  ['- ####### Điều 2.', null], // seven #: a paragraph
  ['- ##x Điều 2.', null], // no space after the #s: text
  ['-## Điều 2.', null], // no space after the marker: a paragraph
  ['-     ## Điều 2.', null], // five spaces: indented code inside the item
  ['## Điều 2.', null], // a heading, in no item
  ['- Điều 2.', null],
  ['1234567890. # a', null], // ten digits: no ordered marker
  ['a. # b', null],
];

describe('a heading after a list item marker', () => {
  it('is found where micromark finds it, in the listed cases', () => {
    for (const [line, want] of CASES) {
      const got = itemHeadingStart(line, 0, line.length);
      expect(got ? line.slice(got.start) : null, JSON.stringify(line)).toBe(want);
      expect(got, JSON.stringify(line)).toEqual(reference(line));
    }
  });

  it('leaves lineContentStart as it was: the plain projection keeps item markers as text', () => {
    expect(lineContentStart('- ## Điều 2.', 0, 12)).toEqual({ start: 0, heading: false });
  });

  it('is projected as the item marker and the heading\'s text, one space between them, not two', () => {
    for (const [t, want] of [
      ['- ## Điều 2. Tiêu đề', '- Điều 2. Tiêu đề'],
      ['1. # Điều 2. Tiêu đề ##', '1. Điều 2. Tiêu đề'],
      ['- - ## a', '- - a'],
      ['-   ## a', '-   a'],
      ['- ## *a* b', '- a b'],
      ['x\n\n- ## a\n  b', 'x\n\n- a\nb'],
    ] as const) {
      // (the space before a closing sequence is left at the line's end, as for `## a ##`)
      expect(plainText(t, 0, t.length).trimEnd(), JSON.stringify(t)).toBe(want);
      expect(plainTextViaMicromark(t, 0, t.length).trimEnd(), JSON.stringify(t)).toBe(want);
    }
  });

  const piece = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '-', '-  ', '-    ', '-     ', '-\t', '- \t', '> ', '>', '#', '## ', '###### ', '####### ', '#x ', '  ', '\t', 'Điều 2.', 'a', ' ##', '');
  propTest.prop([fc.array(piece, { minLength: 1, maxLength: 6 })], { numRuns: 5000, seed: 1616 })('agrees with micromark on any line of markers, spaces and #s', (parts) => {
    const line = parts.join('');
    if (line.trim() === '') return;
    // four columns before the first marker: code at the top level, a nested item's line in a list
    // (the line alone cannot tell; the block layer does, and only its item lines are asked)
    if (indentedFourColumns(line)) return;
    expect(itemHeadingStart(line, 0, line.length), JSON.stringify(line)).toEqual(reference(line));
  });
});
