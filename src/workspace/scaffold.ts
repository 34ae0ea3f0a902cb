/**
 * What `quyche init` writes: a workspace (`quyche.yaml`, `regulations/`, `amendments/`) with a
 * small worked example — a working regulation, one central provision it must follow, and a patch
 * that applies, whose second basis carries one deliberate check failure explained in a comment.
 *
 * The documents are fictional (numbers ending in /VD, "ví dụ") so that nobody mistakes them for
 * real texts; their wording is Vietnamese whatever the language, the comments follow `lang`.
 * Pure: it returns the files; the CLI writes them (and refuses to overwrite).
 */
import type { Lang } from '../i18n/messages.js';

export interface ScaffoldFile {
  /** path relative to the workspace root, with "/" */
  path: string;
  text: string;
}

export const EXAMPLE_PATCH = 'amendments/vi-du-sua-doi.yaml';

const CONFIG: Record<Lang, string> = {
  vi: `# Cấu hình thư mục làm việc của quyche (xem README của quyche).
# regulations: thư mục chứa các văn bản (Markdown); amendments: thư mục chứa các bản sửa đổi (YAML).
regulations: regulations
amendments: amendments
# author: tên người sửa, ghi vào các thay đổi được theo dõi (track changes) khi xuất Word
# office: cơ quan, đơn vị soạn thảo, hợp nhất và ký (ví dụ: Văn phòng Tỉnh ủy)
# place: địa danh ghi ở dòng "…, ngày … tháng … năm …"
# signer: { role: [T/M TỈNH ỦY, BÍ THƯ], name: … } — khối chữ ký
`,
  en: `# quyche workspace configuration (see quyche's README).
# regulations: folder of the documents (Markdown); amendments: folder of the patches (YAML).
regulations: regulations
amendments: amendments
# author: name recorded on tracked changes in Word exports
# office: the unit that drafts, consolidates and signs (e.g. Văn phòng Tỉnh ủy)
# place: the place name of the "…, ngày … tháng … năm …" line
# signer: { role: [T/M TỈNH ỦY, BÍ THƯ], name: … } — the signature block
`,
};

const REGULATION = `---
number: 01-QC/VD
type: Quy chế
title: Quy chế làm việc của Chi ủy (văn bản ví dụ)
issuer: Chi bộ
date: 2025-03-01
---

# QUY CHẾ LÀM VIỆC CỦA CHI ỦY (VÍ DỤ)

## Chương I. CHẾ ĐỘ LÀM VIỆC

### Điều 1. Chế độ họp

1. Chi ủy họp thường kỳ mỗi quý một lần.

2. Khi cần thiết, bí thư chi bộ triệu tập họp bất thường.

### Điều 2. Đi cơ sở

1. Chi ủy viên dành ít nhất 1/3 thời gian để đi cơ sở.

2. Kết quả đi cơ sở được báo cáo tại cuộc họp thường kỳ gần nhất.

## Chương II. ĐIỀU KHOẢN THI HÀNH

### Điều 3. Trách nhiệm thi hành

Các đồng chí chi ủy viên và đảng viên trong chi bộ có trách nhiệm thực hiện Quy chế này.

### Điều 4. Hiệu lực thi hành

Quy chế này có hiệu lực kể từ ngày ký.

### Điều 5. Sửa đổi, bổ sung

Việc sửa đổi, bổ sung Quy chế này do chi bộ xem xét, quyết định.
`;

const CENTRAL = `---
number: 901-QĐ/VD
type: Quy định
title: Quy định mẫu về chế độ làm việc của cấp ủy (văn bản ví dụ)
issuer: Ban Thường vụ
date: 2025-01-15
---

# QUY ĐỊNH MẪU VỀ CHẾ ĐỘ LÀM VIỆC (VÍ DỤ)

### Điều 1. Chế độ họp

1. Cấp ủy họp thường kỳ mỗi tháng một lần.

2. Khi cần thiết, bí thư triệu tập họp bất thường.

### Điều 2. Đi cơ sở

1. Cấp ủy viên dành thời gian phù hợp để đi cơ sở, nắm tình hình.
`;

const PATCH_COMMENTS: Record<Lang, { head: string; change1: string; failure: string; change3: string }> = {
  vi: {
    head: `# Bản sửa đổi mẫu: ba thay đổi đối với Quy chế 01-QC/VD, mỗi thay đổi có căn cứ (basis) là
# một quy định của cấp trên, được \`quyche check\` đối chiếu từng chữ với văn bản trong
# regulations/central/.
#
#   npx quyche check                              # cổng kiểm tra: báo 1 lỗi cố ý (xem thay đổi 2)
#   npx quyche amend ${EXAMPLE_PATCH}    # bản so sánh (redline) trên màn hình
#   npx quyche amend ${EXAMPLE_PATCH} --write   # ghi vào văn bản`,
    change1: `  # Thay cụm từ trong Khoản 1, Điều 1 cho đúng Quy định 901-QĐ/VD.`,
    failure: `      # LỖI CỐ Ý: lời trích dưới đây ghi "nắm bắt tình hình", còn Quy định 901-QĐ/VD viết
      # "nắm tình hình". \`quyche check\` báo lỗi quote-mismatch (lời trích không đúng nguyên văn)
      # và chỉ ra chỗ khác. Sửa "nắm bắt tình hình" thành "nắm tình hình" thì check qua.
      # (\`quyche amend\` vẫn áp dụng được: đối chiếu căn cứ là việc của \`check\`.)`,
    change3: `  # Bổ sung một khoản mới sau Khoản 2, Điều 1 (nhãn 3 vì Khoản 2 là khoản cuối).`,
  },
  en: {
    head: `# A sample patch: three changes to Quy chế 01-QC/VD, each with its basis (a provision of the
# higher level), which \`quyche check\` compares word for word with the text in
# regulations/central/.
#
#   npx quyche check                              # the gate: reports 1 deliberate error (change 2)
#   npx quyche amend ${EXAMPLE_PATCH}    # the redline in the terminal
#   npx quyche amend ${EXAMPLE_PATCH} --write   # write it into the regulation`,
    change1: `  # Replace a phrase in Khoản 1, Điều 1 to follow Quy định 901-QĐ/VD.`,
    failure: `      # DELIBERATE FAILURE: this quote says "nắm bắt tình hình", Quy định 901-QĐ/VD says
      # "nắm tình hình". \`quyche check\` reports quote-mismatch (the quote is not verbatim) and
      # shows the difference. Change "nắm bắt tình hình" to "nắm tình hình" and check passes.
      # (\`quyche amend\` still applies the patch: verifying bases is \`check\`'s job.)`,
    change3: `  # Add a new khoản after Khoản 2, Điều 1 (label 3: Khoản 2 is the last one).`,
  },
};

function patch(lang: Lang, schemaPath: string): string {
  const c = PATCH_COMMENTS[lang];
  return `# yaml-language-server: $schema=${schemaPath}
${c.head}
quyche: 1
id: vi-du-sua-doi
title: Sửa đổi, bổ sung Quy chế làm việc của Chi ủy (ví dụ)
amends: 01-QC/VD
changes:
${c.change1}
  - id: "1"
    op: replace_phrase
    target: Khoản 1, Điều 1
    find: mỗi quý một lần
    with: mỗi tháng một lần
    basis:
      - cite: Khoản 1, Điều 1, Quy định số 901-QĐ/VD, ngày 15/01/2025 của Ban Thường vụ
        quote: "Cấp ủy họp thường kỳ mỗi tháng một lần."
    reason: Vì vậy, đề nghị sửa chế độ họp thường kỳ cho phù hợp với Quy định số 901-QĐ/VD.

  - id: "2"
    op: replace_phrase
    target: Khoản 1, Điều 2
    find: ít nhất 1/3 thời gian
    with: thời gian phù hợp
    basis:
      - cite: Khoản 1, Điều 2, Quy định số 901-QĐ/VD, ngày 15/01/2025 của Ban Thường vụ
${c.failure}
        quote: "Cấp ủy viên dành thời gian phù hợp để đi cơ sở, nắm bắt tình hình."
    reason: Vì vậy, đề nghị điều chỉnh thời gian đi cơ sở cho phù hợp với điều kiện thực tế.

${c.change3}
  - id: "3"
    op: insert
    after: Khoản 2, Điều 1
    text: "3. Nội dung, kết quả các cuộc họp được ghi biên bản và lưu theo quy định."
    reason: Bổ sung chế độ ghi biên bản các cuộc họp.
`;
}

/**
 * The files of a new workspace. `schemaPath` is the path of the shipped JSON Schema relative to
 * the amendments folder, for the `# yaml-language-server: $schema=` line.
 */
export function scaffold(lang: Lang, schemaPath: string): ScaffoldFile[] {
  return [
    { path: 'quyche.yaml', text: CONFIG[lang] },
    { path: 'regulations/quy-che-lam-viec.md', text: REGULATION },
    { path: 'regulations/central/901-qd-vd.md', text: CENTRAL },
    { path: EXAMPLE_PATCH, text: patch(lang, schemaPath) },
  ];
}
