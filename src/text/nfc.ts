/**
 * Is a range of text NFC as it stands, by a char-code test instead of ICU? The parse normalises
 * every line's content and every label (String.prototype.normalize is a call into ICU and a copy,
 * ≈ a fifth of the parse); nearly all of a Vietnamese text is made of characters that NFC leaves
 * alone whatever surrounds them: below U+0300 (ASCII, Latin-1, Latin Extended-A and -B: ă đ ơ ư
 * and the vowels with one mark, all canonical class 0, none a singleton or excluded composition),
 * the precomposed Vietnamese letters U+1EA0–U+1EF9 (Latin Extended Additional: ạ ả ấ … ỹ, all
 * compositions, class 0), and the quotes, dashes and ellipsis of General Punctuation that have
 * no decomposition (U+2010–U+2027 but for none: U+2000–U+200A, which NFC changes, are not in it).
 * A text made only of these is its own NFC, so the normalisation can be skipped; any other
 * character (a combining mark, a CJK compatibility ideograph, U+2000 …) sends the text to
 * `normalize` as before. test/text/nfc.test.ts checks every character of the set against ICU,
 * alone and after each combining-capable character.
 */

/** Does NFC leave code unit `c` alone, and with it whatever precedes it? */
export function isNfcInert(c: number): boolean {
  return c < 0x300 || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x2010 && c <= 0x2027);
}

/** Is text[from, to) made only of characters NFC leaves alone (so that it is its own NFC)? */
export function isNfcInertRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isNfcInert(text.charCodeAt(i))) return false;
  return true;
}

/** `s.normalize('NFC')`, without ICU when every character is inert. */
export function nfc(s: string): string {
  return isNfcInertRange(s, 0, s.length) ? s : s.normalize('NFC');
}
