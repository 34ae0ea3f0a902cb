/**
 * `dangling-reference`: a reference inside a regulation ("theo quy định tại khoản 2 Điều 5",
 * "khoản này", "điểm a khoản 3") that, once the patches are applied, points to a unit they
 * repealed, removed or moved away, or to a unit that never existed. A reference without its
 * article ("khoản 2") means the article it stands in, as drafting practice reads it.
 * References to other documents are not this check's business. In an excerpt document a unit may
 * simply not be transcribed, so only what the patches did is reported there.
 */
import type { AppliedDocument } from '../apply/model.js';
import { pieceLength } from '../apply/pieces.js';
import { provenance } from '../apply/provenance.js';
import { formatCitation, styleOf } from '../citation/format.js';
import { scanCitations, type Citation } from '../citation/parse.js';
import { resolveCitation } from '../citation/resolve.js';
import { diagnosticAt, type Diagnostic, type Message } from '../diagnostics/diagnostic.js';
import { treeOf, type RegulationDocument, type Unit, type UnitTree } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import { changeId } from '../patch/load.js';

function deepestAt(units: readonly Unit[], offset: number): Unit | undefined {
  for (const u of units) if (u.start <= offset && offset <= u.end) return deepestAt(u.children, offset) ?? u;
  return undefined;
}

/** A reference without its article means the article it stands in. */
function withArticle(c: Citation): Citation {
  const first = c.levels[0];
  if (!first || first.level === 'dieu' || first.level === 'chuong' || first.level === 'phan' || first.level === 'muc' || first.level === 'tieu-muc') return c;
  if (c.levels.some((l) => l.level === 'dieu')) return c;
  return { ...c, levels: [{ level: 'dieu', word: 'Điều', numbers: [], relative: true }, ...c.levels] };
}

function resolveIn(tree: UnitTree, c: Citation, context: Unit | undefined): Unit[] | 'missing' | 'unknown' {
  const r = resolveCitation(tree, c, context);
  if (r.kind === 'found') return r.units;
  if (r.kind === 'not-found') return 'missing';
  return 'unknown';
}

function isPlaceholder(doc: RegulationDocument, u: Unit): boolean {
  return /^\(\s*(?:được|đã được)\s+bãi\s+bỏ\s*\)$/u.test(doc.source.text.slice(u.labelEnd, u.end).trim());
}

export function checkReferences(applied: AppliedDocument, patches: readonly LoadedPatch[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { original, result, pieces, changes } = applied;
  const prov = provenance(result, pieces, changes);
  const newTree = treeOf(result);
  const oldTree = treeOf(original);
  const excerpt = original.meta.excerpt === true;
  const movedFrom = new Map(changes.filter((r) => r.moved).map((r) => [r.moved!.from, r.moved!.to]));

  // result offset → original offset, or the change that wrote the text there
  const spans: Array<{ a: number; b: number; orig?: number; writer?: { patch: number; change: number } }> = [];
  let pos = result.bodyStart;
  for (const p of pieces) {
    const len = pieceLength(p);
    if (p.kind === 'orig') spans.push({ a: pos, b: pos + len, orig: p.start });
    else if (p.kind === 'new') spans.push({ a: pos, b: pos + len, writer: p.by });
    pos += len;
  }
  const placeOf = (offset: number, length: number): Diagnostic | ((code: 'dangling-reference', m: Message) => Diagnostic) => {
    const s = spans.find((x) => x.a <= offset && offset < x.b);
    if (s?.orig !== undefined) {
      const o = s.orig + (offset - s.a);
      return (code, m) => diagnosticAt(original.source, o, o + length, code, m);
    }
    const w = s?.writer;
    const lp = w ? patches[w.patch] : undefined;
    const change = lp?.patch?.changes[w!.change];
    if (lp && change) {
      const field = 'text' in change ? 'text' : 'with' in change ? 'with' : 'target';
      const [a, b] = lp.at(['changes', w!.change, field]);
      return (code, m) => diagnosticAt(lp.source, a, b, code, m, { change: changeId(change, w!.change) });
    }
    return (code, m) => diagnosticAt(result.source, offset, offset + length, code, m);
  };

  const body = result.source.text;
  for (const found of scanCitations(body.slice(result.bodyStart))) {
    if (found.external) continue;
    const start = result.bodyStart + found.start;
    const length = found.end - found.start;
    const context = deepestAt(result.units, start);
    const c = withArticle(found.citation);
    const now = resolveIn(newTree, c, context);
    const make = placeOf(start, length);
    const reference = found.citation.text;
    const report = (message: Message): void => {
      if (typeof make === 'function') out.push(make('dangling-reference', message));
    };
    if (now === 'unknown') continue;
    if (Array.isArray(now)) {
      for (const u of now) {
        const repealedByPatch = prov.get(u.anchor)?.some((p) => p.effect === 'repealed');
        if (repealedByPatch && isPlaceholder(result, u)) report({ id: 'check.reference-repealed', args: { reference, target: formatCitation(u, result.meta, styleOf(result.meta)) } });
      }
      continue;
    }
    // not in the result: did the patches take it away, or was it never there?
    const contextBefore = context ? original.byAnchor.get(context.anchor) : undefined;
    const before = resolveIn(oldTree, c, contextBefore);
    if (Array.isArray(before)) {
      const u = before[0]!;
      const to = movedFrom.get(u.anchor);
      const target = formatCitation(u, original.meta, styleOf(original.meta));
      if (to) report({ id: 'check.reference-moved', args: { reference, target, to } });
      else report({ id: 'check.reference-removed', args: { reference, target } });
    } else if (!excerpt) {
      report({ id: 'check.reference-missing', args: { reference } });
    }
  }
  return out;
}
