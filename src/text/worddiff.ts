/**
 * Word-level differences (jsdiff `diffWordsWithSpace`, so whitespace is kept and both texts
 * rebuild exactly), always with a time limit: jsdiff is O(ND) and its memory O(D²), so a caller
 * that gets `undefined` falls back to "the whole old text / the whole new text".
 * Also: the passage of a text closest to a quote that does not match it (for hints).
 */
import { diffWordsWithSpace } from 'diff';

export type DiffPart = { kind: 'equal' | 'del' | 'ins'; text: string };

export const DIFF_TIMEOUT_MS = 200;
export const DIFF_MAX_EDIT = 4000;

/** Word diff of two NFC texts, or undefined when it takes too long. */
export function wordDiff(a: string, b: string, timeout = DIFF_TIMEOUT_MS): DiffPart[] | undefined {
  if (a === b) return a ? [{ kind: 'equal', text: a }] : [];
  const changes = diffWordsWithSpace(a, b, { timeout, maxEditLength: DIFF_MAX_EDIT });
  if (!changes) return undefined;
  const raw: DiffPart[] = [];
  for (const c of changes) {
    const kind = c.added ? 'ins' : c.removed ? 'del' : 'equal';
    const last = raw[raw.length - 1];
    if (last && last.kind === kind) last.text += c.value;
    else raw.push({ kind, text: c.value });
  }
  return coalesce(raw);
}

/**
 * Semantic clean-up: a run of changes separated only by spaces or punctuation reads as one
 * deletion and one insertion ("[-nguồn kết dư-]{+phương án phân bổ+}"), not word by word.
 * Both texts still rebuild exactly (the separators go to both sides).
 */
export function coalesce(parts: readonly DiffPart[]): DiffPart[] {
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
 * The passage of `text` that shares most words with `quote` (a window of about the quote's length,
 * scored by words in common), as [start, end) offsets in `text`; undefined when nothing is shared.
 */
export function closestPassage(quote: string, text: string): [number, number] | undefined {
  const q = tokens(quote);
  const t = tokens(text);
  if (q.length === 0 || t.length === 0) return undefined;
  const need = new Map<string, number>();
  for (const x of q) need.set(x.word, (need.get(x.word) ?? 0) + 1);
  const have = new Map<string, number>();
  const size = Math.min(q.length, t.length);
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
  for (let i = 0; i < size; i++) add(t[i]!.word);
  let best = score;
  let bestAt = 0;
  for (let i = size; i < t.length; i++) {
    add(t[i]!.word);
    remove(t[i - size]!.word);
    if (score > best) {
      best = score;
      bestAt = i - size + 1;
    }
  }
  if (best === 0) return undefined;
  // trim the window to the words the quote shares at its edges
  let a = bestAt;
  let b = bestAt + size - 1;
  while (a < b && !need.has(t[a]!.word)) a++;
  while (b > a && !need.has(t[b]!.word)) b--;
  return [t[a]!.start, t[b]!.end];
}
