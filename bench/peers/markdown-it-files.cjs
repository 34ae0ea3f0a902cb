// A floor for `check`: markdown-it (its one-file CommonJS build, so that its loading is one file
// read and compiled) parsing the Markdown files given, tokens only: no front matter, no units,
// no citations, no patch.
const { readFileSync } = require('node:fs');
const MarkdownIt = require('markdown-it/dist/markdown-it.min.js');

const md = new MarkdownIt();
let tokens = 0;
for (const file of process.argv.slice(2)) tokens += md.parse(readFileSync(file, 'utf8'), {}).length;
if (tokens === 0) process.exitCode = 1;
