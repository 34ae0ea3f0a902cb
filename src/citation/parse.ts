/**
 * The citation grammar (product.md §3, vietnamese-conventions.md §4): a path of units, smallest
 * first in Party style (`Điểm 1.1, Khoản 1, Điều 8, Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ
 * Chính trị`) and state style (`điểm a khoản 2 Điều 103 của Bộ luật Hình sự`), or largest first
 * as informal texts write it (`Điều 7 khoản 3`); unit words in any case; commas optional;
 * lists (`các khoản 2, 3 và 4 Điều 5`, `khoản 1 và khoản 3 Điều 8`), ranges (`từ Điều 16 đến
 * Điều 23`), relative references (`khoản này`, `Điều này`, `Quy chế này`), headings (`tên Điều 40`).
 */
import { KIND_RANK } from '../document/kinds.js';
import { endsParagraph } from '../markdown/blocks.js';
import { parseDate } from '../util/dates.js';
import { isSpaceCode } from '../text/space.js';
import { codePointAt, codePointBefore, isLetter, isLetterOrNumber, isUpper, noLetterAt, noLetterOrNumberAt } from '../text/letters.js';
import { findNumber, foldConfusables } from './docnumber.js';

export type Level = 'phan' | 'chuong' | 'muc' | 'tieu-muc' | 'dieu' | 'khoan' | 'diem' | 'tiet' | 'bullet';

export interface LevelRef {
  level: Level;
  /** the unit word as written: "Điểm", "khoản", "Tiết" */
  word: string;
  /** normalised numbers; several for a list; empty for a relative reference */
  numbers: string[];
  /** `từ Điều 16 đến Điều 23` */
  range?: { from: string; to: string };
  /** `khoản này` */
  relative?: boolean;
}

export interface DocumentRef {
  text: string;
  type?: string;
  number?: string;
  /** ISO date */
  date?: string;
  issuer?: string;
  /** trích yếu, or the name of a law cited by name (Bộ luật Hình sự) */
  title?: string;
  /** `Quy chế này` */
  relative?: boolean;
}

export interface Citation {
  text: string;
  /** `tên Điều 40`: the heading of the unit */
  heading: boolean;
  /** largest first */
  levels: LevelRef[];
  document?: DocumentRef;
}

const WORDS: Array<[RegExp, Level]> = [
  [/^tiểu mục/, 'tieu-muc'],
  [/^phần/, 'phan'],
  [/^chương/, 'chuong'],
  [/^mục/, 'muc'],
  [/^điều/, 'dieu'],
  [/^khoản/, 'khoan'],
  [/^điểm/, 'diem'],
  [/^tiết/, 'tiet'],
  [/^gạch đầu dòng/, 'bullet'],
];

export const DOCUMENT_TYPES = [
  'Văn bản hợp nhất', 'Thông tư liên tịch', 'Nghị quyết liên tịch', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Hiến pháp', 'Nghị quyết',
  'Nghị định', 'Quyết định', 'Quy định', 'Quy chế', 'Thông tư', 'Chỉ thị', 'Hướng dẫn', 'Kết luận', 'Thông báo', 'Thông tri',
  'Điều lệ', 'Công văn', 'Kế hoạch', 'Chương trình', 'Đề án', 'Báo cáo', 'Tờ trình', 'Văn bản',
];

const LEVEL_RANK: Readonly<Record<Level, number>> = KIND_RANK;

const ORDINAL_NUMBERS: Record<string, string> = {
  nhất: '1', một: '1', hai: '2', ba: '3', tư: '4', bốn: '4', năm: '5', sáu: '6', bảy: '7', tám: '8', chín: '9', mười: '10',
};

/*
 * The expressions of this grammar that had Unicode property escapes, as they were written (each
 * kept verbatim in test/citation/parse-pfree.property.test.ts as the oracle of the code that
 * replaces it; they cost 0.3–13 ms each to compile on a cold run, issue 16):
 *
 *   NUMBER        ^(?:thứ\s+([\p{L}\d]+)|(\d{1,6}(?:\.\d{1,3})*[a-zđ]?\d{0,2})|([IVXLCDM]{1,7}[a-zđ]?)|([a-zđA-ZĐ]\d{0,2}))(?![\p{L}\p{N}])   u
 *   TYPE_RE       ^(TYPES)(?![\p{L}])                                                       u
 *   SCAN_START    (?<![\p{L}\p{N}])(?:các\s+|từ\s+)?(?:điểm|khoản|tiết|điều|mục|chương|phần|tiểu mục)\s+(?=\S)   giu
 *   RELATIVE_DOC  ^[\s,]*(?:(?:của|tại|thuộc)\s+)?(TYPES)\s+này(?![\p{L}])                  u
 *   EXTERNAL_DOC  ^[\s,]*(?:(?:của|tại|thuộc)\s+)?(TYPES)(?![\p{L}])                         u
 *   and /^này(?![\p{L}])/iu, /^\p{Lu}/u, /[\p{L}\p{N}]/u (TYPES: DOCUMENT_TYPES lower-cased, in order)
 *
 * Each is now an expression without them, or a loop, and one question about the code point at its
 * end (src/text/letters.ts); why that gives the same match is written at each.
 */

/*
 * NUMBER. After `thứ` only its first alternative can match (the others cannot take `th`), and it
 * is read by code: \s+ and the run of letters and digits are whole runs (a shorter one leaves a
 * space, or a letter or digit, next). The other three alternatives only take characters of
 * [0-9.a-zđA-ZĐ], so wherever they try the lookahead, the next character is one of those —
 * whether it is a letter or number is known — or the first character past the run of them, c,
 * which is asked once: if c is a letter or number, the lookahead holds exactly where a dot or the
 * end follows (NUMBER_BEFORE_WORD), else exactly where no [0-9A-Za-zđĐ] follows (NUMBER_BEFORE_OTHER).
 */
const NUMBER_BEFORE_OTHER = /^(?:(\d{1,6}(?:\.\d{1,3})*[a-zđ]?\d{0,2})|([IVXLCDM]{1,7}[a-zđ]?)|([a-zđA-ZĐ]\d{0,2}))(?![0-9A-Za-zđĐ])/u;
const NUMBER_BEFORE_WORD = /^(?:(\d{1,6}(?:\.\d{1,3})*[a-zđ]?\d{0,2})|([IVXLCDM]{1,7}[a-zđ]?)|([a-zđA-ZĐ]\d{0,2}))(?![^.])/u;

/** NUMBER's match at the start of s: [whole, thứ's word, arabic, Roman, letter], or null. */
export function execNumber(s: string): [string, string | undefined, string | undefined, string | undefined, string | undefined] | null {
  if (s.startsWith('thứ')) {
    let i = 3;
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === 3) return null;
    let e = i;
    for (let cp = codePointAt(s, e); cp >= 0 && ((cp >= 0x30 && cp <= 0x39) || isLetter(cp)); cp = codePointAt(s, e)) e += cp > 0xffff ? 2 : 1;
    return e > i && noLetterOrNumberAt(s, e) ? [s.slice(0, e), s.slice(i, e), undefined, undefined, undefined] : null;
  }
  let q = 0;
  for (let c = s.charCodeAt(0); (c >= 0x30 && c <= 0x39) || c === 0x2e || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x111 || c === 0x110; c = s.charCodeAt(++q));
  const m = (q < s.length && isLetterOrNumber(s.codePointAt(q)!) ? NUMBER_BEFORE_WORD : NUMBER_BEFORE_OTHER).exec(s);
  return m && [m[0], undefined, m[1], m[2], m[3]];
}
const LIST_SEP = /^(?:\s*,\s*và\s+|\s*,\s*hoặc\s+|\s*,\s*|\s+và\s+|\s+hoặc\s+)/u;
const ELEMENT_SEP = /^[\s,;–—-]*(?:(?:của|tại|thuộc)\s+)?/u;

interface Cursor {
  s: string;
  lower: string;
  i: number;
}

function skip(c: Cursor, re: RegExp): boolean {
  const m = re.exec(c.s.slice(c.i));
  if (m && m[0].length > 0) {
    c.i += m[0].length;
    return true;
  }
  return false;
}

function readWord(c: Cursor): { level: Level; word: string } | undefined {
  const rest = c.lower.slice(c.i);
  for (const [re, level] of WORDS) {
    const m = re.exec(rest);
    // the code unit after the word, as /[\p{L}\p{N}]/u.test(rest.charAt(…)) asked it
    if (m && (m[0].length >= rest.length || !isLetterOrNumber(rest.charCodeAt(m[0].length)))) {
      const word = c.s.slice(c.i, c.i + m[0].length);
      c.i += m[0].length;
      return { level, word };
    }
  }
  return undefined;
}

function normaliseNumber(level: Level, m: NonNullable<ReturnType<typeof execNumber>>): string | undefined {
  if (m[1] !== undefined) return /^\d+$/.test(m[1]) ? m[1] : ORDINAL_NUMBERS[m[1].toLowerCase()];
  if (m[2] !== undefined) return m[2].split('.').map((p) => p.replace(/^0+(?=\d)/, '')).join('.');
  if (m[3] !== undefined) {
    // "Điểm c" is a letter, not Roman 100
    if (level === 'diem' || level === 'tiet') return m[3].length === 1 ? m[3].toLowerCase() : undefined;
    return m[3].slice(0, m[3].replace(/[a-zđ]$/u, '').length).toUpperCase() + m[3].slice(m[3].replace(/[a-zđ]$/u, '').length);
  }
  if (m[4] !== undefined) {
    if (level === 'phan' || level === 'chuong' || level === 'muc' || level === 'dieu' || level === 'khoan' || level === 'tieu-muc') return undefined;
    return m[4].toLowerCase();
  }
  return undefined;
}

function readNumber(c: Cursor, level: Level): string | undefined {
  const m = execNumber(c.s.slice(c.i));
  if (!m) return undefined;
  const n = normaliseNumber(level, m);
  if (n === undefined) return undefined;
  c.i += m[0].length;
  return n;
}

// /^này(?![\p{L}])/iu at i: the letters that match "này" ignoring case are each one code unit
const NAY = /^này/iu;
export const nayAt = (s: string, i: number): boolean => NAY.test(s.slice(i)) && noLetterAt(s, i + 3);

/** Parse one element: `[các] [từ] WORD N[, N và N]`, `WORD này`, `từ WORD N đến [WORD] M`. */
function readElement(c: Cursor): LevelRef | undefined {
  const start = c.i;
  skip(c, /^các\s+/iu);
  const from = skip(c, /^từ\s+/iu);
  const w = readWord(c);
  if (!w) {
    c.i = start;
    return undefined;
  }
  skip(c, /^\s+/);
  if (nayAt(c.s, c.i)) {
    c.i += 3;
    return { level: w.level, word: w.word, numbers: [], relative: true };
  }
  const rangeAfterWord = !from && skip(c, /^từ\s+/iu);
  const first = readNumber(c, w.level);
  if (first === undefined) {
    c.i = start;
    return undefined;
  }
  if (from || rangeAfterWord) {
    const save = c.i;
    if (skip(c, /^\s+đến\s+/iu)) {
      const save2 = c.i;
      const w2 = readWord(c);
      if (w2 && w2.level !== w.level) c.i = save2;
      skip(c, /^\s+/);
      const to = readNumber(c, w.level);
      if (to !== undefined) return { level: w.level, word: w.word, numbers: [first, to], range: { from: first, to } };
    }
    c.i = save;
  }
  const numbers = [first];
  for (;;) {
    const save = c.i;
    if (!skip(c, LIST_SEP)) break;
    // "khoản 1 và khoản 3": the same word again continues the list
    const save2 = c.i;
    const again = readWord(c);
    if (again && again.level === w.level) skip(c, /^\s+/);
    else c.i = save2;
    const n = readNumber(c, w.level);
    if (n === undefined) {
      c.i = save;
      break;
    }
    numbers.push(n);
  }
  return { level: w.level, word: w.word, numbers };
}

const LOWER_TYPES = DOCUMENT_TYPES.map((t) => t.toLowerCase());

/**
 * TYPE_RE at i: the first document type (in the order of DOCUMENT_TYPES) written at i and not
 * followed by a letter — the alternation of literals tried in turn, each with its lookahead.
 */
export function typeAt(lower: string, i: number): string | undefined {
  for (const t of LOWER_TYPES) if (lower.startsWith(t, i) && noLetterAt(lower, i + t.length)) return t;
  return undefined;
}

/*
 * The issuer and the title, as /(?:^|[\s,])của\s+(.+?)(?=…)/iu and /(?:^|\s)về\s+(.+)$/iu were
 * written, with `.` spelled as the class it stands for ([^\n\r\u2028\u2029], the same code points
 * with or without case folding): V8 compiled `.` under flags iu about 0.3 ms slower (issue 16;
 * test/citation/parse-pfree.property.test.ts holds them to the expressions with `.`).
 */
export const ISSUER = /(?:^|[\s,])của\s+([^\n\r\u2028\u2029]+?)(?=\s+(?:về|quy định về|ban hành)\s|[,;]|$)/iu;
export const TITLE = /(?:^|\s)về\s+([^\n\r\u2028\u2029]+)$/iu;

function parseDocumentRef(text: string): DocumentRef | undefined {
  const s = text.replace(/^[\s,;:–—-]+|[\s,;.]+$/g, '');
  if (!s) return undefined;
  const lower = s.toLowerCase();
  const ref: DocumentRef = { text: s };
  const t = typeAt(lower, 0);
  let rest = s;
  if (t) {
    ref.type = DOCUMENT_TYPES.find((d) => d.toLowerCase() === t)!;
    rest = s.slice(t.length);
    if (/^\s*này\s*$/iu.test(rest)) return { text: s, type: ref.type, relative: true };
  }
  const num = findNumber(rest);
  let afterNumber = rest;
  if (num) {
    ref.number = num.number;
    afterNumber = rest.slice(num.index + num.number.length);
  } else if (!t || !isUpper(s.codePointAt(0)!)) {
    // a document named without a number is written with a capital: "Bộ luật Hình sự", not
    // the prose "quy định rằng"
    return undefined;
  }
  const date = /(?:^|[\s,])ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu.exec(afterNumber);
  if (date) {
    const d = parseDate(date[1]!);
    if (d) ref.date = d;
  }
  const issuer = ISSUER.exec(afterNumber);
  if (issuer) ref.issuer = issuer[1]!.trim();
  const title = TITLE.exec(afterNumber);
  if (title) ref.title = title[1]!.trim();
  if (!num && t) {
    // cited by name: "Bộ luật Hình sự", "Luật Bảo hiểm y tế"
    const name = rest.replace(/\s+(?:số\s+)?$/u, '').split(/\s*(?:,|\s(?:ngày|của)\s)/u)[0]!.trim();
    if (name) ref.title = `${ref.type} ${name}`.trim();
  }
  return ref;
}

/**
 * The unit elements written from the cursor on ("khoản 2 Điều 5", "điểm a, điểm c khoản 1"), in
 * the order written; the cursor is left after the last one.
 */
function readElements(c: Cursor): LevelRef[] {
  const written: LevelRef[] = [];
  for (;;) {
    const save = c.i;
    if (written.length > 0) skip(c, ELEMENT_SEP);
    const e = readElement(c);
    if (!e) {
      c.i = save;
      return written;
    }
    // "khoản 1, khoản 3 Điều 8": the same level again is a list, not a path
    const prev = written[written.length - 1];
    if (prev && prev.level === e.level && !prev.relative && !e.relative && !prev.range && !e.range) prev.numbers.push(...e.numbers);
    else written.push(e);
  }
}

/**
 * Parse a citation. Returns undefined when the text names no unit and no document.
 */
export function parseCitation(input: string): Citation | undefined {
  const s = foldConfusables(input).replace(/\s+/g, ' ').trim();
  const c: Cursor = { s, lower: s.toLowerCase(), i: 0 };
  let heading = false;
  if (skip(c, /^tên\s+(?:của\s+)?/iu)) heading = true;
  const written = readElements(c);
  const rest = s.slice(c.i);
  const document = parseDocumentRef(rest.replace(/^[\s,;–—-]*(?:của\s+)?/iu, ''));
  if (written.length === 0 && !document) return undefined;
  if (written.length === 0 && document && heading) return undefined;
  // trailing text that is neither a unit nor a document: not a citation
  if (!document && rest.trim() !== '' && !/^[\s.,;:)]*$/.test(rest)) return undefined;
  const levels = orderLargestFirst(written);
  const out: Citation = { text: input, heading, levels };
  if (document) out.document = document;
  return out;
}

/** Decide the written direction from the unambiguous levels (Mục names several levels). */
function orderLargestFirst(levels: LevelRef[]): LevelRef[] {
  const firm = levels.filter((l) => l.level !== 'muc');
  if (firm.length >= 2 && LEVEL_RANK[firm[0]!.level] < LEVEL_RANK[firm[firm.length - 1]!.level]) return [...levels];
  return [...levels].reverse();
}

export interface PathSegment {
  level: Level;
  word: string;
  number?: string;
  range?: { from: string; to: string };
  relative?: boolean;
}

/** Expand lists into separate paths (largest first); ranges stay one segment. */
export function expandPaths(c: Citation): PathSegment[][] {
  let paths: PathSegment[][] = [[]];
  for (const l of c.levels) {
    const segs: PathSegment[] = l.relative
      ? [{ level: l.level, word: l.word, relative: true }]
      : l.range
        ? [{ level: l.level, word: l.word, range: l.range }]
        : l.numbers.map((n) => ({ level: l.level, word: l.word, number: n }));
    paths = paths.flatMap((p) => segs.map((s) => [...p, s]));
  }
  return paths;
}

export function levelRank(l: Level): number {
  return LEVEL_RANK[l];
}

export interface FoundCitation {
  /** [start, end) in the scanned text */
  start: number;
  end: number;
  citation: Citation;
  /** the citation names another document (not "… này") */
  external: boolean;
}

/*
 * SCAN_START without its lookbehind, which is asked of the code point before each match; a match
 * it rejects is tried again one character on, as the expression's own scan would (a match starts
 * with a letter of one code unit). Flags gi instead of giu: the letters of these words match the
 * same characters ignoring case with or without u (every code point tried), but for k, which
 * with u also matches the Kelvin sign K (U+212A): written in. \s and (?=\S) are the same with or
 * without u.
 */
const SCAN_START = /(?:các\s+|từ\s+)?(?:điểm|[kK\u212a]hoản|tiết|điều|mục|chương|phần|tiểu mục)\s+(?=\S)/gi;

/** SCAN_START.exec(text) from lastIndex `from`: the next match, or null. */
export function execScanStart(text: string, from: number): RegExpExecArray | null {
  SCAN_START.lastIndex = from;
  for (;;) {
    const m = SCAN_START.exec(text);
    if (!m) return null;
    const before = codePointBefore(text, m.index);
    if (before < 0 || !isLetterOrNumber(before)) return m;
    SCAN_START.lastIndex = m.index + 1;
  }
}

/*
 * RELATIVE_DOC and EXTERNAL_DOC: the lead ([\s,]* and của/tại/thuộc with its spaces) can match in
 * one way only (giving back a space or a comma, or the word, leaves what no document type starts
 * with), so it is an expression without the rest; then the document types in their order, each
 * with what follows it, as the alternation tried them.
 */
const DOC_LEAD = /^[\s,]*(?:(?:của|tại|thuộc)\s+)?/u;

/** RELATIVE_DOC.exec(rest): [whole, type] for "… Quy chế này", or null. */
export function execRelativeDoc(rest: string): [string, string] | null {
  const p = DOC_LEAD.exec(rest)![0].length;
  for (const t of LOWER_TYPES) {
    if (!rest.startsWith(t, p)) continue;
    let q = p + t.length;
    while (q < rest.length && isSpaceCode(rest.charCodeAt(q))) q++;
    if (q > p + t.length && rest.startsWith('này', q) && noLetterAt(rest, q + 3)) return [rest.slice(0, q + 3), t];
  }
  return null;
}

/** EXTERNAL_DOC.test(rest): another document's type follows. */
export function isExternalDoc(rest: string): boolean {
  return typeAt(rest, DOC_LEAD.exec(rest)![0].length) !== undefined;
}

/**
 * Citations inside prose ("theo quy định tại khoản 2 Điều 5", "quy định tại khoản này"), found
 * with the same grammar as `parseCitation`. A citation followed by another document's name is
 * marked external; "… Quy chế này" is not.
 *
 * A citation is read inside one paragraph: a blank line or a line that opens another block (a list
 * item, a heading, a quote …) ends it, so "khoản 2" at the end of one and "Điều 5" at the start
 * of the next are two citations, not a path. The grammar reads
 * from a cursor over the rest of the paragraph from the citation's first word, lower-cased once
 * for every citation it holds — never the whole text at once (a 5 MB document: an 8 MB copy).
 */
export function scanCitations(text: string): FoundCitation[] {
  const out: FoundCitation[] = [];
  let c: Cursor = { s: '', lower: '', i: 0 };
  // text[base, limit) is c.s: from a citation's start to the end of its paragraph
  let base = 0;
  let limit = -1;
  let m: RegExpExecArray | null;
  let consumed = 0;
  let from = 0;
  while ((m = execScanStart(text, from))) {
    from = m.index + m[0].length;
    if (m.index < consumed) continue;
    if (m.index >= limit) {
      base = m.index;
      limit = paragraphEnd(text, m.index);
      const s = text.slice(base, limit);
      c = { s, lower: s.toLowerCase(), i: 0 };
    }
    c.i = m.index - base;
    const written = readElements(c);
    if (written.length === 0) {
      // a start whose words run on past the paragraph ("các⏎⏎khoản 2"): the next paragraph's own
      // citations are looked for from its start
      from = Math.min(from, limit);
      continue;
    }
    let end = c.i;
    const rest = c.lower.slice(end, end + 60);
    const rel = execRelativeDoc(rest);
    let external = false;
    if (rel) end += rel[0].length;
    else if (isExternalDoc(rest)) external = true;
    end += base;
    consumed = end;
    from = end;
    const citation: Citation = { text: text.slice(m.index, end), heading: false, levels: orderLargestFirst(written) };
    if (rel) citation.document = { text: text.slice(end - rel[0].trimStart().length, end), relative: true };
    out.push({ start: m.index, end, citation, external });
  }
  return out;
}

/**
 * Where the paragraph that holds text[at] ends: the line break before the next line that is blank
 * (spaces, tabs and \r only) or ends it as the block layer says (`endsParagraph`), or the end.
 */
function paragraphEnd(text: string, at: number): number {
  for (let nl = text.indexOf('\n', at); nl !== -1; ) {
    let q = nl + 1;
    while (q < text.length) {
      const ch = text.charCodeAt(q);
      if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0d) break;
      q++;
    }
    if (q >= text.length || text.charCodeAt(q) === 0x0a) return nl;
    const next = text.indexOf('\n', q);
    if (endsParagraph(text.slice(q, next === -1 ? text.length : next).replace(/\r$/, ''))) return nl;
    nl = next;
  }
  return text.length;
}
