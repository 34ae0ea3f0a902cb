/**
 * The label grammar: does a line start with a printed label, and which one.
 *
 * Units are recognised from their labels as printed (product.md §2), never from Markdown list
 * syntax: `Phần I`, `Phần thứ nhất`, `Chương II`, `Mục 1`, `Tiểu mục 1`, `Điều 5a.`, `Điều 1:`,
 * `ĐIỀU 1`, Roman outline `I.` / `II-`, `1.`, `2a.`, `1-`, `1.1.`, `1.1-`, `a)`, `đ)`, `d1)`,
 * `(1)`, and `-`/`+`/`•`/`*` bullets. The function sees the line's content after indentation,
 * `>` markers and `#` heading markers, NFC-normalised.
 */
import { codePointAt, isLetter, isUpper, noLetterOrNumberAt } from '../text/letters.js';
import { isSpaceCode } from '../text/space.js';
import { ORDINAL_WORDS, ordinalValue, romanValue } from './numbering.js';

export type Pattern =
  | 'phan'
  | 'chuong'
  | 'muc'
  | 'tieu-muc'
  | 'dieu'
  | 'roman'
  | 'arabic'
  | 'decimal'
  | 'letter'
  | 'paren'
  | 'bullet'
  | 'bullet2';


export interface LabelMatch {
  pattern: Pattern;
  /** index in the content where the label starts (after a Markdown list marker or emphasis) */
  start: number;
  /** index where the label as printed ends (separator included) */
  end: number;
  /** normalised number: "5a", "1.1", "đ", "d1", "II", "1" (Phần thứ nhất) */
  number: string;
  /** index where the rest of the line (heading or text) starts */
  restStart: number;
  /** a letter outside the Vietnamese point alphabet, an invalid Roman numeral … */
  anomaly?: 'letter-outside-alphabet' | 'invalid-roman';
}

const SP = '[ \\t\\u00a0]';
const AFTER = '(?=[\\s*_]|$)';

/*
 * The heading-level labels and the khoản label, as they were written (each kept verbatim in
 * test/document/labels-pfree.property.test.ts as the oracle of the code below):
 *
 *   Phần      ^(?:Phần|PHẦN)SP+(?:(?:thứ|THỨ)SP+(nhất|hai|…|mười|[\p{Lu}]+)|([IVXLCDM]+)([a-zđ]?)|(\d{1,2}))(?![\p{L}\p{N}])
 *   Chương    ^(?:Chương|CHƯƠNG)SP+(?:([IVXLCDM]+)([a-zđ]?)|(\d{1,3})([a-zđ]?))(?![\p{L}\p{N}])
 *   Mục       ^(?:Mục|MỤC)SP+(?:(\d{1,3})([a-zđ]?)|([IVXLCDM]+))(?![\p{L}\p{N}])
 *   Tiểu mục  ^(?:Tiểu mục|TIỂU MỤC)SP+(\d{1,3})([a-zđ]?)(?![\p{L}\p{N}])
 *   Điều      ^(?:Điều|ĐIỀU)SP+(\d{1,6})([a-zđ]?)(?![\p{L}\p{N}])
 *   khoản     ^(\d{1,3})([a-zđ]?)(\.\.?|[\-–])(?=[\s*_]|$|\p{Lu})            (all with flag u)
 *
 * Their Unicode property escapes made each cost 0.2–1 ms to compile on a cold run (issue 16), so
 * the expressions below stop before the lookahead, which is one question about the next code
 * point (src/text/letters.ts). That gives the same match because none of them can backtrack
 * into another one that the lookahead would have let through: SP+ gives back only a space, which
 * no alternative can start with; a shorter run of digits or Roman numerals leaves a digit or a
 * Roman numeral next, which is a letter or number (and the optional [a-zđ] cannot take it); giving
 * back the optional [a-zđ] leaves that letter next; the alternatives open with disjoint
 * characters (digits, Roman numerals, t/T of thứ); after `1..`, giving back a dot leaves a dot,
 * which is neither a space, `*`, `_`, the end nor a capital. Phần thứ … is read by code that
 * tries the ordinal words in their order, then a run of capitals, as the alternation did.
 */
const RE_PHAN_HEAD = new RegExp(`^(?:Phần|PHẦN)${SP}+`, 'u');
const RE_PHAN_NUMBER = new RegExp(`^(?:Phần|PHẦN)${SP}+(?:([IVXLCDM]+)([a-zđ]?)|(\\d{1,2}))`, 'u');
const RE_CHUONG = new RegExp(`^(?:Chương|CHƯƠNG)${SP}+(?:([IVXLCDM]+)([a-zđ]?)|(\\d{1,3})([a-zđ]?))`, 'u');
const RE_MUC = new RegExp(`^(?:Mục|MỤC)${SP}+(?:(\\d{1,3})([a-zđ]?)|([IVXLCDM]+))`, 'u');
const RE_TIEU_MUC = new RegExp(`^(?:Tiểu mục|TIỂU MỤC)${SP}+(\\d{1,3})([a-zđ]?)`, 'u');
const RE_DIEU = new RegExp(`^(?:Điều|ĐIỀU)${SP}+(\\d{1,6})([a-zđ]?)`, 'u');
const RE_ROMAN = new RegExp(`^([IVXLCDM]{1,7})${SP}*([.\\-–])${SP}+`, 'u');
// "1. Nội dung", and as typed in real texts "1.Nội dung", "2..Nội dung"
const RE_KHOAN = new RegExp(`^(\\d{1,3})([a-zđ]?)(\\.\\.?|[\\-–])`, 'u');

/** The match of an expression above if no letter or number follows it, else null. */
function wordEnds(m: RegExpExecArray | null, t: string): RegExpExecArray | null {
  return m && noLetterOrNumberAt(t, m.index + m[0].length) ? m : null;
}

type PhanMatch = [string, string | undefined, string | undefined, string | undefined, string | undefined];

/** Phần: the match [whole, ordinal word or capitals, Roman, its letter, arabic] at 0, or null. */
export function execPhan(t: string): PhanMatch | null {
  const head = RE_PHAN_HEAD.exec(t);
  if (!head) return null;
  const p = head[0].length;
  if (t.startsWith('thứ', p) || t.startsWith('THỨ', p)) {
    let q = p + 3;
    while (q < t.length && (t[q] === ' ' || t[q] === '\t' || t[q] === '\u00a0')) q++;
    if (q === p + 3) return null;
    for (const w of ORDINAL_WORDS) {
      if (t.startsWith(w, q) && noLetterOrNumberAt(t, q + w.length)) return [t.slice(0, q + w.length), w, undefined, undefined, undefined];
    }
    let e = q;
    for (let cp = codePointAt(t, e); cp >= 0 && isUpper(cp); cp = codePointAt(t, e)) e += cp > 0xffff ? 2 : 1;
    if (e > q && noLetterOrNumberAt(t, e)) return [t.slice(0, e), t.slice(q, e), undefined, undefined, undefined];
    return null;
  }
  const m = wordEnds(RE_PHAN_NUMBER.exec(t), t);
  return m && [m[0], undefined, m[1], m[2], m[3]];
}

/** Chương, Mục, Tiểu mục, Điều: the match as the expressions above gave it, or null. */
export const execChuong = (t: string): RegExpExecArray | null => wordEnds(RE_CHUONG.exec(t), t);
export const execMuc = (t: string): RegExpExecArray | null => wordEnds(RE_MUC.exec(t), t);
export const execTieuMuc = (t: string): RegExpExecArray | null => wordEnds(RE_TIEU_MUC.exec(t), t);
export const execDieu = (t: string): RegExpExecArray | null => wordEnds(RE_DIEU.exec(t), t);

/** khoản `1.` `2a.` `1..` `1-`: followed by a space, `*`, `_`, the end or a capital. */
export function execKhoan(t: string): RegExpExecArray | null {
  const m = RE_KHOAN.exec(t);
  if (!m) return null;
  const e = m[0].length;
  const c = t.charCodeAt(e);
  return e >= t.length || isSpaceCode(c) || c === 0x2a || c === 0x5f || isUpper(t.codePointAt(e)!) ? m : null;
}
const RE_DECIMAL = new RegExp(`^(\\d{1,3}(?:\\.\\d{1,2})+)([a-zđ]?)([.\\-–])?${AFTER}`, 'u');
const RE_LETTER = /^([a-zđ])(\d{0,2})\)/u;
const RE_PAREN = new RegExp(`^\\((\\d{1,2})\\)${AFTER}`, 'u');
const RE_BULLET = new RegExp(`^([-–•+*])${SP}+`, 'u');
const RE_SEPARATOR = new RegExp(`^${SP}*([.:\\-–—])${SP}*`, 'u');
const RE_EMPHASIS_OPEN = /^(\*\*|__|\*|_)(?=\S)/;

/** The letters of s (s.replace(/[^\p{L}]/gu, ''), read by code point). */
export function lettersOf(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    if (!isLetter(cp)) {
      out += s.slice(from, i);
      from = i + n;
    }
    i += n;
  }
  return from === 0 ? s : out + s.slice(from);
}

function isAllCaps(s: string): boolean {
  const letters = lettersOf(s);
  return letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
}

/**
 * The first letter after emphasis markers, as /^[*_]*([\p{L}])/u.exec(s)[1] gave it (the run of
 * markers is a whole run: giving one back leaves a marker, no letter), or undefined.
 */
export function firstLetter(s: string): string | undefined {
  let i = 0;
  while (s[i] === '*' || s[i] === '_') i++;
  const cp = codePointAt(s, i);
  return cp >= 0 && isLetter(cp) ? String.fromCodePoint(cp) : undefined;
}

/** Does the text open with a capital letter (emphasis markers aside)? */
function firstLetterIsUpper(s: string): boolean {
  const m = firstLetter(s);
  if (m === undefined) return false;
  return m === m.toLocaleUpperCase('vi') && m !== m.toLocaleLowerCase('vi');
}

/** Skip the separator after a heading-level number; return the rest start and whether one was seen. */
function separator(s: string, at: number): { rest: number; sep: boolean; labelEnd: number } {
  const m = RE_SEPARATOR.exec(s.slice(at));
  if (m) {
    const sepEnd = at + m[0].indexOf(m[1]!) + 1;
    return { rest: at + m[0].length, sep: true, labelEnd: sepEnd };
  }
  let rest = at;
  while (rest < s.length && /[ \t\u00a0]/.test(s[rest]!)) rest++;
  return { rest, sep: false, labelEnd: at };
}

function stripEmphasisStart(s: string, i: number): number {
  let j = i;
  while (j < s.length && (s[j] === '*' || s[j] === '_')) j++;
  return j;
}

/**
 * Heading-level labels (Phần, Chương, Mục, Tiểu mục) on a line that is not a Markdown heading
 * are accepted only when what follows looks like a title: nothing, a separator, or capitals.
 * This rejects wrapped prose such as "Chương III và Chương IV của Luật này." or
 * "Phần thứ nhất bao gồm từ …".
 */
function acceptHeadingRest(s: string, rest: number, sep: boolean, isHeadingLine: boolean): boolean {
  if (isHeadingLine) return true;
  const r = s.slice(stripEmphasisStart(s, rest));
  if (r.trim() === '' || /^[*_]+\s*$/.test(r)) return true;
  if (sep) return true;
  return isAllCaps(r);
}

function matchHeadingLevel(s: string, at: number, isHeadingLine: boolean): LabelMatch | null {
  // every heading-level label opens with one of T(iểu mục), P(hần), C(hương), M(ục), Đ(iều)
  const c0 = s.charCodeAt(at);
  if (c0 !== 0x54 && c0 !== 0x50 && c0 !== 0x43 && c0 !== 0x4d && c0 !== 0x110) return null;
  const t = s.slice(at);
  let m: RegExpExecArray | null;
  if ((m = execTieuMuc(t))) {
    const sp = separator(s, at + m[0].length);
    if (!acceptHeadingRest(s, sp.rest, sp.sep, isHeadingLine)) return null;
    return { pattern: 'tieu-muc', start: at, end: sp.labelEnd, number: m[1]! + (m[2] ?? ''), restStart: sp.rest };
  }
  let p: PhanMatch | null;
  if ((p = execPhan(t))) {
    const m = p;
    let number: string;
    let anomaly: LabelMatch['anomaly'];
    if (m[1] !== undefined) {
      const v = ordinalValue(m[1]);
      if (!v) return null;
      number = String(v);
    } else if (m[2] !== undefined) {
      number = m[2].toUpperCase() + (m[3] ?? '');
      if (!romanValue(m[2])) anomaly = 'invalid-roman';
    } else number = m[4]!;
    const sp = separator(s, at + m[0].length);
    if (!acceptHeadingRest(s, sp.rest, sp.sep, isHeadingLine)) return null;
    return { pattern: 'phan', start: at, end: sp.labelEnd, number, restStart: sp.rest, ...(anomaly ? { anomaly } : {}) };
  }
  if ((m = execChuong(t))) {
    const sp = separator(s, at + m[0].length);
    if (!acceptHeadingRest(s, sp.rest, sp.sep, isHeadingLine)) return null;
    const roman = m[1];
    const number = roman !== undefined ? roman + (m[2] ?? '') : m[3]! + (m[4] ?? '');
    const anomaly = roman !== undefined && !romanValue(roman) ? ('invalid-roman' as const) : undefined;
    return { pattern: 'chuong', start: at, end: sp.labelEnd, number, restStart: sp.rest, ...(anomaly ? { anomaly } : {}) };
  }
  if ((m = execMuc(t))) {
    const sp = separator(s, at + m[0].length);
    if (!acceptHeadingRest(s, sp.rest, sp.sep, isHeadingLine)) return null;
    const number = m[1] !== undefined ? m[1] + (m[2] ?? '') : m[3]!;
    return { pattern: 'muc', start: at, end: sp.labelEnd, number, restStart: sp.rest };
  }
  if ((m = execDieu(t))) {
    const afterNumber = at + m[0].length;
    const sp = separator(s, afterNumber);
    // "Điều 5." / "Điều 5:" / "Điều 5" alone / "Điều 5 Tên điều" (capitalised title, no period);
    // not "Điều 5 của Luật này" nor "Điều 1 (Khoản 2): …" (text that merely starts with a citation).
    if (!isHeadingLine && !sp.sep) {
      const r = s.slice(stripEmphasisStart(s, sp.rest));
      if (r.trim() !== '' && !/^[*_]+\s*$/.test(r) && !firstLetterIsUpper(r)) return null;
    }
    return { pattern: 'dieu', start: at, end: sp.labelEnd, number: m[1]!.replace(/^0+(?=\d)/, '') + (m[2] ?? ''), restStart: sp.rest };
  }
  return null;
}

function matchBodyLevel(s: string, at: number): LabelMatch | null {
  // each pattern opens with its own class of character: a digit (decimal, arabic), a lower-case
  // letter (letter), '(' (paren), a Roman digit (roman); anything else is no body label
  const c0 = s.charCodeAt(at);
  const digit = c0 >= 0x30 && c0 <= 0x39;
  if (digit) return matchArabic(s, at);
  if ((c0 >= 0x61 && c0 <= 0x7a) || c0 === 0x111) return matchLetter(s, at);
  if (c0 === 0x28) return matchParen(s, at);
  if (c0 === 0x49 || c0 === 0x56 || c0 === 0x58 || c0 === 0x4c || c0 === 0x43 || c0 === 0x44 || c0 === 0x4d) return matchRoman(s, at);
  return null;
}

function matchArabic(s: string, at: number): LabelMatch | null {
  const t = s.slice(at);
  let m: RegExpExecArray | null;
  if ((m = RE_DECIMAL.exec(t))) {
    const parts = m[1]!.split('.');
    const wellFormed = parts.slice(1).every((p) => !/^0\d/.test(p));
    const hasRest = t.slice(m[0].length).trim() !== '';
    if (wellFormed && (m[3] !== undefined || hasRest)) {
      const end = at + m[0].length;
      return { pattern: 'decimal', start: at, end, number: parts.map((p) => String(parseInt(p, 10))).join('.') + (m[2] ?? ''), restStart: skipSpace(s, end) };
    }
  }
  if ((m = execKhoan(t))) {
    const end = at + m[0].length;
    return { pattern: 'arabic', start: at, end, number: String(parseInt(m[1]!, 10)) + (m[2] ?? ''), restStart: skipSpace(s, end) };
  }
  return null;
}

function matchLetter(s: string, at: number): LabelMatch | null {
  const t = s.slice(at);
  let m: RegExpExecArray | null;
  if ((m = RE_LETTER.exec(t))) {
    const end = at + m[0].length;
    const anomaly = /[fjwz]/.test(m[1]!) ? ('letter-outside-alphabet' as const) : undefined;
    return { pattern: 'letter', start: at, end, number: m[1]! + m[2]!, restStart: skipSpace(s, end), ...(anomaly ? { anomaly } : {}) };
  }
  return null;
}

function matchParen(s: string, at: number): LabelMatch | null {
  const t = s.slice(at);
  let m: RegExpExecArray | null;
  if ((m = RE_PAREN.exec(t))) {
    const end = at + m[0].length;
    return { pattern: 'paren', start: at, end, number: String(parseInt(m[1]!, 10)), restStart: skipSpace(s, end) };
  }
  return null;
}

function matchRoman(s: string, at: number): LabelMatch | null {
  const t = s.slice(at);
  let m: RegExpExecArray | null;
  if ((m = RE_ROMAN.exec(t))) {
    const value = romanValue(m[1]!);
    const rest = at + m[0].length;
    const r = s.slice(stripEmphasisStart(s, rest));
    if (value && firstLetterIsUpper(r)) {
      return { pattern: 'roman', start: at, end: at + m[0].indexOf(m[2]!) + 1, number: m[1]!, restStart: rest };
    }
  }
  return null;
}

function skipSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && /[ \t\u00a0]/.test(s[j]!)) j++;
  return j;
}

/**
 * Match a label at the start of a line's content. `isHeadingLine`: the line is a Markdown
 * heading (`#`), where heading-level labels need no further evidence.
 */
export function matchLabel(content: string, isHeadingLine = false): LabelMatch | null {
  let at = 0;
  const c0 = content.charCodeAt(0);
  // a Markdown list marker in front of a label ("- a) …", "* 1. …") is syntax, not a bullet
  const bullet = c0 === 0x2d || c0 === 0x2013 || c0 === 0x2022 || c0 === 0x2b || c0 === 0x2a ? RE_BULLET.exec(content) : null;
  if (bullet) {
    const inner = bullet[0].length;
    const innerAt = stripEmphasisStart(content, inner);
    const labelled = matchHeadingLevel(content, innerAt, false) ?? matchBodyLevel(content, innerAt);
    if (labelled && labelled.pattern !== 'roman') return labelled;
    const mark = bullet[1]!;
    return {
      pattern: mark === '+' ? 'bullet2' : 'bullet',
      start: 0,
      end: 1,
      number: '',
      restStart: inner,
    };
  }
  const em = c0 === 0x2a || c0 === 0x5f ? RE_EMPHASIS_OPEN.exec(content) : null;
  if (em) at = em[0].length;
  return matchHeadingLevel(content, at, isHeadingLine) ?? matchBodyLevel(content, at);
}

/** Is this line (plain) a title line that may carry the heading of a label on the line before? */
export function looksLikeTitle(content: string): boolean {
  return isAllCaps(content);
}
