/**
 * `quyche import`: a Word file, a gazette / PDF-to-text copy, an HTML page or a legacy-encoded
 * text → the Markdown form of docs/format.md, with the outline recovered, the log of what was
 * removed and a note for everything that could not be placed. Pure: bytes in, text out.
 */
import type { Message } from '../diagnostics/diagnostic.js';
import { detectInput, type InputKind } from './detect.js';
import { readText } from './text.js';
import { readHtml } from './html.js';
import { readDocx } from './docx.js';
import type { ImportNote, OutlineNode, Recovered, Removal } from './model.js';
import { outlineOf, writeMarkdown } from './writer.js';

export interface ImportOptions {
  /** keep footnotes (default true) */
  footnotes?: boolean;
  /** the file name, for detection by extension when content is not decisive */
  name?: string;
}

export interface ImportResult {
  ok: true;
  kind: InputKind;
  markdown: string;
  outline: OutlineNode[];
  removals: Removal[];
  notes: ImportNote[];
  /** the encoding the text was decoded from, when it was not UTF-8 */
  encoding?: string;
  footnotes: number;
  recovered: Recovered;
}

export type ImportOutcome = ImportResult | { ok: false; message: Message; offset: number; line: number; column: number };

export async function importDocument(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  const input = detectInput(bytes, options.name);
  if (!input.ok) return input;
  const footnotes = options.footnotes !== false;
  let recovered: Recovered;
  if (input.kind === 'docx') recovered = await readDocx(bytes, { footnotes });
  else if (input.kind === 'html') recovered = readHtml(input.text!, { footnotes });
  else recovered = readText(input.text!, { footnotes });
  const notes = [...recovered.notes];
  if (input.encoding) notes.unshift({ line: 1, column: 1, severity: 'info', message: { id: 'import.decoded', args: { encoding: input.encoding } } });
  return {
    ok: true,
    kind: input.kind,
    markdown: writeMarkdown(recovered),
    outline: outlineOf(recovered.blocks),
    removals: recovered.removals,
    notes,
    ...(input.encoding ? { encoding: input.encoding } : {}),
    footnotes: recovered.footnotes.length,
    recovered,
  };
}

export type { InputKind } from './detect.js';
export type { OutlineNode, Removal, ImportNote } from './model.js';
