/**
 * Document numbers (số, ký hiệu): Party `80-QĐ/TW`, `11-QĐi/TW`, `01-QC/TU`; state
 * `34/2016/NĐ-CP`, `64/2025/QH15`, `15/QĐ-BNV`, `51/VBHN-VPQH`.
 * Matching tolerates spaces, dashes, `Ð`/`Ɖ` for `Đ`, Cyrillic look-alikes, `TƯ` for `TW`, case
 * (`QĐI` = `QĐi`), leading zeros (`01` = `1`) and ASCII spellings (`80-QD/TW`).
 */

import { isLetter as isLetterCode, isNumber as isNumberCode, noLetterAt } from '../text/letters.js';

const CONFUSABLES: Record<string, string> = {
  'Ð': 'Đ', 'Ɖ': 'Đ', 'ð': 'đ',
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X', 'У': 'Y',
  'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y',
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-', '⁄': '/', '∕': '/',
};

/** Fold confusable characters (keeps diacritics). */
const ANY_CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'u');

export function foldConfusables(s: string): string {
  const nfc = s.normalize('NFC');
  if (!ANY_CONFUSABLE.test(nfc)) return nfc;
  let out = '';
  for (const ch of nfc) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/**
 * The comparison key of a document number: no spaces, ASCII letters upper-cased, diacritics
 * dropped (Đ → D), leading zeros of numeric parts dropped, `TƯ` → `TW`.
 */
export function numberKey(number: string): string {
  let s = foldConfusables(number).replace(/\s+/g, '');
  // /TƯ(?![\p{L}])/gu, the lookahead asked of the code point after each TƯ (src/text/letters.ts)
  const folded = s;
  s = s.replace(/TƯ/g, (tu: string, at: number) => (noLetterAt(folded, at + 2) ? 'TW' : tu));
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').toUpperCase();
  s = s.replace(/(^|[^0-9])0+(?=\d)/g, '$1');
  return s;
}

export function sameNumber(a: string, b: string): boolean {
  return numberKey(a) === numberKey(b);
}

/*
 * The two shapes, as regular expressions (the specification; test/citation/docnumber.property
 * holds the scanner below to them on generated strings):
 *
 *   Party  (?<![\p{L}\p{N}])(\d{1,4}[A-Za-z]?)\s*[-–—]\s*(\p{L}{1,6})\s*\/\s*(\p{L}{1,12}(?:-\p{L}{1,8})?)(?![\p{L}\p{N}])
 *          80-QĐ/TW, 11-QĐi/TW, 01-QC/TU, 16-HD/VPTU
 *   state  (?<![\p{L}\p{N}])(\d{1,5})\s*\/\s*(?:(\d{4})\s*\/\s*)?(\p{L}{1,8}(?:\d{1,2})?(?:\s*-\s*[\p{L}\d]{1,10}){0,3})(?![\p{L}\p{N}])
 *          34/2016/NĐ-CP, 64/2025/QH15, 01/2012/UBTVQH13, 15/QĐ-BNV, 51/VBHN-VPQH
 *
 * Written as a scanner because V8 compiles those counted Unicode classes slowly: 30–80 ms of a
 * cold `quyche check` went to their first two executions (bench/regexps.mjs; issue 16). A counted
 * run of letters or digits followed by something that may not be a letter or digit matches only a
 * whole run, so each part below reads a whole run and compares its length.
 */
const SPACE = /\s/u;

/** A view of a string by code points (the expressions above count code points: flag u). */
class Scan {
  constructor(readonly s: string) {}
  at(i: number): string {
    const c = this.s.codePointAt(i);
    return c === undefined ? '' : String.fromCodePoint(c);
  }
  before(i: number): string {
    if (i === 0) return '';
    const low = this.s.charCodeAt(i - 1);
    if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
      const high = this.s.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) return this.s.slice(i - 2, i);
    }
    return this.s[i - 1]!;
  }
  /** [end, count] of the run of code points from i that satisfy `ok` */
  run(i: number, ok: (ch: string) => boolean): [number, number] {
    let n = 0;
    for (let ch = this.at(i); ch !== '' && ok(ch); ch = this.at(i)) {
      i += ch.length;
      n++;
    }
    return [i, n];
  }
  spaces(i: number): number {
    return this.run(i, isSpace)[0];
  }
}
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9' && ch.length === 1;
const isAsciiLetter = (ch: string): boolean => ch.length === 1 && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
const isLetter = (ch: string): boolean => isLetterCode(ch.codePointAt(0)!);
const isNumber = (ch: string): boolean => isNumberCode(ch.codePointAt(0)!);
const isSpace = (ch: string): boolean => SPACE.test(ch);
const isAlnum = (ch: string): boolean => ch !== '' && (isLetter(ch) || isNumber(ch));
const isDash = (ch: string): boolean => ch === '-' || ch === '–' || ch === '—';

/** The end of a Party number that starts at i (after a character that is no letter or number). */
function partyAt(t: Scan, i: number): number | undefined {
  const [d, nd] = t.run(i, isDigit);
  if (nd < 1 || nd > 4) return undefined;
  let j = d;
  if (isAsciiLetter(t.at(j))) j++;
  j = t.spaces(j);
  if (!isDash(t.at(j))) return undefined;
  j = t.spaces(j + 1);
  const [k, nk] = t.run(j, isLetter);
  if (nk < 1 || nk > 6) return undefined;
  j = t.spaces(k);
  if (t.at(j) !== '/') return undefined;
  j = t.spaces(j + 1);
  const [o, no] = t.run(j, isLetter);
  if (no < 1 || no > 12) return undefined;
  if (t.at(o) === '-') {
    const [u, nu] = t.run(o + 1, isLetter);
    if (nu >= 1 && nu <= 8 && !isAlnum(t.at(u))) return u;
  }
  return isAlnum(t.at(o)) ? undefined : o;
}

/** The end of a state number that starts at i (after a character that is no letter or number). */
function stateAt(t: Scan, i: number): number | undefined {
  const [d, nd] = t.run(i, isDigit);
  if (nd < 1 || nd > 5) return undefined;
  let j = t.spaces(d);
  if (t.at(j) !== '/') return undefined;
  j = t.spaces(j + 1);
  // the year: four digits and a slash, else the symbol must begin with a letter here
  const [y, ny] = t.run(j, isDigit);
  if (ny > 0) {
    if (ny !== 4) return undefined;
    const slash = t.spaces(y);
    if (t.at(slash) !== '/') return undefined;
    j = t.spaces(slash + 1);
  }
  const [l, nl] = t.run(j, isLetter);
  if (nl < 1 || nl > 8) return undefined;
  const [e, ne] = t.run(l, isDigit);
  if (ne > 2) return undefined;
  let end = e;
  // up to three "-part"s; a part that does not fit ends the number before its dash
  for (let rep = 0; rep < 3; rep++) {
    let k = t.spaces(end);
    if (t.at(k) !== '-') break;
    k = t.spaces(k + 1);
    const [p, np] = t.run(k, (ch) => isLetter(ch) || isDigit(ch));
    if (np < 1 || np > 10 || isAlnum(t.at(p))) break;
    end = p;
  }
  return isAlnum(t.at(end)) ? undefined : end;
}

/** Find a document number in a string; returns it as written and its index. */
export function findNumber(s: string): { number: string; index: number } | undefined {
  // every number has a slash (80-QĐ/TW, 34/2016/NĐ-CP): most texts searched have none
  if (!/[/⁄∕]/u.test(s)) return undefined;
  const f = foldConfusables(s);
  const t = new Scan(f);
  for (let i = f.search(/\d/); i >= 0 && i < f.length; i++) {
    if (!isDigit(f[i]!) || isAlnum(t.before(i))) continue;
    const end = partyAt(t, i) ?? stateAt(t, i);
    if (end !== undefined) return { number: f.slice(i, end).replace(/\s+/g, '').replace(/[–—]/g, '-'), index: i };
  }
  return undefined;
}

