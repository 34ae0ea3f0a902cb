/** Hints shared by matchers: the passage closest to a quote that does not match. */
import type { Message } from './diagnostic.js';
import { closestPassage, plainDiff, wordDiff } from '../text/worddiff.js';

/** The closest passage of `hay` to `needle`, with a word diff, as a hint. */
export function closestHint(needle: string, hay: string): Message | undefined {
  const r = closestPassage(needle, hay);
  if (!r) return undefined;
  const passage = hay.slice(r[0], r[1]);
  const diff = wordDiff(needle, passage);
  return { id: 'apply.closest', args: { passage: clip(passage), diff: diff ? clip(plainDiff(diff), 400) : '' } };
}

function clip(s: string, max = 240): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
