/** `quyche show <doc> <citation>`: one unit's text, its anchor and its citation in both styles. */
import { Option, type Command } from 'commander';
import { diagnoseArgument } from '../argument.js';
import { formatCitation } from '../../citation/format.js';
import { resolveTarget } from '../../citation/resolve.js';
import { resolutionDiagnostics } from '../../citation/diagnose.js';
import { treeOf, unitText } from '../../document/model.js';
import { dedent } from '../../text/dedent.js';
import { unitToJson } from '../../render/outline.js';
import { addCommonOptions, type Context } from '../context.js';
import { openDocument, printDiagnostics, stderrChalk } from '../shared.js';

export function registerShow(program: Command, ctx: Context): void {
  const cmd = program
    .command('show')
    .description(ctx.t('cli.show.description'))
    .argument('<doc>', ctx.t('cli.arg.doc'))
    .argument('<citation...>', ctx.t('cli.arg.citation'))
    .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'text, json' })).choices(['text', 'json']).default('text'));
  addCommonOptions(cmd, ctx);
  cmd.action(async (ref: string, words: string[], opts: { format: string }, command: Command) => {
    const g = ctx.globals(command);
    const { doc } = await openDocument(ctx, g, ref);
    const citation = words.join(' ');
    const tree = treeOf(doc);
    const res = resolveTarget(tree, citation);
    const ds = resolutionDiagnostics(res, tree, diagnoseArgument(citation));
    printDiagnostics(ctx, g, ds);
    if (res.kind !== 'found' || res.units.length === 0) {
      ctx.exitCode = 1;
      return;
    }
    if (opts.format === 'json') {
      const units = res.units.map((u) => ({ ...unitToJson(doc, u), markdown: unitText(doc, u) }));
      ctx.io.stdout.write(`${JSON.stringify(units.length === 1 ? units[0] : units, null, 2)}\n`);
      return;
    }
    const chalk = stderrChalk(ctx, g);
    for (const u of res.units) {
      if (!g.quiet) {
        ctx.io.stderr.write(
          `${chalk.dim(`${ctx.t('show.anchor')}:`)} ${chalk.cyan(u.anchor)}\n` +
            `${chalk.dim(`${ctx.t('show.party')}:`)} ${formatCitation(u, doc.meta, 'party', true)}\n` +
            `${chalk.dim(`${ctx.t('show.state')}:`)} ${formatCitation(u, doc.meta, 'state', true)}\n`,
        );
      }
      ctx.io.stdout.write(`${dedent(unitText(doc, u))}\n`);
    }
  });
}
