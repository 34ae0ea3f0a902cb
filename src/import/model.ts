/**
 * What an importer recovers from a source, before it is written as Markdown: blocks in reading
 * order (each a unit's label and first paragraph, a further paragraph, a table, a closing
 * block), footnotes, the metadata of the header block, and the log of what was removed.
 */
import type { DocumentMeta, UnitKind } from '../document/model.js';
import type { Message } from '../diagnostics/diagnostic.js';
import type { LabelInfo } from './sequence.js';

export type BlockType = 'title' | 'unit' | 'para' | 'table' | 'closing';

export interface Block {
  type: BlockType;
  /** for 'unit': the label that starts it; `heading` the heading of a Phần/Chương/Mục/Điều */
  unit?: LabelInfo & { heading?: string };
  /** the text (for a unit: after its label, or its heading for heading units), inline Markdown */
  text: string;
  /** for 'table': rows of cells (inline Markdown) */
  rows?: string[][];
  /** a paragraph inside a quotation (the text of an amending provision): its labels are text */
  quoted?: boolean;
  /** 1-based line in the source where the block starts (for .docx/.html: the paragraph's index) */
  line: number;
}

export type RemovalKind =
  | 'page-header'
  | 'page-number'
  | 'vbhn-header'
  | 'signature'
  | 'continued'
  | 'motto'
  | 'separator'
  | 'header'
  | 'footnote'
  | 'footnote-mark'
  | 'empty';

export interface Removal {
  line: number;
  kind: RemovalKind;
  text: string;
}

export interface Footnote {
  n: number;
  text: string;
  line: number;
}

/** A diagnostic of the import: where in the source, and the message. */
export interface ImportNote {
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: Message;
}

export interface Recovered {
  blocks: Block[];
  footnotes: Footnote[];
  removals: Removal[];
  notes: ImportNote[];
  meta: DocumentMeta;
  /** comment lines for the front matter (place of signing …) */
  comments: string[];
}

export interface OutlineNode {
  kind: UnitKind;
  label: string;
  number: string;
  heading?: string;
  line: number;
  children: OutlineNode[];
}
