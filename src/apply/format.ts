/**
 * Shaping new text to sit where it goes: the line's Markdown prefix (indentation, `>`, `#`, a list
 * marker) is borrowed from the unit it replaces or from its new siblings, continuation lines get
 * the same indentation, line breaks follow the document (LF or CRLF), the text is NFC.
 */
import type { Unit } from '../document/model.js';

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
  const indent = indentOf(prefix);
  const first = lines[0] ?? '';
  const shaped = [hasOwnPrefix(first) ? first : prefix + first.replace(/^[ \t]+/, '')];
  for (const l of lines.slice(1)) shaped.push(l.trim() === '' ? '' : indent + l);
  return shaped.join(eol);
}

/** Is there a blank line between two units in this text (the document's style)? */
export function blankBetween(text: string, a: number, b: number): boolean {
  return /\n[ \t]*\r?\n/.test(text.slice(a, b));
}
