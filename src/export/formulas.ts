/**
 * The amending document's wording (vietnamese-conventions.md §2): each change as the formula a
 * drafter writes — "Sửa đổi, bổ sung Khoản 3, Điều 1 như sau:", "Bổ sung Khoản 3a vào sau Khoản 3,
 * Điều 1 như sau:", "Bãi bỏ Điểm c, Khoản 2, Điều 5.", "Thay cụm từ “A” bằng cụm từ “B” tại …",
 * "Bỏ cụm từ “A” tại …" — with the new text quoted, in Party or state citation style by the
 * amended document's kind, and the changes ordered as the amended document orders its units
 * (Nghị định 78/2025, Điều 69 khoản 3). The same items number the consolidation's footnotes
 * ("theo quy định tại Khoản 2, Điều 1 của …").
 */
import { lowerFirst, upperFirst as capitalise } from '../text/normalize.js';
import type { AppliedDocument, ChangeRecord } from '../apply/model.js';
import { citedNumber, formatDocumentRef, styleOf, unitWord, type CitationStyle } from '../citation/format.js';
import type { DocumentMeta, RegulationDocument, Unit } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import type { Change, Patch } from '../patch/schema.js';
import { plainText } from '../text/markup.js';

export interface DraftItem {
  record: ChangeRecord;
  change: Change;
  /** the number of its item in its article of the amending document (1-based) */
  number: number;
  /** its letter among the points of a grouped item ("a", "b" …), when its item groups several */
  letter?: string;
  /** the formula: "Sửa đổi, bổ sung Khoản 3, Điều 1 như sau:" (as written in its entry) */
  lead: string;
  /** the new text, line by line, when the formula introduces one */
  quote?: string[];
  /** the units it names, in the amended document ("Khoản 3, Điều 1") */
  cites: string[];
  /** its own formula with every place cited in full, for a sentence outside the article ("Đề nghị …") */
  formula: string;
}

/**
 * One numbered item of an article of the amending document as printed: a formula with its quote,
 * or a grouping lead ("Sửa đổi, bổ sung một số khoản của Điều 6 như sau:") with lettered points
 * (Luật 51/2024/QH15 Điều 1 khoản 3). `label` is the item's own label: its number, or the
 * change's `source` when the amending document numbers it.
 */
export interface DraftEntry {
  label: string;
  lead: string;
  quote?: string[];
  points?: Array<{ letter: string; lead: string; quote?: string[] }>;
}

export interface DraftArticle {
  patchIndex: number;
  patch: Patch;
  /** the article of the amending document holding these items (one per amended document) */
  article: number;
  document: AppliedDocument;
  /** one per applied change, in the amended document's order */
  items: DraftItem[];
  /** the items as printed: grouped per Điều, phrase changes of the same words merged */
  entries: DraftEntry[];
}

/** A phrase in curly quotes, as amending documents quote. */
export const Q = (s: string): string => `“${s}”`;

export { lowerFirst, capitalise };

/** Display lines of a unit (its label, heading and text, children included). */
function unitLines(doc: RegulationDocument, u: Unit): string[] {
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

/**
 * An amended document by name, as a title names it: a law by its name ("Luật Bảo hiểm y tế"), a
 * title that names its type by the title ("Quy chế làm việc của …"), any other state document by
 * its type and number ("Quyết định số 12/2025/QĐ-UBND").
 */
export function documentName(m: DocumentMeta): string {
  const type = m.type ?? '';
  const title = m.title?.trim();
  if (title && type && title.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi'))) return title;
  if (styleOf(m) === 'state' && !/^(?:luật|bộ luật|pháp lệnh)$/iu.test(type) && m.number) return `${type || 'Văn bản'} số ${m.number}`;
  return [type, title ?? m.number].filter(Boolean).join(' ');
}

/**
 * The amending document's name after its type (Nghị định 78/2025, Điều 69 khoản 2): "sửa đổi, bổ
 * sung một số điều của Quy chế làm việc …". The patch's full `title` is used as written when it
 * is such a name or a name of its own ("Luật Thanh tra"); a title that only says "Sửa đổi, bổ sung
 * {document}" gets the words "một số điều của".
 */
export function amendingName(patch: Patch, amended: readonly DocumentMeta[]): { type: string; name: string } {
  const first = amended[0] ?? {};
  const type = patch.type ?? first.type ?? 'Văn bản';
  const style = styleOf(first);
  const amendedName = amended.length > 1 ? amended.map((m) => formatDocumentRef(m, style)).join(', ') : documentName(first);
  const generated = `sửa đổi, bổ sung một số điều của ${amendedName}`;
  if (!patch.title) return { type, name: generated };
  const t = patch.title.trim().normalize('NFC');
  const bare = t.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi')) ? t.slice(type.length).trim() : t;
  if (/một số điều/iu.test(bare) || !/sửa đổi|bổ sung|bãi bỏ/iu.test(bare)) return { type, name: /^(sửa đổi|bổ sung|bãi bỏ)/iu.test(bare) ? lowerFirst(bare) : bare };
  return { type, name: generated };
}

/** The amending documents with a change applied to `d`, as references. */
export function amendingRefs(d: AppliedDocument, patches: readonly LoadedPatch[]): string[] {
  return patches
    .filter((lp) => lp.patch && d.changes.some((r) => r.patchId === lp.patch!.id && r.status === 'applied'))
    .map((lp) => amendingRef(lp.patch!, d.original.meta));
}

/**
 * Where an item stands in the amending document: the change's own `source` when the amending
 * document numbers it ("điểm a khoản 35 Điều 1"), else its place in the drafted article —
 * "Điểm a, Khoản 3, Điều 1" (Party) or "điểm a khoản 3 Điều 1" (state).
 */
export function itemLocator(item: DraftItem, article: number, style: CitationStyle): string {
  if (item.change.source) return item.change.source;
  const parts = [...(item.letter ? [['điểm', item.letter]] : []), ['khoản', String(item.number)]].map(([w, n]) => `${style === 'party' ? capitalise(w!) : w} ${n}`);
  parts.push(`Điều ${article}`);
  return parts.join(style === 'party' ? ', ' : ' ');
}

/**
 * A quoted phrase as amending documents print it: no space at its edges and no leading ", " or
 * "; " (the punctuation of the sentence around it, not of the phrase); a trailing comma or
 * semicolon is kept (Luật 51/2024: "Cụm từ “thanh tra,” được bỏ").
 */
export function phrase(s: string): string {
  return s.normalize('NFC').replace(/^[\s,;]+/u, '').replace(/\s+$/u, '');
}

/** Straight double quotes of a user's text as curly ones: "a" → “a”. */
export function curly(s: string): string {
  let open = true;
  return s.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
}

/** A phrase trimmed and in curly quotes. */
const QP = (s: string): string => Q(phrase(s));

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** "thứ nhất", "thứ tư", "thứ 11": an ordinal in words as Vietnamese documents write it. */
export function ordinal(n: number): string {
  return `thứ ${ORDINALS[n - 1] ?? String(n)}`;
}

/**
 * Does the transcription, not the document, print this unit's label? In an `excerpt` a bullet
 * ("- ") is the transcription's layout of the ideas of a numbered unit, and a decimal label
 * ("2.4." under khoản 2) its spelling of a point the document numbers by the last figure
 * ("Điểm 4, Khoản 2"); neither may be cited as the document's own.
 */
export function inventedLabel(doc: RegulationDocument, u: Unit): boolean {
  if (!doc.meta.excerpt) return false;
  return u.kind === 'bullet' || (u.pattern === 'decimal' && /\./.test(u.number));
}

/** The unit a citation may name: the nearest one the document itself numbers. */
export function realUnit(doc: RegulationDocument, u: Unit): Unit {
  let x: Unit = u;
  while (x.kind === 'bullet' && doc.meta.excerpt && x.parent) x = x.parent;
  return x;
}

/** One unit's part of a citation: "Khoản 3", "điểm 4" (an excerpt's "2.4."), "gạch đầu dòng thứ nhất". */
function unitPart(doc: RegulationDocument, x: Unit, style: CitationStyle): string {
  if (x.kind === 'bullet') return `gạch đầu dòng ${ordinal(Number(x.number) || 1)}`;
  const word = unitWord(x, doc.meta, style);
  const n = x.pattern === 'decimal' && doc.meta.excerpt ? x.number.split('.').pop()! : citedNumber(x);
  return n ? `${word} ${n}` : word;
}

/**
 * A unit as an amending document cites it, smallest first, down to `stop` (exclusive: a point
 * of a grouped item is cited inside its Điều, "khoản 3"): never a label the transcription made.
 */
export function citeReal(doc: RegulationDocument, u: Unit, style: CitationStyle, stop?: Unit): string {
  const parts: string[] = [];
  const first = realUnit(doc, u);
  for (let x: Unit | null = first; x && x !== stop; x = x.parent) {
    if (x.kind === 'intro') break;
    parts.push(unitPart(doc, x, style));
    if (x.kind === 'dieu') break;
  }
  return parts.join(style === 'party' ? ', ' : ' ');
}

/**
 * Several places as one list, the places of one parent joined ("khoản 3 và khoản 6 Điều 2, khoản
 * 2 Điều 7c" — Luật 51/2024; Party "Khoản 3 và Khoản 6, Điều 2; Khoản 2, Điều 7c").
 */
export function listCites(cites: readonly string[], style: CitationStyle): string {
  const sep = style === 'party' ? ', ' : ' ';
  const groups: Array<{ rest: string; heads: string[] }> = [];
  for (const c of [...new Set(cites)]) {
    const words = c.split(sep);
    // the head is the smallest unit ("khoản 3": two words in state style, one part in Party)
    const cut = style === 'party' ? 1 : Math.min(2, words.length);
    const head = words.slice(0, cut).join(sep);
    const rest = words.slice(cut).join(sep);
    const g = groups[groups.length - 1];
    if (g && g.rest === rest && rest) g.heads.push(head);
    else groups.push({ rest, heads: [head] });
  }
  const one = (g: { rest: string; heads: string[] }): string => {
    const heads = g.heads.length > 1 ? `${g.heads.slice(0, -1).join(', ')} và ${g.heads[g.heads.length - 1]}` : g.heads[0]!;
    return g.rest ? `${heads}${sep}${g.rest}` : heads;
  };
  return groups.map(one).join(style === 'party' ? '; ' : ', ');
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

/** The Điều holding a unit (none for a Điều itself or a unit outside articles). */
function articleOf(u: Unit | undefined): Unit | undefined {
  if (!u || u.kind === 'dieu') return undefined;
  for (let p = u.parent; p; p = p.parent) if (p.kind === 'dieu') return p;
  return undefined;
}

/** The lines of a new unit as quoted: without a label the transcription made. */
function newLines(doc: RegulationDocument, u: Unit): string[] {
  const lines = unitLines(doc, u);
  if (lines.length > 0 && inventedLabel(doc, u)) lines[0] = lines[0]!.slice(lines[0]!.indexOf(u.label) === 0 ? u.label.length : 0).trimStart();
  return lines;
}

interface Built {
  lead: string;
  quote?: string[];
  cites: string[];
  /** the units it names, for grouping and merging */
  units: Unit[];
  /** the doc the units belong to */
  doc: RegulationDocument;
  /** phrase changes of the same words merge into one item */
  mergeKey?: string;
}

/**
 * The formula of one applied change, its places cited inside `stop` (a grouped item's Điều) or
 * in full. `places` overrides the units for a merged phrase item.
 */
function formulaOf(d: AppliedDocument, r: ChangeRecord, change: Change, stop?: Unit, places?: Unit[]): Built {
  const style = styleOf(d.original.meta);
  const res = d.result;
  const cite = (u: Unit, doc: RegulationDocument = res): string => citeReal(doc, u, style, stop);
  const inResult = places ?? r.units.map((a) => res.byAnchor.get(a)).filter((u): u is Unit => !!u);
  const cites = inResult.map((u) => cite(u));
  const removedUnits = r.removed.map((a) => d.original.byAnchor.get(a)).filter((u): u is Unit => !!u);
  const at = (list: string[]): string => listCites(list, style);
  const base = { units: inResult, doc: res, cites };
  switch (change.op) {
    case 'replace': {
      const u = inResult[0];
      if (u && inventedLabel(res, u) && u.kind === 'bullet') {
        // an idea of a numbered unit: its words replaced, as a phrase
        const old = d.original.byAnchor.get(u.anchor);
        const was = old ? newLines(d.original, old).join(' ') : '';
        return { ...base, lead: `Thay nội dung ${Q(was)} bằng nội dung ${Q(newLines(res, u).join(' '))} tại ${cite(u)}.` };
      }
      return { ...base, lead: `Sửa đổi, bổ sung ${cites[0] ?? ''} như sau:`, ...(u ? { quote: newLines(res, u) } : {}) };
    }
    case 'replace_heading':
      return { ...base, lead: `Sửa đổi, bổ sung tên của ${cites[0] ?? ''} như sau:`, quote: [change.heading] };
    case 'insert': {
      const u = inResult[0];
      if (!u) return { ...base, lead: 'Bổ sung:' };
      if (inventedLabel(res, u) && u.kind === 'bullet') {
        const into = realUnit(res, u.parent ?? u);
        const where = into === stop ? '' : ` vào ${cite(into)}`;
        return { ...base, lead: `Bổ sung${where} nội dung như sau:`, quote: newLines(res, u), cites: [cite(into)] };
      }
      const siblings = u.parent ? u.parent.children : res.units;
      const i = siblings.indexOf(u);
      let where: string;
      if (change.after !== undefined && i > 0) where = `vào sau ${cite(siblings[i - 1]!)}`;
      else if (change.before !== undefined && i + 1 < siblings.length) where = `vào trước ${cite(siblings[i + 1]!)}`;
      else where = u.parent && u.parent.kind !== 'intro' && u.parent !== stop ? `vào ${cite(u.parent)}` : '';
      // the new unit named by its own label only: "Khoản 3a" (its article follows in `where`)
      const own = u.kind === 'dieu' ? cite(u) : `${unitWord(u, res.meta, style)} ${citedNumber(u)}`;
      const name = where || stop ? own : cite(u);
      return { ...base, lead: `Bổ sung ${name} ${where} như sau:`.replace(/\s+/g, ' ').replace(' như sau:', ' như sau:'), quote: newLines(res, u), cites: [cite(u)] };
    }
    case 'repeal': {
      const all = [...inResult.map((u) => cite(u)), ...removedUnits.map((u) => cite(u, d.original))];
      return { ...base, units: [...inResult, ...removedUnits], lead: `Bãi bỏ ${at(all)}.`, cites: all };
    }
    case 'replace_phrase':
      return { ...base, lead: `Thay cụm từ ${QP(change.find)} bằng cụm từ ${QP(change.with)} tại ${at(cites)}.`, mergeKey: `rp\u0000${phrase(change.find)}\u0000${phrase(change.with)}` };
    case 'delete_phrase':
      return { ...base, lead: `Bỏ cụm từ ${QP(change.find)} tại ${at(cites)}.`, mergeKey: `dp\u0000${phrase(change.find)}` };
    case 'insert_phrase': {
      const where = change.after !== undefined ? `vào sau cụm từ ${QP(change.after)}` : `vào trước cụm từ ${QP(change.before ?? '')}`;
      return { ...base, lead: `Bổ sung cụm từ ${QP(change.text)} ${where} tại ${at(cites)}.`, mergeKey: `ip\u0000${phrase(change.text)}\u0000${where}` };
    }
    case 'move': {
      const from = r.moved ? d.original.byAnchor.get(r.moved.from) : undefined;
      const to = r.moved ? res.byAnchor.get(r.moved.to) : undefined;
      return { ...base, units: to ? [to] : [], lead: `Chuyển ${from ? cite(from, d.original) : ''} thành ${to ? cite(to) : ''}.`, cites: to ? [cite(to)] : [] };
    }
  }
}

/** What a grouped Điều's lead calls its points: "một số khoản", "một số điểm", "một số điểm, khoản". */
function groupNoun(units: readonly Unit[], doc: RegulationDocument): string {
  const kinds = new Set(units.map((u) => realUnit(doc, u)).map((u) => (u.kind === 'khoan' ? 'khoản' : u.kind === 'dieu' ? 'khoản' : 'điểm')));
  return kinds.size > 1 ? 'điểm, khoản' : [...kinds][0] ?? 'khoản';
}

/**
 * The items of the amending document: for each patch, one article per amended document (Nghị
 * định 78/2025, Điều 70), its applied changes in the amended document's order (Điều 69 k3). As
 * real amending texts do (Luật 51/2024/QH15 Điều 1): the changes of one Điều make one item,
 * "Sửa đổi, bổ sung một số khoản của Điều 6 như sau:", with a point a), b) … per change; phrase
 * changes of the same words make one item listing every place.
 */
export function draftArticles(documents: readonly AppliedDocument[], patches: readonly LoadedPatch[]): DraftArticle[] {
  const out: DraftArticle[] = [];
  patches.forEach((lp, pi) => {
    const patch = lp.patch;
    if (!patch) return;
    for (const d of documents) {
      const records = d.changes.filter((r) => r.patch === pi && r.status === 'applied');
      if (records.length === 0) continue;
      const style = styleOf(d.original.meta);
      const ordered = records
        .map((r, k) => ({ r, k, at: positionOf(d, r) }))
        .sort((a, b) => a.at - b.at || a.k - b.k);
      // phrase changes of the same words: one item for every place
      type Member = { rs: ChangeRecord[]; at: number; built: Built; dieu?: Unit };
      const members: Member[] = [];
      const byKey = new Map<string, Member>();
      for (const { r, at } of ordered) {
        const change = patch.changes[r.index]!;
        const built = formulaOf(d, r, change);
        const prev = built.mergeKey ? byKey.get(built.mergeKey) : undefined;
        if (prev) {
          prev.rs.push(r);
          prev.built.units.push(...built.units.filter((u) => !prev.built.units.includes(u)));
          continue;
        }
        const m: Member = { rs: [r], at, built };
        members.push(m);
        if (built.mergeKey) byKey.set(built.mergeKey, m);
      }
      for (const m of members) {
        const dieus = new Set(m.built.units.map((u) => articleOf(realUnit(m.built.doc, u))));
        m.dieu = dieus.size === 1 ? [...dieus][0] : undefined;
      }
      // the members of one Điều, in order; a Điều's group stands where its first member does
      const entries: DraftEntry[] = [];
      const items: DraftItem[] = [];
      const used = new Set<Member>();
      const sources = ordered.map(({ r }) => parseSource(patch.changes[r.index]!.source));
      if (sources.every((x) => !!x)) {
        // the amending document numbers its items itself: print them as it does
        const built = fromSources(d, patch, ordered.map((o) => o.r), sources as ParsedSource[]);
        out.push({ patchIndex: pi, patch, article: built.article, document: d, items: built.items, entries: built.entries });
        continue;
      }
      for (const m of members) {
        if (used.has(m)) continue;
        const group = m.dieu ? members.filter((x) => x.dieu === m.dieu && !used.has(x)) : [m];
        for (const g of group) used.add(g);
        const number = entries.length + 1;
        if (group.length === 1) {
          const r0 = m.rs[0]!;
          const b = formulaOf(d, r0, patch.changes[r0.index]!, undefined, m.rs.length > 1 ? m.built.units : undefined);
          entries.push({ label: `${number}.`, lead: b.lead, ...(b.quote ? { quote: b.quote } : {}) });
          for (const r of m.rs) items.push({ record: r, change: patch.changes[r.index]!, number, lead: b.lead, ...(b.quote ? { quote: b.quote } : {}), cites: b.cites, formula: formulaOf(d, r, patch.changes[r.index]!).lead });
          continue;
        }
        const dieu = m.dieu!;
        const points: NonNullable<DraftEntry['points']> = [];
        group.forEach((g, k) => {
          const letter = LETTERS[k] ?? String(k + 1);
          const r0 = g.rs[0]!;
          const b = formulaOf(d, r0, patch.changes[r0.index]!, dieu, g.rs.length > 1 ? g.built.units : undefined);
          points.push({ letter, lead: capitalise(b.lead), ...(b.quote ? { quote: b.quote } : {}) });
          for (const r of g.rs) items.push({ record: r, change: patch.changes[r.index]!, number, letter, lead: b.lead, ...(b.quote ? { quote: b.quote } : {}), cites: b.cites, formula: formulaOf(d, r, patch.changes[r.index]!).lead });
        });
        const noun = groupNoun(group.flatMap((g) => g.built.units), d.result);
        const dieuCite = citeReal(d.result, dieu, style);
        entries.push({ label: `${number}.`, lead: `Sửa đổi, bổ sung một số ${noun} của ${dieuCite} như sau:`, points });
      }
      out.push({ patchIndex: pi, patch, article: out.filter((a) => a.patchIndex === pi).length + 1, document: d, items, entries });
    }
  });
  return out;
}

/** Points of an item: a), b) … as Vietnamese letters run (no f, j, w, z; đ after d). */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

interface ParsedSource {
  article: string;
  khoan?: string;
  diem?: string;
}

/** "điểm a khoản 35 Điều 1" → {article 1, khoản 35, điểm a} (state or Party spelling). */
function parseSource(source: string | undefined): ParsedSource | undefined {
  if (!source) return undefined;
  const m = /^\s*(?:(?:điểm|Điểm)\s+([\p{L}\d.]+),?\s+)?(?:(?:khoản|Khoản)\s+(\d+[\p{L}]?),?\s+)?Điều\s+(\d+[\p{L}]?)\s*$/u.exec(source.normalize('NFC'));
  if (!m) return undefined;
  return { article: m[3]!, ...(m[2] ? { khoan: m[2] } : {}), ...(m[1] ? { diem: m[1] } : {}) };
}

/** The items of a patch whose every change names its `source`: numbered as the amending document numbers them. */
function fromSources(d: AppliedDocument, patch: Patch, records: readonly ChangeRecord[], sources: readonly ParsedSource[]): { article: number; items: DraftItem[]; entries: DraftEntry[] } {
  const entries: DraftEntry[] = [];
  const items: DraftItem[] = [];
  const byKhoan = new Map<string, { entry: DraftEntry; units: Unit[]; phrases: boolean }>();
  records.forEach((r, i) => {
    const src = sources[i]!;
    const change = patch.changes[r.index]!;
    const b = formulaOf(d, r, change);
    const number = Number.parseInt(src.khoan ?? '1', 10);
    items.push({ record: r, change, number, ...(src.diem ? { letter: src.diem } : {}), lead: b.lead, ...(b.quote ? { quote: b.quote } : {}), cites: b.cites, formula: b.lead });
    const key = src.khoan ?? '';
    let k = byKhoan.get(key);
    if (!k) {
      k = { entry: { label: src.khoan ? `${src.khoan}.` : '', lead: b.lead, ...(b.quote ? { quote: b.quote } : {}) }, units: [], phrases: true };
      byKhoan.set(key, k);
      entries.push(k.entry);
    }
    k.units.push(...b.units);
    k.phrases &&= !!b.mergeKey;
    if (src.diem) {
      const e = k.entry;
      if (!e.points) {
        delete e.quote;
        e.points = [];
      }
      e.points.push({ letter: src.diem, lead: capitalise(b.lead), ...(b.quote ? { quote: b.quote } : {}) });
    }
  });
  const style = styleOf(d.original.meta);
  for (const k of byKhoan.values()) {
    if (!k.entry.points) continue;
    const dieus = new Set(k.units.map((u) => articleOf(realUnit(d.result, u))));
    const one = dieus.size === 1 ? [...dieus][0] : undefined;
    k.entry.lead = k.phrases ? 'Thay cụm từ tại một số điểm, khoản sau đây:' : one ? `Sửa đổi, bổ sung một số ${groupNoun(k.units, d.result)} của ${citeReal(d.result, one, style)} như sau:` : 'Sửa đổi, bổ sung một số điều, khoản sau đây:';
  }
  return { article: Number.parseInt(sources[0]!.article, 10) || 1, items, entries };
}
