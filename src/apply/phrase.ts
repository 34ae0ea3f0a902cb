/**
 * Finding a phrase in the text of units: on the matching key of the plain projection (so
 * "hòa" finds "hoà", a line break or NBSP finds a space, emphasis markers are transparent),
 * whole words only, mapped back to offsets in the chunk text. A phrase written in lower case also
 * matches where its first letter is capitalised only because it opens a sentence or a unit.
 */
import { upperFirst } from '../text/normalize.js';
import { Haystack } from '../text/haystack.js';
import { isLetterOrNumberUnitAt as word } from '../text/letters.js';
import { keyOf } from '../text/normalize.js';
import { SegmentKey, type KeyView } from './keycache.js';
import type { TextLike } from './rope.js';
import type { Chunk } from './working.js';

export interface Segment {
  chunk: Chunk;
  start: number;
  end: number;
}

export interface Hit {
  chunk: Chunk;
  /** [start, end) in the chunk text */
  start: number;
  end: number;
  /** matched with its first letter capitalised (a sentence or unit start) */
  capitalised: boolean;
  /** inline markup inside [start, end) that a reader does not see (emphasis delimiters, code
   *  backticks, link syntax): an edit must keep it, or the markup is left unbalanced */
  markup: Array<readonly [number, number]>;
  /** the text runs of [start, end) between the markup runs, as source ranges */
  runs: Array<readonly [number, number]>;
  /** the key it was found on, and where: [keyStart, keyEnd) */
  key: SegmentKey;
  keyStart: number;
  keyEnd: number;
}

/**
 * Does the text around a hit already read `result` (a matching key), the hit standing at
 * `offset` in it, as whole words? (A replacement whose new words hold the old ones — "kết quả"
 * → "định kỳ kết quả" — finds its phrase again in its own result.)
 */
export function readsAs(h: Hit, result: string, offset: number): boolean {
  const a = h.keyStart - offset;
  const b = a + result.length;
  if (!result || a < 0 || b > h.key.length) return false;
  const got = h.key.slice(a, b);
  if (got !== result && got !== upperFirst(result)) return false;
  const okStart = !word(result, 0) || a === 0 || !word(h.key, a - 1);
  const okEnd = !word(result, result.length - 1) || b === h.key.length || !word(h.key, b);
  return okStart && okEnd;
}

/** Split source[s, e) into what the key covers (text runs) and what it does not (markup runs). */
function markupOf(key: KeyView, text: TextLike, i: number, j: number, s: number, e: number): { markup: Array<readonly [number, number]>; runs: Array<readonly [number, number]> } {
  const markup: Array<readonly [number, number]> = [];
  const runs: Array<readonly [number, number]> = [];
  let pos = s;
  let runStart = s;
  for (let k = i; k < j; k++) {
    const a = key.startAt(k);
    const b = key.endAt(k);
    if (a > pos && /\S/.test(text.slice(pos, a))) {
      if (pos > runStart) runs.push([runStart, pos]);
      markup.push([pos, a]);
      runStart = a;
    }
    if (b > pos) pos = b;
  }
  if (e > runStart) runs.push([runStart, e]);
  return { markup, runs };
}


function opensSentence(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[.:;!?)\-–]$/.test(t);
}

/** How many segment keys a chunk keeps (the units phrase changes look at, most recent first). */
const KEPT = 8;

/** The matching key of a segment, mapped to chunk offsets: kept on its chunk and patched by
 *  edits (keycache.ts), computed afresh when there is none. */
export function segmentKey(seg: Segment): SegmentKey {
  const keys = (seg.chunk.keys ??= []);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k.start === seg.start && k.end === seg.end) {
      if (i > 0) {
        keys.splice(i, 1);
        keys.unshift(k);
      }
      return k;
    }
  }
  const k = new SegmentKey(seg.chunk.text, seg.start, seg.end);
  keys.unshift(k);
  if (keys.length > KEPT) keys.length = KEPT;
  return k;
}

/** The source range of key range [from, to) (an empty range maps to a point). */
function rangeOf(key: KeyView, from: number, to: number): [number, number] {
  if (key.length === 0) return [0, 0];
  if (to <= from) {
    const at = from < key.length ? key.startAt(from) : key.endAt(key.length - 1);
    return [at, at];
  }
  return [key.startAt(from), key.endAt(to - 1)];
}

export function findPhrase(segments: readonly Segment[], phrase: string): Hit[] {
  const needle = keyOf(phrase);
  if (!needle) return [];
  const capital = upperFirst(needle);
  const canCapitalise = capital !== needle;
  const hits: Hit[] = [];
  for (const seg of segments) {
    const key = segmentKey(seg);
    const found: Hit[] = [];
    const scan = (n: string, capitalised: boolean): void => {
      let i = key.find(n, 0);
      while (i !== -1) {
        const j = i + n.length;
        const okStart = !word(n, 0) || i === 0 || !word(key, i - 1);
        const okEnd = !word(n, n.length - 1) || j === key.length || !word(key, j);
        if (okStart && okEnd && (!capitalised || opensSentence(key.slice(Math.max(0, i - 40), i)))) {
          const [s, e] = rangeOf(key, i, j);
          found.push({ chunk: seg.chunk, start: s, end: e, capitalised, ...markupOf(key, seg.chunk.body, i, j, s, e), key, keyStart: i, keyEnd: j });
        }
        i = key.find(n, okStart && okEnd ? j : i + 1);
      }
    };
    scan(needle, false);
    if (canCapitalise) scan(capital, true);
    // document order, no overlaps: the two scans (as written, capitalised) may find places that
    // overlap ("nước và nước" in "Nước và nước và nước"); read in order, the first one is the place
    found.sort((a, b) => a.start - b.start);
    let end = -1;
    for (const h of found) {
      if (h.start < end) continue;
      hits.push(h);
      end = h.end;
    }
  }
  return hits;
}

/** The plain key text of segments, joined (for hints and already-applied checks). */
export function scopeText(segments: readonly Segment[]): string {
  return segments.map((s) => segmentKey(s).text).join(' ');
}

/** The same text as a haystack for hints, which shows passages as written. */
export function scopeHaystack(segments: readonly Segment[]): Haystack {
  return new Haystack(segments.map((s) => ({ key: segmentKey(s).flat(), source: s.chunk.text, range: [s.start, s.end] as const })));
}
