/**
 * scripts/ascii.mjs (issue 16, start-up): the bundle's non-ASCII characters escaped so that
 * bin/quyche.js can read it as a one-byte string. What is proven here: an escaped regular
 * expression literal matches exactly as the original does (with and without the u and v flags,
 * case-insensitive, in classes and ranges, identity escapes, characters outside the BMP, and a
 * RegExp built from its source), an escaped String.raw template is the same string, nothing else
 * is touched (strings, other templates, comments: reported, so the bundle stays UTF-8), and the
 * regular expressions of the real bundle find the same matches in the shipped documents.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fc, test as fcTest } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';

interface Pass {
  escapeRegExpLiteral(literal: string): string;
  asciiRegExps(code: string): { code: string; ascii: boolean; left: number[]; changes: Array<{ kind: 'regexp' | 'raw'; from: string; to: string }> };
}
let pass: Pass;
beforeAll(async () => {
  pass = (await import(pathToFileURL(resolve(REPO, 'scripts/ascii.mjs')).href)) as Pass;
});

const evaluate = <T>(expr: string): T => new Function(`return (${expr});`)() as T;
const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

/** Every match of `re` in `s` (index, text, groups), `re` cloned so that its lastIndex is not shared. */
function matches(re: RegExp, s: string): Array<[number, string[], Record<string, string> | undefined]> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...s.matchAll(g)].map((m) => [m.index!, [...m].map((x) => x ?? '∅'), m.groups ? { ...m.groups } : undefined]);
}

const LITERALS = [
  '/đ/g',
  '/[đĐ]/gu',
  '/[à-ỹ]+/',
  '/[à-ỹ]+/u',
  '/[à-ỹ]+/iu',
  '/ĐIỀU|Điều/i',
  '/^(?:điểm|khoản)\\s+(\\d+[a-zđ]?)$/iu',
  '/(?<tên>[ăâđêôơưạ]+)/u',
  '/\\é\\đ/', // identity escapes (allowed without u): the character itself
  '/\\\\é/', // an escaped backslash, then é
  '/[\\é-\\ỹ]/',
  '/😀+/', // without u: the + repeats the trail surrogate
  '/😀+/u', // with u: the whole character
  '/[😀𠀀]/u',
  '/[😀𠀀]/',
  '/[\\p{L}--[a-zđ]]/v',
  '/[“"«„]+/',
  '/(?<![\\p{L}])“.+?”/u',
  '/[^ạ]/',
  '/[^ạ]/u',
  '/./su',
];

const validUnicode = (source: string): boolean => {
  try {
    return new RegExp(source, 'u') instanceof RegExp;
  } catch {
    return false;
  }
};

const ALPHABET = ['a', 'A', 'z', 'đ', 'Đ', 'ê', 'ạ', 'Ạ', 'ỹ', 'à', 'é', 'É', '\u0301', 'e', ' ', '\\', '“', '”', '"', '«', '😀', '𠀀', '\ud83d', '\ude00', '1', '\n', 'ĐIỀU', 'điều', 'khoản 2đ'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((a) => a.join(''));

describe('regular expression literals', () => {
  it('are escaped to ASCII, and only their non-ASCII characters change', () => {
    for (const lit of LITERALS) {
      const out = pass.escapeRegExpLiteral(lit);
      expect(isAscii(out), out).toBe(true);
    }
    expect(pass.escapeRegExpLiteral('/\\é/')).toBe('/\\u00e9/');
    expect(pass.escapeRegExpLiteral('/\\\\é/')).toBe('/\\\\\\u00e9/');
    expect(pass.escapeRegExpLiteral('/😀/u')).toBe('/\\ud83d\\ude00/u');
  });

  fcTest.prop([text], { numRuns: 300 })('match exactly as the originals do, and so does a RegExp built from the escaped source', (s) => {
    for (const lit of LITERALS) {
      const original = evaluate<RegExp>(lit);
      const escaped = evaluate<RegExp>(pass.escapeRegExpLiteral(lit));
      expect(escaped.flags).toBe(original.flags);
      expect(matches(escaped, s), `${lit} on ${JSON.stringify(s)}`).toEqual(matches(original, s));
      // code that builds a RegExp from another's source (with other flags too) reads the same characters
      expect(matches(new RegExp(escaped.source, escaped.flags), s)).toEqual(matches(original, s));
      if (!original.unicode && !original.flags.includes('v') && validUnicode(original.source)) {
        expect(matches(new RegExp(escaped.source, 'u'), s.normalize('NFC'))).toEqual(matches(new RegExp(original.source, 'u'), s.normalize('NFC')));
      }
    }
  });
});

describe('the pass over a script', () => {
  it('finds regular expressions where the grammar puts them, not divisions', () => {
    const code = 'let a=4/2/1,b=x=>/đ/.test(x)?1:/[ạ]/u.exec(x),c=(/ê/g),d=[/ơ/],e=typeof/ư/;function f(){return/Đ/i}';
    const r = pass.asciiRegExps(code);
    expect(r.ascii).toBe(true);
    expect(r.changes.map((c) => c.from)).toEqual(['/đ/', '/[ạ]/u', '/ê/g', '/ơ/', '/ư/', '/Đ/i']);
    expect(r.code).toBe('let a=4/2/1,b=x=>/\\u0111/.test(x)?1:/[\\u1ea1]/u.exec(x),c=(/\\u00ea/g),d=[/\\u01a1/],e=typeof/\\u01b0/;function f(){return/\\u0110/i}');
  });

  it('String.raw templates give the same string, backslashes, substitutions and astral characters included', () => {
    const cases = ['String.raw`(?:điểm|khoản)\\s+`', 'String.raw`\\ụ`', 'String.raw`\\\\ụ`', 'String.raw`\\\\\\ụ${1}ạ\\${2}`', 'String.raw`$ụ${"x"}ư`', 'String.raw`😀\\😀`', 'String.raw`a${String.raw`đ`}b`'];
    for (const c of cases) {
      const r = pass.asciiRegExps(`x=${c};`);
      expect(r.ascii, c).toBe(true);
      expect(evaluate<string>(r.code.slice(2, -1)), c).toBe(evaluate<string>(c));
    }
  });

  it('leaves everything else as it is, and says the result is not ASCII', () => {
    for (const code of ['x="đ"', 'x=`đ`', 'x=tag`đ`', '// đ\nx=1', 'x=/*đ*/1', 'let đ=1']) {
      const r = pass.asciiRegExps(code);
      expect(r.ascii, code).toBe(false);
      expect(r.code).toBe(code);
      expect(r.left.length).toBeGreaterThan(0);
    }
    // a String of its own: String.raw may not be the global, so no template is rewritten
    const shadowed = pass.asciiRegExps('function f(String){return String.raw`đ`}x=/đ/');
    expect(shadowed.ascii).toBe(false);
    expect(shadowed.code).toBe('function f(String){return String.raw`đ`}x=/đ/');
  });
});

describe('the built bundle (npm run build)', () => {
  const bundle = join(REPO, 'dist/bundle/quyche.cjs');

  it('is ASCII, says so on its last line, and bin/quyche.js reads it as such', async () => {
    const bytes = readFileSync(bundle);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(bytes.toString('latin1').trimEnd().split('\n').pop()).toMatch(/^\/\/# quyche-code-cache=quyche\.[0-9a-f]{16} ascii$/);
    const { createRequire } = await import('node:module');
    const bin = createRequire(import.meta.url)(resolve(REPO, 'bin/quyche.js')) as { compileBundle(mode?: string): { ascii: boolean } | undefined };
    expect(bin.compileBundle('off')!.ascii).toBe(true);
  });

  it("every regular expression the pass rewrote in it finds the same matches in the shipped workspace's documents", async () => {
    // the bundle as esbuild writes it, before the pass, is rebuilt from dist/ here
    const esbuild = await import('esbuild');
    const built = await esbuild.build({
      entryPoints: [join(REPO, 'dist/cli/bin.js')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minify: true,
      write: false,
      logLevel: 'silent',
      define: { 'import.meta.url': '__quyche_url' },
      supported: { 'dynamic-import': false },
    });
    const r = pass.asciiRegExps(built.outputFiles[0]!.text);
    expect(r.ascii, `non-ASCII left at ${r.left.join(', ')}`).toBe(true);
    const regexps = r.changes.filter((c) => c.kind === 'regexp');
    expect(regexps.length).toBeGreaterThan(50);
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const docs = [...files(join(REPO, 'regulations')), ...files(join(REPO, 'amendments'))].map((f) => readFileSync(f, 'utf8'));
    const lines = docs.flatMap((d) => d.split('\n')).filter((l) => l.trim());
    for (const c of regexps) {
      const original = evaluate<RegExp>(c.from);
      const escaped = evaluate<RegExp>(c.to);
      for (const d of docs) expect(matches(escaped, d), c.from).toEqual(matches(original, d));
      // the anchored ones (^…$) on every line, too
      if (c.from.includes('^')) for (const l of lines) expect(escaped.test(l), `${c.from} on ${l}`).toBe(original.test(l));
    }
  });
});
