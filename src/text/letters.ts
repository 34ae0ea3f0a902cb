/**
 * Is a code point a letter (`\p{L}`), a number (`\p{N}`), an upper-case letter (`\p{Lu}`)?
 * The same answers as those regular expressions under the `u` flag, without compiling them on the
 * way of a cold command (issue 16).
 *
 * V8 compiles a regular expression on its first execution, and one with a Unicode property escape
 * is slow to compile (0.2–2 ms each, for the astral ranges of its class, against ≈ 0.02 ms for one
 * without); a cold `quyche check` first-executed sixteen of them, most only to ask whether the
 * character after a label or a number is a letter. The grammar's regular expressions now stop
 * before that question and ask it here, of one code point.
 *
 * The answers for the code points of Vietnamese text and its punctuation are a table: Basic Latin
 * to the combining diacritical marks (U+0000–U+036F), Latin Extended Additional (U+1E00–U+1EFF,
 * ạ … ỹ), General Punctuation (U+2000–U+206F: no letter, no number) and the surrogates (U+D800–
 * U+DFFF, a lone one: neither). Every other code point — Greek, Cyrillic, CJK, astral letters such
 * as 𝐀 and 𠀀 — is asked of the regular expression itself, one shared per category, compiled
 * only when such a character is first asked about. test/text/letters.test.ts holds the table to
 * the regular expressions on every code point (0 to U+10FFFF) of the running node.
 */

// Bitmaps of [U+0000, U+0370) then [U+1E00, U+1F00): one hex digit per 4 code points, bit b of a
// digit (value 1 << b) for its code point 4k + b. Written by test/text/letters.test.ts (which
// prints them when they differ from node's).
const L_BITS =
  '0000000000000000efffff70efffff700000000000400240fffff7fffffff7ffffffffffffffffffffffffffffffffff' +
  'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff3cff3000f1050000' +
  '0000000000000000000000000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff';
const N_BITS =
  '000000000000ff300000000000000000000000000000c027000000000000000000000000000000000000000000000000' +
  '000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000' +
  '00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000';
const LU_BITS =
  '0000000000000000efffff70000000000000000000000000fffff7f70000000055555555555555aaaa455555555555b2' +
  '6decbd1b5d2dea11094aaaa455552d5555555555555550c6a75500000000000000000000000000000000000000000000' +
  '00000000000000000000000000005555555555555555555555555555555555555104555555555555555555555555';

const LETTER = 1;
const NUMBER = 2;
const UPPER = 4;
/** the code point is outside the table: ask the regular expression */
const UNKNOWN = -1;

let table: Uint8Array | undefined;

function build(): Uint8Array {
  const t = new Uint8Array(0x470);
  for (const [bits, flag] of [[L_BITS, LETTER], [N_BITS, NUMBER], [LU_BITS, UPPER]] as const) {
    for (let k = 0; k < bits.length; k++) {
      const v = parseInt(bits[k]!, 16);
      for (let b = 0; b < 4; b++) if (v & (1 << b)) t[4 * k + b]! |= flag;
    }
  }
  return t;
}

function flags(cp: number): number {
  let i: number;
  if (cp < 0x370) i = cp;
  else if (cp >= 0x1e00 && cp < 0x1f00) i = cp - 0x1e00 + 0x370;
  else if ((cp >= 0x2000 && cp < 0x2070) || (cp >= 0xd800 && cp < 0xe000)) return 0;
  else return UNKNOWN;
  return (table ??= build())[i]!;
}

let reL: RegExp | undefined;
let reN: RegExp | undefined;
let reLu: RegExp | undefined;

/** `\p{L}` */
export function isLetter(cp: number): boolean {
  const f = flags(cp);
  return f === UNKNOWN ? (reL ??= /\p{L}/u).test(String.fromCodePoint(cp)) : (f & LETTER) !== 0;
}

/** `\p{N}` */
export function isNumber(cp: number): boolean {
  const f = flags(cp);
  return f === UNKNOWN ? (reN ??= /\p{N}/u).test(String.fromCodePoint(cp)) : (f & NUMBER) !== 0;
}

/** `[\p{L}\p{N}]` */
export function isLetterOrNumber(cp: number): boolean {
  const f = flags(cp);
  return f === UNKNOWN ? isLetter(cp) || isNumber(cp) : (f & (LETTER | NUMBER)) !== 0;
}

/** `\p{Lu}` */
export function isUpper(cp: number): boolean {
  const f = flags(cp);
  return f === UNKNOWN ? (reLu ??= /\p{Lu}/u).test(String.fromCodePoint(cp)) : (f & UPPER) !== 0;
}

/**
 * The code point at index i as a regular expression with the `u` flag reads it there: a
 * surrogate pair as one, a lone surrogate as itself; -1 at or past the end.
 */
export function codePointAt(s: string, i: number): number {
  return i < s.length ? s.codePointAt(i)! : -1;
}

/** The code point that ends just before index i, as a lookbehind with the `u` flag reads it; -1 at 0. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * `(?![\p{L}\p{N}])` at index i: no letter or number starts there (true at the end).
 */
export function noLetterOrNumberAt(s: string, i: number): boolean {
  return i >= s.length || !isLetterOrNumber(s.codePointAt(i)!);
}

/** `(?![\p{L}])` at index i: no letter starts there (true at the end). */
export function noLetterAt(s: string, i: number): boolean {
  return i >= s.length || !isLetter(s.codePointAt(i)!);
}

/**
 * `/[\p{L}\p{N}]/u.test(s.charAt(i))`: the code unit at index i is a letter or a number (half
 * of a surrogate pair, read alone, is neither); false out of range.
 */
export function isLetterOrNumberUnitAt(s: { readonly length: number; charAt(i: number): string }, i: number): boolean {
  return i >= 0 && i < s.length && isLetterOrNumber(s.charAt(i).charCodeAt(0));
}

/** `/\p{L}/u.exec(s)?.index`: where the first letter (code point) is, or -1. */
export function firstLetterIndex(s: string): number {
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (isLetter(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}
