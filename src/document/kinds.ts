/**
 * The unit hierarchy, defined once (vietnamese-conventions.md §1; Nghị định 78/2025 Điều 62):
 * Phần ⊃ Chương ⊃ Mục ⊃ Tiểu mục ⊃ Điều ⊃ khoản ⊃ điểm ⊃ tiết, with unnumbered bullets (gạch đầu
 * dòng) below. Kinds and their ranks, the numbering patterns that print them and the patterns' own
 * ranks (a khoản "1." above a point "1.1." above a point "a)"), which kinds are headings, and each
 * kind's name in both languages. Every module that compares levels reads them here.
 */
import type { Pattern } from './labels.js';

/** Phần, Chương, Mục, Tiểu mục, Điều, Khoản, Điểm, Tiết, unnumbered bullets, and the preamble. */
export type UnitKind = 'intro' | 'phan' | 'chuong' | 'muc' | 'tieu-muc' | 'dieu' | 'khoan' | 'diem' | 'tiet' | 'bullet';

export const UNIT_KINDS: readonly UnitKind[] = ['intro', 'phan', 'chuong', 'muc', 'tieu-muc', 'dieu', 'khoan', 'diem', 'tiet', 'bullet'];

/** Rank of a unit kind in the hierarchy (lower contains higher); the preamble stands before all. */
export const KIND_RANK: Readonly<Record<UnitKind, number>> = {
  intro: -1, phan: 0, chuong: 1, muc: 2, 'tieu-muc': 3, dieu: 4, khoan: 5, diem: 6, tiet: 7, bullet: 8,
};

/** The kinds printed as headings (a label, then a title): Phần, Chương, Mục, Tiểu mục, Điều. */
export type HeadingKind = 'phan' | 'chuong' | 'muc' | 'tieu-muc' | 'dieu';

export function isHeadingKind(kind: string | undefined): kind is HeadingKind {
  return kind === 'phan' || kind === 'chuong' || kind === 'muc' || kind === 'tieu-muc' || kind === 'dieu';
}

/** The numbering patterns of headings ("Chương II", "Điều 5a.", a Roman "I." outline). */
export type HeadingPattern = 'phan' | 'chuong' | 'muc' | 'tieu-muc' | 'dieu' | 'roman';

export function isHeadingPattern(pattern: string | undefined): pattern is HeadingPattern {
  return pattern === 'roman' || isHeadingKind(pattern);
}

/**
 * Rank of a numbering pattern, finer than the kind's: within the kind "điểm" a decimal "1.1." is
 * above a letter "a)"; an unlabelled preamble paragraph between the points and the bullets.
 */
export const PATTERN_RANK: Readonly<Record<Pattern | 'intro', number>> = {
  phan: 0, chuong: 1, muc: 2, 'tieu-muc': 3, dieu: 4, roman: 0,
  arabic: 5, decimal: 6, letter: 7, paren: 8, intro: 8.5, bullet: 9, bullet2: 10,
};

/** The rank of a unit by its pattern: a Roman outline reads as Phần, or as Mục where the document says so. */
export function unitRank(u: { pattern: Pattern | 'intro'; kind: UnitKind }): number {
  if (u.pattern === 'roman') return u.kind === 'muc' ? PATTERN_RANK.muc : PATTERN_RANK.phan;
  return PATTERN_RANK[u.pattern];
}

/** Each kind's name as a sentence uses it (Điều, Chương … capitalised as printed; khoản, điểm … not). */
export const KIND_NAMES: Readonly<Record<UnitKind, { vi: string; en: string }>> = {
  intro: { vi: 'phần mở đầu', en: 'preamble' },
  phan: { vi: 'Phần', en: 'Part' },
  chuong: { vi: 'Chương', en: 'Chapter' },
  muc: { vi: 'Mục', en: 'Section' },
  'tieu-muc': { vi: 'Tiểu mục', en: 'Subsection' },
  dieu: { vi: 'Điều', en: 'Article' },
  khoan: { vi: 'khoản', en: 'clause' },
  diem: { vi: 'điểm', en: 'point' },
  tiet: { vi: 'tiết', en: 'item' },
  bullet: { vi: 'gạch đầu dòng', en: 'bullet' },
};
