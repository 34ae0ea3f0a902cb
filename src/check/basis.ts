/**
 * Cross-check of a patch's bases (căn cứ): every `cite` names a central provision that must exist
 * in the library (the workspace's documents) with its wording quoted verbatim; its date, issuer
 * and number must match the library's record; a superseded or repealed document is named with its
 * replacement. A document not in the library cannot be verified (a warning); an excerpt document
 * that does not transcribe the cited unit says so instead of claiming the unit is absent.
 */
import { resolutionDiagnostics, skippedLevel, unitPartText, type Place } from '../citation/diagnose.js';
import { numberKey } from '../citation/docnumber.js';
import { formatCitation, formatDocumentRef, styleOf } from '../citation/format.js';
import { parseCitation, type Citation, type DocumentRef } from '../citation/parse.js';
import { resolveCitation } from '../citation/resolve.js';
import { diagnosticAt, type Diagnostic, type Message } from '../diagnostics/diagnostic.js';
import { treeOf, type RegulationDocument, type Unit } from '../document/model.js';
import type { LoadedPatch } from '../patch/load.js';
import { changeId } from '../patch/load.js';
import { project } from '../text/markup.js';
import { keyOf, looseOf, matchKey } from '../text/normalize.js';
import { Haystack } from '../text/haystack.js';
import { formatDateShort } from '../util/dates.js';
import { closestHint } from '../diagnostics/hints.js';

/** Abbreviations of issuers as reports write them, expanded before comparing. */
const ISSUER_WORDS: Array<[RegExp, string]> = [
  [/\bBCH\b/gu, 'Ban Chấp hành'],
  [/\bBCT\b/gu, 'Bộ Chính trị'],
  [/\bBBT\b/gu, 'Ban Bí thư'],
  [/\bBTV\b/gu, 'Ban Thường vụ'],
  [/\bTW\b/gu, 'Trung ương'],
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bVPTW\b/gu, 'Văn phòng Trung ương'],
];

function issuerWords(s: string): string[] {
  let t = s.normalize('NFC');
  for (const [re, full] of ISSUER_WORDS) t = t.replace(re, full);
  return looseOf(keyOf(t)).split(/[^a-z0-9]+/).filter(Boolean);
}

/** The cited issuer names the recorded one (every cited word is in the record). */
function sameIssuer(cited: string, recorded: string): boolean {
  const have = new Set(issuerWords(recorded));
  const want = issuerWords(cited);
  return want.length > 0 && want.every((w) => have.has(w));
}

interface NumberParts {
  n: string;
  type: string;
  issuer: string;
}

function partyParts(number: string): NumberParts | undefined {
  const m = /^(\d+[A-Z]?)-([A-Z]+)\/([A-Z-]+)$/.exec(numberKey(number));
  return m ? { n: m[1]!, type: m[2]!, issuer: m[3]! } : undefined;
}

export interface Located {
  doc: RegulationDocument;
  /** the cited number differs from the record (same document by number, date and one part) */
  numberDiffers?: string;
}

/** Find the cited document in the library: by number (tolerantly), by a near number, by title. */
export function locate(ref: DocumentRef, library: readonly RegulationDocument[]): Located | undefined {
  if (ref.number) {
    const key = numberKey(ref.number);
    const exact = library.find((d) => d.meta.number && numberKey(d.meta.number) === key);
    if (exact) return { doc: exact };
    // a near number: the same serial, and the same type or the same issuer code, and the same
    // date when one is cited (16-HD/VPTU for 16-HD/VPTW; 10-QĐ/TW for 10-QĐi/TW)
    const cited = partyParts(ref.number);
    if (cited) {
      const near = library.filter((d) => {
        const p = d.meta.number ? partyParts(d.meta.number) : undefined;
        if (!p || p.n !== cited.n) return false;
        const typeClose = p.type === cited.type || p.type.replace(/I$/, '') === cited.type.replace(/I$/, '');
        const issuerClose = p.issuer === cited.issuer;
        if (!typeClose && !issuerClose) return false;
        return !ref.date || d.meta.date === ref.date;
      });
      if (near.length === 1) return { doc: near[0]!, numberDiffers: ref.number };
    }
    return undefined;
  }
  if (ref.title) {
    const t = keyOf(ref.title).toLocaleLowerCase('vi');
    return ((d) => (d ? { doc: d } : undefined))(library.find((d) => d.meta.title && keyOf(d.meta.title).toLocaleLowerCase('vi') === t));
  }
  return undefined;
}

/** Fragments of a quote between ellipses ("… định kỳ sơ kết …"), each to be found in order. */
function fragments(quote: string): string[] {
  return quote
    .split(/\.{3,}|…/u)
    .map((f) => f.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/gu, '').trim())
    .filter((f) => /[\p{L}\p{N}]/u.test(f));
}

function flipFirst(s: string): string {
  const c = s.charAt(0);
  const lower = c.toLocaleLowerCase('vi');
  return (c === lower ? c.toLocaleUpperCase('vi') : lower) + s.slice(1);
}

/** Is every fragment of the quote in the text, in order (a fragment's first letter may differ in case)? */
function quoteMatches(quote: string, textKey: string): { ok: true } | { ok: false; fragment: string } {
  let pos = 0;
  for (const f of fragments(quote)) {
    const k = keyOf(f);
    let i = textKey.indexOf(k, pos);
    if (i < 0) i = textKey.indexOf(flipFirst(k), pos);
    if (i < 0) return { ok: false, fragment: f };
    pos = i + k.length;
  }
  return { ok: true };
}

function unitKey(doc: RegulationDocument, u: Unit | undefined): string {
  const a = u ? u.start : doc.bodyStart;
  const b = u ? u.end : doc.source.text.length;
  return matchKey(project(doc.source.text, a, b)).text;
}

/** The unit's text for a hint: from after its label (quotes rarely carry it). */
function unitHaystack(doc: RegulationDocument, u: Unit | undefined): Haystack {
  const a = u ? u.labelEnd : doc.bodyStart;
  const b = u ? u.end : doc.source.text.length;
  return new Haystack([{ key: matchKey(project(doc.source.text, a, b)), source: doc.source.text, range: [a, b] }]);
}

/** The unit part of a citation, as written: "Tiết e, Điểm 1.2, Khoản 1, Điều 4". */
function levelsText(c: Citation): string {
  return unitPartText(c.levels);
}

function at(lp: LoadedPatch, path: Array<string | number>, change: string): Place {
  const [start, end] = lp.at(path);
  return { source: lp.source, start, end, change };
}

function push(ds: Diagnostic[], p: Place, code: Diagnostic['code'], message: Message, hint?: Message): void {
  ds.push(diagnosticAt(p.source, p.start, p.end, code, message, { ...(p.change !== undefined ? { change: p.change } : {}), ...(hint ? { hint } : {}) }));
}

function docName(doc: RegulationDocument): string {
  return doc.meta.number ?? doc.meta.title ?? doc.source.path;
}

/** Check every basis of every change of a patch against the library. */
export function checkBases(lp: LoadedPatch, library: readonly RegulationDocument[]): Diagnostic[] {
  const ds: Diagnostic[] = [];
  const patch = lp.patch;
  if (!patch) return ds;
  patch.changes.forEach((change, i) => {
    const id = changeId(change, i);
    (change.basis ?? []).forEach((b, j) => {
      const citePlace = at(lp, ['changes', i, 'basis', j, 'cite'], id);
      const quotePlace = at(lp, ['changes', i, 'basis', j, 'quote'], id);
      const c: Citation | undefined = parseCitation(b.cite);
      if (!c || !c.document || c.document.relative) {
        push(ds, citePlace, 'basis-unverified', { id: 'check.basis-no-document', args: { cite: b.cite } });
        return;
      }
      const found = locate(c.document, library);
      if (!found) {
        push(ds, citePlace, 'basis-unverified', { id: 'check.basis-not-in-library', args: { doc: c.document.number ?? c.document.title ?? c.document.text } });
        return;
      }
      const { doc } = found;
      const meta = doc.meta;
      // the record: number, date, issuer, type
      if (found.numberDiffers) {
        push(ds, citePlace, 'citation-metadata', { id: 'check.metadata-number', args: { cited: found.numberDiffers, recorded: meta.number ?? '' } }, { id: 'check.metadata-record', args: { record: formatDocumentRef(meta, styleOf(meta)) } });
      }
      if (c.document.date && meta.date && c.document.date !== meta.date) {
        push(ds, citePlace, 'citation-metadata', { id: 'check.metadata-date', args: { doc: docName(doc), cited: formatDateShort(c.document.date), recorded: formatDateShort(meta.date) } });
      }
      if (c.document.issuer && meta.issuer && !sameIssuer(c.document.issuer, meta.issuer)) {
        push(ds, citePlace, 'citation-metadata', { id: 'check.metadata-issuer', args: { doc: docName(doc), cited: c.document.issuer, recorded: meta.issuer } });
      }
      if (c.document.type && meta.type && keyOf(c.document.type).toLowerCase() !== keyOf(meta.type).toLowerCase()) {
        push(ds, citePlace, 'citation-metadata', { id: 'check.metadata-type', args: { doc: docName(doc), cited: c.document.type, recorded: meta.type } });
      }
      if (meta.status === 'superseded' || meta.status === 'repealed') {
        const by = meta.superseded_by;
        const replacement = by ? library.find((d) => d.meta.number && numberKey(d.meta.number) === numberKey(by)) : undefined;
        push(
          ds,
          citePlace,
          'superseded',
          meta.status === 'repealed' ? { id: 'check.repealed', args: { doc: docName(doc) } } : { id: 'check.superseded', args: { doc: docName(doc), by: by ?? '?' } },
          replacement ? { id: 'check.replacement', args: { record: formatDocumentRef(replacement.meta, styleOf(replacement.meta)) } } : undefined,
        );
      }
      // the unit
      let unit: Unit | undefined;
      if (c.levels.length > 0) {
        const tree = treeOf(doc);
        const res = resolveCitation(tree, c);
        if (res.kind === 'not-found' && meta.excerpt) {
          push(ds, citePlace, 'basis-unverified', { id: 'check.basis-not-transcribed', args: { citation: levelsText(c), doc: docName(doc) } });
          const skip = skippedLevel(c);
          if (skip) push(ds, citePlace, 'citation-style', { id: 'citation.level-skip', args: { citation: levelsText(c), ...skip } });
          return;
        }
        ds.push(...resolutionDiagnostics(res, tree, citePlace, { notFound: 'basis-not-found', ambiguous: 'target-ambiguous' }));
        if (res.kind !== 'found') return;
        unit = res.units[0];
      }
      if (b.quote === undefined) return;
      const key = unitKey(doc, unit);
      const m = quoteMatches(b.quote, key);
      if (m.ok) return;
      const where = unit ? formatCitation(unit, meta, styleOf(meta), true) : docName(doc);
      const loose = looseOf(key).includes(looseOf(keyOf(m.fragment)));
      push(
        ds,
        quotePlace,
        'quote-mismatch',
        { id: 'check.quote-mismatch', args: { citation: where } },
        loose ? { id: 'check.quote-mangled', args: { fragment: m.fragment.length > 80 ? `${m.fragment.slice(0, 79)}…` : m.fragment } } : closestHint(m.fragment, unitHaystack(doc, unit)),
      );
    });
  });
  return ds;
}
