/**
 * The text reporter: diagnostics grouped by file, `line:column  severity  code  message`, the hint
 * on the next line, a summary; coloured only when the stream allows it.
 */
import type { ChalkInstance } from 'chalk';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { t, type Lang } from '../i18n/messages.js';
import { renderDiagnostic, summarize } from './render.js';

export function formatText(
  ds: readonly Diagnostic[],
  opts: { lang: Lang; cwd: string; chalk: ChalkInstance; summary?: boolean; files?: number },
): string {
  const { lang, cwd, chalk } = opts;
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of sortDiagnostics(ds)) {
    const r = renderDiagnostic(d, lang, cwd);
    if (r.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(chalk.underline(r.file));
      current = r.file;
    }
    const sev = t(lang, `severity.${r.severity}`);
    const sevColored = r.severity === 'error' ? chalk.red(sev) : r.severity === 'warning' ? chalk.yellow(sev) : chalk.blue(sev);
    const where = chalk.dim(`${r.line}:${r.column}`.padEnd(8));
    const change = r.change !== undefined ? chalk.dim(` [${r.change}]`) : '';
    lines.push(`  ${where} ${sevColored}  ${chalk.bold(r.code)}  ${r.message}${change}`);
    if (r.hint) {
      for (const [i, h] of r.hint.split('\n').entries()) lines.push(`${' '.repeat(11)}${chalk.dim(i === 0 ? `${t(lang, 'report.hint')}: ` : '')}${h}`);
    }
  }
  if (opts.summary !== false) {
    const s = summarize(ds, opts.files);
    if (lines.length > 0) lines.push('');
    const text = ds.length === 0 ? `${t(lang, 'report.no-issues')} · ${t(lang, 'report.summary', { ...s })}` : t(lang, 'report.summary', { ...s });
    lines.push(s.errors > 0 ? chalk.red(text) : s.warnings > 0 ? chalk.yellow(text) : chalk.green(text));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
