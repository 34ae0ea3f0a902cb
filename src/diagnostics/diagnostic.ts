/**
 * Diagnostics as data (product.md §5): a place, a stable code, a severity, a message id with its
 * arguments. Checks produce them; reporters (src/report) render them in Vietnamese or English.
 */
import type { Message, MessageData } from '../i18n/messages.js';
import type { SourceText } from '../text/source.js';

export type Severity = 'error' | 'warning' | 'info';

export const CODES = {
  'yaml-syntax': 'error',
  schema: 'error',
  'unknown-document': 'error',
  'target-not-found': 'error',
  'target-ambiguous': 'error',
  'stale-text': 'error',
  'phrase-not-found': 'error',
  'phrase-ambiguous': 'error',
  'count-mismatch': 'error',
  'label-conflict': 'error',
  conflict: 'error',
  'basis-not-found': 'error',
  'quote-mismatch': 'error',
  'basis-unverified': 'warning',
  'citation-metadata': 'warning',
  superseded: 'warning',
  'dangling-reference': 'warning',
  numbering: 'warning',
  'citation-style': 'info',
  'already-applied': 'warning',
  'too-many-changes': 'warning',
  // quyche's own, beyond the table of §5 (documented in docs/diagnostics.md)
  workspace: 'warning',
  encoding: 'error',
  'front-matter': 'warning',
  'inline-markup': 'error',
  // import --amendment: an instruction of the amending document that could not be compiled
  amendment: 'error',
} as const satisfies Record<string, Severity>;

export type Code = keyof typeof CODES;

/**
 * A message id with its arguments, checked per id by the type system where it is built
 * (src/i18n/messages.ts); a diagnostic holds it as `MessageData`, whose arguments read by name.
 */
export type { Message, MessageData } from '../i18n/messages.js';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: Code;
  message: MessageData;
  hint?: MessageData;
  /** id of the patch change the diagnostic is about */
  change?: string;
  /** source offsets [start, end) in `file` */
  offset?: [number, number];
}

/** Build a diagnostic at offsets of a source text. */
export function diagnosticAt(
  source: SourceText,
  start: number,
  end: number,
  code: Code,
  message: Message,
  extra: { hint?: Message; change?: string; severity?: Severity } = {},
): Diagnostic {
  const a = source.point(start);
  const b = source.point(Math.max(start, end));
  const d: Diagnostic = {
    file: source.path,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    severity: extra.severity ?? CODES[code],
    code,
    message,
    offset: [start, Math.max(start, end)],
  };
  if (extra.hint) d.hint = extra.hint;
  if (extra.change !== undefined) d.change = extra.change;
  return d;
}

/** A diagnostic about a whole file (no better place known): line 1, column 1. */
export function diagnosticForFile(file: string, code: Code, message: Message, extra: { hint?: Message; severity?: Severity } = {}): Diagnostic {
  const d: Diagnostic = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: extra.severity ?? CODES[code], code, message };
  if (extra.hint) d.hint = extra.hint;
  return d;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort by file, line, column, then severity and code: the order every reporter prints. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

