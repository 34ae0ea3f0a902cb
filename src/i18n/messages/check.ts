/**
 * The catalogue’s part for quyche check: bases, quotes, metadata, references (one part per layer;
 * src/i18n/messages.ts merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const CHECK = {
  'check.basis-no-document': {
    vi: 'căn cứ "{cite}" không nêu văn bản nào (số hiệu hoặc tên)',
    en: 'the basis "{cite}" names no document (number or title)',
  },
  'check.basis-not-in-library': {
    vi: 'văn bản {doc} không có trong thư mục regulations/: không kiểm tra được trích dẫn',
    en: 'document {doc} is not in regulations/: the quote cannot be verified',
  },
  'check.basis-not-transcribed': {
    vi: '{citation} chưa được chép lại trong bản trích của {doc}: chưa kiểm tra được',
    en: '{citation} is not transcribed in the excerpt of {doc}: not verified',
  },
  'check.metadata-number': {
    vi: 'số hiệu trích dẫn {cited} khác với dữ liệu thư viện {recorded} (cùng văn bản: cùng số, ngày và loại hoặc cơ quan)',
    en: 'the cited number {cited} differs from the record {recorded} (same document: same serial, date and type or issuer)',
  },
  'check.metadata-record': { vi: 'dữ liệu thư viện: {record}', en: 'record: {record}' },
  'check.metadata-date': {
    vi: 'ngày của {doc} được trích là {cited}, dữ liệu thư viện ghi {recorded}',
    en: '{doc} is cited as dated {cited}; the record says {recorded}',
  },
  'check.metadata-issuer': {
    vi: 'cơ quan ban hành {doc} được trích là "{cited}", dữ liệu thư viện ghi "{recorded}"',
    en: '{doc} is cited as issued by "{cited}"; the record says "{recorded}"',
  },
  'check.metadata-type': {
    vi: 'loại văn bản {doc} được trích là "{cited}", dữ liệu thư viện ghi "{recorded}"',
    en: '{doc} is cited as a "{cited}"; the record says "{recorded}"',
  },
  'check.superseded': {
    vi: '{doc} đã được thay thế bởi {by}: căn cứ cần trích văn bản đang có hiệu lực',
    en: '{doc} has been superseded by {by}: cite the provision in force',
  },
  'check.repealed': { vi: '{doc} đã bị bãi bỏ', en: '{doc} has been repealed' },
  'check.replacement': { vi: 'văn bản thay thế: {record}', en: 'replaced by: {record}' },
  'check.quote-mismatch': {
    vi: 'lời trích không đúng nguyên văn {citation}',
    en: 'the quote is not verbatim in {citation}',
  },
  'check.quote-mangled': {
    vi: 'lời trích chỉ khớp khi bỏ dấu ("{fragment}"): bản gốc được dùng có lẽ là một bản sao hỏng dấu, hãy đối chiếu văn bản chính thức',
    en: 'the quote matches only without diacritics ("{fragment}"): the source was probably a mangled copy; compare with the official text',
  },
  'check.reference-repealed': {
    vi: '"{reference}" dẫn đến {target}, đơn vị đã bị bãi bỏ',
    en: '"{reference}" points to {target}, which is repealed',
  },
  'check.reference-removed': {
    vi: '"{reference}" dẫn đến {target}, đơn vị đã bị xóa',
    en: '"{reference}" points to {target}, which is removed',
  },
  'check.reference-moved': {
    vi: '"{reference}" dẫn đến {target}, đơn vị đã được chuyển đến {to}',
    en: '"{reference}" points to {target}, which moved to {to}',
  },
  'check.reference-missing': {
    vi: '"{reference}" dẫn đến một đơn vị không có trong văn bản',
    en: '"{reference}" points to a unit the document does not have',
  },
  'check.too-many-changes': {
    vi: 'bản vá sửa {touched}/{total} điều của {doc}: quá một nửa số điều, cần ban hành văn bản thay thế (Luật 64/2025/QH15, Điều 8 khoản 4)',
    en: 'the patch changes {touched} of {total, plural, one {# article} other {# articles}} of {doc}: over half, a replacement document is due (Law 64/2025/QH15, Art. 8(4))',
  },
  'check.no-patches': { vi: 'không có bản vá nào trong {dir}', en: 'no patch in {dir}' },
  'check.bad-shard': { vi: '--shard cần dạng i/n với 1 ≤ i ≤ n (ví dụ 2/4), không phải "{value}"', en: '--shard needs i/n with 1 ≤ i ≤ n (e.g. 2/4), not "{value}"' },
} as const satisfies Catalogue;
