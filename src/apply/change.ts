/**
 * One change being applied: its context (the working document, the patch, the record, the run it
 * belongs to) and what every operation does with it — place a diagnostic at one of its fields,
 * resolve a citation field, check `expect`, hand its edits to the working document and report
 * the conflicts they cause, and settle the record (applied, already applied, failed).
 */
import { resolutionDiagnostics, type Place } from '../citation/diagnose.js';
import { formatCitation, styleOf } from '../citation/format.js';
import { resolveTarget } from '../citation/resolve.js';
import { diagnosticAt, type Diagnostic, type Message } from '../diagnostics/diagnostic.js';
import { closestHint } from '../diagnostics/hints.js';
import { matchLabel } from '../document/labels.js';
import type { Unit } from '../document/model.js';
import type { LoadedPatch, YamlPath } from '../patch/load.js';
import type { Change } from '../patch/schema.js';
import { keyOf } from '../text/normalize.js';
import type { ChangeRecord } from './model.js';
import { scopeHaystack, scopeText } from './phrase.js';
import type { Writer } from './pieces.js';
import type { WorkingDocument, WorkingEdit } from './working.js';

/**
 * What a run knows of every change it holds, keyed by writer ("patch:change"): the name it goes
 * by in messages and its effective date. Built by the run before any change is applied, so that a
 * change can name one of a later patch; each run has its own (runs are re-entrant).
 */
export interface RunChanges {
  names: Map<string, string>;
  effective: Map<string, string>;
}

export const writerKey = (w: Writer): string => `${w.patch}:${w.change}`;

export interface Ctx {
  w: WorkingDocument;
  lp: LoadedPatch;
  index: number;
  change: Change;
  by: Writer;
  id: string;
  ds: Diagnostic[];
  record: ChangeRecord;
  run: RunChanges;
}

export type Field = string | ReadonlyArray<string | number>;

function place(ctx: Ctx, field?: Field): Place {
  const path: YamlPath = ['changes', ctx.index, ...(field === undefined ? [] : typeof field === 'string' ? [field] : field)];
  const [start, end] = ctx.lp.at(path);
  return { source: ctx.lp.source, start, end, change: ctx.id };
}

/** A diagnostic at a field of the change (the whole change when there is none). */
export function report(ctx: Ctx, field: Field | undefined, code: Diagnostic['code'], message: Message, hint?: Message): void {
  const p = place(ctx, field);
  ctx.ds.push(diagnosticAt(p.source, p.start, p.end, code, message, { change: ctx.id, ...(hint ? { hint } : {}) }));
}

/** A unit of the working document as the document's style cites it. */
export function cite(ctx: Ctx, u: Unit): string {
  return formatCitation(u, ctx.w.meta, styleOf(ctx.w.meta));
}

/** Units found by a citation, marked when the citation names their heading ("tên Điều 5"). */
export type Found = Unit[] & { heading?: boolean };

/** Resolve a citation field to units; diagnostics for failures and aliases. */
export function resolve(ctx: Ctx, field: Field, text: string, opts: { one: boolean }): Found | undefined {
  const tree = ctx.w.tree();
  const res = resolveTarget(tree, text);
  ctx.ds.push(...resolutionDiagnostics(res, tree, place(ctx, field)));
  if (res.kind !== 'found') return undefined;
  if (res.units.length === 0) {
    report(ctx, field, 'target-not-found', { id: 'apply.not-a-unit', args: { citation: text } });
    return undefined;
  }
  if (opts.one && res.units.length > 1) {
    report(ctx, field, 'target-ambiguous', { id: 'apply.one-unit', args: { citation: text, count: res.units.length } });
    return undefined;
  }
  const found: Found = res.units;
  if (res.heading) found.heading = true;
  return found;
}

/** A label at the start of a text, stripped (for `expect` written with its label). */
function stripLabel(text: string): string {
  const m = matchLabel(text.trimStart().normalize('NFC'));
  return m ? text.trimStart().normalize('NFC').slice(m.restStart) : text;
}

/** The keys `expect` may be found by: with its label, and without. */
export function expectKeys(expect: string): string[] {
  return [keyOf(expect), keyOf(stripLabel(expect))].filter((k) => k !== '');
}

/** `expect`: the target's current wording must contain it (with or without its label). */
export function checkExpect(ctx: Ctx, units: readonly Unit[]): boolean {
  const expect = ctx.change.expect;
  if (expect === undefined) return true;
  const want = expectKeys(expect);
  for (const u of units) {
    const have = scopeText(ctx.w.spans(u));
    if (want.some((k) => have.includes(k))) return true;
  }
  const u = units[0]!;
  report(ctx, 'expect', 'stale-text', { id: 'apply.stale-text', args: { target: cite(ctx, u) } }, closestHint(expect, scopeHaystack(ctx.w.spans(u))));
  return false;
}

/**
 * Apply the change's edits to the working document; a conflict for each other change whose text
 * they overlap, reported at `field` — within one patch, or between patches that are concurrent
 * proposals. A patch in force after another (its effective date is later) amends that one's
 * result, as a later amending document does: no conflict.
 */
export function edit(ctx: Ctx, edits: readonly WorkingEdit[], field: string): void {
  const overlapped = ctx.w.applyEdits(edits, ctx.by);
  const seen = new Set<string>();
  for (const w of overlapped) {
    if (w.patch === ctx.by.patch && w.change === ctx.by.change) continue;
    const key = writerKey(w);
    if (w.patch !== ctx.by.patch) {
      const mine = ctx.record.effective;
      const theirs = ctx.run.effective.get(key);
      if (mine && theirs && theirs < mine) continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    report(ctx, field, 'conflict', { id: 'apply.conflict', args: { other: nameOf(ctx, w) } });
  }
}

/** The name of the change that wrote some text (model.ts, changeName). */
export function nameOf(ctx: Ctx, w: Writer): string {
  return ctx.run.names.get(writerKey(w)) ?? `#${w.change + 1}`;
}

// ── the record ────────────────────────────────────────────────────────────────

export function fail(ctx: Ctx): void {
  ctx.record.status = 'failed';
}

export function already(ctx: Ctx, anchors: string[]): void {
  ctx.record.status = 'already-applied';
  ctx.record.units = anchors;
  report(ctx, undefined, 'already-applied', { id: 'apply.already-applied', args: { id: ctx.id } });
}

export function done(ctx: Ctx, anchors: string[]): void {
  if (ctx.record.status === 'failed') return;
  ctx.record.status = 'applied';
  ctx.record.units = anchors;
}
