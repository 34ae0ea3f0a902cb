/**
 * The comparison table (bản so sánh, thuyết minh, vietnamese-conventions.md §2.4): one row per
 * changed unit, in document order — STT | Quy định hiện hành | Dự thảo sửa đổi, bổ sung | Thuyết
 * minh, căn cứ. In the current column the removed words are struck through; in the draft column
 * the added words are bold; a new unit reads "(bổ sung mới)" on the left, a removed one "(bãi bỏ)"
 * on the right. The last column holds each change's reason and its bases (the Party practice of
 * a "Căn cứ" column pointing to the central provision).
 */
import type { AppliedDocument } from '../apply/engine.js';
import { changeNames, type Hunk, type Redline } from '../apply/redline.js';
import { formatDocumentRef, styleOf } from '../citation/format.js';
import type { LoadedPatch } from '../patch/load.js';
import { isRun, para, type ExportDoc, type Paragraph } from './doc.js';
import { amendingRefs } from './formulas.js';
import { DEL, INS, MarkedText, SAME, displayParts, markedParagraphs } from './lines.js';

export interface TableOptions {
  revision: { author: string; date: string };
}

/** One side of a hunk as paragraphs, its changed words formatted (struck or bold). */
function side(h: Hunk, which: 'old' | 'new'): Paragraph[] {
  const text = new MarkedText();
  if (h.kind === 'modify' && h.parts) {
    for (const p of displayParts(h.parts)) {
      if (p.kind === 'equal') text.push(p.text, SAME);
      else if (which === 'old' && p.kind === 'del') text.push(p.text, DEL);
      else if (which === 'new' && p.kind === 'ins') text.push(p.text, INS);
    }
  } else text.push(which === 'old' ? h.old : h.new, SAME);
  const { text: s, marks } = text.build();
  return markedParagraphs(s, marks)
    .flatMap((b): Paragraph[] => (b.t === 'p' ? [b] : b.rows.map((row) => para('body', row.flatMap((cell, i) => [...(i > 0 ? [{ text: ' | ' }] : []), ...cell.flatMap((c) => c.content)])))))
    .map((p) => {
    const content = p.content.map((r) => (isRun(r) && r.rev ? { text: r.text, ...(r.rev === 'del' ? { strike: true } : { bold: true }) } : r));
    const { md: _md, mark: _mark, ...rest } = p;
    return { ...rest, style: 'body' as const, content };
  });
}

const note = (s: string): Paragraph => para('body', [{ text: s, italic: true }]);

export function tableDoc(d: AppliedDocument, redline: Redline, patches: readonly LoadedPatch[], opts: TableOptions): ExportDoc {
  const meta = d.original.meta;
  const style = styleOf(meta);
  const names = changeNames(d.changes);
  const byName = new Map([...names.entries()].map(([key, name]) => [name, d.changes.find((r) => `${r.patch}:${r.index}` === key)!]));
  const rows: Paragraph[][][] = [];
  for (const h of redline.hunks) {
    if (h.kind === 'equal') continue;
    const where = h.unit ? para('body', [{ text: h.unit.citation, bold: true }]) : undefined;
    let current: Paragraph[];
    let proposed: Paragraph[];
    switch (h.kind) {
      case 'insert':
        current = [note('(bổ sung mới)')];
        proposed = side(h, 'new').map((p) => ({ ...p, content: p.content.map((r) => (isRun(r) ? { ...r, bold: true } : r)) }));
        break;
      case 'delete':
        current = side(h, 'old').map((p) => ({ ...p, content: p.content.map((r) => (isRun(r) ? { ...r, strike: true } : r)) }));
        proposed = [note('(bãi bỏ)')];
        break;
      case 'move-from':
        current = side(h, 'old');
        proposed = [note(`(chuyển đến ${h.counterpart ?? ''})`)];
        break;
      case 'move-to':
        current = [note(`(chuyển từ ${h.counterpart ?? ''})`)];
        proposed = side(h, 'new');
        break;
      default:
        current = side(h, 'old');
        proposed = side(h, 'new');
    }
    const rationale: Paragraph[] = [];
    for (const name of h.changes) {
      const r = byName.get(name);
      const change = r ? patches[r.patch]?.patch?.changes[r.index] : undefined;
      if (!change) continue;
      rationale.push(para('body', [{ text: `${name}. `, bold: true }, { text: change.reason?.trim() || '(không ghi lý do)' }]));
      for (const b of change.basis ?? []) rationale.push(para('body', [{ text: 'Căn cứ: ', italic: true }, { text: b.cite }]));
    }
    rows.push([[para('body', String(rows.length + 1))], where ? [where, ...current] : current, proposed, rationale]);
  }
  const by = amendingRefs(d, patches);
  return {
    kind: 'table',
    title: `${meta.number ?? meta.title ?? ''} — bản so sánh, thuyết minh`,
    landscape: true,
    blocks: [
      para('title', 'BẢN SO SÁNH, THUYẾT MINH'),
      para('subtitle', `Dự thảo ${by.join('; ') || 'sửa đổi, bổ sung'}`),
      para('subtitle', `với ${formatDocumentRef(meta, style)}`),
      {
        t: 'table',
        columns: [
          { title: 'STT', width: 6 },
          { title: 'Quy định hiện hành', width: 31 },
          { title: 'Dự thảo sửa đổi, bổ sung', width: 31 },
          { title: 'Thuyết minh, căn cứ', width: 32 },
        ],
        rows,
      },
    ],
    notes: [],
    revision: opts.revision,
  };
}
