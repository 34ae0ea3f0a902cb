/**
 * The operations on whole units (product.md §4): replace a unit's text, replace its heading,
 * insert a unit, repeal units (leaving "(được bãi bỏ)" in place, or removing them), move a unit.
 * Each resolves its targets, checks them, and hands its edits to the working document; the
 * spacing around an inserted or removed unit follows the document's own.
 */
import { isHeadingPattern, KIND_RANK } from '../../document/kinds.js';
import type { Unit } from '../../document/model.js';
import { ancestorsOf, collectArticles, siblingsOf } from '../../document/tree.js';
import type { Change } from '../../patch/schema.js';
import { keyOf } from '../../text/normalize.js';
import { already, checkExpect, cite, done, edit, fail, report, resolve, type Ctx } from '../change.js';
import { blankBetween, headingReplacement, shapeBlock, structuralPrefix } from '../format.js';
import { itemHeadingStart, lineContentStart } from '../../text/markup.js';
import { checkOneUnit, checkSlot, expectedAnchor, isBullet, labelTemplate, parseFragment, prefixFor, relabel, slotFor, type Slot } from '../slot.js';
import type { Pos, WorkingDocument, WorkingEdit } from '../working.js';

const REPEALED = '(được bãi bỏ)';

// ── spacing ───────────────────────────────────────────────────────────────────

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

/** The edit that inserts a block of Markdown at a slot, spaced as its siblings are. */
function insertion(ctx: Ctx, slot: Slot, block: string, moved = false): WorkingEdit {
  const w = ctx.w;
  const eol = w.original.eol;
  const x = slot.anchorUnit;
  const sep = eol + (blankFor(w, slot) ? eol : '');
  if (slot.mode === 'before') return { range: [w.startPos(x), w.startPos(x)], text: block + sep, moved };
  const at = w.endPos(x);
  return { range: [at, at], text: sep + block, moved };
}

// ── operations ───────────────────────────────────────────────────────────────

export function opReplace(ctx: Ctx, c: Extract<Change, { op: 'replace' }>): void {
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
  if (keyOf(old) === keyOf(block)) return already(ctx, [ctx.w.anchorOf(u)]);
  const anchor = ctx.w.anchorOf(u);
  edit(ctx, [{ range: [w.startPos(u), w.endPos(u)], text: block }], 'target');
  done(ctx, [anchor]);
}

export function opReplaceHeading(ctx: Ctx, c: Extract<Change, { op: 'replace_heading' }>): void {
  const [u] = resolve(ctx, 'target', c.target, { one: true }) ?? [];
  if (!u || !checkExpect(ctx, [u])) return fail(ctx);
  if (!isHeadingPattern(u.pattern)) {
    report(ctx, 'target', 'target-not-found', { id: 'apply.no-heading', args: { target: cite(ctx, u) } });
    return fail(ctx);
  }
  const w = ctx.w;
  const chunk = w.chunkOf(u);
  const heading = c.heading.normalize('NFC').trim();
  if (u.heading !== undefined && keyOf(u.heading) === keyOf(heading)) return already(ctx, [ctx.w.anchorOf(u)]);
  const anchor = ctx.w.anchorOf(u);
  if (u.headingStart !== undefined && u.headingEnd !== undefined) {
    // the heading's closing markers and the emphasis around it kept, its markers balanced
    const t = chunk.text;
    const ls = t.lastIndexOf('\n', u.headingStart - 1) + 1;
    let le = t.indexOf('\n', u.headingStart);
    if (le === -1) le = t.length;
    if (t.charCodeAt(le - 1) === 0x0d) le--;
    const cs = itemHeadingStart(t, ls, le)?.start ?? lineContentStart(t, ls, le).start;
    const edits = headingReplacement(t, Math.min(cs, u.headingStart), le, u.headingStart, u.headingEnd, heading);
    edit(ctx, edits.map((r) => ({ range: [{ chunk, offset: r.from }, { chunk, offset: r.to }], text: r.text })), 'target');
  } else {
    const sep = /[.:]$/.test(u.label) ? ' ' : '. ';
    edit(ctx, [{ range: [{ chunk, offset: u.labelEnd }, { chunk, offset: u.labelEnd }], text: sep + heading }], 'target');
  }
  done(ctx, [anchor]);
}

export function opInsert(ctx: Ctx, c: Extract<Change, { op: 'insert' }>): void {
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
  const same = siblingsOf(ctx.w.tree().units, slot.parent).find(
    (s) => s.pattern === frag.unit.pattern && (isBullet(s) || s.number.toLocaleLowerCase('vi') === frag.number.toLocaleLowerCase('vi')) && keyOf(ctx.w.unitText(s)) === keyOf(c.text),
  );
  if (same) return already(ctx, [ctx.w.anchorOf(same)]);
  if (!checkSlot(ctx, frag, slot, 'text')) return fail(ctx);
  const expected = isBullet(frag.unit) ? undefined : expectedAnchor(ctx, slot, frag);
  const parentAnchor = slot.parent ? ctx.w.anchorOf(slot.parent) : undefined;
  const block = shapeBlock(c.text, prefixFor(ctx, slot, frag), ctx.w.original.eol);
  edit(ctx, [insertion(ctx, slot, block)], mode);
  if (expected) return done(ctx, ctx.w.anchor(expected) ? [expected] : []);
  // a bullet is named by its rank: find it among its siblings by its text
  const parent = parentAnchor !== undefined ? ctx.w.anchor(parentAnchor) : undefined;
  const siblings = parent ? parent.children : parentAnchor === undefined ? ctx.w.tree().units : [];
  const mine = siblings.find((s) => isBullet(s) && keyOf(ctx.w.unitText(s)) === keyOf(block));
  done(ctx, mine ? [ctx.w.anchorOf(mine)] : []);
}

export function opRepeal(ctx: Ctx, c: Extract<Change, { op: 'repeal' }>): void {
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
  const anchors = units.map((u) => ctx.w.anchorOf(u));
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
        for (const aa of collectArticles(u).map((x) => ctx.w.anchorOf(x)).reverse()) {
          const art = fresh(aa);
          if (art && !isPlaceholder(w, art)) edit(ctx, [{ range: [w.startPos(art), w.endPos(art)], text: placeholderLine(w.chunkOf(art).text, art) }], 'target');
        }
        const head = fresh(a)!;
        const chunk = w.chunkOf(head);
        const end = head.headingEnd ?? head.labelEnd;
        edit(ctx, [{ range: [{ chunk, offset: head.labelEnd }, { chunk, offset: Math.max(head.labelEnd, head.ownEnd, end) }], text: ` ${REPEALED}` }], 'target');
      } else {
        edit(ctx, [{ range: [w.startPos(u), w.endPos(u)], text: placeholderLine(w.chunkOf(u).text, u) }], 'target');
      }
    }
    return done(ctx, anchors);
  }
  for (const a of [...anchors].reverse()) {
    const u = fresh(a);
    if (!u) continue;
    const [ra, rb] = removalRange(w, u);
    edit(ctx, [{ range: [ra, rb], text: '' }], 'target');
  }
  ctx.record.removed.push(...anchors);
  done(ctx, []);
}

function placeholderLine(chunkText: string, u: Unit): string {
  return `${structuralPrefix(chunkText, u)}${u.label} ${REPEALED}`;
}

function isPlaceholder(w: WorkingDocument, u: Unit): boolean {
  const own = keyOf(w.unitText(u)).replace(keyOf(u.label), '').trim();
  return own === keyOf(REPEALED) && u.children.every((c) => isPlaceholder(w, c));
}

export function opMove(ctx: Ctx, c: Extract<Change, { op: 'move' }>): void {
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
  const from = ctx.w.anchorOf(u);
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
  const destAnchor = ctx.w.anchorOf(x);
  const prefix = prefixFor(ctx, slot, frag);
  const expected = expectedAnchor(ctx, slot, frag);
  const [ra, rb] = removalRange(w, u);
  edit(ctx, [{ range: [ra, rb], text: '' }], 'target');
  const x2 = w.anchor(destAnchor);
  if (!x2) {
    report(ctx, mode, 'target-not-found', { id: 'apply.move-lost-destination', args: { target: destAnchor } });
    return fail(ctx);
  }
  const slot2 = slotFor(ctx, mode, x2);
  const block = shapeBlock(dedentBlock(text), prefix, w.original.eol);
  edit(ctx, [insertion(ctx, slot2, block, true)], mode);
  ctx.record.moved = { from, to: expected };
  ctx.record.removed.push(from);
  done(ctx, w.anchor(expected) ? [expected] : []);
}

function dedentBlock(text: string): string {
  const lines = text.split(/\r?\n/);
  const first = /^[ \t]*/.exec(lines[0]!)![0].length;
  return lines.map((l) => (l.slice(0, first).trim() === '' ? l.slice(first) : l.trimStart())).join('\n');
}

