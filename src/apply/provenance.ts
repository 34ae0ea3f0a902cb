/**
 * Provenance per unit of an amended document: which patch and change produced or changed it,
 * with the op and the effective date — for the redline now and the consolidation's footnotes
 * later. It is read off the piece table: a unit's own text (label to first child) that holds
 * text written by a change, or whose original text a change deleted, was changed by it; a unit
 * a change inserted, repealed or moved is recorded by that change.
 */
import type { RegulationDocument, Unit } from '../document/model.js';
import type { ChangeRecord } from './model.js';
import { pieceLength, type Piece } from './pieces.js';

export interface Provenance {
  patch: number;
  change: number;
  id: string;
  op: ChangeRecord['op'];
  effective?: string;
  /** what the change did to this unit */
  effect: 'inserted' | 'amended' | 'repealed' | 'moved';
}

export function provenance(result: RegulationDocument, pieces: readonly Piece[], records: readonly ChangeRecord[]): Map<string, Provenance[]> {
  const out = new Map<string, Provenance[]>();
  const byWriter = new Map(records.map((r) => [`${r.patch}:${r.index}`, r]));
  const add = (anchor: string, r: ChangeRecord, effect: Provenance['effect']): void => {
    const list = out.get(anchor) ?? [];
    if (list.some((p) => p.patch === r.patch && p.change === r.index)) return;
    list.push({ patch: r.patch, change: r.index, id: r.id, op: r.op, effect, ...(r.effective ? { effective: r.effective } : {}) });
    out.set(anchor, list);
  };
  // structural effects first: they name the unit exactly
  for (const r of records) {
    if (r.status !== 'applied') continue;
    const effect: Provenance['effect'] = r.op === 'insert' ? 'inserted' : r.op === 'repeal' ? 'repealed' : r.op === 'move' ? 'moved' : 'amended';
    for (const a of r.units) if (result.byAnchor.has(a)) add(a, r, effect);
  }
  // then every unit whose own text holds a change's writing or deletion
  const written: Array<{ at: number; end: number; record: ChangeRecord }> = [];
  let pos = result.bodyStart;
  for (const p of pieces) {
    if (p.kind !== 'orig') {
      const r = byWriter.get(`${p.by.patch}:${p.by.change}`);
      if (r) written.push({ at: pos, end: pos + pieceLength(p), record: r });
    }
    pos += pieceLength(p);
  }
  const text = result.source.text;
  for (const w of written) {
    // the line breaks a change writes around a unit are nobody's text
    let a = w.at;
    let b = w.end;
    while (a < b && /\s/.test(text.charAt(a))) a++;
    while (b > a && /\s/.test(text.charAt(b - 1))) b--;
    if (a === b && w.end > w.at) continue;
    const u = deepestOwning(result.units, a, b);
    if (u && !out.get(u.anchor)?.some((p) => p.patch === w.record.patch && p.change === w.record.index)) add(u.anchor, w.record, 'amended');
  }
  return out;
}

/** The deepest unit holding [a, b): text in no child is the unit's own. */
function deepestOwning(units: readonly Unit[], a: number, b: number): Unit | undefined {
  for (const u of units) {
    if (u.start <= a && b <= u.end) return deepestOwning(u.children, a, b) ?? u;
  }
  return undefined;
}
