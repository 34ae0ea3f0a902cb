/**
 * Points 12–14 of issue 10 at the patch loader: invalid dates are refused at their position,
 * schema messages are plain words (never zod's "Too big: expected int to be <=9007199254740991",
 * "expected number, got number", "expected ≥ 1, got string"), and an unclosed YAML quote is
 * reported where it opens, in the user's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPatch } from '../../src/patch/load.js';
import { renderDiagnostic } from '../../src/report/render.js';
import { FIXTURES } from '../helpers/paths.js';

const BASE = readFileSync(join(FIXTURES, 'ws-amend/amendments/ok.yaml'), 'utf8');

function messages(text: string, lang: 'vi' | 'en' = 'en'): string[] {
  return loadPatch('/p.yaml', text).diagnostics.map((d) => {
    const r = renderDiagnostic(d, lang, '/');
    return `${r.line}:${r.column} ${r.code} ${r.message}`;
  });
}

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('13. dates are real dates', () => {
  for (const bad of ['2025-02-30', '2025-13-45', '2023-02-29', '2025-00-10']) {
    it(`effective: ${bad} is refused at its position`, () => {
      const text = BASE.replace('effective: 2026-01-01', `effective: ${bad}`);
      const ms = messages(text);
      expect(ms).toHaveLength(1);
      expect(ms[0]).toMatch(new RegExp(`^${lineOf(text, bad)}:12 schema .*${bad}.*not a real date`));
    });
  }
  it('a change’s own effective date too, and 2024-02-29 (a leap day) is accepted', () => {
    const text = BASE.replace('    reason: Bỏ từ thừa.', '    reason: Bỏ từ thừa.\n    effective: 2025-02-29').replace('effective: 2026-01-01', 'effective: 2024-02-29');
    const ms = messages(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatch(new RegExp(`^${lineOf(text, '2025-02-29')}:16 schema .*2025-02-29`));
  });
});

describe('13. schema messages in plain words', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['occurrence: 0', '    occurrence: 0', /"changes\[4\]\.occurrence" must be a whole number ≥ 1, or first, last or all; not 0$/],
    ['occurrence: 99999999999999999999', '    occurrence: 99999999999999999999', /must be a whole number ≥ 1, or first, last or all; not 99999999999999999999$/],
    ['occurrence: 1.5', '    occurrence: 1.5', /must be a whole number ≥ 1, or first, last or all; not 1\.5$/],
    ['occurrence: ""', '    occurrence: ""', /must be a whole number ≥ 1, or first, last or all; not ""$/],
    ['expect_count: -1', '    expect_count: -1', /"changes\[4\]\.expect_count" must be a whole number ≥ 0; not -1$/],
    ['expect_count: 2.5', '    expect_count: 2.5', /"changes\[4\]\.expect_count" must be a whole number ≥ 0; not 2\.5$/],
  ];
  for (const [name, line, re] of cases) {
    it(name, () => {
      const ms = messages(BASE.replace('    occurrence: all', line));
      expect(ms).toHaveLength(1);
      expect(ms[0]).toMatch(re);
      expect(ms[0]).not.toMatch(/Too big|9007199254740991|got number|got string|expected int/);
    });
  }
  it('an empty string where text is needed: "must not be empty", in both languages', () => {
    const text = BASE.replace('    find: tất cả các loại văn bản', '    find: ""');
    expect(messages(text)).toEqual([`${lineOf(text, 'find: ""')}:11 schema field "changes[1].find" must not be empty`]);
    expect(messages(text, 'vi')).toEqual([`${lineOf(text, 'find: ""')}:11 schema trường "changes[1].find" không được để trống`]);
  });
});

describe('14. an unclosed quote is reported where it opens', () => {
  it('a double quote', () => {
    const text = BASE.replace('    find: tất cả các loại văn bản', '    find: "tất cả các loại văn bản');
    const ms = messages(text, 'vi');
    expect(ms[0]).toBe(`${lineOf(text, '"tất cả')}:11 yaml-syntax dấu ngoặc kép " mở ở đây không được đóng`);
  });
  it("a single quote, at the end of the file in the parser's view", () => {
    const text = BASE.replace('    find: tất cả các loại văn bản', "    find: 'tất cả các loại văn bản");
    const ms = messages(text, 'en');
    expect(ms[0]).toBe(`${lineOf(text, "'tất cả")}:11 yaml-syntax the quote ' opened here is never closed`);
  });
});
