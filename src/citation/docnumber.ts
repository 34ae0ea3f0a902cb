/**
 * Document numbers (số, ký hiệu): Party `80-QĐ/TW`, `11-QĐi/TW`, `01-QC/TU`; state
 * `34/2016/NĐ-CP`, `64/2025/QH15`, `15/QĐ-BNV`, `51/VBHN-VPQH`.
 * Matching tolerates spaces, dashes, `Ð`/`Ɖ` for `Đ`, Cyrillic look-alikes, `TƯ` for `TW`, case
 * (`QĐI` = `QĐi`), leading zeros (`01` = `1`) and ASCII spellings (`80-QD/TW`).
 */

const CONFUSABLES: Record<string, string> = {
  'Ð': 'Đ', 'Ɖ': 'Đ', 'ð': 'đ',
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X', 'У': 'Y',
  'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y',
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-', '⁄': '/', '∕': '/',
};

/** Fold confusable characters (keeps diacritics). */
const ANY_CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'u');

export function foldConfusables(s: string): string {
  const nfc = s.normalize('NFC');
  if (!ANY_CONFUSABLE.test(nfc)) return nfc;
  let out = '';
  for (const ch of nfc) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/**
 * The comparison key of a document number: no spaces, ASCII letters upper-cased, diacritics
 * dropped (Đ → D), leading zeros of numeric parts dropped, `TƯ` → `TW`.
 */
export function numberKey(number: string): string {
  let s = foldConfusables(number).replace(/\s+/g, '');
  s = s.replace(/TƯ(?![\p{L}])/gu, 'TW');
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').toUpperCase();
  s = s.replace(/(^|[^0-9])0+(?=\d)/g, '$1');
  return s;
}

export function sameNumber(a: string, b: string): boolean {
  return numberKey(a) === numberKey(b);
}

/** A Party number: 80-QĐ/TW, 11-QĐi/TW, 01-QC/TU, 16-HD/VPTU. */
const PARTY_NUMBER = /(?<![\p{L}\p{N}])(\d{1,4}[A-Za-z]?)\s*[-–—]\s*([\p{L}]{1,6})\s*\/\s*([\p{L}]{1,12}(?:-[\p{L}]{1,8})?)(?![\p{L}\p{N}])/u;
/** A state number: 34/2016/NĐ-CP, 64/2025/QH15, 01/2012/UBTVQH13, 15/QĐ-BNV, 51/VBHN-VPQH. */
const STATE_NUMBER = /(?<![\p{L}\p{N}])(\d{1,5})\s*\/\s*(?:(\d{4})\s*\/\s*)?([\p{L}]{1,8}(?:\d{1,2})?(?:\s*-\s*[\p{L}\d]{1,10}){0,3})(?![\p{L}\p{N}])/u;

/** Find a document number in a string; returns it as written and its index. */
export function findNumber(s: string): { number: string; index: number } | undefined {
  // every number has a slash (80-QĐ/TW, 34/2016/NĐ-CP): most texts searched have none
  if (!/[/⁄∕]/u.test(s)) return undefined;
  const f = foldConfusables(s);
  const p = PARTY_NUMBER.exec(f);
  const st = STATE_NUMBER.exec(f);
  const best = [p, st].filter((m): m is RegExpExecArray => !!m).sort((a, b) => a.index - b.index)[0];
  if (!best) return undefined;
  return { number: best[0].replace(/\s+/g, '').replace(/[–—]/g, '-'), index: best.index };
}

