/**
 * The command line: `main(argv, io) → exit code` (0 no errors, 1 errors found, 2 usage,
 * configuration, I/O or internal failure: the rule of exit.ts). A thin layer: it parses arguments
 * with commander, runs the named command through the one pipeline of pipeline.ts (workspace →
 * patches → run → report), and turns what was thrown into its message on stderr.
 */
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { MESSAGES, parseLang, t, type Lang, type MessageId } from '../i18n/messages.js';
import { chalkFor } from './color.js';
import { EXIT } from './exit.js';
import { addCommonOptions, type Context } from './context.js';
import { ExitError, IoError, LockedError, type CliIO, type ExitCode, type FileIO } from './io.js';
import { relativePath } from '../report/render.js';
import { commandNames, didYouMean, QuycheCommand, UsageError, usageMessage } from './usage.js';

export { VERSION } from './context.js';
export type { Context, GlobalOptions } from './context.js';

type Register = (program: Command, ctx: Context) => void;
/** The commands, in help order, each loaded on first use (a run loads only the one it names). */
const COMMANDS: Record<string, () => Promise<Register>> = {
  outline: async () => (await import('./commands/outline.js')).registerOutline,
  show: async () => (await import('./commands/show.js')).registerShow,
  check: async () => (await import('./commands/check.js')).registerCheck,
  amend: async () => (await import('./commands/amend.js')).registerAmend,
  export: async () => (await import('./commands/export.js')).registerExport,
  init: async () => (await import('./commands/init.js')).registerInit,
  import: async () => (await import('./commands/import.js')).registerImport,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
};

/**
 * The commands a run needs registered: the one it names, or none for a bare `--version`, or all
 * (help, an unknown or missing command name: their messages list or look up every command).
 */
function commandsFor(argv: readonly string[]): string[] {
  let named: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a === '--root') i++;
    else if (!a.startsWith('-')) {
      named = a;
      break;
    }
  }
  if (named !== undefined) return named in COMMANDS ? [named] : Object.keys(COMMANDS);
  const help = argv.some((a) => a === '-h' || a === '--help');
  return !help && argv.some((a) => a === '-V' || a === '--version') ? [] : Object.keys(COMMANDS);
}


/** --lang is needed before commander runs (help texts are built in the chosen language). */
function detectLang(argv: readonly string[], env: CliIO['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return parseLang(argv[i + 1]) ?? 'vi';
    if (a.startsWith('--lang=')) return parseLang(a.slice(7)) ?? 'vi';
  }
  return parseLang(env.QUYCHE_LANG) ?? 'vi';
}

const TITLES: Record<string, MessageId> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
  'Global Options:': 'cli.help.global',
};

/** A usage line with commander's "[options]" and "[command]" in the chosen language. */
function localUsage(usage: string, tr: Context['t']): string {
  return localTerms(usage.replace(/\[options\]/g, tr('cli.help.options-term')).replace(/\[command\]/g, tr('cli.help.command-term')), tr);
}

/** "<doc>", "[file]", "<patch...>" with the placeholder's name in the chosen language (<văn-bản>). */
function localTerms(term: string, tr: Context['t']): string {
  return term.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/gu, (whole, open: string, name: string, dots: string | undefined, close: string) => {
    const id = `cli.term.${name}`;
    return id in MESSAGES ? `${open}${tr(id as MessageId)}${dots ?? ''}${close}` : whole;
  });
}


/** `io.fs` that remembers which files were read. */
function recording(fs: FileIO, reads: Set<string>): FileIO {
  return {
    read: async (p) => {
      const bytes = await fs.read(p);
      if (bytes) reads.add(p);
      return bytes;
    },
    list: (d) => fs.list(d),
    isDirectory: (p) => fs.isDirectory(p),
    isFile: (p) => fs.isFile(p),
    writeAtomic: (p, data, options) => fs.writeAtomic(p, data, options),
    mkdirp: (p) => fs.mkdirp(p),
    ...(fs.realpath ? { realpath: (p: string) => fs.realpath!(p) } : {}),
    ...(fs.kind ? { kind: (p: string) => fs.kind!(p) } : {}),
    ...(fs.remove ? { remove: (p: string) => fs.remove!(p) } : {}),
  };
}

/** An OS error as a sentence: the path, the reason in the user's language, the OS code. */
function ioMessage(e: IoError | LockedError, tr: Context['t'], cwd: string): string {
  const path = relativePath(e.path, cwd);
  if (e instanceof LockedError) return tr('io.locked', { path, lock: relativePath(e.lock, cwd), pid: e.pid });
  const id = `io.errno.${e.errno}` as MessageId;
  const reason = e.errno && id in MESSAGES ? `${tr(id)} (${e.errno})` : e.errno ? `${e.reason} (${e.errno})` : e.reason;
  return tr(`io.${e.op}`, { path, reason });
}

/** The command path in argv ("export redline"), skipping options and their values. */
function commandPath(argv: readonly string[], program: Command): Command[] {
  const out: Command[] = [];
  let cmd = program;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a === '--root') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    const sub = cmd.commands.find((c) => c.name() === a);
    if (!sub) break;
    out.push(sub);
    cmd = sub;
  }
  return out;
}

async function buildProgram(ctx: Context, argv?: readonly string[]): Promise<Command> {
  const { io } = ctx;
  const program = new QuycheCommand('quyche');
  program
    .description(ctx.t('cli.description'))
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: () => undefined,
    })
    .configureHelp({
      styleTitle: (s: string) => (TITLES[s] ? ctx.t(TITLES[s]) : s),
      optionDescription: (o: Option) =>
        o.defaultValue !== undefined && (o.required || o.optional) ? `${o.description} (${ctx.t('cli.help.default', { value: String(o.defaultValue) })})` : o.description,
      sortSubcommands: false,
      // commander's own English fragments, in the chosen language: "[options] [command]" and an
      // argument's "(default: …)" (the Vietnamese descriptions say their default themselves)
      commandUsage(this: Help, cmd: Command): string {
        return localUsage(Help.prototype.commandUsage.call(this, cmd), ctx.t);
      },
      // the list of commands names each with its arguments; "[tùy chọn]" is in each command's own help
      subcommandTerm(this: Help, cmd: Command): string {
        return localUsage(Help.prototype.subcommandTerm.call(this, cmd).replace(/ \[options\]/u, ''), ctx.t);
      },
      optionTerm(this: Help, o: Option): string {
        return localTerms(Help.prototype.optionTerm.call(this, o), ctx.t);
      },
      argumentTerm(this: Help, a: Argument): string {
        // under "Tham số:" an argument is its bare name ("dir")
        const term = Help.prototype.argumentTerm.call(this, a);
        const id = `cli.term.${term.replace(/\.\.\.$/u, '')}`;
        return id in MESSAGES ? `${ctx.t(id as MessageId)}${term.endsWith('...') ? '...' : ''}` : localTerms(term, ctx.t);
      },
      argumentDescription: (a: Argument) =>
        a.defaultValue !== undefined && !/mặc định|default/iu.test(a.description) ? `${a.description} (${ctx.t('cli.help.default', { value: String(a.defaultValue) })})` : a.description,
    })
    .helpCommand('help [command]', ctx.t('cli.help.command'));
  addCommonOptions(program, ctx);
  const names = argv ? commandsFor(argv) : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((n) => COMMANDS[n]!()));
  for (const register of registers) register(program, ctx);
  return program;
}

export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const lang = detectLang(argv, io.env);
  const reads = new Set<string>();
  io = { ...io, fs: recording(io.fs, reads) };
  const ctx: Context = {
    io,
    reads,
    lang,
    t: (id, args) => t(lang, id, args),
    exitCode: EXIT.ok,
    globals: (cmd) => {
      const o = cmd.optsWithGlobals() as { lang?: Lang; root?: string; color?: boolean; quiet?: boolean };
      return { lang, root: o.root, color: o.color, quiet: o.quiet };
    },
  };
  const program = await buildProgram(ctx, argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof ExitError) return e.code;
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      // help asked for (`quyche help`) is 0; help printed because no command was named is a usage error
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.failure;
      if (e.code === 'commander.executeSubCommandAsync') return EXIT.failure;
      const chalk = chalkFor(io.stderr, io.env, undefined);
      const names = e instanceof UsageError ? commandNames(e.command) : commandPath(argv, program).map((c) => c.name());
      const hint = didYouMean(e, program, ctx.t);
      io.stderr.write(`${chalk.red('quyche')}: ${usageMessage(e, ctx.t)}${hint ? ` — ${hint}` : ''}\n`);
      io.stderr.write(`${ctx.t('cli.see-help', { command: names.join(' ') }).replace('  ', ' ')}\n`);
      return EXIT.failure;
    }
    if (e instanceof IoError || e instanceof LockedError) {
      const chalk = chalkFor(io.stderr, io.env, undefined);
      io.stderr.write(`${chalk.red('quyche')}: ${ioMessage(e, ctx.t, io.cwd)}\n`);
      return EXIT.failure;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr.write(`quyche: ${ctx.t('cli.error.internal', { detail: e instanceof Error ? e.message : String(e) })}\n`);
    if (io.env.QUYCHE_DEBUG) io.stderr.write(`${detail}\n`);
    return EXIT.failure;
  }
}
