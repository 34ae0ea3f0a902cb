/**
 * Page furniture of the Công báo layout (PDF → text): the running header `CÔNG BÁO/Số … /Ngày …`,
 * the bare page number next to it, `VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI`, the digital-signature
 * lines (`Người ký:`, `Email:`, `Cơ quan:`, `Thời gian ký:`) and `(Xem tiếp Công báo số …)`.
 * Every removed line is logged; the lines between two running headers are one page.
 */
import type { Removal, RemovalKind } from './model.js';

const RE_HEADER = /^\s*CÔNG BÁO\s*\/\s*Số(?=\s|$).*\/\s*Ngày\b.*$/u;
const RE_VBHN = /^\s*VĂN BẢN HỢP NHẤT\s*[-–]\s*VĂN PHÒNG QUỐC HỘI\s*$/u;
const RE_PAGE = /^\s*\d{1,4}\s*$/u;
const RE_SIGNER = /^\s*(?:Người ký|Ký bởi)\s*:/u;
const RE_SIGNATURE = /^\s*(?:Người ký|Ký bởi|Email|Cơ quan|Thời gian ký)\s*:/u;
const RE_CONTINUED = /^\s*\(\s*Xem tiếp Công báo số(?=\s)[^)]*\)\s*$/u;

export interface Paged {
  /** per page, the indices (0-based) of the lines that are not furniture, blank ones included */
  pages: number[][];
  removals: Removal[];
  /** the text had the Công báo running header */
  gazette: boolean;
}

const blank = (s: string): boolean => s.trim() === '';

/** Split lines into pages and remove the furniture. `lines` are NFC. */
export function removeFurniture(lines: readonly string[]): Paged {
  const kind: Array<RemovalKind | undefined> = new Array(lines.length).fill(undefined);
  const breaks = new Set<number>();
  let gazette = false;
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i]!;
    if (RE_HEADER.test(s)) {
      gazette = true;
      kind[i] = 'page-header';
      breaks.add(i);
      // the page number sits a few (blank) lines before or after the running header
      for (const dir of [-1, 1]) {
        for (let j = i + dir, seen = 0; j >= 0 && j < lines.length && seen < 4; j += dir) {
          if (blank(lines[j]!)) continue;
          seen++;
          if (RE_PAGE.test(lines[j]!)) {
            kind[j] = 'page-number';
            break;
          }
          if (!RE_VBHN.test(lines[j]!)) break;
        }
      }
    } else if (RE_VBHN.test(s)) kind[i] = 'vbhn-header';
    else if (RE_CONTINUED.test(s)) kind[i] = 'continued';
    else if (RE_SIGNER.test(s)) {
      // the signer's name may wrap ("Ký bởi: Cổng Thông tin điện tử Chính" / "phủ")
      for (let j = i; j < Math.min(lines.length, i + 6) && (RE_SIGNATURE.test(lines[j]!) || (j > i && /^\s*\p{Ll}/u.test(lines[j]!) && RE_SIGNATURE.test(lines[j - 1]!))); j++) kind[j] = 'signature';
    }
  }
  const removals: Removal[] = [];
  const pages: number[][] = [[]];
  for (let i = 0; i < lines.length; i++) {
    const k = kind[i];
    if (k) {
      removals.push({ line: i + 1, kind: k, text: lines[i]!.trim() });
      if (breaks.has(i) && pages[pages.length - 1]!.some((j) => !blank(lines[j]!))) pages.push([]);
      continue;
    }
    pages[pages.length - 1]!.push(i);
  }
  return { pages, removals, gazette };
}
