/**
 * The wording of the exported documents (consolidated text, comparison table, redline): printed in
 * Vietnamese whatever the language of the messages, since the documents are Vietnamese legal
 * documents whose wording is fixed by convention (vietnamese-conventions.md); the English is a
 * gloss for readers of the code and for a future English rendering, never printed today. The
 * amending formulas and footnote formulas, composed around citations, are grammar and stay with
 * their composers (export/formulas.ts, export/footnotes.ts; docs/architecture.md).
 */
import type { Catalogue } from '../catalogue.js';

export const WORDING = {
  // the formal parts shared by the exports (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW)
  'wording.party-name': { vi: 'ĐẢNG CỘNG SẢN VIỆT NAM', en: 'COMMUNIST PARTY OF VIETNAM' },
  'wording.national-title': { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIETNAM' },
  'wording.motto': { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  'wording.party-committee': { vi: 'TỈNH ỦY {place}', en: 'PROVINCIAL PARTY COMMITTEE {place}' },
  'wording.place-date-blank': { vi: '{place}, ngày … tháng … năm …', en: '{place}, day … month … year …' },
  'wording.addressee': { vi: 'Kính gửi: {addressee}', en: 'To: {addressee}' },
  'wording.moved-to': { vi: '(chuyển đến {place})', en: '(moved to {place})' },
  'wording.moved-from': { vi: '(chuyển từ {place})', en: '(moved from {place})' },
  // the consolidated text (văn bản hợp nhất)
  'wording.consolidated.title': { vi: '{title} (hợp nhất)', en: '{title} (consolidated)' },
  'wording.consolidated.title-excerpt': { vi: '{title} (hợp nhất, bản trích)', en: '{title} (consolidated, excerpt)' },
  'wording.consolidated.effective-from': { vi: ', có hiệu lực kể từ {dates}', en: ', in force from {dates}' },
  'wording.consolidated.unamended': { vi: '{base}: chưa có sửa đổi, bổ sung nào có hiệu lực.', en: '{base}: no amendment is in force yet.' },
  'wording.consolidated.unamended-as-of': {
    vi: '{base}: chưa có sửa đổi, bổ sung nào có hiệu lực đến {date}.',
    en: '{base}: no amendment is in force by {date}.',
  },
  'wording.consolidated.amended-by': { vi: '{base}, được sửa đổi, bổ sung bởi:', en: '{base}, amended by:' },
  'wording.consolidated.for-reference': {
    vi: 'Văn bản hợp nhất phục vụ tra cứu, không thay thế văn bản gốc.',
    en: 'A consolidated text for reference: it does not replace the original documents.',
  },
  'wording.consolidated.for-reference-state': {
    vi: 'Văn bản hợp nhất phục vụ tra cứu, không thay thế văn bản gốc; chưa được xác thực.',
    en: 'A consolidated text for reference: it does not replace the original documents; not authenticated.',
  },
  'wording.consolidated.office': { vi: 'Đơn vị hợp nhất: {office}.', en: 'Consolidated by: {office}.' },
  'wording.consolidated.excerpt': { vi: 'Bản trích: chỉ gồm một số quy định của văn bản.', en: 'Excerpt: only some provisions of the document.' },
  'wording.consolidated.excerpt-gaps': {
    vi: 'Bản trích: chỉ gồm một số quy định của văn bản; dấu “[…]” đánh dấu phần không được trích.',
    en: 'Excerpt: only some provisions of the document; “[…]” marks what is not transcribed.',
  },
  'wording.consolidated.gaps': { vi: 'Dấu “[…]” đánh dấu phần không được trích.', en: '“[…]” marks what is not transcribed.' },
  'wording.consolidated.as-of': { vi: 'Theo các sửa đổi, bổ sung có hiệu lực đến {date}.', en: 'With the amendments in force by {date}.' },
  // the comparison table (bản so sánh, thuyết minh)
  'wording.table.title': { vi: '{document} — bản so sánh, thuyết minh', en: '{document} — comparison table' },
  'wording.table.heading': { vi: 'BẢN SO SÁNH, THUYẾT MINH', en: 'COMPARISON TABLE AND EXPLANATION' },
  'wording.table.subject': { vi: '{drafts} với {document}', en: '{drafts} against {document}' },
  'wording.table.draft': { vi: 'dự thảo {type} {name}', en: 'draft {type} {name}' },
  'wording.table.draft-default': { vi: 'dự thảo sửa đổi, bổ sung', en: 'draft amendment' },
  'wording.table.column-current': { vi: 'Quy định hiện hành', en: 'Current provision' },
  'wording.table.column-proposed': { vi: 'Dự thảo sửa đổi, bổ sung', en: 'Proposed amendment' },
  'wording.table.column-rationale': { vi: 'Thuyết minh', en: 'Explanation' },
  'wording.table.new-unit': { vi: '(bổ sung mới)', en: '(newly inserted)' },
  'wording.table.repealed': { vi: '(bãi bỏ)', en: '(repealed)' },
  'wording.table.not-in-excerpt': { vi: '(lời văn hiện hành không có trong bản trích)', en: '(the current wording is not in the excerpt)' },
  'wording.table.source': { vi: '{source} của {document}', en: '{source} of {document}' },
  'wording.table.source-lead': { vi: 'Theo quy định tại ', en: 'As provided in ' },
  'wording.table.basis-lead': { vi: 'Căn cứ: ', en: 'Basis: ' },
  'wording.table.repealed-since': { vi: '{cite} (nay đã bị bãi bỏ)', en: '{cite} (since repealed)' },
  'wording.table.replaced-by': { vi: '{cite} (nay là {successor})', en: '{cite} (now {successor})' },
  // the redline (bản đối chiếu)
  'wording.redline.title': { vi: '{document} — bản đối chiếu', en: '{document} — redline' },
  'wording.redline.heading': { vi: 'BẢN ĐỐI CHIẾU SỬA ĐỔI, BỔ SUNG', en: 'REDLINE OF THE AMENDMENTS' },
  'wording.redline.by': { vi: 'Theo: {documents}.', en: 'By: {documents}.' },
  'wording.redline.legend': {
    vi: 'Nội dung bổ sung được đánh dấu chèn, nội dung bị bỏ được đánh dấu xóa (theo dõi thay đổi); đơn vị được chuyển được ghi ở cả hai nơi.',
    en: 'Added text is marked as inserted, removed text as deleted (tracked changes); a moved unit is shown at both places.',
  },
  'wording.redline.toc': { vi: 'Các đơn vị được sửa đổi, bổ sung', en: 'The units amended' },
  'wording.redline.modify': { vi: 'sửa đổi', en: 'amended' },
  'wording.redline.insert': { vi: 'bổ sung', en: 'inserted' },
  'wording.redline.delete': { vi: 'bãi bỏ', en: 'repealed' },
  'wording.redline.move-from': { vi: 'chuyển đi', en: 'moved away' },
  'wording.redline.move-to': { vi: 'chuyển đến', en: 'moved here' },
  // the amending document and the decision issuing it (Nghị định 30/2020 Phụ lục I; Hướng dẫn 36-HD/VPTW)
  'wording.date': { vi: 'ngày {day} tháng {month} năm {year}', en: 'day {day} month {month} year {year}' },
  'wording.draft.mark': { vi: 'DỰ THẢO', en: 'DRAFT' },
  'wording.draft.provincial-party': { vi: 'ĐẢNG BỘ TỈNH {place}', en: 'PROVINCIAL PARTY ORGANISATION {place}' },
  'wording.draft.committee': { vi: 'TỈNH ỦY', en: 'PROVINCIAL PARTY COMMITTEE' },
  'wording.draft.number-party': { vi: 'Số {number}', en: 'No. {number}' },
  'wording.draft.number-state': { vi: 'Số: {number}', en: 'No.: {number}' },
  'wording.draft.basis-statute': { vi: '- Căn cứ Điều lệ Đảng;', en: '- Pursuant to the Party Statute;' },
  'wording.draft.basis-party': { vi: '- Căn cứ {basis};', en: '- Pursuant to {basis};' },
  'wording.draft.proposal-party': { vi: '- Xét đề nghị của {office},', en: '- At the proposal of {office},' },
  'wording.draft.basis-state': { vi: 'Căn cứ {basis};', en: 'Pursuant to {basis};' },
  'wording.draft.proposal-state': { vi: 'Theo đề nghị của {office}.', en: 'At the proposal of {office}.' },
  'wording.draft.signer-party-for': { vi: 'T/M TỈNH ỦY', en: 'FOR THE PROVINCIAL PARTY COMMITTEE' },
  'wording.draft.signer-party-role': { vi: 'BÍ THƯ', en: 'SECRETARY' },
  'wording.draft.signer-state-for': { vi: 'TM. {issuer}', en: 'FOR {issuer}' },
  'wording.draft.recipients': { vi: 'Nơi nhận:', en: 'Recipients:' },
  'wording.draft.archive-party': { vi: '- Lưu {office}.', en: '- Filed: {office}.' },
  'wording.draft.archive-state': { vi: '- Lưu: VT, {office}.', en: '- Filed: Records, {office}.' },
  'wording.draft.article-amending': {
    vi: 'Điều {article}. Sửa đổi, bổ sung một số điều của {document}',
    en: 'Article {article}. Amending some articles of {document}',
  },
  'wording.draft.article-effect': { vi: 'Điều {article}. Hiệu lực thi hành', en: 'Article {article}. Entry into force' },
  'wording.draft.effect-from': { vi: '{type} này có hiệu lực thi hành từ {date}.', en: 'This {type} enters into force on {date}.' },
  'wording.draft.effect-signing': { vi: '{type} này có hiệu lực kể từ ngày ký.', en: 'This {type} enters into force on signature.' },
  'wording.draft.article-execution': { vi: 'Điều {article}. Trách nhiệm thi hành', en: 'Article {article}. Implementation' },
  'wording.draft.executors': { vi: '{office}, các cơ quan, tổ chức và cá nhân có liên quan', en: '{office}, the agencies, organisations and persons concerned' },
  'wording.draft.executors-blank': { vi: '{office} và các cơ quan, tổ chức, cá nhân có liên quan', en: '{office} and the agencies, organisations, persons concerned' },
  'wording.draft.execution': { vi: '{who} chịu trách nhiệm thi hành {type} này.', en: '{who} are responsible for implementing this {type}.' },
  'wording.draft.decision': { vi: 'QUYẾT ĐỊNH', en: 'DECISION' },
  'wording.draft.issuing': { vi: 'Ban hành {document}', en: 'Issuing {document}' },
  'wording.draft.decides-party': { vi: '{issuer} QUYẾT ĐỊNH:', en: '{issuer} DECIDES:' },
  'wording.draft.decides': { vi: 'QUYẾT ĐỊNH:', en: 'DECIDES:' },
  'wording.draft.article': { vi: 'Điều {article}.', en: 'Article {article}.' },
  'wording.draft.attached': { vi: 'Ban hành kèm theo Quyết định này {document}.', en: 'Issued with this Decision: {document}.' },
  'wording.draft.decision-effect': { vi: 'Quyết định có hiệu lực kể từ ngày ký.', en: 'This Decision enters into force on signature.' },
  'wording.draft.decision-execution': { vi: '{who} chịu trách nhiệm thi hành Quyết định này.', en: '{who} are responsible for implementing this Decision.' },
  'wording.draft.as-article': { vi: 'Như Điều {article}', en: 'As in Article {article}' },
  'wording.draft.attached-to': {
    vi: '(Ban hành kèm theo Quyết định số {number}, {date} của {issuer})',
    en: '(Issued with Decision No. {number}, {date}, of {issuer})',
  },
  'wording.draft.issues': { vi: '{issuer} ban hành {document}.', en: '{issuer} issues {document}.' },
  'wording.draft.title-default': { vi: 'Văn bản sửa đổi, bổ sung', en: 'Amending document' },
  // the rationale section of the report ("Tại … Tuy nhiên … Vì vậy …")
  'wording.document': { vi: 'Văn bản', en: 'Document' },
  'wording.report.heading': { vi: 'MỘT SỐ NỘI DUNG CẦN ĐIỀU CHỈNH, BỔ SUNG', en: 'SOME PROVISIONS TO BE AMENDED' },
  'wording.report.title': { vi: 'Một số nội dung cần điều chỉnh, bổ sung', en: 'Some provisions to be amended' },
  'wording.report.short': { vi: '{type} số {number}', en: '{type} No. {number}' },
  'wording.report.basis-quoted': { vi: 'Tại {cite}, quy định: {quote}.', en: '{cite} provides: {quote}.' },
  'wording.report.missing-above': { vi: '{place} chưa có quy định về nội dung trên.', en: '{place} has no provision on the above.' },
  'wording.report.missing-below': {
    vi: '{place} chưa có quy định về nội dung được đề nghị bổ sung dưới đây.',
    en: '{place} has no provision on what is proposed below.',
  },
  'wording.report.current': { vi: 'tại {cite}, {document} quy định: {quote}.', en: 'in {cite}, {document} provides: {quote}.' },
  'wording.report.current-unknown': {
    vi: 'tại {cite}, {document} có quy định liên quan (lời văn hiện hành không có trong bản trích).',
    en: 'in {cite}, {document} has a related provision (the current wording is not in the excerpt).',
  },
  'wording.report.however': { vi: 'Tuy nhiên, {sentence}', en: 'However, {sentence}' },
  'wording.report.basis-clause': { vi: 'căn cứ {bases}, ', en: 'pursuant to {bases}, ' },
  'wording.report.therefore': { vi: 'Vì vậy, {basis}{proposal}', en: 'Therefore, {basis}{proposal}' },
  'wording.report.therefore-default': { vi: 'Vì vậy, {basis}đề nghị sửa đổi, bổ sung như sau', en: 'Therefore, {basis}it is proposed to amend as follows' },
  'wording.report.propose': { vi: 'Đề nghị {formula}', en: 'It is proposed: {formula}' },
  // the comparison of two versions (quyche diff --format md|html|docx)
  'wording.diff.heading': { vi: 'BẢN SO SÁNH HAI PHIÊN BẢN', en: 'COMPARISON OF TWO VERSIONS' },
  'wording.diff.against': { vi: 'với {document}', en: 'against {document}' },
  'wording.diff.title': { vi: '{document} — bản so sánh', en: '{document} — comparison' },
  // the title of a proposed patch (quyche diff --propose)
  'wording.propose.title': { vi: 'Sửa đổi, bổ sung {document}', en: 'Amending {document}' },
  'wording.propose.number': { vi: 'số {number}', en: 'No. {number}' },
  // what quyche import writes into the Markdown it makes
  'wording.import.closing': {
    vi: '<!-- quyche import: phần kết thúc (nơi nhận, chữ ký), ngoài cấu trúc -->',
    en: '<!-- quyche import: the closing part (recipients, signature), outside the structure -->',
  },
} as const satisfies Catalogue;
