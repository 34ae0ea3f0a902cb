import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error the bench's generator is plain JavaScript
import { generateRegulation, structuralChanges } from '../../bench/generate.mjs';
import { readPatchYaml, type PatchYaml } from '../../src/util/fastyaml.js';
import { loadPatch } from '../../src/patch/load.js';
import { filesUnder, REPO, SHARED } from '../helpers/paths.js';
import { documentArb } from './yaml-gen.js';
import { compare, oracle, pathsOf } from './yaml-oracle.js';

/** Every .yaml / .yml file under a folder (node_modules, dist and dot-folders left out). */
const yamlFiles = (dir: string): string[] => filesUnder(dir, (name) => /\.ya?ml$/.test(name));

/** The bench's patch (bench/run.mjs and .scratch/mkws.mjs write it the same way): 2,184 changes. */
function benchPatch(): string {
  const text: string = generateRegulation(5 * 1024 * 1024);
  const units = (text.match(/^\s*(?:#+ |\d+\.|\d+\.\d+\.|[a-zđ]\)|- )/gm) ?? []).length;
  const arts = (text.match(/^#+ Điều \d+/gm) ?? []).length;
  const n = Math.min(Math.round(units * 0.05), 6 * arts);
  return stringify({ quyche: 1, id: 'bench', amends: '99-QC/TU', changes: structuralChanges(arts, n) });
}

/** The property: the fast reader declines, or gives exactly yaml's data and ranges. */
function holds(read: (text: string) => PatchYaml | undefined, numRuns: number, seed?: number) {
  let taken = 0;
  let flows = 0;
  const result = fc.check(
    fc.property(documentArb, (text) => {
      const fast = read(text);
      if (fast) taken++;
      if (fast && /: *\[/.test(text)) flows++;
      const difference = compare(text, fast);
      if (difference) throw new Error(difference);
    }),
    { numRuns, ...(seed !== undefined ? { seed } : {}) },
  );
  return { result, taken, flows };
}

describe('the fast patch reader against yaml', () => {
  it('gives yaml’s data and every node’s and key’s range, or declines (generated and mutated documents)', () => {
    const { result, taken, flows } = holds(readPatchYaml, 3000);
    expect(result.failed ? `${String(result.errorInstance)}\n${JSON.stringify(result.counterexample?.[0])}` : '').toBe('');
    // the generator makes documents the reader reads, not only ones it declines (≈ 340 of 3,000,
    // ≈ 80 of them with a flow sequence read)
    expect(taken).toBeGreaterThan(280);
    expect(flows).toBeGreaterThan(40);
  });

  it('reads the shipped patch and the bench’s 2,184-change patch, exactly as yaml does', () => {
    for (const text of [readFileSync(join(REPO, 'amendments/sua-doi-qc-01-tu.yaml'), 'utf8'), benchPatch()]) {
      const fast = readPatchYaml(text);
      expect(fast).toBeDefined();
      expect(compare(text, fast)).toBeUndefined();
      expect(pathsOf(text).nodes.length).toBeGreaterThan(100);
    }
  });

  it('reads every YAML file of the repository and of ../shared that yaml reads without error, or declines, never differing', () => {
    const files = [...yamlFiles(REPO), ...yamlFiles(SHARED)];
    let fast = 0;
    let clean = 0;
    const declined: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const read = readPatchYaml(text);
      expect(compare(text, read), file).toBeUndefined();
      if (oracle(text).errors.length === 0) clean++;
      if (read) fast++;
      else declined.push(file.slice(REPO.length + 1));
    }
    // when written: 64 files in the repository (none in ../shared), 63 without a YAML error, all 63 read fast
    expect(files.length).toBeGreaterThan(50);
    expect(fast).toBe(clean);
    expect(declined).toEqual(['test/fixtures/apply/err-yaml/patch.yaml']);
  });

  it('declines what is outside the subset', () => {
    const outside = [
      'a:\n\tb: 1\n', // tab
      'a: &x 1\nb: *x\n', // anchor, alias
      'a: !str 1\n', // tag
      '%YAML 1.2\n---\na: 1\n', // directive, marker
      'a: 1\n---\nb: 2\n', // two documents
      'a: [1, [2]]\n', // nested flow sequence
      'a: [1, {b: 2}]\n', // flow mapping in a flow sequence
      'a: [b: 1]\n', // a pair in a flow sequence
      'a: [1,\n  2]\n', // multi-line flow sequence
      'a: [1, 2,]\n', // trailing comma
      'a: [1, , 2]\n', // empty item
      'a: [1 # c\n  ]\n', // comment inside
      'a: [1]x\n', // text after the sequence
      'a: [1]#c\n', // a comment without a space
      'a: [b#c]\n', // `#` in a plain item
      'a: [b:c]\n', // `:` in a plain item
      'a: [- b]\n', // a block indicator in a flow sequence
      'a: ["b" c]\n', // text after a quoted item
      'a:\n  [1, 2]\n', // a flow sequence on the line after its key
      '- [1, 2]\n', // a flow sequence as an item
      'a:\n  - [1, 2]\n', // a flow sequence as an item
      'a: {b: 1}\n', // flow mapping
      '? a\n: 1\n', // explicit key
      'a: b\n  c\n', // multi-line plain
      'a: "b\n  c"\n', // multi-line double-quoted
      "a: 'b\n  c'\n", // multi-line single-quoted
      'a: 1\na: 2\n', // duplicate key
      '"a": 1\na: 2\n', // duplicate key, quoted
      '1: x\n', // a number as a key
      '<<: x\n', // merge key
      '__proto__: x\n', // prototype
      'a: |2\n   x\n', // indentation indicator
      'a: |\n\nb: 1\n', // empty block scalar
      'a: >\n  x\n    more\n', // more-indented line in a folded scalar
      'a:\n  - - x\n', // nested compact sequence
      'a: "x"y\n', // text after a quoted scalar
      'a: b: c\n', // compact nested mapping
      'a: 1\r b: 2\n', // lone CR
      '- a\n- b\n', // a list
      '', // empty
      '# only a comment\n',
      'a:\n  b: 1\n    # deeper comment\nc: 2\n', // a comment that joins the node before
      '  a: 1\n', // indented root
      `${'k'.repeat(1100)}: 1\n`, // a key over 1,024 characters
    ];
    for (const text of outside) expect(readPatchYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const fast = readPatchYaml(s);
        expect(compare(s, fast)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
    expect(readPatchYaml(`a:\n${'  '.repeat(3000)}b: 1\n`)).toBeDefined();
  });
});

describe('loadPatch on the fast reader', () => {

  it('gives the same patch, diagnostics and offsets as yaml does, on every patch of the repository', () => {
    const files = yamlFiles(REPO).filter((f) => /amendments|patch\.yaml/.test(f));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const quick = loadPatch(file, text);
      const slow = loadPatch(file, text, { fastReader: false });
      expect(quick.patch, file).toEqual(slow.patch);
      expect(quick.diagnostics, file).toEqual(slow.diagnostics);
      for (const [p] of pathsOf(text).nodes) {
        expect(quick.at(p)).toEqual(slow.at(p));
        expect(quick.at([...p, 'missing', 0])).toEqual(slow.at([...p, 'missing', 0]));
        expect(quick.keyAt(p)).toEqual(slow.keyAt(p));
      }
    }
  });

  it('gives the same diagnostics as yaml does on generated patches with schema errors', () => {
    const field = fc.constantFrom('target: Khoản 1, Điều 2', 'targt: x', 'find: ""', 'occurrence: 0', 'occurrence: "2"', 'expect_count: -1', 'id: 1', 'id: "1"', 'op: repeal', 'op: delet', 'text: |\n      1. Mới.', 'basis:\n      - cite: x', 'basis:', 'basis: []', 'after: x', 'before: y', 'mode: remove', 'effective: 2023-13-45');
    const change = fc.array(field, { minLength: 0, maxLength: 5 }).map((fs) => (fs.length ? `  - ${fs.join('\n    ')}\n` : '  -\n'));
    const patch = fc.tuple(fc.constantFrom('quyche: 1', 'quyche: 2', 'quyche: x', ''), fc.constantFrom('id: p', ''), fc.constantFrom('amends: 01-QC/TU', 'amend: x', ''), fc.array(change, { minLength: 0, maxLength: 4 })).map(([q, id, amends, changes]) => `${[q, id, amends].filter(Boolean).join('\n')}\nchanges:${changes.length ? `\n${changes.join('')}` : '\n'}`);
    let fast = 0;
    fc.assert(
      fc.property(patch, (text) => {
        if (readPatchYaml(text)) fast++;
        const quick = loadPatch('p.yaml', text);
        const slow = loadPatch('p.yaml', text, { fastReader: false });
        expect(quick.diagnostics).toEqual(slow.diagnostics);
        expect(quick.patch).toEqual(slow.patch);
      }),
      { numRuns: 300 },
    );
    expect(fast).toBeGreaterThan(150); // most of them are read fast (a flow `[]` is not)
  });
});

describe('the property catches a wrong reader', () => {
  const source = readFileSync(join(REPO, 'src/util/fastyaml.ts'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'quyche-fastyaml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const mutants: Array<[string, string, string]> = [
    ['strip chomping kept the final line break', "if (chomp === 0) value += '\\n';", "if (chomp !== 2) value += '\\n';"],
    ['keep chomping lost a line break', "value += '\\n'.repeat(blanks + 1);", "value += '\\n'.repeat(blanks);"],
    ['a plain scalar’s range one too long', 'r0: p, r1: end, r2: nexts[line]! };', 'r0: p, r1: end + 1, r2: nexts[line]! };'],
    ['a quoted scalar’s range without its line break', 'r0: p, r1: q, r2: nexts[line]! };', 'r0: p, r1: q, r2: ends[line]! };'],
    ['“True” read as false', "return s[0] === 't' || s[0] === 'T';", "return s[0] === 't';"],
    ['octal read as decimal', 'return parseInt(s.substring(2), 8);', 'return parseInt(s.substring(2), 10);'],
    ['deeper comments accepted', 'if (deepest > ind) bail();', ''],
    ['folded lines joined without a space', "sep = ' ';", "sep = '';"],
    ['duplicate keys accepted', 'if (node.keys.includes(k)) bail();', ''],
    ['flow item’s range one too long', 'r0: i, r1: last, r2: last };', 'r0: i, r1: last + 1, r2: last };'],
    ['quoted flow item’s range one too short', 'item = { kind: 0, v: quoted, r0: i, r1: q, r2: q };', 'item = { kind: 0, v: quoted, r0: i, r1: q - 1, r2: q };'],
    ['flow sequence’s range without its `]`', 'r0: p, r1: i, r2: nexts[line]!, items };', 'r0: p, r1: i - 1, r2: nexts[line]!, items };'],
    ['`:` accepted in a plain flow item', 'd === 0x7d || d === COLON || d === HASH', 'd === 0x7d || d === HASH'],
    ['`#` accepted in a plain flow item', 'd === 0x7d || d === COLON || d === HASH', 'd === 0x7d || d === COLON'],
  ];
  it.each(mutants)('fails for a reader whose %s', async (_name, from, to) => {
    expect(source.split(from).length, from).toBe(2); // the mutation applies once
    const file = join(dir, `m${mutants.findIndex((m) => m[1] === from)}.ts`);
    writeFileSync(file, source.replace(from, to));
    const mutant = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { readPatchYaml: typeof readPatchYaml };
    const { result } = holds(mutant.readPatchYaml, 3000, 42);
    expect(result.failed).toBe(true);
  });
});
