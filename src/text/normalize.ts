/**
 * The matching key of Vietnamese text (product.md §4): every phrase, quote and `expect` is
 * compared on this key, never on raw text, and hits are mapped back to source offsets.
 *
 * The key is: NFC; invisible characters (soft hyphen, zero-width, BOM) removed; every run of
 * whitespace (NBSP, tabs, line breaks included) folded to one space, none at the ends, none before
 * closing punctuation or after an opening bracket; curly quotes, guillemets and primes folded to
 * straight quotes; dashes to '-'; the look-alikes of Đ (Ð U+00D0, Ɖ) to Đ; '…' to '...'; and the
 * old tone placement (kiểu cũ: hòa, khỏe, thủy) moved to the new one (kiểu mới: hoà, khoẻ, thuỷ)
 * in open syllables oa / oe / uy, never after 'q' (quý stays) nor before a final consonant
 * (hoàng stays). Case is kept: matchers decide where case may differ.
 */
import { firstLetterIndex, isLetter } from './letters.js';
import { MappedBuilder, type MappedText, identity } from './mapped.js';

const GRAVE = 0x300;
const ACUTE = 0x301;
const TILDE = 0x303;
const HOOK = 0x309;
const DOT = 0x323;
const TONES = [GRAVE, ACUTE, TILDE, HOOK, DOT];

function isCombining(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

export function isWhitespace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Single-character folds applied after NFC. */
const FOLD = new Map<number, string>([
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'], [0x2033, '"'], [0xab, '"'], [0xbb, '"'],
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x2032, "'"],
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2015, '-'], [0x2212, '-'],
  [0xd0, 'Đ'], [0x189, 'Đ'], [0xf0, 'đ'],
  [0x2026, '...'],
]);

/** No space is kept before these. */
const CLOSING = new Set([0x2c, 0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d]);
/** No space is kept after these. */
const OPENING = new Set([0x28, 0x5b]);

// Tone placement tables, built from Unicode so they cannot drift from NFC.
const TONED = new Map<number, { base: number; tone: number }>();
const COMPOSE = new Map<string, number>();
for (const base of ['o', 'u', 'O', 'U']) {
  for (const tone of TONES) {
    const ch = (base + String.fromCharCode(tone)).normalize('NFC');
    if (ch.length === 1) TONED.set(ch.charCodeAt(0), { base: base.charCodeAt(0), tone });
  }
}
for (const base of ['a', 'e', 'y', 'A', 'E', 'Y']) {
  for (const tone of TONES) {
    const ch = (base + String.fromCharCode(tone)).normalize('NFC');
    if (ch.length === 1) COMPOSE.set(`${base.charCodeAt(0)}:${tone}`, ch.charCodeAt(0));
  }
}
const SECOND_AFTER_O = new Set([0x61, 0x65, 0x41, 0x45]); // a e A E
const SECOND_AFTER_U = new Set([0x79, 0x59]); // y Y

/** `/\p{L}/u.test(String.fromCharCode(c))`, false for -1 (no character). */
function isLetterCode(c: number): boolean {
  return c >= 0 && isLetter(c); // letters.ts answers Latin from its table
}

/**
 * Move old-style tone marks to the new position, in place, on a code-unit buffer.
 * One code unit is replaced by one, so source maps are untouched.
 */
function canonicalTones(b: MappedBuilder): void {
  const n = b.length;
  for (let i = 0; i + 1 < n; i++) {
    const t = TONED.get(b.codeAt(i));
    if (!t) continue;
    const next = b.codeAt(i + 1);
    const isO = t.base === 0x6f || t.base === 0x4f;
    if (isO ? !SECOND_AFTER_O.has(next) : !SECOND_AFTER_U.has(next)) continue;
    const after = i + 2 < n ? b.codeAt(i + 2) : -1;
    if (isLetterCode(after)) continue; // a final consonant: hoàng, toàn
    const before = i > 0 ? b.codeAt(i - 1) : -1;
    if (before === 0x71 || before === 0x51) continue; // q: quý, Quỳnh
    const composed = COMPOSE.get(`${next}:${t.tone}`);
    if (composed === undefined) continue;
    b.setCode(i, t.base);
    b.setCode(i + 1, composed);
  }
}

/**
 * Build the matching key of a mapped text (or of a plain string, mapped to itself).
 * The result maps every key code unit to the source range it came from.
 */
export function matchKey(input: MappedText | string): MappedText {
  const m = typeof input === 'string' ? identity(input) : input;
  const { text, starts, ends } = m;
  const n = text.length;
  const out = new MappedBuilder(n + 8);
  let pendingSpace = false;
  let spaceStart = 0;
  let spaceEnd = 0;

  const emit = (str: string, s: number, e: number): void => {
    const first = str.charCodeAt(0);
    if (pendingSpace) {
      pendingSpace = false;
      const last = out.lastCode();
      if (out.length > 0 && !CLOSING.has(first) && !OPENING.has(last)) out.push(0x20, spaceStart, spaceEnd);
    }
    // '' (two apostrophes) used as a closing double quote
    if (str === "'" && out.lastCode() === 0x27) {
      out.setCode(out.length - 1, 0x22);
      return;
    }
    out.pushString(str, s, e);
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    while (j < n && isCombining(text.charCodeAt(j))) j++;
    const s = starts[i]!;
    const e = ends[j - 1]!;
    if (j > i + 1) {
      const cluster = text.slice(i, j).normalize('NFC');
      const folded = cluster.length === 1 ? FOLD.get(cluster.charCodeAt(0)) ?? cluster : cluster;
      emit(folded, s, e);
      i = j;
      continue;
    }
    i = j;
    if (isWhitespace(c)) {
      if (!pendingSpace) {
        spaceStart = s;
        pendingSpace = true;
      }
      spaceEnd = e;
      continue;
    }
    if (isInvisible(c)) continue;
    if (c < 0x80) {
      emit(String.fromCharCode(c), s, e);
      continue;
    }
    const f = FOLD.get(c);
    emit(f ?? String.fromCharCode(c), s, e);
  }
  canonicalTones(out);
  return out.build();
}

/** Key of a plain string (no source needed). */
export function keyOf(s: string): string {
  return matchKey(s).text;
}

const LOOSE_CACHE = new Map<number, number>();
/**
 * Diacritics stripped and lower-cased, one code unit for one (so it shares the key's map).
 * Only for hints ("the quote matches only without diacritics: a mangled copy?"), never for
 * deciding a match.
 */
export function looseOf(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : key[i];
      continue;
    }
    let l = LOOSE_CACHE.get(c);
    if (l === undefined) {
      const ch = String.fromCharCode(c);
      let base = ch.normalize('NFD').charAt(0);
      if (ch === 'đ' || ch === 'Đ') base = 'd';
      base = base.toLowerCase();
      l = base.length === 1 ? base.charCodeAt(0) : c;
      LOOSE_CACHE.set(c, l);
    }
    out += String.fromCharCode(l);
  }
  return out;
}

/**
 * NFC of a string with, for each code unit of the result, the index in the input where its
 * cluster starts. Returns null when the input is already NFC (the common case).
 */
export function nfcWithMap(s: string): { text: string; map: Int32Array } | null {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300) {
      plain = false;
      break;
    }
  }
  if (plain || s.normalize('NFC') === s) return null;
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && j < s.length) j++;
    while (j < s.length && isCombining(s.charCodeAt(j))) j++;
    const cluster = j > i + 1 ? s.slice(i, j).normalize('NFC') : s.charAt(i);
    for (let k = 0; k < cluster.length; k++) map.push(i);
    text += cluster;
    i = j;
  }
  map.push(s.length);
  return { text, map: Int32Array.from(map) };
}

/** Upper-case the first letter of a string (for a replacement that opens a sentence or unit). */
export function capitalizeFirst(s: string): string {
  const i = firstLetterIndex(s);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toLocaleUpperCase('vi') + s.slice(i + 1);
}

/** The first character in lower case (Vietnamese rules): "Sửa đổi" → "sửa đổi". */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** The first character in upper case (Vietnamese rules); capitalizeFirst skips to the first letter. */
export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** An ASCII slug: diacritics dropped, đ → d, lower case, runs of anything else → "-" ("51/2024/QH15" → "51-2024-qh15"). */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
