/**
 * The amending document's own text (the "văn bản sửa đổi, bổ sung"), with the formal parts an
 * office signs:
 *
 * - a Party document (the amended document is a Party one: "01-QC/TU") in the form of Hướng dẫn
 *   36-HD/VPTW — "ĐẢNG BỘ TỈNH … / TỈNH ỦY / * / Số …-QC/TU" (no colon after Số), "ĐẢNG CỘNG
 *   SẢN VIỆT NAM / …, ngày … tháng … năm …", căn cứ lines "- Căn cứ Điều lệ Đảng; …", the
 *   articles, "Nơi nhận:", "T/M TỈNH ỦY / BÍ THƯ";
 * - a state document in the form of Nghị định 30/2020, Phụ lục I — Quốc hiệu and tiêu ngữ, the
 *   issuer, "Số: …", place and date, type and title, căn cứ, the articles, hiệu lực and trách
 *   nhiệm thi hành, "./.", Nơi nhận, the signature block.
 *
 * The title is "{type} sửa đổi, bổ sung một số điều của {amended}" (Nghị định 78/2025, Điều 69
 * khoản 2); one article per amended document whose items follow the amended document's order,
 * the changes of one Điều grouped as Luật 51/2024/QH15 groups them (src/export/formulas.ts).
 * Fields come from the patch header (number, date, type, issuer, title) and quyche.yaml (office,
 * place, signer); what is unknown is a blank "…". `form: 'decision'` writes the Quyết định that
 * issues the amending document (Điều 1 – Điều 3), the amending document attached after it.
 */
import type { AppliedDocument } from '../apply/model.js';
import { formatDocumentRef, styleOf, type CitationStyle } from '../citation/format.js';
import type { DocumentMeta } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import type { Patch } from '../patch/schema.js';
import { para, type ExportDoc, type Paragraph, type Table } from './doc.js';
import { amendingName, draftArticles, type DraftArticle, type DraftEntry } from './formulas.js';
import { wording } from '../i18n/messages.js';

/** The formal parts' fields that are not in the patch (quyche.yaml). */
export interface FormalFields {
  /** the unit that drafts and submits ("Văn phòng Tỉnh ủy") */
  office?: string;
  /** the place name of "…, ngày … tháng … năm …" */
  place?: string;
  /** the signature block */
  signer?: { role?: string[]; name?: string };
}

/** `amending`: the amending document itself; `decision`: the Quyết định issuing it, with it attached. */
export type DraftForm = 'amending' | 'decision';
export const DRAFT_FORMS: readonly DraftForm[] = ['amending', 'decision'];

export interface DraftOptions extends FormalFields {
  revision: { author: string; date: string };
  form?: DraftForm;
}

const BLANK = '…';

/** Does a line end a sentence (or a list item) already? */
const ENDED = /[.;:!?…]$/u;

/**
 * The quoted lines of an item: “first … last”, closed by `close` (”. or ”; inside a grouped
 * item). A quoted new unit ends with its own full stop (`.”.`): one is added when its text has
 * none.
 */
export function quoted(lines: readonly string[], close = '.'): string[] {
  if (lines.length === 0) return [];
  return lines.map((l, i) => {
    const last = i === lines.length - 1;
    const text = last && !ENDED.test(l) ? `${l}.` : l;
    return `${i === 0 ? '“' : ''}${text}${last ? `”${close}` : ''}`;
  });
}

/** An entry of an article: its lead, its quote, its points a), b) … each closed by ; and the last by the entry's end. */
function entryParagraphs(e: DraftEntry, numbered = true): Paragraph[] {
  const out: Paragraph[] = [];
  const lead = (label: string, text: string, quote: string[] | undefined, close: string): void => {
    const body = quote ? text : text.replace(/[.;]$/u, '') + close;
    out.push(para('lead', `${label ? `${label} ` : ''}${body}`));
    if (quote) for (const l of quoted(quote, close)) out.push(para('quote', l));
  };
  lead(numbered ? e.label : '', e.lead, e.points ? undefined : e.quote, '.');
  if (e.points) {
    // the grouping lead ends with "như sau:" and has no quote of its own
    out[out.length - 1] = para('lead', `${numbered ? `${e.label} ` : ''}${e.lead}`);
    e.points.forEach((p, i) => lead(`${p.letter})`, p.lead, p.quote, i === e.points!.length - 1 ? '.' : ';'));
  }
  return out;
}

/** "Quy chế" → "QC": the abbreviation of a document type in a number (Nghị định 30/2020, Phụ lục VI; Party practice). */
const TYPE_CODES: Record<string, string> = {
  'quy chế': 'QC',
  'quy định': 'QĐ',
  'quyết định': 'QĐ',
  'nghị quyết': 'NQ',
  'kết luận': 'KL',
  'hướng dẫn': 'HD',
  'chỉ thị': 'CT',
  'thông tư': 'TT',
  'nghị định': 'NĐ',
};

function typeCode(type: string): string {
  return TYPE_CODES[type.toLocaleLowerCase('vi')] ?? BLANK;
}

/** The issuer's part of a number: "TU" of "01-QC/TU", "UBND" of "12/2021/QĐ-UBND". */
function issuerCode(amended: DocumentMeta): string | undefined {
  const n = amended.number ?? '';
  const party = /\/\s*([\p{L}]+)\s*$/u.exec(n);
  if (styleOf(amended) === 'party') return party?.[1];
  const state = /-([\p{L}]+)\s*$/u.exec(n);
  return state?.[1];
}

/** "ngày 09 tháng 01 năm 2021"; blanks for an undated draft. */
function dateLine(iso: string | undefined): string {
  if (!iso) return wording('wording.date', { day: BLANK, month: BLANK, year: BLANK });
  const [y, m, d] = iso.split('-');
  return wording('wording.date', { day: d!, month: m!, year: y! });
}

const upper = (s: string): string => s.toLocaleUpperCase('vi');

interface Names {
  style: CitationStyle;
  /** the amending document's type ("Quy chế") */
  type: string;
  /** its name after the type: "sửa đổi, bổ sung một số điều của Quy chế làm việc …" */
  name: string;
  /** its issuer ("Ban Chấp hành Đảng bộ tỉnh") */
  issuer?: string;
  /** the amended document as cited */
  amendedRef: string;
}

function namesOf(patch: Patch, list: readonly DraftArticle[]): Names {
  const first = list[0]!.document.original.meta;
  const style = styleOf(first);
  const { type, name } = amendingName(patch, list.map((a) => a.document.original.meta));
  const issuer = patch.issuer ?? first.issuer;
  return { style, type, name, ...(issuer ? { issuer } : {}), amendedRef: formatDocumentRef(first, style) };
}

/** Two columns side by side, as the formal parts are laid out (no borders, no header row). */
function frame(left: Paragraph[], right: Paragraph[], widths: [number, number]): Table {
  return { t: 'table', layout: 'frame', columns: [{ title: '', width: widths[0] }, { title: '', width: widths[1] }], rows: [[left, right]] };
}

/**
 * The header block: Party (Hướng dẫn 36-HD/VPTW: left the Party committee, the star and "Số …";
 * right "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date) or state (Nghị định 30/2020, Phụ lục I:
 * left the issuer and "Số: …"; right the Quốc hiệu, the tiêu ngữ and the place and date).
 */
function header(patch: Patch, list: readonly DraftArticle[], names: Names, opts: DraftOptions, form: DraftForm): Array<Paragraph | Table> {
  const amended = list[0]!.document.original.meta;
  const place = opts.place ?? BLANK;
  const code = form === 'decision' ? 'QĐ' : typeCode(names.type);
  const suffix = issuerCode(amended) ?? BLANK;
  const out: Array<Paragraph | Table> = [];
  if (!patch.number) out.push(para('meta', [{ text: wording('wording.draft.mark'), bold: true }]));
  const dated = para('subtitle', [{ text: `${place}, ${dateLine(patch.date)}`, italic: true }]);
  if (names.style === 'party') {
    const partyBody = /\/\s*TU\s*$/u.test(amended.number ?? '')
      ? [wording('wording.draft.provincial-party', { place: opts.place ? upper(opts.place) : BLANK }), wording('wording.draft.committee')]
      : [upper(names.issuer ?? BLANK)];
    const left = [...partyBody.map((l) => para('subtitle', l)), para('subtitle', '*'), para('subtitle', [{ text: wording('wording.draft.number-party', { number: form === 'amending' && patch.number ? patch.number : `${BLANK}-${code}/${suffix}` }), bold: false }])];
    out.push(frame(left, [para('subtitle', wording('wording.party-name')), dated], [45, 55]));
  } else {
    const year = patch.date ? patch.date.slice(0, 4) : BLANK;
    const left = [para('subtitle', upper(names.issuer ?? BLANK)), para('subtitle', [{ text: wording('wording.draft.number-state', { number: form === 'amending' && patch.number ? patch.number : `${BLANK}/${year}/${code}-${suffix}` }), bold: false }])];
    out.push(frame(left, [para('subtitle', wording('wording.national-title')), para('subtitle', wording('wording.motto')), dated], [40, 60]));
  }
  return out;
}

/** The căn cứ lines: Party "- Căn cứ Điều lệ Đảng; … - Xét đề nghị của …,"; state "Căn cứ …; Theo đề nghị của …;". */
function bases(names: Names, opts: DraftOptions, closing: string): Paragraph[] {
  const office = opts.office ?? BLANK;
  if (names.style === 'party') {
    return [
      para('body', wording('wording.draft.basis-statute')),
      para('body', wording('wording.draft.basis-party', { basis: BLANK })),
      para('body', wording('wording.draft.proposal-party', { office })),
      ...(closing ? [para('body', [{ text: closing, bold: true }])] : []),
    ];
  }
  return [
    para('body', [{ text: wording('wording.draft.basis-state', { basis: BLANK }), italic: true }]),
    para('body', [{ text: wording('wording.draft.proposal-state', { office }), italic: true }]),
    ...(closing ? [para('body', closing)] : []),
  ];
}

/** Nơi nhận (left) and the signature block (right), side by side. */
function signature(names: Names, opts: DraftOptions, executing: string): Table {
  const office = opts.office ?? BLANK;
  const party = names.style === 'party';
  const role = opts.signer?.role && opts.signer.role.length > 0 ? opts.signer.role : party ? [wording('wording.draft.signer-party-for'), wording('wording.draft.signer-party-role')] : [wording('wording.draft.signer-state-for', { issuer: upper(names.issuer ?? BLANK) }), BLANK];
  const left = [
    para('body', [{ text: wording('wording.draft.recipients'), bold: true, italic: true }]),
    para('body', `- ${executing}${party ? ',' : ';'}`),
    para('body', wording(party ? 'wording.draft.archive-party' : 'wording.draft.archive-state', { office })),
  ];
  const right = [...role.map((r) => para('subtitle', upper(r))), para('subtitle', opts.signer?.name ?? BLANK)];
  return frame(left, right, [45, 55]);
}

/** Who implements it: the office, the agencies, organisations and persons concerned. */
function executors(opts: DraftOptions): string {
  return opts.office ? wording('wording.draft.executors', { office: opts.office }) : wording('wording.draft.executors-blank', { office: BLANK });
}

/** The articles of the amending document: the amending ones, then hiệu lực and trách nhiệm thi hành. */
function articles(list: readonly DraftArticle[], names: Names, opts: DraftOptions, doc: 'text' | 'attached'): Paragraph[] {
  const out: Paragraph[] = [];
  for (const a of list) {
    const meta = a.document.original.meta;
    out.push(para('article', wording('wording.draft.article-amending', { article: a.article, document: formatDocumentRef(meta, styleOf(meta)) })));
    for (const e of a.entries) out.push(...entryParagraphs(e));
  }
  const dates = [...new Set(list.flatMap((a) => a.items.map((i) => i.record.effective)).filter((x): x is string => !!x))].sort();
  const n = list.length;
  out.push(para('article', wording('wording.draft.article-effect', { article: n + 1 })));
  out.push(para('body', dates.length === 1 ? wording('wording.draft.effect-from', { type: names.type, date: dateLine(dates[0]) }) : wording('wording.draft.effect-signing', { type: names.type })));
  if (doc === 'text') {
    out.push(para('article', wording('wording.draft.article-execution', { article: n + 2 })));
    out.push(para('body', `${wording('wording.draft.execution', { who: executors(opts), type: names.type })}${names.style === 'state' ? '/.' : ''}`));
  }
  return out;
}

export function draftDoc(documents: readonly AppliedDocument[], patches: readonly LoadedPatch[], opts: DraftOptions): ExportDoc {
  const all = draftArticles(documents, patches);
  const form = opts.form ?? 'amending';
  const blocks: ExportDoc['blocks'] = [];
  const byPatch = new Map<number, DraftArticle[]>();
  for (const a of all) byPatch.set(a.patchIndex, [...(byPatch.get(a.patchIndex) ?? []), a]);
  let title = '';
  for (const [pi, list] of byPatch) {
    const patch = patches[pi]!.patch!;
    const names = namesOf(patch, list);
    const full = `${names.type} ${names.name}`;
    title ||= full;
    blocks.push(...header(patch, list, names, opts, form));
    if (form === 'decision') {
      const issuer = names.issuer ?? BLANK;
      blocks.push(para('title', wording('wording.draft.decision')));
      blocks.push(para('subtitle', wording('wording.draft.issuing', { document: `${names.type} ${names.name}` })));
      blocks.push(...bases(names, opts, names.style === 'party' ? wording('wording.draft.decides-party', { issuer: upper(issuer) }) : wording('wording.draft.decides')));
      blocks.push(para('article', wording('wording.draft.article', { article: 1 })));
      blocks.push(para('body', wording('wording.draft.attached', { document: full })));
      blocks.push(para('article', wording('wording.draft.article', { article: 2 })));
      blocks.push(para('body', wording('wording.draft.decision-effect')));
      blocks.push(para('article', wording('wording.draft.article', { article: 3 })));
      blocks.push(para('body', `${wording('wording.draft.decision-execution', { who: executors(opts) })}${names.style === 'state' ? '/.' : ''}`));
      blocks.push(signature(names, opts, wording('wording.draft.as-article', { article: 3 })));
      // the amending document, attached
      blocks.push(para('title', upper(names.type)));
      blocks.push(para('subtitle', names.name));
      blocks.push(para('subtitle', [{ text: wording('wording.draft.attached-to', { number: BLANK, date: dateLine(patch.date), issuer }), italic: true }]));
      blocks.push(...articles(list, names, opts, 'attached'));
      continue;
    }
    blocks.push(para('title', upper(names.type)));
    blocks.push(para('subtitle', names.name));
    blocks.push(...bases(names, opts, names.style === 'state' ? wording('wording.draft.issues', { issuer: names.issuer ?? BLANK, document: full }) : ''));
    blocks.push(...articles(list, names, opts, 'text'));
    blocks.push(signature(names, opts, wording('wording.draft.as-article', { article: list.length + 2 })));
  }
  return { kind: 'draft', title: title || wording('wording.draft.title-default'), blocks, notes: [], revision: opts.revision };
}
