/**
 * `quyche check [patch…]`: the CI gate. Without arguments, every patch under amendments/ (patches in
 * force first, then by file name). Nothing is written. Text goes to stderr (a report for people),
 * JSON and GitHub annotations to stdout (data for machines). Exit 1 on errors, and on warnings
 * with --strict.
 */
import { Option } from 'commander';
import { runCheck } from '../../check/run.js';
import { formatGithub } from '../../report/github.js';
import { jsonReport } from '../../report/json.js';
import type { CheckJson } from '../json.js';
import { command } from '../pipeline.js';

interface CheckOptions {
  format: 'text' | 'json' | 'github';
  strict?: boolean;
  shard?: string;
}

function parseShard(value: string): { index: number; count: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  return !m || count < 1 || index < 1 || index > count ? undefined : { index, count };
}

export const registerCheck = command<[string[]], CheckOptions>({
  define: (program, ctx) =>
    program
      .command('check')
      .description(ctx.t('cli.check.description'))
      .argument('[patch...]', ctx.t('cli.arg.patch'))
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'text, json, github' })).choices(['text', 'json', 'github']).default('text'))
      .option('--strict', ctx.t('cli.opt.strict'))
      .option('--shard <i/n>', ctx.t('cli.opt.shard')),
  validate: ({ opts, ctx, fail }) => {
    if (opts.shard !== undefined && !parseShard(opts.shard)) fail(ctx.t('check.bad-shard', { value: opts.shard }));
  },
  workspace: ({ opts }) => (opts.format === 'text' ? 'spinner' : 'plain'),
  // explicit patches in the order given; else the workspace's, in force order
  patches: ({ args: [paths] }) => (paths.length > 0 ? paths : 'workspace'),
  run: async ({ ctx, g, opts, ws, patches }) => {
    const shard = opts.shard !== undefined ? parseShard(opts.shard) : undefined;
    const result = runCheck(ws, patches, shard ? { shard } : {});
    const shown = g.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    const report = { lang: ctx.lang, cwd: ctx.io.cwd, files: result.files };
    if (opts.format === 'json') ctx.io.stdout.write(`${JSON.stringify(jsonReport(shown, report) satisfies CheckJson, null, 2)}\n`);
    else if (opts.format === 'github') ctx.io.stdout.write(formatGithub(shown, report));
    // the exit code counts every diagnostic, also those --quiet does not show
    return { diagnostics: result.diagnostics, report: opts.format === 'text' ? 'summary' : 'none', files: result.files, strict: !!opts.strict };
  },
});
