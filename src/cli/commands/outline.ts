/** `quyche outline <doc>`: the tree of units with labels, headings and anchors. */
import { Option } from 'commander';
import type { UnitKind } from '../../document/model.js';
import { documentToJson, outlineChunks } from '../../render/outline.js';
import type { OutlineJson } from '../json.js';
import { command } from '../pipeline.js';
import { stdoutChalk } from '../shared.js';

export const registerOutline = command<[string], { format: string; depth?: UnitKind }>({
  define: (program, ctx) =>
    program
      .command('outline')
      .description(ctx.t('cli.outline.description'))
      .argument('<doc>', ctx.t('cli.arg.doc'))
      .addOption(new Option('-f, --format <format>', ctx.t('cli.opt.format', { formats: 'text, json' })).choices(['text', 'json']).default('text'))
      .addOption(new Option('--depth <level>', ctx.t('cli.opt.depth')).choices(['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'khoan', 'diem', 'tiet', 'bullet'])),
  document: ({ args: [ref] }) => ref,
  run: async ({ ctx, g, opts, shown, document: { doc, diagnostics } }) => {
    const path = shown(doc.source.path);
    if (opts.format === 'json') {
      ctx.io.stdout.write(`${JSON.stringify(documentToJson(doc, path) satisfies OutlineJson, null, 2)}\n`);
    } else {
      const m = doc.meta;
      const header = [m.number ?? path, m.title, m.excerpt ? `(${ctx.t('outline.excerpt')})` : undefined].filter(Boolean).join(' — ');
      for (const chunk of outlineChunks(doc, stdoutChalk(ctx, g), { header, introLabel: ctx.t('outline.intro'), ...(opts.depth ? { depth: opts.depth } : {}) })) ctx.io.stdout.write(chunk);
    }
    return { diagnostics };
  },
});
