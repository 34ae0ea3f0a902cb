/**
 * micromark's events for a Markdown text: the tokens remark-parse builds its tree from, each with
 * exact start and end offsets. GFM constructs are switched on where the text can hold them, so a
 * text without them pays nothing for their tokenizers. A parser (its combined constructs) is made
 * once per set of extensions and reused, its per-document state (definitions, lazy lines) reset:
 * combining the constructs costs more than tokenising a short text.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Event, Extension, ParseContext } from 'micromark-util-types';

const EXTENSIONS: Record<string, () => Extension> = { f: gfmFootnote, t: gfmTable, s: () => gfmStrikethrough() };
const parsers = new Map<string, ParseContext>();

/** Which GFM extensions a text needs: footnotes, tables; strikethrough only for inline reading. */
function extensionKey(text: string, inline: boolean): string {
  return `${text.includes('[^') ? 'f' : ''}${text.includes('|') ? 't' : ''}${inline && text.includes('~') ? 's' : ''}`;
}

function parserFor(key: string): ParseContext {
  let p = parsers.get(key);
  if (!p) {
    p = parse({ extensions: [...key].map((k) => EXTENSIONS[k]!()) });
    parsers.set(key, p);
  }
  p.defined = [];
  p.lazy = {};
  return p;
}

export function markdownEvents(text: string, inline = false): Event[] {
  return postprocess(parserFor(extensionKey(text, inline)).document().write(preprocess()(text, undefined, true)));
}
