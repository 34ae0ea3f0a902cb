/**
 * The consolidated text (văn bản hợp nhất, vietnamese-conventions.md §3): the amended document as
 * in force, after its title a header naming the base document and each amending document with its
 * effective date ("…, được sửa đổi, bổ sung bởi: 1. …"), one footnote per changed unit right
 * after its label with the sentence of real consolidations ("Khoản này được sửa đổi, bổ sung theo
 * quy định tại Khoản 1, Điều 1 của …, có hiệu lực kể từ ngày …"; "Bỏ cụm từ …"; "Thay cụm từ …"),
 * repealed units kept as "(được bãi bỏ)". There is no official Party consolidation, and quyche's
 * is never an authenticated one: the text says it is a working consolidation.
 */
import type { AppliedDocument, ChangeRecord } from '../apply/engine.js';
import { provenance, type Provenance } from '../apply/provenance.js';
import { formatCitation, formatDocumentRef, styleOf, unitWord } from '../citation/format.js';
import { isPartyDocument, type Unit } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import { formatDateLong } from '../util/dates.js';
import { para, renumberNotes, userNotesInto, type ExportDoc, type Paragraph } from './doc.js';
import { isPlainTextPath } from '../document/parse.js';
import { amendingRef, capitalise, draftArticles, effectivePhrase, itemLocator, Q, type DraftArticle, type DraftItem } from './formulas.js';
import { markedParagraphs } from './lines.js';

export interface ConsolidatedOptions {
  revision: { author: string; date: string };
  asOf?: string;
}

function noteSentence(d: AppliedDocument, u: Unit, p: Provenance, where: string, record: ChangeRecord, lp: LoadedPatch): string {
  const meta = d.result.meta;
  const style = styleOf(meta);
  const word = u.kind === 'bullet' ? 'Nội dung' : capitalise(unitWord(u, meta, style));
  const by = `theo quy định tại ${where}${effectivePhrase(record.effective)}`;
  const change = lp.patch!.changes[record.index]!;
  switch (change.op) {
    case 'replace_phrase':
      return `Thay cụm từ ${Q(change.find)} bằng cụm từ ${Q(change.with)} ${by}.`;
    case 'delete_phrase':
      return `Bỏ cụm từ ${Q(change.find)} ${by}.`;
    case 'insert_phrase':
      return `Bổ sung cụm từ ${Q(change.text)} ${by}.`;
    case 'replace_heading':
      return `Tên ${word.toLocaleLowerCase('vi') === 'điều' ? 'Điều' : word.toLocaleLowerCase('vi')} này được sửa đổi ${by}.`;
    case 'move': {
      const from = record.moved ? d.original.byAnchor.get(record.moved.from) : undefined;
      const was = from ? ` (trước đây là ${formatCitation(from, d.original.meta, style)})` : '';
      return `${word} này được chuyển${was} ${by}.`;
    }
    default:
      switch (p.effect) {
        case 'inserted':
          return `${word} này được bổ sung ${by}.`;
        case 'repealed':
          return `${word} này được bãi bỏ ${by}.`;
        default:
          return `${word} này được sửa đổi, bổ sung ${by}.`;
      }
  }
}

/** Header: the base document, and each amending document with an applied change. */
function header(d: AppliedDocument, patches: readonly LoadedPatch[], articles: readonly DraftArticle[], asOf: string | undefined): Paragraph[] {
  const meta = d.original.meta;
  const style = styleOf(meta);
  const out: Paragraph[] = [];
  const used = [...new Set(articles.filter((a) => a.document === d).map((a) => a.patchIndex))];
  const base = formatDocumentRef(meta, style);
  if (used.length === 0) {
    out.push(para('meta', `${base}: chưa có sửa đổi, bổ sung nào có hiệu lực${asOf ? ` đến ${formatDateLong(asOf)}` : ''}.`));
    return out;
  }
  out.push(para('lead', `${base}, được sửa đổi, bổ sung bởi:`));
  used.forEach((pi, i) => {
    const lp = patches[pi]!;
    const records = d.changes.filter((r) => r.patch === pi && r.status === 'applied');
    const dates = [...new Set(records.map((r) => r.effective).filter((x): x is string => !!x))].sort();
    const eff = dates.length === 1 ? effectivePhrase(dates[0]) : dates.length > 1 ? `, có hiệu lực kể từ ${dates.map(formatDateLong).join('; ')}` : '';
    out.push(para('lead', `${i + 1}. ${amendingRef(lp.patch!, meta)}${eff}${i + 1 < used.length ? ';' : '.'}`));
  });
  return out;
}

export function consolidatedDoc(d: AppliedDocument, patches: readonly LoadedPatch[], opts: ConsolidatedOptions): ExportDoc {
  const result = d.result;
  const meta = result.meta;
  const style = styleOf(meta);
  const articles = draftArticles([d], patches);
  const itemOf = new Map<string, { item: DraftItem; article: number }>();
  for (const a of articles) for (const item of a.items) itemOf.set(`${item.record.patch}:${item.record.index}`, { item, article: a.article });
  const recordOf = new Map(d.changes.map((r) => [`${r.patch}:${r.index}`, r]));

  // one footnote per changed unit, numbered in document order, placed after its label
  const prov = provenance(result, d.pieces, d.changes);
  const changed = [...prov.entries()]
    .map(([anchor, ps]) => ({ u: result.byAnchor.get(anchor), ps }))
    .filter((x): x is { u: Unit; ps: Provenance[] } => !!x.u && x.u.kind !== 'intro')
    .sort((a, b) => a.u.start - b.u.start);
  const notes: ExportDoc['notes'] = [];
  const noteAt = new Map<number, number[]>();
  for (const { u, ps } of changed) {
    const sentences = ps.map((p) => {
      const key = `${p.patch}:${p.change}`;
      const record = recordOf.get(key)!;
      const it = itemOf.get(key);
      const lp = patches[p.patch]!;
      const where = it ? `${itemLocator(it.item, it.article, style)} của ${amendingRef(lp.patch!, d.original.meta)}` : amendingRef(lp.patch!, d.original.meta);
      return noteSentence(d, u, p, where, record, lp);
    });
    const id = notes.length + 1;
    notes.push({ id, content: [{ text: [...new Set(sentences)].join(' ') }] });
    // right after the label ("2.[1] …", as real consolidations print it); after a bullet's
    // space, so that a Markdown list item stays one
    let end = u.labelEnd;
    if (u.kind === 'bullet') while (end < u.end && /[ \t]/.test(result.source.text.charAt(end))) end++;
    const at = end - result.bodyStart;
    noteAt.set(at, [...(noteAt.get(at) ?? []), id]);
  }

  // the document's own title lines (its preamble) first, then the consolidation's header
  const first = result.units.find((u) => u.kind !== 'intro');
  const introEnd = first ? first.start - result.bodyStart : 0;
  const body = result.source.text.slice(result.bodyStart);
  let split = 0;
  const paragraphs = markedParagraphs(body, new Uint8Array(body.length), {
    notes: noteAt,
    userNotes: userNotesInto(notes),
    plainText: isPlainTextPath(result.source.path),
    decorate: (_p, start) => {
      if (start < introEnd) split++;
    },
  });
  const intro = paragraphs.slice(0, split).map((p) => (p.t === 'p' && p.style === 'body' ? { ...p, style: 'subtitle' as const } : p));
  const rest = paragraphs.slice(split);
  const marks: Paragraph[] = [
    para('meta', [
      {
        text: isPartyDocument(meta)
          ? 'Văn bản hợp nhất phục vụ tra cứu, không thay thế văn bản gốc (quyche; không phải văn bản hợp nhất chính thức).'
          : 'Văn bản hợp nhất phục vụ tra cứu, do quyche lập; chưa được xác thực.',
        italic: true,
      },
    ]),
  ];
  if (opts.asOf) marks.push(para('meta', [{ text: `Theo các sửa đổi, bổ sung có hiệu lực đến ${formatDateLong(opts.asOf)}.`, italic: true }]));
  const blocks = [...intro, ...header(d, patches, articles, opts.asOf), ...marks, ...rest];
  const title = [meta.type, meta.number].filter(Boolean).join(' ') || (meta.title ?? result.source.path);
  return { kind: 'consolidated', title: `${title} (hợp nhất)`, blocks, notes: renumberNotes(blocks, notes), revision: opts.revision };
}

