/** Diagnostics rendered in a language, with paths made relative for display. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { t, type Lang } from '../i18n/messages.js';

export interface RenderedDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Diagnostic['severity'];
  code: Diagnostic['code'];
  message: string;
  hint?: string;
  change?: string;
}

export function relativePath(path: string, cwd: string): string {
  if (!path.startsWith('/')) return path;
  const base = cwd.endsWith('/') ? cwd : `${cwd}/`;
  if (path.startsWith(base)) return path.slice(base.length);
  // go up as needed
  const a = base.split('/').filter(Boolean);
  const b = path.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === 0) return path;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function renderDiagnostic(d: Diagnostic, lang: Lang, cwd: string): RenderedDiagnostic {
  const r: RenderedDiagnostic = {
    file: relativePath(d.file, cwd),
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code,
    message: t(lang, d.message.id, d.message.args),
  };
  if (d.hint) r.hint = t(lang, d.hint.id, d.hint.args);
  if (d.change !== undefined) r.change = d.change;
  return r;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(ds: readonly Diagnostic[], files?: number): Summary {
  return {
    files: files ?? new Set(ds.map((d) => d.file)).size,
    errors: ds.filter((d) => d.severity === 'error').length,
    warnings: ds.filter((d) => d.severity === 'warning').length,
    infos: ds.filter((d) => d.severity === 'info').length,
  };
}
