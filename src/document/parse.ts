/**
 * Parse a regulation file into its tree of units.
 *
 * One linear pass over the lines (no whole-document Markdown parse: its cost grows
 * superlinearly on long documents full of numbered clauses, see docs/architecture.md):
 * every line is either blank, a label line (labels.ts), or text belonging to the deepest open unit.
 * A label closes the open units of its rank or below and opens a new one under the nearest
 * higher-ranked unit. Fenced code, HTML comments and quoted text (an amending text quoting
 * “Điều 7a. …”) are never structure. The parser never refuses input: what it cannot place in a
 * sequence is reported as a `numbering` diagnostic with its location.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import { plainLines, readBlockChunks, readBlocks, type BlockLine } from '../markdown/blocks.js';
import { indentAt, itemHeadingStart, lineContentStart, plainTextFrom } from '../text/markup.js';
import { isInvisible, nfcWithMap } from '../text/normalize.js';
import { isNfcInertRange, nfc } from '../text/nfc.js';
import { SourceText } from '../text/source.js';
import { isSpaceCode, trimEndAt } from '../text/space.js';
import { assignAnchors } from './anchor.js';
import { readFrontMatter } from './frontmatter.js';
import { isHeadingPattern, PATTERN_RANK } from './kinds.js';
import { looksLikeTitle, matchLabel, type LabelMatch, type Pattern } from './labels.js';
import type { DocumentMeta, RegulationDocument, Unit, UnitKind } from './model.js';
import { arabicKey, compareKeys, isSuccessor, romanKey, sequenceKey, type SequenceKey } from './numbering.js';
import { checkNumbering } from './sequence.js';

const RANK = PATTERN_RANK;

const CONSTRUCT_MESSAGE: Record<string, 'blockquote' | 'code' | 'html' | 'table'> = {
  blockquote: 'blockquote',
  code: 'code',
  html: 'html',
  table: 'table',
};

/** Kinds whose list items may hold a nested list of lower units. */
const NESTABLE: ReadonlySet<UnitKind> = new Set(['dieu', 'khoan', 'diem', 'tiet', 'bullet']);

/** The kind of a unit nested one level below a unit of this kind. */
function kindBelow(kind: UnitKind): UnitKind {
  switch (kind) {
    case 'dieu':
      return 'khoan';
    case 'khoan':
      return 'diem';
    case 'diem':
    case 'tiet':
      return 'tiet';
    default:
      return 'bullet';
  }
}


interface Open {
  unit: Unit;
  rank: number;
}

const REPEALED_THEN_DIEU = /\(\s*(?:được|đã được)\s+bãi\s+bỏ\s*\)[ \t]*(?=(?:Điều|ĐIỀU)[ \t\u00a0]+\d+[a-zđ]?[ \t]*[.:])/gu;

export interface ParseResult {
  units: Unit[];
  diagnostics: Diagnostic[];
  /** a quotation (curly, or straight within its paragraph) is still open at the end of the range:
   *  what follows would be read inside it */
  openQuote: boolean;
}

/** What a parse of part of a document needs to know of what comes before it. */
export interface ParseContext {
  /** an explicit Phần is open around the range (a Roman outline heading is then a Mục) */
  explicitPhan?: boolean;
  /** the last article and chapter before the range (a quotation is ended by their successor) */
  lastDieu?: SequenceKey;
  lastChuong?: SequenceKey;
  /** the range ends where the next one's article ended a quotation: keep it, do not re-read */
  quoteMayStayOpen?: boolean;
  /** read as plain text, not Markdown (default: a `.txt` file is plain text, see isPlainTextPath) */
  plainText?: boolean;
}

/**
 * A `.txt` file is plain text (gazette and PDF-to-text copies), not Markdown: every line is a
 * line of text, tab-indented form lines are not code blocks. Everything else is CommonMark + GFM.
 */
export function isPlainTextPath(path: string): boolean {
  return /\.txt$/i.test(path);
}

function newUnit(kind: UnitKind, pattern: Pattern | 'intro', start: number): Unit {
  return {
    kind,
    pattern,
    label: '',
    number: '',
    anchor: '',
    start,
    end: start,
    labelStart: start,
    labelEnd: start,
    bodyStart: start,
    ownEnd: start,
    children: [],
    parent: null,
  };
}

function kindOf(pattern: Pattern, parent: Unit | null, rank: number): UnitKind {
  switch (pattern) {
    case 'phan':
    case 'chuong':
    case 'muc':
    case 'tieu-muc':
    case 'dieu':
      return pattern;
    case 'roman':
      return rank === 0 ? 'phan' : 'muc';
    case 'arabic':
      return 'khoan';
    case 'decimal':
      return 'diem';
    case 'letter':
      return parent && parent.pattern === 'decimal' ? 'tiet' : 'diem';
    case 'paren':
      return 'tiet';
    case 'bullet':
    case 'bullet2':
      return 'bullet';
  }
}

/**
 * Plain heading text of source[a, b): markup stripped, whitespace folded, NFC. The line is read
 * whole (from its start), so that emphasis around a label ("**Điều 5. Tên**") is read as such.
 */
/** Markdown punctuation: a range without any is read as it is written (plainHeading). */
const HEADING_MARKUP = /[*_`\\<>[\]&~|!#]/;

export function plainHeading(text: string, a: number, b: number): string {
  const lineStart = text.lastIndexOf('\n', a - 1) + 1;
  // no Markdown punctuation in the heading (nothing before it can reach into it then): the text
  // is what a reader sees
  if (!HEADING_MARKUP.test(text.slice(a, b))) return nfc(text.slice(a, b)).replace(/\s+/g, ' ').trim();
  return nfc(plainTextFrom(text, lineStart, a, b)).replace(/\s+/g, ' ').trim();
}

/**
 * The opening words of text[a, b) as plainHeading reads them, `width` characters at most (cut
 * with "…"): the outline's summary of a unit, the redline's context line. A whole khoản is read
 * only when it must be: where [a, b) holds no Markdown punctuation, a prefix cut just before a
 * whitespace character reads as the start of the whole (whitespace folds to one space and is no
 * part of a composition for NFC), so when the prefix already reads longer than `width`, the
 * words shown are the same.
 */
export function openingWords(text: string, a: number, b: number, width: number): string {
  let own: string | undefined;
  if (b - a > 4 * width && !HEADING_MARKUP.test(text.slice(a, b))) {
    let w = a + 2 * width;
    while (w < b && !/\s/.test(text.charAt(w))) w++;
    if (w < b) {
      const head = nfc(text.slice(a, w)).replace(/\s+/g, ' ').trim();
      if (head.length > width) own = head;
    }
  }
  own ??= plainHeading(text, a, b);
  return own.length > width ? `${own.slice(0, width - 1).trimEnd()}…` : own;
}

/**
 * Scan body lines of `text` in [from, to) into units. Offsets are absolute in `text`.
 */
export function parseUnits(source: SourceText, from: number, to: number, context: ParseContext = {}, opts: { wholeBlocks?: boolean } = {}): ParseResult {
  const text = source.text;
  const diagnostics: Diagnostic[] = [];
  const roots: Unit[] = [];
  const stack: Open[] = [];
  let lastEnd = from;
  let curly = 0;
  let curlyOpenedAt = -1;
  // label lines read as quoted text inside the current curly quotation, and the first of them
  let suppressed = 0;
  let suppressedAt = 0;
  let straight = false;
  let awaitingHeading: Unit | null = null;
  let explicitPhanOpen = context.explicitPhan ? 1 : 0;
  let trackQuotes = true;

  let lastDieu: SequenceKey | undefined = context.lastDieu;
  let lastChuong: SequenceKey | undefined = context.lastChuong;
  const continuesOuterSequence = (m: LabelMatch): boolean => {
    if (m.pattern === 'dieu') {
      const k = arabicKey(m.number);
      return lastDieu === undefined ? k[0] === 1 && k[1] === 0 : isSuccessor(lastDieu, k);
    }
    if (m.pattern === 'chuong') {
      const k = /^\d/.test(m.number) ? arabicKey(m.number) : romanKey(m.number);
      return lastChuong === undefined ? k[0] === 1 && k[1] === 0 : isSuccessor(lastChuong, k);
    }
    return false;
  };

  const attach = (u: Unit, rank: number): void => {
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) close(stack.pop()!);
    const parent = stack.length > 0 ? stack[stack.length - 1]!.unit : null;
    u.parent = parent;
    if (parent) {
      if (parent.children.length === 0) parent.ownEnd = Math.max(parent.bodyStart, lastEnd);
      parent.children.push(u);
    } else roots.push(u);
    stack.push({ unit: u, rank });
    if (u.pattern === 'phan') explicitPhanOpen++;
    if (u.pattern === 'dieu') lastDieu = arabicKey(u.number);
    if (u.pattern === 'chuong') lastChuong = /^\d/.test(u.number) ? arabicKey(u.number) : romanKey(u.number);
  };

  const close = (o: Open): void => {
    const u = o.unit;
    u.end = Math.max(u.labelEnd, lastEnd);
    if (u.children.length === 0) u.ownEnd = u.end;
    if (u.pattern === 'phan') explicitPhanOpen--;
    if (awaitingHeading === u) awaitingHeading = null;
  };

  // list items that opened a unit (by the item's marker offset): a list nested in such an item
  // is a lower level of that unit (product.md §2)
  const itemUnits = new Map<number, Unit>();
  let containerReported = -1;
  let prevText: { end: number; wrapped: boolean } | null = null;
  let paragraphEnd = -1;

  // the line before the current one (the last of the previous chunk at a chunk's start)
  let prevLine: BlockLine | undefined;
  const run = (): void => {
    prevLine = undefined;
    if (context.plainText ?? isPlainTextPath(source.path)) readChunk(plainLines(text, from, to));
    // chunk by chunk: a chunk's lines are let go once read (no paragraph runs across chunks)
    else if (opts.wholeBlocks) readChunk(readBlocks(text, from, to));
    else readBlockChunks(text, from, to, readChunk);
  };
  const readChunk = (blocks: readonly BlockLine[]): void => {
    for (let bi = 0; bi < blocks.length; bi++) {
      const bl = blocks[bi]!;
      const before = prevLine;
      prevLine = bl;
      const lineEnd = bl.end;
      if (bl.kind === 'blank') {
        straight = false;
        prevText = null;
        continue;
      }
      // footnote and link reference definitions: never structure, and no unit's text
      if (bl.kind === 'aside') {
        straight = false;
        prevText = null;
        continue;
      }
      if (bl.kind === 'container') {
        containerLine(bl, before);
        prevText = null;
        continue;
      }
      if (bl.first) {
        straight = false;
        paragraphEnd = -1;
      }
      let pos = bl.start;
      let first = bl.first;
      for (;;) {
        const lc = lineContentStart(text, pos, lineEnd);
        const atx = lc.heading;
        // an item whose first block is a heading (`- ## Điều 2.`): its label is read as
        // itemHeadingLabel says (the block layer knows the line opens an item and is a heading)
        const ih = pos === bl.start && bl.item !== undefined && bl.kind === 'heading' ? itemHeadingLabel(text, pos, lineEnd) : undefined;
        const cs = ih ? ih.start : lc.start;
        const isHeadingLine = atx || bl.kind === 'heading';
        const content = text.slice(cs, lineEnd);
        const opensWithQuote = opensQuote(text, cs, lineEnd);
        const insideQuote = trackQuotes && (curly > 0 || (straight && straightCloses(pos, bi, blocks)));
        let split: number | undefined;
        let lineStartedUnit = false;
        if (!(trackQuotes && opensWithQuote) && !bl.opaque) {
          // a content NFC leaves alone has no map (nfcWithMap: null), found without ICU
          const nfc = isNfcInertRange(text, cs, lineEnd) ? null : nfcWithMap(content);
          let m = matchLabel(nfc ? nfc.text : content, isHeadingLine);
          // Inside a quotation only the next article or chapter of the document itself escapes it:
          // gazette text interleaves long footnote quotations with the body at page breaks.
          if (m && insideQuote) {
            if (continuesOuterSequence(m)) {
              if (curly > 0 && suppressed > 0) {
                diagnostics.push(
                  diagnosticAt(source, curlyOpenedAt, curlyOpenedAt + 1, 'numbering', {
                    id: 'numbering.quote-swallowed',
                    args: { count: suppressed, line: source.point(suppressedAt).line, until: source.point(pos).line },
                  }),
                );
              }
              curly = 0;
              straight = false;
              suppressed = 0;
            } else {
              if (curly > 0 && suppressed++ === 0) suppressedAt = pos;
              m = null;
            }
          }
          // a label on a continuation line of a paragraph starts a unit only where it fits the
          // numbering sequence and the line before it ends a sentence (docs/format.md)
          if (m && !first && bl.item === undefined && !isHeadingLine && !isHeadingPattern(m.pattern) && !continuationStartsUnit(m)) m = null;
          // the heading's label is text of the item: say so where it is
          if (ih?.lost && !insideQuote) {
            const { at, end } = ih.lost;
            diagnostics.push(diagnosticAt(source, at, end, 'numbering', { id: 'numbering.label-in-item-heading', args: { found: text.slice(at, end).trim(), item: ih.lost.item } }));
          }
          if (m) {
            split = labelLine(pos, lineEnd, cs, m, nfc ? nfc.map : null, first ? bl : undefined);
            lineStartedUnit = true;
          } else {
            if (!insideQuote) invisibleInLabel(cs, lineEnd, isHeadingLine);
            textLine(pos, lineEnd, isHeadingLine, content);
          }
        } else textLine(pos, lineEnd, isHeadingLine, content);

        if (trackQuotes) {
          const segEnd = split ?? lineEnd;
          for (let i = pos; i < segEnd; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x201c) {
              if (curly === 0) {
                curlyOpenedAt = i;
                suppressed = 0;
              }
              curly++;
            } else if (c === 0x201d) curly = Math.max(0, curly - 1);
            else if (c === 0x22) {
              // a straight quote opens only at the start of a word (65" is an inch mark)
              if (straight) straight = false;
              else if (opensStraight(i)) straight = true;
            }
          }
        }
        prevText = { end: split ?? lineEnd, wrapped: !first && !lineStartedUnit };
        if (split === undefined) break;
        pos = split;
        first = true;
      }
    }
  };

  /** Does a straight quote open at text[i]: after a space, an opening bracket or the line start, before a non-space? */
  const opensStraight = (i: number): boolean => {
    const p = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const n = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    const before = p === 0x20 || p === 0x09 || p === 0x0a || p === 0x28 || p === 0x5b || p === 0x2a || p === 0x5f || p === 0xa0;
    return before && n !== 0x20 && n !== 0x0a && n !== 0x0d && n !== 0x09;
  };

  /** An open straight quotation hides labels only if it closes within its paragraph. */
  const straightCloses = (pos: number, bi: number, blocks: readonly BlockLine[]): boolean => {
    if (paragraphEnd < 0) {
      let j = bi;
      while (j + 1 < blocks.length && blocks[j + 1]!.kind === 'text' && !blocks[j + 1]!.first) j++;
      paragraphEnd = blocks[j]!.end;
    }
    const q = text.indexOf('"', pos);
    if (q !== -1 && q < paragraphEnd) return true;
    straight = false;
    return false;
  };

  /** The sequence rule for a label on a paragraph's continuation line. */
  const continuationStartsUnit = (m: LabelMatch): boolean => {
    // a wrapped line (neither the paragraph's first line nor a label line) that ends in a
    // lower-case word or a comma is the middle of a sentence: what follows is its text
    if (prevText && prevText.wrapped) {
      let e = prevText.end;
      while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (/[\p{Ll},]/u.test(text.charAt(e - 1))) return false;
    }
    const rank = RANK[m.pattern];
    let parent: Unit | null = null;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.rank < rank) {
        parent = stack[i]!.unit;
        break;
      }
    }
    const siblings = parent ? parent.children : roots;
    let last: Unit | undefined;
    for (let i = siblings.length - 1; i >= 0; i--) {
      if (siblings[i]!.pattern === m.pattern) {
        last = siblings[i];
        break;
      }
    }
    const k = sequenceKey(m.pattern, m.number);
    if (k[0] === 0) return true;
    if (!last) return true;
    return compareKeys(k, sequenceKey(last.pattern, last.number)) > 0;
  };

  /** A label that would be one but for an invisible character in it (a zero-width space inside
   *  "Điều 1."): the unit would vanish silently, so say where the character is. */
  const invisibleInLabel = (cs: number, le: number, isHeadingLine: boolean): void => {
    const head = text.slice(cs, Math.min(le, cs + 24));
    let first = -1;
    let visible = '';
    for (let i = 0; i < head.length; i++) {
      if (!isInvisible(head.charCodeAt(i))) visible += head.charAt(i);
      else if (first < 0) first = i;
    }
    if (first < 0 || !matchLabel(visible.normalize('NFC'), isHeadingLine)) return;
    const at = cs + first;
    diagnostics.push(diagnosticAt(source, at, at + 1, 'numbering', { id: 'numbering.invisible-in-label', args: { code: `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}` } }));
  };

  /** A line of a block quote, code, HTML block, table …: text of the open unit, never structure. */
  const containerLine = (bl: BlockLine, before: BlockLine | undefined): void => {
    // a quoted item whose first block is a heading (`> - ## Điều 2.`): its label is read as an
    // unquoted one's would be (itemHeadingLabel), and reported as any label in a quote
    const ih = bl.item !== undefined && bl.construct === 'blockquote' ? itemHeadingLabel(text, bl.start, bl.end) : undefined;
    const cs = ih ? ih.start : lineContentStart(text, bl.start, bl.end).start;
    const content = text.slice(cs, bl.end);
    const startsConstruct = !before || before.kind !== 'container' || before.construct !== bl.construct;
    if (startsConstruct) containerReported = -1;
    if (containerReported < 0 && bl.construct !== 'setext-underline' && bl.construct !== 'thematic-break') {
      const nfc = nfcWithMap(content);
      const m = matchLabel(nfc ? nfc.text : content, false);
      if (m && m.pattern !== 'bullet' && m.pattern !== 'bullet2') {
        containerReported = bl.start;
        const at = cs + (nfc ? nfc.map[Math.min(m.start, nfc.map.length - 1)]! : m.start);
        const end = cs + (nfc ? nfc.map[Math.min(m.end, nfc.map.length - 1)]! : m.end);
        diagnostics.push(
          diagnosticAt(source, at, Math.max(at + 1, end), 'numbering', {
            id: `numbering.label-in-container.${CONSTRUCT_MESSAGE[bl.construct ?? ''] ?? 'code'}` as const,
            args: { found: text.slice(at, end).trim() },
          }),
        );
      }
    }
    if (bl.construct === 'setext-underline' || bl.construct === 'thematic-break') return;
    textLine(bl.start, bl.end, false, content);
  };

  const textLine = (ls: number, le: number, isHeadingLine: boolean, content: string): void => {
    const end = trimEndAt(text, ls, le);
    if (awaitingHeading) {
      const u = awaitingHeading;
      awaitingHeading = null;
      if (isHeadingLine || looksLikeTitle(content)) {
        const { start: cs } = lineContentStart(text, ls, le);
        u.headingStart = cs;
        u.headingEnd = end;
        u.heading = plainHeading(text, cs, end);
        u.bodyStart = end;
        lastEnd = end;
        return;
      }
    }
    const top = stack.length > 0 ? stack[stack.length - 1]!.unit : null;
    if (!top) {
      const intro = newUnit('intro', 'intro', ls);
      intro.bodyStart = ls;
      attach(intro, RANK.intro);
    }
    lastEnd = end;
  };

  const labelLine = (
    ls: number,
    le: number,
    cs: number,
    m: LabelMatch,
    map: Int32Array | null,
    block?: BlockLine,
  ): number | undefined => {
    const at = (i: number): number => cs + (map ? map[Math.min(i, map.length - 1)]! : i);
    awaitingHeading = null;
    let rank = RANK[m.pattern];
    if (m.pattern === 'roman') rank = explicitPhanOpen > 0 ? RANK.muc : RANK.phan;
    // a list nested in a unit's list item is a lower level of that unit, whatever its labels
    let forcedKind: UnitKind | undefined;
    if (block?.parentItem !== undefined && !isHeadingPattern(m.pattern)) {
      const enclosing = itemUnits.get(block.parentItem);
      const open = enclosing ? stack.find((o) => o.unit === enclosing) : undefined;
      if (open && NESTABLE.has(open.unit.kind) && rank <= open.rank) {
        rank = open.rank + 0.5;
        forcedKind = kindBelow(open.unit.kind);
      }
    }
    const parentForKind = (() => {
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.rank < rank) return stack[i]!.unit;
      return null;
    })();
    const u = newUnit(forcedKind ?? kindOf(m.pattern, parentForKind, rank), m.pattern, ls);
    if (block?.item !== undefined) itemUnits.set(block.item, u);
    u.labelStart = at(m.start);
    u.labelEnd = at(m.end);
    u.label = nfc(text.slice(u.labelStart, u.labelEnd));
    u.number = m.number;
    let lineEnd = le;
    let split: number | undefined;
    if (m.pattern === 'dieu') {
      const restAbs = at(m.restStart);
      REPEALED_THEN_DIEU.lastIndex = 0;
      const r = REPEALED_THEN_DIEU.exec(text.slice(restAbs, le));
      if (r) {
        split = restAbs + r.index + r[0].length;
        lineEnd = restAbs + r.index + r[0].replace(/[ \t]+$/, '').length;
      }
    }
    const end = trimEndAt(text, ls, lineEnd);
    const restStart = at(m.restStart);
    const headingLevel = isHeadingPattern(m.pattern);
    if (headingLevel) {
      const headingText = restStart < end ? plainHeading(text, restStart, end) : '';
      if (headingText !== '') {
        u.heading = headingText;
        u.headingStart = restStart;
        u.headingEnd = end;
        u.bodyStart = end;
      } else {
        u.bodyStart = end;
        // "Chương I" alone: its title is the next line ("NHỮNG QUY ĐỊNH CHUNG"); an article
        // number alone ("Điều 1.") is followed by its text (Hiến pháp 2013 has untitled articles)
        if (m.pattern !== 'dieu') awaitingHeading = u;
      }
    } else {
      u.bodyStart = restStart <= end ? restStart : end;
    }
    if (m.anomaly === 'letter-outside-alphabet') {
      diagnostics.push(diagnosticAt(source, u.labelStart, u.labelEnd, 'numbering', { id: 'numbering.letter', args: { found: u.label } }));
    } else if (m.anomaly === 'invalid-roman') {
      diagnostics.push(diagnosticAt(source, u.labelStart, u.labelEnd, 'numbering', { id: 'numbering.roman', args: { found: m.number } }));
    }
    attach(u, rank);
    lastEnd = end;
    return split;
  };

  run();
  // a curly quote left open to the end swallowed structure: read the document again without
  // quote tracking, and say where the quote opened
  if (curly > 0 && curlyOpenedAt >= 0 && !context.quoteMayStayOpen) {
    const opened = curlyOpenedAt;
    roots.length = 0;
    stack.length = 0;
    diagnostics.length = 0;
    lastEnd = from;
    curly = 0;
    straight = false;
    awaitingHeading = null;
    explicitPhanOpen = context.explicitPhan ? 1 : 0;
    lastDieu = context.lastDieu;
    lastChuong = context.lastChuong;
    trackQuotes = false;
    run();
    diagnostics.push(diagnosticAt(source, opened, opened + 1, 'numbering', { id: 'numbering.unclosed-quote' }));
  }
  const openQuote = trackQuotes && (curly > 0 || straight);
  while (stack.length > 0) close(stack.pop()!);
  return { units: roots, diagnostics, openQuote };
}

/** Does a line's content open with a quotation mark, emphasis markers aside? (What
 *  `/^[“"«„]/.test(content.replace(/^[*_]+/, ''))` says, without the copy.) */
export function opensQuote(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 0x2a || text.charCodeAt(i) === 0x5f)) i++;
  if (i >= to) return false;
  const c = text.charCodeAt(i);
  return c === 0x201c || c === 0x22 || c === 0xab || c === 0x201e;
}

/** The line ending of a text: that of its first line (LF when it has none). */
export function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 0x0d ? '\r\n' : '\n';
}

/** Parse a regulation file. Never throws on content; problems are diagnostics. */
export function parseRegulation(path: string, text: string): RegulationDocument {
  const source = new SourceText(path, text);
  const bom = text.charCodeAt(0) === 0xfeff;
  const fm = readFrontMatter(source, bom ? 1 : 0);
  const { units, diagnostics } = parseUnits(source, fm.bodyStart, text.length);
  const meta: DocumentMeta = fm.meta;
  const all: Unit[] = [];
  const pushAll = (us: Unit[]): void => {
    for (const u of us) {
      all.push(u);
      pushAll(u.children);
    }
  };
  pushAll(units);
  const byAnchor = assignAnchors(units);
  const numbering = checkNumbering(source, all, { excerpt: meta.excerpt === true });
  const doc: RegulationDocument = {
    source,
    meta,
    bodyStart: fm.bodyStart,
    bom,
    eol: detectEol(text),
    units,
    all,
    byAnchor,
    diagnostics: [...fm.diagnostics, ...diagnostics, ...numbering],
  };
  if (fm.block) (doc as { frontMatter?: { start: number; end: number } }).frontMatter = fm.block;
  return doc;
}

/**
 * Where the label of a line is read when the line opens a list item whose first block is an ATX
 * heading (`- ## Điều 2. Tên`, `1. # Điều 2. Tên`: CommonMark, remark's reading); undefined for
 * any other line (itemHeadingStart; the caller asks only of lines the block layer says open an
 * item). The line reads as it would without the heading's markers, the heading being a heading:
 * a list marker in front of a label is syntax (matchLabel), so after one bullet marker the
 * heading's own label is the line's (`- ## Điều 2.` is Điều 2, as `- Điều 2.` and `## Điều 2.`
 * are; `- ## a)` điểm a) — a Roman numeral or a bullet there aside, as after `- ` — and
 * `start` is the heading's text. Otherwise (`1. # …`: the marker is the label, khoản 1;
 * `- - ## …`, `1) # …`) the label is read from the first marker, as before, and a label the
 * heading opens with is no structure: `lost`, its place in the text, for a warning.
 */
export function itemHeadingLabel(text: string, ls: number, le: number): { start: number; lost?: { at: number; end: number; item: string } } | undefined {
  const ih = itemHeadingStart(text, ls, le);
  if (!ih) return undefined;
  const c = text.charCodeAt(ih.item);
  const oneBullet = (c === 0x2d || c === 0x2b || c === 0x2a) && ih.item + 1 + indentAt(text, ih.item + 1, le) === ih.hashes;
  const content = text.slice(ih.start, le);
  const nfcd = isNfcInertRange(text, ih.start, le) ? null : nfcWithMap(content);
  const m = ih.start < le ? matchLabel(nfcd ? nfcd.text : content, true) : null;
  const own = m !== null && m.pattern !== 'bullet' && m.pattern !== 'bullet2';
  if (oneBullet && own && m.pattern !== 'roman') return { start: ih.start };
  if (!own) return { start: ih.item };
  const at = (i: number): number => ih.start + (nfcd ? nfcd.map[Math.min(i, nfcd.map.length - 1)]! : i);
  return { start: ih.item, lost: { at: at(m.start), end: at(m.end), item: text.slice(ih.item, ih.hashes).trim() } };
}
