/**
 * The export pipeline: the applied patches → one export document (src/export/doc.ts) → one
 * writer per format. Pure: the CLI reads the workspace, applies the patches, and writes the bytes.
 */
import type { AppliedDocument, ApplyRun } from '../apply/model.js';
import { buildRedline } from '../apply/redline.js';
import type { RegulationDocument } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import { consolidatedDoc } from './consolidated.js';
import type { Block, ExportDoc, ExportKind } from './doc.js';
import { draftDoc, type DraftForm, type FormalFields } from './draft.js';
import { redlineDoc } from './redline.js';
import { reportDoc } from './report.js';
import { tableDoc } from './table.js';
import { toHtml } from './write/html.js';
import { toJson } from './write/json.js';
import { toMarkdown, type MdMarks } from './write/markdown.js';

export const EXPORT_KINDS: readonly ExportKind[] = ['consolidated', 'redline', 'table', 'draft', 'report'];
export type ExportFormat = 'md' | 'html' | 'docx' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'docx', 'json'];

export interface ExportInput {
  kind: ExportKind;
  run: ApplyRun;
  patches: readonly LoadedPatch[];
  revision: { author: string; date: string };
  asOf?: string;
  /** consolidated: the document to consolidate (it may have no applied change) */
  document?: RegulationDocument;
  /** the formal parts' fields of quyche.yaml: office, place, signer (draft, table, report) */
  formal?: FormalFields;
  /** draft: the amending document itself, or the Quyết định issuing it */
  form?: DraftForm;
  /** table, report: the library's documents (a cited document replaced since: "nay là …") */
  library?: readonly RegulationDocument[];
}

/** A document no patch changed, as an applied document with no change. */
function unchanged(doc: RegulationDocument): AppliedDocument {
  return { original: doc, result: doc, pieces: [{ kind: 'orig', start: doc.bodyStart, end: doc.source.text.length }], changes: [] };
}

/** Several documents in one export: their blocks one after the other, notes and anchors renumbered. */
function mergeDocs(docs: readonly ExportDoc[]): ExportDoc {
  if (docs.length === 1) return docs[0]!;
  const first = docs[0]!;
  const blocks: Block[] = [];
  const notes: ExportDoc['notes'] = [];
  docs.forEach((d, k) => {
    const offset = notes.length;
    const renote = <T extends { content: ExportDoc['notes'][number]['content'] }>(x: T): T => ({
      ...x,
      content: x.content.map((i) => ('note' in i ? { note: i.note + offset } : i)),
    });
    for (const b of d.blocks) {
      if (b.t === 'p') blocks.push({ ...renote(b), ...(b.id ? { id: `${k + 1}-${b.id}` } : {}) });
      else if (b.t === 'toc') blocks.push({ ...b, entries: b.entries.map((e) => ({ ...e, id: `${k + 1}-${e.id}` })) });
      else blocks.push(b);
    }
    for (const n of d.notes) notes.push({ id: n.id + offset, content: renote(n).content });
  });
  return { ...first, title: docs.map((d) => d.title).join('; '), blocks, notes, landscape: docs.some((d) => d.landscape) };
}

export function buildExport(input: ExportInput): ExportDoc {
  const { run, patches, revision } = input;
  switch (input.kind) {
    case 'consolidated': {
      const target = input.document;
      const docs = target ? [run.documents.find((d) => d.original === target) ?? unchanged(target)] : run.documents;
      return mergeDocs(docs.map((d) => consolidatedDoc(d, patches, { revision, ...(input.asOf ? { asOf: input.asOf } : {}), ...(input.formal?.office ? { office: input.formal.office } : {}) })));
    }
    case 'redline':
      return mergeDocs(run.documents.map((d) => redlineDoc(d, buildRedline(d.original, d.result, d.pieces, d.changes), patches, { revision })));
    case 'table':
      return mergeDocs(run.documents.map((d) => tableDoc(d, buildRedline(d.original, d.result, d.pieces, d.changes), patches, { revision, ...input.formal, ...(input.library ? { library: input.library } : {}) })));
    case 'draft':
      return draftDoc(run.documents, patches, { revision, ...input.formal, ...(input.form ? { form: input.form } : {}) });
    case 'report':
      return reportDoc(run.documents, patches, { revision, ...input.formal, ...(input.library ? { library: input.library } : {}) });
  }
}

export async function renderExport(doc: ExportDoc, format: ExportFormat, opts: { marks?: MdMarks } = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return toMarkdown(doc, opts);
    case 'html':
      return toHtml(doc);
    case 'docx':
      // loaded on demand: the docx package is the heaviest module quyche has, and only Word needs it
      return (await import('./write/docx.js')).toDocx(doc);
    case 'json':
      return toJson(doc);
  }
}
