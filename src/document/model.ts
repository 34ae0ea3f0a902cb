/**
 * The document model: a regulation as a tree of units, each with its label as printed, its
 * normalised number, its heading, its source ranges and a stable ASCII anchor.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isSpaceCode } from '../text/space.js';
import { codePointAt, isLetter } from '../text/letters.js';
import type { SourceText } from '../text/source.js';
import type { Pattern } from './labels.js';

import type { UnitKind } from './kinds.js';

// the hierarchy is defined once, in kinds.ts
export { isHeadingKind, KIND_RANK, UNIT_KINDS, type UnitKind } from './kinds.js';

export interface Unit {
  kind: UnitKind;
  /** the numbering pattern the label was recognised by ('intro' for the preamble) */
  pattern: Pattern | 'intro';
  /** the label as printed: "Điều 5a.", "a)", "1.1.", "-"; '' for the preamble */
  label: string;
  /** the normalised label: "5a", "a", "đ", "d1", "1.1", "II"; for bullets their 1-based rank */
  number: string;
  /** plain text of the heading (Điều, Chương …), if any */
  heading?: string;
  /** stable ASCII anchor from the label path, e.g. "dieu-5a.khoan-2.diem-dd1" */
  anchor: string;
  /** [start, end): from the start of the label's line (indentation and Markdown markers included)
   *  to the end of the unit's last non-blank line, descendants included */
  start: number;
  end: number;
  /** the label as printed */
  labelStart: number;
  labelEnd: number;
  /** the heading text as printed (same line, or the title line after "Chương I") */
  headingStart?: number;
  headingEnd?: number;
  /** where the unit's own text starts (after label and heading) */
  bodyStart: number;
  /** end of the unit's own text, before its first child (= end when it has none) */
  ownEnd: number;
  children: Unit[];
  parent: Unit | null;
}

export type DocumentStatus = 'in-force' | 'amended' | 'superseded' | 'repealed' | 'draft';

/** Names a document gives to its own lower levels (Party documents vary: Điểm 1.1, Tiết 1.1 …). */
export interface LevelNames {
  decimal?: string;
  letter?: string;
  paren?: string;
}

export interface DocumentMeta {
  number?: string;
  type?: string;
  title?: string;
  issuer?: string;
  /** ISO date the document was signed */
  date?: string;
  /** ISO date it took effect, if it differs */
  effective?: string;
  status?: DocumentStatus;
  superseded_by?: string;
  amended_by?: string[];
  /**
   * the amending documents whose changes this text already holds (a consolidated text as base),
   * each as the header of its consolidation prints it: "Luật số 46/2014/QH13 ngày 13 tháng 6 năm
   * 2014 của Quốc hội sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày
   * 01 tháng 01 năm 2015"
   */
  history?: string[];
  excerpt?: boolean;
  labels?: LevelNames;
  /** citation style: Party ("Khoản 2, Điều 1") or state ("khoản 2 Điều 1"); default from the number */
  style?: 'party' | 'state';
  /** any other front-matter fields, kept as given */
  extra?: Record<string, unknown>;
}

export interface RegulationDocument {
  readonly source: SourceText;
  readonly meta: DocumentMeta;
  /** [start, end) of the front matter block, delimiters included; undefined when absent */
  readonly frontMatter?: { start: number; end: number };
  /** offset where the body starts (after BOM and front matter) */
  readonly bodyStart: number;
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n';
  /** top-level units, in document order */
  readonly units: Unit[];
  /** every unit in document order (pre-order) */
  readonly all: Unit[];
  readonly byAnchor: Map<string, Unit>;
  readonly diagnostics: Diagnostic[];
}

export function* walk(units: readonly Unit[]): Generator<Unit> {
  for (const u of units) {
    yield u;
    yield* walk(u.children);
  }
}

/** The raw Markdown of a unit as it stands in the source (label and descendants included). */
export function unitText(doc: RegulationDocument, u: Unit): string {
  return doc.source.text.slice(u.start, u.end);
}

/** Is this a Party document (numbers like 80-QĐ/TW, 01-QC/TU)? Decides the citation style. */
export function isPartyDocument(meta: DocumentMeta): boolean {
  if (meta.style) return meta.style === 'party';
  return !!meta.number && isPartyNumber(meta.number);
}

/*
 * /^\s*\d+[A-Za-z]?\s*-\s*[\p{L}]+\s*\/\s*[\p{L}]+/u.test(n), as code (that expression cost 1–2 ms to
 * compile on a cold run, issue 16; test/document/party-number.property.test.ts holds this to it).
 * It can match in one way only: each part is a whole run (giving back a space, digit or letter
 * leaves one where the next part cannot start), so the head is an expression without property
 * escapes and the two runs of letters are read by code point.
 */
const PARTY_HEAD = /^\s*\d+[A-Za-z]?\s*-\s*/;

/** Is n a Party number (`80-QĐ/TW`): the test above. */
export function isPartyNumber(n: string): boolean {
  const head = PARTY_HEAD.exec(n);
  if (!head) return false;
  let i = head[0].length;
  const from = i;
  for (let cp = codePointAt(n, i); cp >= 0 && isLetter(cp); cp = codePointAt(n, i)) i += cp > 0xffff ? 2 : 1;
  if (i === from) return false;
  while (i < n.length && isSpaceCode(n.charCodeAt(i))) i++;
  if (n[i] !== '/') return false;
  i++;
  while (i < n.length && isSpaceCode(n.charCodeAt(i))) i++;
  return i < n.length && isLetter(n.codePointAt(i)!);
}

/** What resolving a citation needs of a document: its metadata and its tree. */
export interface UnitTree {
  readonly meta: DocumentMeta;
  readonly units: readonly Unit[];
  /** does the document have articles (Điều)? A citation starting below them is incomplete */
  hasArticles(): boolean;
  /** the unit with this anchor */
  anchor(anchor: string): Unit | undefined;
  /** a name for messages: the number, the title or the path */
  readonly name: string;
  /** articles by anchor ("dieu-5a" → units): a citation of an article needs no tree walk */
  articleIndex?(): Map<string, Unit[]>;
}

export function treeOf(doc: RegulationDocument): UnitTree {
  let articles: boolean | undefined;
  let index: Map<string, Unit[]> | undefined;
  return {
    articleIndex: () => {
      if (!index) {
        index = new Map();
        for (const u of doc.all) {
          if (u.kind !== 'dieu') continue;
          const key = u.anchor.replace(/--\d+$/, '');
          index.set(key, [...(index.get(key) ?? []), u]);
        }
      }
      return index;
    },
    meta: doc.meta,
    units: doc.units,
    hasArticles: () => (articles ??= doc.all.some((u) => u.kind === 'dieu')),
    anchor: (a) => doc.byAnchor.get(a),
    name: doc.meta.number ?? doc.meta.title ?? doc.source.path,
  };
}

