/**
 * Footnotes of the Công báo layout: at the foot of a page, after a blank line, "2 Khoản này được
 * sửa đổi …" (the number, a space, the text; a long note runs on at the foot of the next page);
 * in the page's text, the same number glued to a word or a label: `Xã hội11`, `1.2 Bảo hiểm`
 * (khoản 1, footnote 2), `b)28 (được bãi bỏ)`, `Điều 48a. … y tế104`.
 *
 * Footnote numbers run through the document, so the area of a page is found from the number
 * expected next, and a mark is taken only for a number whose note is on the same page, searched
 * in order — never a digit of a document number (`25/2008/QH12`), a decimal (`4.5%`) or a time.
 */
import type { Footnote, ImportNote } from './model.js';
import { isHeadingKind, labelOf, Sequencer } from './sequence.js';

export interface BodyLine {
  /** 0-based index of the source line */
  idx: number;
  text: string;
}

const RE_NOTE_START = /^\s*([1-9]\d{0,2})\s+(\S.*)$/u;
const blank = (s: string): boolean => s.trim() === '';

/** A note is still open at the end of a page when its text does not end a sentence. */
function isOpen(f: Footnote | undefined): boolean {
  if (!f) return false;
  const t = f.text.trimEnd();
  return !/[.!?…][”"’)]?$/u.test(t) || /:$/u.test(t);
}

export interface Extracted {
  body: BodyLine[];
  footnotes: Footnote[];
  /** per footnote number, where its mark is: line index in body and column range */
  notes: ImportNote[];
  /** source lines of footnote text (for the removal log) */
  areaLines: number[];
  marks: Map<number, { body: number; start: number; end: number }>;
}

/** Find the mark of footnote `n` in `s` from `from`; returns the index of its first digit. */
function findMark(s: string, n: number, from: number): number {
  const digits = String(n);
  let i = s.indexOf(digits, from);
  while (i >= 0) {
    const before = s[i - 1];
    const after = s[i + digits.length];
    if (i > 0 && !/\d/u.test(before!) && (after === undefined || !/[\p{L}\p{N}/%]/u.test(after)) && glued(s, i)) {
      // "4.5%" / "1.200" / "16:50" are numbers, not marks
      if (!(after === '.' && /\d/u.test(s[i + digits.length + 1] ?? '')) && !(after === ',' && /\d/u.test(s[i + digits.length + 1] ?? ''))) return i;
    }
    i = s.indexOf(digits, i + 1);
  }
  return -1;
}

/** Is the number at `i` glued to what comes before, as a footnote mark is? */
function glued(s: string, i: number): boolean {
  const before = s[i - 1]!;
  const head = s.slice(0, i);
  if (/[\p{L}\p{M}]/u.test(before)) {
    // a document number: "25/2008/QH12", "số 01-QC/TU2"
    const token = /\S*$/u.exec(head)![0];
    if (token.includes('/')) return false;
    return true;
  }
  if (before === ')') return true;
  if (before === '”' || before === '’' || before === '"') return true;
  if (/[.:;,]/u.test(before)) {
    // after a label at the start of the line: "1.2 Bảo hiểm", "Điều 7a.9 …"
    if (/^\s*(?:Điều\s+)?\d{1,3}[a-zđ]?\.$/u.test(head)) return true;
    const prev = s[i - 2];
    return prev !== undefined && /[\p{L}\p{M}”’")\]]/u.test(prev);
  }
  return false;
}

/**
 * Take the footnote areas out of the pages. `pages` hold indices into `lines`; lines consumed
 * by the header block are passed in `skip`.
 */
export function extractFootnotes(lines: readonly string[], pages: readonly number[][], skip: ReadonlySet<number>): Extracted {
  const body: BodyLine[] = [];
  const footnotes: Footnote[] = [];
  const notes: ImportNote[] = [];
  const areaLines: number[] = [];
  const marks = new Map<number, { body: number; start: number; end: number }>();
  let next = 1;
  let prevPage: BodyLine[] = [];
  let prevStart = 0;
  let prevCursor = { line: 0, col: 0 };
  const seq = new Sequencer();
  let prevBodyText = '';
  for (const page of pages) {
    const idx = page.filter((i) => !skip.has(i));
    // where the area starts: the last blank line before the note expected next
    let first = -1;
    for (let k = 0; k < idx.length; k++) {
      const m = RE_NOTE_START.exec(lines[idx[k]!]!);
      if (m && parseInt(m[1]!, 10) === next) {
        const hasBlankBefore = idx.slice(0, k).some((i) => blank(lines[i]!));
        const firstText = idx.slice(0, k).every((i) => blank(lines[i]!));
        if (hasBlankBefore || firstText) {
          first = k;
          break;
        }
      }
    }
    const attempt = (withArea: boolean): { pageBody: BodyLine[]; found: Footnote[]; expect: number; lines: number[]; marksHere: Array<[number, { body: number; start: number; end: number }]>; unmarked: Footnote[]; cursor: { line: number; col: number }; prevCursor: { line: number; col: number }; continued?: { note: Footnote; text: string } } => {
    let areaStart = idx.length;
    const last = footnotes[footnotes.length - 1];
    if (!withArea) {
      // no area on this page
    } else if (first >= 0) {
      areaStart = first;
      while (areaStart > 0 && !blank(lines[idx[areaStart - 1]!]!)) areaStart--;
    } else if (isOpen(last)) {
      // a long note running on over this page's foot, with no new note here: if the page's
      // first line cannot continue the body (a label that does not fit), the note fills the
      // page; otherwise the note is the last block after a blank line
      const firstLine = idx.findIndex((i) => !blank(lines[i]!));
      const info = firstLine >= 0 ? labelOf(lines[idx[firstLine]!]!.trim()) : undefined;
      const text = firstLine >= 0 ? lines[idx[firstLine]!]!.trim() : '';
      const bodyEnded = /[.:;)]$/u.test(prevBodyText) || (/\p{Lu}/u.test(prevBodyText) && !/\p{Ll}/u.test(prevBodyText.replace(/\d+$/u, '')));
      if ((info && info.kind !== 'bullet' && !seq.fits(info)) || (!info && /^\p{Ll}/u.test(text) && bodyEnded)) areaStart = 0;
      else {
        let k = idx.length;
        while (k > 0 && blank(lines[idx[k - 1]!]!)) k--;
        while (k > 0 && !blank(lines[idx[k - 1]!]!)) k--;
        areaStart = k;
      }
    }
    // the body of the page must hold the marks of the notes in its area, in order
    const pageBody = idx.slice(0, areaStart).map((i) => ({ idx: i, text: lines[i]! }));
    const area = idx.slice(areaStart).filter((i) => !blank(lines[i]!));
    const found: Footnote[] = [];
    const areaLinesHere: number[] = [];
    const marksHere: Array<[number, { body: number; start: number; end: number }]> = [];
    const unmarked: Footnote[] = [];
    let pc = { ...prevCursor };
    // text between the separator and the first new note runs on from the last note
    let cur: Footnote | undefined = first >= 0 ? (areaStart < first ? last : undefined) : last;
    const lastText = last?.text;
    let expect = next;
    const before: string[] = [];
    for (const i of area) {
      const m = RE_NOTE_START.exec(lines[i]!);
      if (m && parseInt(m[1]!, 10) === expect) {
        cur = { n: expect, text: m[2]!.trim(), line: i + 1 };
        found.push(cur);
        expect++;
      } else if (cur) cur.text = `${cur.text} ${lines[i]!.trim()}`;
      else before.push(lines[i]!.trim());
      areaLinesHere.push(i + 1);
    }
    if (before.length) {
      // text of the area before its first numbered note, with no note open: keep it as body
      areaLinesHere.splice(0, before.length);
      for (const i of area.slice(0, before.length)) pageBody.push({ idx: i, text: lines[i]! });
    }
    // marks, in order, in the page's body (a mark at the very end of a page may have its note
    // on the next page: then it is in the previous page's body, after that page's last mark)
    let line = 0;
    let col = 0;
    for (const f of found) {
      let hit = -1;
      for (let l = line; l < pageBody.length && hit < 0; l++) {
        const at = findMark(pageBody[l]!.text, f.n, l === line ? col : 0);
        if (at >= 0) {
          hit = at;
          line = l;
          col = at + String(f.n).length;
        }
      }
      if (hit >= 0) marksHere.push([f.n, { body: body.length + line, start: hit, end: hit + String(f.n).length }]);
      else {
        let prevHit = -1;
        for (let l = pc.line; l < prevPage.length && prevHit < 0; l++) {
          const at = findMark(prevPage[l]!.text, f.n, l === pc.line ? pc.col : 0);
          if (at >= 0) {
            prevHit = at;
            pc = { line: l, col: at + String(f.n).length };
            marksHere.push([f.n, { body: prevStart + l, start: at, end: at + String(f.n).length }]);
          }
        }
        if (prevHit < 0) unmarked.push(f);
      }
    }
    const continued = last && lastText !== undefined && last.text !== lastText ? { note: last, text: last.text } : undefined;
    if (last && lastText !== undefined) last.text = lastText;
    return { pageBody, found, expect, lines: areaLinesHere, marksHere, unmarked, cursor: { line, col }, prevCursor: pc, ...(continued ? { continued } : {}) };
    };
    let a = attempt(true);
    // a page whose first new note has no mark has no footnote area: "01 năm" is a wrapped line
    if (a.found.length && a.unmarked.includes(a.found[0]!)) a = attempt(false);
    const { pageBody, found, expect } = a;
    if (a.continued) a.continued.note.text = a.continued.text;
    areaLines.push(...a.lines);
    for (const [n, m] of a.marksHere) marks.set(n, m);
    for (const f of a.unmarked) notes.push({ line: f.line, column: 1, severity: 'warning', message: { id: 'import.footnote-unmarked', args: { n: f.n } } });
    const line = a.cursor.line;
    const col = a.cursor.col;
    prevCursor = a.prevCursor;
    footnotes.push(...found);
    next = expect;
    prevStart = body.length;
    prevPage = pageBody;
    prevCursor = { line, col };
    body.push(...pageBody);
    // follow the body's numbering, to judge the next page's first line
    for (const b of pageBody) {
      const t = b.text.trim();
      if (!t) continue;
      const info = labelOf(t);
      if (info && !/^“/u.test(t) && seq.fits(info) && (isHeadingKind(info.kind) || /[.:;)]$/u.test(prevBodyText))) seq.commit(info);
      prevBodyText = t;
    }
  }
  return { body, footnotes, notes, areaLines, marks };
}
