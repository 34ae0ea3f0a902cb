/**
 * Plain text → blocks: a gazette / PDF-to-text copy (hard-wrapped lines, page furniture,
 * footnotes at page feet) or a text with one paragraph per line (docx2txt, HTML scraped).
 *
 * In the gazette layout a paragraph ends only where a unit starts (a label that fits the
 * numbering, after a line that ends a sentence), or where a sentence ends on a short line and
 * the next one starts with a capital; other lines are joined with one space. Elsewhere each
 * line is a paragraph.
 */
import type { Block, ImportNote, Recovered, Removal } from './model.js';
import { removeFurniture } from './furniture.js';
import { extractFootnotes, type BodyLine } from './footnotes.js';
import { readHeader } from './header.js';
import { isHeadingKind, labelOf, Sequencer, type LabelInfo } from './sequence.js';

/** Marks a paragraph that had a heading style in Word (the reader strips it). */
export const HEADING_MARK = '\u0001';

/** A paragraph of quoted text that is an article's heading (the text of an amending provision). */
const QUOTED_HEADING = /^“?Điều\s+\d+[a-zđ]*\.\s/u;

export interface TextOptions {
  footnotes: boolean;
  /** 'paragraphs': one paragraph per line (HTML, Word); default: detected (gazette or not) */
  layout?: 'paragraphs';
}

const RE_TERMINAL = /(?:[.:;!?…)\]”"’]|\.\/\.)$/u;
const RE_CLOSING = /^(?:Nơi nhận\s*:?|(?:TM|KT|Q|TL|TUQ)\.\s|XÁC THỰC VĂN BẢN HỢP NHẤT$|\.\/\.$|\[?\s*\(Đã ký\)|Luật này (?:đã )?được Quốc hội\b)/u;

const hasLower = (s: string): boolean => /\p{Ll}/u.test(s.replace(/\[\^\d+\]/gu, ''));
const isCapsLine = (s: string): boolean => (s.match(/\p{Lu}/gu) ?? []).length >= 4 && !hasLower(s);

/** Split into lines (any EOL), NFC, without the BOM. */
export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.split(/\r\n|\n|\r/u).map((l) => l.normalize('NFC'));
}

function clean(s: string): string {
  return s.replace(/\u00a0/gu, ' ').replace(/\t/gu, ' ').trim();
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(v.length * p))]!;
}

/** Write the footnote marks of a body line as `[^n]` (or drop them), a space after a label. */
function withMarks(text: string, marks: Array<{ n: number; start: number; end: number }>, keep: boolean): string {
  let out = '';
  let at = 0;
  for (const m of marks.sort((a, b) => a.start - b.start)) {
    const head = text.slice(at, m.start);
    out += head;
    const before = text.slice(0, m.start);
    const afterLabel = /^\s*(?:Điều\s+\d{1,4}[a-zđ]?\.|\d{1,3}[a-zđ]?\.|[a-zđ]\d{0,2}\))$/u.test(before);
    if (keep) out += afterLabel ? ` [^${m.n}]` : `[^${m.n}]`;
    at = m.end;
    if (afterLabel && !keep && !/^\s/u.test(text.slice(at))) out += ' ';
  }
  return out + text.slice(at);
}

/** A Markdown source (an earlier conversion): headings and list markers are syntax, not text. */
function isMarkdown(lines: readonly string[]): boolean {
  return lines.filter((l) => /^\s{0,3}#{1,6}\s+\S/u.test(l)).length >= 3;
}

export function readText(text: string, opts: TextOptions): Recovered {
  let lines = splitLines(text);
  if (isMarkdown(lines)) {
    lines = lines.map((l) => l.replace(/^\s{0,3}#{1,6}\s+/u, '').replace(/^\s*[-*+]\s+(?=(?:[a-zđ]\d{0,2}\)|\d{1,3}[a-zđ]?\.)\s)/u, ''));
    opts = { ...opts, layout: 'paragraphs' };
  }
  // repealed articles run together on one line: "Điều 90. (được bãi bỏ)Điều 91. (được bãi bỏ) …"
  if (lines.some((l) => /\(được bãi bỏ\)\s*Điều\s+\d/u.test(l))) {
    lines = lines.flatMap((l) => l.split(/(?<=\(được bãi bỏ\))\s*(?=Điều\s+\d{1,4}[a-zđ]?\.)/u));
  }
  const paged = removeFurniture(lines);
  const removals: Removal[] = [...paged.removals];
  const notes: ImportNote[] = [];
  const nonBlank = lines.filter((l) => l.trim()).length || 1;
  const trailing = lines.filter((l) => /\S[ \t]+$/u.test(l)).length;
  const gazette = opts.layout !== 'paragraphs' && (paged.gazette || trailing / nonBlank > 0.5);

  const order = paged.pages.flat();
  const header = readHeader(lines, order);
  removals.push(...header.removals);
  const skip = new Set<number>([...header.consumed, ...header.titleLines]);

  let body: BodyLine[];
  const footnotes = [];
  const markAt = new Map<number, Array<{ n: number; start: number; end: number }>>();
  if (gazette) {
    const ex = extractFootnotes(lines, paged.pages, skip);
    body = ex.body;
    notes.push(...ex.notes);
    for (const l of ex.areaLines) removals.push({ line: l, kind: 'footnote', text: lines[l - 1]!.trim() });
    for (const [n, m] of ex.marks) {
      const list = markAt.get(m.body) ?? [];
      list.push({ n, start: m.start, end: m.end });
      markAt.set(m.body, list);
      if (!opts.footnotes) removals.push({ line: body[m.body]!.idx + 1, kind: 'footnote-mark', text: String(n) });
    }
    if (opts.footnotes) footnotes.push(...ex.footnotes);
  } else {
    body = order.filter((i) => !skip.has(i)).map((i) => ({ idx: i, text: lines[i]! }));
  }

  const blocks: Block[] = [];
  if (header.titleLines.length) {
    blocks.push({ type: 'title', text: header.titleLines.map((i) => clean(lines[i]!)).join(' '), line: header.titleLines[0]! + 1 });
  }
  const width = gazette ? percentile(body.map((b) => clean(b.text).length).filter((n) => n > 0), 0.9) : 0;
  const hasHeadings = body.some((b) => {
    const info = labelOf(clean(b.text));
    return info !== undefined && (info.kind === 'dieu' || info.kind === 'chuong');
  });
  const seq = new Sequencer(hasHeadings);
  let cur: Block | undefined;
  let prev = '';
  let units = 0;
  let closing = false;
  let titleOpen = false; // a Phần/Chương/Mục label whose title may follow on the next lines
  let headingOpen = false; // an article heading that may wrap onto the next line (gazette)
  let titleUnit: Block | undefined;
  let quoteDepth = 0; // curly quotations open (“ … ”) at the start of the line

  const open = (b: Block): void => {
    blocks.push(b);
    cur = b;
  };

  body.forEach((bl, k) => {
    const line = bl.idx + 1;
    const styled = bl.text.startsWith(HEADING_MARK);
    let raw = clean(withMarks(styled ? bl.text.slice(1) : bl.text, markAt.get(k) ?? [], opts.footnotes));
    // emphasis around a label (Word, HTML): "**Điều 1. Phạm vi**", "**1.** Nội dung"
    const em = /^(\*{1,3})([^*]+)\1(.*)$/u.exec(raw);
    let untitled = false;
    if (em && labelOf(em[2]! + em[3]!)) {
      const info = labelOf(em[2]! + em[3]!)!;
      // "**Điều 1.** Ban hành …": the emphasis is the label alone, what follows is the article's text
      untitled = info.kind === 'dieu' && em[2]!.trim() === info.label.trim() && em[3]!.trim() !== '';
      raw = isHeadingKind(info.kind) ? (em[2]! + em[3]!).replace(/\*+/gu, '') : em[2]! + em[3]!;
    }
    if (raw.startsWith('\u0000')) {
      // a table's place (HTML, Word)
      open({ type: closing ? 'closing' : 'para', text: raw, line });
      prev = '.';
      return;
    }
    if (!raw) {
      if (!gazette) cur = undefined;
      return;
    }
    if (styled && !titleOpen && units === 0 && !blocks.some((b) => b.type === 'title') && !labelOf(raw)) {
      open({ type: 'title', text: raw, line });
      header.meta.title ??= raw.replace(/\*+/gu, '');
      prev = raw;
      return;
    }
    if (titleOpen && titleUnit?.unit) {
      if ((!hasLower(raw) || (styled && !titleUnit.unit.heading)) && !labelOf(raw)) {
        titleUnit.unit.heading = titleUnit.unit.heading ? `${titleUnit.unit.heading} ${raw}` : raw;
        cur = titleUnit;
        prev = raw;
        return;
      }
      titleOpen = false;
    }
    if (headingOpen && cur?.unit && gazette && /^\p{Ll}/u.test(raw)) {
      cur.unit.heading = `${cur.unit.heading ?? ''} ${raw}`.trim();
      prev = raw;
      return;
    }
    headingOpen = false;
    const depth = quoteDepth;
    quoteDepth = Math.max(0, quoteDepth + (raw.match(/“/gu) ?? []).length - (raw.match(/”/gu) ?? []).length);
    let info: LabelInfo | undefined = labelOf(raw);
    if (depth > 0 && info) {
      // inside a quotation (the text of an amending provision) labels are not structure; a
      // label there still starts a paragraph of the quoted text
      const fitsHere = info.kind === 'dieu' && seq.fits(info) && seq.isNextArticle(info);
      if (!fitsHere) {
        // a quoted article's heading ends without a full stop, perhaps wrapped: "“Điều 27. … bảo ⏎ hiểm y tế"
        const quotedHeading = cur?.type === 'para' && QUOTED_HEADING.test(cur.text);
        if (RE_TERMINAL.test(prev) || /^“/u.test(prev) || quotedHeading) {
          open({ type: 'para', text: raw, line, quoted: true });
        } else if (cur) cur.text = cur.text ? `${cur.text} ${raw}` : raw;
        else open({ type: 'para', text: raw, line, quoted: true });
        prev = raw;
        return;
      }
      quoteDepth = 0; // the document's own next article ends a quotation left open
      info = labelOf(raw);
    }
    const afterSentence = !gazette || !cur || RE_TERMINAL.test(prev) || (cur.unit !== undefined && isHeadingKind(cur.unit.kind) && cur.text === '');
    if (info && (!closing || isHeadingKind(info.kind))) {
      const heading = isHeadingKind(info.kind);
      const repealed = cur?.type === 'unit' && /^\(?(?:được |đã )?bãi bỏ\)?\.?$/u.test(cur.text.replace(/\[\^\d+\]/gu, '').trim());
      if (seq.fits(info, repealed) && (heading || afterSentence) && !(info.kind === 'bullet' && !afterSentence)) {
        seq.commit(info);
        units++;
        closing = false;
        const rest = info.rest.trim();
        const unit = { ...info, ...(heading && rest && !untitled ? { heading: rest } : {}) };
        open({ type: 'unit', unit, text: heading && !untitled ? '' : rest, line });
        titleOpen = heading && info.kind !== 'dieu';
        titleUnit = cur;
        headingOpen = info.kind === 'dieu' && !untitled;
        prev = raw;
        return;
      }
      if (afterSentence && info.kind !== 'bullet' && info.kind !== 'tiet') {
        notes.push({ line, column: 1, severity: 'warning', message: { id: 'import.label-unplaced', args: { label: info.label.trim() } } });
      }
    }
    if (units > 0 && !closing && afterSentence && (RE_CLOSING.test(raw) || isCapsLine(raw))) closing = true;
    const joinable = gazette && !closing && cur !== undefined && cur.type !== 'title' && !(cur.unit && isHeadingKind(cur.unit.kind) && cur.text === '');
    // a quoted article's heading line ends the heading: what follows in capitals is its text
    // ("“Điều 48a. Chậm đóng bảo hiểm y tế ⏎ Chậm đóng bảo hiểm y tế là hành vi …")
    if (depth > 0 && cur?.type === 'para' && QUOTED_HEADING.test(cur.text) && !/^\p{Ll}/u.test(raw)) {
      open({ type: 'para', text: raw, line, quoted: true });
      prev = raw;
      return;
    }
    if (depth > 0 && !joinable) {
      open({ type: 'para', text: raw, line, quoted: true });
      prev = raw;
      return;
    }
    const newPara =
      !joinable ||
      (RE_TERMINAL.test(prev) && /^[\p{Lu}“"(]/u.test(raw) && (prev.length < width * 0.8 || (cur?.type === 'para' && units === 0)));
    if (!newPara && cur) {
      cur.text = cur.text ? `${cur.text} ${raw}` : raw;
    } else {
      open({ type: closing ? 'closing' : 'para', text: raw, line });
    }
    prev = raw;
  });

  return { blocks, footnotes, removals, notes, meta: header.meta, comments: header.comments };
}
