import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/document/parse.js';
import { MESSAGES, t } from '../../src/i18n/messages.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w[\w-]*)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('exist in Vietnamese and English with the same placeholders', () => {
    for (const [id, m] of Object.entries(MESSAGES)) {
      expect(m.vi.trim(), id).not.toBe('');
      expect(m.en.trim(), id).not.toBe('');
      expect(placeholders(m.vi), id).toEqual(placeholders(m.en));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('en', 'citation.not-found', { citation: 'Khoản 9', doc: 'Điều 1' })).toBe('Khoản 9 does not exist in Điều 1');
    expect(t('vi', 'citation.not-found', { citation: 'Khoản 9' })).toBe('không có Khoản 9 trong {doc}');
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

