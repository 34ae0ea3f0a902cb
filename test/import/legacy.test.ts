/**
 * Legacy encodings: a TCVN3, a VNI-Windows and a Windows-1258 fixture, made here from a Unicode
 * text by conversion tables of their own (cited below, independent of the decoder's tables),
 * import to the Unicode original exactly, with a notice naming the encoding. And issue 10,
 * point 10: Windows-1258 is named as such (not "TCVN3 (ABC)"), UTF-16 is decoded by import and
 * named (not "binary") by the workspace reader, and the location is that of the first bad byte.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/index.js';
import { decodeText, locateByte } from '../../src/text/decode.js';
import { parseRegulation } from '../../src/document/parse.js';

const TEXT = [
  'Điều 1. Phạm vi điều chỉnh',
  '1. Quy chế này quy định về chế độ làm việc, trách nhiệm của Ban Chấp hành Đảng bộ tỉnh.',
  '2. Trường hợp khác thực hiện theo quy định của pháp luật hiện hành.',
  'Điều 2. Nguyên tắc làm việc',
  'a) Bảo đảm sự lãnh đạo tập trung, thống nhất, dân chủ;',
  'b) Đề cao trách nhiệm cá nhân, phối hợp chặt chẽ giữa các cơ quan.',
].join('\n');

/**
 * TCVN3 (ABC): duydev/vietnamese-conversion src/charsets.ts (MIT), arrays UNICODE and TCVN3,
 * the pairs this text needs. "ư" is 0xAD, the soft hyphen.
 */
const TCVN3: Record<string, string> = {
  'à': 'µ', 'á': '¸', 'ả': '¶', 'ạ': '¹', 'â': '©', 'ấ': 'Ê', 'ầ': 'Ç', 'ậ': 'Ë', 'ă': '¨', 'ặ': 'Æ',
  'é': 'Ð', 'ê': 'ª', 'ế': 'Õ', 'ề': 'Ò', 'ể': 'Ó', 'ệ': 'Ö', 'ì': '×', 'í': 'Ý', 'ỉ': 'Ø', 'ị': 'Þ',
  'ò': 'ß', 'ó': 'ã', 'ô': '«', 'ố': 'è', 'ồ': 'å', 'ộ': 'é', 'ơ': '¬', 'ớ': 'í', 'ờ': 'ê', 'ở': 'ë',
  'ợ': 'î', 'ù': 'ï', 'ú': 'ó', 'ụ': 'ô', 'ư': '\u00ad', 'ừ': 'õ', 'ữ': '÷', 'ự': 'ù', 'ý': 'ý',
  'đ': '®', 'Đ': '§', 'ã': '·', 'ẽ': 'Ï', 'ỗ': 'ç', 'ắ': '¾', 'ẹ': 'Ñ', 'ọ': 'ä', 'ủ': 'ñ', 'ỏ': 'á',
};

/** VNI-Windows: the same source, array VNI (a base letter and a diacritic character, Windows-1252). */
const VNI: Record<string, string> = {
  'à': 'aø', 'á': 'aù', 'ả': 'aû', 'ã': 'aõ', 'ạ': 'aï', 'â': 'aâ', 'ấ': 'aá', 'ầ': 'aà', 'ậ': 'aä', 'ă': 'aê', 'ặ': 'aë', 'ắ': 'aé',
  'é': 'eù', 'ê': 'eâ', 'ế': 'eá', 'ề': 'eà', 'ể': 'eå', 'ệ': 'eä', 'ẹ': 'eï', 'ẽ': 'eõ', 'ì': 'ì', 'í': 'í', 'ỉ': 'æ', 'ị': 'ò',
  'ò': 'oø', 'ó': 'où', 'ỏ': 'oû', 'ọ': 'oï', 'ô': 'oâ', 'ố': 'oá', 'ồ': 'oà', 'ộ': 'oä', 'ỗ': 'oã',
  'ơ': 'ô', 'ớ': 'ôù', 'ờ': 'ôø', 'ở': 'ôû', 'ợ': 'ôï', 'ù': 'uø', 'ú': 'uù', 'ủ': 'uû', 'ụ': 'uï',
  'ư': 'ö', 'ừ': 'öø', 'ữ': 'öõ', 'ự': 'öï', 'ý': 'yù', 'đ': 'ñ', 'Đ': 'Ñ',
};

/**
 * Windows-1258: unicode.org Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1258.TXT — base letters
 * 0xE2 â, 0xE3 ă, 0xEA ê, 0xF4 ô, 0xF5 ơ, 0xFD ư, 0xF0 đ, 0xD0 Đ; tones as combining marks 0xCC
 * U+0300, 0xEC U+0301, 0xD2 U+0309, 0xDE U+0303, 0xF2 U+0323 (each letter written base + tone).
 */
const CP1258_BASE: Record<string, number> = { 'â': 0xe2, 'ă': 0xe3, 'ê': 0xea, 'ô': 0xf4, 'ơ': 0xf5, 'ư': 0xfd, 'đ': 0xf0, 'Đ': 0xd0 };
const CP1258_TONE: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0309': 0xd2, '\u0303': 0xde, '\u0323': 0xf2 };

function singleByte(text: string, table: Record<string, string>): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const s = ch.charCodeAt(0) < 0x80 ? ch : table[ch];
    if (s === undefined) throw new Error(`no table entry for ${ch}`);
    for (const c of s) out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

function cp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    // split off the tone; the rest (letter with circumflex, breve or horn) is one byte
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((c) => CP1258_TONE[c] !== undefined);
    const base = [...nfd].filter((c) => c !== tone).join('').normalize('NFC');
    const b = base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : CP1258_BASE[base];
    if (b === undefined) throw new Error(`no Windows-1258 byte for ${base}`);
    out.push(b);
    if (tone) out.push(CP1258_TONE[tone]!);
  }
  return Uint8Array.from(out);
}

async function roundTrip(bytes: Uint8Array): Promise<{ text: string; encoding?: string; markdown: string }> {
  const r = await importDocument(bytes, { name: 'legacy.txt' });
  if (!r.ok) throw new Error(r.message.id);
  const doc = parseRegulation('x.md', r.markdown);
  // the imported units, one line each, as the source prints them
  const lines = doc.all.filter((u) => u.kind !== 'intro').map((u) => doc.source.text.slice(u.start, u.ownEnd).replace(/^#+ /u, '').trim());
  return { text: lines.join('\n'), ...(r.encoding ? { encoding: r.encoding } : {}), markdown: r.markdown };
}

describe('legacy encodings → Unicode NFC', () => {
  it('TCVN3 (ABC), with ư as 0xAD (the soft hyphen) kept', async () => {
    const bytes = singleByte(TEXT, TCVN3);
    expect(bytes.includes(0xad)).toBe(true);
    const r = await roundTrip(bytes);
    expect(r.encoding).toBe('TCVN3 (ABC)');
    expect(r.text).toBe(TEXT);
    expect(r.markdown).toContain('2. Trường hợp khác');
  });

  it('VNI-Windows', async () => {
    const r = await roundTrip(singleByte(TEXT, VNI));
    expect(r.encoding).toBe('VNI-Windows');
    expect(r.text).toBe(TEXT);
  });

  it('Windows-1258 (combining tones composed to NFC)', async () => {
    const r = await roundTrip(cp1258(TEXT));
    expect(r.encoding).toBe('Windows-1258');
    expect(r.text).toBe(TEXT);
    expect(r.text).toBe(r.text.normalize('NFC'));
  });

  it('UTF-16 with a BOM, both byte orders', async () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...TEXT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = Uint8Array.from([0xfe, 0xff, ...[...TEXT].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect((await roundTrip(le)).text).toBe(TEXT);
    expect((await roundTrip(be)).encoding).toBe('UTF-16 BE');
  });

  it('the import notes the conversion, naming the encoding', async () => {
    const r = await importDocument(singleByte(TEXT, VNI));
    expect(r.ok && r.notes[0]).toMatchObject({ severity: 'info', message: { id: 'import.decoded', args: { encoding: 'VNI-Windows' } } });
  });
});

describe('encoding diagnostics of the workspace reader (issue 10, point 10)', () => {
  it('names Windows-1258 as Windows-1258, not TCVN3 (ABC)', () => {
    const r = decodeText(cp1258(TEXT));
    expect(r).toMatchObject({ ok: false, message: { id: 'encoding.legacy', args: { encoding: 'Windows-1258' } } });
    expect(decodeText(singleByte(TEXT, TCVN3))).toMatchObject({ ok: false, message: { args: { encoding: 'TCVN3 (ABC)' } } });
  });

  it('names UTF-16, with or without a BOM, instead of calling it binary', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...TEXT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le)).toMatchObject({ ok: false, message: { id: 'encoding.utf16', args: { encoding: 'UTF-16 LE' } } });
    expect(decodeText(le.subarray(2))).toMatchObject({ ok: false, message: { id: 'encoding.utf16', args: { encoding: 'UTF-16 LE' } } });
    expect(decodeText(le, { convert: true })).toMatchObject({ ok: true, text: TEXT, encoding: 'UTF-16 LE' });
    // a short binary is still binary
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toMatchObject({ ok: false, message: { id: 'encoding.binary' } });
  });

  it('locates the first offending byte (line, column), not 1:1', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Điều 1.\nkhoản '), 0xff, 0x41]);
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: false, offset: 19, line: 2, column: 7 });
    expect(locateByte(bytes, 0)).toEqual({ line: 1, column: 1 });
  });
});
