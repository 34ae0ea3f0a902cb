/**
 * Front matter on the fast YAML reader (issue 16): readFrontMatter reads the YAML with
 * src/util/fastyaml.ts and asks `yaml` only for what it declines. Whichever reads it, the
 * FrontMatter — meta, block, bodyStart, every diagnostic with its offsets, line, column and
 * message — is the same: `{ fastReader: false }` reads through `yaml` only, and is the reference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/document/frontmatter.js';
import { SourceText } from '../../src/text/source.js';
import { readPatchYaml } from '../../src/util/fastyaml.js';
import { filesUnder, REPO, SHARED } from '../helpers/paths.js';

/** Every Markdown file under a folder (node_modules, dist and dot-folders left out). */
const markdownFiles = (dir: string): string[] => filesUnder(dir, (name) => name.endsWith('.md'));

/** The YAML between the delimiters, as readFrontMatter cuts it (undefined without front matter). */
function yamlOf(text: string): string | undefined {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(from, from + 8));
  if (!open) return undefined;
  const start = from + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = start;
  const m = close.exec(text);
  return m ? text.slice(start, m.index) : undefined;
}

function both(path: string, text: string) {
  const source = new SourceText(path, text);
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { fast: readFrontMatter(source, from), slow: readFrontMatter(source, from, { fastReader: false }) };
}

/** Values of every kind a field may be given: right for some fields, wrong for others. */
const VALUES = [
  '22-QĐ/TW', '01-QC/TU', 'Quy định', '"Quy chế làm việc"', "'Ban Bí thư'", 'Ban Chấp hành Trung ương',
  '2021-07-28', '"2021-07-28"', '28/7/2021', 'ngày 28 tháng 7 năm 2021', '2021-13-45', 'hôm qua',
  'in-force', 'amended', 'superseded', 'repealed', 'draft', 'in force', 'Amended',
  'true', 'false', 'yes', 'True', '1', '42', '1.5', '0x1F', '~', 'null', '', '""',
  'party', 'state', 'Party',
  '[262-QĐ/TW]', '[215-KL/TW, 262-QĐ/TW]', '[]', '[ "Quy định 1" , \'Quy định 2\' ]', '[1, 2]', '[true]',
  '|\n  Dòng một.\n  Dòng hai.', '>-\n  Gấp\n  lại', '"tab\\there"', '"x" # chú thích', 'x # chú thích',
];
/** Values the fast reader declines: yaml reads them (or reports their error), as before. */
const ODD_VALUES = ['[a, [b]]', '[a, ]', '[a, {b: 1}]', '[a,\n  b]', '"unclosed', 'a: b', '\t2021', '&a x', '*a', '!!str 1', '{a: 1}', '[a] x'];
const FIELDS = ['number', 'type', 'title', 'issuer', 'date', 'effective', 'status', 'superseded_by', 'amended_by', 'history', 'excerpt', 'style', 'labels'];
const UNKNOWN = ['titel', 'amendedby', 'amended-by', 'statuss', 'Number', 'ghi_chu', 'xyz', '"quoted"', "'date'"];
const LABELS = [
  'labels:\n  decimal: Điểm\n  letter: Tiết',
  'labels:\n  decimal: Điểm',
  'labels:\n  paren: Tiết\n  # chú thích\n  letter: "Điểm"',
  'labels:\n  decimal: 1',
  'labels:\n  decimals: Điểm',
  'labels:\n  decimal: [Điểm]',
  'labels:\n  decimal: Điểm\n  decimal: Tiết',
  'labels:\n    decimal: Điểm\n  letter: Tiết',
  'labels: Điểm',
  'labels: [decimal]',
  'labels:',
  'labels:\n- decimal',
];

const lineArb = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}: ${v}`.replace(/ $/, '')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...ODD_VALUES)).map(([k, v]) => `${k}: ${v}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...UNKNOWN), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}: ${v}`.replace(/ $/, '')) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.constantFrom('# chú thích', '') },
  { weight: 1, arbitrary: fc.constantFrom('  # thụt vào', 'number: 1\nnumber: 2', '  indented: x', 'plain line', '- item', '---x') },
);

const frontMatterArb = fc
  .tuple(fc.array(lineArb, { minLength: 0, maxLength: 9 }), fc.boolean(), fc.boolean(), fc.constantFrom('---', '...', '--- '), fc.constantFrom('', 'Điều 1. Phạm vi\n', '# Chương I\n\n## Điều 1. x\n'))
  .map(([lines, crlf, bom, close, body]) => {
    const t = `---\n${lines.map((l) => `${l}\n`).join('')}${close}\n${body}`;
    return (bom ? '\uFEFF' : '') + (crlf ? t.replace(/\n/g, '\r\n') : t);
  });

describe('front matter on the fast reader', () => {
  it('gives the same FrontMatter as yaml does — meta, block, body start, every diagnostic — on generated front matter', () => {
    let fast = 0;
    let fastWithDiagnostics = 0;
    let fastWithFlow = 0;
    let slowWithDiagnostics = 0;
    fc.assert(
      fc.property(frontMatterArb, (text) => {
        const { fast: quick, slow } = both('vb.md', text);
        expect(quick).toEqual(slow);
        const yaml = yamlOf(text);
        if (yaml !== undefined && readPatchYaml(yaml)) {
          fast++;
          if (quick.diagnostics.length > 0) fastWithDiagnostics++;
          if (/: \[/.test(yaml)) fastWithFlow++;
        } else if (slow.diagnostics.length > 0) slowWithDiagnostics++;
      }),
      { numRuns: 1500 },
    );
    // the comparison covers both paths, and diagnostics made on the fast one (bad values, unknown
    // fields): when written, ≈ 530 of the 1,500 read fast, ≈ 420 of them with diagnostics, ≈ 160
    // with a flow list
    expect(fast).toBeGreaterThan(400);
    expect(fastWithDiagnostics).toBeGreaterThan(300);
    expect(fastWithFlow).toBeGreaterThan(100);
    expect(slowWithDiagnostics).toBeGreaterThan(150);
  });

  it('reads the front matter of every shipped regulation fast (flow lists of amended_by included), as yaml does', () => {
    const files = markdownFiles(join(REPO, 'regulations'));
    expect(files.length).toBe(13);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(readPatchYaml(yamlOf(text)!), file).toBeDefined();
      const { fast, slow } = both(file, text);
      expect(fast, file).toEqual(slow);
    }
    const { fast } = both('22-qd-tw.md', readFileSync(join(REPO, 'regulations/central/22-qd-tw.md'), 'utf8'));
    expect(fast.meta.amended_by).toEqual(['262-QĐ/TW']);
    expect(fast.meta.labels).toEqual({ decimal: 'Điểm', letter: 'Tiết' });
  });

  it('gives the same FrontMatter on every Markdown file of the repository and of ../shared', () => {
    const files = [...markdownFiles(REPO), ...markdownFiles(SHARED)];
    let withFrontMatter = 0;
    const declined: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const yaml = yamlOf(text);
      if (yaml !== undefined) withFrontMatter++;
      if (yaml !== undefined && !readPatchYaml(yaml)) declined.push(file);
      const { fast, slow } = both(file, text);
      expect(fast, file).toEqual(slow);
    }
    // when written: 161 of the 196 files have front matter, and the fast reader reads every one
    expect(withFrontMatter).toBeGreaterThan(150);
    expect(declined).toEqual([]);
  });

  it('points a bad value in a flow list and an unknown field at the same place either way', () => {
    const text = '---\nnumber: 1-QĐ/TW\namended_by: [1, "2-QĐ/TW"]\ntitel: x\nhistory: []\n---\n';
    const { fast, slow } = both('vb.md', text);
    expect(readPatchYaml(yamlOf(text)!)).toBeDefined();
    expect(fast).toEqual(slow);
    expect(fast.diagnostics.map((d) => [d.line, d.column, d.endColumn, d.message.id])).toEqual([
      [3, 13, 27, 'front-matter.bad-value'],
      [4, 1, 6, 'front-matter.unknown-field'],
    ]);
    expect(fast.meta.history).toEqual([]);
  });
});
