/**
 * The amending document's wording (vietnamese-conventions.md §2): each change as the formula a
 * drafter writes — "Sửa đổi, bổ sung Khoản 3, Điều 1 như sau:", "Bổ sung Khoản 3a vào sau Khoản 3,
 * Điều 1 như sau:", "Bãi bỏ Điểm c, Khoản 2, Điều 5.", "Thay cụm từ “A” bằng cụm từ “B” tại …",
 * "Bỏ cụm từ “A” tại …" — with the new text quoted, in Party or state citation style by the
 * amended document's kind, and the changes ordered as the amended document orders its units
 * (Nghị định 78/2025, Điều 69 khoản 3). The same items number the consolidation's footnotes
 * ("theo quy định tại Khoản 2, Điều 1 của …").
 */
import type { AppliedDocument, ChangeRecord } from '../apply/engine.js';
import { citedNumber, formatCitation, formatDocumentRef, styleOf, unitWord, type CitationStyle } from '../citation/format.js';
import type { DocumentMeta, RegulationDocument, Unit } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import type { Change, Patch } from '../patch/schema.js';
import { plainText } from '../text/markup.js';
import { formatDateLong } from '../util/dates.js';

export interface DraftItem {
  record: ChangeRecord;
  change: Change;
  /** its number among the items of its article of the amending document (1-based) */
  number: number;
  /** the formula: "Sửa đổi, bổ sung Khoản 3, Điều 1 như sau:" */
  lead: string;
  /** the new text, line by line, when the formula introduces one */
  quote?: string[];
  /** the units it names, in the amended document ("Khoản 3, Điều 1") */
  cites: string[];
}

export interface DraftArticle {
  patchIndex: number;
  patch: Patch;
  /** the article of the amending document holding these items (one per amended document) */
  article: number;
  document: AppliedDocument;
  items: DraftItem[];
}

/** A phrase in curly quotes, as amending documents quote. */
export const Q = (s: string): string => `“${s}”`;

export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** Display lines of a unit (its label, heading and text, children included). */
export function unitLines(doc: RegulationDocument, u: Unit): string[] {
  return plainText(doc.source.text, u.start, u.end)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The amending document as a reference: its number when issued, else its title as a draft. */
export function amendingRef(patch: Patch, amended: DocumentMeta): string {
  const meta: DocumentMeta = { type: patch.type ?? amended.type ?? 'Văn bản', ...(patch.number ? { number: patch.number } : {}), ...(patch.date ? { date: patch.date } : {}), ...(patch.issuer ? { issuer: patch.issuer } : {}) };
  if (patch.number) return formatDocumentRef(meta, styleOf(amended));
  // a draft goes by its name (Nghị định 78/2025, Điều 69 khoản 2: the type, then what it amends)
  const title = patch.title ?? patch.id;
  const named = title.toLocaleLowerCase('vi').startsWith(meta.type!.toLocaleLowerCase('vi')) ? title : `${meta.type} ${lowerFirst(title)}`;
  return `${named} (dự thảo)`;
}

/** The amending documents with a change applied to `d`, as references. */
export function amendingRefs(d: AppliedDocument, patches: readonly LoadedPatch[]): string[] {
  return patches
    .filter((lp) => lp.patch && d.changes.some((r) => r.patchId === lp.patch!.id && r.status === 'applied'))
    .map((lp) => amendingRef(lp.patch!, d.original.meta));
}

export function effectivePhrase(date: string | undefined): string {
  return date ? `, có hiệu lực kể từ ${formatDateLong(date)}` : '';
}

/** "Khoản 2, Điều 1" (Party) or "khoản 2 Điều 1" (state): where an item stands in the amending document. */
export function itemLocator(item: DraftItem, article: number, style: CitationStyle): string {
  return style === 'party' ? `Khoản ${item.number}, Điều ${article}` : `khoản ${item.number} Điều ${article}`;
}

function listCites(cites: string[]): string {
  return cites.join('; ');
}

/** Where a change's units stand in the amended document, for ordering (result offsets). */
function positionOf(d: AppliedDocument, r: ChangeRecord): number {
  for (const a of [...r.units, ...(r.moved ? [r.moved.to] : [])]) {
    const u = d.result.byAnchor.get(a);
    if (u) return u.start;
  }
  // a unit removed: after the nearest preceding unit that survived
  const all = d.original.all;
  for (const a of r.removed) {
    const o = d.original.byAnchor.get(a);
    if (!o) continue;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < o.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const n = d.result.byAnchor.get(all[i]!.anchor);
      if (n) return n.end;
    }
    return d.result.bodyStart;
  }
  return Number.MAX_SAFE_INTEGER;
}

function citeUnit(doc: RegulationDocument, anchor: string, style: CitationStyle): string | undefined {
  const u = doc.byAnchor.get(anchor);
  return u ? formatCitation(u, doc.meta, style) : undefined;
}

/** The item of one applied change. */
function itemOf(d: AppliedDocument, r: ChangeRecord, change: Change): Omit<DraftItem, 'number'> {
  const style = styleOf(d.original.meta);
  const meta = d.result.meta;
  const inResult = r.units.map((a) => d.result.byAnchor.get(a)).filter((u): u is Unit => !!u);
  const cites = inResult.map((u) => formatCitation(u, meta, style));
  const removedCites = r.removed.map((a) => citeUnit(d.original, a, style)).filter((c): c is string => !!c);
  const base = { record: r, change };
  switch (change.op) {
    case 'replace': {
      const u = inResult[0];
      return { ...base, lead: `Sửa đổi, bổ sung ${cites[0] ?? ''} như sau:`, ...(u ? { quote: unitLines(d.result, u) } : {}), cites };
    }
    case 'replace_heading':
      return { ...base, lead: `Sửa đổi, bổ sung tên của ${cites[0] ?? ''} như sau:`, quote: [change.heading], cites };
    case 'insert': {
      const u = inResult[0];
      if (!u) return { ...base, lead: 'Bổ sung:', cites };
      const siblings = u.parent ? u.parent.children : d.result.units;
      const i = siblings.indexOf(u);
      let where: string;
      if (change.after !== undefined && i > 0) where = `vào sau ${formatCitation(siblings[i - 1]!, meta, style)}`;
      else if (change.before !== undefined && i + 1 < siblings.length) where = `vào trước ${formatCitation(siblings[i + 1]!, meta, style)}`;
      else where = u.parent && u.parent.kind !== 'intro' ? `vào ${formatCitation(u.parent, meta, style)}` : '';
      // the new unit named by its own label only: "Khoản 3a" (its article follows in `where`)
      const name = where && u.kind !== 'dieu' ? `${unitWord(u, meta, style)} ${citedNumber(u)}` : formatCitation(u, meta, style);
      return { ...base, lead: `Bổ sung ${name} ${where} như sau:`.replace(/\s+/g, ' '), quote: unitLines(d.result, u), cites: [formatCitation(u, meta, style)] };
    }
    case 'repeal': {
      const all = [...cites, ...removedCites];
      return { ...base, lead: `Bãi bỏ ${listCites(all)}.`, cites: all };
    }
    case 'replace_phrase':
      return { ...base, lead: `${style === 'party' ? 'Thay cụm từ' : 'Thay thế cụm từ'} ${Q(change.find)} bằng cụm từ ${Q(change.with)} tại ${listCites(cites)}.`, cites };
    case 'delete_phrase':
      return { ...base, lead: `Bỏ cụm từ ${Q(change.find)} tại ${listCites(cites)}.`, cites };
    case 'insert_phrase': {
      const where = change.after !== undefined ? `vào sau cụm từ ${Q(change.after)}` : `vào trước cụm từ ${Q(change.before ?? '')}`;
      return { ...base, lead: `Bổ sung cụm từ ${Q(change.text)} ${where} tại ${listCites(cites)}.`, cites };
    }
    case 'move': {
      const from = r.moved ? citeUnit(d.original, r.moved.from, style) : undefined;
      const to = r.moved ? citeUnit(d.result, r.moved.to, style) : undefined;
      return { ...base, lead: `Chuyển ${from ?? ''} thành ${to ?? ''}.`, cites: to ? [to] : [] };
    }
  }
}

/**
 * The items of the amending document: for each patch, one article per amended document (Nghị
 * định 78/2025, Điều 70), its applied changes in the amended document's order.
 */
export function draftArticles(documents: readonly AppliedDocument[], patches: readonly LoadedPatch[]): DraftArticle[] {
  const out: DraftArticle[] = [];
  patches.forEach((lp, pi) => {
    const patch = lp.patch;
    if (!patch) return;
    for (const d of documents) {
      const records = d.changes.filter((r) => r.patch === pi && r.status === 'applied');
      if (records.length === 0) continue;
      const ordered = records
        .map((r, k) => ({ r, k, at: positionOf(d, r) }))
        .sort((a, b) => a.at - b.at || a.k - b.k)
        .map((x) => x.r);
      const items = ordered.map((r, i) => ({ ...itemOf(d, r, patch.changes[r.index]!), number: i + 1 }));
      out.push({ patchIndex: pi, patch, article: out.filter((a) => a.patchIndex === pi).length + 1, document: d, items });
    }
  });
  return out;
}

