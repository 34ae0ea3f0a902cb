/**
 * HTML writer: one self-contained file — inline CSS, no script, no font, no image, and a Content
 * Security Policy that forbids every request — laid out for A4 print in Times New Roman (Liberation
 * Serif where Times is absent: same metrics), revisions as `<ins>` / `<del>`, moved units marked as
 * moves, a table of contents of links to the changed units, footnotes with links both ways.
 */
import { isRun, type ExportDoc, type Inline, type Paragraph, type Table, type Toc } from '../doc.js';
import { wording } from '../../i18n/messages.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(content: readonly Inline[]): string {
  return content
    .map((x) => {
      if (!isRun(x)) return `<sup class="fnref"><a href="#fn-${x.note}" id="fnref-${x.note}">${x.note}</a></sup>`;
      let h = esc(x.text);
      if (x.bold) h = `<strong>${h}</strong>`;
      if (x.italic) h = `<em>${h}</em>`;
      if (x.strike) h = `<s>${h}</s>`;
      if (x.rev === 'ins') h = `<ins>${h}</ins>`;
      if (x.rev === 'del') h = `<del>${h}</del>`;
      return h;
    })
    .join('');
}

function paragraph(p: Paragraph): string {
  const runs = p.content.filter(isRun).filter((r) => r.text.trim());
  const whole = runs.length > 0 && runs.every((r) => r.rev === runs[0]!.rev) ? runs[0]!.rev : undefined;
  const classes = [p.style, whole ? `rev-${whole}` : '', p.move ? `move move-${p.move.dir}` : ''].filter(Boolean).join(' ');
  const id = p.id ? ` id="${esc(p.id)}"` : '';
  const tag = p.style === 'title' ? 'h1' : p.style === 'subtitle' ? 'p' : p.style === 'heading' ? 'h2' : 'p';
  const move = p.move ? ` <span class="move-note">${wording(p.move.dir === 'from' ? 'wording.moved-to' : 'wording.moved-from', { place: esc(p.move.counterpart) })}</span>` : '';
  return `<${tag} class="${classes}"${id}>${inline(p.content)}${move}</${tag}>`;
}

function table(t: Table): string {
  if (t.layout === 'frame') {
    const cols = t.columns.map((c) => `<col style="width:${c.width}%">`).join('');
    const cells = t.rows.map((r) => `<tr>${r.map((cell) => `<td>${cell.map(paragraph).join('')}</td>`).join('')}</tr>`).join('\n');
    return `<table class="frame">\n<colgroup>${cols}</colgroup>\n<tbody>\n${cells}\n</tbody>\n</table>`;
  }
  const cols = t.columns.map((c) => `<col style="width:${c.width}%">`).join('');
  const head = t.columns.map((c) => `<th scope="col">${esc(c.title)}</th>`).join('');
  const rows = t.rows.map((r) => `<tr>${r.map((cell) => `<td>${cell.map(paragraph).join('')}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<colgroup>${cols}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function toc(t: Toc): string {
  if (t.entries.length === 0) return '';
  const items = t.entries.map((e) => `<li><a href="#${esc(e.id)}">${esc(e.text)}</a></li>`).join('\n');
  return `<nav class="toc" aria-label="${esc(t.title)}">\n<h2>${esc(t.title)}</h2>\n<ol>\n${items}\n</ol>\n</nav>`;
}

function css(landscape: boolean): string {
  return `@page { size: A4${landscape ? ' landscape' : ''}; margin: 20mm 15mm 20mm 30mm; }
html { background: #fff; }
body { font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: 14pt; line-height: 1.35; color: #000; margin: 0 auto; max-width: ${landscape ? '267mm' : '165mm'}; padding: 10mm 0; }
p { margin: 0 0 6pt; text-align: justify; }
h1.title { font-size: 14pt; text-align: center; margin: 0 0 6pt; }
h2 { font-size: 14pt; margin: 12pt 0 6pt; }
.subtitle, .division { text-align: center; font-weight: bold; }
.article { font-weight: bold; margin-top: 6pt; }
.quote { text-indent: 1cm; }
.meta { text-align: center; }
ins { text-decoration: underline; color: #0a5c2a; background: #e6f4ea; }
del { text-decoration: line-through; color: #a50e0e; background: #fce8e6; }
.move { border-left: 3pt solid #6a3d9a; padding-left: 4pt; }
.move-note { font-style: italic; color: #6a3d9a; font-size: 12pt; }
nav.toc { border: 1px solid #999; padding: 4pt 10pt; margin: 10pt 0; font-size: 12pt; }
nav.toc ol { margin: 0; padding-left: 18pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 12pt; }
table.frame, table.frame td { border: none; } table.frame td { vertical-align: top; padding: 0 4pt; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
th { text-align: center; }
td p { text-align: left; margin: 0 0 4pt; }
section.footnotes { font-size: 12pt; margin-top: 18pt; border-top: 1px solid #000; }
section.footnotes ol { padding-left: 18pt; }
sup.fnref a { text-decoration: none; }
@media print {
  body { max-width: none; padding: 0; }
  nav.toc { break-after: page; }
  ins, del { background: none; }
  tr { break-inside: avoid; }
}`;
}

export function toHtml(doc: ExportDoc): string {
  const body: string[] = [];
  for (const b of doc.blocks) body.push(b.t === 'p' ? paragraph(b) : b.t === 'table' ? table(b) : toc(b));
  if (doc.notes.length > 0) {
    const items = doc.notes.map((n) => `<li id="fn-${n.id}">${inline(n.content)} <a href="#fnref-${n.id}" class="back" aria-label="↩">↩</a></li>`).join('\n');
    body.push(`<section class="footnotes">\n<ol>\n${items}\n</ol>\n</section>`);
  }
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quyche">
<title>${esc(doc.title)}</title>
<style>
${css(!!doc.landscape)}
</style>
</head>
<body>
<main>
${body.filter(Boolean).join('\n')}
</main>
</body>
</html>
`;
}
