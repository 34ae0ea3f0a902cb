import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPatch, MAX_ALIASES } from '../../src/patch/load.js';
import { jsonSchema } from '../../src/patch/schema.js';
import { FIXTURES, REPO } from '../helpers/paths.js';

const ok = (changes: string) => `quyche: 1\nid: p\namends: 01-QC/TU\nchanges:\n${changes}`;

describe('patch loading', () => {
  it('loads a valid patch, NFC-normalising every string', () => {
    const p = loadPatch('p.yaml', ok(`  - op: delete_phrase\n    target: Khoản 3, Điều 1\n    find: "${'Trưởng Đoàn'.normalize('NFD')}"\n`));
    expect(p.diagnostics).toEqual([]);
    expect(p.patch?.changes[0]).toEqual({ op: 'delete_phrase', target: 'Khoản 3, Điều 1', find: 'Trưởng Đoàn' });
  });

  it('refuses duplicate keys with their place', () => {
    const p = loadPatch('p.yaml', 'quyche: 1\nid: a\nid: b\namends: x\nchanges: []\n');
    expect(p.patch).toBeUndefined();
    expect(p.diagnostics.map((d) => [d.code, d.line, d.column, d.message.id])).toEqual([['yaml-syntax', 3, 1, 'patch.yaml-duplicate-key']]);
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [n, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd']]) bomb.push(`${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    const p = loadPatch('p.yaml', `${bomb.join('\n')}\n`);
    expect(p.diagnostics.map((d) => [d.code, d.message.id, d.message.args?.max])).toEqual([['yaml-syntax', 'patch.alias-bomb', MAX_ALIASES]]);
  });

  it('allows a few honest aliases', () => {
    const p = loadPatch('p.yaml', ok(`  - op: repeal\n    target: &t Khoản 1, Điều 2\n    basis: &b\n      - cite: Điều 1, Quy định số 80-QĐ/TW\n  - op: repeal\n    target: Khoản 2, Điều 2\n    basis: *b\n`));
    expect(p.diagnostics).toEqual([]);
    expect(p.patch?.changes[1]?.basis).toEqual([{ cite: 'Điều 1, Quy định số 80-QĐ/TW' }]);
  });

  it('reports several YAML documents, tabs, an empty file, and a list instead of a map', () => {
    expect(loadPatch('p.yaml', 'a: 1\n---\nb: 2\n').diagnostics.map((d) => d.message.id)).toContain('patch.yaml-multiple');
    expect(loadPatch('p.yaml', 'a:\n\tb: 1\n').diagnostics[0]?.code).toBe('yaml-syntax');
    expect(loadPatch('p.yaml', '  \n').diagnostics.map((d) => d.message.id)).toEqual(['patch.empty']);
    expect(loadPatch('p.yaml', '- a\n- b\n').diagnostics.map((d) => [d.code, d.message.id])).toEqual([['schema', 'schema.not-a-map']]);
  });

  it('points schema problems at the field, with a "did you mean" for unknown fields', () => {
    const p = loadPatch('p.yaml', 'quyche: 2\nid: p\namend: x\nchanges:\n  - op: repeal\n    targt: Điều 1\n');
    expect(p.diagnostics.map((d) => [d.line, d.column, d.message.id, d.message.args?.field ?? '', d.hint?.args?.suggestion ?? ''])).toEqual([
      [1, 1, 'schema.missing', 'amends', ''],
      [1, 9, 'schema.invalid', 'quyche', ''],
      [3, 1, 'schema.unknown-field', 'amend', 'amends'],
      [5, 5, 'schema.missing', 'changes[1].target', ''],
      [6, 5, 'schema.unknown-field', 'targt', 'target'],
    ]);
  });
});

describe('JSON Schema', () => {
  it('is exactly what the zod schema generates (npm run schema)', () => {
    const shipped = JSON.parse(readFileSync(join(REPO, 'schema/amendment.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(jsonSchema())));
  });

  it('is draft-07 with Vietnamese descriptions on every field', () => {
    const s = jsonSchema() as { $schema: string; properties: Record<string, { description?: string }> };
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const [k, v] of Object.entries(s.properties)) expect(v.description, k).toMatch(/^[^—]*[^\x00-\x7f][^—]* — /u);
  });

  it('accepts and rejects the fixture patches as the loader does (ajv against zod)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(jsonSchema());
    const dir = join(FIXTURES, 'apply');
    let checked = 0;
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name, 'patch.yaml'), 'utf8');
      let data: unknown;
      try {
        data = parse(text, { uniqueKeys: true });
      } catch {
        continue; // YAML errors never reach a schema
      }
      const loaded = loadPatch('p.yaml', text);
      const zodOk = !loaded.diagnostics.some((d) => d.code === 'schema');
      // the loader also refuses a duplicate change id, which JSON Schema cannot express
      const dupIds = loaded.diagnostics.some((d) => d.message.id === 'schema.duplicate-id');
      expect(validate(data) || dupIds, name).toBe(zodOk || dupIds);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });
});
