/** Golden files: compared byte for byte; UPDATE_GOLDEN=1 rewrites them (and removes those that should not exist). */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export function golden(dir: string, name: string, actual: string | undefined): void {
  const path = join(dir, name);
  if (process.env.UPDATE_GOLDEN) {
    if (actual === undefined) rmSync(path, { force: true });
    else writeFileSync(path, actual);
  }
  if (actual === undefined) {
    expect(existsSync(path), `${path} should not exist`).toBe(false);
    return;
  }
  expect(existsSync(path), `missing golden ${path}`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
