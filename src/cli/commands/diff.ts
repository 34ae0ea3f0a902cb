/**
 * `quyche diff <old> <new>`: the two versions compared unit by unit (src/diff/): on a terminal in
 * the look of `amend`, or as Markdown, HTML, Word (tracked changes) or JSON; `--propose` writes
 * the YAML patch from old to new, `--witness` classifies every difference and exits 1 when one
 * is of substance. Either side is a document number of the workspace, a path, or `-` (stdin).
 */
import { Option } from 'commander';
import type { RegulationDocument } from '../../document/model.js';
import { parseRegulation } from '../../document/parse.js';
import { classifyDiff } from '../../diff/classify.js';
import { diffDocuments } from '../../diff/compare.js';
import { proposeFrom } from '../../diff/propose.js';
import { diffExport, diffJson, formatDiff, formatWitness, witnessJson } from '../../diff/render.js';
import { renderExport } from '../../export/run.js';
import type { MdMarks } from '../../export/write/markdown.js';
import { relativePath } from '../../report/render.js';
import { decodeText } from '../../text/decode.js';
import { parseDate } from '../../util/dates.js';
import type { Context, GlobalOptions } from '../context.js';
import { stopWithFailure } from '../exit.js';
import { command } from '../pipeline.js';
import { checkOutput, fail, openDocument, refuseInput, stdoutChalk, writeOutput, writeStdout } from '../shared.js';

/** Where `-` is read from when the run's IO has no stdin of its own (tests: a memory file). */
export const STDIN_PATH = '/dev/stdin';

const FORMATS = ['text', 'md', 'html', 'docx', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface DiffOptions {
  format: Format;
  output?: string;
  propose?: boolean;
  witness?: boolean;
  marks: MdMarks;
  author?: string;
  date?: string;
}

function revisionDate(ctx: Context, g: GlobalOptions, opt: string | undefined): string {
  if (opt !== undefined) {
    const iso = parseDate(opt);
    if (iso) return `${iso}T00:00:00Z`;
    fail(ctx, g, ctx.t('export.bad-date', { option: '--date', value: opt }));
  }
  const epoch = ctx.io.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : ctx.io.now ? ctx.io.now() : new Date();
  return `${now.toISOString().slice(0, 19)}Z`;
}

async function openSide(ctx: Context, g: GlobalOptions, ref: string): Promise<{ doc: RegulationDocument; shown: string; root?: string }> {
  if (ref === '-') {
    const bytes = ctx.io.stdin ? await ctx.io.stdin() : await ctx.io.fs.read(STDIN_PATH);
    const decoded = decodeText(bytes ?? new Uint8Array());
    if (!decoded.ok) {
      ctx.io.stderr.write(`<stdin>: ${ctx.t(decoded.message.id, decoded.message.args as Record<string, string | number>)}\n`);
      stopWithFailure();
    }
    return { doc: parseRegulation('<stdin>.md', decoded.text), shown: '-' };
  }
  const { doc, ws } = await openDocument(ctx, g, ref);
  return { doc, shown: relativePath(doc.source.path, ctx.io.cwd), ...(ws ? { root: ws.root } : {}) };
}

export const registerDiff = command<[string, string], DiffOptions>({
  define: (program, ctx) =>
    program
      .command('diff')
      .description(ctx.t('cli.diff.description'))
      .argument('<old>', ctx.t('cli.arg.diff-old'))
      .argument('<new>', ctx.t('cli.arg.diff-new'))
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: FORMATS.join(', ') })).choices([...FORMATS]).default('text'))
      .option('-o, --output <file>', ctx.t('cli.opt.diff-output'))
      .option('--propose', ctx.t('cli.opt.propose'))
      .option('--witness', ctx.t('cli.opt.witness'))
      .addOption(new Option('--marks <style>', ctx.t('cli.opt.marks')).choices(['critic', 'plain']).default('critic'))
      .option('--author <name>', ctx.t('cli.opt.author'))
      .option('--date <date>', ctx.t('cli.opt.revision-date')),
  validate: ({ ctx, args: [oldRef, newRef], opts, fail }) => {
    if (oldRef === '-' && newRef === '-') fail(ctx.t('diff.stdin-twice'));
    if (opts.propose && opts.witness) fail(ctx.t('diff.propose-and-witness'));
    if (opts.propose && opts.format !== 'text') fail(ctx.t('diff.format-propose', { format: opts.format }));
    if (opts.witness && opts.format !== 'text' && opts.format !== 'json') fail(ctx.t('diff.format-witness', { format: opts.format }));
    if (opts.format !== 'md' && opts.marks !== 'critic') fail(ctx.t('export.marks-md-only'));
    if (opts.output !== undefined && opts.output.trim() === '') fail(ctx.t('output.empty'));
  },
  run: async ({ ctx, g, args: [oldRef, newRef], opts, fail, shown }) => {
    const a = await openSide(ctx, g, oldRef);
    const b = await openSide(ctx, g, newRef);
    // -o onto an input (either version, the configuration) is refused before anything is done
    const output = opts.output !== undefined ? await checkOutput(ctx, g, opts.output, a.root ?? b.root) : undefined;
    if (output?.input !== undefined) refuseInput(ctx, g, output.path, output.input);
    const d = diffDocuments(a.doc, b.doc);

    if (opts.propose) {
      if (!a.doc.meta.number) fail(ctx.t('diff.no-number', { path: a.shown }));
      const p = proposeFrom(d, output ? { path: output.path } : {});
      let failed = false;
      if (p.renumbered.length > 0) {
        ctx.io.stderr.write(`quyche: ${ctx.t('diff.propose-renumbered', { units: p.renumbered.join(', ') })}\n`);
        failed = true;
      } else if (p.mismatches.length > 0 || !p.run.ok) {
        ctx.io.stderr.write(`quyche: ${ctx.t('diff.propose-failed', { units: p.mismatches.join(', ') || '—' })}\n`);
        failed = true;
      }
      if (!output) {
        ctx.io.stdout.write(p.yaml);
        return { diagnostics: [], failed };
      }
      // nothing is written when the patch does not reproduce the new version
      if (failed) return { diagnostics: [], failed };
      await writeOutput(ctx, g, output.path, p.yaml);
      if (!g.quiet) ctx.io.stderr.write(`${ctx.t('diff.propose-written', { path: shown(output.path), count: p.changes.length })}\n`);
      return { diagnostics: [] };
    }
    let data: string | Uint8Array;
    let failed = false;
    if (opts.witness) {
      const r = classifyDiff(d);
      data = opts.format === 'json' ? witnessJson(r, { old: a.shown, new: b.shown }) : formatWitness(r, { chalk: stdoutChalk(ctx, g), lang: ctx.lang });
      failed = r.substantive; // a difference of substance is what --witness looks for
    } else if (opts.format === 'text') {
      data = formatDiff(d, { chalk: output ? stdoutChalk(ctx, { ...g, color: false }) : stdoutChalk(ctx, g), lang: ctx.lang });
    } else if (opts.format === 'json') {
      data = diffJson(d, { old: a.shown, new: b.shown });
    } else {
      const revision = { author: opts.author ?? 'quyche', date: revisionDate(ctx, g, opts.date) };
      data = await renderExport(diffExport(d, revision), opts.format, { marks: opts.marks });
    }
    if (output) {
      await writeOutput(ctx, g, output.path, data);
      if (!g.quiet) ctx.io.stderr.write(`${ctx.t('export.written', { path: shown(output.path) })}\n`);
    } else writeStdout(ctx, g, data);
    return { diagnostics: [], failed };
  },
});
