/**
 * Resolve a citation (or an anchor) against a document.
 *
 * Exact first: the level word names the unit's kind (Khoản → khoản) and the number is the
 * unit's. Else through aliases, as Party texts name their lower levels inconsistently:
 * "Điểm 4, Điều 15" for khoản 4; "Mục 3" or "Điểm 1" of Khoản 5 for the decimal point 5.3 / 5.1;
 * "Tiết 1.1" for a decimal point; a document's own `labels:` names count as exact. An alias
 * match is reported (`citation-style`, info) with the citation the document's style expects.
 * A citation without its article ("Điểm 4, Khoản 2") that matches several units is ambiguous;
 * one that matches nothing says what the container does hold.
 */
import { anchorLike, segment } from '../document/anchor.js';
import { KIND_RANK, type DocumentMeta, type Unit, type UnitKind, type UnitTree } from '../document/model.js';
import { romanValue } from '../document/numbering.js';
import { expandPaths, parseCitation, type Citation, type Level, type PathSegment } from './parse.js';

export interface AliasNote {
  segment: PathSegment;
  unit: Unit;
}

export type Resolution =
  | { kind: 'found'; units: Unit[]; aliases: AliasNote[]; incomplete: boolean; citation?: Citation; heading: boolean }
  | { kind: 'ambiguous'; matches: Unit[]; citation?: Citation }
  | {
      kind: 'not-found';
      segment?: PathSegment;
      /** where the segment was looked for; empty for the document itself */
      containers: Unit[];
      /** what the single container holds (for the hint) */
      available: Unit[];
      citation?: Citation;
    }
  | { kind: 'unparsed'; text: string };

const EXACT: Record<Level, UnitKind[]> = {
  phan: ['phan'],
  chuong: ['chuong'],
  muc: ['muc'],
  'tieu-muc': ['tieu-muc'],
  dieu: ['dieu'],
  khoan: ['khoan'],
  diem: ['diem'],
  tiet: ['tiet'],
  bullet: ['bullet'],
};

const ALIAS: Record<Level, UnitKind[]> = {
  phan: ['muc'],
  chuong: [],
  muc: ['phan', 'khoan', 'diem', 'tiet'],
  'tieu-muc': [],
  dieu: [],
  khoan: ['diem'],
  diem: ['khoan', 'tiet', 'bullet'],
  tiet: ['diem', 'bullet'],
  bullet: ['tiet'],
};

const LEVEL_OF_NAME: Record<string, Level> = { 'điểm': 'diem', 'tiết': 'tiet', 'mục': 'muc', 'khoản': 'khoan', 'ý': 'tiet' };

/** The level a document's own `labels:` map names this unit by, if it names it at all. */
function documentLevel(u: Unit, meta: DocumentMeta): Level | undefined {
  const names = meta.labels;
  if (!names) return undefined;
  const name = u.pattern === 'decimal' ? names.decimal : u.pattern === 'paren' ? names.paren : u.pattern === 'letter' && u.kind === 'tiet' ? names.letter : undefined;
  return name ? LEVEL_OF_NAME[name.normalize('NFC').toLocaleLowerCase('vi')] : undefined;
}

function exactKind(u: Unit, level: Level, meta: DocumentMeta): boolean {
  const own = documentLevel(u, meta);
  return own !== undefined ? own === level : EXACT[level].includes(u.kind);
}

function sameNumber(unitNumber: string, cited: string): boolean {
  if (unitNumber === cited) return true;
  if (unitNumber.toLowerCase() === cited.toLowerCase()) return true;
  if (!/^[\dIVXLCDMivxlcdm]+$/.test(unitNumber) || !/^[\dIVXLCDMivxlcdm]+$/.test(cited)) return false;
  // Phần 2 = Phần II, Chương 3 = Chương III
  const a = /^\d+$/.test(unitNumber) ? +unitNumber : romanValue(unitNumber);
  const b = /^\d+$/.test(cited) ? +cited : romanValue(cited);
  return a > 0 && a === b && (/^[IVXLCDM]+$/i.test(unitNumber) || /^[IVXLCDM]+$/i.test(cited));
}

/** Decimal 5.3 cited as "3" under khoản 5 ("Mục 3, Khoản 5"). */
function shortDecimal(u: Unit, cited: string): boolean {
  if (u.pattern !== 'decimal') return false;
  const parts = u.number.split('.');
  return parts[parts.length - 1] === cited;
}

type Mode = 'exact' | 'alias';

function matches(u: Unit, seg: PathSegment, meta: DocumentMeta, mode: Mode, number: string): boolean {
  const exact = exactKind(u, seg.level, meta);
  const same = sameNumber(u.number, number);
  if (mode === 'exact') return exact && same;
  const kindOk = exact || EXACT[seg.level].includes(u.kind) || ALIAS[seg.level].includes(u.kind);
  return kindOk && !(exact && same) && (same || shortDecimal(u, number));
}

/**
 * Units under `container` (or the document root) matching a segment, not descending into
 * matches. Through an alias only the shallowest matches count, and a decimal point cited by its
 * last number ("Điểm 1" for 5.1) only directly under the cited clause.
 */
function search(doc: UnitTree, container: Unit | null, seg: PathSegment, mode: Mode, number: string): Unit[] {
  if (container === null && mode === 'exact' && seg.level === 'dieu' && doc.articleIndex) {
    return [...(doc.articleIndex().get(segment({ kind: 'dieu', number })) ?? [])];
  }
  const out: Array<{ u: Unit; depth: number }> = [];
  const deepest = maxRank(seg.level, mode);
  const visit = (units: readonly Unit[], depth: number): void => {
    for (const u of units) {
      const ok = matches(u, seg, doc.meta, mode, number) && (mode === 'exact' || depth === 0 || sameNumber(u.number, number));
      if (ok) out.push({ u, depth });
      else if (KIND_RANK[u.kind] < deepest) visit(u.children, depth + 1);
    }
  };
  visit(container ? container.children : doc.units, 0);
  if (mode === 'exact' || out.length === 0) return out.map((x) => x.u);
  const min = Math.min(...out.map((x) => x.depth));
  return out.filter((x) => x.depth === min).map((x) => x.u);
}

/** The deepest kind a level word can name (a document's own `labels:` can make a decimal or
 *  lettered level answer to Điểm, Tiết, Mục or Khoản): nothing below it needs to be searched. */
function maxRank(level: Level, mode: Mode): number {
  const kinds = new Set<UnitKind>([...EXACT[level], ...(mode === 'alias' ? ALIAS[level] : [])]);
  if (level === 'diem' || level === 'tiet' || level === 'muc' || level === 'khoan') {
    kinds.add('diem');
    kinds.add('tiet');
  }
  return Math.max(...[...kinds].map((k) => KIND_RANK[k]));
}

function searchRange(doc: UnitTree, container: Unit | null, seg: PathSegment, mode: Mode): Unit[] {
  const { from, to } = seg.range!;
  const pool: Unit[] = [];
  const visit = (units: readonly Unit[]): void => {
    for (const u of units) {
      const kindOk = mode === 'exact' ? exactKind(u, seg.level, doc.meta) : ALIAS[seg.level].includes(u.kind);
      if (kindOk) pool.push(u);
      else visit(u.children);
    }
  };
  visit(container ? container.children : doc.units);
  const a = pool.findIndex((u) => sameNumber(u.number, from));
  const b = pool.findIndex((u) => sameNumber(u.number, to));
  if (a < 0 || b < 0 || b < a) return [];
  return pool.slice(a, b + 1);
}

function selfOrAncestor(u: Unit | undefined, level: Level): Unit | undefined {
  for (let p: Unit | null | undefined = u; p; p = p.parent) if (EXACT[level].includes(p.kind)) return p;
  return undefined;
}

/** The children a "not found" hint lists: the container's units of the cited level, or all. */
function available(doc: UnitTree, container: Unit | null, seg: PathSegment): Unit[] {
  const kinds = new Set([...EXACT[seg.level], ...ALIAS[seg.level]]);
  const pool: Unit[] = [];
  const visit = (units: readonly Unit[]): void => {
    for (const u of units) {
      if (kinds.has(u.kind)) pool.push(u);
      else visit(u.children);
    }
  };
  visit(container ? container.children : doc.units);
  return pool.length > 0 ? pool : (container ? container.children : doc.units).filter((u) => u.kind !== 'intro');
}

export function resolveCitation(doc: UnitTree, citation: Citation, context?: Unit): Resolution {
  const paths = expandPaths(citation);
  const found: Unit[] = [];
  const aliases: AliasNote[] = [];
  let incomplete = false;
  for (const path of paths) {
    let set: Array<Unit | null> = [null];
    if (path.length === 0) {
      // a citation of the document itself
      return { kind: 'found', units: [], aliases, incomplete, citation, heading: citation.heading };
    }
    const first = path[0]!;
    // a path that starts below the article in a document that has articles is incomplete
    if (!first.relative && (first.level === 'khoan' || first.level === 'diem' || first.level === 'tiet' || first.level === 'bullet') && doc.hasArticles()) {
      incomplete = true;
    }
    for (const seg of path) {
      const next: Unit[] = [];
      if (seg.relative) {
        const r = selfOrAncestor(context, seg.level);
        if (!r) return { kind: 'not-found', segment: seg, containers: [], available: [], citation };
        next.push(r);
        incomplete = false;
      } else {
        for (const container of set) {
          let hits = seg.range ? searchRange(doc, container, seg, 'exact') : search(doc, container, seg, 'exact', seg.number!);
          if (hits.length === 0) {
            hits = seg.range ? searchRange(doc, container, seg, 'alias') : search(doc, container, seg, 'alias', seg.number!);
            for (const h of hits) aliases.push({ segment: seg, unit: h });
          }
          next.push(...hits);
        }
      }
      if (next.length === 0) {
        const containers = set.filter((u): u is Unit => u !== null);
        const container = set.length === 1 ? set[0]! : null;
        return { kind: 'not-found', segment: seg, containers, available: set.length === 1 ? available(doc, container, seg) : [], citation };
      }
      set = next;
    }
    const units = set.filter((u): u is Unit => u !== null);
    if (units.length > 1 && !paths.some((p) => p.some((s) => s.range))) {
      return { kind: 'ambiguous', matches: units, citation };
    }
    for (const u of units) if (!found.includes(u)) found.push(u);
  }
  return { kind: 'found', units: found, aliases, incomplete, citation, heading: citation.heading };
}

/** Resolve an anchor (`dieu-1.khoan-3`) or a citation string. */
export function resolveTarget(doc: UnitTree, text: string, context?: Unit): Resolution {
  const t = text.trim();
  if (anchorLike(t)) {
    const u = doc.anchor(t);
    if (u) return { kind: 'found', units: [u], aliases: [], incomplete: false, heading: false };
    const heading = /^ten-/.exec(t);
    if (heading) {
      const h = doc.anchor(t.slice(4));
      if (h) return { kind: 'found', units: [h], aliases: [], incomplete: false, heading: true };
    }
  }
  const c = parseCitation(t);
  if (!c || c.levels.length === 0) return { kind: 'unparsed', text: t };
  return resolveCitation(doc, c, context);
}
