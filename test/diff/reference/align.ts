/**
 * The alignment as it was before branch issue-13p (Map-based, unit-keyed), kept verbatim as the
 * oracle of the index-based one in src/diff/align.ts (test/diff/align-oracle.property.test.ts).
 */
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
import { KIND_RANK, type RegulationDocument, type Unit, type UnitKind } from '../../../src/document/model.js';

const KIND_SEED = Object.fromEntries(Object.entries(KIND_RANK).map(([k, r]) => [k, 101 + r])) as Record<UnitKind, number>;

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

/** What matching needs of a unit; the key and the words are computed when first needed. */
class Info {
  private ownKey: string | undefined;
  private wordList: string[] | undefined;
  constructor(
    private readonly text: string,
    private readonly a: number,
    /** end of the own text, trailing whitespace aside */
    private readonly b: number,
    /** how many words */
    readonly count: number,
    readonly ownHash: number,
    readonly treeHash: number,
  ) {}
  /** the own text as written (a cheap equality check before the keys) */
  get raw(): string {
    return this.text.slice(this.a, this.b);
  }
  get own(): string {
    return (this.ownKey ??= looseKey(this.text.slice(this.a, this.b)));
  }
  get words(): string[] {
    return (this.wordList ??= this.own ? this.own.split(' ') : []);
  }
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

function infos(doc: RegulationDocument): Map<Unit, Info> {
  const text = doc.source.text;
  const out = new Map<Unit, Info>();
  const visit = (u: Unit): number => {
    let end = Math.max(u.labelEnd, ownContentEnd(u));
    const ownHash = scan(text, u.labelEnd, end, KIND_SEED[u.kind]);
    const count = scanned;
    let treeHash = ownHash;
    for (const c of u.children) treeHash = mix(treeHash, visit(c));
    while (end > u.labelEnd && /\s/.test(text.charAt(end - 1))) end--;
    out.set(u, new Info(text, u.labelEnd, end, count, ownHash, treeHash));
    return treeHash;
  };
  for (const u of doc.units) visit(u);
  return out;
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

/** Equal own texts (a hash collision is not taken for one). */
function sameOwn(a: Info, b: Info): boolean {
  return a.raw === b.raw || a.own === b.own;
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
  const emptyLeaf = (m: Map<Unit, Info>) => (u: Unit): boolean => u.children.length === 0 && m.get(u)!.count < 2;
  {
    const a = counts(oi, (i) => i.treeHash, emptyLeaf(oi));
    const b = counts(ni, (i) => i.treeHash, emptyLeaf(ni));
    for (const u of oldDoc.all) {
      if (toNew.has(u)) continue;
      const h = oi.get(u)!.treeHash;
      const x = a.get(h);
      const v = b.get(h);
      if (x === u && v && free(u, v) && sameOwn(oi.get(u)!, ni.get(v)!)) pairTree(u, v);
    }
  }
  // 2. unique identical own texts
  {
    const skip = (m: Map<Unit, Info>) => (u: Unit): boolean => m.get(u)!.count < 2;
    const a = counts(oi, (i) => i.ownHash, skip(oi));
    const b = counts(ni, (i) => i.ownHash, skip(ni));
    for (const u of oldDoc.all) {
      if (toNew.has(u)) continue;
      const h = oi.get(u)!.ownHash;
      const v = b.get(h);
      if (a.get(h) === u && v && free(u, v) && sameOwn(oi.get(u)!, ni.get(v)!)) pair(u, v);
    }
  }
  // 3. the label path under paired parents, where the texts are similar
  const byPath = (threshold: number): void => {
    const children = (us: readonly Unit[], vs: readonly Unit[]): void => {
      if (us.length === 0 || vs.length === 0 || !us.some((u) => !toNew.has(u)) || !vs.some((v) => !toOld.has(v))) return;
      const index = new Map<string, Unit>();
      for (const v of vs) if (!toOld.has(v)) index.set(`${v.kind}:${v.number.toLowerCase()}`, v);
      for (const u of us) {
        if (toNew.has(u)) continue;
        const v = index.get(`${u.kind}:${u.number.toLowerCase()}`);
        if (!v || !free(u, v)) continue;
        const a = oi.get(u)!;
        const b = ni.get(v)!;
        if (threshold === 0 || a.raw === b.raw || dice(a.words, b.words) >= threshold) pair(u, v);
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
    // probes: word pairs (a single word for a one-word text), the rarest first
    const grams = (i: Info): string[] => {
      const w = i.words;
      const out = new Set<string>(w);
      for (let k = 1; k < w.length; k++) out.add(`${w[k - 1]} ${w[k]}`);
      return [...out];
    };
    const df = new Map<string, number>();
    const gramsOf = new Map<Unit, string[]>();
    const unpairedOld = oldDoc.all.filter((u) => !toNew.has(u) && oi.get(u)!.count > 0);
    const unpairedNew = newDoc.all.filter((v) => !toOld.has(v) && ni.get(v)!.count > 0);
    for (const [us, m] of [[unpairedOld, oi], [unpairedNew, ni]] as const) {
      for (const u of us) {
        const g = grams(m.get(u)!);
        gramsOf.set(u, g);
        for (const x of g) df.set(x, (df.get(x) ?? 0) + 1);
      }
    }
    const probes = (u: Unit): string[] => {
      const sorted = gramsOf.get(u)!.sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1));
      // the rarest words and the rarest pairs: an edited text keeps some of each
      return [...sorted.filter((g) => !g.includes(' ')).slice(0, PROBES), ...sorted.filter((g) => g.includes(' ')).slice(0, PROBES)];
    };
    const posting = new Map<string, Unit[]>();
    for (const u of unpairedOld) {
      for (const w of probes(u)) {
        const list = posting.get(w) ?? [];
        if (list.length < MAX_POSTING) list.push(u);
        posting.set(w, list);
      }
    }
    const bestOld = new Map<Unit, { v: Unit; s: number }>();
    const bestNew = new Map<Unit, { u: Unit; s: number }>();
    for (const v of unpairedNew) {
      const iv = ni.get(v)!;
      const seen = new Set<Unit>();
      for (const w of probes(v)) {
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
