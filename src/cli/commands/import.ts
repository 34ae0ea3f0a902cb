/**
 * `quyche import <file> [-o out.md]`: a Word file, a gazette / PDF-to-text copy, an HTML page or
 * a legacy-encoded text into the Markdown form (docs/import.md). The Markdown goes to stdout or,
 * with `-o`, atomically to a file; `--format json` prints the recovered outline and the removal
 * log instead. Notes (labels that do not fit, unmarked footnotes, the encoding converted) go to
 * stderr with their source line; a progress indicator shows on a TTY for large files.
 */
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { importDocument, type ImportNote, type OutlineNode, type Removal } from '../../import/index.js';
import { relativePath } from '../../report/render.js';
import { addCommonOptions, type Context } from '../context.js';
import { checkOutput, fail, printDiagnostics, refuseInput, resolvePath } from '../shared.js';
import type { GlobalOptions } from '../context.js';

const LARGE = 1024 * 1024;
const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/amendment.schema.json', import.meta.url)).split('\\').join('/');

/** The shipped JSON Schema relative to a folder, for the `# yaml-language-server: $schema=` line. */
function schemaFrom(dir: string): string {
  return posix.relative(dir.split('\\').join('/'), SCHEMA_FILE);
}

function toDiagnostic(file: string, n: ImportNote): Diagnostic {
  const code = n.message.id.startsWith('import.decoded') || n.message.id.startsWith('encoding') ? 'encoding' : 'numbering';
  return { file, line: n.line, column: n.column, endLine: n.line, endColumn: n.column, severity: n.severity, code, message: n.message };
}

function count(nodes: readonly OutlineNode[], kind?: string): number {
  let n = 0;
  for (const u of nodes) n += (kind === undefined || u.kind === kind ? 1 : 0) + count(u.children, kind);
  return n;
}

function removalSummary(removals: readonly Removal[]): { removed: number; detail: string } {
  const by = new Map<string, number>();
  for (const r of removals) by.set(r.kind, (by.get(r.kind) ?? 0) + 1);
  const layout = ['page-header', 'page-number', 'vbhn-header', 'signature', 'continued'];
  const removed = layout.reduce((a, k) => a + (by.get(k) ?? 0), 0);
  return { removed, detail: [...by].map(([k, v]) => `${k} ${v}`).join(', ') };
}

export function registerImport(program: Command, ctx: Context): void {
  const cmd = program
    .command('import')
    .description(ctx.t('cli.import.description'))
    .argument('[file]', ctx.t('cli.arg.file'))
    .option('-o, --output <file>', ctx.t('cli.import.opt.output'))
    .option('--amendment <file>', ctx.t('cli.import.opt.amendment'))
    .option('--amends <number>', ctx.t('cli.import.opt.amends'))
    .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'md, json' })).choices(['md', 'json']).default('md'))
    .option('--no-footnotes', ctx.t('cli.import.opt.no-footnotes'));
  addCommonOptions(cmd, ctx);
  cmd.action(async (file: string | undefined, opts: { output?: string; format: string; footnotes: boolean; amendment?: string; amends?: string }, command: Command) => {
    const g = ctx.globals(command);
    if (opts.amendment !== undefined) {
      if (file !== undefined) fail(ctx, g, ctx.t('cli.import.two-inputs', { file, amendment: opts.amendment }));
      await importAmendment(ctx, g, opts.amendment, opts);
      return;
    }
    if (file === undefined) fail(ctx, g, ctx.t('cli.import.no-input'));
    const path = resolvePath(ctx.io.cwd, file);
    const shown = relativePath(path, ctx.io.cwd);
    const bytes = await ctx.io.fs.read(path);
    if (!bytes) fail(ctx, g, ctx.t('import.read-error', { path: shown }));

    const tty = !!ctx.io.stderr.isTTY && !('CI' in ctx.io.env) && ctx.io.env.TERM !== 'dumb' && !g.quiet;
    let stop = (): void => undefined;
    if (tty && bytes.length > LARGE) {
      const { default: ora } = await import('ora');
      const spinner = ora({ text: ctx.t('import.progress', { file: shown }), stream: ctx.io.stderr as NodeJS.WritableStream, discardStdin: false, color: 'cyan' }).start();
      stop = () => {
        if (spinner.isSpinning) spinner.stop();
      };
    }
    let result;
    try {
      result = await importDocument(bytes, { footnotes: opts.footnotes, name: file });
    } catch (e) {
      stop();
      fail(ctx, g, ctx.t('import.docx-error', { detail: e instanceof Error ? e.message : String(e) }));
    }
    stop();
    if (!result.ok) {
      const d: Diagnostic = { file: path, line: result.line, column: result.column, endLine: result.line, endColumn: result.column, severity: 'error', code: 'encoding', message: result.message, offset: [result.offset, result.offset] };
      printDiagnostics(ctx, g, [d]);
      ctx.exitCode = 1;
      return;
    }
    const diagnostics = result.notes.map((n) => toDiagnostic(path, n));
    if (count(result.outline) === 0) diagnostics.push({ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'warning', code: 'numbering', message: { id: 'import.no-units' } });
    const { removed, detail } = removalSummary(result.removals);

    if (opts.output) {
      const out = resolvePath(ctx.io.cwd, opts.output);
      try {
        await ctx.io.fs.writeAtomic(out, new TextEncoder().encode(result.markdown));
      } catch (e) {
        fail(ctx, g, ctx.t('cli.error.io', { path: relativePath(out, ctx.io.cwd), detail: e instanceof Error ? e.message : String(e) }));
      }
    }
    if (opts.format === 'json') {
      const json = {
        version: 1,
        file: shown,
        kind: result.kind,
        ...(result.encoding ? { encoding: result.encoding } : {}),
        meta: result.recovered.meta,
        summary: { chapters: count(result.outline, 'chuong'), articles: count(result.outline, 'dieu'), units: count(result.outline), footnotes: result.footnotes, removed },
        outline: result.outline,
        removals: result.removals,
        diagnostics: diagnostics.map((d) => ({ line: d.line, column: d.column, severity: d.severity, code: d.code, message: ctx.t(d.message.id, d.message.args) })),
        ...(opts.output ? {} : { markdown: result.markdown }),
      };
      ctx.io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else if (!opts.output) {
      ctx.io.stdout.write(result.markdown);
    }
    printDiagnostics(ctx, g, diagnostics);
    if (!g.quiet) {
      ctx.io.stderr.write(
        `${ctx.t('import.summary', { kind: result.kind + (result.encoding ? ` (${result.encoding})` : ''), chapters: count(result.outline, 'chuong'), articles: count(result.outline, 'dieu'), units: count(result.outline), footnotes: result.footnotes, removed, detail: detail || '-' })}\n`,
      );
      if (opts.output) ctx.io.stderr.write(`${ctx.t('import.written', { path: relativePath(resolvePath(ctx.io.cwd, opts.output), ctx.io.cwd) })}\n`);
    }
    ctx.exitCode = 0;
  });
}

/**
 * `quyche import --amendment <file> [--amends <number>] [-o amendments/x.yaml]`: the amending
 * document compiled into a patch (src/import/amendment). The YAML goes to stdout or to `-o`;
 * every instruction that could not be compiled is an error at its line, and the exit code is 1
 * when there is one (the patch written holds the others).
 */
async function importAmendment(ctx: Context, g: GlobalOptions, file: string, opts: { output?: string; amends?: string }): Promise<void> {
  const { compileAmendmentFile, writePatchYaml } = await import('../../import/amendment/index.js');
  const path = resolvePath(ctx.io.cwd, file);
  const shown = relativePath(path, ctx.io.cwd);
  const bytes = await ctx.io.fs.read(path);
  if (!bytes) fail(ctx, g, ctx.t('import.read-error', { path: shown }));
  ctx.reads.add(path);
  const out = opts.output !== undefined ? await checkOutput(ctx, g, opts.output) : undefined;
  if (out?.input) refuseInput(ctx, g, out.path, out.input);
  let result;
  try {
    result = await compileAmendmentFile(bytes, file, { ...(opts.amends ? { amends: opts.amends } : {}) });
  } catch (e) {
    fail(ctx, g, ctx.t('import.docx-error', { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (!result.ok) {
    const d: Diagnostic = { file: path, line: result.line, column: result.column, endLine: result.line, endColumn: result.column, severity: 'error', code: 'encoding', message: result.message, offset: [result.offset, result.offset] };
    printDiagnostics(ctx, g, [d]);
    ctx.exitCode = 1;
    return;
  }
  const document = result.patch.number ? `${result.patch.type ?? ''} số ${result.patch.number}`.trim() : shown;
  const yaml = writePatchYaml(result.patch, ctx.t('amendment.header', { document }), ctx.t('amendment.count', { compiled: result.summary.compiled, changes: result.summary.changes }), schemaFrom(out ? posix.dirname(out.path) : ctx.io.cwd));
  if (out) {
    try {
      await ctx.io.fs.writeAtomic(out.path, new TextEncoder().encode(yaml));
    } catch (e) {
      fail(ctx, g, ctx.t('cli.error.io', { path: relativePath(out.path, ctx.io.cwd), detail: e instanceof Error ? e.message : String(e) }));
    }
  } else ctx.io.stdout.write(yaml);
  const diagnostics: Diagnostic[] = result.notes.map((n) => ({ file: path, line: n.line, column: n.column, endLine: n.line, endColumn: n.column, severity: n.severity, code: 'amendment', message: n.message }));
  printDiagnostics(ctx, g, diagnostics);
  if (!g.quiet) {
    ctx.io.stderr.write(`${ctx.t('amendment.summary', { ...result.summary })}\n`);
    if (out) ctx.io.stderr.write(`${ctx.t('import.written', { path: relativePath(out.path, ctx.io.cwd) })}\n`);
  }
  ctx.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
