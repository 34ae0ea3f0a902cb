/**
 * The JSON outputs of the CLI, each shape defined once, next to its JSON Schema in schema/
 * (docs/json-output.md): the TypeScript type the command's value must satisfy, and the schema
 * file a test validates real outputs of the command against (test/cli/json-schemas.test.ts).
 * Every output carries `version` (1): fields are only ever added; a change that removes or
 * retypes one bumps it.
 *
 * | output                               | type          | schema                             |
 * |--------------------------------------|---------------|------------------------------------|
 * | `check -f json`                      | CheckJson     | schema/check-report.schema.json    |
 * | `amend -f json`                      | AmendJson     | schema/amend.schema.json           |
 * | `outline -f json`                    | OutlineJson   | schema/outline.schema.json         |
 * | `show -f json`                       | ShowJson      | schema/show.schema.json            |
 * | `diff -f json`                       | (src/diff)    | schema/diff.schema.json            |
 * | `diff --witness -f json`             | (src/diff)    | schema/witness.schema.json         |
 * | `import -f json`                     | ImportJson    | schema/import.schema.json          |
 * | `export <kind> -f json`              | (src/export)  | schema/export.schema.json          |
 */
import type { ChangeRecord } from '../apply/model.js';
import type { Redline } from '../apply/redline.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentMeta } from '../document/model.js';
import type { ImportResult, OutlineNode, Removal } from '../import/index.js';
import type { OutlineJson, UnitJson } from '../render/outline.js';
import type { JsonReport } from '../report/json.js';
import type { RenderedDiagnostic } from '../report/render.js';

/** `check -f json`: the summary and the diagnostics (src/report/json.ts builds it). */
export type CheckJson = JsonReport;

/** `outline -f json`: the document's metadata and its tree of units (src/render/outline.ts builds it). */
export type { OutlineJson, UnitJson };

/** `show -f json`: the unit found, with its Markdown; several units (a range) as an array. */
export type ShowUnitJson = UnitJson & { markdown: string };
export type ShowJson = ShowUnitJson | ShowUnitJson[];

export const AMEND_JSON_VERSION = 1;

/** `amend -f json`: every amended document with its change records and redline; the amended text only when nothing failed. */
export interface AmendJson {
  version: typeof AMEND_JSON_VERSION;
  /** no error (and no warning under --strict) */
  ok: boolean;
  documents: Array<{
    /** the document's number, null for one without */
    document: string | null;
    /** relative to the current folder */
    path: string;
    changes: ChangeRecord[];
    redline: Redline;
    /** the amended Markdown; null when the run failed */
    text: string | null;
  }>;
  diagnostics: RenderedDiagnostic[];
}

const IMPORT_JSON_VERSION = 1;

/** `import -f json`: what was recognised, the outline, the removal log and the notes; the Markdown unless written with -o. */
export interface ImportJson {
  version: typeof IMPORT_JSON_VERSION;
  file: string;
  kind: ImportResult['kind'];
  encoding?: string;
  meta: DocumentMeta;
  summary: { chapters: number; articles: number; units: number; footnotes: number; removed: number };
  outline: OutlineNode[];
  removals: Removal[];
  diagnostics: Array<{ line: number; column: number; severity: Diagnostic['severity']; code: Diagnostic['code']; message: string }>;
  markdown?: string;
}

/** The units of an import's outline (of one kind). */
export function countUnits(nodes: readonly OutlineNode[], kind?: string): number {
  let n = 0;
  for (const u of nodes) n += (kind === undefined || u.kind === kind ? 1 : 0) + countUnits(u.children, kind);
  return n;
}

export function importJson(
  result: ImportResult,
  o: { file: string; removed: number; markdown: boolean; diagnostics: readonly Diagnostic[]; message: (d: Diagnostic) => string },
): ImportJson {
  return {
    version: IMPORT_JSON_VERSION,
    file: o.file,
    kind: result.kind,
    ...(result.encoding ? { encoding: result.encoding } : {}),
    meta: result.recovered.meta,
    summary: { chapters: countUnits(result.outline, 'chuong'), articles: countUnits(result.outline, 'dieu'), units: countUnits(result.outline), footnotes: result.footnotes, removed: o.removed },
    outline: result.outline,
    removals: result.removals,
    diagnostics: o.diagnostics.map((d) => ({ line: d.line, column: d.column, severity: d.severity, code: d.code, message: o.message(d) })),
    ...(o.markdown ? { markdown: result.markdown } : {}),
  };
}
