/**
 * The redline as a document: the whole amended document, every change tracked — inserted text as
 * insertions, deleted text as deletions, moved units at both ends — so that accepting every
 * revision gives the amended text and rejecting every revision the original (Word's Accept All /
 * Reject All). A table of contents lists the changed units.
 */
import type { AppliedDocument } from '../apply/model.js';
import type { Redline } from '../apply/redline.js';
import { formatCitation, formatDocumentRef, styleOf } from '../citation/format.js';
import { redlineCounts, summaryText } from '../render/terminal.js';
import type { LoadedPatch } from '../patch/load.js';
import { para, userNotesInto, type ExportDoc, type Paragraph } from './doc.js';
import { isPlainTextPath } from '../document/parse.js';
import { amendingRefs } from './formulas.js';
import { DEL, INS, MarkedText, SAME, displayParts, markedParagraphs } from './lines.js';
import { wording } from '../i18n/messages.js';

export interface RedlineOptions {
  revision: { author: string; date: string };
  /** for a comparison of two versions (quyche diff): its title, and its own summary line */
  title?: string;
  summary?: string;
}

const KIND = {
  modify: wording('wording.redline.modify'),
  insert: wording('wording.redline.insert'),
  delete: wording('wording.redline.delete'),
  'move-from': wording('wording.redline.move-from'),
  'move-to': wording('wording.redline.move-to'),
} as Record<string, string>;

/** Leading blank lines of a text: an anchor belongs to the first line with content. */
function leading(s: string): number {
  return /^\s*/.exec(s)![0].length;
}

export function redlineDoc(d: AppliedDocument, redline: Redline, patches: readonly LoadedPatch[], opts: RedlineOptions): ExportDoc {
  const meta = d.original.meta;
  const text = new MarkedText();
  const entries: Array<{ id: string; text: string; depth: number }> = [];
  const moves: Array<{ from: number; to: number; dir: 'from' | 'to'; counterpart: string }> = [];
  redline.hunks.forEach((h, i) => {
    if (h.kind === 'equal') {
      text.push(h.new, SAME);
      return;
    }
    const id = `thay-doi-${i}`;
    const body = h.kind === 'delete' || h.kind === 'move-from' ? h.old : h.kind === 'modify' ? (h.parts?.[0]?.text ?? h.new) : h.new;
    const at = text.length + Math.min(leading(body), body.length);
    text.anchors.push({ at, id });
    entries.push({ id, text: `${h.unit?.citation ?? d.original.meta.number ?? ''} — ${KIND[h.kind]}${h.changes.length ? ` · ${h.changes.join(', ')}` : ''}`, depth: 0 });
    const start = text.length;
    switch (h.kind) {
      case 'modify':
        for (const p of h.parts ? displayParts(h.parts) : [{ kind: 'del' as const, text: h.old }, { kind: 'ins' as const, text: h.new }]) text.push(p.text, p.kind === 'equal' ? SAME : p.kind === 'ins' ? INS : DEL);
        break;
      case 'insert':
      case 'move-to':
        text.push(h.new, INS);
        break;
      case 'delete':
      case 'move-from':
        text.push(h.old, DEL);
        break;
    }
    if (h.kind === 'move-from' || h.kind === 'move-to') {
      // the other end by citation, never by anchor (a move-to's is in the original, a move-from's in the result)
      const doc = h.kind === 'move-to' ? d.original : d.result;
      const u = h.counterpart ? doc.byAnchor.get(h.counterpart) : undefined;
      moves.push({ from: start, to: text.length, dir: h.kind === 'move-from' ? 'from' : 'to', counterpart: u ? formatCitation(u, doc.meta, styleOf(doc.meta)) : (h.counterpart ?? '') });
    }
  });
  const { text: body, marks } = text.build();
  const notes: ExportDoc['notes'] = [];
  const paragraphs = markedParagraphs(body, marks, {
    anchors: text.anchors,
    userNotes: userNotesInto(notes),
    plainText: isPlainTextPath(d.original.source.path),
    decorate: (p, a, b) => {
      const m = moves.find((x) => a < x.to && b > x.from);
      if (m) p.move = { dir: m.dir, counterpart: m.counterpart };
    },
  });

  const style = styleOf(meta);
  const by = amendingRefs(d, patches);
  const head: Paragraph[] = [
    para('title', opts.title ?? wording('wording.redline.heading')),
    para('subtitle', formatDocumentRef(meta, style)),
    ...(meta.title ? [para('subtitle', meta.title)] : []),
    ...(by.length ? [para('meta', [{ text: wording('wording.redline.by', { documents: by.join('; ') }), italic: true }])] : []),
    para('meta', [{ text: wording('wording.redline.legend'), italic: true }]),
    para('meta', [
      { text: opts.summary ?? summaryText('vi', redlineCounts(redline, d.changes)), italic: true },
    ]),
  ];
  return {
    kind: 'redline',
    title: wording('wording.redline.title', { document: meta.number ?? meta.title ?? d.original.source.path }),
    blocks: [...head, { t: 'toc', title: wording('wording.redline.toc'), entries }, ...paragraphs],
    notes,
    revision: opts.revision,
  };
}
