/**
 * `quyche export <kind> …`: consolidated text, redline, comparison table, amending document and
 * report, as Markdown, HTML, Word or JSON (src/export/). Nothing is exported when a patch does not
 * apply. `-o` writes atomically; without it the data goes to stdout — except Word, which is never
 * printed to a terminal.
 */
import { Option, type Command } from 'commander';
import { applyPatches } from '../../apply/run.js';
import { workspaceOrder } from '../../check/run.js';
import { numberKey } from '../../citation/docnumber.js';
import type { ExportKind } from '../../export/doc.js';
import { DRAFT_FORMS, type DraftForm } from '../../export/draft.js';
import { EXPORT_FORMATS, buildExport, renderExport, type ExportFormat } from '../../export/run.js';
import type { MdMarks } from '../../export/write/markdown.js';
import type { LoadedPatch } from '../../patch/load.js';
import { relativePath } from '../../report/render.js';
import { parseDate } from '../../util/dates.js';
import { findDocument, type Workspace } from '../../workspace/workspace.js';
import { ExitError } from '../io.js';
import { addCommonOptions, type Context, type GlobalOptions } from '../context.js';
import { checkOutput, fail, loadPatches, openWorkspaceWithSpinner, printDiagnostics, refuseInput, resolvePath } from '../shared.js';

interface ExportOptions {
  format: ExportFormat;
  output?: string;
  marks: MdMarks;
  author?: string;
  date?: string;
  asOf?: string;
  with?: string[];
  form?: DraftForm;
}

/** The revision date: --date, else SOURCE_DATE_EPOCH (reproducible builds), else now; to the second. */
function revisionDate(ctx: Context, g: GlobalOptions, opt: string | undefined): string {
  if (opt !== undefined) {
    const iso = parseDate(opt);
    if (iso) return `${iso}T00:00:00Z`;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(opt)) return opt.length === 17 ? opt.replace('Z', ':00Z') : opt;
    fail(ctx, g, ctx.t('export.bad-date', { option: '--date', value: opt }));
  }
  const epoch = ctx.io.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : ctx.io.now ? ctx.io.now() : new Date();
  return `${now.toISOString().slice(0, 19)}Z`;
}

async function workspacePatches(ctx: Context, g: GlobalOptions, ws: Workspace): Promise<LoadedPatch[]> {
  const dir = resolvePath(ws.root, ws.config.amendments);
  const paths = (await ctx.io.fs.list(dir)).filter((f) => /\.ya?ml$/i.test(f));
  return workspaceOrder(await loadPatches(ctx, g, paths));
}

async function run(ctx: Context, command: Command, kind: ExportKind, args: string[], opts: ExportOptions): Promise<void> {
  const g = ctx.globals(command);
  if (opts.format !== 'md' && opts.marks !== 'critic') fail(ctx, g, ctx.t('export.marks-md-only'));
  if (opts.output !== undefined && opts.output.trim() === '') fail(ctx, g, ctx.t('output.empty'));
  const asOf = opts.asOf !== undefined ? parseDate(opts.asOf) : undefined;
  if (opts.asOf !== undefined && !asOf) fail(ctx, g, ctx.t('export.bad-date', { option: '--as-of', value: opts.asOf }));
  const revision = { author: opts.author ?? '', date: revisionDate(ctx, g, opts.date) };
  const ws = await openWorkspaceWithSpinner(ctx, g, false);
  // the author of tracked changes: --author, quyche.yaml's `author`, else its `office` (the unit
  // that drafts), else none — never the tool's name (issue 14, point 10)
  revision.author ||= ws.config.author ?? ws.config.office ?? '';

  let patches: LoadedPatch[];
  let document;
  if (kind === 'consolidated') {
    document = findDocument(ws, args[0]!);
    if (!document) fail(ctx, g, ctx.t('workspace.unknown-document', { doc: args[0]! }));
    const own = (lp: LoadedPatch): boolean => !!lp.patch && !!document!.meta.number && numberKey(lp.patch.amends) === numberKey(document!.meta.number);
    patches = opts.with && opts.with.length > 0 ? await loadPatches(ctx, g, opts.with.map((p) => resolvePath(ctx.io.cwd, p))) : (await workspacePatches(ctx, g, ws)).filter(own);
  } else {
    patches = await loadPatches(ctx, g, args.map((p) => resolvePath(ctx.io.cwd, p)));
  }
  // -o onto an input is refused before anything else is done
  const output = opts.output !== undefined ? await checkOutput(ctx, g, opts.output, ws.root) : undefined;
  if (output?.input !== undefined) refuseInput(ctx, g, output.path, output.input);
  const applied = applyPatches(patches, { find: (n) => findDocument(ws, n), ...(asOf ? { asOf } : {}) });
  // every workspace error blocks, as in `check` and `amend`
  const diagnostics = [...ws.diagnostics.filter((d) => d.severity === 'error'), ...applied.diagnostics];
  printDiagnostics(ctx, g, diagnostics, { summary: false });
  if (diagnostics.some((d) => d.severity === 'error')) {
    ctx.io.stderr.write(`quyche: ${ctx.t('export.not-written')}\n`);
    throw new ExitError(1);
  }
  const formal = { ...(ws.config.office ? { office: ws.config.office } : {}), ...(ws.config.place ? { place: ws.config.place } : {}), ...(ws.config.signer ? { signer: ws.config.signer } : {}) };
  const doc = buildExport({
    kind,
    run: applied,
    patches,
    revision,
    formal,
    library: ws.documents,
    ...(opts.form ? { form: opts.form } : {}),
    ...(asOf ? { asOf } : {}),
    ...(document ? { document } : {}),
  });
  const data = await renderExport(doc, opts.format, { marks: opts.marks });
  if (output) {
    const { path } = output;
    try {
      await ctx.io.fs.writeAtomic(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    } catch (e) {
      if ((e as Error).name === 'IoError' || (e as Error).name === 'LockedError') throw e;
      fail(ctx, g, ctx.t('cli.error.io', { path: relativePath(path, ctx.io.cwd), detail: (e as Error).message }));
    }
    if (!g.quiet) ctx.io.stderr.write(`${ctx.t('export.written', { path: relativePath(path, ctx.io.cwd) })}\n`);
  } else {
    if (typeof data !== 'string' && ctx.io.stdout.isTTY) fail(ctx, g, ctx.t('export.binary-to-terminal'));
    ctx.io.stdout.write(data);
  }
  ctx.exitCode = 0;
}

export function registerExport(program: Command, ctx: Context): void {
  const exp = program.command('export').description(ctx.t('cli.export.description'));
  addCommonOptions(exp, ctx);
  const common = (cmd: Command): Command => {
    cmd
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: EXPORT_FORMATS.join(', ') })).choices([...EXPORT_FORMATS]).default('md'))
      .option('-o, --output <file>', ctx.t('cli.opt.export-output'))
      .addOption(new Option('--marks <style>', ctx.t('cli.opt.marks')).choices(['critic', 'plain']).default('critic'))
      .option('--author <name>', ctx.t('cli.opt.author'))
      .option('--date <date>', ctx.t('cli.opt.revision-date'));
    return addCommonOptions(cmd, ctx);
  };
  const consolidated = exp
    .command('consolidated')
    .description(ctx.t('cli.export.consolidated'))
    .argument('<doc>', ctx.t('cli.arg.doc'))
    .option('--with <patch...>', ctx.t('cli.opt.with'))
    .option('--as-of <date>', ctx.t('cli.opt.as-of'));
  common(consolidated).action((doc: string, opts: ExportOptions, cmd: Command) => run(ctx, cmd, 'consolidated', [doc], opts));
  for (const kind of ['redline', 'table', 'draft', 'report'] as const) {
    const cmd = exp
      .command(kind)
      .description(ctx.t(`cli.export.${kind}`))
      .argument('<patch...>', ctx.t('cli.arg.patch'));
    if (kind === 'draft') cmd.addOption(new Option('--form <form>', ctx.t('cli.opt.draft-form')).choices([...DRAFT_FORMS]).default('amending'));
    common(cmd).action((patchArgs: string[], opts: ExportOptions, c: Command) => run(ctx, c, kind, patchArgs, opts));
  }
}
