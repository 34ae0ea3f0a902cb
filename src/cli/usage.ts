/**
 * Usage errors as data. commander reports a usage error as a `CommanderError` whose only
 * structured part is its `code` (`commander.unknownOption`, …); what it is about (the flag, the
 * argument, the value) is only in its English sentence. `QuycheCommand` (every command of the
 * program, through `createCommand`) raises instead a `UsageError` with commander's code and the
 * facts, at the very methods where commander detects each error, so that the message in the
 * user's language is built from data — never by reading commander's English text.
 */
import { Argument, Command, CommanderError, Option } from 'commander';
import { MESSAGES, type MessageId } from '../i18n/messages.js';
import { suggest } from '../util/suggest.js';
import type { Context } from './context.js';

/** What a usage error is about, by commander's code. */
export type UsageDetail =
  | { code: 'commander.unknownOption'; flag: string }
  | { code: 'commander.unknownCommand'; command: string }
  | { code: 'commander.missingArgument'; argument: string }
  | { code: 'commander.excessArguments'; expected: number; extra: string[] }
  | { code: 'commander.optionMissingArgument'; option: string }
  | { code: 'commander.invalidArgument'; target: string; value: string; choices?: readonly string[] };

/** A usage error: commander's code, the command it arose in, and the facts. */
export class UsageError extends CommanderError {
  constructor(
    readonly detail: UsageDetail,
    readonly command: Command,
  ) {
    super(1, detail.code, `usage: ${detail.code}`);
  }
}

/**
 * commander's Command with its error-raising methods (`unknownOption`, `missingArgument`, … —
 * commander's own names, undeclared in its typings) throwing a `UsageError`. A commander
 * upgrade that renamed one of them makes that kind fall back to `cli.error.usage`, which the
 * tests of every kind in test/cli/usage-errors.test.ts catch.
 */
export class QuycheCommand extends Command {
  override createCommand(name?: string): Command {
    return new QuycheCommand(name);
  }

  unknownOption(flag: string): void {
    if ((this as unknown as { _allowUnknownOption: boolean })._allowUnknownOption) return;
    throw new UsageError({ code: 'commander.unknownOption', flag }, this);
  }

  unknownCommand(): never {
    throw new UsageError({ code: 'commander.unknownCommand', command: this.args[0] ?? '' }, this);
  }

  missingArgument(name: string): never {
    throw new UsageError({ code: 'commander.missingArgument', argument: name }, this);
  }

  optionMissingArgument(option: Option): never {
    throw new UsageError({ code: 'commander.optionMissingArgument', option: option.flags }, this);
  }

  _excessArguments(received: string[]): void {
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    throw new UsageError({ code: 'commander.excessArguments', expected, extra: received.slice(expected) }, this);
  }

  /** commander calls this for every option value and argument it parses */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, _message: string): unknown {
    try {
      return target.parseArg ? target.parseArg(value, previous) : value;
    } catch (e) {
      if (e instanceof CommanderError && e.code === 'commander.invalidArgument') {
        const name = target instanceof Option ? target.flags : target.name();
        const choices = target.argChoices;
        throw new UsageError({ code: 'commander.invalidArgument', target: name, value, ...(choices ? { choices } : {}) }, this);
      }
      throw e;
    }
  }
}

/** The message of a usage error in the user's language. */
export function usageMessage(err: CommanderError, tr: Context['t']): string {
  if (!(err instanceof UsageError)) return tr('cli.error.usage', { detail: err.message.startsWith('error: ') ? err.message.slice(7) : err.message });
  const d = err.detail;
  switch (d.code) {
    case 'commander.unknownOption':
      return tr('cli.error.unknown-option', { option: d.flag });
    case 'commander.unknownCommand':
      return tr('cli.error.unknown-command', { command: d.command });
    case 'commander.missingArgument': {
      // the argument's name in the user's language, with the name in the help after it when they differ
      const id = `cli.argname.${d.argument}`;
      const local = id in MESSAGES ? tr(id as MessageId) : d.argument;
      return tr('cli.error.missing-argument', { argument: local === d.argument ? local : `${local} (${d.argument})` });
    }
    case 'commander.excessArguments':
      return tr('cli.error.excess-arguments', { arguments: d.extra.join(' ') });
    case 'commander.optionMissingArgument':
      return tr('cli.error.option-argument', { option: d.option });
    case 'commander.invalidArgument':
      return d.choices
        ? tr('cli.error.invalid-choice', { value: d.value, option: d.target, choices: d.choices.join(', ') })
        : tr('cli.error.usage', { detail: `${d.target} ${d.value}` });
  }
}

/** "did you mean …?" for an unknown command (with its parent commands) or an unknown long option. */
export function didYouMean(err: CommanderError, program: Command, tr: Context['t']): string | undefined {
  if (!(err instanceof UsageError)) return undefined;
  const cmd = err.command;
  const d = err.detail;
  if (d.code === 'commander.unknownCommand') {
    const s = suggest(d.command, cmd.commands.map((c) => c.name()));
    const parents = commandNames(cmd);
    return s ? tr('cli.did-you-mean', { suggestion: parents.length > 0 ? `${parents.join(' ')} ${s}` : s }) : undefined;
  }
  if (d.code === 'commander.unknownOption') {
    const given = d.flag.split('=')[0]!;
    const longs = [...cmd.options, ...program.options].map((o) => o.long).filter((l): l is string => !!l && given.startsWith('--'));
    const s = suggest(given, longs);
    return s ? tr('cli.did-you-mean', { suggestion: s }) : undefined;
  }
  return undefined;
}

/** The names from the program down to `cmd` ("export redline"), the program's own left out. */
export function commandNames(cmd: Command): string[] {
  const out: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) out.unshift(c.name());
  return out;
}
