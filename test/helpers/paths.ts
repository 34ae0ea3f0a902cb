/** Where the repository and the shared material are. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.QUYCHE_SHARED ?? resolve(REPO, '../shared');
export const TEXTS = resolve(SHARED, 'texts');
export const HAS_SHARED = existsSync(TEXTS);
export const FIXTURES = resolve(REPO, 'test/fixtures');

if (!HAS_SHARED) {
  // eslint-disable-next-line no-console
  console.warn(`[quyche tests] ${TEXTS} not found: tests on real texts are SKIPPED (set QUYCHE_SHARED or place ../shared beside the clone)`);
}
