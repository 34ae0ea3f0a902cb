/**
 * Word-level differences (jsdiff `diffWordsWithSpace`, so whitespace is kept and both texts
 * rebuild exactly), always with a time limit: jsdiff is O(ND) and its memory O(D²), so a caller
 * that gets `undefined` falls back to "the whole old text / the whole new text".
 * Also: the passage of a text closest to a quote that does not match it (for hints).
 */
import { diffWordsWithSpace } from 'diff';

export type DiffPart = { kind: 'equal' | 'del' | 'ins'; text: string };

/**
 * The bound that decides: at most DIFF_MAX_EDIT edits, a property of the two texts, so the same
 * texts give the same redline on any machine at any load (a signed document must not depend on
 * how busy the computer was). The time limit is only a guard against a runaway the edit bound
 * should already prevent; at 200 ms it fired on a loaded machine and changed a golden table.
 */
const DIFF_TIMEOUT_MS = 10_000;
const DIFF_MAX_EDIT = 4000;

/** Word diff of two NFC texts, or undefined when it takes too long. */
export function wordDiff(a: string, b: string, timeout = DIFF_TIMEOUT_MS): DiffPart[] | undefined {
  if (a === b) return a ? [{ kind: 'equal', text: a }] : [];
  // the common head and tail, cut at a word boundary, need no diff
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  while (p > 0 && WORD_CHAR.test(a.charAt(p - 1)) && (WORD_CHAR.test(a.charAt(p)) || WORD_CHAR.test(b.charAt(p)))) p--;
  let q = 0;
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  while (q > 0 && WORD_CHAR.test(a.charAt(a.length - q)) && (WORD_CHAR.test(a.charAt(a.length - q - 1)) || WORD_CHAR.test(b.charAt(b.length - q - 1)))) q--;
  const head = a.slice(0, p);
  const tail = a.slice(a.length - q);
  const am = a.slice(p, a.length - q);
  const bm = b.slice(p, b.length - q);
  // nothing in common in the middle: no diff to run
  const worth = !!am && !!bm && similarity(am, bm) >= REWRITE_SIMILARITY;
  const changes = worth ? diffWordsWithSpace(am, bm, { timeout, maxEditLength: DIFF_MAX_EDIT }) : undefined;
  if (worth && !changes) return undefined;
  const raw: DiffPart[] = [];
  if (head) raw.push({ kind: 'equal', text: head });
  if (!changes) {
    if (am) raw.push({ kind: 'del', text: am });
    if (bm) raw.push({ kind: 'ins', text: bm });
    if (tail) raw.push({ kind: 'equal', text: tail });
    return coalesce(raw);
  }
  for (const c of changes) {
    const kind = c.added ? 'ins' : c.removed ? 'del' : 'equal';
    const last = raw[raw.length - 1];
    if (last && last.kind === kind) last.text += c.value;
    else raw.push({ kind, text: c.value });
  }
  if (tail) {
    const last = raw[raw.length - 1];
    if (last && last.kind === 'equal') last.text += tail;
    else raw.push({ kind: 'equal', text: tail });
  }
  return coalesce(raw);
}

/** A maximal run of del / ins parts of a word diff: parts [start, end), the deleted and the inserted text. */
export interface ChangedRegion {
  start: number;
  end: number;
  del: string;
  ins: string;
}

export function changedRegions(parts: readonly DiffPart[]): ChangedRegion[] {
  const out: ChangedRegion[] = [];
  let k = 0;
  while (k < parts.length) {
    if (parts[k]!.kind === 'equal') {
      k++;
      continue;
    }
    let e = k;
    let del = '';
    let ins = '';
    while (e < parts.length && parts[e]!.kind !== 'equal') {
      if (parts[e]!.kind === 'del') del += parts[e]!.text;
      else ins += parts[e]!.text;
      e++;
    }
    out.push({ start: k, end: e, del, ins });
    k = e;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const WORDS = /[\p{L}\p{N}]+/gu;

function roughWords(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x20) n++;
  return n;
}

/** Below this similarity a changed passage reads as rewritten: shown whole, not word by word. */
const REWRITE_SIMILARITY = 0.4;

/**
 * Similarity of two texts' words (Dice coefficient of the word multisets, 0…1): cheap, and it
 * spares jsdiff the passages it would only shred (its cost grows with the edit distance).
 */
export function similarity(a: string, b: string): number {
  // an upper bound from the number of words (spaces): a short text against a long one cannot
  // reach the threshold, and needs no counting
  const wa = roughWords(a);
  const wb = roughWords(b);
  if ((2 * Math.min(wa, wb)) / (wa + wb) < REWRITE_SIMILARITY * 0.75) return 0;
  const count = new Map<string, number>();
  const na = eachWord(a, (w) => count.set(w, (count.get(w) ?? 0) + 1));
  if (na < 0) return similarityByRegex(a, b);
  let common = 0;
  const nb = eachWord(b, (w) => {
    const c = count.get(w);
    if (c) {
      common++;
      count.set(w, c - 1);
    }
  });
  if (nb < 0) return similarityByRegex(a, b);
  return na + nb === 0 ? 1 : (2 * common) / (na + nb);
}

/** What a code unit is to WORDS: 1 a letter or digit, 2 anything else, 3 a surrogate (a
 *  character outside the BMP: the table cannot say), 0 not yet known. */
let WORD_CLASS: Uint8Array | undefined; // made on first use: 64 KB a run without a diff never touches
function wordClass(c: number): number {
  const table = (WORD_CLASS ??= new Uint8Array(65536));
  let k = table[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 3 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    table[c] = k;
  }
  return k;
}

/** Each maximal run of letters and digits of `s`, as `s.matchAll(WORDS)` gives them, by a table
 *  of code units; the count, or -1 (nothing given) when `s` holds a surrogate. */
function eachWord(s: string, fn: (w: string) => void): number {
  for (let i = 0; i < s.length; i++) if (wordClass(s.charCodeAt(i)) === 3) return -1;
  let n = 0;
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (WORD_CLASS![s.charCodeAt(i)] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      fn(s.slice(start, i));
      n++;
      start = -1;
    }
  }
  if (start >= 0) {
    fn(s.slice(start));
    n++;
  }
  return n;
}

/** The similarity by the regular expression itself (texts with characters outside the BMP). */
export function similarityByRegex(a: string, b: string): number {
  const wa = roughWords(a);
  const wb = roughWords(b);
  if ((2 * Math.min(wa, wb)) / (wa + wb) < REWRITE_SIMILARITY * 0.75) return 0;
  const count = new Map<string, number>();
  let na = 0;
  for (const m of a.matchAll(WORDS)) {
    count.set(m[0], (count.get(m[0]) ?? 0) + 1);
    na++;
  }
  let nb = 0;
  let common = 0;
  for (const m of b.matchAll(WORDS)) {
    nb++;
    const c = count.get(m[0]);
    if (c) {
      common++;
      count.set(m[0], c - 1);
    }
  }
  return na + nb === 0 ? 1 : (2 * common) / (na + nb);
}

/**
 * Semantic clean-up: a run of changes separated only by spaces or punctuation reads as one
 * deletion and one insertion ("[-nguồn kết dư-]{+phương án phân bổ+}"), not word by word.
 * Both texts still rebuild exactly (the separators go to both sides).
 */
function coalesce(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    const p = parts[i]!;
    if (p.kind === 'equal') {
      out.push({ ...p });
      i++;
      continue;
    }
    let del = '';
    let ins = '';
    let j = i;
    for (; j < parts.length; j++) {
      const q = parts[j]!;
      if (q.kind === 'del') del += q.text;
      else if (q.kind === 'ins') ins += q.text;
      else if (!/[\p{L}\p{N}]/u.test(q.text) && j + 1 < parts.length && parts[j + 1]!.kind !== 'equal' && (del !== '' || ins !== '')) {
        del += q.text;
        ins += q.text;
      } else break;
    }
    if (del) out.push({ kind: 'del', text: del });
    if (ins) out.push({ kind: 'ins', text: ins });
    i = j;
  }
  return out;
}

/** The whole-text fallback: everything deleted, then everything inserted. */
export function wholeDiff(a: string, b: string): DiffPart[] {
  const out: DiffPart[] = [];
  if (a) out.push({ kind: 'del', text: a });
  if (b) out.push({ kind: 'ins', text: b });
  return out;
}

/** `[-removed-]{+added+}` notation (git --word-diff=plain), readable without colours. */
export function plainDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'equal' ? p.text : p.kind === 'del' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) out.push({ word: m[0].toLocaleLowerCase('vi'), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * The passage of `text` that shares most words with `quote`, as [start, end) offsets in `text`;
 * undefined when nothing is shared. Windows of the quote's length and up to half as long again
 * are slid over the text (O(n) each) and scored by words in common, less a quarter of a word for
 * each word beyond the quote's length: a passage that holds a few inserted words is shown whole,
 * rather than cut where a window of the quote's length happened to end.
 */
export function closestPassage(quote: string, text: string): [number, number] | undefined {
  const q = tokens(quote);
  const t = tokens(text);
  if (q.length === 0 || t.length === 0) return undefined;
  const need = new Map<string, number>();
  for (const x of q) need.set(x.word, (need.get(x.word) ?? 0) + 1);
  const base = Math.min(q.length, t.length);
  const sizes = [...new Set([base, Math.ceil(base * 1.25), Math.ceil(base * 1.5)].map((n) => Math.min(n, t.length)))];
  let best = 0;
  let bestMetric = 0;
  let bestAt = 0;
  let bestSize = base;
  for (const size of sizes) {
    const have = new Map<string, number>();
    let score = 0;
    const add = (w: string): void => {
      const h = (have.get(w) ?? 0) + 1;
      have.set(w, h);
      if (h <= (need.get(w) ?? 0)) score++;
    };
    const remove = (w: string): void => {
      const h = have.get(w)!;
      if (h <= (need.get(w) ?? 0)) score--;
      have.set(w, h - 1);
    };
    const consider = (at: number): void => {
      const metric = score - (size - base) / 4;
      if (score > 0 && metric > bestMetric) {
        best = score;
        bestMetric = metric;
        bestAt = at;
        bestSize = size;
      }
    };
    for (let i = 0; i < size; i++) add(t[i]!.word);
    consider(0);
    for (let i = size; i < t.length; i++) {
      add(t[i]!.word);
      remove(t[i - size]!.word);
      consider(i - size + 1);
    }
  }
  if (best === 0) return undefined;
  let a = bestAt;
  let b = bestAt + bestSize - 1;
  // a longer window gives back, at its edges, the words the quote does not have
  let extra = bestSize - base;
  while (extra > 0 && a < b && !need.has(t[a]!.word)) (a++, extra--);
  while (extra > 0 && b > a && !need.has(t[b]!.word)) (b--, extra--);
  // and takes a few of the quote's words waiting just beyond its edges (a window cut inside a
  // matching run would show the run's last words as missing)
  // (words, and the quote's own closing punctuation)
  const isWord = (x: Token): boolean => /[\p{L}\p{N}]/u.test(x.word);
  const closing = q[q.length - 1]!.word;
  const takes = (x: Token | undefined, right: boolean): boolean => x !== undefined && need.has(x.word) && (isWord(x) || (right && x.word === closing));
  for (let k = 0; k < 3 && takes(t[b + 1], true); k++) b++;
  for (let k = 0; k < 3 && a > 0 && takes(t[a - 1], false); k++) a--;
  // no punctuation at the edges (a differing word at an edge stays: it is the point)
  while (a < b && !isWord(t[a]!)) a++;
  while (b > a && !isWord(t[b]!) && !need.has(t[b]!.word)) b--;
  return [t[a]!.start, t[b]!.end];
}
