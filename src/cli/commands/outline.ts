/** `quyche outline <doc>`: the tree of units with labels, headings and anchors. */
import { Option, type Command } from 'commander';
import type { UnitKind } from '../../document/model.js';
import { documentToJson, formatOutline } from '../../render/outline.js';
import { relativePath } from '../../report/render.js';
import { addCommonOptions, type Context } from '../context.js';
import { openDocument, printDiagnostics, stdoutChalk } from '../shared.js';

export function registerOutline(program: Command, ctx: Context): void {
  const cmd = program
    .command('outline')
    .description(ctx.t('cli.outline.description'))
    .argument('<doc>', ctx.t('cli.arg.doc'))
    .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'text, json' })).choices(['text', 'json']).default('text'))
    .addOption(new Option('--depth <level>', ctx.t('cli.opt.depth')).choices(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'khoan', 'diem', 'tiet', 'bullet']));
  addCommonOptions(cmd, ctx);
  cmd.action(async (ref: string, opts: { format: string; depth?: UnitKind }, command: Command) => {
    const g = ctx.globals(command);
    const { doc, diagnostics } = await openDocument(ctx, g, ref);
    const path = relativePath(doc.source.path, ctx.io.cwd);
    if (opts.format === 'json') {
      ctx.io.stdout.write(`${JSON.stringify(documentToJson(doc, path), null, 2)}\n`);
    } else {
      const m = doc.meta;
      const header = [m.number ?? path, m.title, m.excerpt ? `(${ctx.t('outline.excerpt')})` : undefined].filter(Boolean).join(' — ');
      ctx.io.stdout.write(formatOutline(doc, stdoutChalk(ctx, g), { header, introLabel: ctx.t('outline.intro'), ...(opts.depth ? { depth: opts.depth } : {}) }));
    }
    printDiagnostics(ctx, g, diagnostics);
    ctx.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  });
}
