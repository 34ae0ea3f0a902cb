/**
 * `quyche diff --propose`: the YAML patch that turns the old version into the new one, from the
 * comparison (compare.ts), with the smallest op that fits each difference:
 *
 * - words changed inside a unit: `replace_phrase` / `delete_phrase` / `insert_phrase`, the phrase
 *   widened with neighbouring words until it occurs once in the unit; a heading changed alone:
 *   `replace_heading`; a unit rewritten (or one whose phrases do not reproduce it): `replace`;
 * - a unit only in the new version: `insert` after its previous sibling (before its next one, or
 *   into its parent); only in the old one: `repeal` (`mode: remove`), or `repeal` with the
 *   placeholder when the new version keeps "(được bãi bỏ)";
 * - a unit moved: `move` (with `label` when its number changed); a unit moved and edited: removed
 *   where it was and inserted where it now stands (no change may edit what a change of its patch
 *   wrote, and a move writes what it moves);
 * - a unit renumbered in place: its parent is replaced whole (an amending document rewrites the
 *   article then), or, at the top level, `move` with its new label.
 *
 * Every change has an `expect` (a passage of its target's current text no change touches), ids
 * run 1, 2, 3 … in the new version's order, `amends` and the title come from the old version's
 * front matter. The patch is then applied to the old version (the engine, in memory) and every
 * changed unit compared with the new version byte for byte; where a unit does not come out the
 * same, its ops fall back one step (phrases with more context, then `replace`) and the patch is
 * applied again. What still differs is returned as `mismatches`.
 */
import { stringify } from 'yaml';
import { applyPatches } from '../apply/run.js';
import type { ApplyRun } from '../apply/model.js';
import { formatCitation, styleOf } from '../citation/format.js';
import type { RegulationDocument, Unit } from '../document/model.js';
import { plainHeading } from '../document/parse.js';
import { loadPatch } from '../patch/load.js';
import type { Change } from '../patch/schema.js';
import { keyOf, slug } from '../text/normalize.js';
import { changedRegions, type DiffPart } from '../text/worddiff.js';
import { ownContentEnd } from './align.js';
import { diffDocuments, ownText, unitDiff, type DocumentDiff } from './compare.js';
import { wording } from '../i18n/messages.js';

export interface ProposeResult {
  yaml: string;
  changes: Change[];
  /** anchors (in the new version) of units the patch does not reproduce */
  mismatches: string[];
  /** the patch applied to the old version */
  run: ApplyRun;
  /** citations (old version) of top-level units renumbered in place: no patch can say that, as
   *  the labels of inserted and moved units must fit (Nghị định 78/2025, Điều 66) */
  renumbered: string[];
}

export interface ProposeOptions {
  /** the patch's id; default from the old document's number */
  id?: string;
  /** the path the patch is said to live at (diagnostics of the verification) */
  path?: string;
}

const REPEALED = keyOf('(được bãi bỏ)');
const MARKUP = /[*_`\\[\]<>&|~#]/;
const EXPECT_MAX = 100;

/** Fallback level of a unit's own ops: 0 the smallest phrases, 1 phrases with context, 2 replace. */
type Level = 0 | 1 | 2;

interface Op {
  owner: Unit;
  change: Record<string, unknown>;
}

/** A unit's Markdown from its label to its end, continuation lines without its own indentation. */
function blockOf(doc: RegulationDocument, u: Unit): string {
  const text = doc.source.text;
  const lineStart = text.lastIndexOf('\n', u.labelStart - 1) + 1;
  const prefix = text.slice(lineStart, u.labelStart);
  const indent = /^[ \t]*/.exec(prefix)![0];
  const body = text.slice(u.labelStart, u.end).replace(/\r\n/g, '\n');
  return body
    .split('\n')
    .map((l, i) => (i === 0 ? l : l.startsWith(indent) ? l.slice(indent.length) : l.replace(/^[ \t]+/, '')))
    .join('\n');
}

/** Words of a text cut at a word boundary to at most `max` characters. */
function cut(s: string, max = EXPECT_MAX): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const c = t.slice(0, max);
  const sp = c.lastIndexOf(' ');
  return (sp > 20 ? c.slice(0, sp) : c).replace(/[\s,;:]+$/, '');
}

/** An expect for a unit: the longest passage of it no change touches, else its opening words. */
function expectFor(doc: RegulationDocument, u: Unit, parts?: readonly DiffPart[]): string {
  if (parts) {
    let best = '';
    for (const p of parts) {
      if (p.kind !== 'equal' || MARKUP.test(p.text)) continue;
      const words = p.text.replace(/^\S*\s+/, '').replace(/\s+\S*$/, '');
      if (words.split(/\s+/).length >= 3 && words.length > best.length) best = words;
    }
    if (best) return cut(best);
  }
  const own = plainHeading(doc.source.text, u.labelEnd, Math.max(u.labelEnd, ownContentEnd(u)));
  return cut(own || plainHeading(doc.source.text, u.labelStart, u.end));
}

function countIn(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * Phrase ops for the word diff of a unit's own text, or undefined when a phrase cannot be
 * written (markup in it, a change at the very edge, a phrase that never becomes unique).
 */
function phraseOps(scope: string, parts: readonly DiffPart[], level: Level): Array<Record<string, unknown>> | undefined {
  // runs of change with the equal text around them
  const out: Array<Record<string, unknown>> = [];
  const tokens = (s: string): string[] => s.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
  for (const { start: k, end: e, del, ins } of changedRegions(parts)) {
    if (MARKUP.test(del) || MARKUP.test(ins) || /\n/.test(del + ins)) return undefined;
    const left = tokens(k > 0 ? parts[k - 1]!.text : '');
    const right = tokens(e < parts.length ? parts[e]!.text : '');
    // widen by whole words until the phrase is unique in the scope (at least one word each side
    // at level 1)
    let l = 0;
    let r = 0;
    const wordsOn = (ts: string[], n: number, fromEnd: boolean): string => {
      let taken = 0;
      let i = fromEnd ? ts.length : 0;
      const got: string[] = [];
      while (taken < n && (fromEnd ? i > 0 : i < ts.length)) {
        const t = fromEnd ? ts[--i]! : ts[i++]!;
        got.push(t);
        if (/[\p{L}\p{N}]/u.test(t)) taken++;
      }
      return fromEnd ? got.reverse().join('') : got.join('');
    };
    let find = '';
    let withText = '';
    let lt = '';
    let rt = '';
    const nWords = (ts: string[]): number => ts.filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    const nl = nWords(left);
    const nr = nWords(right);
    for (let step = 0; ; step++) {
      lt = wordsOn(left, l, true);
      rt = wordsOn(right, r, false);
      find = lt + del + rt;
      withText = lt + ins + rt;
      const enough = /[\p{L}\p{N}]/u.test(find) && (level === 0 || (l > 0 || nl === 0) && (r > 0 || nr === 0));
      if (enough && countIn(scope, keyOf(find)) === 1) break;
      if (step > 24) return undefined;
      if (step % 2 === 0 && l < nl) l++;
      else if (r < nr) r++;
      else if (l < nl) l++;
      else return undefined;
    }
    if (level === 0 && lt === '' && rt === '' && ins.trim() === '' && del.trim() !== '' && countIn(scope, keyOf(del.trim())) === 1 && !MARKUP.test(del)) {
      out.push({ op: 'delete_phrase', find: del.trim() });
      continue;
    }
    // the spaces at the edges belong to the text around: off both sides
    const lead = Math.min(/^\s*/.exec(find)![0].length, /^\s*/.exec(withText)![0].length);
    const trail = Math.min(/\s*$/.exec(find)![0].length, /\s*$/.exec(withText)![0].length);
    find = find.slice(lead, find.length - trail);
    withText = withText.slice(lead, withText.length - trail);
    if (!find || /^\s|\s$/.test(find) || countIn(scope, keyOf(find)) !== 1 || MARKUP.test(find)) return undefined;
    if (level === 0 && del === '' && lt.trim() !== '' && rt === '' && ins.trim() !== '') out.push({ op: 'insert_phrase', after: lt.trim(), text: ins.trim() });
    else out.push({ op: 'replace_phrase', find, with: withText });
  }
  return out;
}

/** Proposes the patch turning `oldDoc` into `newDoc`. */
export function propose(oldDoc: RegulationDocument, newDoc: RegulationDocument, opts: ProposeOptions = {}): ProposeResult {
  return proposeFrom(diffDocuments(oldDoc, newDoc), opts);
}

export function proposeFrom(d: DocumentDiff, opts: ProposeOptions = {}): ProposeResult {
  const oldDoc = d.old;
  const newDoc = d.new;
  const { toOld, toNew } = d.alignment;
  const levels = new Map<Unit, Level>();
  const number = oldDoc.meta.number ?? '';
  const header = {
    quyche: 1,
    id: opts.id ?? `sua-doi-${slug(number) || 'van-ban'}`,
    title: wording('wording.propose.title', { document: [oldDoc.meta.type, number ? wording('wording.propose.number', { number }) : '', oldDoc.meta.title].filter(Boolean).join(' ') }).trim(),
    amends: number,
  };
  const byFinding = new Set<Unit>();
  for (const f of d.findings) if (f.units?.new) byFinding.add(f.units.new);
  // units that change at all (own text, children, number), on the new side
  const changedBelow = new Set<Unit>();
  const touch = (v: Unit | null | undefined): void => {
    for (let p = v; p && !changedBelow.has(p); p = p.parent) changedBelow.add(p);
  };
  for (const f of d.findings) {
    if (f.units?.new) touch(f.units.new);
    if (f.kind === 'delete' && f.units?.old) {
      const p = f.units.old.parent;
      touch(p ? toNew.get(p) : undefined);
    }
    if (f.kind === 'move' && f.units?.old?.parent) touch(toNew.get(f.units.old.parent));
  }
  // a renumbered unit (not a bullet: bullets are numbered by rank) is rewritten with its parent
  const wholeReplace = new Set<Unit>();
  const topRenumber = new Set<Unit>();
  for (const v of newDoc.all) {
    const u = toOld.get(v);
    if (!u || d.alignment.moved.has(v)) continue;
    const bulletsShift = v.kind === 'bullet' && (v.parent ? v.parent.children : newDoc.units).some((s) => s.kind === 'bullet' && !toOld.has(s));
    if ((u.number !== v.number && v.kind !== 'bullet') || bulletsShift) {
      if (v.parent && toOld.get(v.parent)?.number === v.parent.number) wholeReplace.add(v.parent);
      else if (!v.parent) topRenumber.add(v);
    }
  }
  // bullets removed or moved shift the ranks of the rest: the parent is rewritten
  for (const f of d.findings) {
    const u = f.units?.old;
    if ((f.kind === 'delete' || f.kind === 'move') && u?.kind === 'bullet' && u.parent) {
      const pv = toNew.get(u.parent);
      if (pv) wholeReplace.add(pv);
    }
  }

  const build = (): Op[] => {
    const ops: Op[] = [];
    const style = (doc: RegulationDocument): ReturnType<typeof styleOf> => styleOf(doc.meta);
    const citeOld = (u: Unit): string => formatCitation(u, oldDoc.meta, style(oldDoc));
    const citeNew = (v: Unit): string => formatCitation(v, newDoc.meta, style(oldDoc));
    /** where a new unit's counterpart stands now: its old address, or the new one once placed */
    const placed = new Set<Unit>();
    const citeNow = (v: Unit): string => {
      if (placed.has(v)) return citeNew(v);
      const u = toOld.get(v);
      return u ? citeOld(u) : citeNew(v);
    };
    const exists = (v: Unit): boolean => placed.has(v) || (!!toOld.get(v) && !d.alignment.moved.has(v) && ![...ancestorsOf(v)].some((a) => d.alignment.moved.has(a) && !placed.has(a)));
    const position = (v: Unit): Record<string, string> => {
      const sibs = v.parent ? v.parent.children : newDoc.units;
      const i = sibs.indexOf(v);
      for (let k = i - 1; k >= 0; k--) if (exists(sibs[k]!)) return { after: citeNow(sibs[k]!) };
      for (let k = i + 1; k < sibs.length; k++) if (exists(sibs[k]!)) return { before: citeNow(sibs[k]!) };
      if (v.parent) return { into: citeNow(v.parent) };
      return {};
    };
    const expectNow = (v: Unit): string => {
      const u = toOld.get(v);
      return placed.has(v) || !u ? expectFor(newDoc, v) : expectFor(oldDoc, u);
    };
    const anchorExpect = (pos: Record<string, string>, v: Unit): string | undefined => {
      const sibs = v.parent ? v.parent.children : newDoc.units;
      const i = sibs.indexOf(v);
      let x: Unit | undefined;
      if (pos.after) for (let k = i - 1; k >= 0 && !x; k--) if (exists(sibs[k]!)) x = sibs[k]!;
      if (pos.before) for (let k = i + 1; k < sibs.length && !x; k++) if (exists(sibs[k]!)) x = sibs[k]!;
      if (pos.into) x = v.parent ?? undefined;
      if (!x) return undefined;
      // the anchor's own text: it is in its final wording when its ops came before (after, into)
      return pos.before ? expectNow(x) : expectFor(newDoc, x);
    };

    const replaceWhole = (u: Unit, v: Unit): void => {
      ops.push({ owner: v, change: { op: 'replace', target: citeNow(v), text: blockOf(newDoc, v), expect: expectFor(oldDoc, u) } });
    };

    // own edits of a pair (u → v), then its children
    const pairOps = (u: Unit, v: Unit): void => {
      if (!changedBelow.has(v)) return;
      if (wholeReplace.has(v) || levels.get(v) === 2) {
        replaceWhole(u, v);
        return;
      }
      const x = ownText(oldDoc, u);
      const y = ownText(newDoc, v);
      if (x !== y) {
        const level = levels.get(v) ?? 0;
        const parts = unitDiff(x, y);
        const placeholder = keyOf(y) === REPEALED && v.children.length === 0;
        const headingOnly = u.heading !== undefined && v.heading !== undefined && u.heading !== v.heading && x.replace(u.heading, '') === y.replace(v.heading, '') && !MARKUP.test(v.heading);
        if (placeholder) {
          ops.push({ owner: v, change: { op: 'repeal', target: citeNow(v), expect: expectFor(oldDoc, u) } });
          return;
        }
        if (headingOnly) ops.push({ owner: v, change: { op: 'replace_heading', target: citeNow(v), heading: v.heading!, expect: expectFor(oldDoc, u, parts) } });
        else {
          const scope = keyOf(plainHeading(oldDoc.source.text, u.labelStart, u.end));
          const phrases = parts.some((p) => p.kind === 'equal' && /[\p{L}\p{N}]/u.test(p.text)) ? phraseOps(scope, parts, level) : undefined;
          if (!phrases || phrases.length > 6) {
            replaceWhole(u, v);
            return;
          }
          const expect = expectFor(oldDoc, u, parts);
          for (const p of phrases) ops.push({ owner: v, change: { ...p, target: citeNow(v), expect } });
        }
      }
      childOps(u, v);
    };

    const childOps = (u: Unit | null, v: Unit | null): void => {
      const oldKids = u ? u.children : oldDoc.units;
      const newKids = v ? v.children : newDoc.units;
      // removed children first, where they stood (their addresses are the old ones)
      for (const c of oldKids) {
        const w = toNew.get(c);
        if (!w) ops.push({ owner: v ?? c, change: { op: 'repeal', target: citeOld(c), mode: 'remove', expect: expectFor(oldDoc, c) } });
      }
      for (const w of newKids) {
        const c = toOld.get(w);
        if (!c) {
          const pos = position(w);
          const ex = anchorExpect(pos, w);
          ops.push({ owner: w, change: { op: 'insert', ...pos, text: blockOf(newDoc, w), ...(ex ? { expect: ex } : {}) } });
          placed.add(w);
          for (const x of descendants(w)) placed.add(x);
        } else if (topRenumber.has(w)) {
          pairOps(c, w);
        } else if (d.alignment.moved.has(w)) {
          const pos = position(w);
          const ch: Record<string, unknown> = { op: 'move', target: citeOld(c), ...pos, expect: expectFor(oldDoc, c) };
          if (c.number !== w.number) ch.label = w.number;
          const at = ops.length;
          ops.push({ owner: w, change: ch });
          placed.add(w);
          for (const x of descendants(w)) if (toOld.has(x)) placed.add(x);
          pairOps(c, w);
          if (ops.length > at + 1) {
            // moved and edited: a change may not edit what another change of its patch wrote,
            // and a move writes the unit it moves (a conflict), so the unit is removed where it
            // was and its new text inserted where it now stands
            ops.length = at;
            ops.push({ owner: w, change: { op: 'repeal', target: citeOld(c), mode: 'remove', expect: expectFor(oldDoc, c) } });
            const ex = anchorExpect(pos, w);
            ops.push({ owner: w, change: { op: 'insert', ...pos, text: blockOf(newDoc, w), ...(ex ? { expect: ex } : {}) } });
            for (const x of descendants(w)) placed.add(x);
          }
        } else pairOps(c, w);
      }
    };
    childOps(null, null);
    return ops;
  };

  let ops: Op[] = [];
  let run: ApplyRun | undefined;
  let mismatches: string[] = [];
  let changes: Change[] = [];
  let yaml = '';
  for (let round = 0; round < 4; round++) {
    ops = build();
    changes = ops.map((o, i) => ({ id: String(i + 1), ...o.change }) as unknown as Change);
    yaml = stringify({ ...header, changes }, { lineWidth: 0, blockQuote: 'literal' });
    if (changes.length === 0) {
      mismatches = [];
      run = { ok: true, diagnostics: [], documents: [], changes: [] };
      break;
    }
    const lp = loadPatch(opts.path ?? 'proposed.yaml', yaml);
    run = applyPatches([lp], { find: () => oldDoc });
    const result = run.documents[0]?.result;
    const bad = new Set<Unit>();
    run.changes.forEach((r, i) => {
      if (r.status === 'failed') bad.add(ops[i]!.owner);
    });
    if (result) {
      for (const v of newDoc.all) {
        if (!changedBelow.has(v) && !byFinding.has(v)) continue;
        const r = result.byAnchor.get(v.anchor);
        const want = newDoc.source.text.slice(v.start, v.end);
        if (!r || result.source.text.slice(r.start, r.end) !== want) bad.add(v);
      }
    }
    mismatches = [...bad].map((v) => v.anchor);
    if (bad.size === 0) break;
    // fall back one step for the owners of what failed (and the smallest changed unit above a
    // unit that does not come out right)
    let raised = false;
    for (const v of bad) {
      for (let p: Unit | null = v; p; p = p.parent) {
        if (!toOld.has(p)) continue;
        const l = levels.get(p) ?? 0;
        if (l < 2) {
          levels.set(p, (l + 1) as Level);
          raised = true;
          break;
        }
      }
    }
    if (!raised) break;
  }
  mismatches = mismatches.filter((a) => newDoc.byAnchor.has(a));
  const renumbered = [...topRenumber].map((v) => formatCitation(toOld.get(v)!, oldDoc.meta, styleOf(oldDoc.meta)));
  return { yaml, changes, mismatches, run: run!, renumbered };
}

function* ancestorsOf(v: Unit): Generator<Unit> {
  for (let p = v.parent; p; p = p.parent) yield p;
}

function* descendants(v: Unit): Generator<Unit> {
  for (const c of v.children) {
    yield c;
    yield* descendants(c);
  }
}

