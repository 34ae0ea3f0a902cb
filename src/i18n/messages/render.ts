/**
 * The catalogue’s part for the terminal redline and the outline (one part per layer;
 * src/i18n/messages.ts merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const RENDER = {
  'redline.equal': { vi: 'không đổi', en: 'unchanged' },
  'redline.modify': { vi: 'sửa đổi', en: 'amended' },
  'redline.insert': { vi: 'bổ sung', en: 'inserted' },
  'redline.delete': { vi: 'bãi bỏ', en: 'removed' },
  'redline.move-from': { vi: 'chuyển đi', en: 'moved away' },
  'redline.move-to': { vi: 'chuyển đến', en: 'moved here' },
  'redline.moved-from': { vi: '← từ {anchor}', en: '← from {anchor}' },
  'redline.moved-to': { vi: '→ đến {anchor}', en: '→ to {anchor}' },
  'redline.folded': { vi: '{count} đơn vị không đổi', en: '{count, plural, one {# unchanged unit} other {# unchanged units}}' },
  'outline.intro': { vi: 'phần mở đầu', en: 'preamble' },
  'outline.units': { vi: '{count} đơn vị', en: '{count, plural, one {# unit} other {# units}}' },
  'outline.excerpt': { vi: 'bản trích: chỉ một số quy định được chép lại', en: 'excerpt: only some provisions transcribed' },
  'redline.summary-changes': { vi: '{count} thay đổi', en: '{count, plural, one {# change} other {# changes}}' },
  'redline.summary-units': { vi: '{count} đơn vị', en: '{count, plural, one {# unit} other {# units}}' },
  'redline.summary-modified': { vi: '{count} sửa đổi', en: '{count} amended' },
  'redline.summary-inserted': { vi: '{count} bổ sung', en: '{count} inserted' },
  'redline.summary-repealed': { vi: '{count} bãi bỏ', en: '{count} repealed' },
  'redline.summary-moved': { vi: '{count} chuyển', en: '{count} moved' },
  'redline.repeal': { vi: 'bãi bỏ', en: 'repealed' },
} as const satisfies Catalogue;
