/**
 * Every user-facing sentence of quyche, in Vietnamese (default) and English.
 * Placeholders are `{name}`. A test checks that both languages have the same placeholders.
 */
import { KIND_NAMES } from '../document/kinds.js';
import type { UnitKind } from '../document/kinds.js';

export type Lang = 'vi' | 'en';

export const MESSAGES = {
  // ── document parsing (numbering) ──────────────────────────────────────────
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
    en: 'the quotation opened here is not closed before line {until}: {count} label(s) from line {line} were read as quoted text',
  },
  'numbering.hint-expected': {
    vi: 'nhãn kế tiếp hợp lệ: {expected}',
    en: 'the next valid label: {expected}',
  },
  // ── front matter ──────────────────────────────────────────────────────────
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
  // ── encoding / files ──────────────────────────────────────────────────────
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
  // ── workspace ─────────────────────────────────────────────────────────────
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
  // ── patches: YAML and schema ──────────────────────────────────────────────
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
  // ── applying changes ──────────────────────────────────────────────────────
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
    en: 'the phrase "{phrase}" occurs {count} times in {scope}',
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
    en: 'the phrase "{phrase}" occurs {found} times, expect_count says {expected}',
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
  // ── redline ───────────────────────────────────────────────────────────────
  'redline.equal': { vi: 'không đổi', en: 'unchanged' },
  'redline.modify': { vi: 'sửa đổi', en: 'amended' },
  'redline.insert': { vi: 'bổ sung', en: 'inserted' },
  'redline.delete': { vi: 'bãi bỏ', en: 'removed' },
  'redline.move-from': { vi: 'chuyển đi', en: 'moved away' },
  'redline.move-to': { vi: 'chuyển đến', en: 'moved here' },
  'redline.moved-from': { vi: '← từ {anchor}', en: '← from {anchor}' },
  'redline.moved-to': { vi: '→ đến {anchor}', en: '→ to {anchor}' },
  'redline.folded': { vi: '{count} đơn vị không đổi', en: '{count} unchanged unit(s)' },
  // ── amend ─────────────────────────────────────────────────────────────────
  'cli.amend.description': {
    vi: 'áp dụng bản vá và in bản so sánh có đánh dấu sửa đổi; --write để lưu',
    en: 'apply patches and print the redline; --write to save',
  },
  'cli.arg.patch': { vi: 'các tệp bản vá YAML, theo thứ tự áp dụng', en: 'YAML patch files, in the order they apply' },
  'cli.opt.write': { vi: 'ghi kết quả vào tệp văn bản (an toàn: tệp tạm rồi đổi tên)', en: 'write the result into the regulation file (atomically)' },
  'cli.opt.output': { vi: 'ghi văn bản đã sửa ra tệp khác', en: 'write the amended text to another file' },
  'cli.opt.context': { vi: 'số dòng không đổi in quanh mỗi chỗ sửa', en: 'unchanged lines shown around each change' },
  'cli.opt.strict': { vi: 'coi cảnh báo là lỗi', en: 'make warnings fail' },
  'init.created': { vi: 'đã tạo thư mục làm việc {dir} ({count} tệp):', en: 'created the workspace {dir} ({count} files):' },
  'init.exists': {
    vi: 'không tạo gì: {dir} đã có {files} (quyche init không ghi đè)',
    en: 'nothing created: {dir} already holds {files} (quyche init never overwrites)',
  },
  'init.next': {
    vi: 'Tiếp theo: {check} (báo một lỗi cố ý, giải thích trong bản sửa đổi mẫu), rồi {amend}',
    en: 'Next: {check} (reports one deliberate error, explained in the sample patch), then {amend}',
  },
  'amend.written': { vi: 'đã ghi {path}', en: 'wrote {path}' },
  'amend.not-written': { vi: 'có lỗi: không ghi gì', en: 'errors found: nothing was written' },
  'amend.changed-on-disk': {
    vi: '{path} đã bị sửa từ khi đọc: không ghi đè, hãy chạy lại',
    en: '{path} changed since it was read: not overwritten, run again',
  },
  'amend.output-one-document': {
    vi: '-o chỉ dùng được khi các bản vá sửa đúng một văn bản (đang sửa {count})',
    en: '-o needs the patches to amend exactly one document (they amend {count})',
  },
  'amend.write-and-output': { vi: 'chỉ dùng một trong --write và -o', en: 'use either --write or -o, not both' },
  'amend.no-patch': { vi: 'không đọc được bản vá {path}: {reason}', en: 'cannot read the patch {path}: {reason}' },
  'amend.unchanged': { vi: '{path} không thay đổi (các thay đổi đã có hiệu lực): không ghi', en: '{path} is unchanged (the changes are already in effect): nothing written' },
  'amend.outside-workspace': {
    vi: 'không ghi {path}: tệp thật ({real}) nằm ngoài thư mục làm việc {root}; --write chỉ sửa văn bản trong thư mục làm việc (dùng -o để ghi văn bản đã sửa ra tệp khác)',
    en: 'not writing {path}: the real file ({real}) lies outside the workspace {root}; --write only rewrites regulations inside the workspace (use -o to write the amended text elsewhere)',
  },
  'output.is-input': {
    vi: 'không ghi {path}: đó là {input}, một tệp đầu vào của lệnh này (-o không bao giờ ghi đè đầu vào)',
    en: 'not writing {path}: it is {input}, an input of this command (-o never overwrites an input)',
  },
  'output.is-config': {
    vi: 'không ghi {path}: đó là tệp cấu hình quyche.yaml của thư mục làm việc',
    en: 'not writing {path}: it is the workspace configuration quyche.yaml',
  },
  'output.empty': { vi: '-o cần tên một tệp (đang trống)', en: '-o needs a file name (it is empty)' },
  'io.read': { vi: 'không đọc được {path}: {reason}', en: 'cannot read {path}: {reason}' },
  'io.write': { vi: 'không ghi được {path}: {reason}', en: 'cannot write {path}: {reason}' },
  'io.list': { vi: 'không đọc được thư mục {path}: {reason}', en: 'cannot read the folder {path}: {reason}' },
  'io.mkdir': { vi: 'không tạo được thư mục {path}: {reason}', en: 'cannot create the folder {path}: {reason}' },
  'io.locked': {
    vi: 'không ghi {path}: một tiến trình quyche khác (pid {pid}) đang ghi vào thư mục này ({lock}); nếu không còn, hãy xóa {lock}',
    en: 'not writing {path}: another quyche (pid {pid}) is writing into this folder ({lock}); if it is gone, delete {lock}',
  },
  'io.errno.ENOENT': { vi: 'không tồn tại', en: 'no such file or folder' },
  'io.errno.EACCES': { vi: 'không có quyền truy cập', en: 'permission denied' },
  'io.errno.EPERM': { vi: 'thao tác không được phép', en: 'operation not permitted' },
  'io.errno.ENOSPC': { vi: 'ổ đĩa đã đầy', en: 'no space left on the device' },
  'io.errno.EDQUOT': { vi: 'đã hết hạn mức dung lượng', en: 'disk quota exceeded' },
  'io.errno.ENOTDIR': { vi: 'một phần của đường dẫn không phải là thư mục', en: 'a part of the path is not a folder' },
  'io.errno.EISDIR': { vi: 'đó là một thư mục, không phải tệp', en: 'it is a folder, not a file' },
  'io.errno.EROFS': { vi: 'hệ thống tệp chỉ cho đọc', en: 'read-only file system' },
  'io.errno.EEXIST': { vi: 'đã tồn tại', en: 'already exists' },
  'io.errno.ELOOP': { vi: 'quá nhiều liên kết tượng trưng lồng nhau', en: 'too many levels of symbolic links' },
  'io.errno.EBUSY': { vi: 'tài nguyên đang bận', en: 'resource busy' },
  'io.errno.EIO': { vi: 'lỗi vào/ra của thiết bị', en: 'input/output error' },
  'io.errno.EMFILE': { vi: 'mở quá nhiều tệp cùng lúc', en: 'too many open files' },
  'init.not-dir': { vi: 'không tạo gì: {dir} là một tệp, không phải thư mục', en: 'nothing created: {dir} is a file, not a folder' },
  'amend.loading': { vi: 'đang đọc thư mục làm việc…', en: 'reading the workspace…' },
  // ── check ─────────────────────────────────────────────────────────────────
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
    en: 'the patch changes {touched} of {total} articles of {doc}: over half, a replacement document is due (Law 64/2025/QH15, Art. 8(4))',
  },
  'apply.conflict-label': {
    vi: 'nhãn {label} cũng được bổ sung bởi thay đổi {other}: hai đề nghị xung đột',
    en: 'label {label} is also inserted by change {other}: the two proposals conflict',
  },
  'cli.check.description': {
    vi: 'kiểm tra bản vá (mặc định: mọi bản vá trong amendments/) và căn cứ trích dẫn; không ghi gì',
    en: 'check patches (default: every patch in amendments/) and their cited bases; writes nothing',
  },
  'cli.opt.shard': { vi: 'chỉ kiểm tra phần i trong n phần (ví dụ 1/3), để chia việc cho nhiều máy CI', en: 'check only shard i of n (e.g. 1/3), to split work across CI jobs' },
  'check.no-patches': { vi: 'không có bản vá nào trong {dir}', en: 'no patch in {dir}' },
  'check.bad-shard': { vi: '--shard cần dạng i/n với 1 ≤ i ≤ n (ví dụ 2/4), không phải "{value}"', en: '--shard needs i/n with 1 ≤ i ≤ n (e.g. 2/4), not "{value}"' },
  // ── citations ─────────────────────────────────────────────────────────────
  'citation.unparsed': {
    vi: 'không đọc được trích dẫn "{citation}"',
    en: 'cannot read the citation "{citation}"',
  },
  'citation.not-found': {
    vi: 'không có {citation} trong {doc}',
    en: '{citation} does not exist in {doc}',
  },
  'citation.not-found-hint': {
    vi: 'trong {parent} có: {available}',
    en: '{parent} holds: {available}',
  },
  'citation.ambiguous': {
    vi: 'trích dẫn "{citation}" thiếu cấp trên và khớp {count} đơn vị: {matches}',
    en: 'the citation "{citation}" is incomplete and matches {count} units: {matches}',
  },
  'citation.ambiguous-hint': {
    vi: 'ghi đủ trích dẫn, ví dụ "{example}"',
    en: 'give the full citation, e.g. "{example}"',
  },
  'citation.alias': {
    vi: '"{citation}" chỉ khớp khi hiểu "{written}" là {actual}: nên viết "{suggested}"',
    en: '"{citation}" matched only by reading "{written}" as {actual}: write "{suggested}"',
  },
  'citation.incomplete-unique': {
    vi: '"{citation}" thiếu cấp trên; khớp duy nhất {suggested}',
    en: '"{citation}" is incomplete; it matches only {suggested}',
  },
  'citation.level-skip': {
    vi: '"{citation}" bỏ qua một cấp: ngay dưới {parent} là {expected}, không phải {written}; có lẽ là "{suggested}"',
    en: '"{citation}" skips a level: directly under {parent} stands a {expected}, not a {written}; probably "{suggested}"',
  },
  'citation.empty-document': { vi: 'văn bản không có đơn vị nào', en: 'the document has no units' },
  // ── CLI ───────────────────────────────────────────────────────────────────
  'cli.description': {
    vi: 'Sửa đổi, bổ sung quy chế dạng Markdown bằng bản vá YAML; kiểm tra căn cứ; xuất văn bản.',
    en: 'Amend Markdown regulations with YAML patches; check cited provisions; export documents.',
  },
  'cli.outline.description': {
    vi: 'in cây đơn vị (nhãn, tiêu đề, neo) của một văn bản',
    en: 'print the tree of units (labels, headings, anchors) of a document',
  },
  'cli.show.description': {
    vi: 'in nội dung một đơn vị theo trích dẫn hoặc neo',
    en: 'print one unit, named by a citation or an anchor',
  },
  'cli.export.description': {
    vi: 'xuất văn bản hợp nhất, bản đối chiếu, bản so sánh, văn bản sửa đổi, thuyết minh (md, html, docx, json)',
    en: 'export the consolidated text, redline, comparison table, amending document, rationale (md, html, docx, json)',
  },
  'cli.export.consolidated': {
    vi: 'văn bản hợp nhất: văn bản đã sửa đổi, có chú thích từng đơn vị được sửa (mặc định: mọi bản vá sửa văn bản này)',
    en: 'consolidated text: the amended document, a footnote on each changed unit (default: every patch amending it)',
  },
  'cli.export.redline': { vi: 'bản đối chiếu: toàn văn, các thay đổi được theo dõi (track changes)', en: 'redline: the whole text with tracked changes' },
  'cli.export.table': {
    vi: 'bản so sánh, thuyết minh: quy định hiện hành | dự thảo | thuyết minh, căn cứ',
    en: 'comparison table: current | proposed | rationale and basis',
  },
  'cli.export.draft': { vi: 'lời văn của văn bản sửa đổi, bổ sung', en: "the amending document's wording" },
  'cli.export.report': { vi: 'phần lý do của báo cáo, theo mẫu "Tại … Tuy nhiên … Vì vậy …"', en: 'the rationale section of the report, in the "Tại … Tuy nhiên … Vì vậy …" pattern' },
  'cli.opt.export-output': { vi: 'ghi ra tệp (an toàn: tệp tạm rồi đổi tên)', en: 'write to a file (atomically)' },
  'cli.opt.marks': {
    vi: 'cách đánh dấu sửa đổi trong Markdown: critic ({++ ++} {-- --}) hoặc plain (<ins> <del>)',
    en: 'revision marks in Markdown: critic ({++ ++} {-- --}) or plain (<ins> <del>)',
  },
  'cli.opt.author': { vi: 'tên người sửa ghi vào các thay đổi (mặc định: author trong quyche.yaml, không có thì office)', en: 'author of the revisions (default: author in quyche.yaml, else its office)' },
  'cli.opt.revision-date': {
    vi: 'ngày ghi vào các thay đổi (YYYY-MM-DD; mặc định: SOURCE_DATE_EPOCH hoặc hiện tại)',
    en: 'date of the revisions (YYYY-MM-DD; default: SOURCE_DATE_EPOCH or now)',
  },
  'cli.opt.with': { vi: 'chỉ hợp nhất các bản vá này', en: 'consolidate with these patches only' },
  'cli.opt.as-of': { vi: 'văn bản có hiệu lực vào ngày này (chỉ các thay đổi có ngày hiệu lực đến ngày đó)', en: 'the text in force on this date (only changes effective by then)' },
  'export.bad-date': { vi: '{option} cần một ngày (YYYY-MM-DD hoặc dd/mm/yyyy), không phải "{value}"', en: '{option} needs a date (YYYY-MM-DD or dd/mm/yyyy), not "{value}"' },
  'export.marks-md-only': { vi: '--marks chỉ dùng với --format md', en: '--marks applies to --format md only' },
  'export.not-written': { vi: 'có lỗi: không xuất gì', en: 'errors found: nothing was exported' },
  'export.written': { vi: 'đã ghi {path}', en: 'wrote {path}' },
  'export.binary-to-terminal': {
    vi: 'không in tệp Word ra màn hình: dùng -o tệp.docx, hoặc chuyển hướng (> tệp.docx)',
    en: 'not printing a Word file to a terminal: use -o file.docx, or redirect (> file.docx)',
  },
  'cli.init.description': {
    vi: 'tạo thư mục làm việc mới (quyche.yaml, regulations/, amendments/) kèm ví dụ',
    en: 'scaffold a workspace (quyche.yaml, regulations/, amendments/) with a worked example',
  },
  'cli.arg.dir': { vi: 'thư mục (mặc định: thư mục hiện tại)', en: 'folder (default: the current one)' },
  'cli.arg.doc': { vi: 'số hiệu văn bản (01-QC/TU) hoặc đường dẫn', en: 'document number (01-QC/TU) or path' },
  'cli.arg.citation': {
    vi: 'trích dẫn (Khoản 3, Điều 1) hoặc neo (dieu-1.khoan-3)',
    en: 'citation (Khoản 3, Điều 1) or anchor (dieu-1.khoan-3)',
  },
  'cli.argname.doc': { vi: 'văn bản', en: 'document' },
  'cli.argname.citation': { vi: 'trích dẫn', en: 'citation' },
  'cli.argname.patch': { vi: 'bản vá', en: 'patch' },
  'cli.opt.format': { vi: 'định dạng đầu ra: {formats}', en: 'output format: {formats}' },
  'cli.opt.lang': { vi: 'ngôn ngữ thông báo: vi hoặc en (biến QUYCHE_LANG)', en: 'message language: vi or en (QUYCHE_LANG)' },
  'cli.opt.root': { vi: 'thư mục làm việc (mặc định: tìm từ thư mục hiện tại lên)', en: 'workspace folder (default: nearest one up)' },
  'cli.opt.no-color': { vi: 'không tô màu (cũng theo NO_COLOR)', en: 'no colours (NO_COLOR is honoured too)' },
  'cli.opt.color': { vi: 'luôn tô màu', en: 'force colours' },
  'cli.opt.quiet': { vi: 'chỉ in lỗi', en: 'print errors only' },
  'cli.opt.help': { vi: 'hiện hướng dẫn', en: 'display help' },
  'cli.opt.version': { vi: 'hiện phiên bản', en: 'display the version' },
  'cli.opt.depth': {
    vi: 'chỉ in đến cấp: phan, chuong, muc, tieu-muc, dieu, khoan, diem, tiet, bullet',
    en: 'print down to the level: phan, chuong, muc, tieu-muc, dieu, khoan, diem, tiet, bullet',
  },
  'cli.help.usage': { vi: 'Cách dùng:', en: 'Usage:' },
  'cli.help.options': { vi: 'Tùy chọn:', en: 'Options:' },
  'cli.help.commands': { vi: 'Lệnh:', en: 'Commands:' },
  'cli.help.arguments': { vi: 'Tham số:', en: 'Arguments:' },
  'cli.help.global': { vi: 'Tùy chọn chung:', en: 'Global Options:' },
  'cli.help.default': { vi: 'mặc định: {value}', en: 'default: {value}' },
  'cli.help.command': { vi: 'hiện hướng dẫn của một lệnh', en: 'display help for a command' },
  'cli.error.unknown-option': { vi: 'tùy chọn không hợp lệ: {option}', en: 'unknown option: {option}' },
  'cli.error.unknown-command': { vi: 'lệnh không hợp lệ: {command}', en: 'unknown command: {command}' },
  'cli.error.missing-argument': { vi: 'thiếu tham số: {argument}', en: 'missing argument: {argument}' },
  'cli.error.excess-arguments': { vi: 'thừa tham số: {arguments}', en: 'too many arguments: {arguments}' },
  'cli.error.option-argument': { vi: 'tùy chọn {option} cần một giá trị', en: 'option {option} needs a value' },
  'cli.error.invalid-choice': { vi: 'giá trị "{value}" không hợp lệ cho {option}; chọn: {choices}', en: 'invalid value "{value}" for {option}; choose: {choices}' },
  'cli.error.usage': { vi: 'lỗi cách dùng: {detail}', en: 'usage error: {detail}' },
  'cli.error.io': { vi: 'không đọc/ghi được {path}: {detail}', en: 'cannot read/write {path}: {detail}' },
  'cli.error.internal': {
    vi: 'lỗi nội bộ của quyche (xin báo lỗi kèm lệnh đã chạy): {detail}',
    en: 'internal error in quyche (please report it with the command you ran): {detail}',
  },
  'cli.did-you-mean': { vi: 'có phải ý bạn là {suggestion}?', en: 'did you mean {suggestion}?' },
  'cli.see-help': { vi: 'xem: quyche {command} --help', en: 'see: quyche {command} --help' },
  'report.summary': {
    vi: '{files} tệp · {errors} lỗi · {warnings} cảnh báo · {infos} ghi chú',
    en: '{files} file(s) · {errors} error(s) · {warnings} warning(s) · {infos} note(s)',
  },
  'report.no-issues': { vi: 'không có vấn đề', en: 'no issues found' },
  'report.hint': { vi: 'gợi ý', en: 'hint' },
  'severity.error': { vi: 'lỗi', en: 'error' },
  'severity.warning': { vi: 'cảnh báo', en: 'warning' },
  'severity.info': { vi: 'ghi chú', en: 'info' },
  'show.anchor': { vi: 'neo', en: 'anchor' },
  'show.party': { vi: 'kiểu Đảng', en: 'Party style' },
  'show.state': { vi: 'kiểu Nhà nước', en: 'state style' },
  // ── import ─────────────────────────────────────────────────────────────
  'cli.import.description': {
    vi: 'nhập văn bản Word, Công báo, HTML hoặc bảng mã cũ thành Markdown',
    en: 'import a Word, gazette, HTML or legacy-encoded text as Markdown',
  },
  'cli.arg.file': { vi: 'tệp cần nhập', en: 'the file to import' },
  'cli.import.opt.output': { vi: 'ghi bản Markdown ra tệp (ghi nguyên tử)', en: 'write the Markdown to a file (atomically)' },
  'cli.import.opt.no-footnotes': { vi: 'bỏ chú thích cuối trang và dấu chú thích', en: 'drop footnotes and footnote marks' },
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
    en: '{kind}: {chapters} chapters, {articles} articles, {units} units, {footnotes} footnotes; {removed} page-layout lines removed ({detail})',
  },
  'import.written': { vi: 'đã ghi {path}', en: 'wrote {path}' },
  'import.progress': { vi: 'đang nhập {file}…', en: 'importing {file}…' },
  'import.unknown-format': { vi: 'không nhận ra định dạng của tệp (docx, txt, html)', en: 'unrecognised file format (docx, txt, html)' },
  'import.docx-error': { vi: 'không đọc được tệp Word: {detail}', en: 'cannot read the Word file: {detail}' },
  'import.read-error': { vi: 'không đọc được {path}', en: 'cannot read {path}' },

  // ── import --amendment: the amending-document compiler (issue 12) ─────────
  'cli.import.opt.amendment': { vi: 'biên dịch một văn bản sửa đổi, bổ sung thành bản vá YAML', en: 'compile an amending document into a YAML patch' },
  'cli.import.opt.amends': { vi: 'số hiệu văn bản được sửa đổi (mặc định: tìm trong văn bản)', en: 'the number of the amended document (default: found in the text)' },
  'cli.import.no-input': { vi: 'cần một tệp để nhập (hoặc --amendment <tệp>)', en: 'a file to import is required (or --amendment <file>)' },
  'cli.import.two-inputs': { vi: 'chỉ nhập một tệp: {file} hoặc --amendment {amendment}', en: 'import one file: {file} or --amendment {amendment}' },
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
    en: 'the quoted text does not divide into the {count} units the instruction names, by their labels: "{text}"',
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
    en: 'part of these provisions takes effect on {date} ({count} changes: {ids}; recorded as `effective_part`): "{text}"',
  },
  'amendment.summary': {
    vi: '{compiled} quy định sửa đổi đã biên dịch thành {changes} thay đổi; {refused} không biên dịch được; {skipped} sửa đổi văn bản khác (bỏ qua)',
    en: '{compiled} instructions compiled into {changes} changes; {refused} refused; {skipped} amend another document (skipped)',
  },
  'amendment.header': { vi: 'Biên dịch từ {document} bằng quyche import --amendment', en: 'Compiled from {document} by quyche import --amendment' },
  'amendment.count': {
    vi: '{compiled} quy định sửa đổi → {changes} thay đổi',
    en: '{compiled} instructions → {changes} changes',
  },
  'outline.intro': { vi: 'phần mở đầu', en: 'preamble' },
  'outline.units': { vi: '{count} đơn vị', en: '{count} units' },
  'outline.excerpt': { vi: 'bản trích: chỉ một số quy định được chép lại', en: 'excerpt: only some provisions transcribed' },
  // ── issue 14 (helper issue-14d): draft forms, redline summary, help ──────────────────
  'cli.opt.draft-form': {
    vi: 'hình thức: amending (chính văn bản sửa đổi, bổ sung) hoặc decision (quyết định ban hành, văn bản sửa đổi kèm theo)',
    en: 'form: amending (the amending document itself) or decision (the decision issuing it, the amending document attached)',
  },
  'redline.summary-changes': { vi: '{count} thay đổi', en: '{count} change(s)' },
  'redline.summary-units': { vi: '{count} đơn vị', en: '{count} unit(s)' },
  'redline.summary-modified': { vi: '{count} sửa đổi', en: '{count} amended' },
  'redline.summary-inserted': { vi: '{count} bổ sung', en: '{count} inserted' },
  'redline.summary-repealed': { vi: '{count} bãi bỏ', en: '{count} repealed' },
  'redline.summary-moved': { vi: '{count} chuyển', en: '{count} moved' },
  'redline.repeal': { vi: 'bãi bỏ', en: 'repealed' },
  'cli.help.options-term': { vi: '[tùy chọn]', en: '[options]' },
  // the placeholders of arguments and option values, as the help writes them (<văn-bản>, <định-dạng>)
  'cli.term.doc': { vi: 'văn-bản', en: 'doc' },
  'cli.term.file': { vi: 'tệp', en: 'file' },
  'cli.term.patch': { vi: 'bản-vá', en: 'patch' },
  'cli.term.format': { vi: 'định-dạng', en: 'format' },
  'cli.term.date': { vi: 'ngày', en: 'date' },
  'cli.term.style': { vi: 'kiểu', en: 'style' },
  'cli.term.name': { vi: 'tên', en: 'name' },
  'cli.term.old': { vi: 'bản-cũ', en: 'old' },
  'cli.term.new': { vi: 'bản-mới', en: 'new' },
  'cli.term.number': { vi: 'số-hiệu', en: 'number' },
  'cli.term.lines': { vi: 'số-dòng', en: 'lines' },
  'cli.term.level': { vi: 'cấp', en: 'level' },
  'cli.term.lang': { vi: 'ngôn-ngữ', en: 'lang' },
  'cli.term.form': { vi: 'hình-thức', en: 'form' },
  'cli.term.dir': { vi: 'thư-mục', en: 'dir' },
  'cli.term.citation': { vi: 'trích-dẫn', en: 'citation' },
  'cli.term.command': { vi: 'lệnh', en: 'command' },
  'cli.help.command-term': { vi: '[lệnh]', en: '[command]' },
  // ── issue 13: quyche diff (--propose, --witness) ──────────────────────────
  'cli.diff.description': {
    vi: 'so sánh hai phiên bản theo từng đơn vị (chuyển, đánh số lại); --propose viết bản vá, --witness đối chiếu bản hợp nhất',
    en: 'compare two versions unit by unit (moves, renumbering); --propose writes the patch, --witness audits a consolidation',
  },
  'cli.arg.diff-old': { vi: 'phiên bản cũ: số hiệu văn bản, đường dẫn hoặc - (stdin)', en: 'the old version: document number, path or - (stdin)' },
  'cli.arg.diff-new': { vi: 'phiên bản mới: số hiệu văn bản, đường dẫn hoặc - (stdin)', en: 'the new version: document number, path or - (stdin)' },
  'cli.opt.propose': { vi: 'in (hoặc ghi bằng -o) bản vá YAML biến phiên bản cũ thành phiên bản mới', en: 'print (or write with -o) the YAML patch that turns the old version into the new one' },
  'cli.opt.witness': { vi: 'phân loại mọi khác biệt (trình bày, dấu câu, chữ hoa, bỏ dấu, câu chữ, đơn vị, số thứ tự, thứ tự); mã 1 khi khác câu chữ hoặc đơn vị', en: 'classify every difference (layout, punctuation, case, tone placement, wording, unit, numbering, order); exit 1 on a wording or unit difference' },
  'cli.opt.diff-output': { vi: 'ghi kết quả ra tệp (an toàn: tệp tạm rồi đổi tên)', en: 'write the result to a file (atomically)' },
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
  'diff.summary': { vi: '{findings} khác biệt', en: '{findings} difference(s)' },
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
  'diff.propose-written': { vi: 'đã ghi {path} ({count} thay đổi)', en: 'wrote {path} ({count} change(s))' },
  'witness.class.layout': { vi: 'trình bày', en: 'layout' },
  'witness.class.punctuation': { vi: 'dấu câu', en: 'punctuation' },
  'witness.class.case': { vi: 'chữ hoa', en: 'case' },
  'witness.class.tone': { vi: 'bỏ dấu', en: 'tone placement' },
  'witness.class.wording': { vi: 'câu chữ', en: 'wording' },
  'witness.class.unit': { vi: 'đơn vị', en: 'unit' },
  'witness.class.numbering': { vi: 'số thứ tự', en: 'numbering' },
  'witness.class.order': { vi: 'thứ tự', en: 'order' },
  'witness.none': { vi: 'không có khác biệt', en: 'no difference' },
  'witness.summary-substantive': { vi: '{count} khác biệt ({classes}): có khác biệt về nội dung', en: '{count} difference(s) ({classes}): the texts differ in substance' },
  'witness.summary-minor': { vi: '{count} khác biệt ({classes}): không khác về nội dung', en: '{count} difference(s) ({classes}): none of substance' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageId = keyof typeof MESSAGES;

/**
 * Render a message in a language. Unknown placeholders are left visible, never dropped. An
 * argument named `level` carries a unit kind ('diem', 'khoan' …), never a word: it is written in
 * the message's language ("điểm" / "point").
 */
export function t(lang: Lang, id: MessageId, args: Record<string, string | number> = {}): string {
  const template = MESSAGES[id][lang];
  return template.replace(/\{(\w[\w-]*)\}/g, (whole, name: string) => {
    if (!(name in args)) return whole;
    const v = args[name]!;
    if (name === 'level' && typeof v === 'string' && v in KIND_NAMES) return KIND_NAMES[v as UnitKind][lang];
    return String(v);
  });
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'vi' || v.startsWith('vi_') || v.startsWith('vi-')) return 'vi';
  if (v === 'en' || v.startsWith('en_') || v.startsWith('en-')) return 'en';
  return undefined;
}

/** Vietnamese names of unit kinds, for messages and citations. */
export { KIND_NAMES } from '../document/kinds.js';
