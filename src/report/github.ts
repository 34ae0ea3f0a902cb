/**
 * GitHub Actions workflow commands, one per diagnostic, so that CI annotates the YAML and Markdown
 * lines of a pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Errors are `error`, warnings `warning`, notes `notice`; values are escaped as the runner expects.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { t, type Lang } from '../i18n/messages.js';
import { renderDiagnostic, summarize } from './render.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(ds: readonly Diagnostic[], opts: { lang: Lang; cwd: string; files: number }): string {
  const lines = sortDiagnostics(ds).map((d) => {
    const r = renderDiagnostic(d, opts.lang, opts.cwd);
    const props = [
      `file=${escapeProperty(r.file)}`,
      `line=${r.line}`,
      `col=${r.column}`,
      `endLine=${r.endLine}`,
      `endColumn=${r.endColumn}`,
      `title=${escapeProperty(`quyche ${r.code}${r.change !== undefined ? ` [${r.change}]` : ''}`)}`,
    ].join(',');
    const message = r.hint ? `${r.message}\n${t(opts.lang, 'report.hint')}: ${r.hint}` : r.message;
    return `::${LEVEL[r.severity]} ${props}::${escapeData(message)}`;
  });
  const s = summarize(ds, opts.files);
  lines.push(t(opts.lang, 'report.summary', { ...s }));
  return `${lines.join('\n')}\n`;
}
