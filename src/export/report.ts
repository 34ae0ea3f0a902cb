/**
 * The report's rationale, in the pattern of the seed report (its section II.2): for each change,
 * in the patch's order, "Tại {căn cứ}, quy định: “{quote}”." — "Tuy nhiên, tại {unit}, {the
 * regulation} quy định: “{current text}”." (or "… chưa quy định nội dung này." for an addition) —
 * the reason ("Vì vậy, đề nghị …") — and the proposal in the amending document's formula.
 */
import type { AppliedDocument } from '../apply/engine.js';
import { formatCitation, formatDocumentRef, styleOf } from '../citation/format.js';
import type { LoadedPatch } from '../patch/load.js';
import { para, type ExportDoc, type Paragraph } from './doc.js';
import { plainText } from '../text/markup.js';
import { draftArticles, lowerFirst, Q, type DraftItem } from './formulas.js';
import { quoted } from './draft.js';

export interface ReportOptions {
  revision: { author: string; date: string };
}


/** The current wording the change is about, from the original document. */
function currentText(d: AppliedDocument, item: DraftItem): { cite: string; text: string } | undefined {
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
    return { cite: formatCitation(u, d.original.meta, style), text: lines.join(' ').replace(/^[.:)\-–]\s*/, '') };
  }
  return undefined;
}

export function reportDoc(documents: readonly AppliedDocument[], patches: readonly LoadedPatch[], opts: ReportOptions): ExportDoc {
  const articles = draftArticles(documents, patches);
  const blocks: ExportDoc['blocks'] = [para('title', 'MỘT SỐ NỘI DUNG CẦN ĐIỀU CHỈNH, BỔ SUNG')];
  for (const a of [...articles].sort((x, y) => x.patchIndex - y.patchIndex)) {
    const d = a.document;
    const meta = d.original.meta;
    const short = [meta.type, meta.number].filter(Boolean).join(' ') || formatDocumentRef(meta);
    blocks.push(para('subtitle', formatDocumentRef(meta, styleOf(meta))));
    // the report follows the proposals' order, not the document's
    const items = [...a.items].sort((x, y) => x.record.index - y.record.index);
    for (const item of items) {
      const c = item.change;
      const out: Paragraph[] = [];
      const id = { text: `${item.record.id}. `, bold: true };
      const bases = c.basis ?? [];
      const opening = bases.map((b) => (b.quote ? `Tại ${b.cite}, quy định: ${Q(b.quote.trim())}.` : `Căn cứ ${b.cite}.`));
      const current = c.op === 'insert' ? undefined : currentText(d, item);
      const however = current ? `Tuy nhiên, tại ${current.cite}, ${short} quy định: ${Q(current.text)}.` : `Tuy nhiên, ${short} chưa quy định nội dung này.`;
      const sentences = [...opening, however];
      out.push(para('body', [id, { text: sentences[0]! }]));
      for (const s of sentences.slice(1)) out.push(para('body', s));
      const reason = c.reason?.trim().replace(/\s+/g, ' ');
      if (reason) out.push(para('body', /^vì vậy/iu.test(reason) ? reason : `Vì vậy, ${lowerFirst(reason)}`));
      out.push(para('lead', `Đề nghị ${lowerFirst(item.lead)}`));
      if (item.quote) for (const l of quoted(item.quote)) out.push(para('quote', l));
      blocks.push(...out);
    }
  }
  return { kind: 'report', title: 'Một số nội dung cần điều chỉnh, bổ sung', blocks, notes: [], revision: opts.revision };
}
