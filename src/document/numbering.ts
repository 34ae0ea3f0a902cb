/**
 * Vietnamese numbering: the 23-letter alphabet of điểm, Roman numerals of Phần/Chương,
 * ordinal words (Phần thứ nhất), and the order of inserted labels (Nghị định 78/2025 Điều 69 k4:
 * Điều 5a after 5, khoản 2a after 2, điểm d1 after d, đ after d1).
 */

/** Bảng chữ cái của điểm: no f, j, w, z; no ă â ê ô ơ ư. `/[a-z]/` does not match đ. */
const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

const LETTER_INDEX = new Map<string, number>(POINT_LETTERS.map((l, i) => [l, i + 1]));

/** 1-based position in the Vietnamese point alphabet, or 0 for a letter outside it (f, j, w, z). */
function letterIndex(letter: string): number {
  return LETTER_INDEX.get(letter.toLowerCase()) ?? 0;
}

export function letterAt(index: number): string | undefined {
  return POINT_LETTERS[index - 1];
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Value of a well-formed Roman numeral (I … MMMCMXCIX), or 0 when malformed (e.g. IIX). */
export function romanValue(s: string): number {
  const u = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(u)) return 0;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN_VALUES[u[i]!]!;
    const next = i + 1 < u.length ? ROMAN_VALUES[u[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === u ? total : 0;
}

export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return '';
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let r = n;
  for (const [v, s] of table) {
    while (r >= v) {
      out += s;
      r -= v;
    }
  }
  return out;
}

/** "thứ nhất", "thứ hai", … "thứ mười" → 1…10 (Phần thứ nhất of the Bộ luật Dân sự). */
const ORDINALS: Record<string, number> = {
  'nhất': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};

export function ordinalValue(word: string): number {
  return ORDINALS[word.normalize('NFC').toLowerCase()] ?? 0;
}

export const ORDINAL_WORDS = Object.keys(ORDINALS);

/**
 * A comparable position for a label within its sibling sequence: [base, suffix].
 * Arabic "5a" → [5, 1]; letter "d1" → [4, 1]; "đ" → [5, 0]; Roman "IIa" → [2, 1].
 * Base 0 means the label cannot be placed in a sequence (reported as `numbering`).
 */
export type SequenceKey = readonly [number, number];

export function arabicKey(number: string): SequenceKey {
  const m = /^(\d+)([a-zđ]?)$/u.exec(number);
  if (!m) return [0, 0];
  return [parseInt(m[1]!, 10), m[2] ? letterIndex(m[2]) || 99 : 0];
}

export function letterKey(number: string): SequenceKey {
  const m = /^([a-zđ])(\d*)$/u.exec(number);
  if (!m) return [0, 0];
  return [letterIndex(m[1]!), m[2] ? parseInt(m[2], 10) : 0];
}

export function romanKey(number: string): SequenceKey {
  const m = /^([IVXLCDM]+)([a-zđ]?)$/iu.exec(number);
  if (!m) return [0, 0];
  return [romanValue(m[1]!), m[2] ? letterIndex(m[2]) || 99 : 0];
}

/** Decimal "1.2" → last component [2, 0], with the prefix checked separately. */
export function decimalKey(number: string): SequenceKey {
  const m = /^(?:\d+\.)+(\d+)([a-zđ]?)$/u.exec(number);
  if (!m) return [0, 0];
  return [parseInt(m[1]!, 10), m[2] ? letterIndex(m[2]) || 99 : 0];
}

export function compareKeys(a: SequenceKey, b: SequenceKey): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * Whether `next` may follow `prev` in a sequence: the next base with no suffix, or the same base
 * with the next suffix (5 → 5a → 5b → 6; d → d1 → d2 → đ).
 */
export function isSuccessor(prev: SequenceKey, next: SequenceKey): boolean {
  if (next[0] === prev[0]) return next[1] === prev[1] + 1;
  return next[0] === prev[0] + 1 && next[1] === 0;
}

/** The position of a label in its sibling sequence, by the pattern it was recognised by. */
export function sequenceKey(pattern: string, number: string): SequenceKey {
  switch (pattern) {
    case 'letter':
      return letterKey(number);
    case 'decimal':
      return decimalKey(number);
    case 'chuong':
    case 'phan':
    case 'roman':
    case 'muc':
    case 'tieu-muc':
      return /^\d/.test(number) ? arabicKey(number) : romanKey(number);
    case 'dieu':
    case 'arabic':
    case 'paren':
      return arabicKey(number);
    default:
      return [0, 0];
  }
}
