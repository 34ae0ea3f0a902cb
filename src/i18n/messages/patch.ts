/** The messages of patches: YAML and the schema. */
import type { Catalogue } from '../catalogue.js';

export const PATCH = {
  'patch.empty': { vi: 'tệp bản vá rỗng', en: 'the patch file is empty' },
  'patch.yaml': { vi: 'YAML không hợp lệ ({code}): {detail}', en: 'invalid YAML ({code}): {detail}' },
  'patch.yaml-duplicate-key': { vi: 'khóa bị lặp lại trong cùng một bảng', en: 'a key is repeated in the same map' },
  'patch.yaml-indent': { vi: 'thụt lề không đúng', en: 'wrong indentation' },
  'patch.yaml-tab': { vi: 'YAML không cho thụt lề bằng ký tự tab', en: 'YAML does not allow tabs for indentation' },
  'patch.yaml-multiple': { vi: 'tệp chứa nhiều tài liệu YAML; mỗi tệp chỉ một bản vá', en: 'the file holds several YAML documents; one patch per file' },
  'patch.yaml-unclosed-double': { vi: 'dấu ngoặc kép " mở ở đây không được đóng', en: 'the quote " opened here is never closed' },
  'patch.yaml-unclosed-single': { vi: "dấu ngoặc đơn ' mở ở đây không được đóng", en: "the quote ' opened here is never closed" },
  'patch.yaml-alias': { vi: 'bí danh (alias) YAML không hợp lệ', en: 'invalid YAML alias' },
  'patch.alias-bomb': {
    vi: 'bản vá dùng quá nhiều bí danh YAML (quá {max}): từ chối để tránh tấn công bùng nổ dữ liệu',
    en: 'the patch uses too many YAML aliases (over {max}): refused as a resource-exhaustion attack',
  },
  'schema.not-a-map': { vi: 'bản vá phải là một bảng YAML (key: value), không phải {found}', en: 'a patch must be a YAML map (key: value), not a {found}' },
  'schema.missing-op': { vi: 'thay đổi thiếu trường "op" (loại thao tác, một trong: {ops})', en: 'the change has no "op" (one of: {ops})' },
  'schema.unknown-op': { vi: 'loại thao tác (op) "{op}" không tồn tại (có: {ops})', en: 'there is no op "{op}" (ops: {ops})' },
  'schema.unknown-field': { vi: 'trường "{field}" không hợp lệ ở đây', en: 'field "{field}" is not allowed here' },
  'schema.missing': { vi: 'thiếu trường bắt buộc "{field}"', en: 'the required field "{field}" is missing' },
  'schema.invalid': { vi: 'trường "{field}": cần {expected}, nhưng là {found}', en: 'field "{field}": expected {expected}, got {found}' },
  'schema.date': { vi: 'trường "{field}": "{found}" không phải là ngày có thật (cần YYYY-MM-DD)', en: 'field "{field}": "{found}" is not a real date (YYYY-MM-DD needed)' },
  'schema.occurrence': {
    vi: 'trường "{field}" phải là một số nguyên ≥ 1, hoặc first, last, all; không phải {found}',
    en: 'field "{field}" must be a whole number ≥ 1, or first, last or all; not {found}',
  },
  'schema.whole-number': { vi: 'trường "{field}" phải là một số nguyên ≥ {min}; không phải {found}', en: 'field "{field}" must be a whole number ≥ {min}; not {found}' },
  'schema.empty': { vi: 'trường "{field}" không được để trống', en: 'field "{field}" must not be empty' },
  'schema.one-of': { vi: 'cần đúng một trong các trường {fields} (đang có {count})', en: 'exactly one of {fields} is needed (found {count})' },
  'schema.duplicate-id': { vi: 'mã thay đổi "{id}" đã dùng cho thay đổi thứ {index}', en: 'change id "{id}" is already used by change {index}' },
} as const satisfies Catalogue;
