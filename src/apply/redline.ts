/**
 * The redline model, computed from what the operations did — the piece table says exactly which
 * original bytes survive and which change wrote the rest — not from a blind diff of two texts.
 *
 * - Text no change touched is `equal`.
 * - A region that is whole new units (after a line break) is an `insert`, or a `move-to` when a
 *   move wrote it; a region that removes whole units is a `delete`, or a `move-from`.
 * - Any other region is widened to the smallest unit that holds it in both versions (same
 *   anchor) and shown as `modify`, with a word diff inside (jsdiff, per unit, with a time limit;
 *   the whole old and new text when it runs out).
 *
 * Concatenating every hunk's `old` gives the original body, every `new` the amended body: a
 * property test checks it.
 */
import { formatCitation, styleOf } from '../citation/format.js';
import type { RegulationDocument, Unit, UnitKind } from '../document/model.js';
import { openingWords } from '../document/parse.js';
import { deepestAccepted } from '../document/tree.js';
import { isSpaceCode } from '../text/space.js';
import { wholeDiff, wordDiff, type DiffPart } from '../text/worddiff.js';
import { changeName, type ChangeRecord } from './model.js';
import type { Piece, Writer } from './pieces.js';

export type HunkKind = 'equal' | 'modify' | 'insert' | 'delete' | 'move-from' | 'move-to';

export interface HunkUnit {
  anchor: string;
  kind: UnitKind;
  label: string;
  heading?: string;
  citation: string;
  /** for a unit whose own text changed: its line as context for the units inside it */
  line?: string;
}

export interface Hunk {
  kind: HunkKind;
  old: string;
  new: string;
  /** modify: the word diff (equal + del = old, equal + ins = new) */
  parts?: DiffPart[];
  /** the unit the hunk is about (in the result; in the original for delete and move-from) */
  unit?: HunkUnit;
  /** the headings above it, outermost first ("Chương I. …", "Điều 1. …") */
  context: string[];
  /** ids of the changes that wrote it */
  changes: string[];
  /** for moves: the anchor at the other end */
  counterpart?: string;
}

export interface Redline {
  document: string;
  hunks: Hunk[];
  summary: { changes: number; units: number; inserted: number; deleted: number; modified: number; moved: number };
}

interface Region {
  oa: number;
  ob: number;
  na: number;
  nb: number;
  writers: Writer[];
  moved: boolean;
}

/**
 * Raw regions of difference from the result's pieces (original offsets vs result offsets): runs
 * of tombstones and new text between surviving original pieces, cut where the writer changes.
 */
function regions(pieces: readonly Piece[], oldStart: number, oldEnd: number, newStart: number): Region[] {
  const out: Region[] = [];
  let op = oldStart;
  let np = newStart;
  let cur: Region | null = null;
  const sameWriter = (r: Region, by: Writer, moved: boolean): boolean => {
    const w = r.writers[r.writers.length - 1];
    return !w || (w.patch === by.patch && w.change === by.change && r.moved === moved);
  };
  const regionFor = (by: Writer, moved: boolean): Region => {
    if (cur && !sameWriter(cur, by, moved)) {
      out.push(cur);
      cur = null;
    }
    cur ??= { oa: op, ob: op, na: np, nb: np, writers: [], moved };
    return cur;
  };
  for (const p of pieces) {
    if (p.kind === 'orig') {
      if (p.start > op) {
        // original text gone without a tombstone (cannot happen; keep the model exact)
        const r: Region = cur ?? { oa: op, ob: op, na: np, nb: np, writers: [], moved: false };
        r.ob = p.start;
        cur = r;
      }
      if (cur) {
        out.push(cur);
        cur = null;
      }
      op = p.end;
      np += p.end - p.start;
    } else if (p.kind === 'del') {
      const r = regionFor(p.by, false);
      r.writers.push(p.by);
      r.ob = Math.max(r.ob, p.end);
      op = Math.max(op, p.end);
    } else {
      const r = regionFor(p.by, !!p.moved);
      r.writers.push(p.by);
      np += p.text.length;
      r.nb = np;
    }
  }
  if (op < oldEnd) {
    const r: Region = cur ?? { oa: op, ob: op, na: np, nb: np, writers: [], moved: false };
    r.ob = oldEnd;
    cur = r;
  }
  if (cur) out.push(cur);
  return out;
}

/** Whole units exactly covering [a, b), whitespace around and between them aside. */
function wholeUnits(doc: RegulationDocument, a: number, b: number): Unit[] | undefined {
  const text = doc.source.text;
  let s = a;
  let e = b;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (s >= e) return undefined;
  // the region must start its line but for white space: look back from it to the line's start,
  // no further than the first other character (a region inside a long line is answered at once,
  // not after a walk to the line's start: 10,000 phrase changes on one line made it quadratic)
  let ls = s;
  for (; ls > 0; ls--) {
    const c = text.charCodeAt(ls - 1);
    if (c === 0x0a) break;
    if (!isSpaceCode(c)) return undefined;
  }
  const out: Unit[] = [];
  const visit = (us: readonly Unit[]): void => {
    // skip the units ending before the region (sorted by start, binary search)
    let lo = 0;
    let hi = us.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (us[mid]!.end <= ls && us[mid]!.start < ls) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < us.length && us[i]!.start < e; i++) {
      const u = us[i]!;
      if (u.start >= ls && u.end <= e) out.push(u);
      else if (u.end > ls) visit(u.children);
    }
  };
  visit(doc.units);
  if (out.length === 0) return undefined;
  if (out[0]!.start !== ls || out[out.length - 1]!.end !== e) return undefined;
  for (let i = 1; i < out.length; i++) if (text.slice(out[i - 1]!.end, out[i]!.start).trim() !== '') return undefined;
  return out;
}

/** Word diff for display, on NFC text (jsdiff splits NFD words at combining marks). */
function diffParts(o: string, n: string): DiffPart[] {
  const a = o.normalize('NFC');
  const b = n.normalize('NFC');
  const parts = wordDiff(a, b);
  // a diff that keeps no word is noise: show the whole old and new text
  if (!parts || !parts.some((p) => p.kind === 'equal' && /[\p{L}\p{N}]/u.test(p.text))) return wholeDiff(a, b);
  return parts;
}

/**
 * The parts of a modified unit: the text between the operations' regions is equal, each region
 * is refined by a word diff of its own old and new text (a rewritten unit: of the whole unit).
 */
function partsOf(sp: { oa: number; ob: number; na: number; nb: number; regions: readonly Region[] }, oldText: string, newText: string): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (p: DiffPart): void => {
    if (!p.text) return;
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  };
  const regs = [...sp.regions].sort((a, b) => a.na - b.na || a.oa - b.oa);
  let op = sp.oa;
  let np = sp.na;
  for (const r of regs) {
    if (r.oa < op || r.na < np) continue;
    push({ kind: 'equal', text: oldText.slice(op, r.oa).normalize('NFC') });
    for (const p of diffParts(oldText.slice(r.oa, r.ob), newText.slice(r.na, r.nb))) push(p);
    op = r.ob;
    np = r.nb;
  }
  push({ kind: 'equal', text: oldText.slice(op, sp.ob).normalize('NFC') });
  return out;
}

function hunkUnit(doc: RegulationDocument, u: Unit): HunkUnit {
  const h: HunkUnit = { anchor: u.anchor, kind: u.kind, label: u.label, citation: formatCitation(u, doc.meta, styleOf(doc.meta)) };
  if (u.heading) h.heading = u.heading;
  return h;
}

/** A unit as a context line: its label and heading, or the opening words of its own text. */
export function contextLine(doc: RegulationDocument, u: Unit): string {
  if (u.heading) return `${u.label} ${u.heading}`;
  const words = openingWords(doc.source.text, u.bodyStart, u.ownEnd, 60);
  return words ? `${u.label} ${words}` : u.label;
}

/** The context lines above a unit; a parent's lines are computed once per redline or comparison
 *  (memo; the arrays are shared: a caller that keeps one copies it). */
export function contextOf(doc: RegulationDocument, u: Unit, memo: Map<Unit, string[]>): string[] {
  const p = u.parent;
  if (!p) return [];
  let above = memo.get(p);
  if (!above) {
    above = p.label ? [...contextOf(doc, p, memo), contextLine(doc, p)] : contextOf(doc, p, memo);
    memo.set(p, above);
  }
  return above;
}

/**
 * The name a change goes by in a redline (model.ts, changeName): its id, qualified by its patch's
 * id when the run holds several patches (ids repeat across patches). Keyed by "patch:index".
 */
export function changeNames(records: readonly ChangeRecord[]): Map<string, string> {
  const several = new Set(records.map((r) => r.patch)).size > 1;
  return new Map(records.map((r) => [`${r.patch}:${r.index}`, changeName(r, several)]));
}

export function buildRedline(original: RegulationDocument, result: RegulationDocument, pieces: readonly Piece[], records: readonly ChangeRecord[]): Redline {
  const oldText = original.source.text;
  const newText = result.source.text;
  const byWriter = changeNames(records);
  const names = (ws: readonly Writer[]): string[] => [...new Set(ws.map((w) => byWriter.get(`${w.patch}:${w.change}`) ?? `#${w.change + 1}`))];
  const movedFrom = new Map(records.filter((r) => r.moved).map((r) => [r.moved!.from, r]));
  const movedTo = new Map(records.filter((r) => r.moved).map((r) => [r.moved!.to, r]));

  // 1. raw regions, widened to units where they are not whole inserted / removed units
  type Span = {
    oa: number;
    ob: number;
    na: number;
    nb: number;
    kind: Exclude<HunkKind, 'equal'>;
    regions: Region[];
    unit?: Unit;
    side: 'old' | 'new';
    counterpart?: string;
  };
  const spans: Span[] = [];
  for (const r of regions(pieces, original.bodyStart, oldText.length, result.bodyStart)) {
    const added = r.nb > r.na ? wholeUnits(result, r.na, r.nb) : undefined;
    const removed = r.ob > r.oa ? wholeUnits(original, r.oa, r.ob) : undefined;
    const newOnly = added && added.every((u) => !original.byAnchor.has(u.anchor) || movedTo.has(u.anchor));
    const oldOnly = removed && removed.every((u) => !result.byAnchor.has(u.anchor) || movedFrom.has(u.anchor));
    if (added && newOnly && r.ob === r.oa) {
      const u = added[0]!;
      const moved = r.moved || movedTo.has(u.anchor);
      const sp: Span = { ...r, kind: moved ? 'move-to' : 'insert', regions: [r], unit: u, side: 'new' };
      if (moved) sp.counterpart = movedTo.get(u.anchor)?.moved?.from ?? '';
      spans.push(sp);
      continue;
    }
    if (removed && oldOnly && r.nb === r.na) {
      const u = removed[0]!;
      const moved = movedFrom.has(u.anchor);
      const sp: Span = { ...r, kind: moved ? 'move-from' : 'delete', regions: [r], unit: u, side: 'old' };
      if (moved) sp.counterpart = movedFrom.get(u.anchor)?.moved?.to ?? '';
      spans.push(sp);
      continue;
    }
    // widen to the smallest unit holding the region in both versions: its own text (label,
    // heading, text before its first child) when the region lies there, else the whole unit
    const u = deepestAccepted(result.units, r.na, r.nb, (x) => {
      const o = original.byAnchor.get(x.anchor);
      return !!o && o.start <= r.oa && r.ob <= o.end;
    });
    if (u) {
      const o = original.byAnchor.get(u.anchor)!;
      const own = r.nb <= u.ownEnd && r.ob <= o.ownEnd && u.children.length > 0 && o.children.length > 0;
      spans.push({ oa: o.start, ob: own ? o.ownEnd : o.end, na: u.start, nb: own ? u.ownEnd : u.end, kind: 'modify', regions: [r], unit: u, side: 'new' });
    } else {
      spans.push({ ...r, kind: 'modify', regions: [r], side: 'new' });
    }
  }

  // 2. merge spans that overlap on either side (a repealed point inside a rewritten clause)
  spans.sort((a, b) => a.na - b.na || a.oa - b.oa);
  const merged: Span[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && (sp.na < last.nb || sp.oa < last.ob)) {
      const wider = last.nb - last.na + (last.ob - last.oa) >= sp.nb - sp.na + (sp.ob - sp.oa) ? last : sp;
      // the regions gathered in the merged span's own array (each span's array is its own):
      // copying them at every merge was quadratic in the changes one unit takes
      last.regions.push(...sp.regions);
      merged[merged.length - 1] = {
        oa: Math.min(last.oa, sp.oa),
        ob: Math.max(last.ob, sp.ob),
        na: Math.min(last.na, sp.na),
        nb: Math.max(last.nb, sp.nb),
        kind: 'modify',
        regions: last.regions,
        ...(wider.unit ? { unit: wider.unit } : {}),
        side: 'new',
      };
    } else merged.push(sp);
  }

  // 3. hunks with the equal text between them
  const oldMemo = new Map<Unit, string[]>();
  const newMemo = new Map<Unit, string[]>();
  const hunks: Hunk[] = [];
  let op = original.bodyStart;
  let np = result.bodyStart;
  for (const sp of merged) {
    if (sp.oa > op || sp.na > np) {
      const o = oldText.slice(op, sp.oa);
      hunks.push({ kind: 'equal', old: o, new: newText.slice(np, sp.na), context: [], changes: [] });
    }
    const o = oldText.slice(sp.oa, sp.ob);
    const n = newText.slice(sp.na, sp.nb);
    const doc = sp.side === 'old' ? original : result;
    const h: Hunk = { kind: sp.kind, old: o, new: n, context: sp.unit ? [...contextOf(doc, sp.unit, sp.side === 'old' ? oldMemo : newMemo)] : [], changes: names(sp.regions.flatMap((r) => r.writers)) };
    if (sp.unit) {
      h.unit = hunkUnit(doc, sp.unit);
      // the unit's own line, as the context of what follows inside it
      if (sp.kind === 'modify' && sp.unit.children.length > 0) h.unit.line = contextLine(doc, sp.unit);
    }
    if (sp.counterpart !== undefined) h.counterpart = sp.counterpart;
    if (sp.kind === 'modify') h.parts = partsOf(sp, oldText, newText);
    hunks.push(h);
    op = sp.ob;
    np = sp.nb;
  }
  if (oldText.length > op || newText.length > np) hunks.push({ kind: 'equal', old: oldText.slice(op), new: newText.slice(np), context: [], changes: [] });

  const changed = hunks.filter((h) => h.kind !== 'equal');
  return {
    document: original.meta.number ?? original.source.path,
    hunks,
    summary: {
      changes: records.filter((r) => r.status === 'applied').length,
      units: changed.length,
      inserted: changed.filter((h) => h.kind === 'insert').length,
      deleted: changed.filter((h) => h.kind === 'delete').length,
      modified: changed.filter((h) => h.kind === 'modify').length,
      moved: changed.filter((h) => h.kind === 'move-to').length,
    },
  };
}

/** The two texts a redline describes (for checks: they must be the original and the result). */
export function rebuild(redline: Redline): { old: string; new: string } {
  return { old: redline.hunks.map((h) => h.old).join(''), new: redline.hunks.map((h) => h.new).join('') };
}
