/**
 * The catalogue’s part for parsing a regulation: numbering, front matter (one part per layer;
 * src/i18n/messages.ts merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const DOCUMENT = {
  'numbering.gap': {
    vi: '{level} {found} không liền sau {previous}: thiếu {expected}',
    en: '{level} {found} does not follow {previous}: {expected} is missing',
  },
  'numbering.first': {
    vi: '{level} đầu tiên là {found}, không phải {expected}',
    en: 'the first {level} is {found}, not {expected}',
  },
  'numbering.duplicate': {
    vi: '{level} {found} trùng số với {level} tại dòng {line}',
    en: '{level} {found} repeats the number of the {level} at line {line}',
  },
  'numbering.order': {
    vi: '{level} {found} đứng sau {previous}: sai thứ tự',
    en: '{level} {found} comes after {previous}: out of order',
  },
  'numbering.letter': {
    vi: 'điểm "{found}" dùng chữ cái ngoài bảng chữ cái tiếng Việt (không có f, j, w, z)',
    en: 'point "{found}" uses a letter outside the Vietnamese alphabet (no f, j, w, z)',
  },
  'numbering.roman': {
    vi: '"{found}" không phải số La Mã hợp lệ',
    en: '"{found}" is not a valid Roman numeral',
  },
  'numbering.decimal-prefix': {
    vi: '{found} không thuộc khoản {parent} chứa nó',
    en: '{found} does not belong to the clause {parent} that contains it',
  },
  'numbering.label-in-container.blockquote': {
    vi: 'nhãn "{found}" nằm trong trích dẫn (blockquote): văn bản được trích không phải là cấu trúc của văn bản này',
    en: 'the label "{found}" is inside a block quote: quoted text is not structure of this document',
  },
  'numbering.label-in-container.code': {
    vi: 'nhãn "{found}" nằm trong khối mã: không được đọc là cấu trúc',
    en: 'the label "{found}" is inside a code block: it is not read as structure',
  },
  'numbering.label-in-container.html': {
    vi: 'nhãn "{found}" nằm trong khối HTML: không được đọc là cấu trúc',
    en: 'the label "{found}" is inside an HTML block: it is not read as structure',
  },
  'numbering.label-in-container.table': {
    vi: 'nhãn "{found}" nằm trong bảng: không được đọc là cấu trúc',
    en: 'the label "{found}" is inside a table: it is not read as structure',
  },
  'numbering.invisible-in-label': {
    vi: 'ký tự vô hình {code} nằm trong nhãn: dòng này không được nhận là một đơn vị; hãy xóa ký tự đó',
    en: 'the invisible character {code} sits inside a label: this line is not read as a unit; delete the character',
  },
  'numbering.unclosed-quote': {
    vi: 'dấu ngoặc kép mở tại đây không được đóng; các nhãn sau đó vẫn được nhận diện',
    en: 'the quotation mark opened here is never closed; labels after it are read as structure',
  },
  'numbering.quote-swallowed': {
    vi: 'dấu ngoặc kép mở tại đây chưa đóng đến dòng {until}: {count} nhãn từ dòng {line} bị coi là lời trích dẫn',
    en: 'the quotation opened here is not closed before line {until}: {count, plural, one {# label} other {# labels}} from line {line} {count, plural, one {was} other {were}} read as quoted text',
  },
  'numbering.hint-expected': {
    vi: 'nhãn kế tiếp hợp lệ: {expected}',
    en: 'the next valid label: {expected}',
  },
  'front-matter.yaml': {
    vi: 'phần đầu (front matter) không phải YAML hợp lệ: {detail}',
    en: 'the front matter is not valid YAML: {detail}',
  },
  'front-matter.unknown-field': {
    vi: 'trường "{field}" không có trong phần đầu văn bản',
    en: 'unknown front-matter field "{field}"',
  },
  'front-matter.bad-value': {
    vi: 'trường "{field}" có giá trị không hợp lệ',
    en: 'field "{field}" has an invalid value',
  },
  'front-matter.unclosed': {
    vi: 'phần đầu mở bằng "---" nhưng không có dòng "---" đóng',
    en: 'the front matter opened with "---" is never closed',
  },
  'hint.did-you-mean': { vi: 'có phải ý bạn là "{suggestion}"?', en: 'did you mean "{suggestion}"?' },
  'hint.fields': { vi: 'các trường hợp lệ: {fields}', en: 'valid fields: {fields}' },
  'expected.date': { vi: 'cần một ngày dạng YYYY-MM-DD hoặc d/m/yyyy', en: 'expected a date as YYYY-MM-DD or d/m/yyyy' },
  'expected.string': { vi: 'cần một chuỗi ký tự', en: 'expected a string' },
  'expected.boolean': { vi: 'cần true hoặc false', en: 'expected true or false' },
  'expected.status': {
    vi: 'cần một trong: in-force, amended, superseded, repealed, draft',
    en: 'expected one of: in-force, amended, superseded, repealed, draft',
  },
  'expected.labels': {
    vi: 'cần một bảng tên cấp: decimal, letter, paren (ví dụ decimal: Điểm)',
    en: 'expected a map of level names: decimal, letter, paren (e.g. decimal: Điểm)',
  },
  // a label in a heading inside a list item that the item's own label makes text
  'numbering.label-in-item-heading': {
    vi: 'nhãn "{found}" nằm trong tiêu đề của mục danh sách "{item}": không được đọc là cấu trúc mà là lời văn của mục đó',
    en: 'the label "{found}" is in a heading inside the list item "{item}": it is not read as structure but as the text of that item',
  },
} as const satisfies Catalogue;
