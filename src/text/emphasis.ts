/**
 * CommonMark's emphasis rules (spec §6.2, "process emphasis"), for text whose only inline markup
 * is `*` and `_`: which delimiter characters are emphasis markers (a reader does not see them) and
 * which are literal. It lets the plain projection of the common case — a clause with some bold —
 * skip the tokenizer; a differential property test holds it to micromark's answer.
 */
import { isWhitespace } from './normalize.js';

const PUNCT = /[\p{P}\p{S}]/u;

interface Delim {
  ch: number;
  /** where the run's remaining characters start and end */
  start: number;
  end: number;
  open: boolean;
  close: boolean;
  active: boolean;
}

function classOf(s: string, i: number, from: number, to: number): 'space' | 'punct' | 'other' {
  if (i < from || i >= to) return 'space';
  const c = s.charCodeAt(i);
  if (isWhitespace(c) || c === 0x0a || c === 0x0d) return 'space';
  // a whole code point: surrogate pairs are letters or symbols, never ASCII punctuation
  const cp = s.codePointAt(i)!;
  return PUNCT.test(String.fromCodePoint(cp)) ? 'punct' : 'other';
}

function before(s: string, i: number, from: number): number {
  if (i - 1 < from) return i - 1;
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i - 2 >= from ? i - 2 : i - 1;
}

/** An emphasis span: its content [from, to) (between its markers), strong (a pair of double
 *  markers) or not. */
export interface EmphasisSpan {
  from: number;
  to: number;
  strong: boolean;
}

/**
 * The offsets in s[from, to) of `*` / `_` characters that are emphasis markers. `to` ends one
 * inline context (a paragraph); line breaks inside it are whitespace. With `spans`, each
 * emphasis and strong span found is pushed onto it (as micromark's `emphasis` and `strong`
 * tokens: the styles of what lies between the markers).
 */
export function emphasisMarkers(s: string, from: number, to: number, spans?: EmphasisSpan[]): Set<number> {
  const delims: Delim[] = [];
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c !== 0x2a && c !== 0x5f) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && s.charCodeAt(j) === c) j++;
    const prev = classOf(s, before(s, i, from), from, to);
    const next = classOf(s, j, from, to);
    const left = next !== 'space' && (next !== 'punct' || prev !== 'other');
    const right = prev !== 'space' && (prev !== 'punct' || next !== 'other');
    const open = c === 0x2a ? left : left && (!right || prev === 'punct');
    const close = c === 0x2a ? right : right && (!left || next === 'punct');
    delims.push({ ch: c, start: i, end: j, open, close, active: true });
    i = j;
  }
  const markers = new Set<number>();
  // as micromark resolves attention: each closer, left to right, walks back to the nearest opener
  // of its marker; the rule of three on the sizes that remain
  for (let k = 0; k < delims.length; k++) {
    const closer = delims[k]!;
    if (!closer.close) continue;
    while (closer.active && closer.end > closer.start) {
      const closeSize = closer.end - closer.start;
      let found = -1;
      for (let o = k - 1; o >= 0; o--) {
        const d = delims[o]!;
        if (!d.active || d.ch !== closer.ch || !d.open || d.end === d.start) continue;
        const openSize = d.end - d.start;
        if ((d.close || closer.open) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue;
        found = o;
        break;
      }
      if (found < 0) break;
      const opener = delims[found]!;
      const use = closeSize >= 2 && opener.end - opener.start >= 2 ? 2 : 1;
      spans?.push({ from: opener.end, to: closer.start, strong: use === 2 });
      for (let x = 0; x < use; x++) {
        markers.add(opener.end - 1 - x);
        markers.add(closer.start + x);
      }
      opener.end -= use;
      closer.start += use;
      // what lies between is resolved inside the span: no later closer reaches it
      for (let x = found + 1; x < k; x++) delims[x]!.active = false;
      if (opener.end === opener.start) opener.active = false;
    }
  }
  return markers;
}
