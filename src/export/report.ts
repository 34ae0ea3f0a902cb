/**
 * The report's rationale, in the pattern of the seed report (its section II.2), for every item:
 *
 *   "Tại {căn cứ}, quy định: “{quote}”. Tuy nhiên, tại {unit}, {the regulation} quy định:
 *   “{current text}”. Vì vậy, đề nghị …" — then the proposal in the amending document's formula.
 *
 * - An item with no quoted basis opens with its situation ("Tại Khoản 3, Điều 2, Quy chế số
 *   01-QC/TU quy định: “…”." or "Quy chế số 01-QC/TU chưa có quy định về …"), never with a bare
 *   "Tuy nhiên"; a basis without a quote is named in the "Vì vậy, căn cứ …, đề nghị …" sentence,
 *   never as a sentence of its own.
 * - The excerpt's unknown wording is never quoted as "“[…]”": a unit of which the excerpt holds
 *   no word is said to be there; elided parts of a quote are "…" as printed reports write them.
 * - Items are grouped under the report's own headings when the patch gives `groups` (and each
 *   change its `group`), and numbered within them ("2.1.1."); consecutive changes of one group
 *   with the same reason are one item. No tool id is printed.
 * - Curly quotes throughout, no doubled punctuation.
 */
import type { AppliedDocument } from '../apply/model.js';
import { formatDocumentRef, styleOf } from '../citation/format.js';
import type { RegulationDocument } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import { para, type ExportDoc, type Paragraph } from './doc.js';
import { plainText } from '../text/markup.js';
import { capitalise, citeReal, curly, draftArticles, inventedLabel, lowerFirst, realUnit, type DraftItem } from './formulas.js';
import { quoted, type FormalFields } from './draft.js';
import { withSuccessor } from './table.js';
import { wording } from '../i18n/messages.js';

export interface ReportOptions extends FormalFields {
  revision: { author: string; date: string };
  /** the library's documents: a cited document replaced since is named with its successor */
  library?: readonly RegulationDocument[];
}

/** A quotation inside a sentence: curly quotes, its own final full stop dropped (the sentence's ends it), "[…]" as "…". */
function inQuote(s: string): string {
  const t = curly(s.trim().replace(/\s+/g, ' '))
    .replace(/\\?\[(?:…|\.\.\.)\\?\]/gu, '…')
    .replace(/[.;,]+$/u, '');
  return `“${t}”`;
}

/** A sentence ended once: "…." never "….." or "…”.." */
function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/u.test(t) || /[.!?]”$/u.test(t) ? t : `${t}.`;
}

/** Lower-case a sentence's first word when it is a common word (never a name: "Văn phòng Tỉnh ủy", "Điều 5"). */
function lowerLead(s: string): string {
  return /^(?:Đề|Để|Bổ|Sửa|Bỏ|Chuyển|Tại|Khi|Cho|Do|Trên|Theo|Căn|Thay|Nhằm|Ban)\s/u.test(s) && !/^Ban\s+(?:Chấp|Thường|Bí)/u.test(s) ? lowerFirst(s) : s;
}

/**
 * Bases named without a quote, as one list: the units of one document joined ("Khoản 4, Điều 15
 * và Điều 16, Quy định số 58-QĐ/TW …").
 */
function joinBases(cites: readonly string[]): string {
  const groups: Array<{ doc: string; units: string[] }> = [];
  for (const c of cites) {
    const m = /^(.*?),\s*((?:Quy định|Quyết định|Nghị quyết|Hướng dẫn|Kết luận|Chỉ thị|Quy chế|Luật|Nghị định|Thông tư|Điều lệ)\s.*)$/u.exec(c);
    const doc = m ? m[2]! : c;
    const unit = m ? m[1]! : '';
    const g = groups.find((x) => x.doc === doc);
    if (g && unit) g.units.push(unit);
    else groups.push({ doc, units: unit ? [unit] : [] });
  }
  return groups
    .map((g) => (g.units.length === 0 ? g.doc : `${g.units.length > 1 ? `${g.units.slice(0, -1).join('; ')} và ${g.units[g.units.length - 1]}` : g.units[0]}, ${g.doc}`))
    .join('; ');
}

/** The current wording the change is about, from the original document; undefined text when the excerpt holds none. */
function currentText(d: AppliedDocument, item: DraftItem): { cite: string; text?: string } | undefined {
  const r = item.record;
  const style = styleOf(d.original.meta);
  const anchors = item.change.op === 'move' && r.moved ? [r.moved.from] : [...r.units, ...r.removed];
  for (const a of anchors) {
    const u = d.original.byAnchor.get(a);
    if (!u) continue;
    // as reports quote a unit: its words, without its label
    const whole = item.change.op === 'replace' || item.change.op === 'repeal' || item.change.op === 'move';
    const lines = plainText(d.original.source.text, u.labelEnd, whole ? u.end : u.ownEnd)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const text = lines.join(' ').replace(/^[.:)\-–]\s*/, '');
    const known = text.replace(/\\?\[(?:…|\.\.\.)\\?\]/gu, '').replace(/[\s.…:]+/gu, '') !== '';
    return { cite: citeReal(d.original, u, style), ...(known ? { text } : {}) };
  }
  return undefined;
}

/** Where an addition goes, as the report names the unit that lacks it: "Điều 1", "Khoản 3, Điều 6". */
function placeOfAddition(d: AppliedDocument, item: DraftItem): string | undefined {
  const style = styleOf(d.original.meta);
  const u = item.record.units.map((a) => d.result.byAnchor.get(a)).find((x) => !!x);
  if (!u) return undefined;
  const parent = inventedLabel(d.result, u) ? realUnit(d.result, u.parent ?? u) : u.parent;
  return parent && parent.kind !== 'intro' ? citeReal(d.result, parent, style) : undefined;
}

interface Group {
  heading?: string;
  items: DraftItem[][];
}

export function reportDoc(documents: readonly AppliedDocument[], patches: readonly LoadedPatch[], opts: ReportOptions): ExportDoc {
  const articles = draftArticles(documents, patches);
  const library = opts.library ?? [];
  const blocks: ExportDoc['blocks'] = [para('title', wording('wording.report.heading'))];
  for (const a of [...articles].sort((x, y) => x.patchIndex - y.patchIndex)) {
    const d = a.document;
    const meta = d.original.meta;
    const style = styleOf(meta);
    const short = meta.number ? wording('wording.report.short', { type: meta.type ?? wording('wording.document'), number: meta.number }) : formatDocumentRef(meta, style);
    blocks.push(para('subtitle', formatDocumentRef(meta, style)));
    // the report follows the proposals' order, not the document's, under its own headings
    const items = [...a.items].sort((x, y) => x.record.index - y.record.index);
    const headings = new Map((a.patch.groups ?? []).map((g) => [g.number, `${g.number}. ${g.title}`]));
    const groups: Group[] = [];
    const byKey = new Map<string, Group>();
    for (const g of a.patch.groups ?? []) {
      const grp: Group = { heading: headings.get(g.number)!, items: [] };
      byKey.set(g.number, grp);
      groups.push(grp);
    }
    for (const item of items) {
      const key = item.change.group ?? '';
      let grp = byKey.get(key);
      if (!grp) {
        grp = { ...(key ? { heading: key } : {}), items: [] };
        byKey.set(key, grp);
        groups.push(grp);
      }
      const last = grp.items[grp.items.length - 1];
      const reason = (i: DraftItem): string => i.change.reason?.trim().replace(/\s+/g, ' ') ?? '';
      if (last && reason(item) && reason(last[0]!) === reason(item)) last.push(item);
      else grp.items.push([item]);
    }
    for (const grp of groups) {
      if (grp.items.length === 0) continue;
      const prefix = grp.heading && headings.has(grp.heading.split('. ')[0]!) ? `${grp.heading.split('. ')[0]}.` : '';
      if (grp.heading) blocks.push(para('heading', grp.heading));
      grp.items.forEach((members, k) => {
        const label = { text: `${prefix}${k + 1}. `, bold: true };
        blocks.push(...itemParagraphs(d, members, label, short, library));
      });
    }
  }
  return { kind: 'report', title: wording('wording.report.title'), blocks, notes: [], revision: opts.revision };
}

/** One item of the rationale: its bases, the current situation, the reason, the proposals. */
function itemParagraphs(d: AppliedDocument, members: readonly DraftItem[], label: { text: string; bold: boolean }, short: string, library: readonly RegulationDocument[]): Paragraph[] {
  const first = members[0]!;
  const c = first.change;
  const bases = [...new Map(members.flatMap((m) => m.change.basis ?? []).map((b) => [`${b.cite}\u0000${b.quote ?? ''}`, b])).values()];
  const quotedBases = bases.filter((b) => b.quote);
  const named = [...new Set(bases.filter((b) => !b.quote).map((b) => withSuccessor(b.cite, library)))];
  const sentences: string[] = quotedBases.map((b) => wording('wording.report.basis-quoted', { cite: withSuccessor(b.cite, library), quote: inQuote(b.quote!) }));
  const opened = sentences.length > 0;
  // the situation in the regulation, for each distinct unit the item is about
  const seen = new Set<string>();
  for (const m of members) {
    let s: string;
    if (m.change.op === 'insert') {
      const where = placeOfAddition(d, m);
      s = wording(opened ? 'wording.report.missing-above' : 'wording.report.missing-below', { place: where ? `${where}, ${short}` : short });
    } else {
      const cur = currentText(d, m);
      if (!cur) continue;
      s = cur.text
        ? wording('wording.report.current', { cite: cur.cite, document: short, quote: inQuote(cur.text) })
        : wording('wording.report.current-unknown', { cite: cur.cite, document: short });
    }
    if (seen.has(s)) continue;
    seen.add(s);
    sentences.push(capitalise(s));
  }
  // "Tuy nhiên" only after an argument it contrasts with
  if (opened && sentences.length > quotedBases.length) sentences[quotedBases.length] = wording('wording.report.however', { sentence: lowerLead(sentences[quotedBases.length]!) });
  const out: Paragraph[] = [];
  const reason = curly(c.reason?.trim().replace(/\s+/g, ' ') ?? '');
  const basisClause = named.length > 0 ? wording('wording.report.basis-clause', { bases: joinBases(named) }) : '';
  let because: string;
  if (reason) {
    const body = reason.replace(/^vì vậy\s*,\s*/iu, '');
    because = sentence(wording('wording.report.therefore', { basis: basisClause, proposal: lowerLead(body) }));
  } else because = sentence(wording('wording.report.therefore-default', { basis: basisClause }));
  sentences.push(because);
  out.push(para('body', [label, { text: sentences[0]! }]));
  for (const s of sentences.slice(1)) out.push(para('body', s));
  for (const m of members) {
    const lead = wording('wording.report.propose', { formula: lowerFirst(m.formula) });
    out.push(para('lead', lead));
    if (m.quote) for (const l of quoted(m.quote)) out.push(para('quote', l));
  }
  return out;
}
