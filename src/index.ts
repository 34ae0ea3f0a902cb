/**
 * quyche as a library (`import { … } from 'quyche'`): the pipeline the CLI runs, as pure
 * functions — document → citation → patch → apply → check → export — with the importers and the
 * amendment compiler. No function here touches the file system, the process or the console: the
 * workspace is read through a `WorkspaceIO` the caller provides, and diagnostics are data.
 *
 * docs/architecture.md describes each step; the CLI (src/cli) is a thin layer over these.
 */

// documents: Markdown with the Vietnamese hierarchy recognised from the printed labels
export { parseRegulation } from './document/parse.js';
export type { DocumentMeta, RegulationDocument, Unit, UnitKind } from './document/model.js';

// citations: "điểm a khoản 2 Điều 5", "Điểm 1.1, Khoản 1, Điều 8, Quy định số 80-QĐ/TW …"
export { parseCitation, scanCitations } from './citation/parse.js';
export type { Citation } from './citation/parse.js';
export { resolveCitation, resolveTarget } from './citation/resolve.js';
export type { Resolution } from './citation/resolve.js';
export { formatCitation, styleOf } from './citation/format.js';

// patches: the YAML amendment format (schema/amendment.schema.json)
export { loadPatch } from './patch/load.js';
export type { LoadedPatch } from './patch/load.js';
export type { Change, Patch } from './patch/schema.js';

// applying: the amended text, the record of every change, the redline
export { applyPatches } from './apply/run.js';
export type { AppliedDocument, ApplyOptions, ApplyRun, ChangeRecord, ChangeStatus } from './apply/model.js';

// the workspace and the CI gate
export { findDocument, findRoot, loadWorkspace } from './workspace/workspace.js';
export type { Workspace, WorkspaceConfig, WorkspaceIO } from './workspace/workspace.js';
export { runCheck } from './check/run.js';
export type { CheckOptions, CheckResult } from './check/run.js';

// exports: consolidated text, redline, comparison table, amending document, report
export { buildExport, EXPORT_FORMATS, EXPORT_KINDS, renderExport } from './export/run.js';
export type { ExportFormat, ExportInput } from './export/run.js';

// bringing documents in: Word, gazette text, HTML; amending documents compiled into patches
export { importDocument } from './import/index.js';
export type { ImportOptions, ImportOutcome, ImportResult } from './import/index.js';
export { compileAmendment, compileAmendmentFile, writePatchYaml } from './import/amendment/index.js';
export type { CompiledPatch, CompileResult, CompileSummary } from './import/amendment/index.js';

// diagnostics as data, and their reporters
export type { Diagnostic, Message, Severity } from './diagnostics/diagnostic.js';
export { CODES } from './diagnostics/diagnostic.js';
export { formatText } from './report/text.js';
export { jsonReport } from './report/json.js';
export { MESSAGES, t } from './i18n/messages.js';
export type { Lang, MessageId } from './i18n/messages.js';
