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
} as const satisfies Catalogue;
