/**
 * The catalogue’s part for diagnostics reporters (one part per layer; src/i18n/messages.ts merges
 * them).
 */
import type { Catalogue } from '../catalogue.js';

export const REPORT = {
  'report.summary': {
    vi: '{files} tệp · {errors} lỗi · {warnings} cảnh báo · {infos} ghi chú',
    en: '{files, plural, one {# file} other {# files}} · {errors, plural, one {# error} other {# errors}} · {warnings, plural, one {# warning} other {# warnings}} · {infos, plural, one {# note} other {# notes}}',
  },
  'report.no-issues': { vi: 'không có vấn đề', en: 'no issues found' },
  'report.hint': { vi: 'gợi ý', en: 'hint' },
  'severity.error': { vi: 'lỗi', en: 'error' },
  'severity.warning': { vi: 'cảnh báo', en: 'warning' },
  'severity.info': { vi: 'ghi chú', en: 'info' },
} as const satisfies Catalogue;
