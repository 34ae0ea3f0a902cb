/**
 * The JSON report of `quyche check --format json`: a stable, documented shape
 * (docs/diagnostics.md; checked by a test against its JSON Schema).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { Lang } from '../i18n/messages.js';
import { renderDiagnostic, summarize, type RenderedDiagnostic, type Summary } from './render.js';

const REPORT_VERSION = 1;

export interface JsonReport {
  version: number;
  summary: Summary;
  diagnostics: RenderedDiagnostic[];
}

export function jsonReport(ds: readonly Diagnostic[], opts: { lang: Lang; cwd: string; files: number }): JsonReport {
  return {
    version: REPORT_VERSION,
    summary: summarize(ds, opts.files),
    diagnostics: sortDiagnostics(ds).map((d) => renderDiagnostic(d, opts.lang, opts.cwd)),
  };
}
