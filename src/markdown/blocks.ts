/**
 * The Markdown block layer: which lines of a regulation's body are paragraph text (where the
 * label grammar may run), which are headings, which belong to containers that are never
 * structure (block quotes, code, HTML, tables, thematic breaks), and which are asides that belong
 * to no unit (footnote definitions, link reference definitions) — read as CommonMark + GFM, as
 * remark reads it (micromark is remark-parse's tokenizer), with the list nesting that gives lower
 * levels (product.md §2).
 *
 * The cost is bounded by parsing per chunk: the body is cut at lines that start at column 0 with
 * an ATX heading or a heading-level label (Điều, Chương, Mục, Phần), where every Markdown block
 * but an open fence or HTML block ends anyway (a chunk that ends inside one is merged with the
 * next). A whole-document parse grows superlinearly on long documents full of numbered clauses;
 * per chunk it is linear. A chunk that uses no Markdown beyond paragraphs, ATX headings, list
 * items and emphasis is read by a small exact reader of that subset (`readPlainChunk`); every
 * other chunk by micromark. A differential property test holds the two to the same answer.
 */
import type { Event } from 'micromark-util-types';
import { markdownEvents } from './events.js';

/**
 * - `text`: a line of a paragraph (label candidate)
 * - `heading`: the text line of an ATX or setext heading
 * - `container`: inside a block quote, code, HTML block, table or thematic break: kept with its
 *   unit, never structure
 * - `aside`: a footnote definition or link reference definition: never structure, and not part of
 *   the unit before it when nothing of that unit follows
 * - `blank`
 */
export type LineKind = 'text' | 'heading' | 'container' | 'aside' | 'blank';

export interface BlockLine {
  /** offset of the line's first character, and of its end (before `\r\n` / `\n`) */
  start: number;
  end: number;
  kind: LineKind;
  /** the first line of its paragraph or heading (false: a continuation line of a paragraph) */
  first: boolean;
  /** the line starts a list item (its marker is on this line): the item's id (marker offset) */
  item?: number;
  /** for an item start: the id of the list item this item's list is nested in */
  parentItem?: number;
  /** the line starts inside an inline code span or inline HTML opened on an earlier line */
  opaque?: boolean;
  /** the container or aside construct the line belongs to (for diagnostics) */
  construct?: string;
}

const CONTAINER_TOKENS: Record<string, string> = {
  blockQuote: 'blockquote',
  codeFenced: 'code',
  codeIndented: 'code',
  htmlFlow: 'html',
  table: 'table',
  thematicBreak: 'thematic-break',
};
const ASIDE_TOKENS: Record<string, string> = {
  definition: 'definition',
  gfmFootnoteDefinition: 'footnote-definition',
};

/** The start and end (before its line break) of each line of text[from, to). */
function lineBounds(text: string, from: number, to: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl >= to) nl = to;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    starts.push(pos);
    ends.push(end);
    pos = nl + 1;
  }
  return { starts, ends };
}

/** Line entries of text[from, to), not yet classified. */
function splitLines(text: string, from: number, to: number): BlockLine[] {
  const { starts, ends } = lineBounds(text, from, to);
  const lines = new Array<BlockLine>(starts.length);
  for (let k = 0; k < starts.length; k++) lines[k] = { start: starts[k]!, end: ends[k]!, kind: 'blank', first: false };
  return lines;
}

function isBlankLine(text: string, l: BlockLine): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

const CUT = /^(?:#{1,6}(?:[ \t]|$)|(?:\*\*|__)?(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[ \t\u00a0])/u;

/** Where chunks may start: lines at column 0 opening a heading or a heading-level label (line
 *  indices into `starts`/`ends`). */
function cutPoints(text: string, starts: readonly number[], ends: readonly number[]): number[] {
  const cuts: number[] = [0];
  for (let i = 1; i < starts.length; i++) {
    const ls = starts[i]!;
    const c = text.charCodeAt(ls);
    // cheap first-character filter before the regex: '#', '*', '_', 'Đ', 'C', 'M', 'P'
    if (c !== 0x23 && c !== 0x2a && c !== 0x5f && c !== 0x110 && c !== 0x43 && c !== 0x4d && c !== 0x50) continue;
    if (CUT.test(text.slice(ls, Math.min(ends[i]!, ls + 12)).normalize('NFC'))) cuts.push(i);
  }
  return cuts;
}

/** Characters outside the plain subset: a chunk holding any of them is read by micromark.
 *  Brackets are in the subset (footnote calls, links) except where a definition may start:
 *  see `bracketStart`. */
const NOT_PLAIN = /[`~<>|\\&\t]/;
/** A GFM footnote definition's opening as micromark reads it: `[^label]:` (a label of 1–999
 *  characters, no space, tab or bracket; backslashes are outside the subset anyway), then the
 *  spaces it eats, then its first line of content. */
const FOOTNOTE_DEF = /^\[\^[^\][ ]{1,999}\]: *(?=\S)/;
const BREAK_OR_SETEXT = /^ *(?:(?:([-*_]) *)(?:\1 *){2,}|=+ *|-+ *)$/;
const BULLET = /^([-+*])( +)(?=\S)/;
const ORDERED = /^(\d{1,9})([.)])( +)(?=\S)/;
const EMPTY_ITEM = /^(?:[-+*]|\d{1,9}[.)]) *$/;
const ATX = /^#{1,6}(?:[ ]|$)/;

interface OpenItem {
  id: number;
  /** content column: lines indented at least this much belong to the item */
  width: number;
}

/**
 * The exact CommonMark reading of a chunk, lines[i0, i1), that uses only paragraphs, ATX
 * headings, list items (bullets and ordered, nested by indentation), inline emphasis, footnote
 * calls and footnote definitions: the lines (fresh from splitLines) are classified in place and
 * `true` returned; `false` when the chunk holds anything else (then micromark reads it, and its
 * reading replaces these lines, whatever this one set on them).
 */
function readPlainChunk(text: string, lines: BlockLine[], i0: number, i1: number): boolean {
  for (let k = i0; k < i1; k++) {
    const l = lines[k]!;
    const s = text.slice(l.start, l.end);
    if (NOT_PLAIN.test(s) || BREAK_OR_SETEXT.test(s)) return false;
  }
  const stack: OpenItem[] = [];
  let paragraph = false; // the innermost open block is a paragraph that a line may continue
  // a footnote definition is open (at the top level: its lines are asides; a blank line inside
  // it keeps it open for an indented continuation, which the reader leaves to micromark)
  let footnote = false;
  for (let k = i0; k < i1; k++) {
    const l = lines[k]!;
    const line = text.slice(l.start, l.end);
    const o = l;
    if (isBlankLine(text, l)) {
      paragraph = false;
      continue;
    }
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (footnote && indent >= 4) return false; // content of the definition: nested blocks
    let matched = 0;
    while (matched < stack.length && indent >= stack[matched]!.width) matched++;
    const base = matched > 0 ? stack[matched - 1]!.width : 0;
    const rel = indent - base;
    const rest = line.slice(indent);
    if (rel >= 4) {
      if (!paragraph) return false; // indented code
      o.kind = 'text';
      continue;
    }
    if (rest.charCodeAt(0) === 0x5b) {
      // `[`: a footnote definition (a container: it interrupts a paragraph and closes the open
      // items) or a link reference definition (only where a paragraph starts)
      const close = rest.indexOf(']');
      if (close === -1) {
        if (!paragraph) return false; // a label may go on over the next line
      } else if (rest.charCodeAt(close + 1) === 0x3a) {
        const def = matched === 0 && indent <= 3 ? FOOTNOTE_DEF.exec(rest) : null;
        if (!def) return false;
        if (!plainStart(rest.slice(def[0].length))) return false;
        stack.length = 0;
        o.kind = 'aside';
        o.construct = 'footnote-definition';
        footnote = true;
        paragraph = true;
        continue;
      }
    }
    if (footnote) {
      if (paragraph && !opensBlock(rest)) {
        o.kind = 'aside'; // a lazy line of the definition's paragraph
        o.construct = 'footnote-definition';
        continue;
      }
      // the definition is not continued: its paragraph is no paragraph that an item interrupts
      footnote = false;
      paragraph = false;
    }
    if (ATX.test(rest)) {
      stack.length = matched;
      paragraph = false;
      o.kind = 'heading';
      o.first = true;
      continue;
    }
    if (EMPTY_ITEM.test(rest)) return false;
    const b = BULLET.exec(rest);
    const n = b ? null : ORDERED.exec(rest);
    if (b || n) {
      // only an item of a new list starting at 1, or any bullet, interrupts an open paragraph
      const interrupts = paragraph && matched === stack.length;
      const allowed = !interrupts || b !== null || n![1] === '1';
      if (allowed) {
        const marker = b ? b[1]!.length : n![1]!.length + 1;
        const spaces = b ? b[2]!.length : n![3]!.length;
        if (spaces > 4) return false; // content is indented code
        // an item that opens with another block (a nested list, a heading) on the same line
        const inner = rest.slice(marker + spaces);
        if (!plainStart(inner)) return false;
        const parent = matched > 0 ? stack[matched - 1]!.id : undefined;
        stack.length = matched;
        const id = l.start + indent;
        stack.push({ id, width: indent + marker + spaces });
        o.kind = 'text';
        o.first = true;
        o.item = id;
        if (parent !== undefined) o.parentItem = parent;
        paragraph = true;
        continue;
      }
    }
    o.kind = 'text';
    if (paragraph) continue; // continuation, lazy or not: the open items stay open
    if (!plainStart(rest)) return false;
    stack.length = matched;
    o.first = true;
    paragraph = true;
  }
  return true;
}

/** The line opens a heading or a list item (any number: in a container that the line does not
 *  continue, an item needs no paragraph to interrupt): else it is a lazy line of a paragraph. */
function opensBlock(rest: string): boolean {
  return ATX.test(rest) || BULLET.test(rest) || ORDERED.test(rest) || EMPTY_ITEM.test(rest);
}

/** The line's content (after its indentation) opens a list item, an ATX heading, a thematic
 *  break or a setext underline. */
function opensListHeadingOrRule(content: string): boolean {
  return BULLET.test(content) || ORDERED.test(content) || ATX.test(content) || EMPTY_ITEM.test(content) || BREAK_OR_SETEXT.test(content);
}

const QUOTE_OR_FENCE = /^(?:>|```|~~~)/;

/** The line's content (after its indentation) ends the paragraph before it: it opens another
 *  block — a list item, an ATX heading, a quote, a fence — or is a rule or setext underline
 *  (which ends it too). A citation in prose does not run across such a line (citation/parse.ts). */
export function endsParagraph(content: string): boolean {
  return opensListHeadingOrRule(content) || QUOTE_OR_FENCE.test(content);
}

/** A paragraph may start with this content and be read as plain: no other block opens on the
 *  line, and no definition (`[label]:`, which only a paragraph's start can hold). */
function plainStart(content: string): boolean {
  if (opensListHeadingOrRule(content)) return false;
  if (content.charCodeAt(0) !== 0x5b) return true;
  const close = content.indexOf(']');
  return close !== -1 && content.charCodeAt(close + 1) !== 0x3a;
}

const LIST_TOKENS = new Set(['listOrdered', 'listUnordered']);

/** Index of the line holding absolute offset `at`. */
function lineAt(lines: readonly BlockLine[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface EventReading {
  lines: BlockLine[];
  /** the chunk ends inside an open fence or HTML block: the absolute offset where that construct
   *  may close (the next line that can close it; Infinity: nothing closes it before the end) */
  open: number | undefined;
}

/** Where an open fence or HTML block that starts at `at` can end: the next line able to close it. */
function closingOffset(text: string, at: number, type: string): number {
  const eol = text.indexOf('\n', at);
  const first = text.slice(at, eol === -1 ? text.length : eol).replace(/^[ \t]+/, '');
  const search = (re: RegExp): number => {
    re.lastIndex = eol === -1 ? text.length : eol + 1;
    const m = re.exec(text);
    return m ? m.index : Infinity;
  };
  if (type === 'codeFenced') {
    const f = /^(`{3,}|~{3,})/.exec(first);
    if (!f) return Infinity;
    const ch = f[1]!.charAt(0) === '`' ? '`' : '~';
    return search(new RegExp(`^ {0,3}\\${ch}{${f[1]!.length},}[ \\t]*\\r?$`, 'gm'));
  }
  const lower = first.toLowerCase();
  if (lower.startsWith('<!--')) return search(/-->/g);
  if (lower.startsWith('<?')) return search(/\?>/g);
  if (lower.startsWith('<![cdata[')) return search(/\]\]>/g);
  if (/^<![a-z]/.test(lower)) return search(/>/g);
  const raw = /^<(script|pre|style|textarea)(?=[\s>]|$)/.exec(lower);
  if (raw) return search(new RegExp(`</${raw[1]}>`, 'gi'));
  return search(/^[ \t]*\r?$/gm); // other HTML blocks end at a blank line
}

/** Classify the lines of text[from, to) from micromark's events. */
function readEventChunk(text: string, from: number, to: number, lines: readonly BlockLine[]): EventReading {
  const chunk = text.slice(from, to);
  const events = markdownEvents(chunk);
  const out = lines.map((l) => ({ start: l.start, end: l.end, kind: 'blank' as LineKind, first: false }) as BlockLine);
  const rank: Record<LineKind, number> = { blank: 0, text: 1, heading: 2, container: 3, aside: 4 };
  const mark = (a: number, b: number, kind: LineKind, construct?: string): void => {
    const i0 = lineAt(out, from + a);
    const i1 = lineAt(out, from + Math.max(a, b - 1));
    for (let i = i0; i <= i1; i++) {
      const o = out[i]!;
      if (rank[kind] > rank[o.kind]) {
        o.kind = kind;
        if (construct) o.construct = construct;
      }
    }
  };
  // open lists: the item each one is in now
  const lists: Array<{ item: number | undefined }> = [];
  let open: number | undefined;
  let lastFlowEnd = -1;
  let lastFlow: Event[1] | undefined;
  let fences = 0;
  for (let k = 0; k < events.length; k++) {
    const [phase, token] = events[k]!;
    const type = token.type;
    if (phase === 'exit') {
      if (LIST_TOKENS.has(type)) lists.pop();
      continue;
    }
    const a = token.start.offset;
    const b = token.end.offset;
    if (LIST_TOKENS.has(type)) {
      lists.push({ item: undefined });
      continue;
    }
    if (type === 'listItemPrefix') {
      const list = lists[lists.length - 1];
      const parent = lists.length > 1 ? lists[lists.length - 2]!.item : undefined;
      const id = from + a;
      if (list) list.item = id;
      const o = out[lineAt(out, id)]!;
      o.item = id;
      if (parent !== undefined) o.parentItem = parent;
      continue;
    }
    if (type === 'paragraph') {
      mark(a, b, 'text');
      const o = out[lineAt(out, from + a)]!;
      if (o.kind === 'text') o.first = true;
      continue;
    }
    if (type === 'atxHeading' || type === 'setextHeadingText') {
      mark(a, b, 'heading');
      const o = out[lineAt(out, from + a)]!;
      if (o.kind === 'heading') o.first = true;
      continue;
    }
    if (type === 'setextHeadingLine') {
      mark(a, b, 'container', 'setext-underline');
      continue;
    }
    if (type === 'codeText' || type === 'htmlText') {
      const i0 = lineAt(out, from + a);
      const i1 = lineAt(out, from + Math.max(a, b - 1));
      for (let i = i0 + 1; i <= i1; i++) out[i]!.opaque = true;
      continue;
    }
    const c = CONTAINER_TOKENS[type];
    if (c) {
      mark(a, b, 'container', c);
      if (type === 'codeFenced' || type === 'htmlFlow') {
        lastFlow = token;
        lastFlowEnd = b;
        fences = 0;
      }
      continue;
    }
    if (type === 'codeFencedFence' && lastFlow && a < lastFlowEnd) fences++;
    const s = ASIDE_TOKENS[type];
    if (s) mark(a, b, 'aside', s);
  }
  if (lastFlow && chunk.slice(lastFlowEnd).trim() === '') {
    if ((lastFlow.type === 'codeFenced' && fences < 2) || lastFlow.type === 'htmlFlow') open = closingOffset(text, from + lastFlow.start.offset, lastFlow.type);
    // closed inside this chunk after all (an HTML block closes on its own last line)
    if (open !== undefined && open < to) open = undefined;
  }
  return { lines: out, open };
}

/** The reading of plain text (not Markdown): every non-blank line is a paragraph of its own. */
export function plainLines(text: string, from: number, to: number): BlockLine[] {
  const lines = splitLines(text, from, to);
  for (const l of lines) {
    if (isBlankLine(text, l)) continue;
    l.kind = 'text';
    l.first = true;
  }
  return lines;
}

/** The block reading of text[from, to): one entry per line. `micromarkOnly` skips the plain
 *  reader (the differential test compares the two). */
export function readBlocks(text: string, from: number, to: number, opts: { micromarkOnly?: boolean } = {}): BlockLine[] {
  const out: BlockLine[] = [];
  readBlockChunks(
    text,
    from,
    to,
    (lines) => {
      for (const l of lines) out.push(l);
    },
    opts,
  );
  return out;
}

/**
 * The block reading of text[from, to), handed over chunk by chunk, in order (the lines of one
 * chunk, or of several merged where a fence or HTML block stays open): `readBlocks` is their
 * concatenation. Only the line bounds of the whole range are kept (as numbers), so a consumer
 * that is done with a chunk's lines lets them go: the parse of a 5 MB document no longer holds
 * ≈ 90,000 line objects at once (they outlived the young generation and were copied by every
 * scavenge). No paragraph runs across two chunks: a chunk's first line opens a heading or a
 * paragraph.
 */
export function readBlockChunks(text: string, from: number, to: number, emit: (lines: BlockLine[]) => void, opts: { micromarkOnly?: boolean } = {}): void {
  const { starts, ends } = lineBounds(text, from, to);
  const n = starts.length;
  if (n === 0) return;
  const cuts = cutPoints(text, starts, ends);
  /** fresh line entries for lines [i0, i1), as splitLines makes them */
  const make = (i0: number, i1: number): BlockLine[] => {
    const lines = new Array<BlockLine>(i1 - i0);
    for (let k = i0; k < i1; k++) lines[k - i0] = { start: starts[k]!, end: ends[k]!, kind: 'blank', first: false };
    return lines;
  };
  // plain chunks are classified in place; micromark's readings replace their lines
  let c = 0;
  while (c < cuts.length) {
    let next = c + 1;
    let result: BlockLine[];
    for (;;) {
      const i0 = cuts[c]!;
      const i1 = next < cuts.length ? cuts[next]! : n;
      const lines = make(i0, i1);
      if (!opts.micromarkOnly && readPlainChunk(text, lines, 0, lines.length)) {
        result = lines;
        break;
      }
      const a = starts[i0]!;
      const b = i1 < n ? starts[i1]! : to;
      const r = readEventChunk(text, a, b, lines);
      if (r.open !== undefined && next < cuts.length) {
        // read again up to the first cut after the line that can close the construct (once, not
        // one cut at a time: that is quadratic on an unclosed fence)
        const close = r.open;
        next++;
        while (next < cuts.length && starts[cuts[next]!]! <= close) next++;
        continue;
      }
      result = r.lines;
      break;
    }
    for (const l of result) if (l.kind === 'blank' && !isBlankLine(text, l)) l.kind = 'container';
    emit(result);
    c = next;
  }
}
