/**
 * The fast patch validator (src/patch/validate.ts) against zod, the source of truth: on valid
 * patches and on mutated ones (a field dropped, added, misspelt, or given a value of another
 * type, an empty string, a non-date, an unreal date, a non-integer, a negative, NaN, Infinity …)
 * it accepts exactly what zod accepts, and gives the same data (same keys, same order). Its data
 * is what the zod schema generates (`npm run schema`), and a valid patch never loads zod.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPS, ONE_OF } from '../../src/patch/constants.js';
import { FIELDS, PATCH_SCHEMA } from '../../src/patch/schema.generated.js';
import { fieldsOf, schemas, validatorSource } from '../../src/patch/schema.js';
import { validate } from '../../src/patch/validate.js';
import { REPO } from '../helpers/paths.js';

const text = fc.oneof(fc.constantFrom('Khoản 1, Điều 2', 'điểm a khoản 2 Điều 5', 'dieu-1.khoan-3', 'x', 'Ủy ban'), fc.string({ maxLength: 6 }));
const nonEmpty = text.filter((s) => s.length > 0);
const date = fc.constantFrom('2024-02-29', '2026-01-01', '2025-12-31');
const common = {
  id: fc.oneof(nonEmpty, fc.integer({ min: -5, max: 50 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  basis: fc.array(fc.record({ cite: nonEmpty, quote: nonEmpty }, { requiredKeys: ['cite'] }), { maxLength: 2 }),
  reason: text,
  effective: date,
  source: nonEmpty,
  effective_part: fc.record({ date, scope: nonEmpty, source: nonEmpty }),
  expect: nonEmpty,
};
const targets = fc.oneof(nonEmpty, fc.array(nonEmpty, { minLength: 1, maxLength: 3 }));
const scope = { target: targets, occurrence: fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constantFrom('first', 'last', 'all')), expect_count: fc.integer({ min: 0, max: 9 }) };
const anchor = { after: nonEmpty, before: nonEmpty, into: nonEmpty };
const change = fc.oneof(
  fc.record({ op: fc.constant('replace'), target: nonEmpty, text: nonEmpty, ...common }, { requiredKeys: ['op', 'target', 'text'] }),
  fc.record({ op: fc.constant('replace_heading'), target: nonEmpty, heading: nonEmpty, ...common }, { requiredKeys: ['op', 'target', 'heading'] }),
  fc.record({ op: fc.constant('insert'), ...anchor, text: nonEmpty, ...common }, { requiredKeys: ['op', 'text'] }),
  fc.record({ op: fc.constant('repeal'), target: targets, mode: fc.constantFrom('placeholder', 'remove'), ...common }, { requiredKeys: ['op', 'target'] }),
  fc.record({ op: fc.constant('replace_phrase'), find: nonEmpty, with: text, ...scope, ...common }, { requiredKeys: ['op', 'find', 'with'] }),
  fc.record({ op: fc.constant('delete_phrase'), find: nonEmpty, ...scope, ...common }, { requiredKeys: ['op', 'find'] }),
  fc.record({ op: fc.constant('insert_phrase'), text: nonEmpty, after: nonEmpty, before: nonEmpty, ...scope, ...common }, { requiredKeys: ['op', 'text'] }),
  fc.record({ op: fc.constant('move'), target: nonEmpty, ...anchor, label: nonEmpty, ...common }, { requiredKeys: ['op', 'target'] }),
);
const patch = fc.record(
  {
    quyche: fc.constant(1),
    id: nonEmpty,
    title: text,
    amends: nonEmpty,
    number: text,
    type: text,
    issuer: text,
    date,
    effective: date,
    changes: fc.array(change, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['quyche', 'id', 'amends', 'changes'] },
);

/** Values a YAML document can give a field (never undefined). */
const anyValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1, 1.5, 2 ** 53, -(2 ** 53), Number.NaN, Infinity, -Infinity, '', ' ', 'x', '2025-02-30', '2025-13-45', '2024-2-1', '2026-01-01', 'first', 'all', 'placeholder', 'remove', 'replace', [], [''], ['x'], {}, { cite: 'x' }, { cite: '' }, { date: '2026-01-01', scope: 'x', source: 'y' }, { date: '2026-02-30', scope: 'x', source: 'y' }),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 3 }),
);
const fieldNames = [...new Set([...Object.values(FIELDS).flat(), 'targt', 'amend', '__proto__', 'constructor', 'toString'])];

type Json = Record<string, unknown> | unknown[];
/** A copy of `x` with one change somewhere, led by `path` choices. */
function mutate(x: unknown, choices: number[], kind: number, value: unknown, field: string): unknown {
  if (x === null || typeof x !== 'object') return value;
  const copy: Json = Array.isArray(x) ? [...x] : { ...(x as Record<string, unknown>) };
  const keys = Array.isArray(copy) ? copy.map((_, i) => i) : Object.keys(copy);
  const c = choices[0];
  if (c === undefined || keys.length === 0 || c % 4 === 0) {
    // mutate here
    if (Array.isArray(copy)) {
      if (kind === 0) copy.length = 0;
      else if (kind === 1) copy.push(value);
      else copy[0] = value;
    } else if (kind === 0 && keys.length) delete copy[keys[(c ?? 0) % keys.length] as string];
    else if (kind === 1) Object.defineProperty(copy, field, { value, enumerable: true, writable: true, configurable: true });
    else if (keys.length) (copy as Record<string, unknown>)[keys[(c ?? 0) % keys.length] as string] = value;
    return copy;
  }
  const k = keys[c % keys.length]!;
  (copy as Record<string | number, unknown>)[k] = mutate((copy as Record<string | number, unknown>)[k], choices.slice(1), kind, value, field);
  return copy;
}

function agree(data: unknown): void {
  const z = schemas().patchSchema.safeParse(data);
  const fast = validate(PATCH_SCHEMA, data);
  expect(!!fast, JSON.stringify(z.success ? 'zod accepts' : z.error.issues[0])).toBe(z.success);
  if (fast && z.success) expect(JSON.stringify(fast.data)).toBe(JSON.stringify(z.data));
}

describe('the fast validator', () => {
  it('accepts every valid patch as zod does, with the same data', () => {
    fc.assert(fc.property(patch, (p) => agree(p)), { numRuns: 500 });
  });

  it('accepts and refuses mutated patches exactly as zod does', () => {
    fc.assert(
      fc.property(patch, fc.array(fc.nat(), { maxLength: 5 }), fc.nat(2), anyValue, fc.constantFrom(...fieldNames), (p, choices, kind, value, field) => {
        agree(mutate(p, choices, kind, value, field));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not a patch at all', () => {
    for (const v of [null, 1, 'x', [], {}, { quyche: 1 }, { quyche: 2, id: 'a', amends: 'b', changes: [{ op: 'repeal', target: 'x' }] }]) agree(v);
  });

  it('its data is what the zod schema generates (npm run schema), and names every op and field', () => {
    expect(readFileSync(join(REPO, 'src/patch/schema.generated.ts'), 'utf8')).toBe(validatorSource());
    expect(FIELDS).toEqual(fieldsOf());
    const ops = schemas().change.options.map((o) => o.shape.op.value);
    expect(ops).toEqual([...OPS]);
    for (const [op, fields] of Object.entries(ONE_OF)) for (const f of fields!) expect(FIELDS[op as keyof typeof FIELDS]).toContain(f);
  });

  it('a valid patch is loaded without zod; an invalid one loads it for its messages', () => {
    const probe = (text: string): string => {
      const code = `import { loadPatch } from './dist/patch/load.js'; import { createRequire } from 'node:module';
        const p = loadPatch('p.yaml', ${JSON.stringify(text)});
        const zod = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/zod/'));
        console.log(JSON.stringify({ ok: !!p.patch, zod }));`;
      const r = spawnSync('node', ['--input-type=module', '-e', code], { cwd: REPO, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.trim();
    };
    const shipped = readFileSync(join(REPO, 'amendments/sua-doi-qc-01-tu.yaml'), 'utf8');
    expect(probe(shipped)).toBe('{"ok":true,"zod":false}');
    expect(probe(shipped.replace(/^quyche: 1$/m, 'quyche: 2'))).toBe('{"ok":false,"zod":true}');
  });
});
