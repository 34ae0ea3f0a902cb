/**
 * Dates as written in Vietnamese documents: ISO `2021-01-09`, `09/01/2021`, `9-1-2021`,
 * `ngày 09 tháng 01 năm 2021`. Everything is kept as ISO `YYYY-MM-DD` strings.
 */
export function parseDate(input: string): string | undefined {
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(s.normalize('NFC'));
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  return undefined;
}

function iso(y: number, mo: number, d: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `2021-01-09` → `09/01/2021`, `2022-08-18` → `18/8/2022` (the way Party documents print dates; formatDatePrinted's rule). */
export function formatDateShort(isoDate: string): string {
  return formatDatePrinted(isoDate, 'short').slice('ngày '.length);
}

/** `2022-08-18` → `ngày 18 tháng 8 năm 2022` (state documents; formatDatePrinted's rule). */
export function formatDateLong(isoDate: string): string {
  return formatDatePrinted(isoDate, 'long');
}

/**
 * A date as Vietnamese documents print it (Nghị định 30/2020, Phụ lục I: "đối với những số thể
 * hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước"), with its "ngày":
 * `short` → `ngày 09/01/2021`, `ngày 18/8/2022`; `long` → `ngày 09 tháng 01 năm 2021`,
 * `ngày 01 tháng 7 năm 2025`. One sentence uses one form (issue 14, point 6).
 */
export function formatDatePrinted(isoDate: string, form: 'short' | 'long'): string {
  const [y, m, d] = isoDate.split('-');
  const day = String(Number(d)).padStart(2, '0');
  const month = Number(m) < 3 ? String(Number(m)).padStart(2, '0') : String(Number(m));
  return form === 'short' ? `ngày ${day}/${month}/${y}` : `ngày ${day} tháng ${month} năm ${y}`;
}
