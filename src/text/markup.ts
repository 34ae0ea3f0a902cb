/**
 * The plain projection of a Markdown slice: what a reader sees, mapped to source offsets.
 *
 * Removed: line indentation, blockquote markers, ATX heading markers (and closing #s, `{#id}`),
 * setext underlines and thematic breaks, emphasis delimiters (`*`, `_` runs that open or close
 * emphasis; `_` inside a word is kept, as in CommonMark), code backticks, backslash escapes,
 * HTML tags, footnote references `[^n]`, link and image syntax (the link text is kept).
 * Decoded: the common HTML entities. Kept: labels, list bullets, table pipes, line breaks.
 *
 * It is a deliberate subset of CommonMark inline syntax, linear in the input, so that matching a
 * quote against a 5 MB regulation never depends on a full Markdown parse (see docs/architecture.md).
 */
import { MappedBuilder, type MappedText } from './mapped.js';
import { isWhitespace } from './normalize.js';

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
}

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
export function projectInline(source: string, from: number, to: number, out: Sink): void {
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
        if (name.startsWith('#x')) ch = String.fromCodePoint(parseInt(name.slice(2), 16));
        else if (name.startsWith('#')) ch = String.fromCodePoint(parseInt(name.slice(1), 10));
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
const HEADING_TAIL = /(?:[ \t]+#+)?(?:[ \t]*\{#[^}]*\})?[ \t]*$/;

/** Where the content of a line starts, after indentation, `>` markers and `#` heading markers. */
export function lineContentStart(source: string, lineStart: number, lineEnd: number): { start: number; heading: boolean } {
  let p = lineStart;
  const line = source.slice(lineStart, lineEnd);
  const q = QUOTE_MARKERS.exec(line);
  if (q) p += q[0].length;
  while (p < lineEnd && (source.charCodeAt(p) === 0x20 || source.charCodeAt(p) === 0x09)) p++;
  const h = HEADING.exec(source.slice(p, lineEnd));
  if (h) return { start: p + h[0].length, heading: true };
  return { start: p, heading: false };
}

function projectInto(source: string, start: number, end: number, out: Sink): void {
  let ls = start;
  while (ls < end) {
    let le = source.indexOf('\n', ls);
    if (le === -1 || le > end) le = end;
    let contentEnd = le;
    if (contentEnd > ls && source.charCodeAt(contentEnd - 1) === 0x0d) contentEnd--;
    const line = source.slice(ls, contentEnd);
    if (!BREAK_LINE.test(line)) {
      const { start: cs, heading } = lineContentStart(source, ls, contentEnd);
      let ce = contentEnd;
      if (heading) {
        const tail = HEADING_TAIL.exec(source.slice(cs, ce));
        if (tail) ce -= tail[0].length;
      }
      projectInline(source, cs, ce, out);
    }
    if (le < end) out.push(0x0a, le, le + 1);
    ls = le + 1;
  }
}

/**
 * The plain projection of source[start, end): line by line, line breaks kept as '\n' mapped to
 * the source line break.
 */
export function project(source: string, start: number, end: number): MappedText {
  const out = new MappedBuilder(end - start + 8);
  projectInto(source, start, end, out);
  return out.build();
}

/** The same projection as a plain string, without offsets (cheaper, for display). */
export function plainText(source: string, start: number, end: number): string {
  const out = new PlainSink();
  projectInto(source, start, end, out);
  return out.text();
}
