/**
 * `quyche init [dir]`: scaffold a workspace with a worked example (src/workspace/scaffold.ts).
 * Refuses to overwrite: when any of the files exists, nothing is written (exit 2).
 */
import { delimiter, posix } from 'node:path';
import { EXAMPLE_PATCH, scaffold } from '../../workspace/scaffold.js';
import type { Context } from '../context.js';
import { FileExistsError } from '../io.js';
import { BIN_FILE, INSTALL_DIR, SCHEMA_FILE } from '../install.js';
import { command } from '../pipeline.js';
import { stderrChalk } from '../shared.js';

export { SCHEMA_FILE } from '../install.js';

/**
 * The command that runs this quyche from `dir`: `npx quyche` inside the installation (a clone, or
 * a project that has it in node_modules), `quyche` when it is on PATH (npm install -g, npm link),
 * else `node <this installation>/bin/quyche.js` — never a bare `npx quyche` that would fetch
 * whatever package of that name the registry holds.
 */
async function runCommand(ctx: Context, dir: string): Promise<string> {
  const fs = ctx.io.fs;
  for (let d = dir; ; d = posix.dirname(d)) {
    if (d === INSTALL_DIR || (await fs.isFile(posix.join(d, 'node_modules/quyche/package.json')))) return 'npx quyche';
    if (posix.dirname(d) === d) break;
  }
  for (const p of (ctx.io.env.PATH ?? '').split(delimiter).filter(Boolean)) if (await fs.isFile(posix.join(p, 'quyche'))) return 'quyche';
  return `node ${BIN_FILE}`;
}

export const registerInit = command<[string], unknown>({
  define: (program, ctx) => program.command('init').description(ctx.t('cli.init.description')).argument('[dir]', ctx.t('cli.arg.dir'), '.'),
  run: async ({ ctx, g, args: [dirArg], fail, resolve }) => {
    const dir = resolve(dirArg);
    const amendments = posix.join(dir, posix.dirname(EXAMPLE_PATCH));
    const schema = posix.relative(amendments, SCHEMA_FILE);
    const kind = ctx.io.fs.kind ? await ctx.io.fs.kind(dir) : (await ctx.io.fs.isFile(dir)) ? 'file' : 'directory';
    if (kind === 'file' || kind === 'special') fail(ctx.t('init.not-dir', { dir: dirArg }));
    const files = scaffold(ctx.lang, schema).map((f) => ({ ...f, abs: posix.join(dir, f.path) }));
    const existing: string[] = [];
    for (const f of files) if ((await ctx.io.fs.isFile(f.abs)) || (await ctx.io.fs.isDirectory(f.abs))) existing.push(f.path);
    if (existing.length > 0) fail(ctx.t('init.exists', { dir: dirArg, files: existing.join(', ') }));
    // all or nothing: a file that cannot be written takes back the ones already written
    const written: string[] = [];
    try {
      for (const f of files) {
        await ctx.io.fs.mkdirp(posix.dirname(f.abs));
        try {
          await ctx.io.fs.writeAtomic(f.abs, f.text, { exclusive: true });
        } catch (e) {
          if (e instanceof FileExistsError || (e as Error).name === 'FileExistsError') fail(ctx.t('init.exists', { dir: dirArg, files: f.path }));
          throw e;
        }
        written.push(f.abs);
      }
    } catch (e) {
      for (const p of written.reverse()) await ctx.io.fs.remove?.(p).catch(() => undefined);
      throw e;
    }
    if (!g.quiet) {
      const chalk = stderrChalk(ctx, g);
      ctx.io.stderr.write(`${ctx.t('init.created', { dir: dirArg, count: files.length })}\n`);
      for (const f of files) ctx.io.stderr.write(`  ${chalk.green('+')} ${f.path}\n`);
      const cd = dirArg === '.' ? '' : `cd ${dirArg} && `;
      const quyche = await runCommand(ctx, dir);
      ctx.io.stderr.write(`${ctx.t('init.next', { check: `${cd}${quyche} check`, amend: `${quyche} amend ${EXAMPLE_PATCH}` })}\n`);
    }
    return { diagnostics: [] };
  },
});
