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
import { KIND_RANK, type RegulationDocument, type Unit, type UnitKind } from '../document/model.js';
import { isSpaceCode } from '../text/space.js';

const KIND_SEED = Object.fromEntries(Object.entries(KIND_RANK).map(([k, r]) => [k, 101 + r])) as Record<UnitKind, number>;


/** Similarity at which two units read as one unit edited (word multisets, Dice). */
const SIMILAR = 0.5;
/** Rarest words, and rarest word pairs, a unit is indexed and looked up by. */
const PROBES = 3;
/** Longest candidate list a word may have before it is too common to say anything. */
const MAX_POSTING = 32;

const ALNUM = new Map<number, string>();
/** The lower-case form of a letter or digit, '' for anything else (cached per code unit). */
function alnum(c: number): string {
  let r = ALNUM.get(c);
  if (r === undefined) {
    const ch = String.fromCharCode(c);
    r = /[\p{L}\p{N}\p{M}]/u.test(ch) ? ch.toLowerCase() : '';
    ALNUM.set(c, r);
  }
  return r;
}

/** What a code unit is to looseKey: 1 a letter, digit or mark that is its own lower case, 2 one
 *  whose lower case differs (alnum gives it), 3 anything else (a separator); 0 not yet known. */
const LOOSE = new Uint8Array(65536);
function looseClass(c: number): number {
  let k = LOOSE[c]!;
  if (k === 0) {
    const l = alnum(c);
    k = l === '' ? 3 : l === String.fromCharCode(c) ? 1 : 2;
    LOOSE[c] = k;
  }
  return k;
}

/** A unit's text for matching: NFC, lower case, letters and digits only, single spaces. Built
 *  from slices of the runs of characters that are their own lower case (most of a text), not
 *  one character at a time. */
export function looseKey(text: string): string {
  const s = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  let out = '';
  let space = false;
  let run = -1; // start of the current run of class-1 characters
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = looseClass(c);
    if (k === 1) {
      if (run < 0) {
        if (space && out) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += s.slice(run, i);
      run = -1;
    }
    if (k === 2) {
      if (space && out) out += ' ';
      space = false;
      out += alnum(c);
    } else space = true;
  }
  if (run >= 0) out += s.slice(run);
  return out;
}

/** Where a unit's own text ends: before its first child, else at its end. */
export function ownContentEnd(u: Unit): number {
  return u.children.length > 0 ? Math.min(u.ownEnd, u.children[0]!.start) : u.end;
}

/** cyrb53: a fast 53-bit string hash (collisions are checked for by comparing keys). */
export function hash(s: string, seed = 0): number {
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

const LOWER = new Int32Array(65536).fill(-1);
/** The lower-case code of a letter, digit or mark; 0 for anything else (cached). */
function lowerCode(c: number): number {
  let r = LOWER[c]!;
  if (r === -1) {
    const ch = String.fromCharCode(c);
    r = /[\p{L}\p{N}\p{M}]/u.test(ch) ? ch.toLowerCase().charCodeAt(0) : 0;
    LOWER[c] = r;
  }
  return r;
}

/** Words counted by the last scan. */
let scanned = 0;

/** Hash of looseKey(text[a, b)) without building it; its word count in `scanned`. */
function scan(text: string, a: number, b: number, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  let count = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const l = lowerCode(text.charCodeAt(i));
    if (l === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (count > 0) {
        h1 = Math.imul(h1 ^ 32, 2654435761);
        h2 = Math.imul(h2 ^ 32, 1597334677);
      }
      count++;
      inWord = true;
    }
    h1 = Math.imul(h1 ^ l, 2654435761);
    h2 = Math.imul(h2 ^ l, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  scanned = count;
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function mix(h: number, x: number): number {
  const lo = Math.imul((h ^ x) >>> 0, 2654435761) ^ (x / 4294967296);
  const hi = Math.imul(((h / 4294967296) ^ (x >>> 0)) >>> 0, 1597334677);
  return 4294967296 * (2097151 & (hi >>> 0)) + (lo >>> 0);
}

/**
 * A document's units by their index in `all` (pre-order), with the tree as index arrays: the
 * alignment works on indices, not on maps keyed by units (a map per phase and per side was most
 * of its time and garbage).
 */
class IndexedTree implements UnitIndex {
  readonly units: readonly Unit[];
  /** index of each unit's parent, -1 at the top */
  readonly parent: Int32Array;
  /** number of units in each unit's subtree, itself included: its children are i + 1, then
   *  each next one past the last one's subtree, up to i + size[i] */
  readonly size: Int32Array;
  private index: Map<Unit, number> | undefined;
  constructor(readonly doc: RegulationDocument) {
    const all = doc.all;
    const n = all.length;
    this.units = all;
    const parent = new Int32Array(n);
    const size = new Int32Array(n);
    const stack: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = all[i]!.parent;
      while (stack.length > 0 && all[stack[stack.length - 1]!] !== p) {
        const k = stack.pop()!;
        size[k] = i - k;
      }
      parent[i] = stack.length > 0 ? stack[stack.length - 1]! : -1;
      stack.push(i);
    }
    while (stack.length > 0) {
      const k = stack.pop()!;
      size[k] = n - k;
    }
    this.parent = parent;
    this.size = size;
  }
  /** the index of a unit of this document (a map built on first use), -1 for any other */
  indexOf(u: Unit): number {
    if (!this.index) {
      this.index = new Map();
      this.units.forEach((x, i) => this.index!.set(x, i));
    }
    return this.index.get(u) ?? -1;
  }
}

/** What matching needs of each unit of one version, by index; keys and words on first use. */
class Infos {
  readonly text: string;
  /** own text: [labelEnd, end of own text with trailing whitespace aside) */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** words of the own text */
  readonly count: Int32Array;
  readonly ownHash: Float64Array;
  readonly treeHash: Float64Array;
  private readonly keys: Array<string | undefined>;
  private readonly wordLists: Array<string[] | undefined>;
  /** kind and lower-case number, the label path's key */
  private readonly numbers: Array<string | undefined>;
  constructor(readonly t: IndexedTree) {
    const units = t.units;
    const n = units.length;
    const text = t.doc.source.text;
    this.text = text;
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.count = new Int32Array(n);
    this.ownHash = new Float64Array(n);
    this.treeHash = new Float64Array(n);
    this.keys = new Array<string | undefined>(n);
    this.wordLists = new Array<string[] | undefined>(n);
    this.numbers = new Array<string | undefined>(n);
    for (let i = 0; i < n; i++) {
      const u = units[i]!;
      let end = Math.max(u.labelEnd, ownContentEnd(u));
      this.ownHash[i] = scan(text, u.labelEnd, end, KIND_SEED[u.kind]);
      this.count[i] = scanned;
      while (end > u.labelEnd && isSpaceCode(text.charCodeAt(end - 1))) end--;
      this.a[i] = u.labelEnd;
      this.b[i] = end;
    }
    // a subtree's hash from its children's (they follow it in pre-order): from the last unit up
    const size = t.size;
    for (let i = n - 1; i >= 0; i--) {
      let h = this.ownHash[i]!;
      const e = i + size[i]!;
      for (let j = i + 1; j < e; j += size[j]!) h = mix(h, this.treeHash[j]!);
      this.treeHash[i] = h;
    }
  }
  /** the own text as written (a cheap equality check before the keys) */
  raw(i: number): string {
    return this.text.slice(this.a[i]!, this.b[i]!);
  }
  own(i: number): string {
    return (this.keys[i] ??= looseKey(this.raw(i)));
  }
  words(i: number): string[] {
    let w = this.wordLists[i];
    if (w === undefined) {
      const k = this.own(i);
      w = k ? k.split(' ') : [];
      this.wordLists[i] = w;
    }
    return w;
  }
  number(i: number): string {
    return (this.numbers[i] ??= this.t.units[i]!.number.toLowerCase());
  }
}

/** Dice coefficient of two word lists (multisets). */
function dice(a: readonly string[], b: readonly string[]): number {
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

/** A map from the units of one version to those of the other, read off the index arrays. */
class UnitPairs implements UnitMap {
  constructor(
    private readonly from: IndexedTree,
    private readonly to: IndexedTree,
    private readonly pairs: Int32Array,
  ) {}
  get(u: Unit): Unit | undefined {
    const i = this.from.indexOf(u);
    const j = i < 0 ? -1 : this.pairs[i]!;
    return j < 0 ? undefined : this.to.units[j];
  }
  has(u: Unit): boolean {
    return this.get(u) !== undefined;
  }
}

/** The moved units of the new version, read off the flags by index. */
class UnitFlags implements UnitSet {
  constructor(
    private readonly tree: IndexedTree,
    readonly flags: Uint8Array,
  ) {}
  has(u: Unit): boolean {
    const i = this.tree.indexOf(u);
    return i >= 0 && this.flags[i] === 1;
  }
}

/** A version's units by index (see IndexedTree). */
export interface UnitIndex {
  readonly doc: RegulationDocument;
  readonly units: readonly Unit[];
  readonly parent: Int32Array;
  readonly size: Int32Array;
  indexOf(u: Unit): number;
}
/** Units of one version to units of the other. */
export interface UnitMap {
  get(u: Unit): Unit | undefined;
  has(u: Unit): boolean;
}
/** A set of units of one version. */
export interface UnitSet {
  has(u: Unit): boolean;
}

export interface Alignment {
  readonly old: RegulationDocument;
  readonly new: RegulationDocument;
  /** the two versions' units by index (pre-order, as in `all`) */
  readonly oldTree: UnitIndex;
  readonly newTree: UnitIndex;
  /** old index → new index and back; -1 unpaired */
  readonly oldToNew: Int32Array;
  readonly newToOld: Int32Array;
  /** by new index: 1 for a pair that moved (out of order among siblings, or under another parent) */
  readonly movedNew: Uint8Array;
  /** the same as maps of units */
  readonly toNew: UnitMap;
  readonly toOld: UnitMap;
  readonly moved: UnitSet;
}

export function align(oldDoc: RegulationDocument, newDoc: RegulationDocument): Alignment {
  const ot = new IndexedTree(oldDoc);
  const nt = new IndexedTree(newDoc);
  const oi = new Infos(ot);
  const ni = new Infos(nt);
  const ou = ot.units;
  const nu = nt.units;
  const on = ou.length;
  const nn = nu.length;
  const toNew = new Int32Array(on).fill(-1);
  const toOld = new Int32Array(nn).fill(-1);
  const pair = (i: number, j: number): void => {
    toNew[i] = j;
    toOld[j] = i;
  };
  const free = (i: number, j: number): boolean => toNew[i]! < 0 && toOld[j]! < 0 && ou[i]!.kind === nu[j]!.kind;
  /** Equal own texts (a hash collision is not taken for one). */
  const sameOwn = (i: number, j: number): boolean => oi.raw(i) === ni.raw(j) || oi.own(i) === ni.own(j);

  // 1. unique identical subtrees
  /** hash → the one index holding it, -1 when several do */
  const counts = (key: Float64Array, skip: (i: number) => boolean): Map<number, number> => {
    const out = new Map<number, number>();
    for (let i = 0; i < key.length; i++) {
      if (skip(i)) continue;
      const k = key[i]!;
      out.set(k, out.has(k) ? -1 : i);
    }
    return out;
  };
  const pairTree = (i: number, j: number): void => {
    pair(i, j);
    const ie = i + ot.size[i]!;
    const je = j + nt.size[j]!;
    for (let c = i + 1, d = j + 1; c < ie && d < je; c += ot.size[c]!, d += nt.size[d]!) if (free(c, d)) pairTree(c, d);
  };
  const emptyLeaf = (t: IndexedTree, info: Infos) => (i: number): boolean => t.size[i] === 1 && info.count[i]! < 2;
  {
    const a = counts(oi.treeHash, emptyLeaf(ot, oi));
    const b = counts(ni.treeHash, emptyLeaf(nt, ni));
    for (let i = 0; i < on; i++) {
      if (toNew[i]! >= 0) continue;
      const h = oi.treeHash[i]!;
      if (a.get(h) !== i) continue;
      const j = b.get(h);
      if (j !== undefined && j >= 0 && free(i, j) && sameOwn(i, j)) pairTree(i, j);
    }
  }
  // 2. unique identical own texts
  {
    const a = counts(oi.ownHash, (i) => oi.count[i]! < 2);
    const b = counts(ni.ownHash, (j) => ni.count[j]! < 2);
    for (let i = 0; i < on; i++) {
      if (toNew[i]! >= 0) continue;
      const h = oi.ownHash[i]!;
      if (a.get(h) !== i) continue;
      const j = b.get(h);
      if (j !== undefined && j >= 0 && free(i, j) && sameOwn(i, j)) pair(i, j);
    }
  }
  // 3. the label path under paired parents, where the texts are similar
  const vs: number[] = [];
  const byPath = (threshold: number): void => {
    /** the children of old unit p and new unit q (-1: the top level), paired by label path */
    const children = (p: number, q: number): void => {
      const i0 = p + 1;
      const ie = p < 0 ? on : p + ot.size[p]!;
      const j0 = q + 1;
      const je = q < 0 ? nn : q + nt.size[q]!;
      let anyOld = false;
      for (let i = i0; i < ie; i += ot.size[i]!) {
        if (toNew[i]! < 0) {
          anyOld = true;
          break;
        }
      }
      if (!anyOld) return;
      // the unpaired new children, in order; the last of each kind and number is the one found
      vs.length = 0;
      for (let j = j0; j < je; j += nt.size[j]!) if (toOld[j]! < 0) vs.push(j);
      if (vs.length === 0) return;
      let index: Map<string, number> | undefined;
      if (vs.length > 8) {
        index = new Map();
        for (const j of vs) index.set(`${nu[j]!.kind}:${ni.number(j)}`, j);
      }
      for (let i = i0; i < ie; i += ot.size[i]!) {
        if (toNew[i]! >= 0) continue;
        const u = ou[i]!;
        let j = -1;
        if (index) j = index.get(`${u.kind}:${oi.number(i)}`) ?? -1;
        else {
          const num = oi.number(i);
          for (let k = vs.length - 1; k >= 0; k--) {
            const x = vs[k]!;
            if (nu[x]!.kind === u.kind && ni.number(x) === num) {
              j = x;
              break;
            }
          }
        }
        if (j < 0 || !free(i, j)) continue;
        if (threshold === 0 || oi.raw(i) === ni.raw(j) || dice(oi.words(i), ni.words(j)) >= threshold) pair(i, j);
      }
    };
    if (on > 0 && nn > 0) children(-1, -1);
    // pre-order: a parent is paired before its children are looked at. Only the old units with
    // an unpaired child at the start of the pass can pair anything (children() returns at once
    // for the others, and pairing only ever removes unpaired units), so only they are visited,
    // in pre-order as every unit was
    const parents: number[] = [];
    for (let i = 0; i < on; i++) {
      const p = ot.parent[i]!;
      if (toNew[i]! < 0 && p >= 0 && mark[p] !== pass) {
        mark[p] = pass;
        parents.push(p);
      }
    }
    parents.sort((x, y) => x - y);
    for (const i of parents) {
      const j = toNew[i]!;
      if (j >= 0 && ot.size[i]! > 1 && nt.size[j]! > 1) children(i, j);
    }
    pass++;
  };
  const mark = new Int32Array(on);
  let pass = 1;
  byPath(SIMILAR);

  // 4. similarity through the rarest shared words
  {
    // probes: word pairs (a single word for a one-word text), the rarest first
    const grams = (w: readonly string[]): string[] => {
      const out = new Set<string>(w);
      for (let k = 1; k < w.length; k++) out.add(`${w[k - 1]} ${w[k]}`);
      return [...out];
    };
    const df = new Map<string, number>();
    const unpairedOld: number[] = [];
    for (let i = 0; i < on; i++) if (toNew[i]! < 0 && oi.count[i]! > 0) unpairedOld.push(i);
    const unpairedNew: number[] = [];
    for (let j = 0; j < nn; j++) if (toOld[j]! < 0 && ni.count[j]! > 0) unpairedNew.push(j);
    const gramsOld = unpairedOld.map((i) => grams(oi.words(i)));
    const gramsNew = unpairedNew.map((j) => grams(ni.words(j)));
    for (const gs of [gramsOld, gramsNew]) for (const g of gs) for (const x of g) df.set(x, (df.get(x) ?? 0) + 1);
    const probes = (g: readonly string[]): string[] => rarest(g, df);
    const posting = new Map<string, number[]>();
    unpairedOld.forEach((i, k) => {
      for (const w of probes(gramsOld[k]!)) {
        let list = posting.get(w);
        if (!list) posting.set(w, (list = []));
        if (list.length < MAX_POSTING) list.push(i);
      }
    });
    const bestOld = new Map<number, { v: number; s: number }>();
    const bestNew = new Map<number, { u: number; s: number }>();
    const seen = new Set<number>();
    unpairedNew.forEach((j, k) => {
      const wv = ni.words(j);
      const kind = nu[j]!.kind;
      seen.clear();
      for (const w of probes(gramsNew[k]!)) {
        for (const i of posting.get(w) ?? []) {
          if (seen.has(i) || toNew[i]! >= 0 || ou[i]!.kind !== kind) continue;
          seen.add(i);
          const s = dice(oi.words(i), wv);
          if (s < SIMILAR) continue;
          if (!(bestNew.get(j)?.s! >= s)) bestNew.set(j, { u: i, s });
          if (!(bestOld.get(i)?.s! >= s)) bestOld.set(i, { v: j, s });
        }
      }
    });
    for (const [j, { u: i }] of bestNew) if (bestOld.get(i)?.v === j && free(i, j)) pair(i, j);
  }

  // 5. the label path again (children of the pairs found by similarity), then whatever the texts
  byPath(SIMILAR);
  byPath(0);

  const movedNew = movedUnits(ot, nt, toNew, toOld);
  return {
    old: oldDoc,
    new: newDoc,
    oldTree: ot,
    newTree: nt,
    oldToNew: toNew,
    newToOld: toOld,
    movedNew,
    toNew: new UnitPairs(ot, nt, toNew),
    toOld: new UnitPairs(nt, ot, toOld),
    moved: new UnitFlags(nt, movedNew),
  };
}

/** The PROBES rarest single words of a unit's grams, then its PROBES rarest word pairs, each
 *  rarest first (document frequency, then the string): what sorting them all and taking the
 *  first of each gave, by selection. */
export function rarest(grams: readonly string[], df: ReadonlyMap<string, number>): string[] {
  const words: string[] = [];
  const wd: number[] = [];
  const pairs: string[] = [];
  const pd: number[] = [];
  for (const g of grams) {
    const d = df.get(g)!;
    const isPair = g.includes(' ');
    const list = isPair ? pairs : words;
    const ds = isPair ? pd : wd;
    // insert into the sorted top list (grams are distinct: no ties on the string)
    let k = list.length;
    while (k > 0 && (ds[k - 1]! > d || (ds[k - 1] === d && list[k - 1]! > g))) k--;
    if (k >= PROBES) continue;
    list.splice(k, 0, g);
    ds.splice(k, 0, d);
    if (list.length > PROBES) {
      list.pop();
      ds.pop();
    }
  }
  return [...words, ...pairs];
}

/** Indices of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
function lis(xs: readonly number[]): Set<number> {
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

function movedUnits(ot: IndexedTree, nt: IndexedTree, toNew: Int32Array, toOld: Int32Array): Uint8Array {
  const nn = nt.units.length;
  const moved = new Uint8Array(nn);
  const corresponds = (i: number, j: number): boolean => {
    const p = ot.parent[i]!;
    const q = nt.parent[j]!;
    return (p < 0 && q < 0) || (p >= 0 && q >= 0 && toNew[p] === q);
  };
  const inPlace: number[] = [];
  const olds: number[] = [];
  /** the children of new unit q (-1: the top level) */
  const siblings = (q: number): void => {
    inPlace.length = 0;
    olds.length = 0;
    const je = q < 0 ? nn : q + nt.size[q]!;
    for (let j = q + 1; j < je; j += nt.size[j]!) {
      const i = toOld[j]!;
      if (i < 0) continue;
      if (corresponds(i, j)) {
        inPlace.push(j);
        olds.push(i);
      } else moved[j] = 1;
    }
    if (inPlace.length === 0) return;
    // one in place is its own longest run
    if (inPlace.length === 1) return;
    const keep = lis(olds);
    for (let k = 0; k < inPlace.length; k++) if (!keep.has(k)) moved[inPlace[k]!] = 1;
  };
  siblings(-1);
  for (let j = 0; j < nn; j++) if (nt.size[j]! > 1) siblings(j);
  // articles are numbered through the document: an article in order among its siblings but out
  // of order among all articles (its chapter moved around it) is moved too — the chapters' own
  // order decides that, so nothing more is needed here
  return moved;
}
