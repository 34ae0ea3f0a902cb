/**
 * The redline in a terminal: unit headings as context, unchanged units folded, deletions red and
 * struck, insertions green and underlined, moves marked as moves, a summary line. Without colour
 * (a pipe, NO_COLOR, --no-color) the same marks are written as git's word-diff notation,
 * [-deleted-] {+inserted+}, so nothing depends on colour.
 */
import type { ChalkInstance } from 'chalk';
import type { ChangeRecord } from '../apply/model.js';
import { changeNames, type Hunk, type Redline } from '../apply/redline.js';
import { formatCitation, styleOf } from '../citation/format.js';
import type { RegulationDocument, Unit } from '../document/model.js';
import type { Lang } from '../i18n/messages.js';
import { t } from '../i18n/messages.js';
import { forDisplay } from '../text/dedent.js';

export interface TerminalOptions {
  chalk: ChalkInstance;
  lang: Lang;
  /** lines of unchanged text shown before and after each change */
  context: number;
  /** the applied changes (their ops tell a repeal from an amendment) */
  records?: readonly ChangeRecord[];
}

/** What the summary counts: every changed unit once, by what happened to it. */
export interface RedlineCounts {
  changes: number;
  units: number;
  modified: number;
  inserted: number;
  repealed: number;
  moved: number;
}

/** Does a hunk show a repeal (a unit repealed, kept as "(được bãi bỏ)" or removed)? */
function repealNames(records: readonly ChangeRecord[] | undefined): Set<string> {
  if (!records) return new Set();
  const names = changeNames(records);
  return new Set(records.filter((r) => r.op === 'repeal').map((r) => names.get(`${r.patch}:${r.index}`)!));
}

function kindOf(h: Hunk, repeals: ReadonlySet<string>): 'modified' | 'inserted' | 'repealed' | 'moved' | undefined {
  switch (h.kind) {
    case 'equal':
    case 'move-from':
      return undefined; // a move is counted once, at its destination
    case 'move-to':
      return 'moved';
    case 'insert':
      return 'inserted';
    case 'delete':
      return 'repealed';
    default:
      return h.changes.length > 0 && h.changes.every((c) => repeals.has(c)) ? 'repealed' : 'modified';
  }
}

/** The counts of a redline: each changed unit once, a repeal as a repeal; they add up to `units`. */
export function redlineCounts(redline: Redline, records?: readonly ChangeRecord[]): RedlineCounts {
  const repeals = repealNames(records);
  const c: RedlineCounts = { changes: redline.summary.changes, units: 0, modified: 0, inserted: 0, repealed: 0, moved: 0 };
  for (const h of redline.hunks) {
    const k = kindOf(h, repeals);
    if (!k) continue;
    c[k]++;
    c.units++;
  }
  return c;
}

/** "19 thay đổi · 17 đơn vị (11 sửa đổi, 6 bổ sung)": every changed unit once, zero counts left out. */
export function summaryText(lang: Lang, c: RedlineCounts): string {
  const parts = (['modified', 'inserted', 'repealed', 'moved'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => t(lang, `redline.summary-${k}`, { count: c[k] }));
  const units = t(lang, 'redline.summary-units', { count: c.units });
  return `${t(lang, 'redline.summary-changes', { count: c.changes })} · ${units}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function del(chalk: ChalkInstance, s: string): string {
  if (!s) return '';
  return chalk.level > 0 ? s.split('\n').map((l) => (l ? chalk.red.strikethrough(l) : l)).join('\n') : `[-${s}-]`;
}

function ins(chalk: ChalkInstance, s: string): string {
  if (!s) return '';
  return chalk.level > 0 ? s.split('\n').map((l) => (l ? chalk.green.underline(l) : l)).join('\n') : `{+${s}+}`;
}

function indent(s: string, by = '  '): string {
  return s
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : by + l))
    .join('\n');
}

function trimBlank(s: string): string {
  return s.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
}

/** Counts units lying wholly in [a, b) (folded as "unchanged"); units are sorted by start. */
function counter(doc: RegulationDocument): (a: number, b: number) => number {
  const units = doc.all;
  return (a, b) => {
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid]!.start < a) lo = mid + 1;
      else hi = mid;
    }
    let n = 0;
    for (let i = lo; i < units.length && units[i]!.start < b; i++) {
      const u = units[i]!;
      if (u.end <= b && u.kind !== 'intro' && u.label) n++;
    }
    return n;
  };
}

function tag(lang: Lang, h: Hunk, repeals: ReadonlySet<string>): string {
  const kind = kindOf(h, repeals) === 'repealed' ? t(lang, 'redline.repeal') : t(lang, `redline.${h.kind}` as 'redline.modify');
  return h.changes.length > 0 ? `${kind} · ${h.changes.join(', ')}` : kind;
}

function lastLines(s: string, n: number): string {
  if (n <= 0) return '';
  const lines = s.replace(/\s+$/, '').split('\n');
  return lines.slice(-n).join('\n');
}

function firstLines(s: string, n: number): string {
  if (n <= 0) return '';
  const lines = s.replace(/^(?:[ \t]*\r?\n)+/, '').split('\n');
  return lines.slice(0, n).join('\n');
}

type Paint = (s: string) => string;
const same: Paint = (s) => s;

export function formatRedline(redline: Redline, original: RegulationDocument, result: RegulationDocument, opts: TerminalOptions): string {
  const { lang } = opts;
  // without colour, no styling call at all (thousands of hunks on a large redline)
  const colour = opts.chalk.level > 0;
  const chalk: Record<'bold' | 'dim' | 'cyan' | 'magenta', Paint> = colour
    ? { bold: (s) => opts.chalk.bold(s), dim: (s) => opts.chalk.dim(s), cyan: (s) => opts.chalk.cyan(s), magenta: (s) => opts.chalk.magenta(s) }
    : { bold: same, dim: same, cyan: same, magenta: same };
  const unitsWithin = counter(result);
  const repeals = repealNames(opts.records);
  // the other end of a move, by citation (never by anchor)
  const cite = (doc: RegulationDocument, anchor: string): string => {
    const u = doc.byAnchor.get(anchor);
    return u ? formatCitation(u, doc.meta, styleOf(doc.meta)) : anchor;
  };
  const out: string[] = [];
  const title = [original.meta.number ?? original.source.path, original.meta.title].filter(Boolean).join(' — ');
  out.push(chalk.bold(title));
  let printedContext: string[] = [];
  let oldPos = original.bodyStart;
  let newPos = result.bodyStart;
  const hunks = redline.hunks;
  hunks.forEach((h, i) => {
    const newStart = newPos;
    oldPos += h.old.length;
    newPos += h.new.length;
    if (h.kind === 'equal') return;
    // folded unchanged units since the previous change, and the context lines around
    const prev = hunks[i - 1];
    if (prev && prev.kind === 'equal') {
      const n = unitsWithin(newStart - prev.new.length, newStart);
      const before = lastLines(prev.new, opts.context);
      if (n > 0) out.push(chalk.dim(`  ⋮ ${t(lang, 'redline.folded', { count: n })}`));
      if (before.trim()) out.push(chalk.dim(indent(before)));
    }
    // the headings above the change, where they differ from those already printed
    const ctx = h.context;
    let common = 0;
    while (common < ctx.length && common < printedContext.length && ctx[common] === printedContext[common]) common++;
    for (let k = common; k < ctx.length; k++) out.push(`${'  '.repeat(k)}${chalk.bold(ctx[k]!)}`);
    printedContext = h.unit?.line ? [...ctx, h.unit.line] : ctx;
    const depth = '  '.repeat(ctx.length);
    const where = h.unit ? h.unit.citation : '';
    const counterpart = h.counterpart
      ? ` ${t(lang, h.kind === 'move-to' ? 'redline.moved-from' : 'redline.moved-to', { anchor: h.kind === 'move-to' ? cite(original, h.counterpart) : cite(result, h.counterpart) })}`
      : '';
    out.push(`${depth}${chalk.cyan('▸')} ${chalk.cyan(where)} ${chalk.dim(`[${tag(lang, h, repeals)}]`)}${chalk.magenta(counterpart)}`);
    let body: string;
    switch (h.kind) {
      case 'insert':
      case 'move-to':
        body = ins(opts.chalk, forDisplay(trimBlank(h.new)));
        break;
      case 'delete':
      case 'move-from':
        body = del(opts.chalk, forDisplay(trimBlank(h.old)));
        break;
      default: {
        // dedent and strip markers on the whole text first, then mark the parts
        const marked = (h.parts ?? []).map((p) => (p.kind === 'equal' ? p.text : p.kind === 'del' ? `\u0001${p.text}\u0002` : `\u0003${p.text}\u0004`)).join('');
        body = forDisplay(marked.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, ''))
          .replace(/\u0001([^\u0002]*)\u0002/g, (_, x: string) => del(opts.chalk, x))
          .replace(/\u0003([^\u0004]*)\u0004/g, (_, x: string) => ins(opts.chalk, x));
      }
    }
    out.push(indent(body, `${depth}  `));
    const next = hunks[i + 1];
    if (next && next.kind === 'equal') {
      const after = firstLines(next.new, opts.context);
      if (after.trim()) out.push(chalk.dim(indent(after)));
    }
  });
  const last = hunks[hunks.length - 1];
  if (last && last.kind === 'equal' && hunks.length > 1) {
    const n = unitsWithin(newPos - last.new.length, newPos);
    if (n > 0) out.push(chalk.dim(`  ⋮ ${t(lang, 'redline.folded', { count: n })}`));
  }
  out.push('');
  out.push(chalk.bold(summaryText(lang, redlineCounts(redline, opts.records))));
  return `${out.join('\n')}\n`;
}

export type { Unit };
