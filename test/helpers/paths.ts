/** Where the repository and the shared material are. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** Every file under a folder whose name `wanted` accepts (node_modules, dist and dot-folders left out); [] when there is no folder. */
export function filesUnder(dir: string, wanted: (name: string) => boolean): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, wanted));
    else if (wanted(name)) out.push(p);
  }
  return out;
}
