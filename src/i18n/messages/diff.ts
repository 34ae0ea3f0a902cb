/**
 * The catalogue’s part for quyche diff: findings, --propose, --witness (one part per layer;
 * src/i18n/messages.ts merges them).
 */
import type { Catalogue } from '../catalogue.js';

export const DIFF = {
  'diff.kind.modify': { vi: 'sửa đổi', en: 'amended' },
  'diff.kind.insert': { vi: 'bổ sung', en: 'inserted' },
  'diff.kind.delete': { vi: 'bãi bỏ', en: 'removed' },
  'diff.kind.move': { vi: 'chuyển', en: 'moved' },
  'diff.kind.renumber': { vi: 'đánh số lại', en: 'renumbered' },
  'diff.renumbered': { vi: '{from} thành {to}', en: '{from} becomes {to}' },
  'diff.moved-from': { vi: '← từ {citation}', en: '← from {citation}' },
  'diff.was': { vi: '(trước là {citation})', en: '(was {citation})' },
  'diff.meta': { vi: 'thông tin văn bản: {field} {old} → {new}', en: 'document data: {field} {old} → {new}' },
  'diff.same': { vi: 'hai phiên bản giống nhau', en: 'the two versions are the same' },
  'diff.summary': { vi: '{findings} khác biệt', en: '{findings, plural, one {# difference} other {# differences}}' },
  'diff.summary-modified': { vi: '{count} sửa đổi', en: '{count} amended' },
  'diff.summary-inserted': { vi: '{count} bổ sung', en: '{count} inserted' },
  'diff.summary-deleted': { vi: '{count} bãi bỏ', en: '{count} removed' },
  'diff.summary-moved': { vi: '{count} chuyển', en: '{count} moved' },
  'diff.summary-renumbered': { vi: '{count} đánh số lại', en: '{count} renumbered' },
  'diff.stdin-twice': { vi: 'chỉ một bên được đọc từ stdin (-)', en: 'only one side can be read from stdin (-)' },
  'diff.propose-and-witness': { vi: 'chỉ dùng một trong --propose và --witness', en: 'use either --propose or --witness, not both' },
  'diff.format-propose': { vi: '--propose viết YAML: không dùng với --format {format}', en: '--propose writes YAML: not with --format {format}' },
  'diff.format-witness': { vi: '--witness in văn bản hoặc JSON: không dùng với --format {format}', en: '--witness prints text or JSON: not with --format {format}' },
  'diff.no-number': {
    vi: '{path} không có số hiệu (number) trong front matter: bản vá cần trường amends',
    en: '{path} has no number in its front matter: a patch needs its amends field',
  },
  'diff.propose-failed': {
    vi: 'bản vá đề xuất không tái tạo đúng phiên bản mới tại: {units}',
    en: 'the proposed patch does not reproduce the new version at: {units}',
  },
  'diff.propose-renumbered': {
    vi: 'không viết được bản vá: {units} được đánh số lại tại chỗ, mà nhãn của đơn vị bổ sung hoặc chuyển phải vừa khít (Nghị định 78/2025, Điều 66); hãy bổ sung với nhãn có chữ cái (3a) rồi đánh số lại khi hợp nhất',
    en: 'no patch can be written: {units} renumbered in place, and the labels of inserted or moved units must fit (Nghị định 78/2025, Điều 66); insert with a letter suffix (3a) and renumber when consolidating',
  },
  'diff.propose-written': { vi: 'đã ghi {path} ({count} thay đổi)', en: 'wrote {path} ({count, plural, one {# change} other {# changes}})' },
  'witness.class.layout': { vi: 'trình bày', en: 'layout' },
  'witness.class.punctuation': { vi: 'dấu câu', en: 'punctuation' },
  'witness.class.case': { vi: 'chữ hoa', en: 'case' },
  'witness.class.tone': { vi: 'bỏ dấu', en: 'tone placement' },
  'witness.class.wording': { vi: 'câu chữ', en: 'wording' },
  'witness.class.unit': { vi: 'đơn vị', en: 'unit' },
  'witness.class.numbering': { vi: 'số thứ tự', en: 'numbering' },
  'witness.class.order': { vi: 'thứ tự', en: 'order' },
  'witness.none': { vi: 'không có khác biệt', en: 'no difference' },
  'witness.summary-substantive': { vi: '{count} khác biệt ({classes}): có khác biệt về nội dung', en: '{count, plural, one {# difference} other {# differences}} ({classes}): the texts differ in substance' },
  'witness.summary-minor': { vi: '{count} khác biệt ({classes}): không khác về nội dung', en: '{count, plural, one {# difference} other {# differences}} ({classes}): none of substance' },
} as const satisfies Catalogue;
