/**
 * Markdown writer. Paragraphs that came from the user's Markdown are written from their source
 * (never re-serialised), with their blank lines; generated paragraphs are written by style.
 * Revisions in CriticMarkup (`{++inserted++}`, `{--deleted--}`), or in the plain variant as
 * inline HTML, `<ins>…</ins>` and `<del>…</del>`, which every CommonMark renderer (GitHub's
 * included) shows and which, unlike `~~…~~` and `**…**`, has no flanking rules to fail on a mark
 * that starts at a comma inside a word run. Footnotes as `[^n]`. Markdown has no table of contents here: the
 * headings are the document's own.
 */
import { isRun, type ExportDoc, type Inline, type Paragraph, type Run, type Table } from '../doc.js';

export type MdMarks = 'critic' | 'plain';

export interface MarkdownOptions {
  marks?: MdMarks;
}

const STRUCTURE = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+)?/;

function escapeText(s: string): string {
  return s.replace(/([\\*_[\]`<])/g, '\\$1');
}

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

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * Emphasis with Markdown delimiters where CommonMark's flanking rules let them work, else as an
 * HTML tag: `**; nhân sự**` after a letter is not emphasis in CommonMark, `<strong>` always is.
 */
function emphasis(inner: string, before: string, after: string, delim: string, tag: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  const [, lead, core, trail] = m as unknown as [string, string, string, string];
  if (!core) return inner;
  const prev = lead ? ' ' : before;
  const next = trail ? ' ' : after;
  const first = core.charAt(0);
  const last = core.charAt(core.length - 1);
  const opens = !PUNCT.test(first) || prev === '' || SPACE.test(prev) || PUNCT.test(prev);
  const closes = !PUNCT.test(last) || next === '' || SPACE.test(next) || PUNCT.test(next);
  const wrapped = opens && closes ? `${delim}${core}${delim}` : `<${tag}>${core}</${tag}>`;
  return `${lead}${wrapped}${trail}`;
}

function inline(content: readonly Inline[], marks: MdMarks): string {
  // the characters next to a run: the nearest non-empty runs' edges
  const near = (from: number, step: 1 | -1): string => {
    for (let j = from; j >= 0 && j < content.length; j += step) {
      const y = content[j]!;
      if (isRun(y) && y.text) return step === 1 ? y.text.charAt(0) : y.text.charAt(y.text.length - 1);
    }
    return '';
  };
  return content
    .map((x, i) => {
      if (!isRun(x)) return `[^${x.note}]`;
      const before = near(i - 1, -1);
      const after = near(i + 1, 1);
      let t = escapeText(x.text);
      if (x.bold) t = emphasis(t, before, after, '**', 'strong');
      if (x.italic) t = emphasis(t, before, after, '*', 'em');
      if (x.strike) t = emphasis(t, before, after, '~~', 's');
      return revised(t, x.rev, marks);
    })
    .join('');
}

function generated(p: Paragraph, marks: MdMarks): string {
  const text = inline(p.content, marks);
  switch (p.style) {
    case 'title':
      return `# ${text}`;
    case 'division':
    case 'heading':
      return `## ${text}`;
    case 'article':
      return `### ${text}`;
    case 'subtitle':
      return `**${text}**`;
    default:
      return text;
  }
}

function table(t: Table, marks: MdMarks): string {
  const cell = (ps: readonly Paragraph[]): string => ps.map((p) => inline(p.content, marks)).join('<br>').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const head = `| ${t.columns.map((c) => c.title).join(' | ')} |`;
  const rule = `|${t.columns.map(() => '---').join('|')}|`;
  return [head, rule, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
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
    const text = b.t === 'table' ? table(b, marks) : generated(b, marks);
    out += (out === '' ? '' : '\n\n') + text;
    prevSource = false;
  }
  if (doc.notes.length > 0) {
    out += '\n\n';
    out += doc.notes.map((n) => `[^${n.id}]: ${inline(n.content, marks)}`).join('\n');
  }
  return `${out}\n`;
}
