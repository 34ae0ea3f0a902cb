/**
 * docs/architecture.md's claims about the code, kept true by a test that reads src/:
 * - folders import one another only down the pipeline (runtime imports; `import type` is free),
 *   so the graph between folders has no cycle;
 * - the library is pure: `process` and `console` only in src/cli/, `node:fs` only in
 *   src/cli/node-io.ts;
 * - no dead export: every exported function, constant or class is used by another module (of
 *   src, the tests, the bench or the scripts). Unused locals and parameters are `npm run lint`'s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
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

