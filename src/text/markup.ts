/**
 * The plain projection of a Markdown slice: what a reader sees, mapped to source offsets.
 *
 * The reading is CommonMark + GFM as remark reads it: the slice is tokenised by micromark (the
 * tokenizer under remark-parse, whose events carry exact offsets) and only the text a reader sees
 * is kept — text, code, link and image text, the decoded value of escapes and character
 * references (invalid code points become U+FFFD, never an exception), list markers (they are
 * labels), table cells; dropped are emphasis and code delimiters, link destinations and
 * reference labels, inline and block HTML, footnote calls and definitions' labels, heading
 * markers and `{#id}`, setext underlines, thematic breaks, quote markers and indentation.
 * Line breaks are kept as '\n' mapped to the source line break.
 *
 * A slice with no Markdown punctuation (the common case) needs no tokenizer: only line prefixes
 * (indentation, `>`, `#`) can differ from the text, and those are stripped line by line. A long
 * slice is tokenised chunk by chunk (at the same cut points as the block layer), so the cost
 * stays linear.
 */
import { MappedBuilder, type MappedText } from './mapped.js';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { markdownEvents } from '../markdown/events.js';
import { emphasisMarkers, type EmphasisSpan } from './emphasis.js';
import { isWhitespace } from './normalize.js';
import { doubled } from '../util/grow.js';

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…',
};

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const ALNUM = /[\p{L}\p{N}]/u;

function isAlnumAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && ALNUM.test(s.charAt(i));
}

function isSpaceAt(s: string, i: number, lineStart: number, lineEnd: number): boolean {
  return i < lineStart || i >= lineEnd || isWhitespace(s.charCodeAt(i));
}

/** Where projected text goes: a mapped builder, or a plain string collector. */
export interface Sink {
  push(code: number, start: number, end: number): void;
  pushString(s: string, start: number, end: number): void;
  /** the inline style of what is pushed next (STRONG | EMPHASIS | STRIKE | CODE), when tracked */
  style?: number;
  /** a footnote call `[^label]` at source offset `at` (not projected: it is no text) */
  note?(label: string, at: number): void;
}

export const STRONG = 1;
export const EMPHASIS = 2;
export const STRIKE = 4;
const CODE = 8;

/** Collects only the characters (no offsets): for display text that is never mapped back. */
class PlainSink implements Sink {
  private parts: string[] = [];
  private codes: number[] = [];
  push(code: number): void {
    this.codes.push(code);
    if (this.codes.length >= 4096) this.flush();
  }
  pushString(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  private flush(): void {
    this.parts.push(String.fromCharCode(...this.codes));
    this.codes = [];
  }
  text(): string {
    this.flush();
    return this.parts.join('');
  }
}

/** Emit the inline content source[from, to) (one line, no line break) into `out`. */
function projectInline(source: string, from: number, to: number, out: Sink): void {
  let i = from;
  // positions [a, b) of link destinations to skip: "](url)"
  const skips: Array<[number, number]> = [];
  while (i < to) {
    if (skips.length > 0 && i === skips[0]![0]) {
      i = skips.shift()![1];
      continue;
    }
    const c = source.charCodeAt(i);
    // backslash escape
    if (c === 0x5c && i + 1 < to && ASCII_PUNCT.test(source.charAt(i + 1))) {
      out.push(source.charCodeAt(i + 1), i, i + 2);
      i += 2;
      continue;
    }
    // emphasis delimiter runs
    if (c === 0x2a || c === 0x5f) {
      let j = i;
      while (j < to && source.charCodeAt(j) === c) j++;
      const before = isSpaceAt(source, i - 1, from, to);
      const after = isSpaceAt(source, j, from, to);
      let strip = !(before && after);
      if (c === 0x5f && isAlnumAt(source, i - 1) && isAlnumAt(source, j) && i > from && j < to) strip = false;
      if (!strip) for (let k = i; k < j; k++) out.push(c, k, k + 1);
      i = j;
      continue;
    }
    // code spans: drop the backticks, keep the code
    if (c === 0x60) {
      i++;
      continue;
    }
    // footnote reference [^x]
    if (c === 0x5b && source.charCodeAt(i + 1) === 0x5e) {
      const close = source.indexOf(']', i + 2);
      if (close !== -1 && close < to && !/\s/.test(source.slice(i + 2, close))) {
        i = close + 1;
        continue;
      }
    }
    // link or image: [text](dest) → text
    if (c === 0x5b || (c === 0x21 && source.charCodeAt(i + 1) === 0x5b)) {
      const open = c === 0x21 ? i + 1 : i;
      const close = source.indexOf('](', open + 1);
      if (close !== -1 && close < to) {
        const end = source.indexOf(')', close + 2);
        if (end !== -1 && end < to) {
          skips.push([close, end + 1]);
          skips.sort((a, b) => a[0] - b[0]);
          i = open + 1;
          continue;
        }
      }
    }
    // HTML tag
    if (c === 0x3c && /[A-Za-z/!]/.test(source.charAt(i + 1))) {
      const close = source.indexOf('>', i + 1);
      if (close !== -1 && close < to && /^<\/?[A-Za-z!][^<>]*>$/.test(source.slice(i, close + 1))) {
        i = close + 1;
        continue;
      }
    }
    // entity
    if (c === 0x26) {
      const m = /^&(#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-z]{2,8});/.exec(source.slice(i, Math.min(to, i + 12)));
      if (m) {
        const name = m[1]!;
        let ch: string | undefined;
        if (name.startsWith('#x')) ch = decodeNumericCharacterReference(name.slice(2), 16);
        else if (name.startsWith('#')) ch = decodeNumericCharacterReference(name.slice(1), 10);
        else ch = ENTITIES[name];
        if (ch !== undefined) {
          out.pushString(ch, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    }
    out.push(c, i, i + 1);
    i++;
  }
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const QUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)+/;
const BREAK_LINE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$/;
const EMPTY_HEADING = /^#+[ \t]*$/;
/** An ATX heading's closing sequence and `{#id}`, with the spaces around them. */
export const HEADING_TAIL = /(?:[ \t]+#+)?(?:[ \t]*\{#[^}]*\})?[ \t]*$/;

/** The number of spaces and tabs at source[p, lineEnd). */
export function indentAt(source: string, p: number, lineEnd: number): number {
  let n = 0;
  while (p + n < lineEnd && (source.charCodeAt(p + n) === 0x20 || source.charCodeAt(p + n) === 0x09)) n++;
  return n;
}

/** How far a slice's lines are dedented when it is read on its own: by its first line's
 *  indentation when it starts at a line start (a nested unit's slice is not indented code). */
function sliceDedent(source: string, start: number, end: number): number {
  return source.lastIndexOf('\n', start - 1) + 1 === start ? indentAt(source, start, end) : 0;
}

/** Where the content of a line starts, after indentation, `>` markers and `#` heading markers. */
export function lineContentStart(source: string, lineStart: number, lineEnd: number): { start: number; heading: boolean } {
  let p = lineStart + indentAt(source, lineStart, lineEnd);
  // the usual line: its first character after spaces and tabs is neither `>` nor `#`, so no quote
  // or heading marker can match and the content starts there (no slice, no regular expression)
  const c = p < lineEnd ? source.charCodeAt(p) : -1;
  if (c !== 0x3e && c !== 0x23) return { start: p, heading: false };
  p = lineStart;
  const line = source.slice(lineStart, lineEnd);
  const q = QUOTE_MARKERS.exec(line);
  if (q) p += q[0].length;
  p += indentAt(source, p, lineEnd);
  const h = HEADING.exec(source.slice(p, lineEnd));
  if (h) return { start: p + h[0].length, heading: true };
  return { start: p, heading: false };
}

/** Does source[from, to) hold a tab? */
function hasTab(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (source.charCodeAt(i) === 0x09) return true;
  return false;
}

/** The columns source[from, to) spans on its line (starting at lineStart), tabs to the next
 *  multiple of four. */
function columnsBetween(source: string, lineStart: number, from: number, to: number): number {
  let col = 0;
  let at = 0;
  for (let i = lineStart; i < to; i++) {
    if (i === from) at = col;
    col = source.charCodeAt(i) === 0x09 ? col + 4 - (col % 4) : col + 1;
  }
  return col - at;
}

/** Is c an ASCII digit? */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * A line that opens list items and goes on with an ATX heading (`- ## Tên`, `1. # Tên`,
 * `- - ## Tên`, `> - ## Tên`, `-\t## Tên`): CommonMark (remark's reading) makes the heading the
 * item's first block, whose text is "Tên" — its `#`s and the spaces after them are no text.
 * `item` is the offset of the first item marker, `hashes` that of the heading's `#`s, `start`
 * that of its text (the line's end for an empty heading, `- ##`; a closing sequence is left to the
 * caller, as lineContentStart leaves it). Not such a line (null): no marker, a marker without a
 * space or tab after it (`-#`), more than four spaces after a marker (the item's content is then
 * indented code), seven `#`s, or `#`s followed by text (`##x`).
 *
 * lineContentStart does not look past an item marker, on purpose: the plain projection keeps
 * list markers as text (they are labels), and its fast paths send such a line to the tokenizer
 * (ITEM_THEN_HASH). The line alone cannot tell whether it opens an item at all (`a\n2. # b`
 * continues a paragraph; in a block quote, a lazy line): callers ask only of lines the block
 * layer says open one (`BlockLine.item`). Char-code tests only, no slice on the way.
 */
export function itemHeadingStart(source: string, lineStart: number, lineEnd: number): { item: number; hashes: number; start: number } | null {
  let p = lineStart + indentAt(source, lineStart, lineEnd);
  let c = p < lineEnd ? source.charCodeAt(p) : -1;
  // block quote markers first (`> - ## Tên`), each with its optional space
  while (c === 0x3e) {
    p++;
    p += indentAt(source, p, lineEnd);
    c = p < lineEnd ? source.charCodeAt(p) : -1;
  }
  const item = p;
  let markers = 0;
  for (;;) {
    let m: number;
    if (c === 0x2d || c === 0x2b || c === 0x2a) m = p + 1;
    else if (isDigit(c)) {
      let d = p + 1;
      while (d < lineEnd && isDigit(source.charCodeAt(d))) d++;
      const k = d < lineEnd ? source.charCodeAt(d) : -1;
      if (d - p > 9 || (k !== 0x2e && k !== 0x29)) break;
      m = d + 1;
    } else break;
    const w = indentAt(source, m, lineEnd);
    // a marker needs a space or a tab after it; five columns or more make indented code
    if (w === 0 || ((w > 4 || hasTab(source, m, m + w)) && columnsBetween(source, lineStart, m, m + w) > 4)) return null;
    markers++;
    p = m + w;
    c = p < lineEnd ? source.charCodeAt(p) : -1;
  }
  if (markers === 0 || c !== 0x23) return null;
  let h = p + 1;
  while (h < lineEnd && source.charCodeAt(h) === 0x23) h++;
  if (h - p > 6) return null;
  const w = indentAt(source, h, lineEnd);
  if (w === 0 && h < lineEnd) return null;
  return { item, hashes: p, start: h + w };
}

/** A line shown as written but for its heading markers (a redline's, a diff's): `## Tên` is
 *  `Tên`, and `- ## Tên` is `- Tên` — the item's marker stays, as the plain projection keeps it. */
export function withoutHeadingMarkers(line: string): string {
  const ih = line.charCodeAt(0) === 0x23 ? null : itemHeadingStart(line, 0, line.length);
  return ih ? line.slice(0, ih.hashes) + line.slice(ih.start) : line.replace(LEADING_HASHES, '');
}
const LEADING_HASHES = /^#{1,6}[ \t]+/;

/**
 * The content of each line of source[start, end) — after indentation, `>` and `#` markers, a
 * heading's closing `#`s and `{#id}`; thematic breaks and setext underlines skipped — given to
 * `emit`, with each line break pushed as '\n'.
 */
function eachContentLine(source: string, start: number, end: number, out: Sink, emit: (cs: number, ce: number) => void): void {
  forEachLine(source, start, end, (ls, le, contentEnd) => {
    if (!BREAK_LINE.test(source.slice(ls, contentEnd))) {
      const { start: cs, heading } = lineContentStart(source, ls, contentEnd);
      let ce = contentEnd;
      if (heading) {
        const content = source.slice(cs, ce);
        // an empty heading's closing sequence follows its opening one's space: `# ##`
        if (EMPTY_HEADING.test(content)) ce = cs;
        else {
          const tail = HEADING_TAIL.exec(content);
          if (tail) ce -= tail[0].length;
        }
      }
      emit(cs, ce);
    }
    if (le < end) out.push(0x0a, le, le + 1);
  });
}

/** Each line of source[start, end): its start, its break (or `end`), its content's end before `\r\n`. */
function forEachLine(source: string, start: number, end: number, fn: (ls: number, le: number, ce: number) => void): void {
  let ls = start;
  while (ls < end) {
    let le = source.indexOf('\n', ls);
    if (le === -1 || le > end) le = end;
    let ce = le;
    if (ce > ls && source.charCodeAt(ce - 1) === 0x0d) ce--;
    fn(ls, le, ce);
    ls = le + 1;
  }
}

function projectInto(source: string, start: number, end: number, out: Sink): void {
  eachContentLine(source, start, end, out, (cs, ce) => projectInline(source, cs, ce, out));
}

/** Characters that can make the Markdown reading of a line differ from its text. */
const MARKUP = /[*_`\\<>[\]&~|!]/;

/** Source offsets where a long slice may be cut (column 0: a heading or a heading-level label). */
const CUT = /\n(?=#{1,6}[ \t]|(?:\*\*|__)?(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[ \t\u00a0])/gu;
const CHUNK = 32 * 1024;

/** A line of markers alone (setext underlines, thematic breaks, empty items), or four columns
 *  of indentation anywhere — at a line's start (code, or a nested item's content) or after a list
 *  marker ("-     a": the item holds indented code) — or a tab: block rules the emphasis path
 *  does not model, so the tokenizer reads such a slice. */
const MARKER_ONLY_LINE = /(?:^|\n)[ \t]*[-=*_+\d.)][-=*_+\d.) \t]*\r?(?:\n|$)| {4}|\t/;
/** Markup other than emphasis delimiters: such a slice needs the tokenizer. */
const NOT_EMPHASIS = /[`\\<>[\]&~|!]/;
/** Whitespace at a line's end: micromark's reading drops it (a line suffix, a hard break), the
 *  emphasis path keeps it; a styled projection (exports) is exact, so it reads such a slice
 *  through the tokenizer. */
const LINE_END_SPACE = /[ \t\u00a0]\r?(?:\n|$)/;
/** A heading (at a line's start or inside a list item): micromark's reading keeps the space
 *  after `#` (a word separator); the styled projection leaves any `#` to it. */
const HEADING_LINE = /#/;
/** A line that opens a list item (or several, `- - `) and goes on with a `#`: perhaps a heading
 *  inside the item (`- ## Tên`), whose markers and closing sequence are no text and which is an
 *  inline context of its own — or not (`a\n2. ## b` continues a paragraph, `- ##x` is text).
 *  Neither the line-by-line path nor the emphasis path models this (it does not occur in the
 *  regulations we know), so such a slice goes to the tokenizer. */
const ITEM_THEN_HASH = /(?:^|\n)[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)+#/;

function itemThenHash(slice: string): boolean {
  return slice.includes('#') && ITEM_THEN_HASH.test(slice);
}

function projectRange(source: string, start: number, end: number, out: Sink, via?: 'micromark'): void {
  const slice = source.slice(start, end);
  const itemHeading = end - start <= CHUNK && itemThenHash(slice);
  if (!MARKUP.test(slice) && !itemHeading) {
    projectInto(source, start, end, out);
    return;
  }
  // block rules the paths below do not model send the slice to the tokenizer
  const modelled = via === undefined && end - start <= CHUNK && !itemHeading && !MARKER_ONLY_LINE.test(slice) && (out.style === undefined || (!LINE_END_SPACE.test(slice) && !HEADING_LINE.test(slice)));
  // the elision marks of an excerpt are text: a slice whose only other markup they are reads
  // as plain text, or as emphasis
  const bare = modelled && slice.includes('[') ? withoutElisions(slice, source) : slice;
  if (bare !== slice && !MARKUP.test(bare)) {
    projectInto(source, start, end, out);
    return;
  }
  // only `*` and `_`: CommonMark's emphasis rules decide which are markers (unless the slice
  // holds a list the emphasis path cannot read alone: it declines, and the tokenizer reads it)
  if (modelled && !NOT_EMPHASIS.test(bare) && projectEmphasisOnly(source, start, end, out)) return;
  if (end - start <= CHUNK) {
    projectMarkdown(source, start, end, out);
    return;
  }
  let a = start;
  CUT.lastIndex = start + CHUNK;
  for (;;) {
    const m = CUT.exec(source);
    const b = m && m.index < end ? m.index : end;
    // a CRLF line break at the cut is pushed once, as '\n', below
    const e = b < end && b > a && source.charCodeAt(b - 1) === 0x0d ? b - 1 : b;
    const slice = source.slice(a, e);
    if (MARKUP.test(slice) || itemThenHash(slice)) projectMarkdown(source, a, e, out);
    else projectInto(source, a, e, out);
    if (b >= end) break;
    out.push(0x0a, b, b + 1);
    a = b + 1;
    CUT.lastIndex = a + CHUNK;
  }
}

/** An elision mark, `[…]` or `[...]` (dấu lược trích), that no link can take: not followed by
 *  `(` (an inline link), `[` (a full or collapsed reference) or `:` (a definition). */
const ELISION = /\[(?:…|\.\.\.)\](?![([:])/g;

/** The slice with its elision marks blanked, when they are text in this document — no definition
 *  is labelled `…` or `...` (a shortcut reference would make one a link); else the slice itself.
 *  Any other bracket stays, and sends the slice to the tokenizer. */
function withoutElisions(slice: string, source: string): string {
  const bare = slice.replace(ELISION, '   ');
  if (bare === slice) return slice;
  for (const label of definitions(source).links) {
    const l = label.trim();
    if (l === '…' || l === '...') return slice;
  }
  return bare;
}

/** The list item markers opening a line's content (`- `, `1. `, nested `- 1. `), the ordered
 *  marker's number first. */
const ITEM_MARKERS = /^(?:(\d{1,9})[.)][ \t]|[-+*][ \t])(?:[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t]))*[ \t]*/;


/**
 * The projection of a slice whose only markup is `*` and `_` (see emphasis.ts), into `out`; or
 * false, with nothing pushed, where the slice's lists make that reading depend on containers this
 * path does not track (the caller then asks the tokenizer).
 */
function projectEmphasisOnly(source: string, start: number, end: number, out: Sink): boolean {
  // the slice is read as projectMarkdown reads it: its lines dedented by the first line's
  // indentation when it starts at a line start
  const dedent = sliceDedent(source, start, end);
  if (source.charCodeAt(start) === 0xfeff) start++;
  // inline contexts: paragraphs end at blank lines, list items and headings
  const markers = new Set<number>();
  // a styled sink: the spans found, for the style of each character pushed
  const spans: EmphasisSpan[] | undefined = out.style !== undefined ? [] : undefined;
  let paraStart = -1;
  let paraEnd = start;
  // the paragraph in progress: the column of its item's content when it opens with an item (its
  // innermost one), else -1, and the indentation of its first line
  let paraItem = -1;
  let paraIndent = 0;
  const flush = (): void => {
    if (paraStart >= 0) for (const m of emphasisMarkers(source, paraStart, paraEnd, spans)) markers.add(m);
    paraStart = -1;
  };
  let declined = false;
  forEachLine(source, start, end, (ls, _le, ce) => {
    if (declined) return;
    const line = source.slice(ls, ce);
    if (line.trim() === '' || BREAK_LINE.test(line)) {
      flush();
      return;
    }
    const { start: cs, heading } = lineContentStart(source, ls, ce);
    const c = cs < ce ? source.charCodeAt(cs) : -1;
    const item = c === 0x2d || c === 0x2b || c === 0x2a || (c >= 0x30 && c <= 0x39) ? ITEM_MARKERS.exec(source.slice(cs, ce)) : null;
    const raw = cs - ls;
    const indent = raw - Math.min(raw, dedent);
    let opens = paraStart < 0 || heading;
    if (item && !opens) {
      // CommonMark: a bullet or `1.` / `1)` interrupts a paragraph; any other number opens an
      // item only where the paragraph's item is not continued (the line is indented less than its
      // content) — else the line goes on with the paragraph
      if (item[1] === undefined || item[1] === '1' || (paraItem >= 0 && indent < paraItem)) opens = true;
      else if (paraItem < 0 && paraIndent > 0) {
        // an indented paragraph may lie in an item this path has not seen open: ask the tokenizer
        declined = true;
        return;
      }
    }
    if (opens) {
      flush();
      paraStart = ls;
      paraItem = item ? indent + item[0].length : -1;
      paraIndent = indent;
    }
    paraEnd = ce;
    // an ATX heading is one line: the next line opens a paragraph of its own
    if (heading) flush();
  });
  if (declined) return false;
  flush();
  if (!spans || spans.length === 0) {
    if (spans) out.style = 0;
    eachContentLine(source, start, end, out, (cs, ce) => {
      for (let i = cs; i < ce; i++) if (!markers.has(i)) out.push(source.charCodeAt(i), i, i + 1);
    });
    return true;
  }
  // the style at each source offset: the spans' edges as +1 / -1 per style, summed as we go
  // (spans nest and never cross a paragraph, so a running count is exact)
  const strong = new Int32Array(end - start + 1);
  const emphasis = new Int32Array(end - start + 1);
  for (const sp of spans) {
    const d = sp.strong ? strong : emphasis;
    d[sp.from - start]!++;
    d[sp.to - start]!--;
  }
  let at = start;
  let st = 0;
  let em = 0;
  const styleAt = (p: number): number => {
    for (; at <= p; at++) {
      st += strong[at - start]!;
      em += emphasis[at - start]!;
    }
    return (st > 0 ? STRONG : 0) | (em > 0 ? EMPHASIS : 0);
  };
  const styled: Sink = {
    push(code, s, e) {
      out.style = styleAt(s);
      out.push(code, s, e);
    },
    pushString(str, s, e) {
      out.style = styleAt(s);
      out.pushString(str, s, e);
    },
  };
  eachContentLine(source, start, end, styled, (cs, ce) => {
    for (let i = cs; i < ce; i++) if (!markers.has(i)) styled.push(source.charCodeAt(i), i, i + 1);
  });
  out.style = 0;
  return true;
}

/** The plain text of source[start, end) read in the context of source[context, end): what a
 *  reader sees of a heading after its label, emphasis opened before it included. */
export function plainTextFrom(source: string, context: number, start: number, end: number): string {
  const codes: number[] = [];
  const sink: Sink = {
    push(code, s) {
      if (s >= start) codes.push(code);
    },
    pushString(str, s) {
      if (s >= start) for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
    },
  };
  projectRange(source, context, end, sink);
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/** The plain projection through micromark whatever the slice holds (the differential test's reference). */
export function plainTextViaMicromark(source: string, start: number, end: number): string {
  const out = new PlainSink();
  projectRange(source, start, end, out, 'micromark');
  return out.text();
}

/** Labels of the definitions a document holds (`[x]: …` and `[^x]: …`), cached for the last source. */
let definitionsOf: { source: string; links: Set<string>; notes: Set<string> } | undefined;
function definitions(source: string): { links: Set<string>; notes: Set<string> } {
  if (definitionsOf?.source === source) return definitionsOf;
  const links = new Set<string>();
  const notes = new Set<string>();
  if (source.includes(']:')) {
    const re = /^ {0,3}\[(\^?)([^\]\n]{1,999})\]:/gm;
    let m: RegExpExecArray | null;
    while ((m = re.exec(source))) (m[1] ? notes : links).add(m[2]!);
  }
  definitionsOf = { source, links, notes };
  return definitionsOf;
}

/** Tokens whose whole content a reader does not see. */
const HIDDEN = new Set([
  'resource',
  'reference',
  'htmlText',
  'htmlFlow',
  'definition',
  'gfmFootnoteDefinitionLabel',
  'gfmFootnoteDefinitionWhitespace',
  'gfmFootnoteCall',
  'tableDelimiterRow',
  'codeFencedFence',
  'atxHeadingSequence',
  'setextHeadingLine',
  'thematicBreak',
  'linePrefix',
  'listItemIndent',
  'blockQuotePrefix',
  'codeTextSequence',
  'codeTextPadding',
  'hardBreakEscape',
  'hardBreakTrailing',
]);
/** Leaf tokens whose source text is what a reader sees. */
const SHOWN = new Set(['data', 'codeTextData', 'codeFlowValue', 'autolinkProtocol', 'autolinkEmail', 'listItemPrefix', 'tableCellDivider']);

/**
 * The projection of source[start, end) through micromark. The slice is read as a Markdown text of
 * its own, its lines dedented by the first line's indentation (a nested unit's slice is not an
 * indented code block), with stubs of the document's definitions appended so that reference
 * links and footnote calls read as they do in the whole document.
 */
function projectMarkdown(source: string, start: number, end: number, out: Sink): void {
  const indent = sliceDedent(source, start, end);
  const vparts: string[] = [];
  const vmap: number[] = [];
  let pos = start;
  // micromark drops a leading byte order mark: leave it out, so that offsets stay aligned
  if (source.charCodeAt(pos) === 0xfeff) pos++;
  while (pos < end) {
    const nl = source.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl >= end ? end : nl + 1;
    let p = pos;
    let k = 0;
    while (k < indent && p < lineEnd && (source.charCodeAt(p) === 0x20 || source.charCodeAt(p) === 0x09)) {
      p++;
      k++;
    }
    vparts.push(source.slice(p, lineEnd));
    for (let i = p; i < lineEnd; i++) vmap.push(i);
    pos = lineEnd;
  }
  let virtual = vparts.join('');
  const vlen = virtual.length;
  if (virtual.includes('[')) {
    const defs = definitions(source);
    let stubs = '';
    for (const l of defs.links) if (virtual.includes(`[${l}]`)) stubs += `[${l}]: #\n`;
    for (const l of defs.notes) if (virtual.includes(`[^${l}]`)) stubs += `[^${l}]: x\n`;
    if (stubs) virtual += `\n\n${stubs}`;
  }
  const events = markdownEvents(virtual, true);
  const at = (v: number): number => (v < vlen ? vmap[v]! : end);
  let hidden = 0;
  let inCode = 0;
  // a heading's `{#id}` (from headingTail to its end, headingEnd) is no text
  let headingTail = -1;
  let headingEnd = -1;
  // a heading right after a list item's prefix (`- ## a`): the prefix ends with its own space, so
  // the whitespace after the heading's opening `#`s (from here) is no second one: "- a"
  let prefixEnd = -1;
  let itemHeadingSpace = -1;
  const styled = out.style !== undefined;
  const depth = { strong: 0, emphasis: 0, strikethrough: 0 };
  for (const [phase, token] of events) {
    const type = token.type;
    const a = token.start.offset;
    const b = token.end.offset;
    if (HIDDEN.has(type)) {
      if (type === 'atxHeadingSequence' && phase === 'exit' && a === prefixEnd) itemHeadingSpace = b;
      if (type === 'gfmFootnoteCall' && phase === 'enter' && hidden === 0 && a < vlen) out.note?.(virtual.slice(a + 2, b - 1), at(a));
      hidden += phase === 'enter' ? 1 : -1;
      continue;
    }
    if (type === 'codeText') inCode += phase === 'enter' ? 1 : -1;
    if (styled && (type === 'strong' || type === 'emphasis' || type === 'strikethrough')) {
      depth[type] += phase === 'enter' ? 1 : -1;
      out.style = (depth.strong > 0 ? STRONG : 0) | (depth.emphasis > 0 ? EMPHASIS : 0) | (depth.strikethrough > 0 ? STRIKE : 0) | (inCode > 0 ? CODE : 0);
    }
    if (phase === 'exit' || hidden > 0 || a >= vlen) continue;
    if (type === 'atxHeading') {
      const tail = /[ \t]*\{#[^}]*\}[ \t]*$/.exec(virtual.slice(a, b));
      headingTail = tail ? a + tail.index : -1;
      headingEnd = b;
      continue;
    }
    // inside the heading, nothing from its `{#id}` on: a token may start right at it (`*b* {#z}`)
    const cut = headingTail >= 0 && a < headingEnd ? headingTail : Infinity;
    if (SHOWN.has(type)) {
      if (type === 'listItemPrefix') prefixEnd = b;
      const e = Math.min(b, vlen, cut);
      for (let v = a; v < e; v++) out.push(virtual.charCodeAt(v), at(v), at(v) + 1);
      continue;
    }
    if (type === 'characterEscapeValue') {
      out.push(virtual.charCodeAt(a), at(a - 1), at(b - 1) + 1);
      continue;
    }
    if (type === 'characterReferenceValue') {
      const marker = virtual.charAt(a - 1);
      const value = virtual.slice(a, b);
      const ch =
        marker === '#' ? decodeNumericCharacterReference(value, 10) : marker === 'x' || marker === 'X' ? decodeNumericCharacterReference(value, 16) : decodeNamedCharacterReference(value) || `&${value};`;
      const refStart = virtual.lastIndexOf('&', a);
      out.pushString(ch, at(refStart), at(Math.min(b, vlen - 1)) + 1);
      continue;
    }
    if (type === 'lineEnding' || type === 'lineEndingBlank') {
      if (inCode > 0) out.push(0x20, at(a), at(a) + 1);
      else {
        const nlAt = b - 1;
        out.push(0x0a, at(nlAt), at(nlAt) + 1);
      }
      continue;
    }
    if (type === 'whitespace' && a !== itemHeadingSpace && a < cut && (virtual.charCodeAt(a) === 0x20 || virtual.charCodeAt(a) === 0x09)) {
      // spaces inside headings and table rows separate words
      out.push(0x20, at(a), at(a) + 1);
    }
  }
}

/**
 * The plain projection of source[start, end): line by line, line breaks kept as '\n' mapped to
 * the source line break.
 */
export function project(source: string, start: number, end: number): MappedText {
  const out = new MappedBuilder(end - start + 8);
  projectRange(source, start, end, out);
  return out.build();
}

/** A projection with the inline style of every character, and the footnote calls it met. */
export interface StyledText {
  text: MappedText;
  /** per character: STRONG | EMPHASIS | STRIKE | CODE */
  styles: Uint8Array;
  notes: Array<{ label: string; at: number }>;
}

class StyledSink implements Sink {
  readonly builder: MappedBuilder;
  styles: Uint8Array;
  readonly notes: Array<{ label: string; at: number }> = [];
  style = 0;
  constructor(capacity: number) {
    this.builder = new MappedBuilder(capacity);
    this.styles = new Uint8Array(Math.max(16, capacity));
  }
  push(code: number, start: number, end: number): void {
    const n = this.builder.length;
    this.builder.push(code, start, end);
    if (n === this.styles.length) {
      const grown = new Uint8Array(n * 2);
      grown.set(this.styles);
      this.styles = grown;
    }
    this.styles[n] = this.style;
  }
  pushString(s: string, start: number, end: number): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i), start, end);
  }
  note(label: string, at: number): void {
    this.notes.push({ label, at });
  }
}

export function projectStyled(source: string, start: number, end: number, via?: 'micromark'): StyledText {
  const out = new StyledSink(end - start + 8);
  projectRange(source, start, end, out, via);
  const text = out.builder.build();
  return { text, styles: out.styles.slice(0, text.text.length), notes: out.notes };
}

/**
 * The styled projection for a caller that reads it at once (the export document, one paragraph
 * at a time): the same text, start offsets and styles as projectStyled, but `starts` and `styles`
 * are views into buffers that the next call reuses — no typed arrays allocated per paragraph
 * (their allocation was most of the export's projection time). Read them before projecting again.
 */
export interface ScratchStyled {
  text: string;
  starts: Int32Array;
  styles: Uint8Array;
  notes: Array<{ label: string; at: number }>;
}

class ScratchSink implements Sink {
  codes = new Uint16Array(4096);
  starts = new Int32Array(4096);
  styles = new Uint8Array(4096);
  length = 0;
  notes: Array<{ label: string; at: number }> = [];
  style = 0;
  reset(): void {
    this.length = 0;
    this.notes = [];
    this.style = 0;
  }
  private grow(): void {
    this.codes = doubled(this.codes);
    this.starts = doubled(this.starts);
    this.styles = doubled(this.styles);
  }
  push(code: number, start: number, _end?: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.styles[this.length] = this.style;
    this.length++;
  }
  pushString(s: string, start: number, end: number): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i), start, end);
  }
  note(label: string, at: number): void {
    this.notes.push({ label, at });
  }
  text(): string {
    let text = '';
    for (let i = 0; i < this.length; i += 8192) text += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]);
    return text;
  }
}
const scratch = new ScratchSink();

export function projectStyledScratch(source: string, start: number, end: number): ScratchStyled {
  scratch.reset();
  projectRange(source, start, end, scratch);
  const n = scratch.length;
  return { text: scratch.text(), starts: scratch.starts.subarray(0, n), styles: scratch.styles.subarray(0, n), notes: scratch.notes };
}

/** The same projection as a plain string, without offsets (cheaper, for display). */
export function plainText(source: string, start: number, end: number): string {
  const out = new PlainSink();
  projectRange(source, start, end, out);
  return out.text();
}
