#!/usr/bin/env node
// Writes schema/amendment.schema.json and src/patch/schema.generated.ts (the fast validator's data)
// from the zod schema in src/patch/schema.ts (via dist/). `npm run schema` (which builds first;
// build again afterwards for dist/ to hold the new validator data); a test fails when either
// committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { jsonSchema, validatorSource } = await import(join(repo, 'dist/patch/schema.js'));
writeFileSync(join(repo, 'schema/amendment.schema.json'), `${JSON.stringify(jsonSchema(), null, 2)}\n`);
writeFileSync(join(repo, 'src/patch/schema.generated.ts'), validatorSource());
console.log('schema/amendment.schema.json and src/patch/schema.generated.ts written');
