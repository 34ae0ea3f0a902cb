/**
 * `quyche amend <patch…> [--write | -o file]`: check and apply the patches, print the redline
 * (stdout) and the diagnostics (stderr). Nothing is written when anything is wrong; `--write`
 * replaces each amended regulation atomically and refuses when it changed since it was read.
 */
import { Option } from 'commander';
import { applyPatches } from '../../apply/run.js';
import type { ApplyRun } from '../../apply/model.js';
import { buildRedline } from '../../apply/redline.js';
import { relativePath, renderDiagnostic } from '../../report/render.js';
import { formatRedline } from '../../render/terminal.js';
import { findDocument, isInside, type Workspace } from '../../workspace/workspace.js';
import type { Context, GlobalOptions } from '../context.js';
import { hasErrors, stopWithErrors } from '../exit.js';
import { AMEND_JSON_VERSION, type AmendJson } from '../json.js';
import { command, type Job } from '../pipeline.js';
import { canonical, checkOutput, fail, refuseInput, stdoutChalk } from '../shared.js';

interface AmendOptions {
  write?: boolean;
  output?: string;
  format: string;
  context: string;
  strict?: boolean;
}

export const registerAmend = command<[string[]], AmendOptions>({
  define: (program, ctx) =>
    program
      .command('amend')
      .description(ctx.t('cli.amend.description'))
      .argument('<patch...>', ctx.t('cli.arg.patch'))
      .option('-w, --write', ctx.t('cli.opt.write'))
      .option('-o, --output <file>', ctx.t('cli.opt.output'))
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'text, json' })).choices(['text', 'json']).default('text'))
      .option('-C, --context <lines>', ctx.t('cli.opt.context'), '0')
      .option('--strict', ctx.t('cli.opt.strict')),
  validate: ({ ctx, opts, fail }) => {
    if (opts.write && opts.output !== undefined) fail(ctx.t('amend.write-and-output'));
    if (opts.output !== undefined && opts.output.trim() === '') fail(ctx.t('output.empty'));
    const context = Number.parseInt(opts.context, 10);
    if (!Number.isFinite(context) || context < 0) fail(ctx.t('cli.error.usage', { detail: `--context ${opts.context}` }));
  },
  workspace: ({ opts }) => (opts.format === 'text' ? 'spinner' : 'plain'),
  patches: ({ args: [paths] }) => paths,
  run: async (job) => {
    const { ctx, g, opts, ws, patches, shown } = job;
    const run: ApplyRun = applyPatches(patches, { find: (n) => findDocument(ws, n) });
    // every workspace error blocks (as `check` reports them): two files with one number, unreadable encodings, …
    const diagnostics = [...ws.diagnostics.filter((d) => d.severity === 'error'), ...run.diagnostics];
    const failed = hasErrors({ diagnostics, strict: !!opts.strict });

    if (opts.format === 'json') {
      const out: AmendJson = {
        version: AMEND_JSON_VERSION,
        ok: !failed,
        documents: run.documents.map((d) => ({
          document: d.original.meta.number ?? null,
          path: shown(d.original.source.path),
          changes: d.changes,
          redline: buildRedline(d.original, d.result, d.pieces, d.changes),
          text: failed ? null : d.result.source.text,
        })),
        diagnostics: diagnostics.map((d) => renderDiagnostic(d, ctx.lang, ctx.io.cwd)),
      };
      ctx.io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else if (!failed) {
      const chalk = stdoutChalk(ctx, g);
      const context = Number.parseInt(opts.context, 10);
      for (const d of run.documents) {
        const redline = buildRedline(d.original, d.result, d.pieces, d.changes);
        ctx.io.stdout.write(formatRedline(redline, d.original, d.result, { chalk, lang: ctx.lang, context, records: d.changes }));
      }
    }
    const finish = async (): Promise<void> => {
      if (failed) {
        if (opts.write || opts.output) ctx.io.stderr.write(`quyche: ${ctx.t('amend.not-written')}\n`);
        return;
      }
      await writeAmended(job, run, ws);
    };
    return {
      diagnostics,
      strict: !!opts.strict,
      report: opts.format === 'json' ? 'none' : diagnostics.length > 0 ? 'summary' : 'text',
      files: patches.length,
      finish,
    };
  },
});

interface Write {
  path: string;
  text: string;
  expect?: Uint8Array;
  original: string;
}

/**
 * Decide every write before the first one: -o onto an input is refused, -o onto the amended
 * regulation is --write, and nothing outside the workspace is rewritten.
 */
async function writeAmended(job: Job<[string[]], AmendOptions>, run: ApplyRun, ws: Workspace): Promise<void> {
  const { ctx, g, opts, fail, shown } = job;
  const writes: Write[] = [];
  if (opts.output !== undefined) {
    if (run.documents.length !== 1) fail(ctx.t('amend.output-one-document', { count: run.documents.length }));
    const d = run.documents[0]!;
    const out = await checkOutput(ctx, g, opts.output, ws.root);
    if (out.input !== undefined && out.input !== d.original.source.path) refuseInput(ctx, g, out.path, out.input);
    if (out.input !== undefined) writes.push({ path: d.original.source.path, text: d.result.source.text, expect: encode(d.original.source.text), original: d.original.source.text });
    else writes.push({ path: out.path, text: d.result.source.text, original: '' });
  }
  if (opts.write) {
    for (const d of run.documents) writes.push({ path: d.original.source.path, text: d.result.source.text, expect: encode(d.original.source.text), original: d.original.source.text });
  }
  for (const w of writes) {
    if (!w.expect) continue;
    const real = await canonical(ctx, w.path);
    const root = ws.realRoot ?? ws.root;
    if (ws.outside?.has(w.path) || !isInside(real, root)) {
      fail(ctx.t('amend.outside-workspace', { path: shown(w.path), real, root: shown(ws.root) || '.' }));
    }
  }
  for (const w of writes) {
    if (w.expect && w.text === w.original) {
      if (!g.quiet) ctx.io.stderr.write(`${ctx.t('amend.unchanged', { path: shown(w.path) })}\n`);
      continue;
    }
    await write(ctx, g, w.path, w.text, w.expect);
  }
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function write(ctx: Context, g: GlobalOptions, path: string, text: string, expect?: Uint8Array): Promise<void> {
  const shown = (p: string): string => relativePath(p, ctx.io.cwd);
  try {
    await ctx.io.fs.writeAtomic(path, encode(text), expect ? { expect } : {});
  } catch (e) {
    const err = e as Error;
    if (err.name === 'FileChangedError') {
      ctx.io.stderr.write(`quyche: ${ctx.t('amend.changed-on-disk', { path: shown(path) })}\n`);
      stopWithErrors();
    }
    if (err.name === 'IoError' || err.name === 'LockedError') throw err;
    fail(ctx, g, ctx.t('cli.error.io', { path: shown(path), detail: err.message }));
  }
  if (!g.quiet) ctx.io.stderr.write(`${ctx.t('amend.written', { path: shown(path) })}\n`);
}
