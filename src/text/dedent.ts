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
