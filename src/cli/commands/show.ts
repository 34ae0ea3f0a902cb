/** `quyche show <doc> <citation>`: one unit's text, its anchor and its citation in both styles. */
import { Option } from 'commander';
import { diagnoseArgument } from '../argument.js';
import { formatCitation } from '../../citation/format.js';
import { resolveTarget } from '../../citation/resolve.js';
import { resolutionDiagnostics } from '../../citation/diagnose.js';
import { treeOf, unitText } from '../../document/model.js';
import { dedent } from '../../text/dedent.js';
import { unitToJson } from '../../render/outline.js';
import type { ShowJson } from '../json.js';
import { command } from '../pipeline.js';
import { stderrChalk } from '../shared.js';

export const registerShow = command<[string, string[]], { format: string }>({
  define: (program, ctx) =>
    program
      .command('show')
      .description(ctx.t('cli.show.description'))
      .argument('<doc>', ctx.t('cli.arg.doc'))
      .argument('<citation...>', ctx.t('cli.arg.citation'))
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'text, json' })).choices(['text', 'json']).default('text')),
  document: ({ args: [ref] }) => ref,
  run: async ({ ctx, g, args: [, words], opts, document: { doc } }) => {
    const citation = words.join(' ');
    const tree = treeOf(doc);
    const res = resolveTarget(tree, citation);
    const diagnostics = resolutionDiagnostics(res, tree, diagnoseArgument(citation));
    // the diagnostics first, then the unit
    if (res.kind !== 'found' || res.units.length === 0) return { diagnostics, failed: true };
    const units = res.units;
    const finish = async (): Promise<void> => {
      if (opts.format === 'json') {
        const json = units.map((u) => ({ ...unitToJson(doc, u), markdown: unitText(doc, u) }));
        ctx.io.stdout.write(`${JSON.stringify((json.length === 1 ? json[0]! : json) satisfies ShowJson, null, 2)}\n`);
        return;
      }
      const chalk = stderrChalk(ctx, g);
      for (const u of units) {
        if (!g.quiet) {
          ctx.io.stderr.write(
            `${chalk.dim(`${ctx.t('show.anchor')}:`)} ${chalk.cyan(u.anchor)}\n` +
              `${chalk.dim(`${ctx.t('show.party')}:`)} ${formatCitation(u, doc.meta, 'party', true)}\n` +
              `${chalk.dim(`${ctx.t('show.state')}:`)} ${formatCitation(u, doc.meta, 'state', true)}\n`,
          );
        }
        ctx.io.stdout.write(`${dedent(unitText(doc, u))}\n`);
      }
    };
    return { diagnostics, finish };
  },
});
