/**
 * What a run of patches gives back: the status of every change, the amended documents with their
 * pieces, the diagnostics; and what it needs (where to find the amended documents). Types only,
 * and the one name a change goes by in messages.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RegulationDocument } from '../document/model.js';
import type { Op } from '../patch/schema.js';
import type { Piece } from './pieces.js';

export type ChangeStatus = 'applied' | 'already-applied' | 'failed' | 'not-yet-effective';

export interface ChangeRecord {
  /** index of the patch in the run, and of the change in the patch */
  patch: number;
  index: number;
  id: string;
  /** the id of the patch (its `id` field) */
  patchId: string;
  op: Op;
  status: ChangeStatus;
  /** effective date: the change's own, else the patch's, else its date */
  effective?: string;
  /** the amended document's number or path */
  document: string;
  /** anchors (in the result) of the units the change wrote, inserted, repealed or moved to */
  units: string[];
  /** anchors (in the original) of units the change removed or moved away */
  removed: string[];
  /** for a move: original anchor → result anchor */
  moved?: { from: string; to: string };
}

export interface AppliedDocument {
  original: RegulationDocument;
  result: RegulationDocument;
  /** the result body as pieces of the original and text written by changes */
  pieces: Piece[];
  changes: ChangeRecord[];
}

export interface ApplyRun {
  ok: boolean;
  diagnostics: Diagnostic[];
  documents: AppliedDocument[];
  changes: ChangeRecord[];
}

export interface ApplyOptions {
  /** apply only changes in force on this ISO date (consolidation `--as-of`); undated changes are not */
  asOf?: string;
  /** find the document a patch amends */
  find(number: string): RegulationDocument | undefined;
  /**
   * parse each amended text afresh instead of building its document from the working document's
   * units (WorkingDocument.result): the reference the tests compare that build with
   */
  reparse?: boolean;
}

/**
 * The one name a change goes by where it is named to the user (conflicts, redlines, comparison
 * tables): its id, qualified by its patch's id when more than one patch is in view — the run's
 * patches, the redline's — since ids repeat across patches: `bo-sung-tiep/2`. docs/patches.md,
 * "Naming a change".
 */
export function changeName(change: { id: string; patchId: string }, qualified: boolean): string {
  return qualified ? `${change.patchId}/${change.id}` : change.id;
}
