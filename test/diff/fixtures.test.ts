/**
 * Moves and renumbering, against git's word diff on the same pair: git marks the moved clause's
 * every word as deleted in one place and inserted in another, and every shifted article label as
 * changed; quyche reports one move, and one insertion with one renumbering.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../src/apply/run.js';
import { parseRegulation } from '../../src/document/parse.js';
import { diffDocuments } from '../../src/diff/compare.js';
import { proposeFrom } from '../../src/diff/propose.js';
import { formatDiff } from '../../src/diff/render.js';
import { loadPatch } from '../../src/patch/load.js';
import { golden } from '../helpers/golden.js';
import { FIXTURES } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'diff');
const HAS_GIT = spawnSync('git', ['--version']).status === 0;

function load(name: string) {
  const oldPath = join(DIR, name, 'old.md');
  const newPath = join(DIR, name, 'new.md');
  const a = parseRegulation('old.md', readFileSync(oldPath, 'utf8'));
  const b = parseRegulation('new.md', readFileSync(newPath, 'utf8'));
  return { a, b, oldPath, newPath, d: diffDocuments(a, b) };
}

/** git diff --no-index --word-diff=porcelain: the words it marks deleted and inserted. */
function gitWords(oldPath: string, newPath: string): { deleted: string; inserted: string; marks: number } {
  const r = spawnSync('git', ['diff', '--no-index', '--word-diff=porcelain', oldPath, newPath], { encoding: 'utf8' });
  expect(r.status).toBe(1); // the files differ
  const lines = r.stdout.split('\n').filter((l) => !l.startsWith('---') && !l.startsWith('+++'));
  const deleted = lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)).join(' ');
  const inserted = lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)).join(' ');
  return { deleted, inserted, marks: lines.filter((l) => l.startsWith('-') || l.startsWith('+')).length };
}

const plain = new Chalk({ level: 0 });

describe('a moved clause', () => {
  const { a, d, oldPath, newPath } = load('move');
  it('is one move, from Khoản 3, Điều 3 to Khoản 4, Điều 6, and nothing else', () => {
    expect(d.findings.map((f) => [f.kind, f.old?.citation, f.new?.citation])).toEqual([['move', 'Khoản 3, Điều 3', 'Khoản 4, Điều 6']]);
    golden(join(DIR, 'move'), 'expected.txt', formatDiff(d, { chalk: plain, lang: 'vi' }));
  });
  it.skipIf(!HAS_GIT)('git word diff shows the whole clause deleted and inserted', () => {
    const moved = a.byAnchor.get('dieu-3.khoan-3')!;
    const words = a.source.text.slice(moved.labelEnd, moved.end).trim();
    const git = gitWords(oldPath, newPath);
    expect(git.deleted).toContain(words);
    expect(git.inserted).toContain(words);
  });
  it('its proposed patch is one move with the new label, and it reproduces the new version', () => {
    const p = proposeFrom(d);
    expect(p.changes.map((c) => c.op)).toEqual(['move']);
    expect(p.changes[0]).toMatchObject({ target: 'Khoản 3, Điều 3', after: 'Khoản 3, Điều 6', label: '4' });
    const run = applyPatches([loadPatch('p.yaml', p.yaml)], { find: () => a });
    expect(run.ok).toBe(true);
    expect(run.documents[0]!.result.source.text).toBe(readFileSync(newPath, 'utf8'));
  });
});

describe('an article inserted before others, which are renumbered', () => {
  const { d, oldPath, newPath } = load('renumber');
  it('is one insertion and one renumbering (Điều 3–8 thành Điều 4–9)', () => {
    expect(d.findings.map((f) => [f.kind, f.old?.citation ?? null, f.new?.citation])).toEqual([
      ['insert', null, 'Điều 3'],
      ['renumber', 'Điều 3', 'Điều 4'],
    ]);
    expect(d.findings[1]!.run!.new.map((r) => r.number)).toEqual(['4', '5', '6', '7', '8', '9']);
    const out = formatDiff(d, { chalk: plain, lang: 'vi' });
    expect(out).toContain('[đánh số lại · Điều 3–8 thành Điều 4–9]');
    golden(join(DIR, 'renumber'), 'expected.txt', out);
  });
  it.skipIf(!HAS_GIT)('git word diff marks every shifted label as changed', () => {
    const git = gitWords(oldPath, newPath);
    for (let n = 4; n <= 8; n++) expect(git.inserted).toContain(`${n}.`);
    expect(git.marks).toBeGreaterThanOrEqual(12);
  });
  it('renumbering in place cannot be proposed as a patch, and says so', () => {
    const p = proposeFrom(d);
    expect(p.renumbered).toEqual(['Điều 3', 'Điều 4', 'Điều 5', 'Điều 6', 'Điều 7', 'Điều 8']);
  });
});

describe('a heading inside a list item', () => {
  it('is diffed as the unit it is: the article `- ## Điều 2.` renamed, the khoản `1. # …` changed, no `#` shown as text', () => {
    const { d } = load('item-heading');
    expect(d.findings.map((f) => [f.kind, f.old?.citation, f.new?.citation])).toEqual([
      ['modify', 'Điều 2', 'Điều 2'],
      ['modify', 'Khoản 1, Điều 3', 'Khoản 1, Điều 3'],
    ]);
    const out = formatDiff(d, { chalk: plain, lang: 'vi' });
    expect(out).not.toContain('#');
    golden(join(DIR, 'item-heading'), 'expected.txt', out);
  });
});
