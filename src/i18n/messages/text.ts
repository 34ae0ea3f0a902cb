/**
 * The catalogue’s part for reading a file: encodings (one part per layer; src/i18n/messages.ts
 * merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const TEXT = {
  'encoding.not-utf8': {
    vi: 'tệp không phải UTF-8 hợp lệ (byte lỗi tại vị trí {offset})',
    en: 'the file is not valid UTF-8 (bad byte at offset {offset})',
  },
  'encoding.legacy': {
    vi: 'văn bản có vẻ được gõ bằng bảng mã cũ {encoding} ("{sample}"): hãy chuyển sang Unicode trước',
    en: 'the text looks like legacy {encoding} encoding ("{sample}"): convert it to Unicode first',
  },
  'encoding.mojibake': {
    vi: 'văn bản có dấu hiệu lỗi mã hóa (UTF-8 bị đọc nhầm thành Windows-1252: "{sample}")',
    en: 'the text looks mis-decoded (UTF-8 read as Windows-1252: "{sample}")',
  },
  'encoding.utf16': {
    vi: 'tệp được mã hóa {encoding}, không phải UTF-8: hãy lưu lại dưới dạng UTF-8 (quyche import đọc được tệp này)',
    en: 'the file is encoded in {encoding}, not UTF-8: save it as UTF-8 (quyche import reads it)',
  },
  'encoding.binary': { vi: 'tệp nhị phân, không phải văn bản', en: 'a binary file, not text' },
  'encoding.empty': { vi: 'tệp rỗng', en: 'the file is empty' },
  'encoding.too-large': {
    vi: 'tệp quá lớn ({size} MB, giới hạn {limit} MB)',
    en: 'the file is too large ({size} MB, limit {limit} MB)',
  },
} as const satisfies Catalogue;
