// The bench's parsing peer: markdown-it's block and inline parse of Markdown files (tokens only),
// one after the other in one process.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt();
for (const file of process.argv.slice(2)) {
  const tokens = md.parse(readFileSync(file, 'utf8'), {});
  if (tokens.length === 0) process.exitCode = 1;
}
