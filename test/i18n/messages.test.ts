import { fc, test as propTest } from '@fast-check/vitest';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeFS } from '../../src/cli/node-io.js';
import { parseRegulation } from '../../src/document/parse.js';
import { MESSAGE_PARTS, MESSAGES, placeholders, t } from '../../src/i18n/messages.js';
import { Capture } from '../helpers/memory-io.js';
import { FIXTURES } from '../helpers/paths.js';

const names = (s: string) => [...new Set(placeholders(s))].sort();
const ENTRIES = Object.entries(MESSAGES) as Array<[keyof typeof MESSAGES, { vi: string; en: string }]>;

describe('messages', () => {
  it('exist in Vietnamese and English with the same placeholders', () => {
    for (const [id, m] of ENTRIES) {
      expect(m.vi.trim(), id).not.toBe('');
      expect(m.en.trim(), id).not.toBe('');
      expect(names(m.vi), id).toEqual(names(m.en));
    }
  });

  it('are split per layer, and no id is defined in two parts (a later part would silently win)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, entries] of Object.entries(MESSAGE_PARTS)) {
      for (const id of Object.keys(entries)) {
        if (seen.has(id)) twice.push(`${id}: ${seen.get(id)} and ${part}`);
        seen.set(id, part);
      }
    }
    expect(twice).toEqual([]);
    expect(Object.keys(MESSAGES).sort()).toEqual([...seen.keys()].sort());
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('en', 'citation.not-found', { citation: 'Khoản 9', doc: 'Điều 1' })).toBe('Khoản 9 does not exist in Điều 1');
    // @ts-expect-error -- an argument missing: the type system refuses it; at run time the placeholder stays visible
    expect(t('vi', 'citation.not-found', { citation: 'Khoản 9' })).toBe('không có Khoản 9 trong {doc}');
  });

  it('braces that are not placeholders stay as written ({++ ++}, {+thêm+})', () => {
    expect(t('vi', 'cli.opt.marks')).toBe('cách đánh dấu sửa đổi trong Markdown: critic ({++ ++} {-- --}) hoặc plain (<ins> <del>)');
    expect(t('en', 'apply.closest', { passage: 'a', diff: 'b' })).toBe('closest passage: "a"; difference ([-removed-] {+added+}): b');
  });

  it('write a unit kind in the message’s language: arguments carry the kind, not a Vietnamese word', () => {
    expect(t('en', 'numbering.first', { level: 'diem', found: '2.5', expected: '2.1' })).toBe('the first point is 2.5, not 2.1');
    expect(t('vi', 'numbering.first', { level: 'diem', found: '2.5', expected: '2.1' })).toBe('điểm đầu tiên là 2.5, không phải 2.1');
    expect(t('en', 'numbering.gap', { level: 'dieu', found: '5', previous: '3', expected: '4' })).toBe('Article 5 does not follow 3: 4 is missing');
  });

  it('the numbering checks give kinds: read in English, a regulation’s numbering problems name no Vietnamese level', () => {
    const doc = parseRegulation('r.md', '### Điều 1. A\n\n1. Một.\n\n3. Ba.\n\n### Điều 2. B\n\n2.5. Hai.\n');
    const en = doc.diagnostics.filter((d) => d.code === 'numbering').map((d) => t('en', d.message.id, d.message.args));
    expect(en).toContain('clause 3 does not follow 1: 2 is missing');
    expect(en.join(' ')).not.toMatch(/khoản|điểm|Điều/u);
  });
});

describe('plurals', () => {
  it('English inflects a count by its plural rule; Vietnamese has no plural inflection', () => {
    const one = { files: 1, errors: 0, warnings: 2, infos: 1 };
    expect(t('en', 'report.summary', one)).toBe('1 file · 0 errors · 2 warnings · 1 note');
    expect(t('vi', 'report.summary', one)).toBe('1 tệp · 0 lỗi · 2 cảnh báo · 1 ghi chú');
    expect(t('en', 'report.summary', { files: 2, errors: 1, warnings: 1, infos: 0 })).toBe('2 files · 1 error · 1 warning · 0 notes');
    expect(t('en', 'redline.folded', { count: 1 })).toBe('1 unchanged unit');
    expect(t('en', 'redline.folded', { count: 3 })).toBe('3 unchanged units');
    expect(t('en', 'numbering.quote-swallowed', { until: 9, count: 1, line: 4 })).toBe(
      'the quotation opened here is not closed before line 9: 1 label from line 4 was read as quoted text',
    );
    expect(t('en', 'numbering.quote-swallowed', { until: 9, count: 2, line: 4 })).toBe(
      'the quotation opened here is not closed before line 9: 2 labels from line 4 were read as quoted text',
    );
    // a count of one was "occurs 1 times" before the rule
    expect(t('en', 'apply.count-mismatch', { phrase: 'x', found: 1, expected: 2 })).toBe('the phrase "x" occurs 1 time, expect_count says 2');
  });

  propTest.prop([fc.nat({ max: 100_000 })])('every plural form: English “one” for 1 only, Vietnamese the same words for every count', (n) => {
    const en = t('en', 'outline.units', { count: n });
    expect(en).toBe(n === 1 ? '1 unit' : `${n} units`);
    expect(t('vi', 'outline.units', { count: n })).toBe(`${n} đơn vị`);
  });

  it('every plural form has an “other” case, and its cases hold no placeholder (one count per form)', () => {
    for (const [id, m] of ENTRIES) {
      for (const lang of ['vi', 'en'] as const) {
        for (const form of m[lang].matchAll(/\{(\w[\w-]*), plural,([^]*?)\}\s*\}/gu)) {
          expect(form[2], `${id} ${lang}`).toMatch(/\bother \{/u);
        }
        // a plural form the runtime cannot read would show its braces: none is left unread
        const unread = m[lang].replace(/\{(\w[\w-]*)(?:, plural,(?:\s*[\w=]+\s*\{[^{}]*\})+\s*)?\}/gu, '');
        expect(unread, `${id} ${lang}`).not.toMatch(/, plural,/u);
      }
    }
  });
});

describe('the exported documents are Vietnamese whatever --lang says (docs/architecture.md)', () => {
  const run = async (args: string[]) => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(args, { cwd: join(FIXTURES, 'ws-amend'), env: {}, stdout, stderr, fs: nodeFS });
    return { code, stdout: stdout.text };
  };
  for (const kind of ['consolidated', 'redline', 'table', 'draft', 'report'] as const) {
    it(`${kind}: --lang en changes no byte of the document`, async () => {
      const args = ['export', kind, ...(kind === 'consolidated' ? ['12/2025/QĐ-UBND', '--with'] : []), 'amendments/ok.yaml', '--date', '2026-01-01'];
      const vi = await run(args);
      const en = await run([...args, '--lang', 'en']);
      expect(vi.code).toBe(0);
      expect(vi.stdout).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
      expect(en).toEqual(vi);
    });
  }
});
