/**
 * Legacy Vietnamese encodings → Unicode NFC.
 *
 * - TCVN3 (ABC, .VnTime): one byte per letter. Table: iconv-lite `encodings/sbcs-data-generated.js`,
 *   entry "tcvn" (ashtuchkin/iconv-lite, MIT). Note 0xAD is "ư", not a soft hyphen: the bytes are
 *   mapped before anything else looks at them.
 * - Windows-1258: one byte per base letter, tones as combining marks (0xCC U+0300, 0xEC U+0301,
 *   0xD2 U+0309, 0xDE U+0303, 0xF2 U+0323), so NFC composes them. Table: iconv-lite, entry
 *   "windows1258".
 * - VNI-Windows: a base letter then one diacritic character, read as Windows-1252 ("Coäng hoøa"
 *   = "Cộng hòa", "ñ" = đ). Rules from the VNI table of duydev/vietnamese-conversion
 *   `src/charsets.ts` (MIT): tones ø ù û õ ï (grave, acute, hook, tilde, dot below), â = circumflex
 *   (á à å ã ä: circumflex with a tone), ê = breve (é è ú ü ë: breve with a tone), ô = ơ, ö = ư,
 *   ñ = đ, and the single letters æ = ỉ, ó = ĩ, ò = ị, î = ỵ (capitals likewise).
 */

/** iconv-lite "tcvn": byte → character, 0x00–0xFF. */
const TCVN3 = "\u0000ÚỤ\u0003ỪỬỮ\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010ỨỰỲỶỸÝỴ\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";

/** iconv-lite "windows1258": bytes 0x80–0xFF. */
const CP1258_HIGH = "€\ufffd‚ƒ„…†‡ˆ‰\ufffd‹Œ\ufffd\ufffd\ufffd\ufffd‘’“”•–—˜™\ufffd›œ\ufffd\ufffdŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ßàáâăäåæçèéêë\u0301íîïđñ\u0323óôơö÷øùúûüư₫ÿ";

/** Windows-1252 bytes 0x80–0x9F (VNI files are Windows-1252 text). */
const CP1252_80 = "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

export type LegacyEncoding = "TCVN3 (ABC)" | "VNI-Windows" | "Windows-1258";

function decodeTcvn3(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += TCVN3[b];
  return s.normalize("NFC");
}

function decodeCp1258(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : CP1258_HIGH[b - 0x80];
  return s.normalize("NFC");
}

function cp1252(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b >= 0x80 && b < 0xa0 ? CP1252_80[b - 0x80] : String.fromCharCode(b);
  return s;
}

const TONE: Record<string, string> = { "ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323" };
const CIRCUMFLEX: Record<string, string> = { "â": "\u0302", "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309", "ã": "\u0302\u0303", "ä": "\u0302\u0323" };
const BREVE: Record<string, string> = { "ê": "\u0306", "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309", "ü": "\u0306\u0303", "ë": "\u0306\u0323" };
const SINGLE: Record<string, string> = { "ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ" };

function vniMark(c: string, base: string): string | undefined {
  const lower = c.toLowerCase();
  const b = base.normalize("NFD")[0]!.toLowerCase();
  const isVowel = /[aeiouyơư]/u.test(base.normalize("NFC").toLowerCase()) || /[aeiouy]/u.test(b);
  if (!isVowel) return undefined;
  // a mark only after a base letter that has none yet (NFD of the letter so far)
  const marks = base.normalize("NFD").slice(1);
  if (TONE[lower] && !/[\u0300\u0301\u0303\u0309\u0323]/u.test(marks)) return TONE[lower];
  if (!marks && CIRCUMFLEX[lower] && /[aeo]/u.test(b)) return CIRCUMFLEX[lower];
  if (!marks && BREVE[lower] && b === "a") return BREVE[lower];
  return undefined;
}

function decodeVni(bytes: Uint8Array): string {
  const s = cp1252(bytes);
  const out: string[] = [];
  for (const c of s) {
    const last = out[out.length - 1];
    const mark = last !== undefined ? vniMark(c, last) : undefined;
    if (mark !== undefined) {
      const upper = c !== c.toLowerCase();
      const lastUpper = last !== last!.toLowerCase();
      if (upper === lastUpper || !/\p{L}/u.test(c)) {
        out[out.length - 1] = (last + mark).normalize("NFC");
        continue;
      }
    }
    const single = SINGLE[c.toLowerCase()];
    out.push(single ? (c === c.toLowerCase() ? single : single.toUpperCase()) : c);
  }
  return out.join("").normalize("NFC");
}

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const STRANGE = /[\u0080-\u00bf\u00c0-\u00ff\u0300-\u036f\ufffd\u0000-\u0008\u000e-\u001f]/gu;

/** How Vietnamese a decoding reads: its Vietnamese letters, less what no Vietnamese text has —
 *  stray Latin-1 symbols and combining marks, and words with more than one tone mark. */
function score(text: string): number {
  const head = text.slice(0, 40000);
  const viet = (head.match(VIETNAMESE) ?? []).length;
  const strange = (head.normalize("NFC").replace(VIETNAMESE, "").match(STRANGE) ?? []).length;
  let tones = 0;
  for (const word of head.normalize("NFD").split(/[^\p{L}\p{M}]+/u)) {
    const n = (word.match(/[\u0300\u0301\u0303\u0309\u0323]/gu) ?? []).length;
    if (n > 1) tones += n - 1;
  }
  return viet - 4 * strange - 4 * tones;
}

/** Decode bytes that are not UTF-8 as the legacy encoding that reads as the most Vietnamese. */
export function decodeLegacy(bytes: Uint8Array): { encoding: LegacyEncoding; text: string } | undefined {
  const candidates: Array<{ encoding: LegacyEncoding; text: string }> = [
    { encoding: "TCVN3 (ABC)", text: decodeTcvn3(bytes) },
    { encoding: "VNI-Windows", text: decodeVni(bytes) },
    { encoding: "Windows-1258", text: decodeCp1258(bytes) },
  ];
  let best: { encoding: LegacyEncoding; text: string; s: number } | undefined;
  for (const c of candidates) {
    const s = score(c.text);
    if (!best || s > best.s) best = { ...c, s };
  }
  const letters = (best!.text.slice(0, 40000).match(/\p{L}/gu) ?? []).length || 1;
  // too little evidence (a few stray bytes) is not an encoding
  if (best!.s < 10 || best!.s / letters < 0.02) return undefined;
  return { encoding: best!.encoding, text: best!.text };
}
