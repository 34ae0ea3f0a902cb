/**
 * The comparison as it was before branch issue-13p (over the Map-based alignment of ./align.ts),
 * kept verbatim as the oracle of src/diff/compare.ts (test/diff/align-oracle.property.test.ts).
 */
/**
 * `quyche diff`: what differs between two versions of a regulation, unit by unit, from the
 * alignment (align.ts). Two views of one comparison:
 *
 * - **findings**, in the new version's order: a unit whose own text changed (with a word diff), a
 *   unit inserted or removed (whole), a unit moved (one finding, both addresses, and a word diff
 *   when it was edited too), a run of units renumbered ("khoản 3–5 thành khoản 4–6");
 * - **hunks** in the redline model of src/apply/redline.ts (equal, modify, insert, delete,
 *   move-from, move-to), whose `old` parts concatenate to the old body and `new` parts to the new
 *   body, so the redline exports (Markdown, HTML, Word with tracked changes) render a diff as they
 *   render an amendment.
 *
 * Word diffs run per unit (jsdiff through src/text/worddiff.ts: a time limit, an edit-length cap
 * and a whole-unit fallback), never on a whole document.
 */
import type { Hunk, HunkUnit, Redline } from '../../../src/apply/redline.js';
import { contextLine } from '../../../src/apply/redline.js';
import { formatCitation, styleOf, unitWord } from '../../../src/citation/format.js';
import type { DocumentMeta, RegulationDocument, Unit, UnitKind } from '../../../src/document/model.js';
import { wholeDiff, wordDiff, type DiffPart } from '../../../src/text/worddiff.js';
import { align, ownContentEnd, type Alignment } from './align.js';

export type FindingKind = 'modify' | 'insert' | 'delete' | 'move' | 'renumber';

export interface UnitRef {
  anchor: string;
  kind: UnitKind;
  label: string;
  number: string;
  citation: string;
  heading?: string;
}

export interface Finding {
  kind: FindingKind;
  /** the unit in the old version (absent for an insert) */
  old?: UnitRef;
  /** the unit in the new version (absent for a delete) */
  new?: UnitRef;
  /** the headings above it, outermost first (in the new version; the old one for a delete) */
  context: string[];
  /** modify: the word diff of the unit's own text after its label; move: of its whole text,
   *  when it was edited as well as moved */
  parts?: DiffPart[];
  /** insert / delete: the unit's Markdown as written, descendants included */
  text?: string;
  /** renumber: the labels of the run, old and new ("khoản 3–5 thành khoản 4–6") */
  run?: { old: UnitRef[]; new: UnitRef[] };
  /** the units themselves (not serialised) */
  units?: { old?: Unit; new?: Unit };
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface DocumentDiff {
  old: RegulationDocument;
  new: RegulationDocument;
  alignment: Alignment;
  findings: Finding[];
  /** front-matter fields that differ */
  meta: FieldChange[];
  hunks: Hunk[];
  summary: { findings: number; modified: number; inserted: number; deleted: number; moved: number; renumbered: number };
}

/** Word diff for display and classification, on NFC text, with the whole-unit fallback. */
export function unitDiff(o: string, n: string): DiffPart[] {
  const a = o.normalize('NFC');
  const b = n.normalize('NFC');
  const parts = wordDiff(a, b);
  if (!parts) return wholeDiff(a, b);
  // a diff that keeps no word is noise: the whole old and new text
  if (a !== b && !parts.some((p) => p.kind === 'equal' && /[\p{L}\p{N}]/u.test(p.text))) return wholeDiff(a, b);
  return parts;
}

export function unitRef(doc: RegulationDocument, u: Unit): UnitRef {
  const r: UnitRef = { anchor: u.anchor, kind: u.kind, label: u.label, number: u.number, citation: u.kind === 'intro' ? unitWord(u, doc.meta, styleOf(doc.meta)) : formatCitation(u, doc.meta, styleOf(doc.meta)) };
  if (u.heading) r.heading = u.heading;
  return r;
}

/** A unit's own text after its label (heading included), trailing blanks aside. */
export function ownText(doc: RegulationDocument, u: Unit): string {
  return doc.source.text.slice(u.labelEnd, Math.max(u.labelEnd, ownContentEnd(u))).replace(/\s+$/, '');
}

/** A unit's whole text after its label, descendants included. */
function treeText(doc: RegulationDocument, u: Unit): string {
  return doc.source.text.slice(u.labelEnd, Math.max(u.labelEnd, u.end)).replace(/\s+$/, '');
}

function contextOf(doc: RegulationDocument, u: Unit): string[] {
  const out: string[] = [];
  for (let p = u.parent; p; p = p.parent) if (p.label) out.unshift(contextLine(doc, p));
  return out;
}

function metaChanges(a: DocumentMeta, b: DocumentMeta): FieldChange[] {
  const out: FieldChange[] = [];
  const flat = (m: DocumentMeta): Record<string, unknown> => {
    const { extra, ...rest } = m;
    return { ...rest, ...(extra ?? {}) };
  };
  const x = flat(a);
  const y = flat(b);
  for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])]) {
    if (JSON.stringify(x[k] ?? null) !== JSON.stringify(y[k] ?? null)) out.push({ field: k, old: x[k] ?? null, new: y[k] ?? null });
  }
  return out;
}

/** Segment i of a document: from unit i's start to the next unit's (pre-order), or the end. */
function segments(doc: RegulationDocument): Array<[number, number]> {
  const all = doc.all;
  return all.map((u, i) => [u.start, i + 1 < all.length ? all[i + 1]!.start : doc.source.text.length]);
}

type Category = 'backbone' | 'insert' | 'delete' | 'move';
/** The category and group root of each unit of one version, by its index in `all`. */
interface Cats {
  cat: Category[];
  root: Unit[];
}
function setCat(c: Cats, k: number, cat: Category, root: Unit): void {
  c.cat[k] = cat;
  c.root[k] = root;
}

export function diffDocuments(oldDoc: RegulationDocument, newDoc: RegulationDocument): DocumentDiff {
  const al = align(oldDoc, newDoc);
  const { toNew, toOld, moved } = al;
  const ot = oldDoc.source.text;
  const nt = newDoc.source.text;

  // the category and group root of each unit's segment, by its index in its document's `all`
  // (pre-order: a parent's entry is there before its children's)
  const oAll = oldDoc.all;
  const nAll = newDoc.all;
  const oldIndex = new Map<Unit, number>();
  oAll.forEach((u, i) => oldIndex.set(u, i));
  const newIndex = new Map<Unit, number>();
  nAll.forEach((v, k) => newIndex.set(v, k));
  const catNew: Cats = { cat: new Array<Category>(nAll.length), root: new Array<Unit>(nAll.length) };
  {
    const moveRoot = new Array<Unit | null>(nAll.length);
    for (let k = 0; k < nAll.length; k++) {
      const v = nAll[k]!;
      const pk = v.parent ? newIndex.get(v.parent)! : -1;
      const mr = moved.has(v) ? v : pk >= 0 ? moveRoot[pk]! : null;
      moveRoot[k] = mr;
      if (mr) setCat(catNew, k, 'move', mr);
      else if (toOld.has(v)) setCat(catNew, k, 'backbone', v);
      else setCat(catNew, k, 'insert', pk >= 0 && catNew.cat[pk] === 'insert' ? catNew.root[pk]! : v);
    }
  }
  const catOld: Cats = { cat: new Array<Category>(oAll.length), root: new Array<Unit>(oAll.length) };
  for (let i = 0; i < oAll.length; i++) {
    const u = oAll[i]!;
    const v = toNew.get(u);
    const pi = u.parent ? oldIndex.get(u.parent)! : -1;
    const pc = pi >= 0 ? catOld.cat[pi] : undefined;
    if (v && catNew.cat[newIndex.get(v)!] === 'backbone') setCat(catOld, i, 'backbone', u);
    else if (v && moved.has(v)) setCat(catOld, i, 'move', u);
    else if (pc === 'move') setCat(catOld, i, 'move', catOld.root[pi]!);
    else if (v) setCat(catOld, i, 'move', u); // paired inside a moved unit of the new version only
    else setCat(catOld, i, 'delete', pc === 'delete' ? catOld.root[pi]! : u);
  }

  // the backbone must be increasing in both orders; anything else is moved (a safety net)
  {
    let last = -1;
    for (let k = 0; k < nAll.length; k++) {
      if (catNew.cat[k] !== 'backbone') continue;
      const v = nAll[k]!;
      const u = toOld.get(v)!;
      const i = oldIndex.get(u)!;
      if (i <= last) {
        moved.add(v);
        setCat(catNew, k, 'move', v);
        setCat(catOld, i, 'move', u);
      } else last = i;
    }
  }

  // ── hunks ──
  const os = segments(oldDoc);
  const ns = segments(newDoc);
  const hunks: Hunk[] = [];
  const push = (h: Hunk): void => {
    const last = hunks[hunks.length - 1];
    if (h.kind === 'equal' && last && last.kind === 'equal') {
      last.old += h.old;
      last.new += h.new;
      return;
    }
    hunks.push(h);
  };
  const hunkUnit = (doc: RegulationDocument, u: Unit): HunkUnit => {
    const r = unitRef(doc, u);
    const h: HunkUnit = { anchor: r.anchor, kind: r.kind, label: r.label, citation: r.citation };
    if (r.heading) h.heading = r.heading;
    return h;
  };
  const head = (doc: RegulationDocument): string => doc.source.text.slice(doc.bodyStart, doc.all[0]?.start ?? doc.source.text.length);
  {
    const a = head(oldDoc);
    const b = head(newDoc);
    if (a || b) push(a === b ? { kind: 'equal', old: a, new: b, context: [], changes: [] } : { kind: 'modify', old: a, new: b, parts: unitDiff(a, b), context: [], changes: [] });
  }
  const renumberNote = (u: Unit, v: Unit): string => {
    const w = unitWord(u, oldDoc.meta, styleOf(oldDoc.meta));
    return `${w} ${u.number} → ${unitWord(v, newDoc.meta, styleOf(newDoc.meta))} ${v.number}`;
  };
  // runs of non-backbone segments of one side, grouped by (category, root)
  const flush = (doc: RegulationDocument, seg: Array<[number, number]>, from: number, to: number, cats: Cats, side: 'old' | 'new'): void => {
    let k = from;
    while (k < to) {
      const c = { cat: cats.cat[k]!, root: cats.root[k]! };
      let e = k + 1;
      while (e < to && cats.cat[e] === c.cat && cats.root[e] === c.root) e++;
      const text = doc.source.text.slice(seg[k]![0], seg[e - 1]![1]);
      const kind = c.cat === 'move' ? (side === 'old' ? 'move-from' : 'move-to') : side === 'old' ? 'delete' : 'insert';
      const h: Hunk = { kind, old: side === 'old' ? text : '', new: side === 'new' ? text : '', unit: hunkUnit(doc, c.root), context: contextOf(doc, c.root), changes: [] };
      if (c.cat === 'move') {
        const other = side === 'old' ? toNew.get(c.root) : toOld.get(c.root);
        h.counterpart = other?.anchor ?? '';
      }
      push(h);
      k = e;
    }
  };
  let i = 0;
  let j = 0;
  for (let b = 0; b < nAll.length; b++) {
    if (catNew.cat[b] !== 'backbone') continue;
    const v = nAll[b]!;
    const u = toOld.get(v)!;
    const a = oldIndex.get(u)!;
    flush(oldDoc, os, i, a, catOld, 'old');
    flush(newDoc, ns, j, b, catNew, 'new');
    const o = ot.slice(os[a]![0], os[a]![1]);
    const n = nt.slice(ns[b]![0], ns[b]![1]);
    if (o === n) push({ kind: 'equal', old: o, new: n, context: [], changes: [] });
    else {
      const h: Hunk = { kind: 'modify', old: o, new: n, parts: unitDiff(o, n), unit: hunkUnit(newDoc, v), context: contextOf(newDoc, v), changes: u.number !== v.number ? [renumberNote(u, v)] : [] };
      push(h);
    }
    i = a + 1;
    j = b + 1;
  }
  flush(oldDoc, os, i, oldDoc.all.length, catOld, 'old');
  flush(newDoc, ns, j, newDoc.all.length, catNew, 'new');

  // ── findings, in the new version's order (removed units where they stood) ──
  const findings: Finding[] = [];
  const renumbered: Array<{ u: Unit; v: Unit; at: number }> = [];
  const ref = (side: 'old' | 'new', u: Unit): UnitRef => unitRef(side === 'old' ? oldDoc : newDoc, u);
  const emitOld = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const u = oAll[k]!;
      if (catOld.cat[k] === 'delete' && catOld.root[k] === u) findings.push({ kind: 'delete', old: ref('old', u), context: contextOf(oldDoc, u), text: ot.slice(u.start, u.end), units: { old: u } });
    }
  };
  let oi = 0;
  for (let k = 0; k < nAll.length; k++) {
    const v = nAll[k]!;
    const cat = catNew.cat[k]!;
    const root = catNew.root[k]!;
    if (cat === 'backbone') {
      const u = toOld.get(v)!;
      const a = oldIndex.get(u)!;
      emitOld(oi, a);
      oi = a + 1;
      if (u.number !== v.number) renumbered.push({ u, v, at: findings.length });
      const x = ownText(oldDoc, u);
      const y = ownText(newDoc, v);
      if (x !== y) findings.push({ kind: 'modify', old: ref('old', u), new: ref('new', v), context: contextOf(newDoc, v), parts: unitDiff(x, y), units: { old: u, new: v } });
    } else if (cat === 'insert' && root === v) {
      findings.push({ kind: 'insert', new: ref('new', v), context: contextOf(newDoc, v), text: nt.slice(v.start, v.end), units: { new: v } });
    } else if (cat === 'move' && root === v) {
      const u = toOld.get(v);
      if (u) {
        const f: Finding = { kind: 'move', old: ref('old', u), new: ref('new', v), context: contextOf(newDoc, v), units: { old: u, new: v } };
        const x = treeText(oldDoc, u);
        const y = treeText(newDoc, v);
        if (x !== y) f.parts = unitDiff(x, y);
        findings.push(f);
      } else {
        findings.push({ kind: 'insert', new: ref('new', v), context: contextOf(newDoc, v), text: nt.slice(v.start, v.end), units: { new: v } });
      }
    }
  }
  emitOld(oi, oldDoc.all.length);

  // renumbering in runs of consecutive siblings (articles: consecutive among all articles)
  const articles = newDoc.all.filter((v) => v.kind === 'dieu');
  const articleIndex = new Map(articles.map((v, k) => [v, k]));
  const position = (v: Unit): [unknown, number] => (v.kind === 'dieu' ? ['dieu', articleIndex.get(v)!] : [v.parent, (v.parent ? v.parent.children : newDoc.units).indexOf(v)]);
  const runs: Array<{ items: typeof renumbered }> = [];
  for (const r of renumbered) {
    const last = runs[runs.length - 1];
    const prev = last?.items[last.items.length - 1];
    const [g, k] = position(r.v);
    if (prev) {
      const [pg, pk] = position(prev.v);
      if (pg === g && pk + 1 === k && prev.v.kind === r.v.kind) {
        last!.items.push(r);
        continue;
      }
    }
    runs.push({ items: [r] });
  }
  // inserted from the last so the positions recorded stay right
  for (const run of [...runs].reverse()) {
    const first = run.items[0]!;
    findings.splice(first.at, 0, {
      kind: 'renumber',
      old: ref('old', first.u),
      new: ref('new', first.v),
      context: contextOf(newDoc, first.v),
      run: { old: run.items.map((x) => ref('old', x.u)), new: run.items.map((x) => ref('new', x.v)) },
      units: { old: first.u, new: first.v },
    });
  }

  return {
    old: oldDoc,
    new: newDoc,
    alignment: al,
    findings,
    meta: metaChanges(oldDoc.meta, newDoc.meta),
    hunks,
    summary: {
      findings: findings.length,
      modified: findings.filter((f) => f.kind === 'modify').length,
      inserted: findings.filter((f) => f.kind === 'insert').length,
      deleted: findings.filter((f) => f.kind === 'delete').length,
      moved: findings.filter((f) => f.kind === 'move').length,
      renumbered: renumbered.length,
    },
  };
}

/** The comparison in the redline model, for the redline exports. */
export function asRedline(d: DocumentDiff): Redline {
  const changed = d.hunks.filter((h) => h.kind !== 'equal');
  return {
    document: d.old.meta.number ?? d.old.source.path,
    hunks: d.hunks,
    summary: {
      changes: d.summary.findings,
      units: changed.length,
      inserted: changed.filter((h) => h.kind === 'insert').length,
      deleted: changed.filter((h) => h.kind === 'delete').length,
      modified: changed.filter((h) => h.kind === 'modify').length,
      moved: changed.filter((h) => h.kind === 'move-to').length,
    },
  };
}

/** The findings as data (JSON): the units themselves left out. */
export function findingData(f: Finding): Omit<Finding, 'units'> {
  const { units: _units, ...rest } = f;
  return rest;
}
