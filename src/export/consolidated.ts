/**
 * The consolidated text (văn bản hợp nhất, vietnamese-conventions.md §3) as the Văn phòng Quốc hội
 * writes one (VBHN 22/VBHN-VPQH): the amended document as in force; after its title a header
 * naming the base document with its own effective date and each amending document with its
 * number, date, issuer, title and effective date ("Luật Bảo hiểm y tế số 25/2008/QH12 ngày … của
 * Quốc hội, có hiệu lực kể từ ngày …, được sửa đổi, bổ sung bởi: 1. …"); the footnotes of
 * src/export/footnotes.ts (a unit's at its label, a phrase's at the phrase); repealed units kept
 * as "(được bãi bỏ)". quyche's consolidation is never an official one: the text says it is for
 * reference, replaces no original, and names the unit that made it.
 */
import type { AppliedDocument, ChangeRecord } from '../apply/model.js';
import { styleOf, type CitationStyle } from '../citation/format.js';
import type { DocumentMeta } from '../document/model.js';
import { isPlainTextPath } from '../document/parse.js';
import type { LoadedPatch } from '../patch/load.js';
import { formatDatePrinted } from '../util/dates.js';
import { isRun, para, paragraphText, renumberNotes, userNotesInto, type Block, type ExportDoc, type Paragraph, type Table } from './doc.js';
import { amendingName, consolidationNotes, dateForm, documentName, effectiveClause } from './footnotes.js';
import { draftArticles, itemLocator, type DraftItem } from './formulas.js';
import { markedParagraphs } from './lines.js';
import { wording } from '../i18n/messages.js';

export interface ConsolidatedOptions {
  revision: { author: string; date: string };
  asOf?: string;
  /** the unit that consolidates (quyche.yaml `office`), named in the notice */
  office?: string;
}

/** The base document as its consolidation's header names it, with its own effective date. */
function baseName(meta: DocumentMeta, style: CitationStyle): string {
  return `${documentName(meta, style, true)}${effectiveClause(meta.effective, style)}`;
}

/** The ids of the footnotes the blocks call. */
function calledNotes(blocks: readonly Block[]): Set<number> {
  const ids = new Set<number>();
  const inPara = (p: Paragraph): void => {
    for (const x of p.content) if (!isRun(x)) ids.add(x.note);
  };
  for (const b of blocks) {
    if (b.t === 'p') inPara(b);
    else if (b.t === 'table') for (const row of b.rows) for (const cell of row) for (const p of cell) inPara(p);
  }
  return ids;
}

/** A consolidation's header as printed: the base's sentence and the amending documents it lists. */
interface PrintedHeader {
  lead: string;
  items: string[];
}

const HEADER_LEAD = /^(.+?),? được sửa đổi, bổ sung bởi:\s*(.*)$/su;

/**
 * A base that is itself a consolidation (an official VBHN imported by `quyche import`) prints its
 * header among its title lines: "Luật … số 25/2008/QH12 …, được sửa đổi, bổ sung bởi: 1. …; 2. …."
 * (one paragraph, or the lead and one paragraph per item). Returns it, and the paragraphs it
 * takes, so that the new header replaces it.
 */
function printedHeader(intro: ReadonlyArray<Paragraph | Table>): { header: PrintedHeader; at: number; count: number } | undefined {
  for (let i = 0; i < intro.length; i++) {
    const p = intro[i]!;
    if (p.t !== 'p') continue;
    const m = HEADER_LEAD.exec(paragraphText(p).replace(/\s+/gu, ' ').trim());
    if (!m) continue;
    let rest = m[2]!;
    let count = 1;
    for (let j = i + 1; j < intro.length; j++) {
      const q = intro[j]!;
      const t = q.t === 'p' ? paragraphText(q).replace(/\s+/gu, ' ').trim() : '';
      if (!/^\d{1,2}\.\s/u.test(t)) break;
      rest = `${rest} ${t}`.trim();
      count++;
    }
    const items = rest
      .split(/[;.]\s+(?=\d{1,2}\.\s)/u)
      .map((x) => x.replace(/^\d{1,2}\.\s+/u, '').replace(/[\s;.]+$/u, ''))
      .filter(Boolean);
    return { header: { lead: m[1]!.trim(), items }, at: i, count };
  }
  return undefined;
}

/** Header: the base document, the amending documents it already holds, and each one with an applied change. */
function header(d: AppliedDocument, patches: readonly LoadedPatch[], asOf: string | undefined, printed: PrintedHeader | undefined): Paragraph[] {
  const meta = d.original.meta;
  const style = styleOf(meta);
  const out: Paragraph[] = [];
  const used = [...new Set(d.changes.filter((r) => r.status === 'applied').map((r) => r.patch))].sort((a, b) => a - b);
  const base = printed?.lead ?? baseName(meta, style);
  const items: string[] = (meta.history ?? printed?.items ?? []).map((h) => h.replace(/[\s;.]+$/u, ''));
  for (const pi of used) {
    const lp = patches[pi]!;
    const records = d.changes.filter((r) => r.patch === pi && r.status === 'applied');
    const dates = [...new Set(records.map((r) => r.effective).filter((x): x is string => !!x))].sort();
    const eff = dates.length <= 1 ? effectiveClause(dates[0], style) : wording('wording.consolidated.effective-from', { dates: dates.map((x) => formatDatePrinted(x, dateForm(style))).join('; ') });
    items.push(`${amendingName(lp.patch!, meta, true)}${eff}`);
  }
  if (items.length === 0) {
    out.push(para('meta', asOf ? wording('wording.consolidated.unamended-as-of', { base, date: formatDatePrinted(asOf, dateForm(style)) }) : wording('wording.consolidated.unamended', { base })));
    return out;
  }
  out.push(para('lead', wording('wording.consolidated.amended-by', { base })));
  items.forEach((item, i) => out.push(para('lead', `${i + 1}. ${item}${i + 1 < items.length ? ';' : '.'}`)));
  return out;
}

/**
 * What the text is (issue 14, point 5): a consolidation for reference that replaces no original
 * (for a state document: not authenticated), by whom; an excerpt says so, and "[…]" is explained
 * once.
 */
function notice(meta: DocumentMeta, body: string, opts: ConsolidatedOptions): Paragraph[] {
  const style = styleOf(meta);
  const lines: string[] = [];
  lines.push(wording(style === 'state' ? 'wording.consolidated.for-reference-state' : 'wording.consolidated.for-reference'));
  if (opts.office) lines.push(wording('wording.consolidated.office', { office: opts.office }));
  const gaps = body.includes('[…]') || body.includes('[...]');
  if (meta.excerpt) lines.push(wording(gaps ? 'wording.consolidated.excerpt-gaps' : 'wording.consolidated.excerpt'));
  else if (gaps) lines.push(wording('wording.consolidated.gaps'));
  const out = [para('meta', [{ text: lines.join(' '), italic: true }])];
  if (opts.asOf) out.push(para('meta', [{ text: wording('wording.consolidated.as-of', { date: formatDatePrinted(opts.asOf, dateForm(style)) }), italic: true }]));
  return out;
}

export function consolidatedDoc(d: AppliedDocument, patches: readonly LoadedPatch[], opts: ConsolidatedOptions): ExportDoc {
  const result = d.result;
  const meta = result.meta;
  const style = styleOf(meta);
  const articles = draftArticles([d], patches);
  const itemOf = new Map<string, { item: DraftItem; article: number }>();
  for (const a of articles) for (const item of a.items) itemOf.set(`${item.record.patch}:${item.record.index}`, { item, article: a.article });

  // the footnotes (src/export/footnotes.ts), numbered in document order
  const notes: ExportDoc['notes'] = [];
  const noteAt = new Map<number, number[]>();
  const labelNotes = new Set<number>();
  const numbered = (r: ChangeRecord): string | undefined => {
    const it = itemOf.get(`${r.patch}:${r.index}`);
    return it ? itemLocator(it.item, it.article, style) : undefined;
  };
  const carried: string[] = [];
  for (const n of consolidationNotes(d, patches, { numbered })) {
    carried.push(...(n.carries ?? []));
    const id = notes.length + 1;
    notes.push({ id, content: [{ text: n.text }] });
    const at = n.at - result.bodyStart;
    noteAt.set(at, [...(noteAt.get(at) ?? []), id]);
    if (n.at === result.byAnchor.get(n.anchor)?.labelEnd) labelNotes.add(at);
  }

  // the document's own title lines (its preamble) first, then the consolidation's header
  const first = result.units.find((u) => u.kind !== 'intro');
  const introEnd = first ? first.start - result.bodyStart : 0;
  const body = result.source.text.slice(result.bodyStart);
  let split = 0;
  const userNotes = userNotesInto(notes);
  const paragraphs = markedParagraphs(body, new Uint8Array(body.length), {
    notes: noteAt,
    labelNotes,
    userNotes,
    plainText: isPlainTextPath(result.source.path),
    decorate: (_p, start) => {
      if (start < introEnd) split++;
    },
  });
  const intro = paragraphs.slice(0, split).map((p) => (p.t === 'p' && p.style === 'body' ? { ...p, style: 'subtitle' as const } : p));
  const rest = paragraphs.slice(split);
  // a consolidated base's own header gives way to the new one, which carries it on
  const printed = printedHeader(intro);
  if (printed) intro.splice(printed.at, printed.count);
  const blocks = [...intro, ...header(d, patches, opts.asOf, printed?.header), ...notice(meta, body, opts), ...rest];
  // the base's own footnotes whose history a new footnote carries on, and that nothing calls any more
  const called = calledNotes(blocks);
  const dropped = new Set(carried.map((label) => userNotes.id(label)).filter((id) => !called.has(id)));
  const kept = notes.filter((n) => !dropped.has(n.id));
  const title = [meta.type, meta.number].filter(Boolean).join(' ') || (meta.title ?? result.source.path);
  return { kind: 'consolidated', title: wording(meta.excerpt ? 'wording.consolidated.title-excerpt' : 'wording.consolidated.title', { title }), blocks, notes: renumberNotes(blocks, kept), revision: opts.revision };
}

