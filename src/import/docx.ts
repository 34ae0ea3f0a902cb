/**
 * A Word file (.docx) → blocks, reading the OOXML directly (mammoth drops what matters here:
 * it prints automatic numbers as list items without their printed labels).
 *
 * - Automatic numbering: a paragraph numbered by `w:numPr` (or by its style's) carries its label
 *   only in word/numbering.xml: `w:lvlText` ("%1.", "%1)", "%1.%2."), `w:numFmt` (decimal,
 *   lowerLetter, upperRoman …), `w:start`, `w:lvlOverride/w:startOverride`; a level restarts when
 *   a shallower one advances. Letters follow the Vietnamese point alphabet without đ (a b c d e g
 *   h …: Word's automatic letters never give đ; f j w z are skipped) — đ exists only when typed.
 * - Runs: bold and italic kept as `**…**` / `*…*`; tabs and breaks as spaces.
 * - Footnotes (word/footnotes.xml) become Markdown footnotes, numbered in order of reference.
 * - Tables become GFM tables.
 * Headings are recognised from the text ("Chương I", "Điều 5.") by the shared reader; the
 * paragraph style's outline level only marks the title lines that follow a Chương label.
 */
import type { Block, Footnote, Recovered } from './model.js';
import { HEADING_MARK, readText, type TextOptions } from './text.js';
import { toRoman } from '../document/numbering.js';

interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text?: string;
}

const XML_ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : XML_ENT[e]!,
  );
}

/** A small XML reader: elements, attributes, text (enough for WordprocessingML). */
export function parseXml(xml: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  const re = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const top = stack[stack.length - 1]!;
    if (m[6] !== undefined || m[5] !== undefined) {
      top.children.push({ name: '#text', attrs: {}, children: [], text: m[5] ?? unescapeXml(m[6]!) });
      continue;
    }
    if (!m[2]) continue;
    if (m[1] === '/') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) attrs[a[1]!] = unescapeXml(a[2] ?? a[3] ?? '');
    const node: XNode = { name: m[2], attrs, children: [] };
    top.children.push(node);
    if (m[4] !== '/') stack.push(node);
  }
  return root;
}

const kids = (n: XNode | undefined, name: string): XNode[] => (n ? n.children.filter((c) => c.name === name) : []);
const kid = (n: XNode | undefined, name: string): XNode | undefined => n?.children.find((c) => c.name === name);
function find(n: XNode, name: string): XNode | undefined {
  for (const c of n.children) {
    if (c.name === name) return c;
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}
const val = (n: XNode | undefined): string | undefined => n?.attrs['w:val'];

interface Level {
  start: number;
  fmt: string;
  text: string;
}
interface Numbering {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

function readNumbering(xml: string | undefined): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  if (!xml) return { abstract, nums };
  const root = find(parseXml(xml), 'w:numbering');
  for (const a of kids(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of kids(a, 'w:lvl')) {
      levels.set(parseInt(l.attrs['w:ilvl'] ?? '0', 10), {
        start: parseInt(val(kid(l, 'w:start')) ?? '1', 10),
        fmt: val(kid(l, 'w:numFmt')) ?? 'decimal',
        text: val(kid(l, 'w:lvlText')) ?? '',
      });
    }
    abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const n of kids(root, 'w:num')) {
    const overrides = new Map<number, number>();
    for (const o of kids(n, 'w:lvlOverride')) {
      const s = val(kid(o, 'w:startOverride'));
      if (s !== undefined) overrides.set(parseInt(o.attrs['w:ilvl'] ?? '0', 10), parseInt(s, 10));
    }
    nums.set(n.attrs['w:numId'] ?? '', { abstractId: val(kid(n, 'w:abstractNumId')) ?? '', overrides });
  }
  return { abstract, nums };
}

/** Letters of a Vietnamese lettered list made by Word: the point alphabet without đ. */
const AUTO_LETTERS = ['a', 'b', 'c', 'd', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter': return AUTO_LETTERS[(n - 1) % AUTO_LETTERS.length]!.repeat(Math.floor((n - 1) / AUTO_LETTERS.length) + 1);
    case 'upperLetter': return formatNumber(n, 'lowerLetter').toUpperCase();
    case 'lowerRoman': return toRoman(n).toLowerCase();
    case 'upperRoman': return toRoman(n);
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'bullet': return '-';
    case 'none': return '';
    default: return String(n);
  }
}

interface StyleInfo {
  numId?: string;
  ilvl?: number;
  outline?: number;
  basedOn?: string;
}

function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  if (!xml) return out;
  for (const s of kids(find(parseXml(xml), 'w:styles'), 'w:style')) {
    const ppr = kid(s, 'w:pPr');
    const numPr = kid(ppr, 'w:numPr');
    const name = (val(kid(s, 'w:name')) ?? '').toLowerCase();
    const heading = /^heading (\d)$/u.exec(name);
    const info: StyleInfo = {};
    const numId = val(kid(numPr, 'w:numId'));
    if (numId) info.numId = numId;
    const ilvl = val(kid(numPr, 'w:ilvl'));
    if (ilvl) info.ilvl = parseInt(ilvl, 10);
    const ol = val(kid(ppr, 'w:outlineLvl'));
    if (ol !== undefined) info.outline = parseInt(ol, 10);
    else if (heading) info.outline = parseInt(heading[1]!, 10) - 1;
    else if (name === 'title') info.outline = 0;
    const based = val(kid(s, 'w:basedOn'));
    if (based) info.basedOn = based;
    out.set(s.attrs['w:styleId'] ?? '', info);
  }
  return out;
}

/** The inline Markdown of a paragraph's runs; footnote references through `ref`. */
function runsText(p: XNode, ref: (id: string) => string): string {
  let out = '';
  const visit = (n: XNode): void => {
    for (const c of n.children) {
      if (c.name === 'w:r') {
        const rpr = kid(c, 'w:rPr');
        const on = (x: XNode | undefined): boolean => !!x && x.attrs['w:val'] !== '0' && x.attrs['w:val'] !== 'false';
        const b = on(kid(rpr, 'w:b'));
        const i = on(kid(rpr, 'w:i'));
        let t = '';
        for (const r of c.children) {
          if (r.name === 'w:t') t += r.children.map((x) => x.text ?? '').join('');
          else if (r.name === 'w:tab' || r.name === 'w:br' || r.name === 'w:cr') t += ' ';
          else if (r.name === 'w:noBreakHyphen') t += '-';
          else if (r.name === 'w:footnoteReference') t += ref(r.attrs['w:id'] ?? '');
        }
        if (!t) continue;
        const m = /^(\s*)(.*?)(\s*)$/su.exec(t)!;
        const mark = b && i ? '***' : b ? '**' : i ? '*' : '';
        out += m[2] && mark ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : t;
      } else if (c.name === 'w:hyperlink' || c.name === 'w:ins' || c.name === 'w:smartTag' || c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:fldSimple') visit(c);
    }
  };
  visit(p);
  // adjacent runs with the same emphasis: "**a****b**" → "**ab**"
  return out.replace(/(\*{1,3})\1(?=\S)/gu, (m0, m1: string) => (m1.length === 3 ? '' : m0)).replace(/\*\*\*\*/gu, '').replace(/\s+/gu, ' ').trim();
}

const TABLE_MARK = '\u0000TABLE';

export async function readDocx(bytes: Uint8Array, opts: TextOptions): Promise<Recovered> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string | undefined> => zip.file(path)?.async('string');
  const documentXml = await read('word/document.xml');
  if (!documentXml) throw new Error('word/document.xml missing');
  const numbering = readNumbering(await read('word/numbering.xml'));
  const styles = readStyles(await read('word/styles.xml'));
  const footnoteXml = await read('word/footnotes.xml');
  const noteText = new Map<string, XNode>();
  if (footnoteXml) {
    for (const f of kids(find(parseXml(footnoteXml), 'w:footnotes'), 'w:footnote')) {
      const type = f.attrs['w:type'];
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      noteText.set(f.attrs['w:id'] ?? '', f);
    }
  }
  const footnotes: Footnote[] = [];
  const ids = new Map<string, number>();
  const ref = (id: string): string => {
    if (!opts.footnotes || !noteText.has(id)) return '';
    let n = ids.get(id);
    if (n === undefined) {
      n = ids.size + 1;
      ids.set(id, n);
      const body = kids(noteText.get(id), 'w:p').map((p) => runsText(p, () => '')).join(' ').trim();
      footnotes.push({ n, text: body, line: 0 });
    }
    return `[^${n}]`;
  };

  // counters per list instance and level
  const counters = new Map<string, number[]>();
  const label = (numId: string, ilvl: number): string | undefined => {
    const num = numbering.nums.get(numId);
    if (!num || numId === '0') return undefined;
    const levels = numbering.abstract.get(num.abstractId);
    const lvl = levels?.get(ilvl);
    if (!levels || !lvl) return undefined;
    let c = counters.get(numId);
    if (!c) {
      c = [];
      counters.set(numId, c);
    }
    const startOf = (l: number): number => num.overrides.get(l) ?? levels.get(l)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
    for (let d = ilvl + 1; d < 10; d++) c[d] = undefined as unknown as number;
    if (lvl.fmt === 'bullet') return '-';
    // a lettered level is a điểm: printed "a)" (Nghị định 30/2020, Phụ lục I), also where the
    // list was made with "a." (LibreOffice's <ol type="a">)
    const text = /letter/iu.test(lvl.fmt) ? lvl.text.replace(new RegExp(`%${ilvl + 1}\\.$`, 'u'), `%${ilvl + 1})`) : lvl.text;
    return text.replace(/%(\d)/gu, (_, k: string) => {
      const l = parseInt(k, 10) - 1;
      const v = c![l] ?? startOf(l);
      return formatNumber(v, levels.get(l)?.fmt ?? 'decimal');
    });
  };
  const styleNum = (styleId: string | undefined): { numId?: string; ilvl?: number } => {
    for (let s = styleId, guard = 0; s && guard < 10; guard++) {
      const st = styles.get(s);
      if (!st) break;
      if (st.numId) return { numId: st.numId, ilvl: st.ilvl ?? 0 };
      s = st.basedOn;
    }
    return {};
  };

  const headingStyle = (styleId: string | undefined): boolean => {
    for (let s = styleId, guard = 0; s && guard < 10; guard++) {
      const st = styles.get(s);
      if (!st) break;
      if (st.outline !== undefined && st.outline < 9) return true;
      s = st.basedOn;
    }
    return false;
  };
  const lines: string[] = [];
  const tables: string[][][] = [];
  const paragraph = (p: XNode): string => {
    const ppr = kid(p, 'w:pPr');
    const numPr = kid(ppr, 'w:numPr');
    const styleId = val(kid(ppr, 'w:pStyle'));
    let numId = val(kid(numPr, 'w:numId'));
    let ilvl = parseInt(val(kid(numPr, 'w:ilvl')) ?? '0', 10);
    if (!numId) {
      const s = styleNum(styleId);
      numId = s.numId;
      ilvl = s.ilvl ?? 0;
    }
    const text = runsText(p, ref);
    const printed = numId ? label(numId, ilvl) : undefined;
    const line = printed ? `${printed} ${text}`.trim() : text;
    // a paragraph in a heading style (outline level): marked for the reader, which takes it as
    // the title of the Chương/Mục before it, or as the document's title
    return line && headingStyle(styleId) ? `${HEADING_MARK}${line}` : line;
  };
  const body = find(parseXml(documentXml), 'w:body');
  for (const n of body?.children ?? []) {
    if (n.name === 'w:p') {
      const t = paragraph(n);
      if (t) lines.push(t);
    } else if (n.name === 'w:tbl') {
      const rows: string[][] = [];
      for (const tr of kids(n, 'w:tr')) {
        rows.push(kids(tr, 'w:tc').map((tc) => kids(tc, 'w:p').map(paragraph).filter(Boolean).join(' ')));
      }
      if (rows.length) {
        lines.push(`${TABLE_MARK}${tables.length}`);
        tables.push(rows);
      }
    }
  }
  const r = readText(lines.join('\n'), { ...opts, layout: 'paragraphs' });
  const blocks: Block[] = r.blocks.map((b) =>
    (b.type === 'para' || b.type === 'closing') && b.text.startsWith(TABLE_MARK)
      ? { type: 'table', text: '', rows: tables[parseInt(b.text.slice(TABLE_MARK.length), 10)] ?? [], line: b.line }
      : b,
  );
  return { ...r, blocks, footnotes: opts.footnotes ? footnotes : [] };
}
