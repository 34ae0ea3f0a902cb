/**
 * The header block of a Vietnamese document (Nghị định 30/2020, Phụ lục I; Quy định 66-QĐ/TW
 * for Party documents) → front matter: the issuer (cơ quan ban hành; for Party documents the
 * "ĐẢNG BỘ … / TỈNH ỦY …" block), the number (`Số: 51/2024/QH15`, `Số 01-QC/TU`), place and
 * date (`Hà Nội, ngày 27 tháng 11 năm 2024`), type and title (`LUẬT` / `SỬA ĐỔI, BỔ SUNG …`).
 * The Quốc hiệu, tiêu ngữ, the Party's name-line and the separator rules are dropped (logged).
 */
import type { DocumentMeta } from '../document/model.js';
import type { Removal } from './model.js';

const RE_QUOC_HIEU = /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u;
const RE_TIEU_NGU = /^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc$/u;
const RE_PARTY = /^ĐẢNG CỘNG SẢN VIỆT NAM$/u;
const RE_SEPARATOR = /^[-_–—=*.\s]{3,}$/u;
const RE_NUMBER = /^(?:[\p{Lu}][\p{Ll}]*\s+)?[Ss]ố\s*:?\s*([0-9][\p{L}\p{N}\-/.]*\/?[\p{L}\p{N}\-/.]*)\s*$/u;
const RE_DATE = /^(?:([\p{L}][\p{L}\s.]*?)\s*,\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/u;

const RE_AUTHORITY = /^(?:CHỦ TỊCH|CỤC TRƯỞNG|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CHÁNH|TRƯỞNG BAN|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|QUỐC HỘI$|CHÍNH PHỦ$|ỦY BAN NHÂN DÂN$)/u;

/** Type words as printed in capitals → the front matter's type. */
const TYPES: Record<string, string> = {
  'HIẾN PHÁP': 'Hiến pháp',
  'BỘ LUẬT': 'Bộ luật',
  'LUẬT': 'Luật',
  'PHÁP LỆNH': 'Pháp lệnh',
  'NGHỊ QUYẾT': 'Nghị quyết',
  'NGHỊ ĐỊNH': 'Nghị định',
  'QUYẾT ĐỊNH': 'Quyết định',
  'THÔNG TƯ': 'Thông tư',
  'THÔNG TƯ LIÊN TỊCH': 'Thông tư liên tịch',
  'CHỈ THỊ': 'Chỉ thị',
  'QUY CHẾ': 'Quy chế',
  'QUY ĐỊNH': 'Quy định',
  'KẾT LUẬN': 'Kết luận',
  'HƯỚNG DẪN': 'Hướng dẫn',
  'NGHỊ QUYẾT LIÊN TỊCH': 'Nghị quyết liên tịch',
};

const hasLower = (s: string): boolean => /\p{Ll}/u.test(s);
const hasLetter = (s: string): boolean => /\p{L}/u.test(s);

export interface Header {
  meta: DocumentMeta;
  comments: string[];
  /** line indices consumed (removed from the body) */
  consumed: Set<number>;
  /** the type and title lines: kept as the document's `#` heading */
  titleLines: number[];
  removals: Removal[];
}

/** Read the header block from the first lines (indices in reading order). */
export function readHeader(lines: readonly string[], order: readonly number[]): Header {
  const meta: DocumentMeta = {};
  const comments: string[] = [];
  const consumed = new Set<number>();
  const removals: Removal[] = [];
  const titleLines: number[] = [];
  const issuer: string[] = [];
  let k = 0;
  const limit = Math.min(order.length, 60);
  const cells = (i: number): string[] => lines[i]!.split(/\s+\|\s+|\t+/u).map((s) => s.trim()).filter(Boolean);
  // the header: everything before the type line
  for (; k < limit; k++) {
    const i = order[k]!;
    const raw = lines[i]!.trim();
    if (!raw) continue;
    const parts = cells(i);
    // the body starts: a label (Chương I, Điều 1., Phần thứ nhất …), emphasis around it or not
    if (/^(?:\*{0,3})(?:Chương|CHƯƠNG|Điều|ĐIỀU|Phần|PHẦN|Mục|MỤC)\s+[\dIVXLC]/u.test(raw) || /^\d{1,3}\.\s/u.test(raw)) break;
    let isType = false;
    for (const p of parts) if (TYPES[p]) isType = true;
    if (isType && parts.length === 1) break;
    let used = false;
    for (const p of parts) {
      let m: RegExpExecArray | null;
      if (RE_QUOC_HIEU.test(p) || RE_TIEU_NGU.test(p) || RE_PARTY.test(p) || /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s+Độc lập/u.test(p)) {
        removals.push({ line: i + 1, kind: 'motto', text: p });
        used = true;
      } else if (RE_SEPARATOR.test(p)) {
        removals.push({ line: i + 1, kind: 'separator', text: p });
        used = true;
      } else if ((m = RE_NUMBER.exec(p))) {
        meta.number = m[1]!;
        removals.push({ line: i + 1, kind: 'header', text: p });
        used = true;
      } else if ((m = RE_DATE.exec(p))) {
        meta.date = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
        if (m[1]) comments.push(`nơi ban hành: ${m[1].trim()}`);
        removals.push({ line: i + 1, kind: 'header', text: p });
        used = true;
      } else if (hasLetter(p) && !hasLower(p.replace(/\bvà\b/gu, '')) && meta.number === undefined && !meta.date) {
        issuer.push(p);
        removals.push({ line: i + 1, kind: 'header', text: p });
        used = true;
      } else if (/^[*(]/u.test(p) && !meta.date && issuer.length) {
        removals.push({ line: i + 1, kind: 'header', text: p });
        used = true;
      }
    }
    if (!used) break;
    consumed.add(i);
  }
  // the type line, then the title lines (capitals), if the header ended at one
  if (k < limit) {
    const first = lines[order[k]!]!.trim();
    if (TYPES[first]) {
      meta.type = TYPES[first];
      titleLines.push(order[k]!);
      const title: string[] = [];
      for (k++; k < limit; k++) {
        const s = lines[order[k]!]!.trim();
        if (!s) continue;
        if (hasLower(s.replace(/^V\/v\b/u, '')) && !/^(?:về|VỀ)(?=\s|$)/u.test(s)) break;
        if (/^(?:Chương|CHƯƠNG|Điều|ĐIỀU|Phần|PHẦN)\s/u.test(s)) break;
        if (/:$/u.test(s) || RE_AUTHORITY.test(s)) break; // "QUYẾT ĐỊNH:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" are not title lines
        title.push(s);
        titleLines.push(order[k]!);
        if (title.length >= 4) break;
      }
      if (title.length) meta.title = title.join(' ');
    }
  }
  if (issuer.length) meta.issuer = issuer.join(' ');
  if (!meta.status) meta.status = 'in-force';
  return { meta, comments, consumed, titleLines, removals };
}
