/**
 * Bytes → text, or a diagnostic saying why not: not UTF-8 (and, when it looks like it, which
 * legacy Vietnamese encoding: TCVN3/ABC, VNI, Windows-1258), mojibake (UTF-8 read as
 * Windows-1252 and saved again), binary, empty, too large. The BOM is kept in the text: it is
 * the user's byte and is written back unchanged.
 */
import type { Message } from '../diagnostics/diagnostic.js';
import { decodeLegacy } from './legacy.js';

const MAX_BYTES = 50 * 1024 * 1024;

export type Decoded =
  | { ok: true; text: string; warning?: Message; /** the encoding decoded from, when not UTF-8 */ encoding?: string }
  | { ok: false; message: Message; offset: number; /** 1-based line and column (UTF-16 units) of the byte at `offset` */ line: number; column: number };

export interface DecodeOptions {
  /** decode UTF-16 with a BOM and legacy Vietnamese encodings instead of refusing them (import) */
  convert?: boolean;
}

/** Line and column of a byte offset: lines counted by LF, the column in UTF-16 units of the line's valid prefix. */
export function locateByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(start, end));
  return { line, column: prefix.length + 1 };
}

function failure(bytes: Uint8Array, offset: number, message: Message): Decoded {
  return { ok: false, offset, message, ...locateByte(bytes, offset) };
}

/** Characters TCVN3 (.VnTime) uses for Vietnamese letters, read as Latin-1: ® = đ, ¸ = á, µ = à … */
const TCVN3_MARKS = /[®§¸µ¶·¹¨©ª«¬­®¯°±²³´½¾ÆÇÑÒÓÔÕÖ×ØÜÝÞßæçèéêëìíîïñòóôõö÷øùúûüýþ]/g;
/** VNI-Windows writes a base letter then a diacritic character: "Coäng hoøa", "ñ" = đ. */
const VNI_PAIRS = /[aeiouyAEIOUY][øùûõïöôä]|[ôö][ùøûõï]|ñ|Ñ/g;
const MOJIBAKE = /Ã[\u0080-\u00bf]|á»|áº|Ä‘|Æ°|Æ¡/;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

function sample(text: string, re: RegExp): string {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return '';
  const a = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - 12)) + 1);
  return text.slice(a, a + 30).replace(/\s+/g, ' ').trim();
}

/** How many times a class of single UTF-16 characters (a global expression) occurs in s: what
 *  `s.match(re).length` says, without an array of one string per match (thousands per file). */
function countSingles(s: string, re: RegExp): number {
  return s.length - s.replace(re, '').length;
}

/** Does a text look like Vietnamese typed in a legacy font encoding? */
export function detectLegacy(text: string): Message | undefined {
  const head = text.slice(0, 20000);
  const viet = countSingles(head, VIETNAMESE);
  if (MOJIBAKE.test(head)) return { id: 'encoding.mojibake', args: { sample: sample(head, new RegExp(MOJIBAKE.source, 'g')) } };
  const vni = (head.match(VNI_PAIRS) ?? []).length;
  const tcvn = countSingles(head, TCVN3_MARKS);
  // the letters of the head, counted only when a legacy mark count makes the share matter (building
  // a string per letter of 20,000 characters was 6–20 ms of every cold `check`)
  let counted: number | undefined;
  const letters = (): number => (counted ??= (head.match(/\p{L}/gu) ?? []).length || 1);
  if (vni > 20 && vni > viet * 2 && vni / letters() > 0.01) return { id: 'encoding.legacy', args: { encoding: 'VNI-Windows', sample: sample(head, new RegExp(VNI_PAIRS.source, 'g')) } };
  if (tcvn > 20 && tcvn > viet * 2 && tcvn / letters() > 0.01) return { id: 'encoding.legacy', args: { encoding: 'TCVN3 (ABC)', sample: sample(head, new RegExp(TCVN3_MARKS.source, 'g')) } };
  return undefined;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length > MAX_BYTES) {
    return failure(bytes, 0, { id: 'encoding.too-large', args: { size: (bytes.length / 1048576).toFixed(1), limit: MAX_BYTES / 1048576 } });
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    const name = utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    if (!options.convert) return failure(bytes, 0, { id: 'encoding.utf16', args: { encoding: name } });
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
      return { ok: true, text: text.normalize('NFC'), encoding: name };
    } catch {
      return failure(bytes, 0, { id: 'encoding.utf16', args: { encoding: name } });
    }
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    // UTF-16 without a BOM: the zero bytes of its ASCII part all sit at odd (LE) or even (BE) offsets
    const odd = probe.filter((b, i) => i % 2 === 1 && b === 0).length;
    const even = probe.filter((b, i) => i % 2 === 0 && b === 0).length;
    const half = probe.length / 2;
    if (probe.length >= 16 && (odd > half * 0.4) !== (even > half * 0.4) && Math.min(odd, even) < half * 0.05) {
      return failure(bytes, 0, { id: 'encoding.utf16', args: { encoding: odd > even ? 'UTF-16 LE' : 'UTF-16 BE' } });
    }
    return failure(bytes, probe.indexOf(0), { id: 'encoding.binary' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const decoded = decodeLegacy(bytes);
    if (decoded) {
      if (options.convert) return { ok: true, text: decoded.text, encoding: decoded.encoding };
      const latin = new TextDecoder('latin1').decode(bytes);
      return failure(bytes, offset, { id: 'encoding.legacy', args: { encoding: decoded.encoding, sample: sample(latin, /[\u0080-\u00ff]/g) } });
    }
    return failure(bytes, offset, { id: 'encoding.not-utf8', args: { offset } });
  }
  const legacy = detectLegacy(text);
  if (legacy) return { ok: true, text, warning: legacy };
  return { ok: true, text };
}
