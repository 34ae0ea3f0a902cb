/**
 * `quyche check [patch…]`: the CI gate. Without arguments, every patch under amendments/ (patches in
 * force first, then by file name). Nothing is written. Text goes to stderr (a report for people),
 * JSON and GitHub annotations to stdout (data for machines). Exit 1 on errors, and on warnings
 * with --strict.
 */
import { Option, type Command } from 'commander';
import { runCheck, workspaceOrder } from '../../check/run.js';
import { formatGithub } from '../../report/github.js';
import { jsonReport } from '../../report/json.js';
import { addCommonOptions, type Context } from '../context.js';
import { fail, loadPatches, openWorkspaceWithSpinner, printDiagnostics, resolvePath } from '../shared.js';

interface CheckOptions {
  format: 'text' | 'json' | 'github';
  strict?: boolean;
  shard?: string;
}

export function registerCheck(program: Command, ctx: Context): void {
  const cmd = program
    .command('check')
    .description(ctx.t('cli.check.description'))
    .argument('[patch...]', ctx.t('cli.arg.patch'))
    .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'text, json, github' })).choices(['text', 'json', 'github']).default('text'))
    .option('--strict', ctx.t('cli.opt.strict'))
    .option('--shard <i/n>', ctx.t('cli.opt.shard'));
  addCommonOptions(cmd, ctx);
  cmd.action(async (patchArgs: string[], opts: CheckOptions, command: Command) => {
    const g = ctx.globals(command);
    let shard: { index: number; count: number } | undefined;
    if (opts.shard !== undefined) {
      const m = /^(\d+)\/(\d+)$/.exec(opts.shard);
      const index = m ? Number(m[1]) : 0;
      const count = m ? Number(m[2]) : 0;
      if (!m || count < 1 || index < 1 || index > count) fail(ctx, g, ctx.t('check.bad-shard', { value: opts.shard }));
      shard = { index, count };
    }
    const ws = await openWorkspaceWithSpinner(ctx, g, opts.format === 'text');
    let paths: string[];
    if (patchArgs.length > 0) paths = patchArgs.map((p) => resolvePath(ctx.io.cwd, p));
    else {
      const dir = resolvePath(ws.root, ws.config.amendments);
      paths = (await ctx.io.fs.list(dir)).filter((f) => /\.ya?ml$/i.test(f));
    }
    const loaded = await loadPatches(ctx, g, paths);
    const patches = patchArgs.length > 0 ? loaded : workspaceOrder(loaded);
    const result = runCheck(ws, patches, shard ? { shard } : {});
    const ds = g.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    const report = { lang: ctx.lang, cwd: ctx.io.cwd, files: result.files };
    if (opts.format === 'json') ctx.io.stdout.write(`${JSON.stringify(jsonReport(ds, report), null, 2)}\n`);
    else if (opts.format === 'github') ctx.io.stdout.write(formatGithub(ds, report));
    else printDiagnostics(ctx, g, ds, { summary: true, files: result.files });
    const failed = result.diagnostics.some((d) => d.severity === 'error' || (opts.strict && d.severity === 'warning'));
    ctx.exitCode = failed ? 1 : 0;
  });
}
