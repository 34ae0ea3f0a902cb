import { withoutHeadingMarkers } from './markup.js';

/** Remove the indentation the lines of a Markdown slice share (the first line's included). */
export function dedent(text: string): string {
  const lines = text.split('\n');
  let min = Infinity;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const m = /^[ \t]*/.exec(l)![0].length;
    if (m < min) min = m;
  }
  if (!Number.isFinite(min) || min === 0) return text;
  return lines.map((l) => (l.trim() === '' ? l.replace(/^[ \t]+/, '') : l.slice(min))).join('\n');
}

/**
 * A slice of Markdown as the terminal shows it (the redline, `diff`): LF line breaks, the
 * indentation its non-blank lines share removed (a blank line keeps what it has past that), and
 * the `#` heading markers left out (`- ## Tên` shows as `- Tên`).
 */
export function forDisplay(s: string): string {
  const lines = s.replace(/\r\n/g, '\n').split('\n');
  let min = Infinity;
  for (const l of lines) if (l.trim() !== '') min = Math.min(min, /^[ \t]*/.exec(l)![0].length);
  const cut = Number.isFinite(min) ? min : 0;
  return lines.map((l) => withoutHeadingMarkers(l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)))).join('\n');
}
