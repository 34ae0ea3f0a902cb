/**
 * Blocks → the Markdown form of docs/format.md: front matter, `# title`, `## Chương …`,
 * `### Điều …`, one paragraph per unit with blank lines between, GFM tables, the closing blocks
 * after the body, footnote definitions at the end. A paragraph of text that would read as a
 * label (a wrapped "2." that does not fit, "- " in the Nơi nhận list) gets a backslash before
 * its label's punctuation, so that quyche reads back exactly the units import recovered.
 */
import { stringify } from 'yaml';
import type { DocumentMeta, UnitKind } from '../document/model.js';
import { PATTERN_RANK } from '../document/kinds.js';
import { matchLabel } from '../document/labels.js';
import type { Block, Footnote, OutlineNode, Recovered } from './model.js';
import { wording } from '../i18n/messages.js';

const HEADING_LEVEL: Partial<Record<UnitKind, string>> = { phan: '##', chuong: '##', muc: '###', 'tieu-muc': '###', dieu: '###' };

/** Escape what Markdown would read as a block (heading, quote, fence …) at a line start. */
function escapeSyntax(text: string): string {
  return /^(?:#{1,6}(?:\s|$)|>|\||```|~~~|<!--|---\s*$|\*\*\*\s*$|===)/u.test(text) ? `\\${text}` : text;
}

/** Escape what Markdown or quyche's label grammar would read as structure at a line start. */
function escapeLine(text: string): string {
  let t = escapeSyntax(text);
  for (let guard = 0; guard < 3; guard++) {
    const m = matchLabel(t.normalize('NFC'), false);
    if (!m) break;
    const label = t.slice(m.start, m.end);
    const p = label.search(/[.)\-–:•+*]/u);
    if (m.pattern === 'bullet' || m.pattern === 'bullet2') t = `${t.slice(0, m.start)}\\${t.slice(m.start)}`;
    else if (m.pattern === 'paren') t = `${t.slice(0, m.start)}\\${t.slice(m.start)}`;
    else if (p >= 0) t = `${t.slice(0, m.start + p)}\\${t.slice(m.start + p)}`;
    else t = `${t.slice(0, m.start)}&#${t.codePointAt(m.start)};${t.slice(m.start + 1)}`;
  }
  return t;
}

function unitLine(b: Block): string {
  const u = b.unit!;
  const label = u.label.trim();
  const level = HEADING_LEVEL[u.kind];
  if (level) {
    if (!u.heading) return `${level} ${label}`;
    const sep = /[.:\-–]$/u.test(label) || u.kind === 'dieu' ? ' ' : '. ';
    return `${level} ${label}${sep}${u.heading}`;
  }
  return b.text ? `${label} ${b.text}` : label;
}

function table(rows: string[][]): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const cell = (s: string): string => s.trim().replace(/\|/gu, '\\|').replace(/\s*\n\s*/gu, ' <br> ');
  const row = (r: string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(r[i] ?? '')).join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [row(head), `|${' --- |'.repeat(width)}`, ...rest.map(row)].join('\n');
}

function frontMatter(meta: DocumentMeta, comments: readonly string[]): string {
  const data: Record<string, unknown> = {};
  for (const k of ['number', 'type', 'title', 'issuer', 'date', 'status'] as const) if (meta[k] !== undefined) data[k] = meta[k];
  const yaml = Object.keys(data).length ? stringify(data, { lineWidth: 0 }) : '';
  return `---\n${yaml}${comments.map((c) => `# ${c}\n`).join('')}---\n`;
}

export function writeMarkdown(r: Recovered): string {
  const out: string[] = [frontMatter(r.meta, r.comments)];
  let closingMarked = false;
  for (const b of r.blocks) {
    switch (b.type) {
      case 'title':
        out.push(`# ${b.text}`);
        break;
      case 'unit':
        out.push(unitLine(b));
        // an article without a title whose text follows its label ("**Điều 1.** Ban hành …")
        if (b.unit && HEADING_LEVEL[b.unit.kind] && b.text) out.push(escapeLine(b.text));
        break;
      case 'para':
        out.push(escapeLine(b.text));
        break;
      case 'table':
        out.push(table(b.rows ?? []));
        break;
      case 'closing':
        if (!closingMarked) {
          out.push(wording('wording.import.closing'));
          closingMarked = true;
        }
        out.push(escapeLine(b.text));
        break;
    }
  }
  for (const f of r.footnotes) out.push(`[^${f.n}]: ${footnoteText(f)}`);
  return `${out.join('\n\n')}\n`;
}

function footnoteText(f: Footnote): string {
  return f.text.replace(/\s+/gu, ' ').trim();
}

/** A heading as plain text: footnote references and emphasis markers removed. */
function plainHeading(s: string): string {
  return s.replace(/\[\^\d+\]/gu, '').replace(/\*+/gu, '').replace(/\s+/gu, ' ').trim();
}


/** The tree of units the blocks make (the parser's rule: a label closes the units of its rank or below). */
export function outlineOf(blocks: readonly Block[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: Array<{ rank: number; node: OutlineNode; pattern: string }> = [];
  for (const b of blocks) {
    if (b.type !== 'unit' || !b.unit) continue;
    const u = b.unit;
    let rank = u.pattern === 'roman' ? PATTERN_RANK.bullet : PATTERN_RANK[u.pattern];
    while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
    const parent = stack[stack.length - 1];
    let kind = u.kind;
    if (u.pattern === 'letter' && parent?.pattern === 'decimal') kind = 'tiet';
    if (u.pattern === 'bullet2' && parent?.pattern !== 'bullet') rank = 9;
    const siblings = parent ? parent.node.children : roots;
    const number = kind === 'bullet' ? String(siblings.filter((s) => s.kind === 'bullet').length + 1) : u.number;
    const heading = u.heading ? plainHeading(u.heading) : '';
    const node: OutlineNode = { kind, label: u.label.trim(), number, ...(heading ? { heading } : {}), line: b.line, children: [] };
    siblings.push(node);
    stack.push({ rank, node, pattern: u.pattern });
  }
  return roots;
}
