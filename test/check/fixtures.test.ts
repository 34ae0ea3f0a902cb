/**
 * `quyche check` on fixture workspaces (test/fixtures/check/<case>/: regulations/, amendments/),
 * one per cross-check; expected.diagnostics is the golden list (UPDATE_GOLDEN=1 rewrites it).
 * The documents there are fictional (numbers in the 900s), made for these tests.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, workspaceOrder } from '../../src/check/run.js';
import { nodeFS } from '../../src/cli/node-io.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadPatch } from '../../src/patch/load.js';
import { loadWorkspace } from '../../src/workspace/workspace.js';
import { FIXTURES } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'check');

export async function checkCase(dir: string) {
  const ws = await loadWorkspace(dir, nodeFS);
  const files = readdirSync(join(dir, 'amendments')).filter((f) => f.endsWith('.yaml'));
  const patches = workspaceOrder(files.map((f) => loadPatch(join(dir, 'amendments', f), readFileSync(join(dir, 'amendments', f), 'utf8'))));
  return runCheck(ws, patches);
}

export function lines(ds: readonly Diagnostic[], dir: string): string {
  return ds
    .map((d) => {
      const file = d.file.startsWith(`${dir}/`) ? d.file.slice(dir.length + 1) : d.file;
      const head = `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.id} ${JSON.stringify(d.message.args ?? {})}${d.change !== undefined ? ` [${d.change}]` : ''}`;
      return d.hint ? `${head}\n    hint ${d.hint.id} ${JSON.stringify(d.hint.args ?? {})}` : head;
    })
    .join('\n');
}

describe('check: fixture workspaces', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, async () => {
      const dir = join(DIR, name);
      const result = await checkCase(dir);
      const actual = `${lines(result.diagnostics, dir)}\n`;
      const golden = join(dir, 'expected.diagnostics');
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
      expect(existsSync(golden)).toBe(true);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
