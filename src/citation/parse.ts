/**
 * The citation grammar (product.md §3, vietnamese-conventions.md §4): a path of units, smallest
 * first in Party style (`Điểm 1.1, Khoản 1, Điều 8, Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ
 * Chính trị`) and state style (`điểm a khoản 2 Điều 103 của Bộ luật Hình sự`), or largest first
 * as informal texts write it (`Điều 7 khoản 3`); unit words in any case; commas optional;
 * lists (`các khoản 2, 3 và 4 Điều 5`, `khoản 1 và khoản 3 Điều 8`), ranges (`từ Điều 16 đến
 * Điều 23`), relative references (`khoản này`, `Điều này`, `Quy chế này`), headings (`tên Điều 40`).
 */
import { KIND_RANK } from '../document/kinds.js';
import { parseDate } from '../util/dates.js';
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

const NUMBER = /^(?:thứ\s+([\p{L}\d]+)|(\d{1,6}(?:\.\d{1,3})*[a-zđ]?\d{0,2})|([IVXLCDM]{1,7}[a-zđ]?)|([a-zđA-ZĐ]\d{0,2}))(?![\p{L}\p{N}])/u;
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
    if (m && !/[\p{L}\p{N}]/u.test(rest.charAt(m[0].length))) {
      const word = c.s.slice(c.i, c.i + m[0].length);
      c.i += m[0].length;
      return { level, word };
    }
  }
  return undefined;
}

function normaliseNumber(level: Level, m: RegExpExecArray): string | undefined {
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
  const m = NUMBER.exec(c.s.slice(c.i));
  if (!m) return undefined;
  const n = normaliseNumber(level, m);
  if (n === undefined) return undefined;
  c.i += m[0].length;
  return n;
}

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
  if (/^này(?![\p{L}])/iu.test(c.s.slice(c.i))) {
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

const TYPE_RE = new RegExp(`^(${DOCUMENT_TYPES.map((t) => t.toLowerCase()).join('|')})(?![\\p{L}])`, 'u');

function parseDocumentRef(text: string): DocumentRef | undefined {
  const s = text.replace(/^[\s,;:–—-]+|[\s,;.]+$/g, '');
  if (!s) return undefined;
  const lower = s.toLowerCase();
  const ref: DocumentRef = { text: s };
  const t = TYPE_RE.exec(lower);
  let rest = s;
  if (t) {
    ref.type = DOCUMENT_TYPES.find((d) => d.toLowerCase() === t[1])!;
    rest = s.slice(t[0].length);
    if (/^\s*này\s*$/iu.test(rest)) return { text: s, type: ref.type, relative: true };
  }
  const num = findNumber(rest);
  let afterNumber = rest;
  if (num) {
    ref.number = num.number;
    afterNumber = rest.slice(num.index + num.number.length);
  } else if (!t || !/^\p{Lu}/u.test(s)) {
    // a document named without a number is written with a capital: "Bộ luật Hình sự", not
    // the prose "quy định rằng"
    return undefined;
  }
  const date = /(?:^|[\s,])ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu.exec(afterNumber);
  if (date) {
    const d = parseDate(date[1]!);
    if (d) ref.date = d;
  }
  const issuer = /(?:^|[\s,])của\s+(.+?)(?=\s+(?:về|quy định về|ban hành)\s|[,;]|$)/iu.exec(afterNumber);
  if (issuer) ref.issuer = issuer[1]!.trim();
  const title = /(?:^|\s)về\s+(.+)$/iu.exec(afterNumber);
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

const SCAN_START = /(?<![\p{L}\p{N}])(?:các\s+|từ\s+)?(?:điểm|khoản|tiết|điều|mục|chương|phần|tiểu mục)\s+(?=\S)/giu;
const RELATIVE_DOC = new RegExp(`^[\\s,]*(?:(?:của|tại|thuộc)\\s+)?(${DOCUMENT_TYPES.map((t) => t.toLowerCase()).join('|')})\\s+này(?![\\p{L}])`, 'u');
const EXTERNAL_DOC = new RegExp(`^[\\s,]*(?:(?:của|tại|thuộc)\\s+)?(${DOCUMENT_TYPES.map((t) => t.toLowerCase()).join('|')})(?![\\p{L}])`, 'u');

/**
 * Citations inside prose ("theo quy định tại khoản 2 Điều 5", "quy định tại khoản này"), found
 * with the same grammar as `parseCitation`. A citation followed by another document's name is
 * marked external; "… Quy chế này" is not.
 */
export function scanCitations(text: string): FoundCitation[] {
  const out: FoundCitation[] = [];
  const c: Cursor = { s: text, lower: text.toLowerCase(), i: 0 };
  SCAN_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = SCAN_START.exec(text))) {
    if (m.index < consumed) continue;
    c.i = m.index;
    const written = readElements(c);
    if (written.length === 0) continue;
    let end = c.i;
    const rest = c.lower.slice(end, end + 60);
    const rel = RELATIVE_DOC.exec(rest);
    let external = false;
    if (rel) end += rel[0].length;
    else if (EXTERNAL_DOC.test(rest)) external = true;
    consumed = end;
    SCAN_START.lastIndex = end;
    const citation: Citation = { text: text.slice(m.index, end), heading: false, levels: orderLargestFirst(written) };
    if (rel) citation.document = { text: text.slice(end - rel[0].trimStart().length, end), relative: true };
    out.push({ start: m.index, end, citation, external });
  }
  return out;
}
