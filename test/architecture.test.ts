/**
 * docs/architecture.md's claims about the code, kept true by a test that reads src/:
 * - folders import one another only down the pipeline (runtime imports; `import type` is free),
 *   so the graph between folders has no cycle;
 * - the library is pure: `process` and `console` only in src/cli/, `node:fs` only in
 *   src/cli/node-io.ts;
 * - no dead export: every exported function, constant or class is used by another module (of
 *   src, the tests, the bench or the scripts). Unused locals and parameters are `npm run lint`'s;
 * - every sentence a user reads is in the catalogue (src/i18n): no string literal outside it holds
 *   Vietnamese words, but in the grammar data allowed below, each with its reason;
 * - the parser never throws (and keeps its input), whatever the text;
 * - the module map of docs/architecture.md lists every folder and file of src/ and nothing else,
 *   and each folder's opening file (its index.ts, or the first file the map lists) opens with a
 *   comment saying what the folder is for.
 */
import { fc, test as propTest } from '@fast-check/vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../src/document/parse.js';
import { REPO } from './helpers/paths.js';

const SRC = join(REPO, 'src');

/** Lowest first: a folder may import from the folders before it, never after. */
export const LAYERS = ['util', 'markdown', 'text', 'diagnostics', 'document', 'i18n', 'citation', 'patch', 'workspace', 'apply', 'check', 'import', 'render', 'report', 'export', 'diff', '.', 'cli'];

function files(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (f !== 'fixtures' && f !== 'node_modules') files(p, out);
    } else if (/\.(?:ts|mjs)$/u.test(p)) out.push(p);
  }
  return out;
}

const folderOf = (p: string): string => {
  const parts = relative(SRC, p).split('/');
  return parts.length === 1 ? '.' : parts[0]!;
};

/** The source without comments (so that a comment naming `process.exit` is not code). */
function code(s: string): string {
  return s.replace(/\/\*[^]*?\*\//gu, '').replace(/(^|[^:'"`\\])\/\/.*$/gmu, '$1');
}

const SOURCES = files(SRC).filter((p) => p.endsWith('.ts')).map((path) => ({ path, folder: folderOf(path), text: readFileSync(path, 'utf8') }));

describe('architecture', () => {
  it('every folder of src/ has its place in the pipeline', () => {
    expect([...new Set(SOURCES.map((s) => s.folder))].filter((f) => !LAYERS.includes(f))).toEqual([]);
  });

  it('imports between folders run only down the pipeline (no cycle)', () => {
    const upward: string[] = [];
    for (const s of SOURCES) {
      for (const m of code(s.text).matchAll(/\b(?:import|export)(?!\s+type\b)[^'";]*?\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/gu)) {
        const target = join(dirname(s.path), (m[1] ?? m[2])!);
        const to = folderOf(target);
        if (to !== s.folder && LAYERS.indexOf(to) > LAYERS.indexOf(s.folder)) upward.push(`${relative(SRC, s.path)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the library is pure: process and console only in src/cli, node:fs only in src/cli/node-io.ts', () => {
    const impure = SOURCES.filter((s) => s.folder !== 'cli' && /\b(?:process|console)\s*\./u.test(code(s.text))).map((s) => relative(SRC, s.path));
    expect(impure).toEqual([]);
    const fs = SOURCES.filter((s) => /from\s+'node:fs(?:\/promises)?'|require\('(?:node:)?fs'\)/u.test(s.text)).map((s) => relative(SRC, s.path));
    expect(fs).toEqual(['cli/node-io.ts']);
  });

  it('no dead export: every exported function, constant or class is used outside its module', () => {
    const others = [...files(join(REPO, 'test')), ...files(join(REPO, 'bench')), ...files(join(REPO, 'scripts'))];
    const texts = new Map<string, string>([...SOURCES.map((x) => [x.path, x.text] as const), ...others.map((p) => [p, readFileSync(p, 'utf8')] as const)]);
    const dead: string[] = [];
    for (const src of SOURCES) {
      for (const m of src.text.matchAll(/^export (?:async )?(?:function\*?|const|let|class|enum) (\w+)/gmu)) {
        const word = new RegExp(`\\b${m[1]}\\b`, 'u');
        if (![...texts].some(([p, t]) => p !== src.path && word.test(t))) dead.push(`${relative(SRC, src.path)}: ${m[1]}`);
      }
    }
    expect(dead).toEqual([]);
  });
});


/** A Vietnamese letter: đ and the vowels with a diacritic (what English text never holds). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/**
 * Grammar data: the files whose Vietnamese literals are words quyche recognises or composes
 * around citations, not sentences for a reader (docs/architecture.md, "Rules of each layer").
 */
const GRAMMAR: Record<string, string> = {
  'document/kinds.ts': 'the names of the unit kinds (Tiểu mục, gạch đầu dòng, phần mở đầu)',
  'document/labels.ts': 'the label grammar (patterns of printed labels)',
  'citation/parse.ts': 'the citation grammar: document types and issuers recognised in a citation',
  'citation/format.ts': 'citations written in Party or state style: level names and connectives',
  'check/basis.ts': 'the issuers a basis may name (Bộ Chính trị, Ban Bí thư …), recognised in citations',
  'import/header.ts': 'the document types and issuers of a gazette header, recognised on import',
  'import/amendment/compile.ts': 'the grammar of amending formulas (the compiler)',
  'import/amendment/grammar.ts': 'the grammar of amending formulas (the compiler)',
  'import/amendment/locators.ts': 'the grammar of the places an amending formula names',
  'export/formulas.ts': 'the amending formulas (Nghị định 30/2020), composed around citations and read back by import/amendment/grammar.ts',
  'export/footnotes.ts': 'the footnote formulas of a consolidated text (VBHN 22/VBHN-VPQH), composed around citations',
  'text/legacy.ts': 'the legacy code pages (TCVN3, VNI) as character tables',
  'workspace/scaffold.ts': 'the files quyche init writes, one set per language',
};
/** Literals allowed anywhere: markers quyche writes into a regulation and recognises there. */
const MARKERS = new Set(['(được bãi bỏ)']);

/** The string literals (and template literal parts) of a file that hold Vietnamese words, with their lines. */
function vietnameseLiterals(path: string, text: string): Array<{ line: number; text: string }> {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: Array<{ line: number; text: string }> = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      const key = ts.isPropertyAssignment(n.parent) && n.parent.name === n; // a table's key is data
      const spec = ts.isImportDeclaration(n.parent) || ts.isExportDeclaration(n.parent);
      if (!key && !spec && VIETNAMESE.test(n.text)) out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, text: n.text });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('docs/architecture.md’s claims', () => {
  it('every sentence a user reads is in the catalogue: no Vietnamese sentence in a string literal outside src/i18n but grammar data', () => {
    const found: string[] = [];
    for (const s of SOURCES) {
      const rel = relative(SRC, s.path);
      if (s.folder === 'i18n' || rel in GRAMMAR) continue;
      // a single word (" của ", "Điều ") is glue of a composed citation; two or more words are a sentence or a phrase
      for (const l of vietnameseLiterals(s.path, s.text)) if (/\s/u.test(l.text.trim()) && !MARKERS.has(l.text)) found.push(`${rel}:${l.line}: ${JSON.stringify(l.text)}`);
    }
    expect(found).toEqual([]);
  });

  it('the allow-list of grammar data stays small and true: every file in it exists and holds Vietnamese words', () => {
    for (const rel of Object.keys(GRAMMAR)) {
      const path = join(SRC, rel);
      expect(existsSync(path), rel).toBe(true);
      expect(vietnameseLiterals(path, readFileSync(path, 'utf8')).length, rel).toBeGreaterThan(0);
    }
  });

  it('the scan sees a sentence where there is one (so that the test above can fail)', () => {
    const literals = vietnameseLiterals('x.ts', "const a = { 'quy chế': 'QC' };\nconst b = `Điều ${n}. Hiệu lực thi hành`;\nconst c = ' của ';\n");
    expect(literals).toEqual([
      { line: 2, text: 'Điều ' },
      { line: 2, text: '. Hiệu lực thi hành' },
      { line: 3, text: ' của ' },
    ]);
  });

  /** Markdown-shaped text: labels, headings, quotes, lists, fences, front matter, CRLF, NFD, invisibles. */
  const piece = fc.constantFrom(
    '### Điều 1. Tên', 'Điều 2.', 'Chương I', 'CHƯƠNG II', 'Mục 1', 'Phần thứ nhất', '1. Khoản.', '2.', '1.1. Điểm', 'a) điểm', 'đ)', '- gạch', '* sao',
    '> trích', '```', '~~~', '<div>', '| a | b |', '|---|---|', '“mở', 'đóng”', '"', '---', 'number: 01-QC/TU', 'excerpt: true', '[^1]', '[^1]: chú thích',
    '**đậm', '_nghiêng_', '\\', '&amp;', '\t', '    mã', '', ' ', '\r', '\u200b', '\ufeff', 'Khoa\u0300n 3', 'Điều\u00a05.', '[…]',
  );
  const markdownish = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).chain((parts) =>
    fc.array(fc.constantFrom('\n', '\r\n', ' ', '\n\n'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
  );
  propTest.prop([markdownish], { numRuns: 300 })('the parser never throws and keeps its input as it is (the fuzz suite runs 10,000 more)', (text) => {
    const doc = parseRegulation('x.md', text);
    expect(doc.source.text).toBe(text);
  });

  /** The module map of docs/architecture.md: folder (relative to src/, '' for src/ itself) → files, in the map's order. */
  function moduleMap(): Map<string, string[]> {
    const doc = readFileSync(join(REPO, 'docs/architecture.md'), 'utf8');
    const block = doc.split('\n## Module map\n')[1]!.split('```')[1]!;
    const map = new Map<string, string[]>();
    let folder: string | undefined;
    let parent = '';
    for (const raw of block.split('\n')) {
      if (/^\S/u.test(raw) && raw.trim() !== 'src/') {
        if (folder !== undefined) break; // test/, regulations/ …: outside src
        continue;
      }
      const line = raw.replace(/\([^()]*\)/gu, ' ');
      const tokens = line.trim().split(/\s+/u).filter(Boolean);
      if (tokens.length === 0) continue;
      const indent = /^ */u.exec(raw)![0].length;
      let files = tokens;
      if (tokens[0]!.endsWith('/') && !tokens[0]!.includes('*')) {
        const name = tokens[0]!.slice(0, -1);
        if (indent <= 2) parent = name;
        folder = indent <= 2 ? name : `${parent}/${name}`;
        files = tokens.slice(1);
      } else if (indent <= 2) {
        folder = '';
        parent = '';
      }
      const list = map.get(folder!) ?? [];
      for (const f of files) if (/\.ts$/u.test(f)) list.push(f);
      map.set(folder!, list);
    }
    return map;
  }

  it('the module map lists every folder and file of src/ and nothing that does not exist', () => {
    const listed = new Set<string>();
    for (const [folder, names] of moduleMap()) {
      for (const name of names) {
        const path = folder ? `${folder}/${name}` : name;
        if (name.includes('*')) {
          const dir = join(SRC, dirname(path));
          for (const f of readdirSync(dir)) if (f.endsWith('.ts')) listed.add(relative(SRC, join(dir, f)));
        } else listed.add(path);
      }
    }
    const actual = SOURCES.map((s) => relative(SRC, s.path)).sort();
    expect([...listed].filter((p) => !actual.includes(p)).sort(), 'in the map, not in src/').toEqual([]);
    expect(actual.filter((p) => !listed.has(p)), 'in src/, not in the map').toEqual([]);
  });

  it('each folder’s opening file (index.ts, or the first the map lists) opens with a comment saying what the folder is for', () => {
    const map = moduleMap();
    const folders = [...new Set(SOURCES.map((s) => dirname(relative(SRC, s.path))))].filter((f) => f !== '.');
    const bare: string[] = [];
    for (const folder of folders) {
      const first = existsSync(join(SRC, folder, 'index.ts')) ? 'index.ts' : map.get(folder)?.find((f) => !f.includes('*')) ?? readdirSync(join(SRC, folder)).sort().find((f) => f.endsWith('.ts'));
      const text = readFileSync(join(SRC, folder, first!), 'utf8');
      const comment = /^\/\*\*([^]*?)\*\//u.exec(text)?.[1]?.replace(/^\s*\*\s?/gmu, ' ').trim() ?? '';
      if (comment.split(/\s+/u).length < 5) bare.push(`${folder}/${first}`);
    }
    expect(bare).toEqual([]);
  });
});
