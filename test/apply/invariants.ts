/**
 * Invariants of the working document that tests check after edits (they were methods of the
 * class, used by tests only): pieces and text agree in every chunk, and the tree kept up to date
 * edit by edit is the tree assembled afresh from the chunks.
 */
import { pieceLength } from '../../src/apply/pieces.js';
import { assembleTree, type WorkingDocument } from '../../src/apply/working.js';
import type { Unit } from '../../src/document/model.js';

/** Pieces and text agree in every chunk (their lengths). */
export function piecesConsistent(w: WorkingDocument): boolean {
  return w.chunks.every((c) => c.pieces.reduce((n, p) => n + pieceLength(p), 0) === c.text.length);
}

function shape(tops: readonly Unit[]): string {
  const out: string[] = [];
  const visit = (us: readonly Unit[], parent: Unit | null): void => {
    for (const u of us) {
      out.push(`${u.anchor}<${u.parent === parent ? '' : 'WRONG PARENT '}${parent?.anchor ?? ''}:${u.kind}:${u.start}-${u.end}`);
      visit(u.children, u);
    }
  };
  visit(tops, null);
  return out.join('\n');
}

const articles = (index: Map<string, Unit[]>): string => [...index].map(([k, v]) => `${k}=${v.map((u) => u.anchor).join(',')}`).join(';');

/** The tree (parents, children, anchors, article index) is the one assembled afresh from the chunks. */
export function treeConsistent(w: WorkingDocument): { kept: string; fresh: string } {
  const kept = `${shape(w.tree().units)}\n${articles(w.articleIndex())}`;
  const a = assembleTree(w.chunks);
  return { kept, fresh: `${shape(a.tops)}\n${articles(a.articles)}` };
}
