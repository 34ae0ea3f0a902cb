/** Hints shared by matchers: the passage closest to a quote that does not match. */
import type { MessageOf } from '../i18n/messages.js';
import type { Haystack } from '../text/haystack.js';
import { sourceRange } from '../text/mapped.js';
import { matchKey } from '../text/normalize.js';
import { closestPassage, plainDiff, wordDiff, type DiffPart } from '../text/worddiff.js';

/**
 * The closest passage of `hay` to `needle`, with a word diff, as a hint. The search and the diff
 * run on matching keys (so a difference of normalisation alone is never shown as a difference);
 * both the passage and the diff are displayed as written: the passage from the source, the
 * deleted words from the needle.
 */
export function closestHint(needle: string, h: Haystack): MessageOf<'apply.closest'> | undefined {
  const nk = matchKey(needle);
  const r = closestPassage(nk.text, h.text);
  if (!r) return undefined;
  const passage = h.original(r[0], r[1]);
  const diff = wordDiff(nk.text, h.text.slice(r[0], r[1]));
  const shown = diff ? asWritten(diff, needle, nk, h, r[0]) : undefined;
  return { id: 'apply.closest', args: { passage: clip(passage), diff: shown ? clip(plainDiff(shown), 400) : '' } };
}

/** Map a diff of keys back to the texts as written. */
function asWritten(parts: DiffPart[], needle: string, nk: ReturnType<typeof matchKey>, h: Haystack, base: number): DiffPart[] {
  let i = 0; // offset in the needle's key
  let j = 0; // offset in the passage's key
  const out: DiffPart[] = [];
  for (const p of parts) {
    const n = p.text.length;
    let text: string;
    if (p.kind === 'del') {
      const [s, e] = sourceRange(nk, i, i + n);
      text = needle.slice(s, e).replace(/\s+/g, ' ').normalize('NFC');
      i += n;
    } else {
      text = h.original(base + j, base + j + n);
      j += n;
      if (p.kind === 'equal') i += n;
    }
    // keep the spaces at the part's edges, which the source range may not include
    if (/^\s/.test(p.text) && !/^\s/.test(text)) text = ` ${text}`;
    if (/\s$/.test(p.text) && !/\s$/.test(text)) text = `${text} `;
    out.push({ kind: p.kind, text });
  }
  return out;
}

function clip(s: string, max = 240): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
