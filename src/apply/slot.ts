/**
 * A new unit (inserted, or moved) and where it goes: its text parsed for its label, its slot (the
 * parent, the index among the siblings, the unit it follows or precedes), whether its label fits
 * there (Nghị định 78/2025 Điều 69 k4 and Điều 66 k1: inserted units take the number before them
 * with a suffix — Điều 5a after Điều 5, khoản 2a after 2, điểm d1 after d — and untouched units
 * are never renumbered; a label that collides, breaks the order or leaves a gap is refused, with
 * the free label as a hint; in an excerpt a gap may be untranscribed text, so only collisions and
 * order count), the Markdown prefix it borrows from its neighbours, its label at a destination
 * and the anchor it will have.
 */
import { segment } from '../document/anchor.js';
import { unitRank } from '../document/kinds.js';
import type { Pattern } from '../document/labels.js';
import { isHeadingKind, type Unit } from '../document/model.js';
import { compareKeys, isSuccessor, letterAt, letterKey, sequenceKey } from '../document/numbering.js';
import { parseUnits } from '../document/parse.js';
import { allArticles, findPattern, firstArticleIn, lastArticleIn, siblingsOf } from '../document/tree.js';
import type { Message } from '../diagnostics/diagnostic.js';
import { SourceText } from '../text/source.js';
import { cite, nameOf, report, type Ctx } from './change.js';
import { indentOf, structuralPrefix } from './format.js';
import { pieceLength, type Writer } from './pieces.js';
import type { WorkingDocument } from './working.js';

// ── the new unit's text ───────────────────────────────────────────────────────

export interface Fragment {
  unit: Unit;
  /** the label as printed, and the number */
  label: string;
  number: string;
}

/** Parse the Markdown of a new unit (insert, replace): its first unit and label. */
export function parseFragment(text: string): Fragment | undefined {
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

/** Refuse a unit text carrying more units than the one it is for. */
export function checkOneUnit(ctx: Ctx, text: string): boolean {
  const extra = extraUnits(text);
  if (extra.length === 0) return true;
  report(ctx, 'text', 'label-conflict', { id: 'apply.extra-units', args: { labels: extra.join(', ') } });
  return false;
}

export function isBullet(u: Unit): boolean {
  return u.pattern === 'bullet' || u.pattern === 'bullet2';
}

// ── does its label fit? ───────────────────────────────────────────────────────

type Fit =
  | { ok: true }
  | { ok: false; reason: 'collision' | 'gap' | 'order' | 'level'; free?: string; previous?: Unit; next?: Unit; sibling?: Unit };

function samePattern(a: Pattern | 'intro', b: Pattern | 'intro'): boolean {
  const norm = (p: string): string => (p === 'bullet2' ? 'bullet' : p);
  return norm(a) === norm(b);
}

/** The next label after `prev` with a suffix (5 → 5a → 5b; d → d1 → d2), not in `taken`. */
function freeLabel(pattern: Pattern | 'intro', prev: string | undefined, taken: ReadonlySet<string>): string | undefined {
  if (pattern === 'bullet' || pattern === 'bullet2' || pattern === 'intro') return undefined;
  const has = (s: string): boolean => taken.has(s.toLocaleLowerCase('vi'));
  if (prev === undefined) {
    const first = pattern === 'letter' ? 'a' : pattern === 'chuong' || pattern === 'phan' || pattern === 'roman' ? 'I' : '1';
    return has(first) ? undefined : first;
  }
  if (pattern === 'letter') {
    const m = /^([a-zđ])(\d*)$/u.exec(prev);
    if (!m) return undefined;
    for (let n = m[2] ? parseInt(m[2], 10) + 1 : 1; n < 100; n++) if (!has(`${m[1]}${n}`)) return `${m[1]}${n}`;
    return undefined;
  }
  const m = /^(.*?)([a-zđ]?)$/u.exec(prev)!;
  const base = m[1]!;
  const suffix = m[2]!;
  let index = suffix ? (letterKey(suffix)[0] || 0) + 1 : 1;
  for (; index <= 23; index++) {
    const l = letterAt(index)!;
    if (!has(`${base}${l}`)) return `${base}${l}`;
  }
  return undefined;
}

/**
 * Check a label against the siblings it joins. `siblings` are the units of the same sequence in
 * document order (for articles: every article of the document), `index` is where the new unit
 * goes among them, `exclude` a unit that leaves (the moved unit itself).
 */
function fitLabel(
  pattern: Pattern | 'intro',
  number: string,
  siblings: readonly Unit[],
  index: number,
  opts: { excerpt: boolean; exclude?: Unit },
): Fit {
  if (pattern === 'bullet' || pattern === 'bullet2') return { ok: true };
  const seq = siblings.filter((s) => s !== opts.exclude && samePattern(s.pattern, pattern));
  const before = siblings.slice(0, index).filter((s) => s !== opts.exclude && samePattern(s.pattern, pattern));
  const previous = before[before.length - 1];
  const next = siblings.slice(index).find((s) => s !== opts.exclude && samePattern(s.pattern, pattern));
  const taken = new Set(seq.map((s) => s.number.toLocaleLowerCase('vi')));
  const free = freeLabel(pattern, previous?.number, taken);
  const key = sequenceKey(pattern, number);
  const collision = seq.find((s) => s.number.toLocaleLowerCase('vi') === number.toLocaleLowerCase('vi'));
  if (collision) return { ok: false, reason: 'collision', sibling: collision, ...(free ? { free } : {}), ...(previous ? { previous } : {}) };
  if (key[0] === 0) return { ok: false, reason: 'level', ...(free ? { free } : {}) };
  const prevKey = previous ? sequenceKey(previous.pattern, previous.number) : undefined;
  const nextKey = next ? sequenceKey(next.pattern, next.number) : undefined;
  if ((prevKey && compareKeys(key, prevKey) <= 0) || (nextKey && compareKeys(key, nextKey) >= 0)) {
    return { ok: false, reason: 'order', ...(free ? { free } : {}), ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }
  if (!opts.excerpt) {
    const ok = prevKey ? isSuccessor(prevKey, key) : key[0] === 1 && key[1] === 0;
    if (!ok) return { ok: false, reason: 'gap', ...(free ? { free } : {}), ...(previous ? { previous } : {}) };
  }
  return { ok: true };
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

// ── where it goes ─────────────────────────────────────────────────────────────

/** Where a new unit goes: its parent, its index among the parent's children, the text position. */
export interface Slot {
  parent: Unit | null;
  index: number;
  /** the unit it follows (after / into) or precedes (before) */
  anchorUnit: Unit;
  mode: 'after' | 'before' | 'into';
}

export function slotFor(ctx: Ctx, mode: 'after' | 'before' | 'into', x: Unit): Slot {
  if (mode === 'into') return { parent: x, index: x.children.length, anchorUnit: x, mode };
  const parent = x.parent;
  const sibs = siblingsOf(ctx.w.tree().units, parent);
  const i = sibs.indexOf(x);
  return { parent, index: mode === 'after' ? i + 1 : i, anchorUnit: x, mode };
}

/** Check that a new unit with `frag`'s label can stand in `slot`. */
export function checkSlot(ctx: Ctx, frag: Fragment, slot: Slot, field: string, exclude?: Unit): boolean {
  const f = frag.unit;
  const where = slot.parent ? cite(ctx, slot.parent) : ctx.w.name;
  // level: a unit goes beside units of its own pattern, or into a unit of a higher rank
  const parentRank = slot.parent ? unitRank(slot.parent) : -1;
  if (unitRank(f) <= parentRank) {
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
    siblings = allArticles(ctx.w.tree().units);
    const before = slot.mode === 'into' ? lastArticleIn(slot.parent) : slot.mode === 'after' ? lastArticleIn(slot.anchorUnit) ?? slot.anchorUnit : undefined;
    index = before ? siblings.indexOf(before) + 1 : slot.mode === 'before' ? Math.max(0, siblings.indexOf(firstArticleIn(slot.anchorUnit) ?? slot.anchorUnit)) : 0;
    if (index < 0) index = siblings.length;
  } else {
    siblings = siblingsOf(ctx.w.tree().units, slot.parent);
    index = slot.index;
  }
  const fit = fitLabel(f.pattern, frag.number, siblings, index, { excerpt: ctx.w.meta.excerpt === true, ...(exclude ? { exclude } : {}) });
  if (!fit.ok && fit.reason === 'collision' && fit.sibling) {
    // the same new label inserted by another proposal: the two patches conflict
    const other = writerOf(ctx.w, fit.sibling);
    if (other && other.patch !== ctx.by.patch) {
      report(ctx, field, 'conflict', { id: 'apply.conflict-label', args: { label: f.label, other: nameOf(ctx, other) } });
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

/** The Markdown prefix a new unit takes from its neighbours. */
export function prefixFor(ctx: Ctx, slot: Slot, frag: Fragment): string {
  const w = ctx.w;
  // the neighbour it goes beside first (in a document that writes some articles `## Điều` and
  // others `- ## Điều`, a new one takes the way of the one it follows), then the first sibling
  const beside = slot.mode !== 'into' && slot.anchorUnit?.pattern === frag.unit.pattern ? slot.anchorUnit : undefined;
  const sameLevel = beside ?? siblingsOf(w.tree().units, slot.parent).find((s) => s.pattern === frag.unit.pattern) ?? (slot.mode !== 'into' ? slot.anchorUnit : undefined);
  if (sameLevel) return structuralPrefix(w.chunkOf(sameLevel).text, sameLevel);
  if (slot.parent) {
    const child = slot.parent.children[0];
    if (child) return indentOf(structuralPrefix(w.chunkOf(child).text, child));
  }
  // no sibling to copy: the way units of this pattern are written elsewhere in the document
  const elsewhere = findPattern(w.tree().units, frag.unit.pattern);
  if (elsewhere) return structuralPrefix(w.chunkOf(elsewhere).text, elsewhere);
  if (slot.parent) {
    const p = structuralPrefix(w.chunkOf(slot.parent).text, slot.parent);
    return isHeadingKind(frag.unit.kind) ? p : indentOf(p);
  }
  return '';
}

/** After an insertion, the anchor the new unit should have. */
export function expectedAnchor(ctx: Ctx, slot: Slot, frag: Fragment): string {
  const seg = segment({ kind: frag.unit.kind === 'diem' && slot.parent?.pattern === 'decimal' ? 'tiet' : frag.unit.kind, number: frag.number });
  if (frag.unit.kind === 'dieu' || !slot.parent) return seg;
  return `${ctx.w.anchorOf(slot.parent)}.${seg}`;
}

/** The label form a number takes at its destination: like a sibling's there ("a)" → "c)"). */
export function labelTemplate(ctx: Ctx, slot: Slot, number: string, u: Unit): string {
  if (number === u.number) return u.label;
  const pattern = /^[a-zđ]\d{0,2}$/u.test(number) ? 'letter' : /^\d+(?:\.\d+)+[a-zđ]?$/u.test(number) ? 'decimal' : u.kind === 'dieu' ? 'dieu' : 'arabic';
  const sibling = siblingsOf(ctx.w.tree().units, slot.parent).find((s) => s.pattern === pattern && s !== u) ?? (u.pattern === pattern ? u : undefined);
  if (sibling) {
    const i = sibling.label.indexOf(sibling.number);
    if (i >= 0) return sibling.label.slice(0, i) + number + sibling.label.slice(i + sibling.number.length);
  }
  return pattern === 'letter' ? `${number})` : pattern === 'dieu' ? `Điều ${number}.` : `${number}.`;
}

/** Give a unit's Markdown its new label (and its decimal points the new prefix: 3.1 → 4.1). */
export function relabel(text: string, u: Unit, number: string, label: string): string {
  if (label === u.label) return text;
  const i = text.indexOf(u.label);
  let out = i >= 0 ? text.slice(0, i) + label + text.slice(i + u.label.length) : text;
  if (u.pattern === 'arabic' && /^\d+[a-zđ]?$/u.test(number)) {
    const esc = u.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(^|\\n)([ \\t>#*\\-+]*)${esc}\\.(\\d)`, 'g'), `$1$2${number}.$3`);
  }
  return out;
}

