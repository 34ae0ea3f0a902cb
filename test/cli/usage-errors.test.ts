/**
 * Every kind of usage error commander detects, in both languages: the message is built from what
 * the error is about (src/cli/usage.ts), never from commander's English sentence, and the exit
 * code is 2. In-process (the process boundary adds nothing here; the smoke cases of cli.test.ts
 * run unknown-option and missing-argument as a subprocess).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeFS } from '../../src/cli/node-io.js';
import { Capture } from '../helpers/memory-io.js';
import { FIXTURES } from '../helpers/paths.js';

async function run(args: string[], lang: 'vi' | 'en'): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['--lang', lang, ...args], { cwd: join(FIXTURES, 'ws-basic'), env: {}, stdout, stderr, fs: nodeFS });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

interface Kind {
  kind: string;
  args: string[];
  vi: string;
  en: string;
}

const KINDS: Kind[] = [
  {
    kind: 'commander.unknownOption',
    args: ['outline', '01-QC/TU', '--bogus'],
    vi: 'quyche: tùy chọn không hợp lệ: --bogus\nxem: quyche outline --help\n',
    en: 'quyche: unknown option: --bogus\nsee: quyche outline --help\n',
  },
  {
    kind: 'commander.unknownOption (with a suggestion)',
    args: ['outline', '01-QC/TU', '--formt', 'json'],
    vi: 'quyche: tùy chọn không hợp lệ: --formt — có phải ý bạn là --format?\nxem: quyche outline --help\n',
    en: 'quyche: unknown option: --formt — did you mean --format?\nsee: quyche outline --help\n',
  },
  {
    kind: 'commander.unknownOption (before the command)',
    args: ['--bogus', 'outline', '01-QC/TU'],
    vi: 'quyche: tùy chọn không hợp lệ: --bogus\nxem: quyche --help\n',
    en: 'quyche: unknown option: --bogus\nsee: quyche --help\n',
  },
  {
    kind: 'commander.unknownCommand',
    args: ['outlin', '01-QC/TU'],
    vi: 'quyche: lệnh không hợp lệ: outlin — có phải ý bạn là outline?\nxem: quyche --help\n',
    en: 'quyche: unknown command: outlin — did you mean outline?\nsee: quyche --help\n',
  },
  {
    kind: 'commander.unknownCommand (a subcommand)',
    args: ['export', 'redlin', 'a.yaml'],
    vi: 'quyche: lệnh không hợp lệ: redlin — có phải ý bạn là export redline?\nxem: quyche export --help\n',
    en: 'quyche: unknown command: redlin — did you mean export redline?\nsee: quyche export --help\n',
  },
  {
    kind: 'commander.missingArgument',
    args: ['show', '01-QC/TU'],
    vi: 'quyche: thiếu tham số: trích dẫn (citation)\nxem: quyche show --help\n',
    en: 'quyche: missing argument: citation\nsee: quyche show --help\n',
  },
  {
    kind: 'commander.missingArgument (the first of two)',
    args: ['diff'],
    vi: 'quyche: thiếu tham số: old\nxem: quyche diff --help\n',
    en: 'quyche: missing argument: old\nsee: quyche diff --help\n',
  },
  {
    kind: 'commander.excessArguments',
    args: ['outline', '01-QC/TU', 'b', 'c'],
    vi: 'quyche: thừa tham số: b c\nxem: quyche outline --help\n',
    en: 'quyche: too many arguments: b c\nsee: quyche outline --help\n',
  },
  {
    kind: 'commander.optionMissingArgument',
    args: ['outline', '01-QC/TU', '--depth'],
    vi: 'quyche: tùy chọn --depth <level> cần một giá trị\nxem: quyche outline --help\n',
    en: 'quyche: option --depth <level> needs a value\nsee: quyche outline --help\n',
  },
  {
    kind: 'commander.invalidArgument (a choice)',
    args: ['outline', '01-QC/TU', '--format', 'xml'],
    vi: 'quyche: giá trị "xml" không hợp lệ cho -f, --format <format>; chọn: text, json\nxem: quyche outline --help\n',
    en: 'quyche: invalid value "xml" for -f, --format <format>; choose: text, json\nsee: quyche outline --help\n',
  },
  {
    kind: 'commander.invalidArgument (a global option)',
    args: ['check', '--lang', 'fr'],
    // the global options are the program's: commander reads them after the command name too
    vi: 'quyche: giá trị "fr" không hợp lệ cho --lang <lang>; chọn: vi, en\nxem: quyche --help\n',
    en: 'quyche: invalid value "fr" for --lang <lang>; choose: vi, en\nsee: quyche --help\n',
  },
];

describe('usage errors, from data, in both languages (exit 2)', () => {
  for (const k of KINDS) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${k.kind} — ${lang}`, async () => {
        const r = await run(k.args, lang);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(k[lang]);
        // nothing of commander's English sentence leaks through
        expect(r.stderr).not.toMatch(/error:|Allowed choices|Expected \d|argument missing|too many arguments for/u);
      });
    }
  }

  it('a command with subcommands and none named prints its help on stderr and exits 2 (help asked for exits 0)', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const bare = await run(['export'], lang);
      expect(bare.code).toBe(2);
      expect(bare.stdout).toBe('');
      expect(bare.stderr).toContain(lang === 'vi' ? 'Cách dùng: quyche export' : 'Usage: quyche export');
      const asked = await run(['help', 'export'], lang);
      expect(asked.code).toBe(0);
      expect(asked.stdout).toBe(bare.stderr);
    }
  });
});
