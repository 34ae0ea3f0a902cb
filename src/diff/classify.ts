/**
 * `quyche diff --witness`: every difference between a consolidation made by quyche and one
 * officially issued, classified — layout only (line and paragraph breaks, spacing, Markdown
 * markers), punctuation, case, tone placement (khoẻ/khỏe, Toà/Tòa), wording, a unit present in
 * one version only, numbering, order — one finding per unit and class, with both citations and
 * the word diff of what differs.
 *
 * A difference of wording, of a unit present in one version only, or of numbering is
 * substantive (the two texts do not say the same thing at the same address); layout,
 * punctuation, case, tone placement and order are not.
 */
import type { RegulationDocument } from '../document/model.js';
import { keyOf } from '../text/normalize.js';
import { changedRegions, type DiffPart } from '../text/worddiff.js';
import { diffDocuments, unitDiff, unitRef, type DocumentDiff, type UnitRef } from './compare.js';

export type WitnessClass = 'layout' | 'punctuation' | 'case' | 'tone' | 'wording' | 'unit' | 'numbering' | 'order';

export const WITNESS_CLASSES: readonly WitnessClass[] = ['layout', 'punctuation', 'case', 'tone', 'wording', 'unit', 'numbering', 'order'];

/** Classes that make `--witness` exit 1. */
const SUBSTANTIVE: ReadonlySet<WitnessClass> = new Set(['wording', 'unit', 'numbering']);

export interface WitnessFinding {
  class: WitnessClass;
  old?: UnitRef;
  new?: UnitRef;
  /** the differing passages with a few words around each (equal, del, ins) */
  parts: DiffPart[];
}

export interface WitnessReport {
  findings: WitnessFinding[];
  counts: Record<WitnessClass, number>;
  /** a wording, unit or numbering difference exists */
  substantive: boolean;
  diff: DocumentDiff;
}

const MARKUP = /[*_`#\\]/g;
const LETTERS = /[^\p{L}\p{N}]+/gu;

function spaced(s: string): string {
  return s.normalize('NFC').replace(MARKUP, '').replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, ' ').trim();
}

function letters(s: string): string {
  return s.replace(LETTERS, '');
}

function punctuationOf(s: string): string {
  return s.replace(/[\p{L}\p{N}\s]+/gu, '');
}

/** The classes of one differing passage: `a` in the first version, `b` in the second. */
export function classifyPassage(a: string, b: string): Set<WitnessClass> {
  const out = new Set<WitnessClass>();
  const sa = spaced(a);
  const sb = spaced(b);
  if (sa === sb) return new Set(['layout']);
  const ka = keyOf(sa);
  const kb = keyOf(sb);
  const la = letters(ka);
  const lb = letters(kb);
  if (la.toLocaleLowerCase('vi') !== lb.toLocaleLowerCase('vi')) return new Set(['wording']);
  if (la !== lb) out.add('case');
  // tone placement: the letters differ before the key moves the marks, not after
  const ra = letters(sa).toLocaleLowerCase('vi');
  const rb = letters(sb).toLocaleLowerCase('vi');
  if (ra !== rb) out.add('tone');
  // punctuation: after the key's folds (a different quote or dash style is punctuation too)
  if (punctuationOf(ka) !== punctuationOf(kb) || (ka === kb && punctuationOf(sa) !== punctuationOf(sb))) out.add('punctuation');
  if (out.size === 0) out.add('layout');
  return out;
}

interface Region {
  start: number;
  end: number;
  classes: Set<WitnessClass>;
}

/** Regions of a word diff: maximal runs of del / ins parts, classified. */
function regions(parts: readonly DiffPart[]): Region[] {
  return changedRegions(parts).map((r) => ({ start: r.start, end: r.end, classes: classifyPassage(r.del, r.ins) }));
}

const AROUND = 40;

/** The parts of the chosen regions, with up to AROUND characters of equal text around each. */
function snippet(parts: readonly DiffPart[], chosen: readonly Region[]): DiffPart[] {
  const ws = (t: string): string => t.replace(/\s+/g, ' ');
  const tail = (t: string): string => (t.length > AROUND ? `…${t.slice(t.length - AROUND).replace(/^\S*\s/, '')}` : t);
  const head = (t: string): string => (t.length > AROUND ? `${t.slice(0, AROUND).replace(/\s\S*$/, '')}…` : t);
  const out: DiffPart[] = [];
  chosen.forEach((r, i) => {
    const prev = chosen[i - 1];
    const next = chosen[i + 1];
    const before = parts[r.start - 1];
    if (before && before.kind === 'equal') {
      const t = ws(before.text);
      if (prev && prev.end === r.start - 1) out.push({ kind: 'equal', text: t.length <= 2 * AROUND ? t : `${head(t)} ${tail(t)}` });
      else {
        let x = r.start - 1 === 0 ? tail(t.trimStart()) : tail(t);
        if (out.length) {
          const last = out[out.length - 1]!;
          if (last.kind === 'equal') last.text = last.text.replace(/…$/, '');
          out.push({ kind: 'equal', text: ' … ' });
          x = x.replace(/^…/, '');
        }
        out.push({ kind: 'equal', text: x });
      }
    } else if (out.length) out.push({ kind: 'equal', text: ' … ' });
    for (let k = r.start; k < r.end; k++) out.push({ kind: parts[k]!.kind, text: ws(parts[k]!.text) });
    const after = parts[r.end];
    if (after && after.kind === 'equal' && !(next && next.start - 1 === r.end)) {
      const t = ws(after.text);
      out.push({ kind: 'equal', text: r.end === parts.length - 1 ? head(t.trimEnd()) : head(t) });
    }
  });
  return out;
}

export function classifyDiff(d: DocumentDiff): WitnessReport {
  const findings: WitnessFinding[] = [];
  const byUnit = (old: UnitRef | undefined, nw: UnitRef | undefined, parts: readonly DiffPart[]): void => {
    const regs = regions(parts);
    for (const c of WITNESS_CLASSES) {
      const chosen = regs.filter((r) => r.classes.has(c));
      if (chosen.length === 0) continue;
      findings.push({ class: c, ...(old ? { old } : {}), ...(nw ? { new: nw } : {}), parts: snippet(parts, chosen) });
    }
  };
  const modified = new Set<string>();
  for (const f of d.findings) {
    switch (f.kind) {
      case 'modify':
        modified.add(f.new!.anchor);
        byUnit(f.old, f.new, f.parts ?? []);
        break;
      case 'insert':
        findings.push({ class: 'unit', new: f.new!, parts: [{ kind: 'ins', text: spaced(f.text ?? '') }] });
        break;
      case 'delete':
        findings.push({ class: 'unit', old: f.old!, parts: [{ kind: 'del', text: spaced(f.text ?? '') }] });
        break;
      case 'move':
        findings.push({ class: 'order', old: f.old!, new: f.new!, parts: [] });
        if (f.parts) byUnit(f.old, f.new, f.parts);
        break;
      case 'renumber':
        f.run!.old.forEach((o, k) => findings.push({ class: 'numbering', old: o, new: f.run!.new[k]!, parts: [{ kind: 'del', text: o.label }, { kind: 'ins', text: f.run!.new[k]!.label }] }));
        break;
    }
  }
  // units whose own words are the same but whose Markdown differs (markers, blank lines)
  for (const h of d.hunks) {
    if (h.kind !== 'modify' || !h.unit || modified.has(h.unit.anchor)) continue;
    const v = d.new.byAnchor.get(h.unit.anchor);
    const u = v ? d.alignment.toOld.get(v) : undefined;
    if (!u || !v) continue;
    const a = h.old.trim();
    const b = h.new.trim();
    if (a === b) continue;
    const parts = unitDiff(a, b);
    const regs = regions(parts);
    if (regs.every((r) => r.classes.size === 1 && r.classes.has('layout')) || regs.length === 0) {
      findings.push({ class: 'layout', old: unitRef(d.old, u), new: unitRef(d.new, v), parts: snippet(parts, regs) });
    }
  }
  const counts = Object.fromEntries(WITNESS_CLASSES.map((c) => [c, 0])) as Record<WitnessClass, number>;
  for (const f of findings) counts[f.class]++;
  return { findings, counts, substantive: findings.some((f) => SUBSTANTIVE.has(f.class)), diff: d };
}

/**
 * The witness comparison of two documents (for the end-to-end test of a compiled patch: the
 * consolidation quyche made, then the officially issued one).
 */
export function witness(oldDoc: RegulationDocument, newDoc: RegulationDocument): WitnessReport {
  return classifyDiff(diffDocuments(oldDoc, newDoc));
}
