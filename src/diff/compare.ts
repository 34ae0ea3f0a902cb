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
import type { Hunk, HunkUnit, Redline } from '../apply/redline.js';
import { contextOf as contextAbove } from '../apply/redline.js';
import { formatCitation, styleOf, unitWord } from '../citation/format.js';
import type { DocumentMeta, RegulationDocument, Unit, UnitKind } from '../document/model.js';
import { wholeDiff, wordDiff, type DiffPart } from '../text/worddiff.js';
import { trimEndAt } from '../text/space.js';
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
  const text = doc.source.text;
  return text.slice(u.labelEnd, trimEndAt(text, u.labelEnd, Math.max(u.labelEnd, ownContentEnd(u))));
}

/** A unit's whole text after its label, descendants included. */
function treeText(doc: RegulationDocument, u: Unit): string {
  const text = doc.source.text;
  return text.slice(u.labelEnd, trimEndAt(text, u.labelEnd, Math.max(u.labelEnd, u.end)));
}

/** The context lines above a unit (its ancestors' labels and headings, outermost first); a
 *  parent's lines are computed once per comparison (memo), each caller gets its own array. */
function contextOf(doc: RegulationDocument, u: Unit, memo: Map<Unit, string[]>): string[] {
  return contextAbove(doc, u, memo).slice();
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

/** Segment k of a document: from unit k's start to the next unit's (pre-order), or the end. */
function segStart(doc: RegulationDocument, k: number): number {
  return doc.all[k]!.start;
}
function segEnd(doc: RegulationDocument, k: number): number {
  return k + 1 < doc.all.length ? doc.all[k + 1]!.start : doc.source.text.length;
}

type Category = 'backbone' | 'insert' | 'delete' | 'move';
/** The category and group root (an index) of each unit of one version, by its index in `all`. */
interface Cats {
  cat: Category[];
  root: Int32Array;
}
function setCat(c: Cats, k: number, cat: Category, root: number): void {
  c.cat[k] = cat;
  c.root[k] = root;
}

export function diffDocuments(oldDoc: RegulationDocument, newDoc: RegulationDocument): DocumentDiff {
  const al = align(oldDoc, newDoc);
  const { oldToNew: toNew, newToOld: toOld, movedNew: moved } = al;
  const ot = oldDoc.source.text;
  const nt = newDoc.source.text;
  const oldMemo = new Map<Unit, string[]>();
  const newMemo = new Map<Unit, string[]>();
  const ctxOld = (u: Unit): string[] => contextOf(oldDoc, u, oldMemo);
  const ctxNew = (v: Unit): string[] => contextOf(newDoc, v, newMemo);

  // the category and group root of each unit's segment, by its index in its document's `all`
  // (pre-order: a parent's entry is there before its children's)
  const oAll = oldDoc.all;
  const nAll = newDoc.all;
  const oParent = al.oldTree.parent;
  const nParent = al.newTree.parent;
  const catNew: Cats = { cat: new Array<Category>(nAll.length), root: new Int32Array(nAll.length) };
  {
    const moveRoot = new Int32Array(nAll.length);
    for (let k = 0; k < nAll.length; k++) {
      const pk = nParent[k]!;
      const mr = moved[k] ? k : pk >= 0 ? moveRoot[pk]! : -1;
      moveRoot[k] = mr;
      if (mr >= 0) setCat(catNew, k, 'move', mr);
      else if (toOld[k]! >= 0) setCat(catNew, k, 'backbone', k);
      else setCat(catNew, k, 'insert', pk >= 0 && catNew.cat[pk] === 'insert' ? catNew.root[pk]! : k);
    }
  }
  const catOld: Cats = { cat: new Array<Category>(oAll.length), root: new Int32Array(oAll.length) };
  for (let i = 0; i < oAll.length; i++) {
    const j = toNew[i]!;
    const pi = oParent[i]!;
    const pc = pi >= 0 ? catOld.cat[pi] : undefined;
    if (j >= 0 && catNew.cat[j] === 'backbone') setCat(catOld, i, 'backbone', i);
    else if (j >= 0 && moved[j]) setCat(catOld, i, 'move', i);
    else if (pc === 'move') setCat(catOld, i, 'move', catOld.root[pi]!);
    else if (j >= 0) setCat(catOld, i, 'move', i); // paired inside a moved unit of the new version only
    else setCat(catOld, i, 'delete', pc === 'delete' ? catOld.root[pi]! : i);
  }

  // the backbone must be increasing in both orders; anything else is moved (a safety net)
  {
    let last = -1;
    for (let k = 0; k < nAll.length; k++) {
      if (catNew.cat[k] !== 'backbone') continue;
      const i = toOld[k]!;
      if (i <= last) {
        moved[k] = 1;
        setCat(catNew, k, 'move', k);
        setCat(catOld, i, 'move', i);
      } else last = i;
    }
  }

  // ── hunks ──
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
  // a unit's reference is built once per comparison (a citation is formatted for each hunk and
  // each finding that names the unit); the findings share it, nothing writes to it
  const refs = [new Map<Unit, UnitRef>(), new Map<Unit, UnitRef>()] as const;
  const ref = (side: 'old' | 'new', u: Unit): UnitRef => {
    const memo = refs[side === 'old' ? 0 : 1];
    let r = memo.get(u);
    if (!r) memo.set(u, (r = unitRef(side === 'old' ? oldDoc : newDoc, u)));
    return r;
  };
  const hunkUnit = (doc: RegulationDocument, u: Unit): HunkUnit => {
    const r = ref(doc === oldDoc ? 'old' : 'new', u);
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
  const flush = (doc: RegulationDocument, from: number, to: number, cats: Cats, side: 'old' | 'new'): void => {
    let k = from;
    while (k < to) {
      const cat = cats.cat[k]!;
      const root = cats.root[k]!;
      let e = k + 1;
      while (e < to && cats.cat[e] === cat && cats.root[e] === root) e++;
      const text = doc.source.text.slice(segStart(doc, k), segEnd(doc, e - 1));
      const kind = cat === 'move' ? (side === 'old' ? 'move-from' : 'move-to') : side === 'old' ? 'delete' : 'insert';
      const ru = doc.all[root]!;
      const h: Hunk = { kind, old: side === 'old' ? text : '', new: side === 'new' ? text : '', unit: hunkUnit(doc, ru), context: side === 'old' ? ctxOld(ru) : ctxNew(ru), changes: [] };
      if (cat === 'move') {
        const other = side === 'old' ? toNew[root]! : toOld[root]!;
        h.counterpart = other >= 0 ? (side === 'old' ? nAll : oAll)[other]!.anchor : '';
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
    const a = toOld[b]!;
    const u = oAll[a]!;
    flush(oldDoc, i, a, catOld, 'old');
    flush(newDoc, j, b, catNew, 'new');
    const o = ot.slice(segStart(oldDoc, a), segEnd(oldDoc, a));
    const n = nt.slice(segStart(newDoc, b), segEnd(newDoc, b));
    if (o === n) push({ kind: 'equal', old: o, new: n, context: [], changes: [] });
    else {
      const h: Hunk = { kind: 'modify', old: o, new: n, parts: unitDiff(o, n), unit: hunkUnit(newDoc, v), context: ctxNew(v), changes: u.number !== v.number ? [renumberNote(u, v)] : [] };
      push(h);
    }
    i = a + 1;
    j = b + 1;
  }
  flush(oldDoc, i, oldDoc.all.length, catOld, 'old');
  flush(newDoc, j, newDoc.all.length, catNew, 'new');

  // ── findings, in the new version's order (removed units where they stood) ──
  const findings: Finding[] = [];
  const renumbered: Array<{ u: Unit; v: Unit; at: number }> = [];
  const emitOld = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const u = oAll[k]!;
      if (catOld.cat[k] === 'delete' && catOld.root[k] === k) findings.push({ kind: 'delete', old: ref('old', u), context: ctxOld(u), text: ot.slice(u.start, u.end), units: { old: u } });
    }
  };
  let oi = 0;
  for (let k = 0; k < nAll.length; k++) {
    const v = nAll[k]!;
    const cat = catNew.cat[k]!;
    const root = catNew.root[k]!;
    if (cat === 'backbone') {
      const a = toOld[k]!;
      const u = oAll[a]!;
      emitOld(oi, a);
      oi = a + 1;
      if (u.number !== v.number) renumbered.push({ u, v, at: findings.length });
      const x = ownText(oldDoc, u);
      const y = ownText(newDoc, v);
      if (x !== y) findings.push({ kind: 'modify', old: ref('old', u), new: ref('new', v), context: ctxNew(v), parts: unitDiff(x, y), units: { old: u, new: v } });
    } else if (cat === 'insert' && root === k) {
      findings.push({ kind: 'insert', new: ref('new', v), context: ctxNew(v), text: nt.slice(v.start, v.end), units: { new: v } });
    } else if (cat === 'move' && root === k) {
      const a = toOld[k]!;
      if (a >= 0) {
        const u = oAll[a]!;
        const f: Finding = { kind: 'move', old: ref('old', u), new: ref('new', v), context: ctxNew(v), units: { old: u, new: v } };
        const x = treeText(oldDoc, u);
        const y = treeText(newDoc, v);
        if (x !== y) f.parts = unitDiff(x, y);
        findings.push(f);
      } else {
        findings.push({ kind: 'insert', new: ref('new', v), context: ctxNew(v), text: nt.slice(v.start, v.end), units: { new: v } });
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
      context: ctxNew(first.v),
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
