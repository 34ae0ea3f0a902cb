/**
 * The amendment compiler: an amending document (Luật sửa đổi, bổ sung …, a Nghị định, a Party
 * Quyết định) → a quyche patch. Each instruction of the articles that amend the target document
 * becomes one or more changes, with `source` (the instruction's own place: "điểm a khoản 35 Điều
 * 1") and `reason` (its lead-in); the header comes from the document's header block, and
 * `effective` from its article on hiệu lực. An instruction outside the grammar is a note at its
 * line with its text, never a guess; articles and items that amend another document are skipped
 * and counted.
 *
 * Pure: paragraphs in (paragraphs.ts), a patch object and notes out (yaml.ts writes the file).
 */
import { DOCUMENT_TYPES, expandPaths, scanCitations, type PathSegment } from '../../citation/parse.js';
import { numberKey } from '../../citation/docnumber.js';
import { styleOf, type CitationStyle } from '../../citation/format.js';
import { KIND_RANK } from '../../document/kinds.js';
import type { DocumentMeta } from '../../document/model.js';
import type { Message } from '../../diagnostics/diagnostic.js';
import type { ArgsOf } from '../../i18n/messages.js';
import { lowerFirst, slug } from '../../text/normalize.js';
import { parseDate } from '../../util/dates.js';
import { labelOf } from '../sequence.js';
import { isAmendingVerb, readLeadIn, type LeadIn } from './grammar.js';
import { complete, locate, pathText } from './locators.js';
import type { Paragraph } from './paragraphs.js';

export type CompiledChange = Record<string, unknown> & { op: string; id: string; source: string; reason: string };

export interface CompiledPatch {
  quyche: 1;
  id: string;
  title?: string;
  amends: string;
  number?: string;
  type?: string;
  issuer?: string;
  date?: string;
  effective?: string;
  changes: CompiledChange[];
}

export interface CompileNote {
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: Message;
}

export interface CompileSummary {
  /** instructions compiled, and the changes they became */
  compiled: number;
  changes: number;
  /** instructions outside the grammar (each a note) */
  refused: number;
  /** instructions that amend another document */
  skipped: number;
}

export interface CompileResult {
  patch: CompiledPatch;
  notes: CompileNote[];
  summary: CompileSummary;
}

export interface CompileOptions {
  /** the number of the amended document; found in the text when absent */
  amends?: string;
  /** the patch id; from the amending document's number when absent */
  id?: string;
  /** the Markdown mark of an article heading in the amended document ("###") */
  articleMark?: string;
}

const TYPES = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length);
const TYPE_RE = TYPES.map((t) => t.replace(/\s+/gu, '\\s+')).join('|');
const NUMBER_RE = String.raw`\d+[\w/.-]*\/[\p{L}\p{N}/.-]*[\p{L}\p{N}]`;

/** A paragraph with its quote depth decided. */
interface Read extends Paragraph {
  /** inside a quotation: new text, not an instruction */
  quoted: boolean;
}

function quoteBalance(s: string): number {
  let d = 0;
  for (const ch of s) {
    if (ch === '“') d++;
    else if (ch === '”') d--;
  }
  return d;
}

/**
 * Decide which paragraphs are quoted text: a paragraph opening with “ after a lead-in ending in
 * ":" opens a quotation, which runs until its quote marks balance.
 */
function markQuotes(paras: readonly Paragraph[], notes: CompileNote[]): Read[] {
  const out: Read[] = [];
  let depth = 0;
  let opened = -1;
  for (const p of paras) {
    if (depth > 0) {
      out.push({ ...p, quoted: true });
      depth += quoteBalance(p.text);
      if (depth <= 0) depth = 0;
      continue;
    }
    const prev = out[out.length - 1];
    if (p.text.startsWith('“') && prev && !prev.quoted && /:\s*$/u.test(prev.text)) {
      out.push({ ...p, quoted: true, label: undefined });
      opened = p.line;
      depth = quoteBalance(p.text);
      if (depth < 0) depth = 0;
      continue;
    }
    out.push({ ...p, quoted: false });
  }
  if (depth > 0) notes.push({ line: opened, column: 1, severity: 'error', message: { id: 'amendment.unclosed-quote', args: {} } });
  return out;
}

/** The quoted text of an instruction, its outer quote marks and closing punctuation removed. */
function quotedText(paras: readonly Read[]): string[] {
  const texts = paras.map((p) => p.text);
  if (texts.length === 0) return texts;
  texts[0] = texts[0]!.replace(/^“/u, '');
  const last = texts.length - 1;
  texts[last] = texts[last]!.replace(/”\s*[.;,]?\s*$/u, '');
  return texts.map((t) => t.trim());
}

/** Split quoted paragraphs into the units an instruction names, by their labels. */
function splitUnits(texts: readonly string[], paths: readonly PathSegment[][]): string[][] | undefined {
  const out: string[][] = [];
  let k = -1;
  for (const t of texts) {
    const next = paths[k + 1];
    const want = next?.[next.length - 1];
    const l = labelOf(t.normalize('NFC'), true);
    const fits = want && l && l.kind === want.level && l.number === want.number;
    if (fits) {
      k++;
      out.push([t]);
    } else if (k < 0) return undefined;
    else out[k]!.push(t);
  }
  return out.length === paths.length ? out : undefined;
}

/** The Markdown of a new or replaced unit: paragraphs separated by blank lines, an article as a heading. */
function unitMarkdown(lines: readonly string[], level: string, articleMark: string): string {
  const [first = '', ...rest] = lines;
  const head = level === 'dieu' ? `${articleMark} ${first}` : level === 'chuong' ? `## ${first}` : first;
  return `${[head, ...rest].join('\n\n')}\n`;
}

interface Frame {
  rank: number;
  /** the instruction's place in the amending document, largest first: [Điều 1, khoản 3] */
  path: Array<{ word: string; number: string }>;
  /** places its items are relative to */
  context: PathSegment[];
  /** does this part amend the target document: yes, no (another document), or not said */
  target?: boolean;
  /** inside an article of instructions */
  amending: boolean;
}

const SOURCE_WORD: Record<string, string> = { dieu: 'Điều', khoan: 'khoản', diem: 'điểm', tiet: 'tiết', bullet: 'gạch đầu dòng' };

function sourceOf(path: Frame['path'], style: CitationStyle): string {
  const parts = [...path].reverse().map((s) => `${s.word} ${s.number}`);
  return style === 'party' ? parts.map((p) => p.charAt(0).toLocaleUpperCase('vi') + p.slice(1)).join(', ') : parts.join(' ');
}

function idOf(path: Frame['path']): string {
  return path.map((s) => s.number).join('.');
}

/** The name a document goes by before "số {number}" ("Luật Bảo hiểm y tế số 25/2008/QH12"). */
function nameBefore(text: string, number: string): string | undefined {
  const key = numberKey(number);
  const re = new RegExp(String.raw`(?:${TYPE_RE})\s[^;:.]*?\s+số\s+(${NUMBER_RE})`, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (numberKey(m[1]!) !== key) continue;
    const before = m[0].slice(0, m[0].lastIndexOf(' số ')).trim();
    // the last document type word starts the name: "… của Luật Bảo hiểm y tế"
    const t = new RegExp(String.raw`(?:${TYPE_RE})(?![\p{L}])`, 'gu');
    let start = 0;
    for (let n = t.exec(before); n; n = t.exec(before)) start = n.index;
    const name = before.slice(start).trim();
    // a bare type ("Nghị định số 30/2020/NĐ-CP") is no name: the number alone identifies it
    return TYPES.some((t) => t.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi')) ? undefined : name;
  }
  return undefined;
}

/** The number cited after a document name in a text ("… của Luật Bảo hiểm xã hội số 41/2024/QH15"). */
function numbersIn(text: string): string[] {
  const re = new RegExp(String.raw`(?:số|Số:?)\s+(${NUMBER_RE})`, 'gu');
  return [...text.matchAll(re)].map((m) => m[1]!);
}


export function compileAmendment(paras: readonly Paragraph[], meta: DocumentMeta, options: CompileOptions = {}): CompileResult {
  const notes: CompileNote[] = [];
  const read = markQuotes(paras, notes);
  const whole = read.filter((p) => !p.quoted).map((p) => p.text).join('\n');
  const title = meta.title ? titleOf(meta, whole) : undefined;

  // the amended document: its number, and the name the text calls it by
  let amends = options.amends;
  if (!amends) {
    // the title says what is amended: "… sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP",
    // or names it ("… của Luật Bảo hiểm y tế") and the text gives its number ("Luật Bảo hiểm y tế số 25/2008/QH12")
    const named = /(?:sửa\s+đổi|bổ\s+sung|bãi\s+bỏ)[^]*?\s(?:của|tại)\s+([^]+?)$/iu.exec(title ?? '')?.[1]?.trim();
    const cited = named ? numbersIn(named)[0] : undefined;
    if (cited) amends = cited;
    else if (named) amends = new RegExp(String.raw`${escapeRe(named)}\s+số\s+(${NUMBER_RE})`, 'iu').exec(whole)?.[1];
    if (!amends) {
      const heading = read.find((p) => !p.quoted && p.label?.kind === 'dieu' && isAmendingVerb(p.heading ?? ''));
      amends = heading ? numbersIn(heading.heading ?? '')[0] : undefined;
    }
  }
  const targetName = amends ? nameBefore(whole, amends) : undefined;
  if (!amends) {
    notes.push({ line: paras[0]?.line ?? 1, column: 1, severity: 'error', message: { id: 'amendment.no-amends', args: {} } });
    amends = '';
  }
  const isTarget = (text: string): boolean | undefined => {
    const nums = numbersIn(text);
    if (nums.length) return nums.some((n) => numberKey(n) === numberKey(amends!));
    if (targetName && text.toLocaleLowerCase('vi').includes(targetName.toLocaleLowerCase('vi'))) return true;
    if (new RegExp(String.raw`(?:của|tại)\s+(?:${TYPE_RE})\s+\p{Lu}`, 'u').test(text)) return false;
    return undefined;
  };

  const changes: CompiledChange[] = [];
  const sourcePaths = new Map<CompiledChange, Frame['path']>();
  const summary: CompileSummary = { compiled: 0, changes: 0, refused: 0, skipped: 0 };
  const stack: Frame[] = [];
  const articleMark = options.articleMark ?? '###';
  // the amending document's places in its own style; the amended document's in its style
  const ownStyle = styleOf(meta);
  const targetStyle = styleOf({ number: amends });

  const refuse = (p: Paragraph, r: Refusal): void => {
    summary.refused++;
    const text = p.text.length > 160 ? `${p.text.slice(0, 157)}…` : p.text;
    notes.push({ line: p.line, column: 1, severity: 'error', message: { id: r.error, args: { text, ...r.args } } as Message });
  };

  for (let i = 0; i < read.length; i++) {
    const p = read[i]!;
    if (p.quoted) continue;
    const quote: Read[] = [];
    for (let j = i + 1; j < read.length && read[j]!.quoted; j++) quote.push(read[j]!);

    let frame: Frame;
    let leadText: string;
    if (p.label && (p.label.kind === 'dieu' || p.label.kind === 'khoan' || p.label.kind === 'diem' || p.label.kind === 'tiet')) {
      const rank = KIND_RANK[p.label.kind];
      while (stack.length && stack[stack.length - 1]!.rank >= rank) stack.pop();
      const parent = stack[stack.length - 1];
      if (p.label.kind !== 'dieu' && !parent) continue; // a khoản of the preamble: not an instruction
      leadText = p.label.kind === 'dieu' ? (p.heading ?? '') : p.text.slice(p.label.text.length).trim();
      frame = {
        rank,
        path: [...(parent?.path ?? []), { word: SOURCE_WORD[p.label.kind]!, number: p.label.number }],
        context: parent?.context ?? [],
        target: parent?.target,
        amending: parent?.amending ?? false,
      };
      stack.push(frame);
      if (p.label.kind === 'dieu') {
        frame.amending = isAmendingVerb(leadText);
        if (!frame.amending) continue;
        frame.target = isTarget(leadText);
        if (quote.length === 0) continue;
      }
    } else {
      // an unlabelled paragraph: an instruction of the innermost open unit ("Điều 2. … ⏎ Bãi bỏ khoản 2 Điều 32 …")
      const parent = stack[stack.length - 1];
      if (!parent || !parent.amending || !isAmendingVerb(p.text)) continue;
      frame = { ...parent };
      leadText = p.text;
    }
    if (!frame.amending) continue;

    const lead = readLeadIn(leadText);
    const own = isTarget(leadText.replace(/“[^”]*”/gu, ''));
    const target = own ?? frame.target;
    if (!lead) {
      if (target === false) summary.skipped++;
      else if (isAmendingVerb(leadText)) refuse(p, { error: 'amendment.refused' });
      continue;
    }
    if (lead.kind === 'container') {
      // its items are relative to its places; the document it names decides for them
      if (own !== undefined) frame.target = own;
      if (lead.places) {
        const loc = locate(lead.places, frame.context);
        if (loc && loc.paths.length === 1) frame.context = loc.paths[0]!;
      }
      continue;
    }
    if (target === false) {
      summary.skipped++;
      continue;
    }
    const source = sourceOf(frame.path, ownStyle);
    const reason = oneLine(leadText);
    const made = compileOne(lead, frame.context, quote, articleMark, targetStyle);
    if ('error' in made) {
      refuse(p, made);
      continue;
    }
    summary.compiled++;
    const base = idOf(frame.path) || String(changes.length + 1);
    made.changes.forEach((c, k) => {
      const change = { id: made.changes.length > 1 ? `${base}-${k + 1}` : base, ...c, source, reason } as CompiledChange;
      changes.push(change);
      sourcePaths.set(change, frame.path);
    });
  }
  summary.changes = changes.length;
  const date = dateOf(meta, whole);
  const effective = effectiveOf(read, notes);
  // provisions the hiệu lực article dates apart ("Quy định liên quan đến … tại các khoản 3, 16 …
  // Điều 1 của Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025."): the changes keep the
  // document's date and carry the sentence as `effective_part`, which the consolidation's footnote
  // adds, as VBHN 22 does ("… có hiệu lực kể từ ngày 01 tháng 7 năm 2025. Quy định liên quan đến …
  // có hiệu lực kể từ ngày 01 tháng 01 năm 2025 theo quy định tại khoản 2 Điều 3 của …")
  let datedAny = false;
  for (const d of datedProvisions(read, ownStyle)) {
    const dated = changes.filter((c) => d.paths.some((path) => within(sourcePaths.get(c) ?? [], path)));
    if (dated.length === 0) continue;
    for (const c of dated) c.effective_part = { date: d.date, scope: d.scope, source: d.source };
    datedAny = true;
    notes.push({ line: d.line, column: 1, severity: 'warning', message: { id: 'amendment.effective-dated', args: { date: d.date, count: dated.length, ids: dated.map((c) => c.id).join(', '), text: d.text } } });
  }

  // the exceptions of the hiệu lực sentence are said by the dated provisions when there are some
  if (datedAny) notes.splice(0, notes.length, ...notes.filter((n) => n.message.id !== 'amendment.effective-exceptions'));
  const patch: CompiledPatch = {
    quyche: 1,
    id: options.id ?? (meta.number ? slug(meta.number) : 'amendment'),
    ...(title ? { title } : {}),
    amends,
    ...(meta.number ? { number: meta.number } : {}),
    ...(meta.type ? { type: meta.type } : {}),
    ...(meta.issuer ? { issuer: issuerOf(meta.issuer, whole) } : {}),
    ...(date ? { date } : {}),
    ...(effective ? { effective } : {}),
    changes,
  };
  return { patch, notes, summary };
}

function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
}

/** The title as the text writes it: the header's capitals restored to the body's case. */
function titleOf(meta: DocumentMeta, text: string): string {
  const raw = meta.title!.replace(/\s+/gu, ' ').trim();
  const type = meta.type ?? '';
  const bare = raw.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi') + ' ') ? raw.slice(type.length + 1) : raw;
  const m = new RegExp(escapeRe(bare), 'iu').exec(text);
  const cased = m ? m[0].replace(/\s+/gu, ' ') : raw === raw.toLocaleUpperCase('vi') ? lowerFirst(raw.toLocaleLowerCase('vi')) : raw;
  return type ? `${type} ${lowerFirst(cased)}` : cased;
}

function issuerOf(issuer: string, text: string): string {
  if (issuer !== issuer.toLocaleUpperCase('vi')) return issuer;
  const m = new RegExp(String.raw`(?<![\p{L}])${escapeRe(issuer)}(?![\p{L}])`, 'iu').exec(text.replace(/^.*$/mu, ''));
  return m && m[0] !== m[0].toLocaleUpperCase('vi') ? m[0] : issuer;
}

const DATE_WORDS = String.raw`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;

function dateOf(meta: DocumentMeta, text: string): string | undefined {
  if (meta.date) return meta.date;
  // a law: the day the Quốc hội passed it ("… thông qua ngày 27 tháng 11 năm 2024")
  const m = new RegExp(String.raw`thông\s+qua\s+${DATE_WORDS}`, 'iu').exec(text) ?? new RegExp(String.raw`^[\p{L} .]+,\s+${DATE_WORDS}`, 'mu').exec(text);
  return m ? parseDate(`${m[1]}/${m[2]}/${m[3]}`) : undefined;
}

/** "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025, trừ …": the default effective date. */
function effectiveOf(read: readonly Read[], notes: CompileNote[]): string | undefined {
  const re = new RegExp(String.raw`(?:có\s+hiệu\s+lực|có\s+hiệu\s+lực\s+thi\s+hành)\s+(?:kể\s+)?từ\s+${DATE_WORDS}`, 'iu');
  for (const p of read) {
    if (p.quoted) continue;
    if (!/^(?:Điều\s+\d+[a-zđ]*\.\s+)?(?:\d+\.\s+)?(?:Luật|Nghị định|Quy chế|Quy định|Quyết định|Thông tư|Nghị quyết|Văn bản)\s+này\s+có\s+hiệu\s+lực/iu.test(p.text)) continue;
    const m = re.exec(p.text);
    if (!m) continue;
    if (/(?<![\p{L}])trừ(?![\p{L}])/iu.test(p.text)) notes.push({ line: p.line, column: 1, severity: 'warning', message: { id: 'amendment.effective-exceptions', args: { text: p.text } } });
    return parseDate(`${m[1]}/${m[2]}/${m[3]}`);
  }
  return undefined;
}

const LEVEL_OF_WORD: Record<string, string> = { Điều: 'dieu', khoản: 'khoan', điểm: 'diem', tiết: 'tiet' };

/** Is the instruction at `path` (largest first) the cited provision or inside it? */
function within(path: Frame['path'], cited: readonly PathSegment[]): boolean {
  if (cited.length > path.length) return false;
  return cited.every((c, i) => LEVEL_OF_WORD[path[i]!.word] === c.level && path[i]!.number === c.number);
}

/**
 * The provisions of the amending document itself that a sentence of its hiệu lực article dates
 * apart: "{scope} tại {provisions} của Luật này có hiệu lực (thi hành) (kể) từ ngày …." A sentence
 * that goes on to the cases it applies to ("… được áp dụng đối với các trường hợp sau đây có hiệu
 * lực … từ ngày …:") dates no provision as such: the official consolidation does not footnote it.
 */
interface Dated {
  paths: PathSegment[][];
  date: string;
  /** what is dated: the sentence before its places ("Quy định liên quan đến cấp chuyên môn …") */
  scope: string;
  /** where the amending document says it: "khoản 2 Điều 3" */
  source: string;
  line: number;
  text: string;
}

function datedProvisions(read: readonly Read[], style: CitationStyle): Dated[] {
  const out: Dated[] = [];
  const sentence = new RegExp(String.raw`^(.+?)\s+(?:tại|ở)\s+(.+?)\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+${DATE_WORDS}\s*\.?$`, 'iu');
  const path: Frame['path'] = [];
  for (const p of read) {
    if (p.quoted) continue;
    if (p.label && SOURCE_WORD[p.label.kind]) {
      const rank = KIND_RANK[p.label.kind];
      while (path.length && KIND_RANK[LEVEL_OF_WORD[path[path.length - 1]!.word] as keyof typeof KIND_RANK] >= rank) path.pop();
      path.push({ word: SOURCE_WORD[p.label.kind]!, number: p.label.number });
    }
    const body = p.label && p.label.kind !== 'dieu' ? p.text.slice(p.label.text.length).trim() : p.text;
    const m = sentence.exec(body);
    if (!m) continue;
    const paths = scanCitations(m[2]!)
      .filter((f) => f.citation.document?.relative)
      .flatMap((f) => expandPaths(f.citation))
      .filter((x) => x.length > 0 && x.every((seg) => seg.number !== undefined));
    const date = parseDate(`${m[3]}/${m[4]}/${m[5]}`);
    if (paths.length && date) out.push({ paths, date, scope: m[1]!.trim(), source: sourceOf(path, style), line: p.line, text: p.text.length > 200 ? `${p.text.slice(0, 197)}…` : p.text });
  }
  return out;
}

type RefusalId = 'amendment.refused' | 'amendment.places' | 'amendment.no-quote' | 'amendment.split';
/** A refusal: a message of the compiler and its arguments but the paragraph's text (refuse adds it). */
type Refusal = { [I in RefusalId]: [keyof Omit<ArgsOf<I>, 'text'>] extends [never] ? { error: I; args?: undefined } : { error: I; args: Omit<ArgsOf<I>, 'text'> } }[RefusalId];
type Made = { changes: Array<Record<string, unknown>> } | Refusal;

function compileOne(lead: LeadIn, context: PathSegment[], quote: readonly Read[], articleMark: string, style: CitationStyle): Made {
  const texts = quotedText(quote);
  switch (lead.kind) {
    case 'replace':
    case 'heading': {
      const loc = locate(lead.places, context, style);
      if (!loc) return { error: 'amendment.places', args: { places: lead.places } };
      if (texts.length === 0) return { error: 'amendment.no-quote' };
      if (lead.kind === 'heading' || loc.headings.every(Boolean)) {
        if (loc.targets.length !== 1) return { error: 'amendment.places', args: { places: lead.places } };
        const path = loc.paths[0]!;
        const heading = texts.join(' ').replace(/^Điều\s+\d+[a-zđ]*\.\s*/iu, '').trim();
        return { changes: [{ op: 'replace_heading', target: pathText(path, false, style), heading }] };
      }
      const units = splitUnits(texts, loc.paths);
      if (!units) return { error: 'amendment.split', args: { count: loc.paths.length } };
      return { changes: loc.paths.map((path, k) => ({ op: 'replace', target: pathText(path, false, style), text: unitMarkdown(units[k]!, path[path.length - 1]!.level, articleMark) })) };
    }
    case 'insert': {
      const anchor = locate(lead.anchor, context, style);
      if (!anchor || anchor.paths.length !== 1) return { error: 'amendment.places', args: { places: lead.anchor } };
      const at = anchor.paths[0]!;
      // the new units live beside the anchor (after/before) or inside it (into)
      const parent = lead.where === 'into' ? at : at.slice(0, -1);
      const news = locate(lead.units, parent, style);
      if (!news) return { error: 'amendment.places', args: { places: lead.units } };
      const paths = news.paths.map((p) => complete(p, parent));
      const units = splitUnits(texts, paths);
      if (!units) return { error: 'amendment.split', args: { count: paths.length } };
      return {
        changes: paths.map((path, k) => {
          const text = unitMarkdown(units[k]!, path[path.length - 1]!.level, articleMark);
          if (k > 0 && lead.where !== 'before') return { op: 'insert', after: pathText(paths[k - 1]!, false, style), text };
          return { op: 'insert', [lead.where]: pathText(at, false, style), text };
        }),
      };
    }
    case 'repeal': {
      const loc = locate(lead.places.replace(/\s+(?:của|tại)\s+(?:\p{Lu}[\p{L}\s,-]*?)\s+số\s+\S+$/u, ''), context, style);
      if (!loc) return { error: 'amendment.places', args: { places: lead.places } };
      return { changes: [{ op: 'repeal', target: loc.targets.length === 1 ? loc.targets[0]! : loc.targets }] };
    }
    case 'phrase': {
      const out: Array<Record<string, unknown>> = [];
      for (const item of lead.items) {
        const loc = locate(stripDocument(item.places), context, style);
        if (!loc) return { error: 'amendment.places', args: { places: item.places } };
        const target = loc.targets.length === 1 ? loc.targets[0]! : loc.targets;
        if (item.op === 'replace_phrase') out.push({ op: 'replace_phrase', target, find: item.find, with: item.with, occurrence: 'all' });
        else if (item.op === 'delete_phrase') out.push({ op: 'delete_phrase', target, find: item.find, occurrence: 'all' });
        else out.push({ op: 'insert_phrase', target, text: item.text, ...(item.after ? { after: item.after } : { before: item.before }), occurrence: 'all' });
      }
      return { changes: out };
    }
    case 'container':
      return { error: 'amendment.refused' };
  }
}

/** "điểm b khoản 5 Điều 36 Nghị định số 26/2019/NĐ-CP" → the places only. */
function stripDocument(places: string): string {
  const m = new RegExp(String.raw`\s+(?:(?:của|tại|thuộc)\s+)?(?:${TYPE_RE})\s.*$`, 'u').exec(places);
  return m ? places.slice(0, m.index) : places;
}
