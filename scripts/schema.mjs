#!/usr/bin/env node
// Writes schema/amendment.schema.json from the zod schema in src/patch/schema.ts (via dist/).
// `npm run schema`; a test fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { jsonSchema } = await import(join(repo, 'dist/patch/schema.js'));
writeFileSync(join(repo, 'schema/amendment.schema.json'), `${JSON.stringify(jsonSchema(), null, 2)}\n`);
console.log('schema/amendment.schema.json written');
