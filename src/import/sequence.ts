/**
 * Which printed labels start a unit: a label is taken only when it fits the numbering sequence
 * of the units open at that point (Nghị định 78/2025: khoản 2 after 1, 2a after 2, điểm đ after
 * d or d1, articles numbered through the document). A wrapped line that happens to begin with
 * "2." or "a)" in the middle of khoản 5 does not fit and stays text.
 */
import { matchLabel, type Pattern } from '../document/labels.js';
import { arabicKey, compareKeys, isSuccessor, letterKey, romanKey, type SequenceKey } from '../document/numbering.js';
import type { UnitKind } from '../document/model.js';

export interface LabelInfo {
  kind: UnitKind;
  pattern: Pattern;
  /** the label as printed */
  label: string;
  number: string;
  /** text after the label (heading or unit text), as printed */
  rest: string;
}

const KIND: Partial<Record<Pattern, UnitKind>> = {
  phan: 'phan', chuong: 'chuong', muc: 'muc', 'tieu-muc': 'tieu-muc', dieu: 'dieu',
  arabic: 'khoan', decimal: 'diem', letter: 'diem', paren: 'tiet', bullet: 'bullet', bullet2: 'bullet',
};

/** The label a plain line starts with, as quyche's parser reads it (`matchLabel`). */
export function labelOf(line: string, headingLine = false): LabelInfo | undefined {
  const nfc = line.normalize('NFC');
  if (nfc.length !== line.length) return undefined; // offsets would not map; the caller normalises first
  const m = matchLabel(line, headingLine);
  if (!m || m.pattern === 'roman' || m.start !== 0) return undefined;
  const kind = KIND[m.pattern];
  if (!kind) return undefined;
  if (m.anomaly === 'letter-outside-alphabet') return undefined;
  return { kind, pattern: m.pattern, label: line.slice(0, m.end), number: m.number, rest: line.slice(m.restStart) };
}


/** Tracks the last label of each level and answers whether a new one fits. */
export class Sequencer {
  private phan: SequenceKey | undefined;
  private chuong: SequenceKey | undefined;
  private muc: SequenceKey | undefined;
  private dieu: SequenceKey | undefined;
  private khoan: SequenceKey | undefined;
  private diem: SequenceKey | undefined;
  private decimal: SequenceKey | undefined;
  private khoanNumber = '';
  /** is there an article (or a khoản) open that points can belong to */
  private open: UnitKind | undefined;

  /** `headings`: the document has articles or chapters, so a khoản before the first of them is
   *  text of the preamble (the list of amending laws of a consolidated text), not a unit */
  constructor(private readonly headings = false) {}

  private static key(info: LabelInfo): SequenceKey {
    switch (info.pattern) {
      case 'phan': return [parseInt(info.number, 10) || romanKey(info.number)[0], 0];
      case 'chuong': return /^\d/.test(info.number) ? arabicKey(info.number) : romanKey(info.number);
      case 'muc': return /^\d/.test(info.number) ? arabicKey(info.number) : romanKey(info.number);
      case 'tieu-muc': case 'dieu': case 'arabic': case 'paren': return arabicKey(info.number);
      case 'letter': return letterKey(info.number);
      case 'decimal': { const p = info.number.split('.'); return arabicKey(p[p.length - 1]!); }
      default: return [1, 0];
    }
  }

  private static fitsAfter(prev: SequenceKey | undefined, next: SequenceKey, first: boolean): boolean {
    if (next[0] === 0) return false;
    if (!prev) return first ? next[0] === 1 && next[1] === 0 : true;
    return isSuccessor(prev, next);
  }

  /**
   * Would this label start a unit here? `afterRepealed`: the unit before is a repealed
   * placeholder ("b) (được bãi bỏ)"), after which a consolidated text may print the same label
   * again for the unit inserted in its place.
   */
  fits(info: LabelInfo, afterRepealed = false): boolean {
    const k = Sequencer.key(info);
    if (afterRepealed && this.sameAsLast(info, k)) return true;
    switch (info.kind) {
      case 'phan': return !this.phan || compareKeys(k, this.phan) > 0;
      case 'chuong': return Sequencer.fitsAfter(this.chuong, k, false) || (!!this.chuong && compareKeys(k, this.chuong) > 0 && k[0] - this.chuong[0] <= 2 && k[1] === 0);
      case 'muc': return Sequencer.fitsAfter(this.muc, k, true);
      case 'tieu-muc': return true;
      case 'dieu': return !this.dieu || compareKeys(k, this.dieu) > 0;
      case 'khoan': return (this.open !== undefined || (!this.dieu && !this.headings && !this.chuong)) && Sequencer.fitsAfter(this.khoan, k, true);
      case 'diem':
        if (info.pattern === 'decimal') {
          const p = info.number.split('.');
          return p.length === 2 && this.khoan !== undefined && p[0] === this.khoanNumber && Sequencer.fitsAfter(this.decimal, k, true);
        }
        // after d, e: a list lettered by Word has no đ (it exists only where typed)
        return (this.open === 'khoan' || this.open === 'dieu' || this.open === 'diem') && (Sequencer.fitsAfter(this.diem, k, true) || (this.diem?.[0] === 4 && k[0] === 6 && k[1] === 0));
      case 'tiet': return true;
      case 'bullet': return true;
      default: return false;
    }
  }

  /** Is this article label the successor of the last article (5 → 6, 5 → 5a)? */
  isNextArticle(info: LabelInfo): boolean {
    return info.kind === 'dieu' && (!this.dieu || isSuccessor(this.dieu, Sequencer.key(info)));
  }

  private sameAsLast(info: LabelInfo, k: SequenceKey): boolean {
    const last = info.kind === 'dieu' ? this.dieu : info.kind === 'khoan' ? this.khoan : info.kind === 'diem' && info.pattern === 'letter' ? this.diem : undefined;
    return !!last && compareKeys(last, k) === 0;
  }

  /** Record a label that starts a unit. */
  commit(info: LabelInfo): void {
    const k = Sequencer.key(info);
    switch (info.kind) {
      case 'phan': this.phan = k; this.chuong = this.chuong; this.muc = undefined; break;
      case 'chuong': this.chuong = k; this.muc = undefined; this.open = undefined; break;
      case 'muc': this.muc = k; this.open = undefined; break;
      case 'dieu': this.dieu = k; this.khoan = undefined; this.diem = undefined; this.decimal = undefined; this.open = 'dieu'; break;
      case 'khoan': this.khoan = k; this.khoanNumber = info.number; this.diem = undefined; this.decimal = undefined; this.open = 'khoan'; break;
      case 'diem':
        if (info.pattern === 'decimal') this.decimal = k;
        else { this.diem = k; this.open = 'diem'; }
        break;
      default: break;
    }
  }
}

export { isHeadingKind } from '../document/kinds.js';
