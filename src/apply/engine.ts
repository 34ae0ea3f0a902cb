/**
 * The apply engine: every operation of product.md §4, applied in order (each change sees the
 * previous result; several patches apply in the order given), spliced into the original text
 * through the working document's piece table. Matching uses the normalised key and maps back to
 * the original offsets, so every untouched byte stays identical. Any error: the run is not ok,
 * and the caller writes nothing.
 */
import { resolutionDiagnostics, type Place } from '../citation/diagnose.js';
import { formatCitation, styleOf, unitWord } from '../citation/format.js';
import { resolveTarget } from '../citation/resolve.js';
import { diagnosticAt, type Diagnostic, type Message } from '../diagnostics/diagnostic.js';
import { segment } from '../document/anchor.js';
import { isHeadingPattern, unitRank } from '../document/kinds.js';
import { matchLabel } from '../document/labels.js';
import { isHeadingKind, KIND_RANK, type RegulationDocument, type Unit } from '../document/model.js';
import { parseRegulation, parseUnits } from '../document/parse.js';
import type { LoadedPatch, YamlPath } from '../patch/load.js';
import { changeId } from '../patch/load.js';
import type { Change, Op, Patch } from '../patch/schema.js';
import { capitalizeFirst, keyOf } from '../text/normalize.js';
import { SourceText } from '../text/source.js';
import { closestHint } from '../diagnostics/hints.js';
import { fitLabel, type Fit } from './fit.js';
import { blankBetween, indentOf, shapeBlock, structuralPrefix } from './format.js';
import { findPhrase, readsAs, scopeHaystack, scopeText, type Hit, type Segment } from './phrase.js';
import { pieceLength, type Piece, type Writer } from './pieces.js';
import { WorkingDocument, type Pos } from './working.js';

export type ChangeStatus = 'applied' | 'already-applied' | 'failed' | 'not-yet-effective';

export interface ChangeRecord {
  /** index of the patch in the run, and of the change in the patch */
  patch: number;
  index: number;
  id: string;
  /** the id of the patch (its `id` field) */
  patchId: string;
  op: Op;
  status: ChangeStatus;
  /** effective date: the change's own, else the patch's, else its date */
  effective?: string;
  /** the amended document's number or path */
  document: string;
  /** anchors (in the result) of the units the change wrote, inserted, repealed or moved to */
  units: string[];
  /** anchors (in the original) of units the change removed or moved away */
  removed: string[];
  /** for a move: original anchor → result anchor */
  moved?: { from: string; to: string };
}

export interface AppliedDocument {
  original: RegulationDocument;
  result: RegulationDocument;
  /** the result body as pieces of the original and text written by changes */
  pieces: Piece[];
  changes: ChangeRecord[];
}

export interface ApplyRun {
  ok: boolean;
  diagnostics: Diagnostic[];
  documents: AppliedDocument[];
  changes: ChangeRecord[];
}

export interface ApplyOptions {
  /** apply only changes in force on this ISO date (consolidation `--as-of`); undated changes are not */
  asOf?: string;
  /** find the document a patch amends */
  find(number: string): RegulationDocument | undefined;
}

const REPEALED = '(được bãi bỏ)';

interface Ctx {
  w: WorkingDocument;
  lp: LoadedPatch;
  patch: Patch;
  index: number;
  change: Change;
  by: Writer;
  id: string;
  ds: Diagnostic[];
  record: ChangeRecord;
}

function place(ctx: Ctx, field?: string | ReadonlyArray<string | number>): Place {
  const path: YamlPath = ['changes', ctx.index, ...(field === undefined ? [] : typeof field === 'string' ? [field] : field)];
  const [start, end] = ctx.lp.at(path);
  return { source: ctx.lp.source, start, end, change: ctx.id };
}

function report(ctx: Ctx, field: string | ReadonlyArray<string | number> | undefined, code: Diagnostic['code'], message: Message, hint?: Message): void {
  const p = place(ctx, field);
  ctx.ds.push(diagnosticAt(p.source, p.start, p.end, code, message, { change: ctx.id, ...(hint ? { hint } : {}) }));
}

function cite(ctx: Ctx, u: Unit): string {
  return formatCitation(u, ctx.w.meta, styleOf(ctx.w.meta));
}

/** Resolve a citation field to units; diagnostics for failures and aliases. */
function resolve(ctx: Ctx, field: string | ReadonlyArray<string | number>, text: string, opts: { one: boolean }): Unit[] | undefined {
  const res = resolveTarget(ctx.w, text);
  const p = place(ctx, field);
  ctx.ds.push(...resolutionDiagnostics(res, ctx.w, p));
  if (res.kind !== 'found') return undefined;
  if (res.units.length === 0) {
    report(ctx, field, 'target-not-found', { id: 'apply.not-a-unit', args: { citation: text } });
    return undefined;
  }
  if (opts.one && res.units.length > 1) {
    report(ctx, field, 'target-ambiguous', { id: 'apply.one-unit', args: { citation: text, count: res.units.length } });
    return undefined;
  }
  if (res.heading) (res.units as Unit[] & { heading?: boolean }).heading = true;
  return res.units;
}

function anchorOf(ctx: Ctx, u: Unit): string {
  return ctx.w.anchorOf(u);
}

/** A label at the start of a text, stripped (for `expect` written with its label). */
function stripLabel(text: string): string {
  const m = matchLabel(text.trimStart().normalize('NFC'));
  return m ? text.trimStart().normalize('NFC').slice(m.restStart) : text;
}

/** `expect`: the target's current wording must contain it (with or without its label). */
function checkExpect(ctx: Ctx, units: readonly Unit[]): boolean {
  const expect = ctx.change.expect;
  if (expect === undefined) return true;
  const want = [keyOf(expect), keyOf(stripLabel(expect))].filter((k) => k !== '');
  for (const u of units) {
    const have = scopeText(ctx.w.spans(u));
    if (want.some((k) => have.includes(k))) return true;
  }
  const u = units[0]!;
  report(ctx, 'expect', 'stale-text', { id: 'apply.stale-text', args: { target: cite(ctx, u) } }, closestHint(expect, scopeHaystack(ctx.w.spans(u))));
  return false;
}


/**
 * A change overlapping text another change wrote is a conflict — within one patch, or between
 * patches that are concurrent proposals. A patch in force after another (its effective date is
 * later) amends that one's result, as a later amending document does: no conflict.
 */
function conflicts(ctx: Ctx, overlapped: readonly Writer[], field: string): void {
  const seen = new Set<string>();
  for (const w of overlapped) {
    if (w.patch === ctx.by.patch && w.change === ctx.by.change) continue;
    if (w.patch !== ctx.by.patch) {
      const mine = ctx.record.effective;
      const theirs = writerEffective.get(`${w.patch}:${w.change}`);
      if (mine && theirs && theirs < mine) continue;
    }
    const key = `${w.patch}:${w.change}`;
    if (seen.has(key)) continue;
    seen.add(key);
    report(ctx, field, 'conflict', { id: 'apply.conflict', args: { other: describeWriter(w) } });
  }
}

const writerNames = new Map<string, string>();
const writerEffective = new Map<string, string>();
function describeWriter(w: Writer): string {
  return writerNames.get(`${w.patch}:${w.change}`) ?? `#${w.change + 1}`;
}

// ── helpers on units ─────────────────────────────────────────────────────────

function siblingsOf(w: WorkingDocument, u: Unit | null): Unit[] {
  return u ? u.children : w.units;
}

/** Every article of the document, in order (articles are numbered through the document). */
function allArticles(w: WorkingDocument): Unit[] {
  const out: Unit[] = [];
  const visit = (us: readonly Unit[]): void => {
    for (const u of us) {
      if (u.kind === 'dieu') out.push(u);
      else if (KIND_RANK[u.kind] < KIND_RANK.dieu) visit(u.children);
    }
  };
  visit(w.units);
  return out;
}

/** The end of the content before a unit (previous sibling's end, or the parent's own text). */
function contentEndBefore(w: WorkingDocument, u: Unit): Pos {
  const chunk = w.chunkOf(u);
  let e = u.start;
  while (e > 0 && /\s/.test(chunk.text.charAt(e - 1))) e--;
  if (e > 0 || w.chunks.indexOf(chunk) === 0) return { chunk, offset: e };
  const prev = w.chunks[w.chunks.indexOf(chunk) - 1]!;
  let p = prev.text.length;
  while (p > 0 && /\s/.test(prev.text.charAt(p - 1))) p--;
  return { chunk: prev, offset: p };
}

/** The start of the next non-blank line after a unit (or the end of its chunk). */
function contentStartAfter(w: WorkingDocument, u: Unit): Pos {
  const end = w.endPos(u);
  const text = end.chunk.text;
  let p = end.offset;
  while (p < text.length && /\s/.test(text.charAt(p))) p++;
  if (p >= text.length) return { chunk: end.chunk, offset: text.length };
  // back to the start of that line
  while (p > end.offset && text.charAt(p - 1) !== '\n') p--;
  return { chunk: end.chunk, offset: p };
}

function newlines(a: Pos, b: Pos): number {
  if (a.chunk === b.chunk) return (a.chunk.text.slice(a.offset, b.offset).match(/\n/g) ?? []).length;
  return (a.chunk.text.slice(a.offset).match(/\n/g) ?? []).length + (b.chunk.text.slice(0, b.offset).match(/\n/g) ?? []).length;
}

/** The range that removes a unit: the unit with the narrower of the gaps around it. */
function removalRange(w: WorkingDocument, u: Unit): [Pos, Pos] {
  const before = contentEndBefore(w, u);
  const after = contentStartAfter(w, u);
  const start = w.startPos(u);
  const end = w.endPos(u);
  const lastInDocument = after.chunk === w.chunks[w.chunks.length - 1] && after.offset >= after.chunk.text.length;
  const firstInDocument = before.chunk === w.chunks[0] && before.offset === 0;
  if (firstInDocument && !lastInDocument) return [start, after];
  if (lastInDocument) return [before, end];
  return newlines(end, after) < newlines(before, start) ? [start, after] : [before, end];
}

/** Is unit u separated from its neighbour by a blank line (the document's style there)? */
function blankAround(w: WorkingDocument, u: Unit): boolean {
  const chunk = w.chunkOf(u);
  const before = contentEndBefore(w, u);
  if (before.chunk === chunk && before.offset > 0) return blankBetween(chunk.text, before.offset, u.start);
  const end = w.endPos(u);
  const after = contentStartAfter(w, u);
  if (after.chunk === end.chunk && after.offset < after.chunk.text.length) return blankBetween(end.chunk.text, end.offset, after.offset);
  return /\n[ \t]*\r?\n/.test(w.original.source.text.slice(w.original.bodyStart));
}

/** The spacing a new unit takes: that of the siblings it joins. */
function blankFor(w: WorkingDocument, slot: Slot): boolean {
  if (slot.mode === 'into') {
    const last = slot.anchorUnit.children[slot.anchorUnit.children.length - 1];
    return blankAround(w, last ?? slot.anchorUnit);
  }
  return blankAround(w, slot.anchorUnit);
}

interface Fragment {
  unit: Unit;
  /** the label as printed, and the number */
  label: string;
  number: string;
}

/** Parse the Markdown of a new unit (insert, replace): its first unit and label. */
function parseFragment(text: string): Fragment | undefined {
  const t = text.normalize('NFC').replace(/^\s+/, '');
  const parsed = parseUnits(new SourceText('<text>', t), 0, t.length, { quoteMayStayOpen: true });
  const first = parsed.units.find((u) => u.kind !== 'intro');
  if (!first || first.start > 0 || parsed.units[0]!.kind === 'intro') return undefined;
  return { unit: first, label: first.label, number: first.number };
}

/** The labels of the top-level units a unit text holds beyond its first (a text for one unit must hold one). */
function extraUnits(text: string): string[] {
  const t = text.normalize('NFC').replace(/^\s+/, '');
  const parsed = parseUnits(new SourceText('<text>', t), 0, t.length, { quoteMayStayOpen: true });
  return parsed.units.filter((u) => u.kind !== 'intro').slice(1).map((u) => u.label);
}

/** A label on a line of its own inside a phrase's new words: it would open a unit in the middle of another. */
function strayLabel(words: string): string | undefined {
  const i = words.indexOf('\n');
  if (i < 0) return undefined;
  const rest = words.slice(i + 1).normalize('NFC');
  const parsed = parseUnits(new SourceText('<with>', rest), 0, rest.length, { quoteMayStayOpen: true });
  return parsed.units.find((u) => u.kind !== 'intro')?.label;
}

/** Refuse a unit text carrying more units than the one it is for. */
function checkOneUnit(ctx: Ctx, text: string): boolean {
  const extra = extraUnits(text);
  if (extra.length === 0) return true;
  report(ctx, 'text', 'label-conflict', { id: 'apply.extra-units', args: { labels: extra.join(', ') } });
  return false;
}

function fitMessage(fit: Exclude<Fit, { ok: true }>, label: string, where: string): { message: Message; hint?: Message } {
  const hint: Message | undefined = fit.free ? { id: 'apply.free-label', args: { free: fit.free } } : undefined;
  switch (fit.reason) {
    case 'collision':
      return { message: { id: 'apply.label-collision', args: { label, where } }, ...(hint ? { hint } : {}) };
    case 'gap':
      return { message: { id: 'apply.label-gap', args: { label, previous: fit.previous?.number ?? '—' } }, ...(hint ? { hint } : {}) };
    case 'order':
      return { message: { id: 'apply.label-order', args: { label, previous: fit.previous?.number ?? '—', next: fit.next?.number ?? '—' } }, ...(hint ? { hint } : {}) };
    case 'level':
      return { message: { id: 'apply.label-level', args: { label, where } } };
  }
}

/** Where a new unit goes: its parent, its index among the parent's children, the text position. */
interface Slot {
  parent: Unit | null;
  index: number;
  /** the unit it follows (after / into) or precedes (before) */
  anchorUnit: Unit;
  mode: 'after' | 'before' | 'into';
}

function slotFor(ctx: Ctx, mode: 'after' | 'before' | 'into', x: Unit): Slot {
  if (mode === 'into') return { parent: x, index: x.children.length, anchorUnit: x, mode };
  const parent = x.parent;
  const sibs = siblingsOf(ctx.w, parent);
  const i = sibs.indexOf(x);
  return { parent, index: mode === 'after' ? i + 1 : i, anchorUnit: x, mode };
}

/** Check that a new unit with `frag`'s label can stand in `slot`. */
function checkSlot(ctx: Ctx, frag: Fragment, slot: Slot, field: string, exclude?: Unit): boolean {
  const f = frag.unit;
  const where = slot.parent ? cite(ctx, slot.parent) : ctx.w.name;
  // level: a unit goes beside units of its own pattern, or into a unit of a higher rank
  const parentRank = slot.parent ? rankOf(slot.parent) : -1;
  if (rankOf(f) <= parentRank) {
    const { message } = fitMessage({ ok: false, reason: 'level' }, f.label, where);
    report(ctx, field, 'label-conflict', message);
    return false;
  }
  if (slot.mode !== 'into' && slot.anchorUnit.pattern !== f.pattern && !(isBullet(slot.anchorUnit) && isBullet(f))) {
    report(ctx, field, 'label-conflict', { id: 'apply.label-pattern', args: { label: f.label, sibling: slot.anchorUnit.label } });
    return false;
  }
  let siblings: readonly Unit[];
  let index: number;
  if (f.kind === 'dieu') {
    // articles are numbered through the document
    siblings = allArticles(ctx.w);
    const before = slot.mode === 'into' ? lastArticleIn(slot.parent) : slot.mode === 'after' ? lastArticleIn(slot.anchorUnit) ?? slot.anchorUnit : undefined;
    index = before ? siblings.indexOf(before) + 1 : slot.mode === 'before' ? Math.max(0, siblings.indexOf(firstArticleIn(slot.anchorUnit) ?? slot.anchorUnit)) : 0;
    if (index < 0) index = siblings.length;
  } else {
    siblings = siblingsOf(ctx.w, slot.parent);
    index = slot.index;
  }
  const fit = fitLabel(f.pattern, frag.number, siblings, index, { excerpt: ctx.w.meta.excerpt === true, ...(exclude ? { exclude } : {}) });
  if (!fit.ok && fit.reason === 'collision' && fit.sibling) {
    // the same new label inserted by another proposal: the two patches conflict
    const other = writerOf(ctx.w, fit.sibling);
    if (other && other.patch !== ctx.by.patch) {
      report(ctx, field, 'conflict', { id: 'apply.conflict-label', args: { label: f.label, other: describeWriter(other) } });
      return false;
    }
  }
  if (!fit.ok) {
    const { message, hint } = fitMessage(fit, f.label, where);
    report(ctx, field, 'label-conflict', message, hint);
    return false;
  }
  return true;
}

/** The change that wrote a unit's label, if a change did. */
function writerOf(w: WorkingDocument, u: Unit): Writer | undefined {
  const chunk = w.chunkOf(u);
  let pos = 0;
  for (const p of chunk.pieces) {
    const len = pieceLength(p);
    if (p.kind === 'new' && pos <= u.labelStart && u.labelStart < pos + len) return p.by;
    pos += len;
  }
  return undefined;
}

function lastArticleIn(u: Unit | null): Unit | undefined {
  if (!u) return undefined;
  if (u.kind === 'dieu') return u;
  for (let i = u.children.length - 1; i >= 0; i--) {
    const a = lastArticleIn(u.children[i]!);
    if (a) return a;
  }
  return undefined;
}

function firstArticleIn(u: Unit): Unit | undefined {
  if (u.kind === 'dieu') return u;
  for (const c of u.children) {
    const a = firstArticleIn(c);
    if (a) return a;
  }
  return undefined;
}

function isBullet(u: Unit): boolean {
  return u.pattern === 'bullet' || u.pattern === 'bullet2';
}

const rankOf = unitRank;

/** The Markdown prefix a new unit takes from its neighbours. */
function prefixFor(ctx: Ctx, slot: Slot, frag: Fragment): string {
  const w = ctx.w;
  const sameLevel = siblingsOf(w, slot.parent).find((s) => s.pattern === frag.unit.pattern) ?? (slot.mode !== 'into' ? slot.anchorUnit : undefined);
  if (sameLevel) return structuralPrefix(w.chunkOf(sameLevel).text, sameLevel);
  if (slot.parent) {
    const child = slot.parent.children[0];
    if (child) return indentOf(structuralPrefix(w.chunkOf(child).text, child));
  }
  // no sibling to copy: the way units of this pattern are written elsewhere in the document
  const elsewhere = findPattern(w.units, frag.unit.pattern);
  if (elsewhere) return structuralPrefix(w.chunkOf(elsewhere).text, elsewhere);
  if (slot.parent) {
    const p = structuralPrefix(w.chunkOf(slot.parent).text, slot.parent);
    return isHeadingKind(frag.unit.kind) ? p : indentOf(p);
  }
  return '';
}

function findPattern(units: readonly Unit[], pattern: Unit['pattern']): Unit | undefined {
  for (const u of units) {
    if (u.pattern === pattern) return u;
    const found = findPattern(u.children, pattern);
    if (found) return found;
  }
  return undefined;
}

function insertText(ctx: Ctx, slot: Slot, block: string, moved = false): Writer[] {
  const w = ctx.w;
  const eol = w.original.eol;
  const x = slot.anchorUnit;
  const sep = eol + (blankFor(w, slot) ? eol : '');
  if (slot.mode === 'before') return w.replace(w.startPos(x), w.startPos(x), block + sep, ctx.by, moved);
  const at = w.endPos(x);
  return w.replace(at, at, sep + block, ctx.by, moved);
}

/** After an insertion, the anchor the new unit should have. */
function expectedAnchor(ctx: Ctx, slot: Slot, frag: Fragment): string {
  const seg = segment({ kind: frag.unit.kind === 'diem' && slot.parent?.pattern === 'decimal' ? 'tiet' : frag.unit.kind, number: frag.number });
  if (frag.unit.kind === 'dieu' || !slot.parent) return seg;
  return `${anchorOf(ctx, slot.parent)}.${seg}`;
}

// ── operations ───────────────────────────────────────────────────────────────

function opReplace(ctx: Ctx, c: Extract<Change, { op: 'replace' }>): void {
  const [u] = resolve(ctx, 'target', c.target, { one: true }) ?? [];
  if (!u || !checkExpect(ctx, [u])) return fail(ctx);
  const w = ctx.w;
  const chunk = w.chunkOf(u);
  const frag = parseFragment(c.text);
  if (!checkOneUnit(ctx, c.text)) return fail(ctx);
  let text = c.text.normalize('NFC').replace(/^\s+/, '');
  if (frag && !isBullet(frag.unit)) {
    if (frag.unit.pattern !== u.pattern || frag.number.toLocaleLowerCase('vi') !== u.number.toLocaleLowerCase('vi')) {
      report(ctx, 'text', 'label-conflict', { id: 'apply.replace-label', args: { label: frag.label, target: cite(ctx, u) } });
      return fail(ctx);
    }
  } else {
    // the text without a label: the unit keeps its own
    text = `${u.label} ${text}`;
  }
  const block = shapeBlock(text, structuralPrefix(chunk.text, u), w.original.eol);
  const old = w.unitText(u);
  if (keyOf(old) === keyOf(block)) return already(ctx, [anchorOf(ctx, u)]);
  const anchor = anchorOf(ctx, u);
  conflicts(ctx, w.replace(w.startPos(u), w.endPos(u), block, ctx.by), 'target');
  done(ctx, [anchor]);
}

function opReplaceHeading(ctx: Ctx, c: Extract<Change, { op: 'replace_heading' }>): void {
  const [u] = resolve(ctx, 'target', c.target, { one: true }) ?? [];
  if (!u || !checkExpect(ctx, [u])) return fail(ctx);
  if (!isHeadingPattern(u.pattern)) {
    report(ctx, 'target', 'target-not-found', { id: 'apply.no-heading', args: { target: cite(ctx, u) } });
    return fail(ctx);
  }
  const w = ctx.w;
  const chunk = w.chunkOf(u);
  const heading = c.heading.normalize('NFC').trim();
  if (u.heading !== undefined && keyOf(u.heading) === keyOf(heading)) return already(ctx, [anchorOf(ctx, u)]);
  const anchor = anchorOf(ctx, u);
  if (u.headingStart !== undefined && u.headingEnd !== undefined) {
    // keep emphasis and closing markers around the heading text
    const raw = chunk.text.slice(u.headingStart, u.headingEnd);
    const lead = /^[\s*_]*/.exec(raw)![0].length;
    const trail = /[\s*_#]*$/.exec(raw)![0].length;
    const a = u.headingStart + lead;
    const b = u.headingEnd - trail;
    conflicts(ctx, w.replace({ chunk, offset: a }, { chunk, offset: Math.max(a, b) }, heading, ctx.by), 'target');
  } else {
    const sep = /[.:]$/.test(u.label) ? ' ' : '. ';
    conflicts(ctx, w.replace({ chunk, offset: u.labelEnd }, { chunk, offset: u.labelEnd }, sep + heading, ctx.by), 'target');
  }
  done(ctx, [anchor]);
}

function opInsert(ctx: Ctx, c: Extract<Change, { op: 'insert' }>): void {
  const mode = c.after !== undefined ? 'after' : c.before !== undefined ? 'before' : 'into';
  const [x] = resolve(ctx, mode, (c[mode] as string) ?? '', { one: true }) ?? [];
  if (!x) return fail(ctx);
  if (!checkExpect(ctx, [x])) return fail(ctx);
  const frag = parseFragment(c.text);
  if (!frag) {
    report(ctx, 'text', 'label-conflict', { id: 'apply.insert-no-label' });
    return fail(ctx);
  }
  if (!checkOneUnit(ctx, c.text)) return fail(ctx);
  const slot = slotFor(ctx, mode, x);
  // already there with the same wording?
  const same = siblingsOf(ctx.w, slot.parent).find(
    (s) => s.pattern === frag.unit.pattern && (isBullet(s) || s.number.toLocaleLowerCase('vi') === frag.number.toLocaleLowerCase('vi')) && keyOf(ctx.w.unitText(s)) === keyOf(c.text),
  );
  if (same) return already(ctx, [anchorOf(ctx, same)]);
  if (!checkSlot(ctx, frag, slot, 'text')) return fail(ctx);
  const expected = isBullet(frag.unit) ? undefined : expectedAnchor(ctx, slot, frag);
  const parentAnchor = slot.parent ? anchorOf(ctx, slot.parent) : undefined;
  const block = shapeBlock(c.text, prefixFor(ctx, slot, frag), ctx.w.original.eol);
  conflicts(ctx, insertText(ctx, slot, block), mode);
  if (expected) return done(ctx, ctx.w.anchor(expected) ? [expected] : []);
  // a bullet is named by its rank: find it among its siblings by its text
  const parent = parentAnchor !== undefined ? ctx.w.anchor(parentAnchor) : undefined;
  const siblings = parent ? parent.children : parentAnchor === undefined ? ctx.w.units : [];
  const mine = siblings.find((s) => isBullet(s) && keyOf(ctx.w.unitText(s)) === keyOf(block));
  done(ctx, mine ? [anchorOf(ctx, mine)] : []);
}

function opRepeal(ctx: Ctx, c: Extract<Change, { op: 'repeal' }>): void {
  const targets = Array.isArray(c.target) ? c.target : [c.target];
  const units: Unit[] = [];
  let ok = true;
  targets.forEach((t, i) => {
    const us = resolve(ctx, Array.isArray(c.target) ? ['target', i] : 'target', t, { one: false });
    if (!us) ok = false;
    else units.push(...us);
  });
  if (!ok || units.length === 0 || !checkExpect(ctx, units)) return fail(ctx);
  const w = ctx.w;
  const anchors = units.map((u) => anchorOf(ctx, u));
  const mode = c.mode ?? 'placeholder';
  // every splice re-parses chunks: find each unit again by its anchor, the last one first
  const fresh = (a: string): Unit | undefined => w.anchor(a);
  if (mode === 'placeholder') {
    const pending = anchors.filter((a) => !isPlaceholder(w, fresh(a)!));
    if (pending.length === 0) return already(ctx, anchors);
    for (const a of [...pending].reverse()) {
      const u = fresh(a);
      if (!u) continue;
      if (KIND_RANK[u.kind] < KIND_RANK.dieu) {
        // a Phần, Chương or Mục: every article in it stays, as a repealed placeholder
        for (const aa of collectArticles(u).map((x) => anchorOf(ctx, x)).reverse()) {
          const art = fresh(aa);
          if (art && !isPlaceholder(w, art)) conflicts(ctx, w.replace(w.startPos(art), w.endPos(art), placeholderLine(w.chunkOf(art).text, art), ctx.by), 'target');
        }
        const head = fresh(a)!;
        const chunk = w.chunkOf(head);
        const end = head.headingEnd ?? head.labelEnd;
        conflicts(ctx, w.replace({ chunk, offset: head.labelEnd }, { chunk, offset: Math.max(head.labelEnd, head.ownEnd, end) }, ` ${REPEALED}`, ctx.by), 'target');
      } else {
        conflicts(ctx, w.replace(w.startPos(u), w.endPos(u), placeholderLine(w.chunkOf(u).text, u), ctx.by), 'target');
      }
    }
    return done(ctx, anchors);
  }
  for (const a of [...anchors].reverse()) {
    const u = fresh(a);
    if (!u) continue;
    const [ra, rb] = removalRange(w, u);
    conflicts(ctx, w.replace(ra, rb, '', ctx.by), 'target');
  }
  ctx.record.removed.push(...anchors);
  done(ctx, []);
}

function collectArticles(u: Unit): Unit[] {
  const out: Unit[] = [];
  const visit = (x: Unit): void => {
    if (x.kind === 'dieu') out.push(x);
    else x.children.forEach(visit);
  };
  u.children.forEach(visit);
  return out;
}

function placeholderLine(chunkText: string, u: Unit): string {
  return `${structuralPrefix(chunkText, u)}${u.label} ${REPEALED}`;
}

function isPlaceholder(w: WorkingDocument, u: Unit): boolean {
  const own = keyOf(w.unitText(u)).replace(keyOf(u.label), '').trim();
  return own === keyOf(REPEALED) && u.children.every((c) => isPlaceholder(w, c));
}

type PhraseChange = Extract<Change, { op: 'replace_phrase' | 'delete_phrase' | 'insert_phrase' }>;

function opPhrase(ctx: Ctx, c: PhraseChange): void {
  const w = ctx.w;
  // new words never carry structure: a label on a line of its own would open a unit mid-text
  const words = c.op === 'replace_phrase' ? c.with : c.op === 'insert_phrase' ? c.text : undefined;
  const stray = words !== undefined ? strayLabel(words) : undefined;
  if (stray !== undefined) {
    report(ctx, c.op === 'replace_phrase' ? 'with' : 'text', 'label-conflict', { id: 'apply.phrase-structure', args: { label: stray } });
    return fail(ctx);
  }
  // the scopes: each target, or the whole document
  let scopes: Array<{ label: string; segments: Segment[]; field: string | ReadonlyArray<string | number> }>;
  if (c.target === undefined) {
    scopes = [{ label: w.name, segments: w.chunks.map((chunk) => ({ chunk, start: 0, end: chunk.body.length })), field: 'find' }];
  } else {
    const list = Array.isArray(c.target) ? c.target : [c.target];
    scopes = [];
    let ok = true;
    list.forEach((t, i) => {
      const field = Array.isArray(c.target) ? ['target', i] : 'target';
      const us = resolve(ctx, field, t, { one: false }) as (Unit[] & { heading?: boolean }) | undefined;
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
      const want = [keyOf(c.expect), keyOf(stripLabel(c.expect))].filter(Boolean);
      if (!want.some((k) => all.includes(k))) {
        report(ctx, 'expect', 'stale-text', { id: 'apply.stale-text', args: { target: scopes[0]?.label ?? w.name } }, closestHint(c.expect, scopeHaystack(scopes.flatMap((sc) => sc.segments))));
        return fail(ctx);
      }
    }
  }
  const anchorPhrase = c.op === 'insert_phrase' ? (c.after ?? c.before)! : c.find;
  const anchorField = c.op === 'insert_phrase' ? (c.after !== undefined ? 'after' : 'before') : 'find';
  const edits: Array<{ chunk: Hit['chunk']; start: number; end: number; text: string }> = [];
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
  const anchors = edits.map((e) => unitAt(w, e.chunk, e.start)).filter((u): u is Unit => !!u).map((u) => anchorOf(ctx, u));
  conflicts(ctx, w.replaceMany(edits, ctx.by), anchorField);
  done(ctx, [...new Set(anchors)]);
}

/** The deepest unit containing an offset of a chunk. */
function unitAt(w: WorkingDocument, chunk: Hit['chunk'], offset: number): Unit | undefined {
  let found: Unit | undefined;
  const visit = (us: readonly Unit[]): void => {
    for (const u of us) {
      if (w.chunkOf(u) === chunk && u.start <= offset && offset <= u.end) {
        found = u;
        visit(u.children);
      }
    }
  };
  for (const r of chunk.roots) {
    if (r.start <= offset && offset <= Math.max(r.end, r.ownEnd)) {
      found = r;
      visit(r.children.slice(0, chunk.own.get(r) ?? r.children.length));
    }
  }
  return found;
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

type PhraseEdit = { chunk: Hit['chunk']; start: number; end: number; text: string };

/**
 * The edits of a phrase change at one hit. Inline markup inside the hit (a phrase that spans the
 * end of a bold run) is never deleted: a replacement is narrowed to the part of the phrase that
 * really changes, and refused (undefined) when that part still spans markup; a deletion removes
 * the text runs around the markup and keeps the markers against the text they close or open.
 */
function phraseEdit(c: PhraseChange, h: Hit): PhraseEdit[] | undefined {
  const text = h.chunk.body;
  if (c.op === 'replace_phrase') {
    let w = c.with.normalize('NFC');
    if (h.capitalised && w) w = w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
    if (h.markup.length === 0) return [{ chunk: h.chunk, start: h.start, end: h.end, text: w }];
    return narrowReplace(h, w);
  }
  if (c.op === 'delete_phrase') {
    if (h.markup.length > 0) return deleteAroundMarkup(h);
    const [s, e] = deletionRange(text, h.start, h.end);
    return [{ chunk: h.chunk, start: s, end: e, text: '' }];
  }
  const ins = c.text.normalize('NFC');
  if (c.after !== undefined) {
    const next = text.charAt(h.end);
    const lead = /^[\s,.;:)]/.test(ins) ? '' : ' ';
    const tail = /\s$/.test(ins) || next === '' || /[\s,.;:)]/.test(next) ? '' : ' ';
    return [{ chunk: h.chunk, start: h.end, end: h.end, text: lead + ins.trimEnd() + tail }];
  }
  const prev = text.charAt(h.start - 1);
  const lead = h.start === 0 || /[\s(]/.test(prev) || /^\s/.test(ins) ? '' : ' ';
  const tail = /[\s(]$/.test(ins) ? '' : ' ';
  return [{ chunk: h.chunk, start: h.start, end: h.start, text: lead + ins.trimStart().trimEnd() + tail }];
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

function narrowReplace(h: Hit, w: string): PhraseEdit[] | undefined {
  const old = h.runs.map(([a, b]) => h.chunk.body.slice(a, b)).join('').normalize('NFC');
  let p = 0;
  while (p < old.length && p < w.length && old.charAt(p) === w.charAt(p)) p++;
  let q = 0;
  while (q < old.length - p && q < w.length - p && old.charAt(old.length - 1 - q) === w.charAt(w.length - 1 - q)) q++;
  const start = runOffset(h, p, false);
  const end = runOffset(h, old.length - q, true);
  if (h.markup.some(([a, b]) => a < end && b > start)) return undefined;
  return [{ chunk: h.chunk, start, end: Math.max(start, end), text: w.slice(p, w.length - q) }];
}

/**
 * Delete a phrase that spans markup: the phrase's text goes, its markers stay, each against the
 * text it belongs to — a closing marker (text right before it) after what precedes the phrase, an
 * opening one before what follows — with one space between them where the phrase had one.
 */
function deleteAroundMarkup(h: Hit): PhraseEdit[] {
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
  return [{ chunk: h.chunk, start: s, end: e, text: closers.join('') + space + openers.join('') }];
}

function opMove(ctx: Ctx, c: Extract<Change, { op: 'move' }>): void {
  const [u] = resolve(ctx, 'target', c.target, { one: true }) ?? [];
  if (!u || !checkExpect(ctx, [u])) return fail(ctx);
  const mode = c.after !== undefined ? 'after' : c.before !== undefined ? 'before' : 'into';
  const [x] = resolve(ctx, mode, (c[mode] as string) ?? '', { one: true }) ?? [];
  if (!x) return fail(ctx);
  const w = ctx.w;
  if (x === u || ancestorsOf(x).includes(u)) {
    report(ctx, mode, 'label-conflict', { id: 'apply.move-into-itself', args: { target: cite(ctx, u) } });
    return fail(ctx);
  }
  const from = anchorOf(ctx, u);
  const number = (c.label ?? u.number).normalize('NFC').trim().replace(/^(?:điều|khoản|điểm)\s+/iu, '').replace(/[.)\-:]+$/, '').replace(/^\(/, '');
  const slot0 = slotFor(ctx, mode, x);
  const text = relabel(w.unitText(u), u, number, labelTemplate(ctx, slot0, number, u));
  const frag = parseFragment(text);
  if (!frag) {
    report(ctx, 'target', 'label-conflict', { id: 'apply.insert-no-label' });
    return fail(ctx);
  }
  const slot = slotFor(ctx, mode, x);
  if (!checkSlot(ctx, frag, slot, c.label !== undefined ? 'label' : mode, u)) return fail(ctx);
  // remember the destination by anchor: removing the unit re-parses chunks
  const destAnchor = anchorOf(ctx, x);
  const prefix = prefixFor(ctx, slot, frag);
  const expected = expectedAnchor(ctx, slot, frag);
  const [ra, rb] = removalRange(w, u);
  conflicts(ctx, w.replace(ra, rb, '', ctx.by), 'target');
  const x2 = w.anchor(destAnchor);
  if (!x2) {
    report(ctx, mode, 'target-not-found', { id: 'apply.move-lost-destination', args: { target: destAnchor } });
    return fail(ctx);
  }
  const slot2 = slotFor(ctx, mode, x2);
  const block = shapeBlock(dedentBlock(text), prefix, w.original.eol);
  conflicts(ctx, insertText(ctx, slot2, block, true), mode);
  ctx.record.moved = { from, to: expected };
  ctx.record.removed.push(from);
  done(ctx, w.anchor(expected) ? [expected] : []);
}

function ancestorsOf(u: Unit): Unit[] {
  const out: Unit[] = [];
  for (let p = u.parent; p; p = p.parent) out.push(p);
  return out;
}

/** The label form a number takes at its destination: like a sibling's there ("a)" → "c)"). */
function labelTemplate(ctx: Ctx, slot: Slot, number: string, u: Unit): string {
  if (number === u.number) return u.label;
  const pattern = /^[a-zđ]\d{0,2}$/u.test(number) ? 'letter' : /^\d+(?:\.\d+)+[a-zđ]?$/u.test(number) ? 'decimal' : u.kind === 'dieu' ? 'dieu' : 'arabic';
  const sibling = siblingsOf(ctx.w, slot.parent).find((s) => s.pattern === pattern && s !== u) ?? (u.pattern === pattern ? u : undefined);
  if (sibling) {
    const i = sibling.label.indexOf(sibling.number);
    if (i >= 0) return sibling.label.slice(0, i) + number + sibling.label.slice(i + sibling.number.length);
  }
  return pattern === 'letter' ? `${number})` : pattern === 'dieu' ? `Điều ${number}.` : `${number}.`;
}

/** Give a unit's Markdown its new label (and its decimal points the new prefix: 3.1 → 4.1). */
function relabel(text: string, u: Unit, number: string, label: string): string {
  if (label === u.label) return text;
  const i = text.indexOf(u.label);
  let out = i >= 0 ? text.slice(0, i) + label + text.slice(i + u.label.length) : text;
  if (u.pattern === 'arabic' && /^\d+[a-zđ]?$/u.test(number)) {
    const esc = u.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(^|\\n)([ \\t>#*\\-+]*)${esc}\\.(\\d)`, 'g'), `$1$2${number}.$3`);
  }
  return out;
}

function dedentBlock(text: string): string {
  const lines = text.split(/\r?\n/);
  const first = /^[ \t]*/.exec(lines[0]!)![0].length;
  return lines.map((l) => (l.slice(0, first).trim() === '' ? l.slice(first) : l.trimStart())).join('\n');
}

// ── records ──────────────────────────────────────────────────────────────────

function fail(ctx: Ctx): void {
  ctx.record.status = 'failed';
}

function already(ctx: Ctx, anchors: string[]): void {
  ctx.record.status = 'already-applied';
  ctx.record.units = anchors;
  report(ctx, undefined, 'already-applied', { id: 'apply.already-applied', args: { id: ctx.id } });
}

function done(ctx: Ctx, anchors: string[]): void {
  if (ctx.record.status === 'failed') return;
  ctx.record.status = 'applied';
  ctx.record.units = anchors;
}

function dispatch(ctx: Ctx): void {
  const c = ctx.change;
  switch (c.op) {
    case 'replace':
      return opReplace(ctx, c);
    case 'replace_heading':
      return opReplaceHeading(ctx, c);
    case 'insert':
      return opInsert(ctx, c);
    case 'repeal':
      return opRepeal(ctx, c);
    case 'replace_phrase':
    case 'delete_phrase':
    case 'insert_phrase':
      return opPhrase(ctx, c);
    case 'move':
      return opMove(ctx, c);
  }
}

export function effectiveOf(patch: Patch, change: Change): string | undefined {
  return change.effective ?? patch.effective ?? patch.date;
}

/**
 * Apply patches in order. Each patch is applied to the document it amends (as left by the patches
 * before it). Nothing here writes: the result holds the new texts, the diagnostics say whether
 * they may be written.
 */
export function applyPatches(patches: readonly LoadedPatch[], options: ApplyOptions): ApplyRun {
  const diagnostics: Diagnostic[] = [];
  const workings = new Map<RegulationDocument, WorkingDocument>();
  const records: ChangeRecord[] = [];
  writerNames.clear();
  writerEffective.clear();
  patches.forEach((lp, pi) => {
    diagnostics.push(...lp.diagnostics);
    const patch = lp.patch;
    if (!patch) return;
    patch.changes.forEach((c, ci) => {
      writerNames.set(`${pi}:${ci}`, `${changeId(c, ci)} (${patch.id})`);
      const eff = effectiveOf(patch, c);
      if (eff) writerEffective.set(`${pi}:${ci}`, eff);
    });
    const doc = options.find(patch.amends);
    if (!doc) {
      const [a, b] = lp.at(['amends']);
      diagnostics.push(diagnosticAt(lp.source, a, b, 'unknown-document', { id: 'apply.unknown-document', args: { doc: patch.amends } }));
      return;
    }
    let w = workings.get(doc);
    if (!w) {
      w = new WorkingDocument(doc);
      workings.set(doc, w);
    }
    patch.changes.forEach((change, index) => {
      const id = changeId(change, index);
      const effective = effectiveOf(patch, change);
      const record: ChangeRecord = { patch: pi, index, id, patchId: patch.id, op: change.op, status: 'applied', document: w!.name, units: [], removed: [], ...(effective ? { effective } : {}) };
      records.push(record);
      // as of a date, a change is in force from its effective date; an undated change is a
      // proposal, in force on no date
      if (options.asOf && (!effective || effective > options.asOf)) {
        record.status = 'not-yet-effective';
        return;
      }
      const ctx: Ctx = { w: w!, lp, patch, index, change, by: { patch: pi, change: index }, id, ds: diagnostics, record };
      dispatch(ctx);
    });
  });
  // the working documents' texts and pieces, then the working documents let go (their units and
  // chunks are as large as the document's own) before each result is parsed
  const finals = [...workings].map(([doc, w]) => ({ doc, text: w.text(), pieces: w.pieces(), name: w.name }));
  workings.clear();
  const documents: AppliedDocument[] = [];
  for (const f of finals) {
    const result = parseRegulation(f.doc.source.path, f.text);
    documents.push({ original: f.doc, result, pieces: f.pieces, changes: records.filter((r) => r.document === f.name) });
  }
  finals.length = 0;
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ok, diagnostics, documents, changes: records };
}

export { unitWord };
