/**
 * Stable ASCII anchors from label paths (product.md §2): `dieu-5a.khoan-2.diem-dd1`.
 * Lossless for đ (`dd`), so Điều 146đ (`dieu-146dd`) never collides with Điều 146d (`dieu-146d`).
 * Articles are numbered through the whole document, so an article's anchor does not repeat its
 * Chương; Chương, Mục and Phần anchors nest (`chuong-ii.muc-1`). A repeated label (a duplicate
 * number, reported by the numbering check) gets `--2`, `--3`.
 */
import type { Unit, UnitKind } from './model.js';

/** The ASCII form of a normalised number: lower case, đ → dd, '.' → '-'. */
function slugNumber(number: string): string {
  return number
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'dd')
    .replace(/\./g, '-')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function kindSlug(kind: UnitKind): string {
  return kind;
}

/** Segments by kind and number: a document repeats the same few numbers (khoản 1, điểm a …)
 *  thousands of times. */
const SEGMENTS = new Map<string, string>();
const PLAIN_NUMBER = /^[a-z0-9]+$/;

export function segment(u: Pick<Unit, 'kind' | 'number'>): string {
  if (u.kind === 'intro') return 'intro';
  const key = `${u.kind}:${u.number}`;
  let seg = SEGMENTS.get(key);
  if (seg === undefined) {
    seg = `${kindSlug(u.kind)}-${PLAIN_NUMBER.test(u.number) ? u.number : slugNumber(u.number)}`;
    if (SEGMENTS.size > 100_000) SEGMENTS.clear();
    SEGMENTS.set(key, seg);
  }
  return seg;
}

/** The anchor `base`, or `base--2`, `--3` … the first that `taken` does not hold (a repeated label). */
export function uniqueAnchor(base: string, taken: (anchor: string) => boolean): string {
  let anchor = base;
  for (let n = 2; taken(anchor); n++) anchor = `${base}--${n}`;
  return anchor;
}

/**
 * Assign anchors (and bullet ranks) over a tree whose parent's anchor is `prefix` ('' for the
 * document); returns the anchor index.
 */
export function assignAnchors(roots: readonly Unit[], prefix = ''): Map<string, Unit> {
  const index = new Map<string, Unit>();
  const visit = (units: readonly Unit[], parentAnchor: string): void => {
    let bullets = 0;
    for (const u of units) {
      if (u.kind === 'bullet') u.number = String(++bullets);
      const seg = segment(u);
      const anchor = uniqueAnchor(u.kind === 'dieu' || u.kind === 'intro' || parentAnchor === '' ? seg : `${parentAnchor}.${seg}`, (a) => index.has(a));
      u.anchor = anchor;
      index.set(anchor, u);
      visit(u.children, anchor);
    }
  };
  visit(roots, prefix);
  return index;
}

const ANCHOR = /^(?:ten-)?(?:intro|phan|chuong|muc|tieu-muc|dieu|khoan|diem|tiet|bullet)(?:-[a-z0-9-]+)?(?:\.(?:phan|chuong|muc|tieu-muc|dieu|khoan|diem|tiet|bullet)-[a-z0-9-]+)*$/;

/** Does this string look like an anchor rather than a citation? */
export function anchorLike(s: string): boolean {
  return ANCHOR.test(s);
}
