/**
 * Shaping new text to sit where it goes: the line's Markdown prefix (indentation, `>`, `#`, a list
 * marker) is borrowed from the unit it replaces or from its new siblings, continuation lines get
 * the same indentation, line breaks follow the document (LF or CRLF), the text is NFC.
 */
import type { Unit } from '../document/model.js';
import { emphasisMarkers, type EmphasisSpan } from '../text/emphasis.js';
import { HEADING_TAIL } from '../text/markup.js';

// indentation, `>` markers, then a heading's `#`s and a bullet in either order: `## - `, and
// `- ## ` (an article whose list item's first block is its heading: docs/format.md)
const STRUCTURAL = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+#{1,6}[ \t]+|#{1,6}[ \t]+(?:[-*+][ \t]+)?|[-*+][ \t]+)?/;

/** The Markdown prefix of a unit's first line, without emphasis: "### ", "   ", "- ". */
export function structuralPrefix(text: string, u: Unit): string {
  const raw = text.slice(u.start, u.labelStart);
  return STRUCTURAL.exec(raw)?.[0] ?? '';
}

/**
 * The indentation of the lines inside a unit whose first line has `prefix`: its leading spaces,
 * and for a list item (`- `, `- ## `) the width of its marker too, so that those lines stay in
 * the item (CommonMark: a line after a blank one belongs to the item only when indented to its
 * content).
 */
export function indentOf(prefix: string): string {
  const m = /^([ \t]*)(?:[-*+]([ \t]+))?/.exec(prefix)!;
  return m[2] === undefined ? m[1]! : m[1]! + ' '.repeat(1 + m[2].length);
}

/** Does the text open with its own structural prefix (a heading marker or indentation)? */
function hasOwnPrefix(line: string): boolean {
  return /^(?:[ \t]+|>|#{1,6}[ \t]|[-*+][ \t]+(?=\S))/.test(line);
}

/**
 * Shape a block of Markdown: the first line takes `prefix` unless it has its own, the other
 * non-blank lines take the prefix's indentation, line breaks become `eol`, no trailing break.
 */
export function shapeBlock(text: string, prefix: string, eol: string): string {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  const first = lines[0] ?? '';
  const own = hasOwnPrefix(first);
  // text that writes its own first line's prefix (`- ## Điều 4.`) indents its other lines itself:
  // they only move with the unit's indentation, not into a list item's content as well
  const indent = own ? /^[ \t]*/.exec(prefix)![0] : indentOf(prefix);
  const shaped = [own ? first : prefix + first.replace(/^[ \t]+/, '')];
  for (const l of lines.slice(1)) shaped.push(l.trim() === '' ? '' : indent + l);
  return shaped.join(eol);
}

/** Is there a blank line between two units in this text (the document's style)? */
export function blankBetween(text: string, a: number, b: number): boolean {
  return /\n[ \t]*\r?\n/.test(text.slice(a, b));
}


/**
 * The edits that put a new heading text in place of text[hs, he), the old heading as printed, on
 * the line whose inline content is text[cs, le), keeping the line's emphasis markers paired:
 * a closing `#` sequence and `{#id}` stay; emphasis wrapping the whole heading (`**Tên**`) stays
 * around the new one; a marker whose partner lies outside the heading (`**Điều 4. Tên** bốn`: the
 * `**` after "Tên") stays where it is, the new text before it and the old text after it removed
 * (`**Điều 4. Tên mới bốn**`); markers paired inside the heading go with its text. The edits are
 * in document order and do not overlap.
 */
export function headingReplacement(text: string, cs: number, le: number, hs: number, he: number, heading: string): Array<{ from: number; to: number; text: string }> {
  const raw = text.slice(hs, he);
  let a = hs + /^\s*/.exec(raw)![0].length;
  let b = he - HEADING_TAIL.exec(raw)![0].length;
  if (b < a) b = a;
  const spans: EmphasisSpan[] = [];
  emphasisMarkers(text, cs, le, spans);
  const width = (sp: EmphasisSpan): number => (sp.strong ? 2 : 1);
  // the spans wrapping the whole heading, outermost first, stay around it
  const wraps = new Set<EmphasisSpan>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const sp of spans) {
      if (!wraps.has(sp) && sp.from - width(sp) === a && sp.to + width(sp) === b) {
        wraps.add(sp);
        a = sp.from;
        b = sp.to;
        grew = true;
      }
    }
  }
  // the markers inside [a, b) whose partner is outside it stay in place
  const kept: Array<[number, number]> = [];
  for (const sp of spans) {
    if (wraps.has(sp)) continue;
    const k = width(sp);
    const open = sp.from - k;
    const close = sp.to;
    const openIn = open >= a && open < b;
    const closeIn = close >= a && close < b;
    if (openIn && !closeIn) kept.push([open, open + k]);
    if (closeIn && !openIn) kept.push([close, close + k]);
  }
  kept.sort((x, y) => x[0] - y[0]);
  const edits: Array<{ from: number; to: number; text: string }> = [];
  let at = a;
  for (const [m, e] of [...kept, [b, b] as [number, number]]) {
    if (m > at || edits.length === 0) edits.push({ from: at, to: m, text: edits.length === 0 ? heading : '' });
    at = e;
  }
  return edits.filter((x) => x.from < x.to || x.text !== '');
}
