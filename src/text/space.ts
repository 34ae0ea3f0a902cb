/**
 * White space as JavaScript's `\s` reads it (WhiteSpace and LineTerminator of ECMA-262: tab,
 * vertical tab, form feed, space, no-break space, BOM, the Zs category, LF, CR, U+2028, U+2029),
 * one code unit at a time, without a regular expression: the hot loops of the parse and the
 * diff trim trailing blanks per line and per unit. test/text/space.test.ts holds it to `/\s/`
 * on every code unit.
 */

/** Is code unit `c` matched by `/\s/`? */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The end of text[from, end) with its trailing `\s` characters left out (never before `from`):
 *  `text.slice(from, end).replace(/\s+$/, '')` is `text.slice(from, trimEndAt(text, from, end))`. */
export function trimEndAt(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}
