/**
 * `quyche import --amendment`: the amending document, in any form `quyche import` reads (Word,
 * gazette or PDF-to-text copy, HTML, legacy encodings) or as quyche Markdown, compiled into a
 * patch (compile.ts) and written as YAML (yaml.ts). Pure: bytes in, YAML text and notes out.
 */
import { SourceText } from '../../text/source.js';
import { readFrontMatter } from '../../document/frontmatter.js';
import type { Message } from '../../diagnostics/diagnostic.js';
import { decodeText } from '../../text/decode.js';
import { importDocument } from '../index.js';
import { compileAmendment, type CompileNote, type CompileOptions, type CompileResult } from './compile.js';
import { paragraphsOfBlocks, paragraphsOfMarkdown } from './paragraphs.js';

export type AmendmentOutcome = ({ ok: true } & CompileResult) | { ok: false; message: Message; line: number; column: number; offset: number };

export async function compileAmendmentFile(bytes: Uint8Array, name: string, options: CompileOptions = {}): Promise<AmendmentOutcome> {
  if (/\.(?:md|markdown)$/iu.test(name)) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { ok: false, message: { id: 'import.unknown-format' }, line: 1, column: 1, offset: 0 };
    const text = decoded.text;
    const fm = readFrontMatter(new SourceText(name, text), 0);
    return { ok: true, ...compileAmendment(paragraphsOfMarkdown(text), fm.meta, options) };
  }
  const r = await importDocument(bytes, { name, footnotes: true });
  if (!r.ok) return r;
  const result = compileAmendment(paragraphsOfBlocks(r.recovered.blocks), r.recovered.meta, options);
  // of import's own notes only what concerns reading the file (the encoding, errors): labels of
  // the amending document that do not fit its numbering are not the patch's business
  const notes: CompileNote[] = [...r.notes.filter((n) => n.severity === 'error' || n.message.id === 'import.decoded'), ...result.notes];
  return { ok: true, ...result, notes };
}

export { compileAmendment } from './compile.js';
export { writePatchYaml } from './yaml.js';
export type { CompiledPatch, CompileResult, CompileSummary } from './compile.js';
