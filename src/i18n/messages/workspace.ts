/**
 * The catalogue’s part for the workspace: documents and their numbers (one part per layer;
 * src/i18n/messages.ts merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const WORKSPACE = {
  'workspace.no-number': {
    vi: 'văn bản không có số hiệu (trường "number" trong phần đầu): chỉ gọi được bằng đường dẫn',
    en: 'the document has no number ("number" in its front matter): it can only be named by path',
  },
  'workspace.duplicate-number': {
    vi: 'số hiệu {number} trùng với văn bản {other}',
    en: 'number {number} is also used by {other}',
  },
  'workspace.not-found': {
    vi: 'không tìm thấy thư mục làm việc (thư mục chứa quyche.yaml hoặc regulations/) từ {dir} trở lên',
    en: 'no workspace (a folder holding quyche.yaml or regulations/) from {dir} upwards',
  },
  'workspace.unknown-document': {
    vi: 'không có văn bản "{doc}" trong thư mục regulations/',
    en: 'no document "{doc}" in regulations/',
  },
  'workspace.outside': {
    vi: '{path} nằm ngoài thư mục làm việc (tệp thật: {real}): vẫn được đọc, nhưng --write không ghi vào đó',
    en: '{path} lies outside the workspace (the real file: {real}): it is read, but --write does not write there',
  },
  'workspace.root-missing': { vi: 'thư mục làm việc {dir} không tồn tại', en: 'the workspace folder {dir} does not exist' },
  'workspace.root-not-dir': { vi: '{dir} không phải là thư mục (--root cần một thư mục)', en: '{dir} is not a folder (--root needs a folder)' },
  'workspace.known-documents': { vi: 'các văn bản có: {list}', en: 'documents available: {list}' },
  'workspace.config': {
    vi: 'quyche.yaml không hợp lệ: {detail}',
    en: 'quyche.yaml is invalid: {detail}',
  },
} as const satisfies Catalogue;
