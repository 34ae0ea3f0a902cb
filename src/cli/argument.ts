/** A command-line argument as a place for diagnostics ("<argv>", line 1). */
import type { Place } from '../citation/diagnose.js';
import { SourceText } from '../text/source.js';

export function diagnoseArgument(text: string): Place {
  return { source: new SourceText('<argv>', text), start: 0, end: text.length };
}
