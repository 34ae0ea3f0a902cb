/**
 * Turn a resolution into diagnostics at a given place: `target-not-found` (with what the
 * container holds), `target-ambiguous` (with the matches), `citation-style` (an alias or an
 * incomplete citation that still matched one unit).
 */
import { diagnosticAt, type Code, type Diagnostic, type Message } from '../diagnostics/diagnostic.js';
import type { Unit, UnitTree } from '../document/model.js';
import type { SourceText } from '../text/source.js';
import { formatCitation, formatUnitPath, styleOf, unitWord } from './format.js';
import type { Citation, Level, LevelRef } from './parse.js';
import type { Resolution } from './resolve.js';

export interface Place {
  source: SourceText;
  start: number;
  end: number;
  change?: string;
}

const LIST_MAX = 12;

function list(items: string[]): string {
  return items.length > LIST_MAX ? `${items.slice(0, LIST_MAX).join('; ')}; … (${items.length})` : items.join('; ');
}

export function resolutionDiagnostics(
  res: Resolution,
  doc: UnitTree,
  place: Place,
  codes: { notFound: Code; ambiguous: Code } = { notFound: 'target-not-found', ambiguous: 'target-ambiguous' },
): Diagnostic[] {
  const style = styleOf(doc.meta);
  const extra = place.change !== undefined ? { change: place.change } : {};
  const at = (code: Code, message: Message, hint?: Message): Diagnostic =>
    diagnosticAt(place.source, place.start, place.end, code, message, { ...extra, ...(hint ? { hint } : {}) });
  const cite = (u: Unit): string => formatCitation(u, doc.meta, style);
  const text = place.source.text.slice(place.start, place.end).trim() || (res.kind !== 'unparsed' ? res.citation?.text ?? '' : res.text);
  switch (res.kind) {
    case 'unparsed':
      return [at(codes.notFound, { id: 'citation.unparsed', args: { citation: res.text } })];
    case 'not-found': {
      const seg = res.segment;
      const written = seg ? `${seg.word} ${seg.number ?? (seg.range ? `${seg.range.from}–${seg.range.to}` : 'này')}` : text;
      const containers = res.containers.map(cite);
      const parent = containers.length === 1 ? containers[0]! : containers.length > 1 ? list(containers) : doc.name;
      const available = res.available.map((u) => (u.kind === 'dieu' || !res.containers[0] ? cite(u) : `${unitWord(u, doc.meta, style)} ${u.number}`));
      const hint = available.length > 0 ? { id: 'citation.not-found-hint' as const, args: { parent, available: list(available) } } : undefined;
      const where = containers.length > 0 ? `${parent}` : doc.name;
      return [at(codes.notFound, { id: 'citation.not-found', args: { citation: written, doc: where } }, hint)];
    }
    case 'ambiguous': {
      const matches = res.matches.map(cite);
      return [
        at(codes.ambiguous, { id: 'citation.ambiguous', args: { citation: text, count: res.matches.length, matches: list(matches) } }, {
          id: 'citation.ambiguous-hint',
          args: { example: formatUnitPath(res.matches[0]!, doc.meta, style) },
        }),
      ];
    }
    case 'found': {
      const out: Diagnostic[] = [];
      for (const a of res.aliases) {
        out.push(
          at('citation-style', {
            id: 'citation.alias',
            args: { citation: text, written: `${a.segment.word} ${a.segment.number ?? ''}`.trim(), actual: `${unitWord(a.unit, doc.meta, style)} ${a.unit.number}`, suggested: cite(a.unit) },
          }),
        );
      }
      if (res.incomplete && res.units.length === 1 && res.aliases.length === 0) {
        out.push(at('citation-style', { id: 'citation.incomplete-unique', args: { citation: text, suggested: cite(res.units[0]!) } }));
      }
      return out;
    }
  }
}

const BELOW: Partial<Record<Level, Level>> = { dieu: 'khoan', khoan: 'diem', diem: 'tiet' };
const DEPTH: Partial<Record<Level, number>> = { dieu: 0, khoan: 1, diem: 2, tiet: 3 };
const WORD: Partial<Record<Level, string>> = { khoan: 'Khoản', diem: 'Điểm', tiet: 'Tiết' };

export interface LevelSkip {
  /** the level cited directly under `parent`, in lower case ("điểm") */
  written: string;
  parent: string;
  /** the level that stands directly under `parent` ("khoản") */
  expected: string;
  /** the citation's unit part with that level written instead ("Khoản 4, Điều 15") */
  suggested: string;
}

/**
 * A citation that skips a level of the hierarchy (Điều → khoản → điểm → tiết): "Điểm 4, Điều 15"
 * cites a điểm directly under an article, where only a khoản can stand. Found from the grammar
 * alone, so it can be said even when the cited text is not in the library. Reports commonly write
 * "Điểm" for a khoản; the suggestion renames the skipping level to the one expected.
 */
export function skippedLevel(c: Citation): LevelSkip | undefined {
  const levels = c.levels;
  for (let i = 1; i < levels.length; i++) {
    const up = levels[i - 1]!;
    const down = levels[i]!;
    const expected = BELOW[up.level];
    const d = DEPTH[down.level];
    if (!expected || d === undefined || d <= DEPTH[expected]!) continue;
    const word = WORD[expected]!;
    const asWritten = down.word.charAt(0) === down.word.charAt(0).toLowerCase() ? word.toLowerCase() : word;
    const renamed = levels.map((l, j) => (j === i ? { ...l, word: asWritten } : l));
    return { written: down.word.toLowerCase(), parent: up.word, expected: word.toLowerCase(), suggested: unitPartText(renamed) };
  }
  return undefined;
}

/** The unit part of a citation as written, smallest first: "Tiết e, Điểm 1.2, Khoản 1, Điều 4". */
export function unitPartText(levels: readonly LevelRef[]): string {
  return [...levels]
    .reverse()
    .map((l) => `${l.word} ${l.relative ? 'này' : l.range ? `${l.range.from}–${l.range.to}` : l.numbers.join(', ')}`)
    .join(', ');
}
