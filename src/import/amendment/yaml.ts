/**
 * The compiled patch as the YAML file a drafter reads and edits: the schema line for editors, a
 * comment naming the amending document and the count of instructions, header fields, then one
 * change per item with multi-line text as literal blocks.
 */
import { Document, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq } from 'yaml';
import type { CompiledPatch } from './compile.js';

function styleScalars(node: unknown): void {
  if (isMap(node)) for (const pair of (node as YAMLMap).items) styleScalars(pair.value);
  else if (isSeq(node)) for (const item of (node as YAMLSeq).items) styleScalars(item);
  else if (isScalar(node)) {
    const s = node as Scalar;
    if (typeof s.value === 'string' && s.value.includes('\n')) s.type = Scalar.BLOCK_LITERAL;
  }
}

/** `schemaPath`: the shipped JSON Schema relative to the file's folder (for editors). */
export function writePatchYaml(patch: CompiledPatch, header: string, count: string, schemaPath: string): string {
  const doc = new Document(patch);
  // ids and numbers that read as numbers stay strings
  const changes = doc.get('changes') as YAMLSeq;
  for (const c of changes.items) {
    const id = (c as YAMLMap).get('id', true) as Scalar | undefined;
    if (id) id.type = Scalar.QUOTE_DOUBLE;
  }
  styleScalars(doc.contents);
  doc.commentBefore = ` yaml-language-server: $schema=${schemaPath}\n\n ${header}\n ${count}`;
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
