/**
 * A run of patches (product.md §4): every change applied in order — each sees the previous
 * result; several patches apply in the order given, each to the document it amends — spliced
 * into the original text through the working document's piece table, so every untouched byte
 * stays identical. A record per change; any error and the run is not ok, and the caller writes
 * nothing. Nothing is kept between runs: everything a run knows is in its own context.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { RegulationDocument } from '../document/model.js';
import { changeId, type LoadedPatch } from '../patch/load.js';
import type { Change, Patch } from '../patch/schema.js';
import { writerKey, type Ctx, type RunChanges } from './change.js';
import { changeName, type AppliedDocument, type ApplyOptions, type ApplyRun, type ChangeRecord } from './model.js';
import { opPhrase } from './ops/phrase.js';
import { opInsert, opMove, opRepeal, opReplace, opReplaceHeading } from './ops/unit.js';
import { WorkingDocument } from './working.js';

function dispatch(ctx: Ctx): void {
  const c = ctx.change;
  switch (c.op) {
    case 'replace':
      return opReplace(ctx, c);
    case 'replace_heading':
      return opReplaceHeading(ctx, c);
    case 'insert':
      return opInsert(ctx, c);
    case 'repeal':
      return opRepeal(ctx, c);
    case 'replace_phrase':
    case 'delete_phrase':
    case 'insert_phrase':
      return opPhrase(ctx, c);
    case 'move':
      return opMove(ctx, c);
  }
}

/** A change's effective date: its own, else its patch's, else the patch's date. */
function effectiveOf(patch: Patch, change: Change): string | undefined {
  return change.effective ?? patch.effective ?? patch.date;
}

/** The names and effective dates of every change of the run, by writer. */
function runChanges(patches: readonly LoadedPatch[]): RunChanges {
  const run: RunChanges = { names: new Map(), effective: new Map() };
  const several = patches.filter((lp) => lp.patch).length > 1;
  patches.forEach((lp, pi) => {
    const patch = lp.patch;
    if (!patch) return;
    patch.changes.forEach((c, ci) => {
      const key = writerKey({ patch: pi, change: ci });
      run.names.set(key, changeName({ id: changeId(c, ci), patchId: patch.id }, several));
      const eff = effectiveOf(patch, c);
      if (eff) run.effective.set(key, eff);
    });
  });
  return run;
}

/**
 * Apply patches in order. Each patch is applied to the document it amends (as left by the patches
 * before it). Nothing here writes: the result holds the new texts, the diagnostics say whether
 * they may be written.
 */
export function applyPatches(patches: readonly LoadedPatch[], options: ApplyOptions): ApplyRun {
  const diagnostics: Diagnostic[] = [];
  const workings = new Map<RegulationDocument, WorkingDocument>();
  const records: ChangeRecord[] = [];
  const run = runChanges(patches);
  patches.forEach((lp, pi) => {
    diagnostics.push(...lp.diagnostics);
    const patch = lp.patch;
    if (!patch) return;
    const doc = options.find(patch.amends);
    if (!doc) {
      const [a, b] = lp.at(['amends']);
      diagnostics.push(diagnosticAt(lp.source, a, b, 'unknown-document', { id: 'apply.unknown-document', args: { doc: patch.amends } }));
      return;
    }
    let w = workings.get(doc);
    if (!w) {
      w = new WorkingDocument(doc);
      workings.set(doc, w);
    }
    patch.changes.forEach((change, index) => {
      const id = changeId(change, index);
      const effective = effectiveOf(patch, change);
      const record: ChangeRecord = { patch: pi, index, id, patchId: patch.id, op: change.op, status: 'applied', document: w!.name, units: [], removed: [], ...(effective ? { effective } : {}) };
      records.push(record);
      // as of a date, a change is in force from its effective date; an undated change is a
      // proposal, in force on no date
      if (options.asOf && (!effective || effective > options.asOf)) {
        record.status = 'not-yet-effective';
        return;
      }
      dispatch({ w: w!, lp, index, change, by: { patch: pi, change: index }, id, ds: diagnostics, record, run });
    });
  });
  // each amended document from its working document's chunks (WorkingDocument.result, which parses
  // the text afresh where those may not be what a parse gives, or where options.reparse asks it)
  const documents: AppliedDocument[] = [...workings].map(([original, w]) => {
    const { document: result, pieces } = w.result(options.reparse === true);
    return { original, result, pieces, changes: records.filter((r) => r.document === w.name) };
  });
  workings.clear();
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ok, diagnostics, documents, changes: records };
}
