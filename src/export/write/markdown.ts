/**
 * Markdown writer. Paragraphs that came from the user's Markdown are written from their source
 * (never re-serialised), with their blank lines; generated paragraphs are written by style.
 * Revisions in CriticMarkup (`{++inserted++}`, `{--deleted--}`), or in the plain variant as
 * inline HTML, `<ins>…</ins>` and `<del>…</del>`, which every CommonMark renderer (GitHub's
 * included) shows and which, unlike `~~…~~` and `**…**`, has no flanking rules to fail on a mark
 * that starts at a comma inside a word run. Footnotes as `[^n]`. Markdown has no table of contents here: the
 * headings are the document's own.
 */
import type { PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown';
import { isRun, type ExportDoc, type Inline, type Paragraph, type Run, type Table } from '../doc.js';

export type MdMarks = 'critic' | 'plain';

export interface MarkdownOptions {
  marks?: MdMarks;
}

const STRUCTURE = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+)?/;

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

function revised(text: string, rev: Run['rev'], marks: MdMarks): string {
  if (!rev) return text;
  if (marks === 'critic') return rev === 'ins' ? `{++${text}++}` : `{--${text}--}`;
  return rev === 'ins' ? `<ins>${text}</ins>` : `<del>${text}</del>`;
}

/** A source line: its structure (indentation, `>`, `#`) outside any mark. */
function sourceLine(runs: readonly Run[], marks: MdMarks): string {
  const joined = runs.map((r) => r.text).join('');
  let keep = STRUCTURE.exec(joined)![0].length;
  let out = '';
  for (const r of runs) {
    let text = r.text;
    if (keep > 0) {
      const take = Math.min(keep, text.length);
      out += text.slice(0, take);
      text = text.slice(take);
      keep -= take;
    }
    if (text) out += revised(text, r.rev, marks);
  }
  return out;
}

/** Does a delimiter run work as emphasis between these characters (CommonMark's flanking rules)? */
function flanks(core: string, prev: string, next: string): boolean {
  const first = core.charAt(0);
  const last = core.charAt(core.length - 1);
  const opens = !PUNCT.test(first) || prev === '' || SPACE.test(prev) || PUNCT.test(prev);
  const closes = !PUNCT.test(last) || next === '' || SPACE.test(next) || PUNCT.test(next);
  return opens && closes;
}

/** A styled run as mdast: Markdown delimiters where they flank, else HTML tags (`<strong>` always works). */
function styledNode(r: Run, core: string, prev: string, next: string): PhrasingContent[] {
  let nodes: PhrasingContent[] = [{ type: 'text', value: core }];
  const wrap = (type: 'strong' | 'emphasis' | 'delete', tag: string): void => {
    nodes = flanks(core, prev, next) ? [{ type, children: nodes }] : [{ type: 'html', value: `<${tag}>` }, ...nodes, { type: 'html', value: `</${tag}>` }];
  };
  if (r.strike) wrap('delete', 's');
  if (r.italic) wrap('emphasis', 'em');
  if (r.bold) wrap('strong', 'strong');
  return nodes;
}

/** Inline content as mdast phrasing: runs of one style merged, revisions as raw marks. */
function phrasing(content: readonly Inline[], marks: MdMarks): PhrasingContent[] {
  // merge neighbouring runs of one revision and style
  const items: Array<Run | { note: number }> = [];
  for (const x of content) {
    const last = items[items.length - 1];
    if (isRun(x) && last && isRun(last) && last.rev === x.rev && !!last.bold === !!x.bold && !!last.italic === !!x.italic && !!last.strike === !!x.strike) {
      items[items.length - 1] = { ...last, text: last.text + x.text };
    } else items.push(isRun(x) ? { ...x } : x);
  }
  const edge = (from: number, step: 1 | -1): string => {
    for (let j = from; j >= 0 && j < items.length; j += step) {
      const y = items[j]!;
      if (isRun(y) && y.text) return step === 1 ? y.text.charAt(0) : y.text.charAt(y.text.length - 1);
    }
    return '';
  };
  const out: PhrasingContent[] = [];
  let openRev: Run['rev'];
  const mark = (rev: 'ins' | 'del', close: boolean): PhrasingContent => {
    const m = marks === 'critic' ? (rev === 'ins' ? ['{++', '++}'] : ['{--', '--}']) : rev === 'ins' ? ['<ins>', '</ins>'] : ['<del>', '</del>'];
    return { type: 'html', value: close ? m[1]! : m[0]! };
  };
  items.forEach((x, i) => {
    const rev = isRun(x) ? x.rev : undefined;
    if (openRev && openRev !== rev) {
      out.push(mark(openRev, true));
      openRev = undefined;
    }
    if (!isRun(x)) {
      out.push({ type: 'footnoteReference', identifier: String(x.note), label: String(x.note) });
      return;
    }
    if (rev && !openRev) {
      out.push(mark(rev, false));
      openRev = rev;
    }
    if (!x.bold && !x.italic && !x.strike) {
      if (x.text) out.push({ type: 'text', value: x.text });
      return;
    }
    // emphasis never starts or ends on a space: the spaces stay outside it
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(x.text)!;
    const [lead, core, trail] = [m[1]!, m[2]!, m[3]!];
    if (lead) out.push({ type: 'text', value: lead });
    if (core) out.push(...styledNode(x, core, lead ? ' ' : edge(i - 1, -1), trail ? ' ' : edge(i + 1, 1)));
    if (trail) out.push({ type: 'text', value: trail });
  });
  if (openRev) out.push(mark(openRev, true));
  return out;
}

function generated(p: Paragraph, marks: MdMarks): RootContent {
  const children = phrasing(p.content, marks);
  switch (p.style) {
    case 'title':
      return { type: 'heading', depth: 1, children };
    case 'division':
    case 'heading':
      return { type: 'heading', depth: 2, children };
    case 'article':
      return { type: 'heading', depth: 3, children };
    case 'subtitle':
      return { type: 'paragraph', children: [{ type: 'strong', children }] };
    default:
      return { type: 'paragraph', children };
  }
}

function table(t: Table, marks: MdMarks): RootContent {
  const cell = (ps: readonly Paragraph[]): TableCell => ({
    type: 'tableCell',
    children: ps.flatMap((p, i) => [...(i > 0 ? [{ type: 'html', value: '<br>' } as PhrasingContent] : []), ...phrasing(p.content, marks)]),
  });
  const head: TableRow = { type: 'tableRow', children: t.columns.map((c) => ({ type: 'tableCell', children: [{ type: 'text', value: c.title }] })) };
  return { type: 'table', children: [head, ...t.rows.map((r): TableRow => ({ type: 'tableRow', children: r.map(cell) }))] };
}

/** New Markdown that quyche writes itself: built as mdast, written by mdast-util-to-markdown (remark-stringify's writer) with GFM. */
function stringify(nodes: RootContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  const md = mdastToMarkdown(root, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one', fences: true });
  // a paragraph that opens with a printed label ("1. Thay cụm từ …") keeps it as printed: the
  // label is the unit's, and quyche reads it back as one (an escaped "1\\." it would not)
  return md.replace(/\n$/, '').replace(/^(\d{1,3}[a-zđ]?)\\\.(?= )/gmu, '$1.');
}

export function toMarkdown(doc: ExportDoc, opts: MarkdownOptions = {}): string {
  const marks = opts.marks ?? 'critic';
  let out = '';
  let prevSource = false;
  for (const b of doc.blocks) {
    if (b.t === 'toc') continue;
    if ((b.t === 'p' || b.t === 'table') && b.md) {
      const sep = out === '' ? '' : prevSource ? '\n'.repeat(1 + b.md.blankBefore) : '\n\n';
      out += sep + sourceLine(b.md.runs, marks);
      prevSource = true;
      continue;
    }
    // a frame (the formal parts side by side) has no columns in Markdown: its cells one after the other
    const text = b.t === 'table' && b.layout === 'frame' ? b.rows.flatMap((r) => r.flat()).map((p) => stringify([generated(p, marks)])).join('\n\n') : stringify([b.t === 'table' ? table(b, marks) : generated(b, marks)]);
    out += (out === '' ? '' : '\n\n') + text;
    prevSource = false;
  }
  if (doc.notes.length > 0) {
    out += '\n\n';
    out += doc.notes.map((n) => stringify([{ type: 'footnoteDefinition', identifier: String(n.id), label: String(n.id), children: [{ type: 'paragraph', children: phrasing(n.content, marks) }] }])).join('\n');
  }
  return `${out}\n`;
}
