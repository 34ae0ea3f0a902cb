/** Where this installation of quyche is, as posix paths (the library's paths are posix). */
import { dirname, posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path of the operating system as a posix path (a no-op on posix systems). */
function toPosix(path: string): string {
  return sep === posix.sep ? path : path.split(sep).join(posix.sep);
}

/** This installation's folder (the one holding package.json). */
export const INSTALL_DIR = toPosix(dirname(fileURLToPath(new URL('../../package.json', import.meta.url))));
/** The shipped JSON Schema of patches. */
export const SCHEMA_FILE = posix.join(INSTALL_DIR, 'schema/amendment.schema.json');
/** This installation's executable. */
export const BIN_FILE = posix.join(INSTALL_DIR, 'bin/quyche.js');
