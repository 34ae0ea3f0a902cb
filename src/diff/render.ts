/**
 * Rendering a comparison: on a terminal in the look of `amend`'s redline (src/render/terminal.ts:
 * headings as context, unchanged units folded, deletions red and struck, insertions green and
 * underlined, git's word-diff marks without colour); as Markdown, HTML or Word through the
 * redline export (src/export/redline.ts: tracked changes, moves at both ends); as JSON; and the
 * witness findings, one line each.
 */
import type { ChalkInstance } from 'chalk';
import type { AppliedDocument } from '../apply/model.js';
import { styleOf, unitWord } from '../citation/format.js';
import type { RegulationDocument, Unit } from '../document/model.js';
import { para, type ExportDoc } from '../export/doc.js';
import { redlineDoc } from '../export/redline.js';
import { t, wording, type Lang } from '../i18n/messages.js';
import { forDisplay } from '../text/dedent.js';
import type { DiffPart } from '../text/worddiff.js';
import type { WitnessReport } from './classify.js';
import { asRedline, findingData, type DocumentDiff, type Finding, type UnitRef } from './compare.js';

const DIFF_JSON_VERSION = 1;

export interface DiffTerminalOptions {
  chalk: ChalkInstance;
  lang: Lang;
}

type Paint = (s: string) => string;

function marks(chalk: ChalkInstance): { del: Paint; ins: Paint } {
  const colour = chalk.level > 0;
  const each = (s: string, f: Paint): string => s.split('\n').map((l) => (l ? f(l) : l)).join('\n');
  return {
    del: (s) => (!s ? '' : colour ? each(s, (l) => chalk.red.strikethrough(l)) : `[-${s}-]`),
    ins: (s) => (!s ? '' : colour ? each(s, (l) => chalk.green.underline(l)) : `{+${s}+}`),
  };
}

/** For display (forDisplay), without blank lines at the edges. */
function display(s: string): string {
  return forDisplay(s.replace(/\r\n/g, '\n').replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, ''));
}

function indent(s: string, by: string): string {
  return s
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : by + l))
    .join('\n');
}

/** Parts shown with marks, dedented and without heading markers (marks placed after). */
function markParts(parts: readonly DiffPart[], chalk: ChalkInstance): string {
  const m = marks(chalk);
  const marked = parts.map((p) => (p.kind === 'equal' ? p.text : p.kind === 'del' ? `\u0001${p.text}\u0002` : `\u0003${p.text}\u0004`)).join('');
  return display(marked)
    .replace(/\u0001([^\u0002]*)\u0002/g, (_, x: string) => m.del(x))
    .replace(/\u0003([^\u0004]*)\u0004/g, (_, x: string) => m.ins(x));
}

function listNumbers(rs: readonly UnitRef[]): string {
  if (rs.length <= 3) return rs.map((r) => r.number).join(', ');
  return `${rs[0]!.number}–${rs[rs.length - 1]!.number}`;
}

/** "khoản 3 thành khoản 4", "điểm d, đ, e thành điểm e, g, h", "Điều 5–9 thành Điều 6–10". */
function renumberPhrase(f: Finding, oldDoc: RegulationDocument, newDoc: RegulationDocument, lang: Lang): string {
  const u = f.units!.old!;
  const v = f.units!.new!;
  const wo = unitWord(u, oldDoc.meta, styleOf(oldDoc.meta)).toLocaleLowerCase('vi');
  const wn = unitWord(v, newDoc.meta, styleOf(newDoc.meta)).toLocaleLowerCase('vi');
  const cap = (w: string, k: Unit['kind']): string => (k === 'dieu' || k === 'chuong' || k === 'muc' || k === 'phan' ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w);
  return t(lang, 'diff.renumbered', { from: `${cap(wo, u.kind)} ${listNumbers(f.run!.old)}`, to: `${cap(wn, v.kind)} ${listNumbers(f.run!.new)}` });
}

/** "5 khác biệt (3 sửa đổi, 1 chuyển, 1 đánh số lại)": zero counts left out, as the redline's summary. */
function summaryLine(d: DocumentDiff, lang: Lang): string {
  const s = d.summary;
  const parts = (['modified', 'inserted', 'deleted', 'moved', 'renumbered'] as const)
    .filter((k) => s[k] > 0)
    .map((k) => t(lang, `diff.summary-${k}`, { count: s[k] }));
  return `${t(lang, 'diff.summary', { findings: s.findings })}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** The comparison on a terminal. */
export function formatDiff(d: DocumentDiff, opts: DiffTerminalOptions): string {
  const { lang, chalk } = opts;
  const colour = chalk.level > 0;
  const paint = (f: (c: ChalkInstance) => (s: string) => string): Paint => (colour ? (s) => f(chalk)(s) : (s) => s);
  const bold = paint((c) => c.bold);
  const dim = paint((c) => c.dim);
  const cyan = paint((c) => c.cyan);
  const magenta = paint((c) => c.magenta);
  const m = marks(chalk);
  const out: string[] = [];
  const name = (doc: RegulationDocument): string => [doc.meta.number ?? doc.source.path, doc.meta.title].filter(Boolean).join(' — ');
  out.push(bold(`${name(d.old)} → ${name(d.new)}`));
  for (const c of d.meta) out.push(dim(`  ${t(lang, 'diff.meta', { field: c.field, old: JSON.stringify(c.old), new: JSON.stringify(c.new) })}`));

  // folded units: labelled units of the new version that no finding touches, between findings
  const touched = new Set<Unit>();
  const mark = (u: Unit | undefined, deep: boolean): void => {
    if (!u) return;
    touched.add(u);
    if (deep) for (const c of u.children) mark(c, true);
  };
  for (const f of d.findings) mark(f.units?.new, f.kind === 'insert' || f.kind === 'move');
  const all = d.new.all;
  const index = new Map(all.map((u, i) => [u, i]));
  const folded: number[] = [0];
  for (const u of all) folded.push(folded[folded.length - 1]! + (!touched.has(u) && u.label ? 1 : 0));
  let pos = 0;
  let printed: string[] = [];
  for (const f of d.findings) {
    const at = f.units?.new ? index.get(f.units.new)! : pos;
    const n = folded[at]! - folded[pos]!;
    if (n > 0) out.push(dim(`  ⋮ ${t(lang, 'redline.folded', { count: n })}`));
    if (f.units?.new) pos = Math.max(pos, at + 1);
    const ctx = f.context;
    let common = 0;
    while (common < ctx.length && common < printed.length && ctx[common] === printed[common]) common++;
    for (let k = common; k < ctx.length; k++) out.push(`${'  '.repeat(k)}${bold(ctx[k]!)}`);
    printed = ctx;
    const depth = '  '.repeat(ctx.length);
    const where = f.kind === 'delete' ? f.old!.citation : f.new!.citation;
    let tag = t(lang, `diff.kind.${f.kind}`);
    let extra = '';
    if (f.kind === 'renumber') tag += ` · ${renumberPhrase(f, d.old, d.new, lang)}`;
    if (f.kind === 'move') extra = ` ${magenta(t(lang, 'diff.moved-from', { citation: f.old!.citation }))}`;
    if (f.kind === 'modify' && f.old!.number !== f.new!.number) extra = ` ${magenta(t(lang, 'diff.was', { citation: f.old!.citation }))}`;
    const whereText = f.kind === 'renumber' && f.run!.new.length > 1 ? `${where} … ${f.run!.new[f.run!.new.length - 1]!.citation}` : where;
    out.push(`${depth}${cyan('▸')} ${cyan(whereText)} ${dim(`[${tag}]`)}${extra}`);
    let body = '';
    switch (f.kind) {
      case 'insert':
        body = m.ins(display(f.text ?? ''));
        break;
      case 'delete':
        body = m.del(display(f.text ?? ''));
        break;
      case 'modify':
        body = markParts([{ kind: 'equal', text: f.new!.label }, ...(f.parts ?? [])], chalk);
        break;
      case 'move':
        body = f.parts ? markParts([{ kind: 'equal', text: f.new!.label }, ...f.parts], chalk) : '';
        break;
      case 'renumber':
        body = '';
    }
    if (body) out.push(indent(body, `${depth}  `));
  }
  const rest = folded[all.length]! - folded[pos]!;
  if (d.findings.length > 0 && rest > 0) out.push(dim(`  ⋮ ${t(lang, 'redline.folded', { count: rest })}`));
  out.push('');
  out.push(bold(d.findings.length === 0 ? t(lang, 'diff.same') : summaryLine(d, lang)));
  return `${out.join('\n')}\n`;
}

/** The comparison as an export document (Markdown, HTML, Word): the redline export's model. */
export function diffExport(d: DocumentDiff, revision: { author: string; date: string }): ExportDoc {
  const applied: AppliedDocument = { original: d.old, result: d.new, pieces: [], changes: [] };
  const doc = redlineDoc(applied, asRedline(d), [], { revision, title: wording('wording.diff.heading'), summary: summaryLine(d, 'vi') });
  const blocks = [...doc.blocks];
  const newName = d.new.meta.number ?? d.new.source.path;
  blocks.splice(2, 0, para('subtitle', wording('wording.diff.against', { document: newName === (d.old.meta.number ?? d.old.source.path) ? d.new.source.path : newName })));
  return { ...doc, title: wording('wording.diff.title', { document: d.old.meta.number ?? d.old.source.path }), blocks };
}

/** The comparison as JSON. */
export function diffJson(d: DocumentDiff, paths: { old: string; new: string }): string {
  return `${JSON.stringify(
    {
      version: DIFF_JSON_VERSION,
      old: { document: d.old.meta.number ?? null, path: paths.old },
      new: { document: d.new.meta.number ?? null, path: paths.new },
      meta: d.meta,
      summary: d.summary,
      findings: d.findings.map(findingData),
      hunks: d.hunks,
    },
    null,
    2,
  )}\n`;
}

/** One line per witness finding: class, both citations, the word diff. */
export function formatWitness(r: WitnessReport, opts: DiffTerminalOptions): string {
  const { lang, chalk } = opts;
  const colour = chalk.level > 0;
  const out: string[] = [];
  const width = Math.max(0, ...r.findings.map((f) => t(lang, `witness.class.${f.class}`).length));
  for (const f of r.findings) {
    const cls = t(lang, `witness.class.${f.class}`).padEnd(width);
    const a = f.old?.citation ?? '—';
    const b = f.new?.citation ?? '—';
    const where = a === b ? a : `${a} ↔ ${b}`;
    const text = markParts(f.parts, chalk).replace(/\n+/g, ' ');
    const line = `${cls}  ${where}${text ? `: ${text}` : ''}`;
    out.push(colour && (f.class === 'wording' || f.class === 'unit' || f.class === 'numbering') ? `${chalk.yellow(cls)}${line.slice(cls.length)}` : line);
  }
  const parts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${t(lang, `witness.class.${c as keyof WitnessReport['counts']}`)}`);
  out.push('');
  out.push(r.findings.length === 0 ? t(lang, 'witness.none') : t(lang, r.substantive ? 'witness.summary-substantive' : 'witness.summary-minor', { count: r.findings.length, classes: parts.join(', ') }));
  return `${out.join('\n')}\n`;
}

export function witnessJson(r: WitnessReport, paths: { old: string; new: string }): string {
  return `${JSON.stringify({ version: DIFF_JSON_VERSION, old: paths.old, new: paths.new, substantive: r.substantive, counts: r.counts, findings: r.findings }, null, 2)}\n`;
}
