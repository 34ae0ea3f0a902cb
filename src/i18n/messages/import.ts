/**
 * The catalogue’s part for quyche import and import --amendment (the compiler) (one part per
 * layer; src/i18n/messages.ts merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const IMPORT = {
  'import.decoded': { vi: 'đã chuyển từ bảng mã {encoding} sang Unicode (NFC)', en: 'converted from {encoding} to Unicode (NFC)' },
  'import.footnote-unmarked': {
    vi: 'không tìm thấy dấu của chú thích {n} trong trang: chú thích được giữ, không gắn vào chữ nào',
    en: 'the mark of footnote {n} was not found on its page: the footnote is kept, attached to no word',
  },
  'import.label-unplaced': {
    vi: 'nhãn "{label}" không khớp trình tự đánh số ở vị trí này: giữ làm văn bản',
    en: 'label "{label}" does not fit the numbering here: kept as text',
  },
  'import.no-units': { vi: 'không nhận ra đơn vị nào (Chương, Điều, khoản …) trong văn bản', en: 'no units (Chương, Điều, khoản …) recognised in the text' },
  'import.summary': {
    vi: '{kind}: {chapters} chương, {articles} điều, {units} đơn vị, {footnotes} chú thích; đã bỏ {removed} dòng trình bày trang ({detail})',
    en: '{kind}: {chapters, plural, one {# chapter} other {# chapters}}, {articles, plural, one {# article} other {# articles}}, {units, plural, one {# unit} other {# units}}, {footnotes, plural, one {# footnote} other {# footnotes}}; {removed, plural, one {# page-layout line} other {# page-layout lines}} removed ({detail})',
  },
  'import.written': { vi: 'đã ghi {path}', en: 'wrote {path}' },
  'import.progress': { vi: 'đang nhập {file}…', en: 'importing {file}…' },
  'import.unknown-format': { vi: 'không nhận ra định dạng của tệp (docx, txt, html)', en: 'unrecognised file format (docx, txt, html)' },
  'import.docx-error': { vi: 'không đọc được tệp Word: {detail}', en: 'cannot read the Word file: {detail}' },
  'import.read-error': { vi: 'không đọc được {path}', en: 'cannot read {path}' },
  'amendment.refused': {
    vi: 'không biên dịch được quy định sửa đổi này (ngoài ngữ pháp đã biết): "{text}"',
    en: 'cannot compile this amending instruction (outside the known grammar): "{text}"',
  },
  'amendment.places': {
    vi: 'không đọc được các vị trí "{places}" của quy định sửa đổi: "{text}"',
    en: 'cannot read the places "{places}" of the instruction: "{text}"',
  },
  'amendment.no-quote': {
    vi: 'quy định sửa đổi không kèm lời văn mới trong ngoặc kép: "{text}"',
    en: 'the instruction has no quoted new text: "{text}"',
  },
  'amendment.split': {
    vi: 'lời văn mới không chia được thành {count} đơn vị theo nhãn mà quy định sửa đổi nêu: "{text}"',
    en: 'the quoted text does not divide into the {count, plural, one {# unit} other {# units}} the instruction names, by their labels: "{text}"',
  },
  'amendment.unclosed-quote': { vi: 'ngoặc kép mở ở đây không được đóng', en: 'the quotation opened here is not closed' },
  'amendment.no-amends': {
    vi: 'không tìm thấy số hiệu văn bản được sửa đổi trong văn bản: dùng --amends <số hiệu>',
    en: 'the amended document\'s number is not in the text: use --amends <number>',
  },
  'amendment.effective-exceptions': {
    vi: 'một số quy định có ngày hiệu lực riêng (chưa ghi vào bản vá, cần rà soát `effective` — ngày có hiệu lực — của các thay đổi đó): "{text}"',
    en: 'some provisions have their own effective date (not put in the patch: review the `effective` of those changes): "{text}"',
  },
  'amendment.effective-dated': {
    vi: 'một phần các quy định này có hiệu lực từ {date} ({count} thay đổi: {ids}; ghi vào `effective_part` — phần có hiệu lực riêng): "{text}"',
    en: 'part of these provisions takes effect on {date} ({count, plural, one {# change} other {# changes}}: {ids}; recorded as `effective_part`): "{text}"',
  },
  'amendment.summary': {
    vi: '{compiled} quy định sửa đổi đã biên dịch thành {changes} thay đổi; {refused} không biên dịch được; {skipped} sửa đổi văn bản khác (bỏ qua)',
    en: '{compiled, plural, one {# instruction} other {# instructions}} compiled into {changes, plural, one {# change} other {# changes}}; {refused} refused; {skipped, plural, one {# amends} other {# amend}} another document (skipped)',
  },
  'amendment.header': { vi: 'Biên dịch từ {document} bằng quyche import --amendment', en: 'Compiled from {document} by quyche import --amendment' },
  'amendment.count': {
    vi: '{compiled} quy định sửa đổi → {changes} thay đổi',
    en: '{compiled, plural, one {# instruction} other {# instructions}} → {changes, plural, one {# change} other {# changes}}',
  },
} as const satisfies Catalogue;
