/**
 * The catalogue’s part for applying changes (one part per layer; src/i18n/messages.ts merges
 * them).
 */
import type { Catalogue } from '../catalogue.js';

export const APPLY = {
  'apply.unknown-document': {
    vi: 'văn bản được sửa đổi "{doc}" không có trong thư mục regulations/',
    en: 'the amended document "{doc}" is not in regulations/',
  },
  'apply.not-a-unit': { vi: '"{citation}" chỉ tên một văn bản, không chỉ đơn vị nào', en: '"{citation}" names a document, not a unit' },
  'apply.one-unit': {
    vi: 'thay đổi này cần đúng một đơn vị, nhưng "{citation}" chỉ {count} đơn vị',
    en: 'this change needs exactly one unit, but "{citation}" names {count}',
  },
  'apply.stale-text': {
    vi: 'lời văn đối chiếu (trường expect) không có trong {target} hiện hành: văn bản gốc đã khác, hoặc đề nghị trích một đơn vị nhưng sửa đơn vị khác',
    en: 'the "expect" wording is not in the current {target}: the base has drifted, or the proposal quotes one unit and amends another',
  },
  'apply.closest': {
    vi: 'đoạn gần nhất: "{passage}"; khác biệt ([-bỏ-] {+thêm+}): {diff}',
    en: 'closest passage: "{passage}"; difference ([-removed-] {+added+}): {diff}',
  },
  'apply.conflict': {
    vi: 'thay đổi này chồng lên phần văn bản mà thay đổi {other} đã viết',
    en: 'this change overlaps text written by change {other}',
  },
  'apply.free-label': { vi: 'nhãn còn trống: {free}', en: 'free label: {free}' },
  'apply.label-collision': { vi: 'nhãn {label} đã có trong {where}', en: 'label {label} already exists in {where}' },
  'apply.label-gap': {
    vi: 'nhãn {label} không liền sau {previous}: đơn vị bổ sung mang số của đơn vị liền trước kèm chữ cái (Nghị định 78/2025, Điều 69)',
    en: 'label {label} does not follow {previous}: an inserted unit takes the number before it with a suffix (Decree 78/2025, Art. 69)',
  },
  'apply.label-order': {
    vi: 'nhãn {label} phải đứng giữa {previous} và {next}',
    en: 'label {label} must come between {previous} and {next}',
  },
  'apply.label-level': { vi: 'đơn vị {label} không thể đứng ở cấp này trong {where}', en: 'a unit {label} cannot stand at this level in {where}' },
  'apply.label-pattern': {
    vi: 'đơn vị mới {label} không cùng cấp với {sibling} mà nó đứng cạnh',
    en: 'the new unit {label} is not at the level of {sibling} beside it',
  },
  'apply.replace-label': {
    vi: 'văn bản thay thế mang nhãn {label} nhưng thay cho {target}: muốn đổi số thì dùng thao tác chuyển (op: move)',
    en: 'the replacement text is labelled {label} but replaces {target}: use op move to renumber',
  },
  'apply.no-heading': { vi: '{target} không phải đơn vị có tên (Điều, Chương, Mục, Phần)', en: '{target} is not a unit with a name (Điều, Chương, Mục, Phần)' },
  'apply.insert-no-label': {
    vi: 'văn bản bổ sung phải bắt đầu bằng nhãn của đơn vị mới ("5a.", "d1)", "Điều 9a.", "- ")',
    en: 'the inserted text must start with the new unit\'s label ("5a.", "d1)", "Điều 9a.", "- ")',
  },
  'apply.phrase-structure': {
    vi: 'cụm từ mới có nhãn "{label}" ở đầu một dòng: nó sẽ tạo đơn vị mới giữa văn bản; bổ sung đơn vị bằng thao tác bổ sung (op: insert)',
    en: 'the new words hold the label "{label}" at the start of a line: it would create a unit in mid-text; add units with op insert',
  },
  'apply.extra-units': {
    vi: 'lời văn mới (trường text) chứa thêm đơn vị {labels} ngoài đơn vị được sửa đổi, bổ sung: mỗi thay đổi chỉ một đơn vị (thêm một thay đổi bổ sung, op: insert, cho đơn vị kia)',
    en: 'text holds further units ({labels}) beyond the one being replaced or inserted: one unit per change (add an insert change for the other)',
  },
  'apply.phrase-not-found': { vi: 'không có cụm từ "{phrase}" trong {scope}', en: 'the phrase "{phrase}" is not in {scope}' },
  'apply.inline-markup': {
    vi: 'cụm từ "{phrase}" trong {scope} vắt qua định dạng Markdown ({markup}): sửa phần chữ này sẽ làm hỏng định dạng; hãy chọn cụm từ nằm gọn trong hoặc ngoài phần định dạng',
    en: 'the phrase "{phrase}" in {scope} spans Markdown markup ({markup}): changing this part would leave the markup unbalanced; choose a phrase that lies wholly inside or outside it',
  },
  'apply.phrase-ambiguous': {
    vi: 'cụm từ "{phrase}" xuất hiện {count} lần trong {scope}',
    en: 'the phrase "{phrase}" occurs {count, plural, one {# time} other {# times}} in {scope}',
  },
  'apply.occurrence-hint': {
    vi: 'nói rõ lần nào bằng trường occurrence (lần xuất hiện): 1, 2, …, first (đầu), last (cuối) hoặc all (mọi lần); hoặc thu hẹp phạm vi (trường target)',
    en: 'say which with occurrence: 1, 2, …, first, last or all; or narrow the target',
  },
  'apply.occurrence-missing': {
    vi: 'cụm từ "{phrase}" không có lần thứ {occurrence} trong {scope} (chỉ có {count})',
    en: 'the phrase "{phrase}" has no occurrence {occurrence} in {scope} (only {count})',
  },
  'apply.count-mismatch': {
    vi: 'cụm từ "{phrase}" xuất hiện {found} lần, số lần yêu cầu (trường expect_count) là {expected}',
    en: 'the phrase "{phrase}" occurs {found, plural, one {# time} other {# times}}, expect_count says {expected}',
  },
  'apply.move-into-itself': { vi: 'không thể chuyển {target} vào chính nó', en: 'cannot move {target} into itself' },
  'apply.move-lost-destination': {
    vi: 'không còn tìm thấy chỗ đến {target} sau khi chuyển đơn vị đi',
    en: 'the destination {target} is gone once the unit is moved away',
  },
  'apply.already-applied': {
    vi: 'thay đổi {id} đã có hiệu quả trong văn bản: không sửa gì thêm',
    en: 'change {id} is already in effect in the document: nothing to do',
  },
  'apply.conflict-label': {
    vi: 'nhãn {label} cũng được bổ sung bởi thay đổi {other}: hai đề nghị xung đột',
    en: 'label {label} is also inserted by change {other}: the two proposals conflict',
  },
} as const satisfies Catalogue;
