/**
 * Every JSON output of the CLI validated against its JSON Schema in schema/ (the table in
 * src/cli/json.ts and docs/json-output.md): real outputs of each command, in-process, on the
 * fixture and shipped workspaces. The schemas are strict (no unknown field, enums for every
 * kind), so a field added to an output without its schema, or a kind the schema does not
 * list, fails here; the enums are also compared with the lists the code uses.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeFS } from '../../src/cli/node-io.js';
import { WITNESS_CLASSES } from '../../src/diff/classify.js';
import { UNIT_KINDS } from '../../src/document/model.js';
import { OPS } from '../../src/patch/constants.js';
import { Capture } from '../helpers/memory-io.js';
import { FIXTURES, REPO } from '../helpers/paths.js';

const SCHEMA_DIR = join(REPO, 'schema');
const ajv = new Ajv({ allErrors: true, strict: true });
const schemas: Record<string, Record<string, unknown>> = {};
for (const f of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json') && f !== 'amendment.schema.json')) {
  schemas[f] = JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as Record<string, unknown>;
  ajv.addSchema(schemas[f]!);
}
const validator = (file: string): ValidateFunction => ajv.getSchema(`https://quyche.invalid/schema/${file}`)!;

async function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; json: unknown }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { cwd, env: { SOURCE_DATE_EPOCH: '1767225600', ...env }, stdout, stderr, fs: nodeFS });
  expect(code, stderr.text).toBeLessThan(2);
  return { code, json: JSON.parse(stdout.text) as unknown };
}

const BASIC = join(FIXTURES, 'ws-basic');
const AMEND = join(FIXTURES, 'ws-amend');
const PATCH = 'amendments/sua-doi-qc-01-tu.yaml';
const MOVE = ['test/fixtures/diff/move/old.md', 'test/fixtures/diff/move/new.md'];
const SCRATCH = mkdtempSync(join(tmpdir(), 'quyche-json-'));
const RENUMBER = ['test/fixtures/diff/renumber/old.md', 'test/fixtures/diff/renumber/new.md'];

interface Case {
  name: string;
  schema: string;
  args: string[];
  cwd: string;
  code: number;
}

const CASES: Case[] = [
  { name: 'check, with errors', schema: 'check-report.schema.json', args: ['check', '-f', 'json'], cwd: AMEND, code: 1 },
  { name: 'check, the shipped workspace', schema: 'check-report.schema.json', args: ['check', '-f', 'json'], cwd: REPO, code: 0 },
  { name: 'amend, applied', schema: 'amend.schema.json', args: ['amend', 'amendments/ok.yaml', '-f', 'json'], cwd: AMEND, code: 0 },
  { name: 'amend, failing (text null, diagnostics)', schema: 'amend.schema.json', args: ['amend', 'amendments/bad.yaml', '-f', 'json'], cwd: AMEND, code: 1 },
  { name: 'amend, the shipped patch', schema: 'amend.schema.json', args: ['amend', PATCH, '-f', 'json'], cwd: REPO, code: 0 },
  { name: 'outline', schema: 'outline.schema.json', args: ['outline', '01-QC/TU', '-f', 'json'], cwd: BASIC, code: 0 },
  { name: 'outline, a central document by path', schema: 'outline.schema.json', args: ['outline', 'regulations/central/80-qd-tw.md', '-f', 'json'], cwd: BASIC, code: 0 },
  { name: 'show, one unit', schema: 'show.schema.json', args: ['show', '01-QC/TU', 'điểm a khoản 3 Điều 2', '-f', 'json'], cwd: BASIC, code: 0 },
  { name: 'show, several units (an array)', schema: 'show.schema.json', args: ['show', '01-QC/TU', 'Điều 1, Điều 2', '-f', 'json'], cwd: BASIC, code: 0 },
  { name: 'diff, a move', schema: 'diff.schema.json', args: ['diff', ...MOVE, '-f', 'json'], cwd: REPO, code: 0 },
  { name: 'diff, a renumbering', schema: 'diff.schema.json', args: ['diff', ...RENUMBER, '-f', 'json'], cwd: REPO, code: 0 },
  { name: 'diff --witness, a move (order: not of substance)', schema: 'witness.schema.json', args: ['diff', ...MOVE, '--witness', '-f', 'json'], cwd: REPO, code: 0 },
  { name: 'diff --witness, a renumbering', schema: 'witness.schema.json', args: ['diff', ...RENUMBER, '--witness', '-f', 'json'], cwd: REPO, code: 1 },
  { name: 'import, a gazette text', schema: 'import.schema.json', args: ['import', 'test/import/fixtures/gazette.txt', '-f', 'json'], cwd: REPO, code: 0 },
  { name: 'import with -o (no markdown field)', schema: 'import.schema.json', args: ['import', join(REPO, 'test/import/fixtures/gazette.txt'), '-f', 'json', '-o', 'luat.md'], cwd: SCRATCH, code: 0 },
  ...(['consolidated', 'redline', 'table', 'draft', 'report'] as const).map((kind) => ({
    name: `export ${kind}`,
    schema: 'export.schema.json',
    args: ['export', kind, kind === 'consolidated' ? '01-QC/TU' : PATCH, '-f', 'json', '--date', '2026-11-25'],
    cwd: REPO,
    code: 0,
  })),
];

describe('the JSON outputs match their schemas', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.schema})`, async () => {
      const r = await run(c.args, c.cwd);
      expect(r.code).toBe(c.code);
      const validate = validator(c.schema);
      expect(validate(r.json), ajv.errorsText(validate.errors)).toBe(true);
    });
  }

  it('the schemas are strict: an unknown field, a wrong type or a missing field is refused', async () => {
    const outline = (await run(['outline', '01-QC/TU', '-f', 'json'], BASIC)).json as { units: Array<Record<string, unknown>>; document: Record<string, unknown> };
    const validate = validator('outline.schema.json');
    const extra = structuredClone(outline);
    extra.units[0]!.surprise = 1;
    expect(validate(extra)).toBe(false);
    const retyped = structuredClone(outline);
    retyped.document.bom = 'no';
    expect(validate(retyped)).toBe(false);
    const missing = structuredClone(outline);
    delete missing.units[0]!.anchor;
    expect(validate(missing)).toBe(false);
    const amend = (await run(['amend', 'amendments/ok.yaml', '-f', 'json'], AMEND)).json as { documents: Array<{ changes: Array<Record<string, unknown>> }> };
    amend.documents[0]!.changes[0]!.op = 'rewrite';
    expect(validator('amend.schema.json')(amend)).toBe(false);
  });

  it('the enums of the schemas are the lists the code uses', () => {
    const defs = schemas['defs.schema.json']!.$defs as Record<string, { enum?: string[] }>;
    expect(defs.unitKind!.enum).toEqual([...UNIT_KINDS]);
    const amend = JSON.stringify(schemas['amend.schema.json']);
    expect(amend).toContain(JSON.stringify([...OPS]));
    const witness = schemas['witness.schema.json'] as { properties: { counts: { required: string[] } } };
    expect(witness.properties.counts.required).toEqual([...WITNESS_CLASSES]);
  });

  it('every schema file of an output is named in src/cli/json.ts and docs/json-output.md', () => {
    const table = readFileSync(join(REPO, 'src/cli/json.ts'), 'utf8');
    const doc = readFileSync(join(REPO, 'docs/json-output.md'), 'utf8');
    for (const f of Object.keys(schemas).filter((f) => f !== 'defs.schema.json')) {
      expect(table).toContain(`schema/${f}`);
      expect(doc).toContain(`schema/${f}`);
      expect(CASES.some((c) => c.schema === f), f).toBe(true);
    }
  });
});
