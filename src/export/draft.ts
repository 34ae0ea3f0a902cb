/**
 * The amending document's own text (the "văn bản sửa đổi, bổ sung"): its name in the form of
 * Nghị định 78/2025, Điều 69 khoản 2 ("… sửa đổi, bổ sung một số điều của …"), one article per
 * amended document whose items are the changes in the amended document's order, each in its
 * formula with the new text in curly quotes (only the first line opens “ and only the last closes
 * ”.), then the article on entry into force. Marked "DỰ THẢO" while the patch has no number.
 */
import type { AppliedDocument } from '../apply/engine.js';
import { formatDocumentRef, styleOf } from '../citation/format.js';
import type { LoadedPatch } from '../patch/load.js';
import { formatDateLong } from '../util/dates.js';
import { para, type ExportDoc, type Paragraph } from './doc.js';
import { draftArticles, type DraftItem } from './formulas.js';

export interface DraftOptions {
  revision: { author: string; date: string };
}

/** The quoted lines of an item: “first … last”. */
export function quoted(lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  return lines.map((l, i) => `${i === 0 ? '“' : ''}${l}${i === lines.length - 1 ? '”.' : ''}`);
}

export function itemParagraphs(item: DraftItem, numbered = true): Paragraph[] {
  const out: Paragraph[] = [para('lead', `${numbered ? `${item.number}. ` : ''}${item.lead}`)];
  if (item.quote) for (const l of quoted(item.quote)) out.push(para('quote', l));
  return out;
}

export function draftDoc(documents: readonly AppliedDocument[], patches: readonly LoadedPatch[], opts: DraftOptions): ExportDoc {
  const articles = draftArticles(documents, patches);
  const blocks: ExportDoc['blocks'] = [];
  const byPatch = new Map<number, typeof articles>();
  for (const a of articles) byPatch.set(a.patchIndex, [...(byPatch.get(a.patchIndex) ?? []), a]);
  let title = '';
  for (const [pi, list] of byPatch) {
    const patch = patches[pi]!.patch!;
    const first = list[0]!.document.original.meta;
    const type = patch.type ?? first.type ?? 'Văn bản';
    const name = patch.title ?? `Sửa đổi, bổ sung một số điều của ${first.type ?? ''} ${first.title ?? first.number ?? ''}`.replace(/\s+/g, ' ');
    title ||= `${type} — ${name}`;
    if (!patch.number) blocks.push(para('meta', [{ text: 'DỰ THẢO', bold: true }]));
    else blocks.push(para('meta', `Số: ${patch.number}`));
    blocks.push(para('title', type.toLocaleUpperCase('vi')));
    blocks.push(para('subtitle', name));
    for (const a of list) {
      const meta = a.document.original.meta;
      blocks.push(para('article', `Điều ${a.article}. Sửa đổi, bổ sung một số điều của ${formatDocumentRef(meta, styleOf(meta))}`));
      for (const item of a.items) blocks.push(...itemParagraphs(item));
    }
    const dates = [...new Set(list.flatMap((a) => a.items.map((i) => i.record.effective)).filter((x): x is string => !!x))].sort();
    blocks.push(para('article', `Điều ${list.length + 1}. Hiệu lực thi hành`));
    blocks.push(para('body', `${type} này có hiệu lực kể từ ${dates.length === 1 ? formatDateLong(dates[0]!) : 'ngày ký'}.`));
  }
  return { kind: 'draft', title: title || 'Văn bản sửa đổi, bổ sung', blocks, notes: [], revision: opts.revision };
}
