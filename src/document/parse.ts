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
import { plainText, lineContentStart } from '../text/markup.js';
import { nfcWithMap } from '../text/normalize.js';
import { SourceText } from '../text/source.js';
import { assignAnchors } from './anchor.js';
import { readFrontMatter } from './frontmatter.js';
import { HEADING_PATTERNS, looksLikeTitle, matchLabel, type LabelMatch, type Pattern } from './labels.js';
import type { DocumentMeta, RegulationDocument, Unit, UnitKind } from './model.js';
import { arabicKey, isSuccessor, romanKey, type SequenceKey } from './numbering.js';
import { checkNumbering } from './sequence.js';

const RANK: Record<Pattern | 'intro', number> = {
  phan: 0,
  chuong: 1,
  muc: 2,
  'tieu-muc': 3,
  dieu: 4,
  roman: 0,
  arabic: 5,
  decimal: 6,
  letter: 7,
  paren: 8,
  intro: 8.5,
  bullet: 9,
  bullet2: 10,
};

interface Open {
  unit: Unit;
  rank: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REPEALED_THEN_DIEU = /\(\s*(?:được|đã được)\s+bãi\s+bỏ\s*\)[ \t]*(?=(?:Điều|ĐIỀU)[ \t\u00a0]+\d+[a-zđ]?[ \t]*[.:])/gu;

export interface ParseResult {
  units: Unit[];
  diagnostics: Diagnostic[];
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

/** Plain heading text of source[a, b): markup stripped, whitespace folded, NFC. */
export function plainHeading(text: string, a: number, b: number): string {
  return plainText(text, a, b)
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/^[\s*_]+|[\s*_]+$/g, '')
    .trim();
}

/**
 * Scan body lines of `text` in [from, to) into units. Offsets are absolute in `text`.
 */
export function parseUnits(source: SourceText, from: number, to: number, context: ParseContext = {}): ParseResult {
  const text = source.text;
  const diagnostics: Diagnostic[] = [];
  const roots: Unit[] = [];
  const stack: Open[] = [];
  let lastEnd = from;
  let fence: string | null = null;
  let inComment = false;
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

  const run = (): void => {
    let pos = from;
    while (pos < to) {
      let nl = text.indexOf('\n', pos);
      if (nl === -1 || nl >= to) nl = to;
      let lineEnd = nl;
      if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
      const next = nl + 1;
      const raw = text.slice(pos, lineEnd);

      // fenced code and HTML comments: text, never structure
      if (fence) {
        if (raw.trimStart().startsWith(fence)) fence = null;
        lastEnd = lineEnd;
        pos = next;
        continue;
      }
      const f = FENCE.exec(raw);
      if (f) {
        fence = f[1]!.slice(0, 3);
        textLine(pos, lineEnd, false, raw);
        pos = next;
        continue;
      }
      if (inComment) {
        if (raw.includes('-->')) inComment = false;
        lastEnd = lineEnd;
        pos = next;
        continue;
      }
      if (raw.trim() === '') {
        straight = false;
        pos = next;
        continue;
      }
      if (/^\s*<!--/.test(raw) && !raw.includes('-->')) inComment = true;

      const { start: cs, heading: isHeadingLine } = lineContentStart(text, pos, lineEnd);
      const content = text.slice(cs, lineEnd);
      const opensWithQuote = /^[“"«„]/.test(content.replace(/^[*_]+/, ''));
      const insideQuote = trackQuotes && (curly > 0 || straight);
      let split: number | undefined;
      if (!(trackQuotes && opensWithQuote)) {
        const nfc = nfcWithMap(content);
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
        if (m) split = labelLine(pos, lineEnd, cs, m, nfc ? nfc.map : null, isHeadingLine);
        else textLine(pos, lineEnd, isHeadingLine, content);
      } else textLine(pos, lineEnd, isHeadingLine, content);

      if (trackQuotes) {
        const segment = split !== undefined ? text.slice(pos, split) : raw;
        for (let i = 0; i < segment.length; i++) {
          const c = segment.charCodeAt(i);
          if (c === 0x201c) {
            if (curly === 0) {
              curlyOpenedAt = pos + i;
              suppressed = 0;
            }
            curly++;
          } else if (c === 0x201d) curly = Math.max(0, curly - 1);
          else if (c === 0x22) straight = !straight;
        }
      }
      pos = split ?? next;
    }
  };

  const textLine = (ls: number, le: number, isHeadingLine: boolean, content: string): void => {
    let end = le;
    while (end > ls && /\s/.test(text.charAt(end - 1))) end--;
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

  const labelLine = (ls: number, le: number, cs: number, m: LabelMatch, map: Int32Array | null, isHeadingLine: boolean): number | undefined => {
    const at = (i: number): number => cs + (map ? map[Math.min(i, map.length - 1)]! : i);
    awaitingHeading = null;
    let rank = RANK[m.pattern];
    if (m.pattern === 'roman') rank = explicitPhanOpen > 0 ? RANK.muc : RANK.phan;
    const parentForKind = (() => {
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.rank < rank) return stack[i]!.unit;
      return null;
    })();
    const u = newUnit(kindOf(m.pattern, parentForKind, rank), m.pattern, ls);
    u.labelStart = at(m.start);
    u.labelEnd = at(m.end);
    u.label = text.slice(u.labelStart, u.labelEnd).normalize('NFC');
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
    let end = lineEnd;
    while (end > ls && /\s/.test(text.charAt(end - 1))) end--;
    const restStart = at(m.restStart);
    const headingLevel = HEADING_PATTERNS.has(m.pattern);
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
    fence = null;
    inComment = false;
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
  while (stack.length > 0) close(stack.pop()!);
  return { units: roots, diagnostics };
}

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
