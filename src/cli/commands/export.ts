/**
 * `quyche export <kind> …`: consolidated text, redline, comparison table, amending document and
 * report, as Markdown, HTML, Word or JSON (src/export/). Nothing is exported when a patch does not
 * apply. `-o` writes atomically; without it the data goes to stdout — except Word, which is never
 * printed to a terminal.
 */
import { Option, type Command } from 'commander';
import { applyPatches } from '../../apply/run.js';
import { numberKey } from '../../citation/docnumber.js';
import type { ExportKind } from '../../export/doc.js';
import { DRAFT_FORMS, type DraftForm } from '../../export/draft.js';
import { EXPORT_FORMATS, buildExport, renderExport, type ExportFormat } from '../../export/run.js';
import type { MdMarks } from '../../export/write/markdown.js';
import type { LoadedPatch } from '../../patch/load.js';
import { parseDate } from '../../util/dates.js';
import { findDocument } from '../../workspace/workspace.js';
import { addCommonOptions, type Context, type GlobalOptions } from '../context.js';
import { hasErrors } from '../exit.js';
import { command, workspacePatches, type Job, type Outcome } from '../pipeline.js';
import { checkOutput, fail, loadPatches, refuseInput, writeOutput, writeStdout } from '../shared.js';

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

interface Job_ extends Job<string[], ExportOptions> {}

/**
 * The run of every export kind: apply, refuse to export on an error, build the document, write
 * it (`-o`, atomically) or print it.
 */
function exportRun(kind: ExportKind) {
  return async (job: Job_): Promise<Outcome> => {
    const { ctx, g, args, opts, ws, fail } = job;
    const asOf = opts.asOf !== undefined ? parseDate(opts.asOf) : undefined;
    const revision = { author: opts.author ?? '', date: revisionDate(ctx, g, opts.date) };
    // the author of tracked changes: --author, quyche.yaml's `author`, else its `office` (the unit
    // that drafts), else none — never the tool's name (issue 14, point 10)
    revision.author ||= ws.config.author ?? ws.config.office ?? '';
    let patches: LoadedPatch[];
    let document;
    if (kind === 'consolidated') {
      document = findDocument(ws, args[0]!);
      if (!document) fail(ctx.t('workspace.unknown-document', { doc: args[0]! }));
      const own = (lp: LoadedPatch): boolean => !!lp.patch && !!document!.meta.number && numberKey(lp.patch.amends) === numberKey(document!.meta.number);
      patches = opts.with && opts.with.length > 0 ? await loadPatches(ctx, g, opts.with.map((p) => job.resolve(p))) : (await workspacePatches(ctx, g, ws)).filter(own);
    } else patches = job.patches;
    // -o onto an input is refused before anything else is done
    const output = opts.output !== undefined ? await checkOutput(ctx, g, opts.output, ws.root) : undefined;
    if (output?.input !== undefined) refuseInput(ctx, g, output.path, output.input);
    const applied = applyPatches(patches, { find: (n) => findDocument(ws, n), ...(asOf ? { asOf } : {}) });
    // every workspace error blocks, as in `check` and `amend`
    const diagnostics = [...ws.diagnostics.filter((d) => d.severity === 'error'), ...applied.diagnostics];
    if (hasErrors({ diagnostics })) {
      return { diagnostics, finish: async () => void ctx.io.stderr.write(`quyche: ${ctx.t('export.not-written')}\n`) };
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
    return {
      diagnostics,
      finish: async () => {
        if (!output) return writeStdout(ctx, g, data);
        await writeOutput(ctx, g, output.path, data);
        if (!g.quiet) ctx.io.stderr.write(`${ctx.t('export.written', { path: job.shown(output.path) })}\n`);
      },
    };
  };
}

export function registerExport(program: Command, ctx: Context): void {
  const exp = program.command('export').description(ctx.t('cli.export.description'));
  addCommonOptions(exp, ctx);
  const common = (cmd: Command): Command =>
    cmd
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: EXPORT_FORMATS.join(', ') })).choices([...EXPORT_FORMATS]).default('md'))
      .option('-o, --output <file>', ctx.t('cli.opt.export-output'))
      .addOption(new Option('--marks <style>', ctx.t('cli.opt.marks')).choices(['critic', 'plain']).default('critic'))
      .option('--author <name>', ctx.t('cli.opt.author'))
      .option('--date <date>', ctx.t('cli.opt.revision-date'));
  const validate = ({ ctx, g, opts, fail }: Omit<Job_, 'ws' | 'patches'>): void => {
    if (opts.format !== 'md' && opts.marks !== 'critic') fail(ctx.t('export.marks-md-only'));
    if (opts.output !== undefined && opts.output.trim() === '') fail(ctx.t('output.empty'));
    if (opts.asOf !== undefined && !parseDate(opts.asOf)) fail(ctx.t('export.bad-date', { option: '--as-of', value: opts.asOf }));
    revisionDate(ctx, g, opts.date); // a bad --date is a usage error before anything is read
  };
  command<string[], ExportOptions>({
    define: (parent) =>
      common(
        parent
          .command('consolidated')
          .description(ctx.t('cli.export.consolidated'))
          .argument('<doc>', ctx.t('cli.arg.doc'))
          .option('--with <patch...>', ctx.t('cli.opt.with'))
          .option('--as-of <date>', ctx.t('cli.opt.as-of')),
      ),
    validate,
    workspace: () => 'plain',
    run: exportRun('consolidated'),
  })(exp, ctx);
  for (const kind of ['redline', 'table', 'draft', 'report'] as const) {
    command<string[], ExportOptions>({
      define: (parent) => {
        const cmd = parent
          .command(kind)
          .description(ctx.t(`cli.export.${kind}`))
          .argument('<patch...>', ctx.t('cli.arg.patch'));
        if (kind === 'draft') cmd.addOption(new Option('--form <form>', ctx.t('cli.opt.draft-form')).choices([...DRAFT_FORMS]).default('amending'));
        return common(cmd);
      },
      validate,
      workspace: () => 'plain',
      patches: ({ args }) => args.flat(),
      run: exportRun(kind),
    })(exp, ctx);
  }
}
