/**
 * micromark's events for a Markdown text: the tokens remark-parse builds its tree from, each with
 * exact start and end offsets. GFM constructs are switched on where the text can hold them, so a
 * text without them pays nothing for their tokenizers.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Event, Extension } from 'micromark-util-types';

/** The GFM extensions a text needs (footnotes, tables; strikethrough only for inline reading). */
export function extensionsFor(text: string, inline = false): Extension[] {
  const ext: Extension[] = [];
  if (text.includes('[^')) ext.push(gfmFootnote());
  if (text.includes('|')) ext.push(gfmTable());
  if (inline && text.includes('~')) ext.push(gfmStrikethrough());
  return ext;
}

export function markdownEvents(text: string, extensions?: Extension[], inline = false): Event[] {
  const ext = extensions ?? extensionsFor(text, inline);
  return postprocess(parse({ extensions: ext }).document().write(preprocess()(text, undefined, true)));
}
