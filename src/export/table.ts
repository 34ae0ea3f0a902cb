/**
 * The comparison table (bản so sánh, thuyết minh, vietnamese-conventions.md §2.4): one row per
 * changed unit, in document order — STT | Quy định hiện hành | Dự thảo sửa đổi, bổ sung | Thuyết
 * minh, căn cứ. In the current column the removed words are struck through; in the draft column
 * the added words are bold; a new unit reads "(bổ sung mới)" on the left, a removed one "(bãi bỏ)"
 * on the right. The last column holds each change's reason and its bases (the Party practice of
 * a "Căn cứ" column pointing to the central provision).
 */
import type { AppliedDocument } from '../apply/model.js';
import { changeNames, type Hunk, type Redline } from '../apply/redline.js';
import { formatDocumentRef, styleOf } from '../citation/format.js';
import type { RegulationDocument } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import type { FormalFields } from './draft.js';
import { isRun, para, type ExportDoc, type Paragraph } from './doc.js';
import { findNumber, numberKey } from '../citation/docnumber.js';
import { plainText } from '../text/markup.js';
import { amendingName, amendingRef, capitalise, citeReal, curly } from './formulas.js';
import { DEL, INS, MarkedText, SAME, displayParts, markedParagraphs } from './lines.js';
import { wording } from '../i18n/messages.js';

export interface TableOptions extends FormalFields {
  revision: { author: string; date: string };
  /** the library's documents: a cited document replaced since is named with its successor */
  library?: readonly RegulationDocument[];
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

const BLANK = '…';
const upper = (s: string): string => s.toLocaleUpperCase('vi');

/**
 * A cited document replaced since, named with its successor: "Quy định số 80-QĐ/TW … (nay là
 * Quy định 377-QĐ/TW)" — from the library's `status: superseded` and `superseded_by`.
 */
export function withSuccessor(cite: string, library: readonly RegulationDocument[]): string {
  const found = findNumber(cite);
  if (!found) return cite;
  const doc = library.find((d) => d.meta.number && numberKey(d.meta.number) === numberKey(found.number));
  if (!doc || (doc.meta.status !== 'superseded' && doc.meta.status !== 'repealed')) return cite;
  if (doc.meta.status === 'repealed' || !doc.meta.superseded_by) return wording('wording.table.repealed-since', { cite });
  const by = doc.meta.superseded_by;
  const next = library.find((d) => d.meta.number && numberKey(d.meta.number) === numberKey(by));
  return wording('wording.table.replaced-by', { cite, successor: [next?.meta.type, by].filter(Boolean).join(' ') });
}

/**
 * The reason as a statement (the thuyết minh of a row), not the report's connective: "Vì vậy, đề
 * nghị bỏ …" → "Đề nghị bỏ …".
 */
export function statement(reason: string): string {
  const s = reason.trim().replace(/\s+/g, ' ').replace(/^(?:vì vậy|do đó|vì thế|bởi vậy)\s*,\s*/iu, '');
  return capitalise(curly(s));
}

/** Does this text hold no current wording at all, only the excerpt's "[…]" (and a label)? */
function unknownText(s: string, label: string): boolean {
  const plain = plainText(s, 0, s.length).replace(label, '').replace(/[\s#>-]+/gu, '');
  return plain === '[…]' || plain === '[...]';
}

export function tableDoc(d: AppliedDocument, redline: Redline, patches: readonly LoadedPatch[], opts: TableOptions): ExportDoc {
  const meta = d.original.meta;
  const style = styleOf(meta);
  const library = opts.library ?? [];
  const names = changeNames(d.changes);
  const byName = new Map([...names.entries()].map(([key, name]) => [name, d.changes.find((r) => `${r.patch}:${r.index}` === key)!]));
  const citeOf = (anchor: string | undefined, side: 'old' | 'new'): string => {
    const doc = side === 'old' ? d.original : d.result;
    const u = anchor ? doc.byAnchor.get(anchor) : undefined;
    return u ? citeReal(doc, u, style) : '';
  };
  const rows: Paragraph[][][] = [];
  for (const h of redline.hunks) {
    if (h.kind === 'equal') continue;
    const side0 = h.kind === 'delete' || h.kind === 'move-from' ? 'old' : 'new';
    const cite = h.unit ? citeOf(h.unit.anchor, side0) || h.unit.citation : '';
    const where = cite ? para('body', [{ text: cite, bold: true }]) : undefined;
    let current: Paragraph[];
    let proposed: Paragraph[];
    switch (h.kind) {
      case 'insert':
        current = [note(wording('wording.table.new-unit'))];
        proposed = side(h, 'new').map((p) => ({ ...p, content: p.content.map((r) => (isRun(r) ? { ...r, bold: true } : r)) }));
        break;
      case 'delete':
        current = side(h, 'old').map((p) => ({ ...p, content: p.content.map((r) => (isRun(r) ? { ...r, strike: true } : r)) }));
        proposed = [note(wording('wording.table.repealed'))];
        break;
      case 'move-from':
        current = side(h, 'old');
        proposed = [note(wording('wording.moved-to', { place: citeOf(h.counterpart, 'new') }))];
        break;
      case 'move-to':
        current = [note(wording('wording.moved-from', { place: citeOf(h.counterpart, 'old') }))];
        proposed = side(h, 'new');
        break;
      default:
        // the excerpt does not hold the current wording: say so, strike nothing
        current = unknownText(h.old, h.unit?.label ?? '') ? [note(wording('wording.table.not-in-excerpt'))] : side(h, 'old');
        proposed = side(h, 'new');
    }
    const rationale: Paragraph[] = [];
    const seen = new Set<string>();
    for (const name of h.changes) {
      const r = byName.get(name);
      const change = r ? patches[r.patch]?.patch?.changes[r.index] : undefined;
      if (!change) continue;
      const reason = change.reason?.trim() ? statement(change.reason) : '';
      if (reason && !seen.has(reason)) {
        seen.add(reason);
        rationale.push(para('body', reason));
      }
      // the provision of the amending document that makes the change (issue 12: `source`)
      const lp = r ? patches[r.patch] : undefined;
      if (change.source && lp?.patch) {
        const text = wording('wording.table.source', { source: change.source.trim(), document: amendingRef(lp.patch, meta) });
        if (!seen.has(text)) {
          seen.add(text);
          rationale.push(para('body', [{ text: wording('wording.table.source-lead'), italic: true }, { text }]));
        }
      }
      for (const b of change.basis ?? []) {
        const text = withSuccessor(b.cite, library);
        if (seen.has(text)) continue;
        seen.add(text);
        rationale.push(para('body', [{ text: wording('wording.table.basis-lead'), italic: true }, { text }]));
      }
    }
    rows.push([where ? [where, ...current] : current, proposed, rationale]);
  }
  const drafts = patches
    .filter((lp) => lp.patch && d.changes.some((r) => r.patchId === lp.patch!.id && r.status === 'applied'))
    .map((lp) => {
      const n = amendingName(lp.patch!, [meta]);
      return lp.patch!.number ? amendingRef(lp.patch!, meta) : wording('wording.table.draft', { type: n.type, name: n.name });
    });
  const party = style === 'party';
  const office = opts.office ? upper(opts.office) : BLANK;
  const head: Paragraph[] = party
    ? [para('subtitle', wording('wording.party-committee', { place: opts.place ? upper(opts.place) : '…' })), para('subtitle', office), para('subtitle', '*'), para('subtitle', wording('wording.party-name'))]
    : [para('subtitle', office), para('subtitle', wording('wording.national-title')), para('subtitle', wording('wording.motto'))];
  head.push(para('subtitle', [{ text: wording('wording.place-date-blank', { place: opts.place ?? BLANK }), italic: true }]));
  return {
    kind: 'table',
    title: wording('wording.table.title', { document: meta.number ?? meta.title ?? '' }),
    landscape: true,
    blocks: [
      ...head,
      para('title', wording('wording.table.heading')),
      para('subtitle', capitalise(wording('wording.table.subject', { drafts: drafts.join('; ') || wording('wording.table.draft-default'), document: formatDocumentRef(meta, style) }))),
      para('body', wording('wording.addressee', { addressee: BLANK })),
      {
        t: 'table',
        columns: [
          { title: wording('wording.table.column-current'), width: 35 },
          { title: wording('wording.table.column-proposed'), width: 35 },
          { title: wording('wording.table.column-rationale'), width: 30 },
        ],
        rows,
      },
      para('subtitle', office),
      para('subtitle', BLANK),
    ],
    notes: [],
    revision: opts.revision,
  };
}
