/**
 * What a file is, by its content first and its extension second: a Word file (a ZIP holding
 * word/document.xml), an HTML page, or text in UTF-8, UTF-16 with a BOM, or a legacy Vietnamese
 * encoding (TCVN3, VNI-Windows, Windows-1258), decoded to Unicode NFC.
 */
import type { Message } from '../diagnostics/diagnostic.js';
import { decodeText } from '../text/decode.js';

export type InputKind = 'docx' | 'html' | 'text';

export type Detected =
  | { ok: true; kind: InputKind; text?: string; encoding?: string }
  | { ok: false; message: Message; offset: number; line: number; column: number };

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function looksHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/u, '').trimStart().toLowerCase();
  return /^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html/u.test(head) || (/<(?:body|p|div|table)[\s>]/u.test(head) && /<\/(?:p|div|td|body)>/u.test(text.slice(0, 20000)));
}

export function detectInput(bytes: Uint8Array, name = ''): Detected {
  if (isZip(bytes)) {
    // a .docx is a ZIP whose first entry names are [Content_Types].xml, _rels/, word/…
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    if (/word\//u.test(head) || /\.docx$/iu.test(name)) return { ok: true, kind: 'docx' };
    return { ok: false, message: { id: 'import.unknown-format' }, offset: 0, line: 1, column: 1 };
  }
  const decoded = decodeText(bytes, { convert: true });
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  const kind: InputKind = looksHtml(text) || (/\.html?$/iu.test(name) && /<[a-z]/iu.test(text)) ? 'html' : 'text';
  return { ok: true, kind, text, ...(decoded.encoding ? { encoding: decoded.encoding } : {}) };
}
