/**
 * The amending document as a stream of paragraphs, whatever it came as: the blocks `quyche
 * import` recovers from a gazette text, a Word file or an HTML page, or the paragraphs of a
 * Markdown file. Each paragraph keeps its label (an instruction's "1.", "a)"), its source line,
 * and its text as inline Markdown. Quotation is decided later, by the compiler, from the quote
 * marks themselves.
 */
import type { UnitKind } from '../../document/model.js';
import type { Block } from '../model.js';
import { labelOf } from '../sequence.js';

export interface Paragraph {
  /** 1-based source line */
  line: number;
  /** the label that starts it, outside quotations: an article, a khoản, a điểm */
  label?: { kind: UnitKind; number: string; text: string };
  /** an article's heading */
  heading?: string;
  /** the whole paragraph as inline Markdown, its label included ("1. Bổ sung khoản 9 …") */
  text: string;
}

/** The paragraphs of import's blocks (title and tables left out: an instruction is prose). */
export function paragraphsOfBlocks(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.type === 'unit' && b.unit) {
      const u = b.unit;
      if (u.kind === 'dieu' || u.kind === 'chuong' || u.kind === 'muc' || u.kind === 'phan' || u.kind === 'tieu-muc') {
        const heading = u.heading ?? '';
        out.push({ line: b.line, label: { kind: u.kind, number: u.number, text: u.label.trim() }, heading, text: `${u.label.trim()} ${heading}`.trim() });
        if (b.text) out.push({ line: b.line, text: b.text });
      } else out.push({ line: b.line, label: { kind: u.kind, number: u.number, text: u.label.trim() }, text: `${u.label.trim()} ${b.text}`.trim() });
    } else if (b.type === 'para' || b.type === 'closing') out.push({ line: b.line, text: b.text });
  }
  return out;
}

/** Undo the escape quyche's writer puts before a label that is text ("4\." → "4."). */
function unescapeLabel(s: string): string {
  return s
    .replace(/^(“?(?:Điều|Chương|Mục|Phần)\s+[\p{L}\d]+)\\\./u, '$1.')
    .replace(/^(“?)(\d+[a-zđ]?)\\([.)])/u, '$1$2$3').replace(/^(“?)([a-zđ]\d?)\\\)/u, '$1$2)').replace(/^\\([-+*])/u, '$1');
}

/**
 * The paragraphs of a Markdown amending document (the form `quyche import` writes): front matter
 * skipped, one paragraph per blank-line-separated block, ATX heading marks removed.
 */
export function paragraphsOfMarkdown(text: string): Paragraph[] {
  const lines = text.split(/\r?\n/u);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i]!.trim() !== '---') i++;
    i++;
  }
  const out: Paragraph[] = [];
  let start = -1;
  let buf: string[] = [];
  const flush = (): void => {
    if (buf.length === 0) return;
    let t = buf.join(' ').replace(/\s+/gu, ' ').trim();
    const heading = /^#{1,6}\s+/u.exec(t);
    if (heading) t = t.slice(heading[0].length);
    const unescaped = unescapeLabel(t);
    // an escaped label is text (a wrapped line, a quoted unit): only a bare one is a label
    const l = unescaped === t ? labelOf(t, !!heading) : undefined;
    t = unescaped;
    if (!/^<!--.*-->$/u.test(t)) {
      const p: Paragraph = { line: start + 1, text: t };
      if (l && !t.startsWith('“')) {
        p.label = { kind: l.kind, number: l.number, text: l.label.trim() };
        if (l.kind === 'dieu' || l.kind === 'chuong') p.heading = l.rest.trim();
      }
      out.push(p);
    }
    buf = [];
  };
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '') {
      flush();
      continue;
    }
    if (buf.length === 0) start = i;
    buf.push(l.trim());
  }
  flush();
  return out;
}
