/**
 * The phrase operations (product.md §4): replace, delete or insert words inside units, or in the
 * whole document — found on the matching key (phrase.ts), each hit turned into the edits that
 * keep the inline markup balanced and the spacing right (docs/patches.md, "Spacing"); a hit that
 * already reads as the result is left alone (a patch run twice).
 */
import type { Unit } from '../../document/model.js';
import { parseUnits } from '../../document/parse.js';
import { closestHint } from '../../diagnostics/hints.js';
import type { Change } from '../../patch/schema.js';
import { capitalizeFirst, keyOf } from '../../text/normalize.js';
import { SourceText } from '../../text/source.js';
import { already, cite, done, edit, expectKeys, fail, report, resolve, type Ctx, type Field } from '../change.js';
import { findPhrase, readsAs, scopeHaystack, scopeText, type Hit, type Segment } from '../phrase.js';
import type { Chunk, WorkingEdit } from '../working.js';

/** A label on a line of its own inside a phrase's new words: it would open a unit in the middle of another. */
function strayLabel(words: string): string | undefined {
  const i = words.indexOf('\n');
  if (i < 0) return undefined;
  const rest = words.slice(i + 1).normalize('NFC');
  const parsed = parseUnits(new SourceText('<with>', rest), 0, rest.length, { quoteMayStayOpen: true });
  return parsed.units.find((u) => u.kind !== 'intro')?.label;
}

type PhraseChange = Extract<Change, { op: 'replace_phrase' | 'delete_phrase' | 'insert_phrase' }>;

export function opPhrase(ctx: Ctx, c: PhraseChange): void {
  const w = ctx.w;
  // new words never carry structure: a label on a line of its own would open a unit mid-text
  const words = c.op === 'replace_phrase' ? c.with : c.op === 'insert_phrase' ? c.text : undefined;
  const stray = words !== undefined ? strayLabel(words) : undefined;
  if (stray !== undefined) {
    report(ctx, c.op === 'replace_phrase' ? 'with' : 'text', 'label-conflict', { id: 'apply.phrase-structure', args: { label: stray } });
    return fail(ctx);
  }
  // the scopes: each target, or the whole document
  let scopes: Array<{ label: string; segments: Segment[]; field: Field }>;
  if (c.target === undefined) {
    scopes = [{ label: w.name, segments: w.chunks.map((chunk) => ({ chunk, start: 0, end: chunk.body.length })), field: 'find' }];
  } else {
    const list = Array.isArray(c.target) ? c.target : [c.target];
    scopes = [];
    let ok = true;
    list.forEach((t, i) => {
      const field = Array.isArray(c.target) ? ['target', i] : 'target';
      const us = resolve(ctx, field, t, { one: false });
      if (!us) {
        ok = false;
        return;
      }
      for (const u of us) {
        const chunk = w.chunkOf(u);
        const segments =
          us.heading && u.headingStart !== undefined && u.headingEnd !== undefined ? [{ chunk, start: u.headingStart, end: u.headingEnd }] : w.spans(u);
        scopes.push({ label: cite(ctx, u), segments, field });
      }
    });
    if (!ok) return fail(ctx);
    if (c.expect !== undefined) {
      const all = scopes.map((s) => scopeText(s.segments)).join(' ');
      const want = expectKeys(c.expect);
      if (!want.some((k) => all.includes(k))) {
        report(ctx, 'expect', 'stale-text', { id: 'apply.stale-text', args: { target: scopes[0]?.label ?? w.name } }, closestHint(c.expect, scopeHaystack(scopes.flatMap((sc) => sc.segments))));
        return fail(ctx);
      }
    }
  }
  const anchorPhrase = c.op === 'insert_phrase' ? (c.after ?? c.before)! : c.find;
  const anchorField = c.op === 'insert_phrase' ? (c.after !== undefined ? 'after' : 'before') : 'find';
  const edits: WorkingEdit[] = [];
  const places = new Map<Chunk, Array<[number, number]>>();
  let total = 0;
  let failed = false;
  for (const scope of scopes) {
    const hits = findPhrase(scope.segments, anchorPhrase);
    total += hits.length;
    if (hits.length === 0) {
      if (alreadyDone(c, scope.segments)) continue;
      report(ctx, anchorField, 'phrase-not-found', { id: 'apply.phrase-not-found', args: { phrase: anchorPhrase, scope: scope.label } }, closestHint(anchorPhrase, scopeHaystack(scope.segments)));
      failed = true;
      continue;
    }
    let chosen: Hit[];
    const occ = c.occurrence;
    if (occ === undefined) {
      if (hits.length > 1 && c.expect_count === undefined) {
        report(ctx, anchorField, 'phrase-ambiguous', { id: 'apply.phrase-ambiguous', args: { phrase: anchorPhrase, scope: scope.label, count: hits.length } }, { id: 'apply.occurrence-hint' });
        failed = true;
        continue;
      }
      chosen = c.expect_count !== undefined ? hits : hits.slice(0, 1);
    } else if (occ === 'all') chosen = hits;
    else if (occ === 'first') chosen = hits.slice(0, 1);
    else if (occ === 'last') chosen = hits.slice(-1);
    else {
      if (occ > hits.length) {
        report(ctx, 'occurrence', 'phrase-not-found', { id: 'apply.occurrence-missing', args: { phrase: anchorPhrase, scope: scope.label, occurrence: occ, count: hits.length } });
        failed = true;
        continue;
      }
      chosen = [hits[occ - 1]!];
    }
    // a hit that already reads as the change's result was made by this change (a patch run a
    // second time): it is left alone, and the change is already applied where all chosen are
    chosen = chosen.filter((h) => !readsAsResult(c, h));
    for (const h of chosen) {
      // a place found through two targets that overlap (an article and its khoản) is one place,
      // and a place that overlaps one already taken is the same occurrence read twice
      const here = places.get(h.chunk) ?? [];
      places.set(h.chunk, here);
      if (!takePlace(here, h.start, h.end)) continue;
      const e = phraseEdit(c, h);
      if (e) edits.push(...e);
      else {
        report(ctx, anchorField, 'inline-markup', { id: 'apply.inline-markup', args: { phrase: anchorPhrase, scope: scope.label, markup: h.chunk.body.slice(h.markup[0]![0], h.markup[0]![1]) } });
        failed = true;
      }
    }
  }
  if (c.expect_count !== undefined && total !== c.expect_count) {
    report(ctx, 'expect_count', 'count-mismatch', { id: 'apply.count-mismatch', args: { phrase: anchorPhrase, expected: c.expect_count, found: total } });
    failed = true;
  }
  if (failed) return fail(ctx);
  if (edits.length === 0) return already(ctx, []);
  // the units whose text changes, for the record
  const anchors = edits.map((e) => w.unitAt(e.range[0].chunk, e.range[0].offset)).filter((u): u is Unit => !!u).map((u) => w.anchorOf(u));
  edit(ctx, edits, anchorField);
  done(ctx, [...new Set(anchors)]);
}

/**
 * Does the text at a hit already read as the change's result? For a replacement whose new words
 * hold the phrase ("kết quả giải quyết" → "định kỳ kết quả giải quyết"), the hit inside those new
 * words; for an insertion, the anchor already followed (or preceded) by the inserted words.
 */
function readsAsResult(c: PhraseChange, h: Hit): boolean {
  if (c.op === 'replace_phrase') {
    const result = keyOf(c.with);
    const find = keyOf(c.find);
    if (!result || !find) return false;
    // the phrase inside the new words, as written or capitalised ("cơ quan" in "Cơ quan có thẩm quyền")
    for (const f of new Set([find, capitalizeFirst(find)])) {
      for (let k = result.indexOf(f); k >= 0; k = result.indexOf(f, k + 1)) if (readsAs(h, result, k)) return true;
    }
    return false;
  }
  if (c.op === 'insert_phrase') {
    const anchor = keyOf((c.after ?? c.before)!);
    const forms = c.after !== undefined ? [`${c.after} ${c.text}`, `${c.after}${c.text}`] : [`${c.text} ${c.before}`, `${c.text}${c.before}`];
    for (const form of forms) {
      const result = keyOf(form);
      const offset = c.after !== undefined ? 0 : result.length - anchor.length;
      if ((c.after !== undefined ? result.startsWith(anchor) : result.endsWith(anchor)) && readsAs(h, result, offset)) return true;
    }
  }
  return false;
}

function alreadyDone(c: PhraseChange, segments: readonly Segment[]): boolean {
  if (c.op === 'replace_phrase') return c.with.trim() !== '' && findPhrase(segments, c.with).length > 0;
  if (c.op === 'insert_phrase') {
    const joined = c.after !== undefined ? `${c.after} ${c.text}` : `${c.text} ${c.before}`;
    const tight = c.after !== undefined ? `${c.after}${c.text}` : `${c.text}${c.before}`;
    return findPhrase(segments, joined).length > 0 || findPhrase(segments, tight).length > 0;
  }
  return false;
}

/** The edit of [start, end) of a chunk's text. */
function at(chunk: Chunk, start: number, end: number, text: string): WorkingEdit {
  return { range: [{ chunk, offset: start }, { chunk, offset: end }], text };
}

/**
 * The edits of a phrase change at one hit. Inline markup inside the hit (a phrase that spans the
 * end of a bold run) is never deleted: a replacement is narrowed to the part of the phrase that
 * really changes, and refused (undefined) when that part still spans markup; a deletion removes
 * the text runs around the markup and keeps the markers against the text they close or open.
 */
function phraseEdit(c: PhraseChange, h: Hit): WorkingEdit[] | undefined {
  const text = h.chunk.body;
  if (c.op === 'replace_phrase') {
    let w = c.with.normalize('NFC');
    if (h.capitalised && w) w = w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
    if (h.markup.length === 0) return [at(h.chunk, h.start, h.end, w)];
    return narrowReplace(h, w);
  }
  if (c.op === 'delete_phrase') {
    if (h.markup.length > 0) return deleteAroundMarkup(h);
    const [s, e] = deletionRange(text, h.start, h.end);
    return [at(h.chunk, s, e, '')];
  }
  const ins = c.text.normalize('NFC');
  if (c.after !== undefined) {
    const next = text.charAt(h.end);
    const lead = /^[\s,.;:)]/.test(ins) ? '' : ' ';
    const tail = /\s$/.test(ins) || next === '' || /[\s,.;:)]/.test(next) ? '' : ' ';
    return [at(h.chunk, h.end, h.end, lead + ins.trimEnd() + tail)];
  }
  const prev = text.charAt(h.start - 1);
  const lead = h.start === 0 || /[\s(]/.test(prev) || /^\s/.test(ins) ? '' : ' ';
  const tail = /[\s(]$/.test(ins) ? '' : ' ';
  return [at(h.chunk, h.start, h.start, lead + ins.trimStart().trimEnd() + tail)];
}

const BLANK = /[ \t\u00a0]/;
/** What may follow a deleted phrase so that the spaces before it go: punctuation that takes no
 *  space before it, a line break, or more spaces. */
const TAKES_NO_SPACE = /[\s,.;:!?)\]…”»]/;
/** What may precede a deleted phrase so that the spaces after it go: an opening bracket or quote. */
const OPENS = /[([“«]/;

/**
 * The range a deleted phrase takes with it (docs/patches.md, "Spacing"), so that no double space,
 * no space before punctuation and no space at the start or end of a line is left where it was:
 * - the phrase ends its line (only spaces until the line break or the end): the spaces on both
 *   sides go, and the line ends with what preceded the phrase; a line that held only the phrase
 *   goes whole, with its line break (an empty line would end the paragraph);
 * - it opens its line (after the indentation, which stays), the text, or follows an opening
 *   bracket or quote: the spaces after it go;
 * - spaces before it, and after it punctuation that takes no space before it or more spaces: the
 *   spaces before it go;
 * - otherwise only the phrase goes. Line breaks between lines that stay are never touched.
 */
function deletionRange(text: { readonly length: number; charAt(i: number): string }, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && BLANK.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && BLANK.test(text.charAt(b))) b++;
  const lineStart = a === 0 || text.charAt(a - 1) === '\n';
  const lineEnd = b >= text.length || text.charAt(b) === '\n' || text.charAt(b) === '\r';
  if (lineStart && lineEnd) {
    if (b < text.length) return [a, b + (text.charAt(b) === '\r' && text.charAt(b + 1) === '\n' ? 2 : 1)];
    if (a > 0) return [a - (a > 1 && text.charAt(a - 2) === '\r' ? 2 : 1), b];
    return [a, b];
  }
  if (lineEnd) return [a, b];
  if (lineStart || (a === start && (start === 0 || OPENS.test(text.charAt(start - 1))))) return [start, b];
  if (a < start && (b > end || TAKES_NO_SPACE.test(text.charAt(end)))) return [a, end];
  return [start, end];
}

/** The source offset of the n-th character of the hit's text runs (n = length: the end). */
function runOffset(h: Hit, n: number, preferEnd: boolean): number {
  let left = n;
  for (let r = 0; r < h.runs.length; r++) {
    const [a, b] = h.runs[r]!;
    const len = b - a;
    if (left < len || (left === len && (preferEnd || r === h.runs.length - 1))) return a + left;
    left -= len;
  }
  return h.end;
}

function narrowReplace(h: Hit, w: string): WorkingEdit[] | undefined {
  const old = h.runs.map(([a, b]) => h.chunk.body.slice(a, b)).join('').normalize('NFC');
  let p = 0;
  while (p < old.length && p < w.length && old.charAt(p) === w.charAt(p)) p++;
  let q = 0;
  while (q < old.length - p && q < w.length - p && old.charAt(old.length - 1 - q) === w.charAt(w.length - 1 - q)) q++;
  const start = runOffset(h, p, false);
  const end = runOffset(h, old.length - q, true);
  if (h.markup.some(([a, b]) => a < end && b > start)) return undefined;
  return [at(h.chunk, start, Math.max(start, end), w.slice(p, w.length - q))];
}

/**
 * Delete a phrase that spans markup: the phrase's text goes, its markers stay, each against the
 * text it belongs to — a closing marker (text right before it) after what precedes the phrase, an
 * opening one before what follows — with one space between them where the phrase had one.
 */
function deleteAroundMarkup(h: Hit): WorkingEdit[] {
  const text = h.chunk.body;
  let s = h.start;
  let e = h.end;
  let spaced = false;
  if (s > 0 && text.charAt(s - 1) === ' ') {
    s--;
    spaced = true;
  }
  if (e < text.length && text.charAt(e) === ' ') {
    e++;
    spaced = true;
  }
  const closers: string[] = [];
  const openers: string[] = [];
  for (const [ms, me] of h.markup) {
    const marker = text.slice(ms, me);
    if (ms > 0 && !/\s/.test(text.charAt(ms - 1)) && ms > h.start) closers.push(marker);
    else openers.push(marker);
  }
  const next = text.charAt(e);
  const space = spaced && s > 0 && e < text.length && !/[\s,.;:)]/.test(next) ? ' ' : '';
  return [at(h.chunk, s, e, closers.join('') + space + openers.join(''))];
}

/**
 * Take [start, end) among the places already taken in a chunk (sorted, disjoint), unless it
 * overlaps one of them (an empty place overlaps a place that contains it or starts there).
 */
function takePlace(taken: Array<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]![0] < start) lo = mid + 1;
    else hi = mid;
  }
  const before = taken[lo - 1];
  const after = taken[lo];
  if (before && before[1] > start) return false;
  if (after && (after[0] < end || after[0] === start)) return false;
  taken.splice(lo, 0, [start, end]);
  return true;
}
