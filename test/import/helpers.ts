/** Shared by the import tests: the outline import recovered, and the one quyche reads back. */
import type { RegulationDocument, Unit } from '../../src/document/model.js';
import type { OutlineNode } from '../../src/import/model.js';

/** "depth:kind:number:heading" per unit, in document order (the preamble left out). */
export function flatOutline(nodes: readonly OutlineNode[], depth = 0, out: string[] = []): string[] {
  for (const n of nodes) {
    out.push(`${depth}:${n.kind}:${n.number}:${(n.heading ?? '').replace(/\s+/g, ' ')}`);
    flatOutline(n.children, depth + 1, out);
  }
  return out;
}

export function flatUnits(units: readonly Unit[], depth = 0, out: string[] = []): string[] {
  for (const u of units) {
    if (u.kind !== 'intro') out.push(`${depth}:${u.kind}:${u.number}:${(u.heading ?? '').replace(/\s+/g, ' ')}`);
    flatUnits(u.children, u.kind === 'intro' ? depth : depth + 1, out);
  }
  return out;
}

/**
 * The comparison of ../shared/texts/bhyt/README.md: unit by unit (matched by anchor, i.e. label
 * by label), the unit's label, heading and own text, NFC, whitespace folded, footnote references
 * removed. Returns the units of `witness` (Phần/Chương headings and the preamble aside) and
 * those that differ.
 */
export function compareWitness(imported: RegulationDocument, witness: RegulationDocument): { total: number; equal: number; differ: string[] } {
  const norm = (s: string): string => s.replace(/\[\^\d+\]/g, '').normalize('NFC').replace(/\s+/g, ' ').trim();
  // the unit's label, heading and all its own paragraphs: up to its first child, or else up to the
  // next unit (a paragraph after a list-item khoản that the parser leaves out of every unit is
  // still text of the unit it follows, as the source prints it)
  const key = (d: RegulationDocument, u: Unit): string => {
    const i = d.all.indexOf(u);
    const next = u.children[0]?.start ?? d.all[i + 1]?.start ?? d.source.text.length;
    return norm(d.source.text.slice(u.labelStart, next).replace(/^\[\^\d+\]:.*$/gmu, ''));
  };
  let total = 0;
  let equal = 0;
  const differ: string[] = [];
  for (const u of witness.all) {
    if (u.kind === 'intro' || u.kind === 'chuong' || u.kind === 'phan') continue;
    total++;
    const v = imported.byAnchor.get(u.anchor);
    if (v && key(imported, v) === key(witness, u)) equal++;
    else differ.push(u.anchor);
  }
  return { total, equal, differ };
}
