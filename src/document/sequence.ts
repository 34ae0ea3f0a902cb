/**
 * Numbering checks: gaps, duplicates, out-of-order labels, letters outside the Vietnamese
 * alphabet. They never change the tree; they say what could not be placed in a sequence.
 * Articles (Điều) and chapters (Chương) are numbered through the document; every other level
 * restarts under its parent. In an excerpt document (front matter `excerpt: true`) gaps are
 * expected and not reported.
 */
import { diagnosticAt, type Diagnostic, type Message } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../text/source.js';
import type { Unit } from './model.js';
import {
  arabicKey,
  compareKeys,
  decimalKey,
  isSuccessor,
  letterAt,
  letterKey,
  romanKey,
  toRoman,
  type SequenceKey,
} from './numbering.js';

function keyOf(u: Unit): SequenceKey {
  switch (u.pattern) {
    case 'dieu':
    case 'arabic':
    case 'muc':
    case 'tieu-muc':
      return /^\d/.test(u.number) ? arabicKey(u.number) : romanKey(u.number);
    case 'chuong':
    case 'phan':
    case 'roman':
      return /^\d/.test(u.number) ? arabicKey(u.number) : romanKey(u.number);
    case 'decimal':
      return decimalKey(u.number);
    case 'letter':
      return letterKey(u.number);
    case 'paren':
      return arabicKey(u.number);
    default:
      return [0, 0];
  }
}

/** The label that would come next after `k` in the pattern of `u` (for hints). */
function successorLabel(u: Unit, k: SequenceKey): string {
  const base = k[0] + 1;
  switch (u.pattern) {
    case 'letter':
      return letterAt(base) ?? '?';
    case 'decimal': {
      const prefix = u.number.split('.').slice(0, -1).join('.');
      return `${prefix}.${base}`;
    }
    case 'chuong':
    case 'phan':
    case 'roman':
      return /^\d/.test(u.number) ? String(base) : toRoman(base);
    default:
      return String(base);
  }
}

function firstLabel(u: Unit): string {
  switch (u.pattern) {
    case 'letter':
      return 'a';
    case 'decimal':
      return `${u.number.split('.').slice(0, -1).join('.')}.1`;
    case 'chuong':
    case 'phan':
    case 'roman':
      return /^\d/.test(u.number) ? '1' : 'I';
    default:
      return '1';
  }
}

export function checkNumbering(source: SourceText, all: readonly Unit[], opts: { excerpt: boolean }): Diagnostic[] {
  const out: Diagnostic[] = [];

  const checkSequence = (units: Unit[], continuesFrom?: SequenceKey): SequenceKey | undefined => {
    let prev: SequenceKey | undefined = continuesFrom;
    let prevUnit: Unit | undefined;
    const seen = new Map<string, Unit>();
    for (const u of units) {
      const k = keyOf(u);
      if (k[0] === 0) continue;
      const id = `${k[0]}:${k[1]}`;
      const earlier = seen.get(id);
      const at = (msg: Message, hint?: Message) =>
        out.push(diagnosticAt(source, u.labelStart, u.labelEnd, 'numbering', msg, hint ? { hint } : {}));
      if (earlier) {
        at({ id: 'numbering.duplicate', args: { level: u.kind, found: u.number, line: source.point(earlier.labelStart).line } });
      } else if (prev === undefined) {
        if (!opts.excerpt && (k[0] !== 1 || k[1] !== 0)) at({ id: 'numbering.first', args: { level: u.kind, found: u.number, expected: firstLabel(u) } });
      } else if (compareKeys(k, prev) < 0) {
        at({ id: 'numbering.order', args: { level: u.kind, found: u.number, previous: prevUnit?.number ?? '' } });
      } else if (!opts.excerpt && !isSuccessor(prev, k)) {
        const expected = prevUnit ? successorLabel(prevUnit, prev) : firstLabel(u);
        at({ id: 'numbering.gap', args: { level: u.kind, found: u.number, previous: prevUnit?.number ?? '', expected } }, { id: 'numbering.hint-expected', args: { expected } });
      }
      if (!earlier) seen.set(id, u);
      if (prev === undefined || compareKeys(k, prev) > 0) {
        prev = k;
        prevUnit = u;
      }
    }
    return prev;
  };

  // Articles: one sequence through the document.
  checkSequence(all.filter((u) => u.kind === 'dieu'));
  // Chapters: through the document, or restarting at I under each Phần.
  const chapters = all.filter((u) => u.kind === 'chuong');
  const byPart = new Map<Unit | null, Unit[]>();
  for (const c of chapters) {
    const part = partOf(c);
    if (!byPart.has(part)) byPart.set(part, []);
    byPart.get(part)!.push(c);
  }
  let last: SequenceKey | undefined;
  for (const group of byPart.values()) {
    const first = keyOf(group[0]!);
    last = checkSequence(group, first[0] === 1 && first[1] === 0 ? undefined : last);
  }
  // Every other level: under its parent, per pattern. The parents in the order they first occur
  // as one (`all` is in pre-order, so: the top level, then every unit with children, in order),
  // without a set keyed by units
  for (const p of parentsInOrder(all)) {
    const children = p ? p.children : all.filter((u) => u.parent === null);
    const byPattern = new Map<string, Unit[]>();
    for (const c of children) {
      if (c.kind === 'dieu' || c.kind === 'chuong' || c.kind === 'bullet' || c.kind === 'intro') continue;
      const key = c.pattern;
      if (!byPattern.has(key)) byPattern.set(key, []);
      byPattern.get(key)!.push(c);
    }
    for (const seq of byPattern.values()) checkSequence(seq);
    // decimal points belong to the clause that contains them: 1.1, 1.2 under khoản 1
    if (p && p.pattern === 'arabic') {
      for (const c of children) {
        if (c.pattern !== 'decimal') continue;
        const prefix = c.number.split('.').slice(0, -1).join('.');
        if (prefix !== p.number.replace(/[a-zđ]$/u, '') && prefix !== p.number) {
          out.push(diagnosticAt(source, c.labelStart, c.labelEnd, 'numbering', { id: 'numbering.decimal-prefix', args: { found: c.number, parent: p.number } }));
        }
      }
    }
  }
  return out;
}

/** The distinct parents of the units of `all` (a tree in pre-order), in the order they first
 *  occur: `[...new Set(all.map((u) => u.parent))]` without a set keyed by units. */
export function parentsInOrder(all: readonly Unit[]): Array<Unit | null> {
  const parents: Array<Unit | null> = all.length > 0 ? [null] : [];
  for (const u of all) if (u.children.length > 0) parents.push(u);
  return parents;
}

function partOf(u: Unit): Unit | null {
  for (let p = u.parent; p; p = p.parent) if (p.kind === 'phan') return p;
  return null;
}
