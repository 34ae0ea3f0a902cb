/**
 * Aligning two versions of a regulation unit by unit (issue 13): which unit of the old version
 * is which unit of the new one. Every phase is linear in the number of units (hash tables, a
 * bounded candidate list per unit); no phase compares all pairs.
 *
 * 1. Whole subtrees whose normalised text (labels aside) is unique in both versions and equal:
 *    moved and renumbered units that were not edited; their descendants pair in order.
 * 2. Units whose own text (label aside) is unique in both and equal.
 * 3. Under every paired parent (and at the top), unpaired children of the same kind and number
 *    whose own texts are similar (Dice ≥ 0.5 on words): the label path.
 * 4. The rest by similarity: candidates are the units sharing one of a unit's rarest words (each
 *    word's list capped), the best scoring pair taken when each is the other's best.
 * 5. Step 3 again, then without the similarity threshold: a unit rewritten in place keeps its
 *    label path.
 *
 * The result also says, for each pair, whether it stayed in order (its parents correspond and it
 * lies on the longest increasing run of its siblings) or moved.
 */
import type { RegulationDocument, Unit } from '../document/model.js';

export interface Alignment {
  readonly old: RegulationDocument;
  readonly new: RegulationDocument;
  /** old unit → new unit, and back */
  readonly toNew: Map<Unit, Unit>;
  readonly toOld: Map<Unit, Unit>;
  /** new units of a pair that moved: out of order among siblings, or under another parent */
  readonly moved: Set<Unit>;
}

/** Similarity at which two units read as one unit edited (word multisets, Dice). */
export const SIMILAR = 0.5;
/** Rarest words a unit is indexed and looked up by. */
const PROBES = 4;
/** Longest candidate list a word may have before it is too common to say anything. */
const MAX_POSTING = 64;

/** A unit's text for matching: NFC, lower case, letters and digits only, single spaces. */
export function looseKey(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Where a unit's own text ends: before its first child, else at its end. */
export function ownContentEnd(u: Unit): number {
  return u.children.length > 0 ? Math.min(u.ownEnd, u.children[0]!.start) : u.end;
}

/** cyrb53: a fast 53-bit string hash (collisions are checked for by comparing keys). */
function hash(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

interface Info {
  own: string;
  words: string[];
  ownHash: number;
  treeHash: number;
}

function infos(doc: RegulationDocument): Map<Unit, Info> {
  const text = doc.source.text;
  const out = new Map<Unit, Info>();
  const visit = (u: Unit): number => {
    const own = looseKey(text.slice(u.labelEnd, Math.max(u.labelEnd, ownContentEnd(u))));
    const ownHash = hash(`${u.kind}\u0001${own}`);
    let tree = `${ownHash}`;
    for (const c of u.children) tree += `,${visit(c)}`;
    const treeHash = u.children.length ? hash(tree, 7) : ownHash;
    out.set(u, { own, words: own ? own.split(' ') : [], ownHash, treeHash });
    return treeHash;
  };
  for (const u of doc.units) visit(u);
  return out;
}

/** Dice coefficient of two word lists (multisets). */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  // a cheap bound first: lengths too far apart cannot reach the threshold
  const bound = (2 * Math.min(a.length, b.length)) / (a.length + b.length);
  if (bound < SIMILAR * 0.9) return bound;
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = count.get(w);
    if (c) {
      common++;
      count.set(w, c - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

export function align(oldDoc: RegulationDocument, newDoc: RegulationDocument): Alignment {
  const oi = infos(oldDoc);
  const ni = infos(newDoc);
  const toNew = new Map<Unit, Unit>();
  const toOld = new Map<Unit, Unit>();
  const pair = (u: Unit, v: Unit): void => {
    toNew.set(u, v);
    toOld.set(v, u);
  };
  const free = (u: Unit, v: Unit): boolean => !toNew.has(u) && !toOld.has(v) && u.kind === v.kind;

  // 1. unique identical subtrees
  const counts = (m: Map<Unit, Info>, key: (i: Info) => number, skip: (u: Unit) => boolean): Map<number, Unit | null> => {
    const out = new Map<number, Unit | null>();
    for (const [u, i] of m) {
      if (skip(u)) continue;
      const k = key(i);
      out.set(k, out.has(k) ? null : u);
    }
    return out;
  };
  const pairTree = (u: Unit, v: Unit): void => {
    pair(u, v);
    u.children.forEach((c, k) => {
      const d = v.children[k];
      if (d && free(c, d)) pairTree(c, d);
    });
  };
  const emptyLeaf = (m: Map<Unit, Info>) => (u: Unit): boolean => u.children.length === 0 && m.get(u)!.words.length < 2;
  {
    const a = counts(oi, (i) => i.treeHash, emptyLeaf(oi));
    const b = counts(ni, (i) => i.treeHash, emptyLeaf(ni));
    for (const u of oldDoc.all) {
      if (toNew.has(u)) continue;
      const h = oi.get(u)!.treeHash;
      const x = a.get(h);
      const v = b.get(h);
      if (x === u && v && free(u, v) && oi.get(u)!.own === ni.get(v)!.own) pairTree(u, v);
    }
  }
  // 2. unique identical own texts
  {
    const skip = (m: Map<Unit, Info>) => (u: Unit): boolean => m.get(u)!.words.length < 2;
    const a = counts(oi, (i) => i.ownHash, skip(oi));
    const b = counts(ni, (i) => i.ownHash, skip(ni));
    for (const u of oldDoc.all) {
      if (toNew.has(u)) continue;
      const h = oi.get(u)!.ownHash;
      const v = b.get(h);
      if (a.get(h) === u && v && free(u, v) && oi.get(u)!.own === ni.get(v)!.own) pair(u, v);
    }
  }
  // 3. the label path under paired parents, where the texts are similar
  const byPath = (threshold: number): void => {
    const children = (us: readonly Unit[], vs: readonly Unit[]): void => {
      if (us.length === 0 || vs.length === 0) return;
      const index = new Map<string, Unit>();
      for (const v of vs) if (!toOld.has(v)) index.set(`${v.kind}:${v.number.toLocaleLowerCase('vi')}`, v);
      for (const u of us) {
        if (toNew.has(u)) continue;
        const v = index.get(`${u.kind}:${u.number.toLocaleLowerCase('vi')}`);
        if (v && free(u, v) && dice(oi.get(u)!.words, ni.get(v)!.words) >= threshold) pair(u, v);
      }
    };
    children(oldDoc.units, newDoc.units);
    // pre-order: a parent is paired before its children are looked at
    for (const u of oldDoc.all) {
      const v = toNew.get(u);
      if (v) children(u.children, v.children);
    }
  };
  byPath(SIMILAR);

  // 4. similarity through the rarest shared words
  {
    const df = new Map<string, number>();
    for (const m of [oi, ni]) for (const i of m.values()) for (const w of new Set(i.words)) df.set(w, (df.get(w) ?? 0) + 1);
    const probes = (i: Info): string[] => [...new Set(i.words)].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1)).slice(0, PROBES);
    const posting = new Map<string, Unit[]>();
    for (const u of oldDoc.all) {
      if (toNew.has(u)) continue;
      for (const w of probes(oi.get(u)!)) {
        const list = posting.get(w) ?? [];
        if (list.length < MAX_POSTING) list.push(u);
        posting.set(w, list);
      }
    }
    const bestOld = new Map<Unit, { v: Unit; s: number }>();
    const bestNew = new Map<Unit, { u: Unit; s: number }>();
    for (const v of newDoc.all) {
      if (toOld.has(v)) continue;
      const iv = ni.get(v)!;
      if (iv.words.length === 0) continue;
      const seen = new Set<Unit>();
      for (const w of probes(iv)) {
        for (const u of posting.get(w) ?? []) {
          if (seen.has(u) || toNew.has(u) || u.kind !== v.kind) continue;
          seen.add(u);
          const s = dice(oi.get(u)!.words, iv.words);
          if (s < SIMILAR) continue;
          if (!(bestNew.get(v)?.s! >= s)) bestNew.set(v, { u, s });
          if (!(bestOld.get(u)?.s! >= s)) bestOld.set(u, { v, s });
        }
      }
    }
    for (const [v, { u }] of bestNew) if (bestOld.get(u)?.v === v && free(u, v)) pair(u, v);
  }

  // 5. the label path again (children of the pairs found by similarity), then whatever the texts
  byPath(SIMILAR);
  byPath(0);

  return { old: oldDoc, new: newDoc, toNew, toOld, moved: movedUnits(oldDoc, newDoc, toNew, toOld) };
}

/** Indices of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function lis(xs: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.add(k);
  return out;
}

function movedUnits(oldDoc: RegulationDocument, newDoc: RegulationDocument, toNew: Map<Unit, Unit>, toOld: Map<Unit, Unit>): Set<Unit> {
  const moved = new Set<Unit>();
  const oldIndex = new Map<Unit, number>();
  oldDoc.all.forEach((u, i) => oldIndex.set(u, i));
  const corresponds = (u: Unit, v: Unit): boolean => (u.parent === null && v.parent === null) || (!!u.parent && !!v.parent && toNew.get(u.parent) === v.parent);
  const siblings = (vs: readonly Unit[]): void => {
    const inPlace: Unit[] = [];
    for (const v of vs) {
      const u = toOld.get(v);
      if (!u) continue;
      if (corresponds(u, v)) inPlace.push(v);
      else moved.add(v);
    }
    const keep = lis(inPlace.map((v) => oldIndex.get(toOld.get(v)!)!));
    inPlace.forEach((v, k) => {
      if (!keep.has(k)) moved.add(v);
    });
  };
  siblings(newDoc.units);
  for (const v of newDoc.all) siblings(v.children);
  // articles are numbered through the document: an article in order among its siblings but out
  // of order among all articles (its chapter moved around it) is moved too — the chapters' own
  // order decides that, so nothing more is needed here
  return moved;
}
