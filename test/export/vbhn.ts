/**
 * Comparing a consolidated export with an official consolidation (văn bản hợp nhất), footnote by
 * footnote: each footnote of a Markdown text is placed by the unit it stands in (its anchor) and
 * the unit's own words up to its mark (label included, footnote marks and Markdown syntax out,
 * whitespace folded), so that "9.[^1] Mức …" and the gazette's "9.7 Mức …" (imported as
 * "9. [^7] Mức …") are the same place, and "… cơ quan bảo hiểm xã hội[^3] và …" marks the same
 * phrase. The official text is read from the gazette copy's footnote areas by `quyche import`
 * (src/import/footnotes.ts).
 *
 * Reused by the Luật 51/2024 end-to-end comparison: pass it every unit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegulationDocument, Unit } from '../../src/document/model.js';
import { parseRegulation } from '../../src/document/parse.js';
import { importDocument } from '../../src/import/index.js';
import { TEXTS } from '../helpers/paths.js';

export { TEXTS };

export interface PlacedNote {
  /** the anchor of the deepest unit holding the mark ('' outside every unit) */
  anchor: string;
  /** the unit's words from its label up to the mark */
  before: string;
  /** the footnote's text, whitespace folded */
  text: string;
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

function deepest(units: readonly Unit[], at: number): Unit | undefined {
  for (const u of units) if (u.start <= at && at <= u.end) return deepest(u.children, at) ?? u;
  return undefined;
}

/** The footnotes of a Markdown text (`[^n]` calls, `[^n]: …` definitions), each placed in its unit. */
export function placedNotes(markdown: string, doc: RegulationDocument = parseRegulation('x.md', markdown)): PlacedNote[] {
  const text = doc.source.text;
  const defs = new Map<string, string>();
  let firstDef = text.length;
  for (const m of text.matchAll(/^\[\^([^\]]+)\]:[ \t]*(.*)$/gmu)) {
    defs.set(m[1]!, fold(m[2]!));
    firstDef = Math.min(firstDef, m.index);
  }
  const out: PlacedNote[] = [];
  for (const m of text.slice(0, firstDef).matchAll(/\[\^([^\]]+)\](?!:)/gu)) {
    const u = deepest(doc.units, m.index);
    const from = u && u.kind !== 'intro' ? u.labelStart : (u?.start ?? 0);
    const before = fold(text.slice(from, m.index).replace(/\[\^[^\]]+\]/gu, '').replace(/(?<=\s|^)#{1,6}\s/gu, '').replace(/[*_]{1,3}/gu, ''));
    out.push({ anchor: u?.anchor ?? '', before, text: defs.get(m[1]!) ?? '' });
  }
  return out;
}

/** One line per footnote, for a readable diff: "anchor | …last words before the mark | text". */
export function noteLine(n: PlacedNote): string {
  return `${n.anchor} | …${n.before.slice(-40)} | ${n.text}`;
}

let official: Promise<{ markdown: string; notes: PlacedNote[] }> | undefined;

/** VBHN 22/VBHN-VPQH (Luật Bảo hiểm y tế, 2025), imported from its gazette text with its footnotes. */
export function vbhn22(): Promise<{ markdown: string; notes: PlacedNote[] }> {
  official ??= (async () => {
    const r = await importDocument(readFileSync(join(TEXTS, 'luat-bhyt-vbhn-22-2025.txt')), { name: 'luat-bhyt-vbhn-22-2025.txt' });
    if (!r.ok) throw new Error('VBHN 22 did not import');
    return { markdown: r.markdown, notes: placedNotes(r.markdown) };
  })();
  return official;
}

/**
 * The VBHN 22 header as printed: the base document's sentence and the amending documents, one by
 * one ("1. Luật số 32/2013/QH13 …;"), read from the gazette text's first page.
 */
export function vbhn22Header(): { lead: string; items: string[] } {
  const raw = readFileSync(join(TEXTS, 'luat-bhyt-vbhn-22-2025.txt'), 'utf8');
  const a = raw.indexOf('Luật Bảo hiểm y tế số 25/2008/QH12');
  const b = raw.indexOf('Căn cứ Hiến pháp', a);
  const [lead, ...items] = fold(raw.slice(a, b)).split(/ (?=\d\. Luật)/u);
  return { lead: lead!, items };
}

/**
 * Our footnotes on `anchors` and the official ones on the same units, as lines: equal when every
 * footnote of those units has the official wording at the official place.
 */
export function compareNotes(ours: readonly PlacedNote[], theirs: readonly PlacedNote[], anchors: ReadonlySet<string>): { ours: string[]; theirs: string[] } {
  return { ours: ours.filter((n) => anchors.has(n.anchor)).map(noteLine), theirs: theirs.filter((n) => anchors.has(n.anchor)).map(noteLine) };
}
