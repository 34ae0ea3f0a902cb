/**
 * What every command shares, in a module of its own so that the commands need not import
 * `main.ts` (which loads them): the context a handler gets, the global options, the options every
 * command accepts, and the version.
 */
import { Option, type Command } from 'commander';
import { createRequire } from 'node:module';
import type { Lang, MessageArgs, MessageId } from '../i18n/messages.js';
import type { CliIO, ExitCode } from './io.js';

const require = createRequire(import.meta.url);
export const VERSION: string = (require('../../package.json') as { version: string }).version;

export interface GlobalOptions {
  lang: Lang;
  root?: string;
  color?: boolean;
  quiet?: boolean;
}

/** What every command handler gets. */
export interface Context {
  io: CliIO;
  lang: Lang;
  t: <I extends MessageId>(id: I, ...args: MessageArgs<I>) => string;
  /** the exit code the command decided */
  exitCode: ExitCode;
  /** every file this run has read (as given to `io.fs.read`): `-o` never overwrites one of them */
  reads: Set<string>;
  globals(cmd: Command): GlobalOptions;
}

/** Options every command accepts (commander reads them before or after the command name). */
export function addCommonOptions(cmd: Command, ctx: Context): Command {
  const tr = ctx.t;
  cmd.addOption(new Option('--lang <lang>', tr('cli.opt.lang')).choices(['vi', 'en']));
  cmd.option('--root <dir>', tr('cli.opt.root'));
  cmd.option('--color', tr('cli.opt.color'));
  cmd.option('--no-color', tr('cli.opt.no-color'));
  cmd.option('-q, --quiet', tr('cli.opt.quiet'));
  cmd.version(VERSION, '-V, --version', tr('cli.opt.version'));
  cmd.helpOption('-h, --help', tr('cli.opt.help'));
  return cmd;
}
