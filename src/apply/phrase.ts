/**
 * Finding a phrase in the text of units: on the matching key of the plain projection (so
 * "hòa" finds "hoà", a line break or NBSP finds a space, emphasis markers are transparent),
 * whole words only, mapped back to offsets in the chunk text. A phrase written in lower case also
 * matches where its first letter is capitalised only because it opens a sentence or a unit.
 */
import { sourceRange, type MappedText } from '../text/mapped.js';
import { Haystack } from '../text/haystack.js';
import { project } from '../text/markup.js';
import { keyOf, matchKey } from '../text/normalize.js';
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
}

/** Split source[s, e) into what the key covers (text runs) and what it does not (markup runs). */
function markupOf(key: MappedText, text: string, i: number, j: number, s: number, e: number): { markup: Array<readonly [number, number]>; runs: Array<readonly [number, number]> } {
  const markup: Array<readonly [number, number]> = [];
  const runs: Array<readonly [number, number]> = [];
  let pos = s;
  let runStart = s;
  for (let k = i; k < j; k++) {
    const a = key.starts[k]!;
    const b = key.ends[k]!;
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

const WORD = /[\p{L}\p{N}]/u;

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function opensSentence(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[.:;!?)\-–]$/.test(t);
}

/** The matching key of a segment, mapped to chunk offsets. */
export function segmentKey(seg: Segment) {
  return matchKey(project(seg.chunk.text, seg.start, seg.end));
}

export function findPhrase(segments: readonly Segment[], phrase: string): Hit[] {
  const needle = keyOf(phrase);
  if (!needle) return [];
  const capital = capitalise(needle);
  const canCapitalise = capital !== needle;
  const hits: Hit[] = [];
  for (const seg of segments) {
    const key = segmentKey(seg);
    const text = key.text;
    const scan = (n: string, capitalised: boolean): void => {
      let i = text.indexOf(n);
      while (i !== -1) {
        const j = i + n.length;
        const okStart = !WORD.test(n.charAt(0)) || i === 0 || !WORD.test(text.charAt(i - 1));
        const okEnd = !WORD.test(n.charAt(n.length - 1)) || j === text.length || !WORD.test(text.charAt(j));
        if (okStart && okEnd && (!capitalised || opensSentence(text.slice(Math.max(0, i - 40), i)))) {
          const [s, e] = sourceRange(key, i, j);
          hits.push({ chunk: seg.chunk, start: s, end: e, capitalised, ...markupOf(key, seg.chunk.text, i, j, s, e) });
        }
        i = text.indexOf(n, okStart && okEnd ? j : i + 1);
      }
    };
    scan(needle, false);
    if (canCapitalise) scan(capital, true);
  }
  // document order, no overlaps
  hits.sort((a, b) => (a.chunk === b.chunk ? a.start - b.start : 0));
  return hits;
}

/** The plain key text of segments, joined (for hints and already-applied checks). */
export function scopeText(segments: readonly Segment[]): string {
  return segments.map((s) => segmentKey(s).text).join(' ');
}

/** The same text as a haystack for hints, which shows passages as written. */
export function scopeHaystack(segments: readonly Segment[]): Haystack {
  return new Haystack(segments.map((s) => ({ key: segmentKey(s), source: s.chunk.text, range: [s.start, s.end] as const })));
}
