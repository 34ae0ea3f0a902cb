/**
 * An HTML page (vbpl.vn / thuvienphapluat style) → blocks: the body only (scripts, styles,
 * navigation of <head> dropped), one paragraph per block element (p, div, h1–h6, li, br),
 * tables kept as GFM tables, <b>/<strong> and <i>/<em> kept as emphasis. The paragraphs then
 * go through the same reader as a text with one paragraph per line.
 */
import type { Block, Recovered } from './model.js';
import { readText, type TextOptions } from './text.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK = /^(?:p|div|h[1-6]|li|tr|br|section|article|blockquote|center|ul|ol|dd|dt|hr)$/u;
const TABLE_MARK = '\u0000TABLE';

interface Cell {
  text: string;
}

/** The paragraphs of the body as lines, tables as placeholders. */
function flatten(html: string): { lines: string[]; tables: string[][][] } {
  let h = html.replace(/<!--[\s\S]*?-->/gu, '');
  const body = /<body[^>]*>([\s\S]*?)(?:<\/body>|$)/iu.exec(h);
  if (body) h = body[1]!;
  h = h.replace(/<(script|style|noscript|head|nav|iframe|footer|header|aside|form|button|select)\b[^>]*>[\s\S]*?<\/\1>/giu, '');
  const lines: string[] = [];
  const tables: string[][][] = [];
  let cur = '';
  let table: string[][] | undefined;
  let row: string[] | undefined;
  let cell: Cell | undefined;
  let depth = 0; // nested tables are flattened into the outer cell
  const flush = (): void => {
    const t = decodeEntities(cur).replace(/[ \t\r\n\u00a0]+/gu, ' ').trim();
    if (cell) cell.text += (cell.text && t && !cell.text.endsWith('\n') ? ' ' : '') + t;
    else if (t) lines.push(t);
    cur = '';
  };
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+)|(<)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(h))) {
    if (m[4] !== undefined || m[5] !== undefined) {
      cur += m[4] ?? '<';
      continue;
    }
    const close = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'table') {
      if (!close) {
        depth++;
        if (depth === 1) {
          flush();
          table = [];
        }
      } else if (depth > 0) {
        depth--;
        if (depth === 0 && table) {
          flush();
          if (row) table.push(row);
          row = undefined;
          cell = undefined;
          if (table.length && lines.length < 6 && !lines.some((l) => /^(?:Điều|Chương|Phần)\s/u.test(l))) {
            // the header block laid out as a table (issuer | Quốc hiệu): its cells are header lines
            const cols = Math.max(...table.map((r) => r.length));
            for (let c = 0; c < cols; c++) for (const r of table) for (const l of (r[c] ?? '').split('\n')) if (l.trim()) lines.push(l.trim());
          } else if (table.length) {
            lines.push(`${TABLE_MARK}${tables.length}`);
            tables.push(table);
          }
          table = undefined;
        }
      }
      continue;
    }
    if (table && depth === 1) {
      if (tag === 'tr' && !close) {
        flush();
        if (row) table.push(row);
        row = [];
        continue;
      }
      if ((tag === 'td' || tag === 'th') && !close) {
        flush();
        row ??= [];
        cell = { text: '' };
        row.push('');
        continue;
      }
      if ((tag === 'td' || tag === 'th') && close) {
        flush();
        if (row && cell) row[row.length - 1] = cell.text.replace(/\*\*\s*\*\*/gu, '').replace(/^\*\*([^*]*)\*\*$/su, '$1');
        cell = undefined;
        continue;
      }
      if (tag === 'tr' && close) {
        flush();
        if (row) table.push(row);
        row = undefined;
        continue;
      }
    }
    if (tag === 'br' && cell) {
      flush();
      cell.text += '\n';
      continue;
    }
    if (tag === 'b' || tag === 'strong') cur += '**';
    else if (tag === 'i' || tag === 'em') cur += '*';
    else if (BLOCK.test(tag)) {
      if (cell) {
        cur += ' ';
        if (row && cell) row[row.length - 1] = cell.text;
      } else flush();
    }
  }
  flush();
  return { lines: lines.map((l) => l.replace(/\*\*\s*\*\*/gu, '').replace(/^\*\*(.*)\*\*$/u, (x, inner: string) => (/\*\*/u.test(inner) ? x : inner))), tables };
}

export function readHtml(html: string, opts: TextOptions): Recovered {
  const { lines, tables } = flatten(html);
  const r = readText(lines.join('\n'), { ...opts, layout: 'paragraphs' });
  const blocks: Block[] = r.blocks.map((b) => {
    if ((b.type === 'para' || b.type === 'closing') && b.text.startsWith(TABLE_MARK)) {
      return { type: 'table', text: '', rows: tables[parseInt(b.text.slice(TABLE_MARK.length), 10)] ?? [], line: b.line };
    }
    return b;
  });
  return { ...r, blocks };
}
