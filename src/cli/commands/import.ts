/**
 * `quyche import <file> [-o out.md]`: a Word file, a gazette / PDF-to-text copy, an HTML page or
 * a legacy-encoded text into the Markdown form (docs/import.md). The Markdown goes to stdout or,
 * with `-o`, atomically to a file; `--format json` prints the recovered outline and the removal
 * log instead. Notes (labels that do not fit, unmarked footnotes, the encoding converted) go to
 * stderr with their source line; a progress indicator shows on a TTY for large files.
 */
import { posix } from 'node:path';
import { Option } from 'commander';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { importDocument, type ImportNote, type Removal } from '../../import/index.js';
import { countUnits as count, importJson } from '../json.js';
import { command, type Job, type Outcome } from '../pipeline.js';
import { checkOutput, refuseInput, writeOutput } from '../shared.js';
import { SCHEMA_FILE } from '../install.js';

const LARGE = 1024 * 1024;

/** The shipped JSON Schema relative to a folder, for the `# yaml-language-server: $schema=` line. */
function schemaFrom(dir: string): string {
  return posix.relative(dir, SCHEMA_FILE);
}

function toDiagnostic(file: string, n: ImportNote): Diagnostic {
  const code = n.message.id.startsWith('import.decoded') || n.message.id.startsWith('encoding') ? 'encoding' : 'numbering';
  return { file, line: n.line, column: n.column, endLine: n.line, endColumn: n.column, severity: n.severity, code, message: n.message };
}

function removalSummary(removals: readonly Removal[]): { removed: number; detail: string } {
  const by = new Map<string, number>();
  for (const r of removals) by.set(r.kind, (by.get(r.kind) ?? 0) + 1);
  const layout = ['page-header', 'page-number', 'vbhn-header', 'signature', 'continued'];
  const removed = layout.reduce((a, k) => a + (by.get(k) ?? 0), 0);
  return { removed, detail: [...by].map(([k, v]) => `${k} ${v}`).join(', ') };
}

interface ImportOptions {
  output?: string;
  format: string;
  footnotes: boolean;
  amendment?: string;
  amends?: string;
}

type ImportJob = Job<[string | undefined], ImportOptions>;

export const registerImport = command<[string | undefined], ImportOptions>({
  define: (program, ctx) =>
    program
      .command('import')
      .description(ctx.t('cli.import.description'))
      .argument('[file]', ctx.t('cli.arg.file'))
      .option('-o, --output <file>', ctx.t('cli.import.opt.output'))
      .option('--amendment <file>', ctx.t('cli.import.opt.amendment'))
      .option('--amends <number>', ctx.t('cli.import.opt.amends'))
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'md, json' })).choices(['md', 'json']).default('md'))
      .option('--no-footnotes', ctx.t('cli.import.opt.no-footnotes')),
  validate: ({ ctx, args: [file], opts, fail }) => {
    if (opts.amendment !== undefined && file !== undefined) fail(ctx.t('cli.import.two-inputs', { file, amendment: opts.amendment }));
    if (opts.amendment === undefined && file === undefined) fail(ctx.t('cli.import.no-input'));
  },
  run: (job) => (job.opts.amendment !== undefined ? importAmendment(job, job.opts.amendment) : importFile(job, job.args[0]!)),
});

/** A failure to decode the input, at its place. */
function decodeDiagnostic(path: string, r: { line: number; column: number; offset: number; message: Diagnostic['message'] }): Diagnostic {
  return { file: path, line: r.line, column: r.column, endLine: r.line, endColumn: r.column, severity: 'error', code: 'encoding', message: r.message, offset: [r.offset, r.offset] };
}

async function importFile(job: ImportJob, file: string): Promise<Outcome> {
  const { ctx, g, opts } = job;
  const path = job.resolve(file);
  const shown = job.shown(path);
  const bytes = await ctx.io.fs.read(path);
  if (!bytes) job.fail(ctx.t('import.read-error', { path: shown }));
  // -o onto the file being imported is refused
  const out = opts.output !== undefined ? await checkOutput(ctx, g, opts.output) : undefined;
  if (out?.input !== undefined) refuseInput(ctx, g, out.path, out.input);

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
    job.fail(ctx.t('import.docx-error', { detail: e instanceof Error ? e.message : String(e) }));
  }
  stop();
  if (!result.ok) return { diagnostics: [decodeDiagnostic(path, result)] };
  const diagnostics = result.notes.map((n) => toDiagnostic(path, n));
  if (count(result.outline) === 0) diagnostics.push({ file: path, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'warning', code: 'numbering', message: { id: 'import.no-units' } });
  const { removed, detail } = removalSummary(result.removals);

  if (out) await writeOutput(ctx, g, out.path, result.markdown);
  if (opts.format === 'json') {
    const json = importJson(result, { file: shown, removed, markdown: !out, diagnostics, message: (d) => ctx.t(d.message.id, d.message.args) });
    ctx.io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (!out) {
    ctx.io.stdout.write(result.markdown);
  }
  const summary = { kind: result.kind + (result.encoding ? ` (${result.encoding})` : ''), chapters: count(result.outline, 'chuong'), articles: count(result.outline, 'dieu'), units: count(result.outline), footnotes: result.footnotes, removed, detail: detail || '-' };
  return {
    diagnostics,
    finish: async () => {
      if (g.quiet) return;
      ctx.io.stderr.write(`${ctx.t('import.summary', summary)}\n`);
      if (out) ctx.io.stderr.write(`${ctx.t('import.written', { path: job.shown(out.path) })}\n`);
    },
  };
}

/**
 * `quyche import --amendment <file> [--amends <number>] [-o amendments/x.yaml]`: the amending
 * document compiled into a patch (src/import/amendment). The YAML goes to stdout or to `-o`;
 * every instruction that could not be compiled is an error at its line, and the exit code is 1
 * when there is one (the patch written holds the others).
 */
async function importAmendment(job: ImportJob, file: string): Promise<Outcome> {
  const { ctx, g, opts } = job;
  const { compileAmendmentFile, writePatchYaml } = await import('../../import/amendment/index.js');
  const path = job.resolve(file);
  const shown = job.shown(path);
  const bytes = await ctx.io.fs.read(path);
  if (!bytes) job.fail(ctx.t('import.read-error', { path: shown }));
  const out = opts.output !== undefined ? await checkOutput(ctx, g, opts.output) : undefined;
  if (out?.input) refuseInput(ctx, g, out.path, out.input);
  let result;
  try {
    result = await compileAmendmentFile(bytes, file, { ...(opts.amends ? { amends: opts.amends } : {}) });
  } catch (e) {
    job.fail(ctx.t('import.docx-error', { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (!result.ok) return { diagnostics: [decodeDiagnostic(path, result)] };
  const document = result.patch.number ? `${result.patch.type ?? ''} số ${result.patch.number}`.trim() : shown;
  const yaml = writePatchYaml(result.patch, ctx.t('amendment.header', { document }), ctx.t('amendment.count', { compiled: result.summary.compiled, changes: result.summary.changes }), schemaFrom(out ? posix.dirname(out.path) : ctx.io.cwd));
  if (out) await writeOutput(ctx, g, out.path, yaml);
  else ctx.io.stdout.write(yaml);
  const diagnostics: Diagnostic[] = result.notes.map((n) => ({ file: path, line: n.line, column: n.column, endLine: n.line, endColumn: n.column, severity: n.severity, code: 'amendment', message: n.message }));
  const summary = result.summary;
  return {
    diagnostics,
    finish: async () => {
      if (g.quiet) return;
      ctx.io.stderr.write(`${ctx.t('amendment.summary', { ...summary })}\n`);
      if (out) ctx.io.stderr.write(`${ctx.t('import.written', { path: job.shown(out.path) })}\n`);
    },
  };
}
