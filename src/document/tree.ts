/**
 * Queries over a tree of units: pure functions of `Unit` (its children, parent and offsets), for
 * the apply engine and the redline, which hold trees of their own (a working copy, a result).
 * Nothing here builds, changes or caches a tree.
 */
import { KIND_RANK, type Unit } from './model.js';

/** The units beside a unit's children: its children, or the top-level units for the document. */
export function siblingsOf(tops: readonly Unit[], parent: Unit | null): readonly Unit[] {
  return parent ? parent.children : tops;
}

/** Every article under these units, in order (articles are numbered through the document). */
export function allArticles(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  const visit = (us: readonly Unit[]): void => {
    for (const u of us) {
      if (u.kind === 'dieu') out.push(u);
      else if (KIND_RANK[u.kind] < KIND_RANK.dieu) visit(u.children);
    }
  };
  visit(units);
  return out;
}

/** The articles inside a unit (a Phần, Chương or Mục), in order. */
export function collectArticles(u: Unit): Unit[] {
  const out: Unit[] = [];
  const visit = (x: Unit): void => {
    if (x.kind === 'dieu') out.push(x);
    else x.children.forEach(visit);
  };
  u.children.forEach(visit);
  return out;
}

/** The last article in a unit (the unit itself when it is one). */
export function lastArticleIn(u: Unit | null): Unit | undefined {
  if (!u) return undefined;
  if (u.kind === 'dieu') return u;
  for (let i = u.children.length - 1; i >= 0; i--) {
    const a = lastArticleIn(u.children[i]!);
    if (a) return a;
  }
  return undefined;
}

/** The first article in a unit (the unit itself when it is one). */
export function firstArticleIn(u: Unit): Unit | undefined {
  if (u.kind === 'dieu') return u;
  for (const c of u.children) {
    const a = firstArticleIn(c);
    if (a) return a;
  }
  return undefined;
}

/** The first unit of a numbering pattern, in document order. */
export function findPattern(units: readonly Unit[], pattern: Unit['pattern']): Unit | undefined {
  for (const u of units) {
    if (u.pattern === pattern) return u;
    const found = findPattern(u.children, pattern);
    if (found) return found;
  }
  return undefined;
}

/** A unit's ancestors, nearest first. */
export function ancestorsOf(u: Unit): Unit[] {
  const out: Unit[] = [];
  for (let p = u.parent; p; p = p.parent) out.push(p);
  return out;
}

/** The deepest unit holding offset `at` (its end included; of two that do, the later). */
export function unitAt(units: readonly Unit[], at: number): Unit | undefined {
  let found: Unit | undefined;
  for (const u of units) {
    if (u.start <= at && at <= u.end) found = unitAt(u.children, at) ?? u;
  }
  return found;
}

/** The unit of a list sorted by start that starts at or before `a` (binary search), if any. */
function childAt(units: readonly Unit[], a: number): Unit | undefined {
  let lo = 0;
  let hi = units.length - 1;
  let found: Unit | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.start <= a) {
      found = units[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The deepest unit containing [a, b) that `accept` takes. */
export function deepestAccepted(units: readonly Unit[], a: number, b: number, accept: (u: Unit) => boolean): Unit | undefined {
  let found: Unit | undefined;
  let level = units;
  for (;;) {
    const u = childAt(level, a);
    if (!u || !(u.start <= a && b <= u.end)) return found;
    if (accept(u)) found = u;
    level = u.children;
  }
}
