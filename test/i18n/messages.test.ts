import { describe, expect, it } from 'vitest';
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
});
