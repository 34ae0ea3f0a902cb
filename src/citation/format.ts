/**
 * Format a unit back into a citation, in Party style (`Điểm 1.1, Khoản 1, Điều 8, Quy định số
 * 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị`: every unit word capitalised, commas, a comma before
 * "ngày") or state style (`điểm a khoản 2 Điều 103 của Bộ luật Hình sự`: khoản, điểm, tiết in
 * lower case, Điều, Mục, Chương, Phần capitalised, no commas; Nghị định 30/2020 Phụ lục II).
 */
import type { DocumentMeta, Unit } from '../document/model.js';
import { isPartyDocument } from '../document/model.js';
import { codePointAt, isLetter } from '../text/letters.js';
import { formatDateLong, formatDateShort } from '../util/dates.js';

export type CitationStyle = 'party' | 'state';

export function styleOf(meta: DocumentMeta): CitationStyle {
  return isPartyDocument(meta) ? 'party' : 'state';
}

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** The unit word of a unit in a document: "Điều", "khoản", "Điểm" (Party decimal), "tiết" … */
export function unitWord(u: Unit, meta: DocumentMeta, style: CitationStyle): string {
  const lower = (w: string): string => (style === 'party' ? cap(w) : w.toLocaleLowerCase('vi'));
  switch (u.kind) {
    case 'phan':
      return 'Phần';
    case 'chuong':
      return 'Chương';
    case 'muc':
      return 'Mục';
    case 'tieu-muc':
      return 'Tiểu mục';
    case 'dieu':
      return 'Điều';
    case 'khoan':
      return lower('khoản');
    case 'diem':
      return lower(u.pattern === 'decimal' ? meta.labels?.decimal ?? 'điểm' : 'điểm');
    case 'tiet':
      return lower(u.pattern === 'paren' ? meta.labels?.paren ?? 'tiết' : meta.labels?.letter ?? 'tiết');
    case 'bullet':
      return lower('gạch đầu dòng thứ');
    case 'intro':
      return lower('phần mở đầu');
  }
}

/*
 * /thứ\s+\p{L}+/iu.exec(label)[0], as an expression without the property escape and a run of
 * letters read by code point (test/citation/parse-pfree.property.test.ts holds it to that
 * expression): \s+ is a whole run (giving back a space leaves no letter next); where no letter
 * follows, the search goes on one character further, as the expression's would.
 */
const THU = /thứ\s+/giu;

export function thuWord(label: string): string | undefined {
  THU.lastIndex = 0;
  for (let m = THU.exec(label); m; m = THU.exec(label)) {
    const from = m.index + m[0].length;
    let e = from;
    for (let cp = codePointAt(label, e); cp >= 0 && isLetter(cp); cp = codePointAt(label, e)) e += cp > 0xffff ? 2 : 1;
    if (e > from) return label.slice(m.index, e);
    THU.lastIndex = m.index + 1;
  }
  return undefined;
}

/** The number as a citation prints it: "5a", "II", "thứ nhất" (for Phần thứ nhất), "đ". */
export function citedNumber(u: Unit): string {
  if (u.kind === 'intro') return '';
  if (u.kind === 'phan' && /thứ/iu.test(u.label)) {
    const m = thuWord(u.label);
    if (m) return m.toLocaleLowerCase('vi');
  }
  return u.number;
}

/** The chain of units a citation names: up to the article, or through the headings above. */
function citationChain(u: Unit): Unit[] {
  const chain: Unit[] = [u];
  if (u.kind === 'dieu' || u.kind === 'intro') return chain;
  for (let p = u.parent; p; p = p.parent) {
    chain.push(p);
    if (p.kind === 'dieu' || p.kind === 'intro') break;
  }
  return chain;
}

/** `Điểm 1.1, Khoản 1, Điều 8` (party) or `điểm a khoản 2 Điều 103` (state); smallest first. */
export function formatUnitPath(u: Unit, meta: DocumentMeta, style: CitationStyle): string {
  const parts = citationChain(u).map((x) => {
    const n = citedNumber(x);
    return n ? `${unitWord(x, meta, style)} ${n}` : unitWord(x, meta, style);
  });
  return parts.join(style === 'party' ? ', ' : ' ');
}

/** `Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị` / `Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ`. */
export function formatDocumentRef(meta: DocumentMeta, style: CitationStyle = styleOf(meta)): string {
  const parts: string[] = [];
  const type = meta.type ?? 'Văn bản';
  if (meta.number) parts.push(`${type} số ${meta.number}`);
  else parts.push(meta.title ?? type);
  if (meta.date) parts.push(style === 'party' ? `, ngày ${formatDateShort(meta.date)}` : ` ${formatDateLong(meta.date)}`);
  if (meta.issuer) parts.push(` của ${meta.issuer}`);
  return parts.join('');
}

/** A full citation of a unit, with or without its document. */
export function formatCitation(u: Unit, meta: DocumentMeta, style: CitationStyle = styleOf(meta), withDocument = false): string {
  const path = formatUnitPath(u, meta, style);
  if (!withDocument) return path;
  return `${path}${style === 'party' ? ', ' : ' của '}${formatDocumentRef(meta, style)}`;
}
