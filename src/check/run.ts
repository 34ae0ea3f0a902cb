/**
 * `quyche check`: everything that can be verified without writing anything. The patches are
 * applied together (so a conflict between two proposals shows), their bases are checked against
 * the library, the references inside the amended regulations are followed, and a patch that
 * rewrites more than half of a document's articles is flagged (Luật 64/2025, Điều 8 k4: a
 * replacement document is then due).
 */
import { applyPatches } from '../apply/run.js';
import type { ApplyRun } from '../apply/model.js';
import { diagnosticAt, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedPatch } from '../patch/load.js';
import { findDocument, type Workspace } from '../workspace/workspace.js';
import { checkBases } from './basis.js';
import { checkReferences } from './references.js';

export interface CheckOptions {
  /** check only the patches of this shard (1-based index of count), the others still apply */
  shard?: { index: number; count: number };
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** files the diagnostics are about, and patches checked */
  files: number;
  run: ApplyRun;
}

/** Patches in force first, then by file name: the order `check` applies a workspace's patches in. */
export function workspaceOrder(patches: readonly LoadedPatch[]): LoadedPatch[] {
  const when = (p: LoadedPatch): string => p.patch?.effective ?? p.patch?.date ?? '9999-99-99';
  return [...patches].sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function inShard(index: number, shard: CheckOptions['shard']): boolean {
  return !shard || index % shard.count === shard.index - 1;
}

export function runCheck(ws: Workspace, patches: readonly LoadedPatch[], options: CheckOptions = {}): CheckResult {
  const run = applyPatches(patches, { find: (n) => findDocument(ws, n) });
  const mine = new Set(patches.filter((_, i) => inShard(i, options.shard)).map((p) => p.source.path));
  const ds: Diagnostic[] = [];
  // the patches: schema, application, conflicts (located in the patch files)
  ds.push(...run.diagnostics.filter((d) => mine.has(d.file)));
  patches.forEach((lp, i) => {
    if (!inShard(i, options.shard)) return;
    ds.push(...checkBases(lp, ws.documents));
  });
  // the workspace's own problems, and the amended documents' numbering and references
  if (inShard(0, options.shard)) {
    // the library's own numbering is not this run's business; the amended documents' is
    ds.push(...ws.diagnostics.filter((d) => d.code !== 'numbering'));
    const amended = new Set(run.documents.map((d) => d.original));
    for (const d of amended) ds.push(...d.diagnostics.filter((x) => x.code === 'numbering'));
    for (const d of run.documents) ds.push(...checkReferences(d, patches));
  }
  // a patch that rewrites more than half of the articles of its document
  patches.forEach((lp, pi) => {
    if (!inShard(pi, options.shard) || !lp.patch) return;
    for (const d of run.documents) {
      if (d.original.meta.excerpt) continue; // the number of articles is not known
      const total = d.original.all.filter((u) => u.kind === 'dieu').length;
      const touched = new Set<string>();
      for (const r of d.changes) {
        if (r.patch !== pi || r.status !== 'applied') continue;
        for (const a of [...r.units, ...r.removed]) {
          const m = /^dieu-[a-z0-9]+/.exec(a);
          if (m) touched.add(m[0]);
        }
      }
      if (total > 0 && touched.size * 2 > total) {
        const [a, b] = lp.keyAt(['changes']);
        ds.push(diagnosticAt(lp.source, a, b, 'too-many-changes', { id: 'check.too-many-changes', args: { touched: touched.size, total, doc: d.original.meta.number ?? d.original.source.path } }));
      }
    }
  });
  const unique = dedupe(ds);
  return { diagnostics: sortDiagnostics(unique), files: new Set([...patches.map((p) => p.source.path), ...unique.map((d) => d.file)]).size, run };
}

function dedupe(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message.id}:${JSON.stringify(d.message.args ?? {})}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
