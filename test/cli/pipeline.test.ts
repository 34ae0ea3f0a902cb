/**
 * The command pipeline (src/cli/pipeline.ts) and the exit code rule (src/cli/exit.ts): a probe
 * command defined through `command()` shows the order of the stages (options checked before
 * anything is read; the workspace, then the patches, then the run; the report before `finish`)
 * and the exit code taken from the outcome; the real commands keep their codes.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { t } from '../../src/i18n/messages.js';
import type { Context } from '../../src/cli/context.js';
import { EXIT, exitCodeOf } from '../../src/cli/exit.js';
import { ExitError, type CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { command } from '../../src/cli/pipeline.js';
import { QuycheCommand } from '../../src/cli/usage.js';
import { MemoryFS, memoryIO } from '../helpers/memory-io.js';

const diag = (severity: Diagnostic['severity']): Diagnostic => ({ file: '/ws/a.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity, code: 'schema', message: { id: 'report.hint' } });

describe('the exit code rule', () => {
  const table: Array<[Diagnostic['severity'][], { strict?: boolean; failed?: boolean }, number]> = [
    [[], {}, 0],
    [['info', 'warning'], {}, 0],
    [['warning'], { strict: true }, 1],
    [['info'], { strict: true }, 0],
    [['error'], {}, 1],
    [[], { failed: true }, 1],
    [['info'], { failed: false }, 0],
  ];
  for (const [severities, o, code] of table) {
    it(`${severities.join('+') || 'nothing'} ${JSON.stringify(o)} → ${code}`, () => {
      expect(exitCodeOf({ diagnostics: severities.map(diag), ...o })).toBe(code);
    });
  }
  it('names the codes by meaning', () => expect(EXIT).toEqual({ ok: 0, errors: 1, failure: 2 }));
});

const WS = {
  '/ws/quyche.yaml': 'regulations: regulations\namendments: amendments\n',
  '/ws/regulations/a.md': '---\nnumber: 01-QC/VD\n---\n\n# QUY CHẾ\n\n### Điều 1. Phạm vi\n\n1. Nội dung.\n',
  '/ws/amendments/p.yaml': 'quyche: 1\nid: p\namends: 01-QC/VD\nchanges: []\n',
};

/** Run the probe command (defined through the pipeline) on a memory workspace; the log says what happened, in order. */
async function probe(argv: string[], outcome: { severity?: Diagnostic['severity']; failed?: boolean; strict?: boolean }) {
  const fs = new MemoryFS(WS);
  const log: string[] = [];
  const read = fs.read.bind(fs);
  fs.read = async (p: string) => {
    log.push(`read ${p}`);
    return read(p);
  };
  const io: CliIO & { err: { text: string } } = memoryIO(fs);
  const stderrWrite = io.stderr.write.bind(io.stderr);
  io.stderr.write = (s: string | Uint8Array) => {
    log.push(`stderr ${String(s).split('\n')[0]}`);
    return stderrWrite(s);
  };
  const ctx: Context = { io, lang: 'en', t: (id, args) => t('en', id, args), exitCode: 0, reads: new Set(), globals: () => ({ lang: 'en' }) };
  const program = new QuycheCommand('quyche').exitOverride();
  command<[string[]], { bad?: boolean }>({
    define: (parent) => parent.command('probe').argument('[patch...]').option('--bad'),
    validate: ({ opts, fail }) => {
      log.push('validate');
      if (opts.bad) fail('bad option');
    },
    workspace: () => 'plain',
    patches: ({ args: [paths] }) => (paths.length > 0 ? paths : 'workspace'),
    run: async ({ ws, patches }) => {
      log.push(`run ws=${ws.root} patches=${patches.map((p) => p.path).join(',')}`);
      return {
        diagnostics: outcome.severity ? [diag(outcome.severity)] : [],
        ...(outcome.strict ? { strict: true } : {}),
        ...(outcome.failed ? { failed: true } : {}),
        finish: async () => void log.push('finish'),
      };
    },
  })(program, ctx);
  let code: number = ctx.exitCode;
  try {
    await program.parseAsync(argv, { from: 'user' });
    code = ctx.exitCode;
  } catch (e) {
    if (!(e instanceof ExitError)) throw e;
    code = e.code;
  }
  return { code, log };
}

describe('the pipeline', () => {
  it('runs validate → workspace → patches → run → report → finish, and takes the code from the outcome', async () => {
    const r = await probe(['probe'], { severity: 'error' });
    expect(r.code).toBe(1);
    const stages = r.log.map((l) => l.replace(/^(read) .*\/(quyche\.yaml|a\.md|p\.yaml)$/u, '$1 $2'));
    expect(stages[0]).toBe('validate');
    expect(stages.indexOf('read quyche.yaml')).toBeLessThan(stages.indexOf('read a.md'));
    expect(stages.indexOf('read a.md')).toBeLessThan(stages.indexOf('read p.yaml'));
    const run = stages.findIndex((l) => l.startsWith('run '));
    expect(stages[run]).toBe('run ws=/ws patches=/ws/amendments/p.yaml');
    expect(run).toBeGreaterThan(stages.indexOf('read p.yaml'));
    // the report (the diagnostic on stderr) comes before finish
    const report = stages.findIndex((l) => l.startsWith('stderr ') && l.includes('a.yaml'));
    expect(report).toBeGreaterThan(run);
    expect(stages.indexOf('finish')).toBeGreaterThan(report);
  });

  it('a failed option check reads nothing and exits 2', async () => {
    const r = await probe(['probe', '--bad'], {});
    expect(r.code).toBe(2);
    expect(r.log.filter((l) => l.startsWith('read') || l.startsWith('run'))).toEqual([]);
    expect(r.log).toContain('stderr quyche: bad option');
  });

  it('patches given on the command line are loaded as given (resolved against the current folder)', async () => {
    const r = await probe(['probe', 'amendments/p.yaml'], {});
    expect(r.code).toBe(0);
    expect(r.log).toContain('run ws=/ws patches=/ws/amendments/p.yaml');
  });

  it('exit codes from the outcome: warnings (0), warnings under strict (1), failed (1)', async () => {
    expect((await probe(['probe'], { severity: 'warning' })).code).toBe(0);
    expect((await probe(['probe'], { severity: 'warning', strict: true })).code).toBe(1);
    expect((await probe(['probe'], { failed: true })).code).toBe(1);
  });
});

describe('what the pipeline changed for a command', () => {
  it('import -o onto the file being imported is refused (exit 2) and the file kept', async () => {
    const fs = new MemoryFS({ '/ws/luat.txt': 'LUẬT\nTHỬ NGHIỆM\n\nĐiều 1. Phạm vi\n\nLuật này quy định.\n' });
    const before = fs.text('/ws/luat.txt');
    const io = memoryIO(fs);
    const code = await main(['import', 'luat.txt', '-o', 'luat.txt', '--lang', 'en'], io);
    expect(code).toBe(2);
    expect(io.err.text).toContain('luat.txt');
    expect(fs.text('/ws/luat.txt')).toBe(before);
    expect(io.out.text).toBe('');
  });
});
