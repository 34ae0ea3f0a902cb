// The bench's parsing peer: markdown-it's block and inline parse of a Markdown file (tokens only).
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const tokens = new MarkdownIt().parse(readFileSync(process.argv[2], 'utf8'), {});
if (tokens.length === 0) process.exitCode = 1;
