/**
 * The exit code rule, in one place: 0 no errors (warnings allowed), 1 errors found (an error
 * diagnostic, a warning under --strict, or a result the command declares failed: a substantive
 * difference, a patch that does not reproduce the new version), 2 usage, configuration, I/O or
 * internal failure. A run's outcome gives 0 or 1 (`exitCodeOf`); 2 is always thrown (`fail`,
 * `IoError`, a usage error, anything unexpected) and main.ts turns it into its message.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ExitError, type ExitCode } from './io.js';

/** The exit codes, by meaning. */
export const EXIT = { ok: 0, errors: 1, failure: 2 } as const satisfies Record<string, ExitCode>;

export interface Verdict {
  diagnostics: readonly Diagnostic[];
  /** warnings count as errors (--strict) */
  strict?: boolean;
  /** failed for a reason other than a diagnostic */
  failed?: boolean;
}

/** Errors found: an error diagnostic, a warning under --strict, or `failed`. */
export function hasErrors(v: Verdict): boolean {
  return !!v.failed || v.diagnostics.some((d) => d.severity === 'error' || (!!v.strict && d.severity === 'warning'));
}

export function exitCodeOf(v: Verdict): ExitCode {
  return hasErrors(v) ? EXIT.errors : EXIT.ok;
}

/** Stop a run whose errors have been reported: exit 1. */
export function stopWithErrors(): never {
  throw new ExitError(EXIT.errors);
}

/** Stop a run whose usage, configuration or input failure has been reported: exit 2. */
export function stopWithFailure(): never {
  throw new ExitError(EXIT.failure);
}
