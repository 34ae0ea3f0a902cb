/**
 * Issue 14 point 13: the Vietnamese help has no English fragment of commander's — no "[options]",
 * "[command]", "(default: …)" — in any command's help; English help keeps commander's words; and
 * the messages that named English fields or a vague record say what they mean in Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MESSAGES, t } from '../../src/i18n/messages.js';
import { MemoryFS, memoryIO } from '../helpers/memory-io.js';

async function help(args: string[]): Promise<string> {
  const io = memoryIO(new MemoryFS());
  await main([...args, '--help'], io);
  return io.out.text + io.err.text;
}

const COMMANDS = [[], ['outline'], ['show'], ['check'], ['amend'], ['init'], ['import'], ['diff'], ['export'], ...['consolidated', 'redline', 'table', 'draft', 'report'].map((k) => ['export', k])];

describe('point 13: the Vietnamese help and messages', () => {
  it('every command\'s Vietnamese help is free of commander\'s English fragments', async () => {
    for (const c of COMMANDS) {
      const h = await help(c);
      expect(h, c.join(' ')).toMatch(/^Cách dùng: quyche/);
      expect(h, c.join(' ')).not.toMatch(/\[options\]|\[command\]|\(default:|\(choices:|Usage:|Options:|Arguments:/);
      // nor English placeholder names: <văn-bản>, <định-dạng>, [bản-vá...]
      expect(h, c.join(' ')).not.toMatch(/[<[](?:doc|file|patch|format|date|style|name|old|new|number|lines|level|lang|form|dir|citation|command)(?:\.\.\.)?[>\]]/u);
    }
    expect(await help([])).toContain('Cách dùng: quyche [tùy chọn] [lệnh]');
    expect(await help(['init'])).toMatch(/thư-mục\s+thư mục \(mặc định: thư mục hiện tại\)\n/u);
    expect(await help(['export', 'draft'])).toMatch(/--form <hình-thức>\s+hình thức: amending/u);
  });

  it('the English help keeps commander\'s words', async () => {
    expect(await help(['--lang', 'en'])).toContain('Usage: quyche [options] [command]');
    expect(await help(['export', 'draft', '--lang', 'en'])).toMatch(/--form <form>/u);
  });

  it('the library\'s record is "dữ liệu thư viện"; field names are glossed', () => {
    expect(t('vi', 'check.metadata-number', { cited: 'a', recorded: 'b' })).toContain('khác với dữ liệu thư viện b');
    const vi = Object.values(MESSAGES).map((m) => m.vi);
    expect(vi.filter((m) => m.includes('hồ sơ'))).toEqual([]);
    expect(vi.filter((m) => /"expect"|\bop (move|insert)\b|expect_count là/.test(m))).toEqual([]);
    expect(t('vi', 'apply.stale-text', { target: 'khoản 1 Điều 2' })).toContain('(trường expect)');
  });
});
