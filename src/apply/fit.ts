/**
 * Does an inserted (or moved) unit's label fit where it goes? Nghị định 78/2025 Điều 69 k4 and
 * Điều 66 k1: inserted units take the number before them with a suffix (Điều 5a after Điều 5,
 * khoản 2a after 2, điểm d1 after d) and untouched units are never renumbered. A label that
 * collides, breaks the order, or leaves a gap is refused, with the free label as a hint.
 * In an excerpt document a gap may be untranscribed text, so only collisions and order count.
 */
import type { Pattern } from '../document/labels.js';
import type { Unit } from '../document/model.js';
import { compareKeys, isSuccessor, letterAt, letterKey, sequenceKey } from '../document/numbering.js';

export type Fit =
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
export function fitLabel(
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
