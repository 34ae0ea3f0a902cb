/**
 * The outline of a document: a text tree (labels, headings, anchors) and the JSON model
 * (product.md §6: `{kind, label, heading?, anchor, citation, range, children}` per unit).
 */
import type { ChalkInstance } from 'chalk';
import { formatCitation, styleOf } from '../citation/format.js';
import type { DocumentMeta, RegulationDocument, Unit, UnitKind } from '../document/model.js';
import { openingWords } from '../document/parse.js';
import type { Range } from '../text/source.js';

const OUTLINE_JSON_VERSION = 1 as const;

export interface UnitJson {
  kind: UnitKind;
  label: string;
  number: string;
  heading?: string;
  anchor: string;
  citation: string;
  citations: { party: string; state: string };
  range: Range;
  labelRange: Range;
  headingRange?: Range;
  /** the unit's own text (after its label and heading, before its first child), as written */
  text: string;
  children: UnitJson[];
}

export function unitToJson(doc: RegulationDocument, u: Unit): UnitJson {
  const src = doc.source;
  const j: UnitJson = {
    kind: u.kind,
    label: u.label,
    number: u.number,
    anchor: u.anchor,
    citation: formatCitation(u, doc.meta, styleOf(doc.meta)),
    citations: { party: formatCitation(u, doc.meta, 'party'), state: formatCitation(u, doc.meta, 'state') },
    range: src.range(u.start, u.end),
    labelRange: src.range(u.labelStart, u.labelEnd),
    text: src.text.slice(u.bodyStart, u.ownEnd).replace(/^[ \t]*\r?\n/, '').replace(/\s+$/, ''),
    children: u.children.map((c) => unitToJson(doc, c)),
  };
  if (u.heading !== undefined) {
    j.heading = u.heading;
    if (u.headingStart !== undefined && u.headingEnd !== undefined) j.headingRange = src.range(u.headingStart, u.headingEnd);
  }
  return j;
}

/** `outline -f json` (schema/outline.schema.json). */
export interface OutlineJson {
  version: typeof OUTLINE_JSON_VERSION;
  document: DocumentMeta & { path: string; bom: boolean; eol: 'lf' | 'crlf' };
  units: UnitJson[];
}

export function documentToJson(doc: RegulationDocument, cwdRelativePath: string): OutlineJson {
  return {
    version: OUTLINE_JSON_VERSION,
    document: { path: cwdRelativePath, ...doc.meta, bom: doc.bom, eol: doc.eol === '\r\n' ? 'crlf' : 'lf' },
    units: doc.units.map((u) => unitToJson(doc, u)),
  };
}

const DEPTH_KINDS: UnitKind[] = ['phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'khoan', 'diem', 'tiet', 'bullet'];

/** A one-line summary of a unit: its heading, or the start of its own text. */
function unitSummary(doc: RegulationDocument, u: Unit, width = 60): string {
  if (u.heading) return u.heading;
  // a summary needs the first words only: read up to the end of the line that holds them
  const text = doc.source.text;
  let end = u.ownEnd;
  if (end - u.bodyStart > width * 4) {
    const nl = text.indexOf('\n', u.bodyStart + width * 4);
    if (nl !== -1 && nl < end) end = nl;
  }
  return openingWords(text, u.bodyStart, end, width);
}

export interface OutlineOptions {
  depth?: UnitKind;
  header: string;
  introLabel: string;
}

/**
 * The text outline in pieces of about `size` characters, each ending with a line break: written
 * as they come, the outline of a 5 MB document is never held whole (its lines, the joined text and
 * its UTF-8 bytes were ≈ 30 MB of the peak).
 */
export function* outlineChunks(doc: RegulationDocument, chalk: ChalkInstance, opts: OutlineOptions, size = 1 << 16): Generator<string> {
  const limit = opts.depth ? DEPTH_KINDS.indexOf(opts.depth) : Infinity;
  let lines: string[] = [chalk.bold(opts.header)];
  let chars = 0;
  // depth-first, the units in document order: a stack of the levels being walked
  const stack: { units: readonly Unit[]; next: number }[] = [{ units: doc.units, next: 0 }];
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    if (level.next === level.units.length) {
      stack.pop();
      continue;
    }
    const u = level.units[level.next++]!;
    if (DEPTH_KINDS.indexOf(u.kind) > limit) continue;
    const label = u.kind === 'intro' ? chalk.dim(`(${opts.introLabel})`) : chalk.bold(u.label);
    const summary = unitSummary(doc, u);
    // joined, not concatenated: a flat string, which keeps neither the pieces nor the unit's text
    // that a summary was sliced from alive until the outline is written
    const line = ['  '.repeat(stack.length - 1), label, summary ? ' ' : '', summary, '  ', chalk.cyan(`#${u.anchor}`)].join('');
    lines.push(line);
    chars += line.length;
    if (chars >= size) {
      yield `${lines.join('\n')}\n`;
      lines = [];
      chars = 0;
    }
    if (u.children.length > 0) stack.push({ units: u.children, next: 0 });
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
