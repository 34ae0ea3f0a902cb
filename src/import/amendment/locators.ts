/**
 * The places an instruction names ("khoản 3 và khoản 6 Điều 2, khoản 2 và khoản 4 Điều 7c, tên
 * Điều và khoản 5 Điều 40, các khoản 2, 3 và 4 Điều 43"), as one citation per unit in the amended
 * document ("khoản 3 Điều 2", "tên Điều 40", …), completed by the context of an enclosing
 * instruction ("Sửa đổi, bổ sung một số khoản của Điều 6 như sau: a) … khoản 1 …" → "khoản 1
 * Điều 6"). Lists and ranges are the citation grammar's (src/citation/parse.ts); this module only
 * cuts a list into its groups and writes each unit's path.
 */
import type { CitationStyle } from '../../citation/format.js';
import { expandPaths, levelRank, parseCitation, type DocumentRef, type Level, type PathSegment } from '../../citation/parse.js';

export type Context = PathSegment[];

export interface Located {
  /** one citation per unit, state style, smallest first: "điểm c khoản 1 Điều 48" */
  targets: string[];
  /** the paths, largest first (for the compiler's own use: the context of nested instructions) */
  paths: PathSegment[][];
  headings: boolean[];
  /** the document named after the places ("… của Luật Bảo hiểm xã hội số 41/2024/QH15") */
  document?: DocumentRef;
}

const WORD: Record<Level, string> = {
  phan: 'Phần',
  chuong: 'Chương',
  muc: 'Mục',
  'tieu-muc': 'Tiểu mục',
  dieu: 'Điều',
  khoan: 'khoản',
  diem: 'điểm',
  tiet: 'tiết',
  bullet: 'gạch đầu dòng',
};

function segmentText(s: PathSegment): string {
  if (s.range) return `từ ${WORD[s.level]} ${s.range.from} đến ${WORD[s.level]} ${s.range.to}`;
  return `${WORD[s.level]} ${s.number}`;
}

/**
 * A path written largest first, as a citation: "điểm a khoản 2 Điều 5" (state style) or
 * "Điểm a, Khoản 2, Điều 5" (Party style: every unit word capitalised, commas).
 */
export function pathText(path: readonly PathSegment[], heading = false, style: CitationStyle = 'state'): string {
  const parts = [...path].reverse().map(segmentText);
  if (style === 'party') {
    const t = parts.map((p) => p.charAt(0).toLocaleUpperCase('vi') + p.slice(1)).join(', ');
    return heading ? `Tên ${t}` : t;
  }
  const t = parts.join(' ');
  return heading ? `tên ${t}` : t;
}

/** The path completed by the context's larger levels. */
export function complete(path: PathSegment[], context: Context): PathSegment[] {
  const first = path[0];
  if (!first) return [...context];
  const rank = levelRank(first.level);
  return [...context.filter((c) => levelRank(c.level) < rank), ...path];
}

// a group ends after an article ("… Điều 2, khoản 2 …", "… Điều 2 và khoản 1 …", "…; …")
const GROUP_END = /(Điều\s+\d+[a-zđ]*)\s*(?:,|;|\s+và\s+)\s*(?=\S)/giu;

/**
 * The places of a locator list, or undefined when a part is not a citation (the caller refuses
 * the instruction: it never guesses).
 */
export function locate(input: string, context: Context = [], style: CitationStyle = 'state'): Located | undefined {
  const text = input
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:tại|ở)\s+/iu, '')
    .replace(/[\s.;:,]+$/u, '');
  if (!text) return undefined;
  const groups: string[] = [];
  let from = 0;
  GROUP_END.lastIndex = 0;
  for (let m = GROUP_END.exec(text); m; m = GROUP_END.exec(text)) {
    // "Điều 2 và khoản 1 Điều 3": a new group; but "khoản 3 và khoản 4 Điều 5" stays whole
    groups.push(text.slice(from, m.index + m[1]!.length));
    from = m.index + m[0].length;
  }
  groups.push(text.slice(from));
  const out: Located = { targets: [], paths: [], headings: [] };
  for (let g of groups) {
    g = g.replace(/^(?:và|,|;)\s*/u, '').trim();
    // "tên Điều và khoản 5 Điều 40": the heading of the group's article, then the rest
    const named = /^tên\s+(?:của\s+)?Điều\s+và\s+(.+?\sĐiều\s+(\d+[a-zđ]*).*)$/iu.exec(g);
    const parts: Array<{ text: string; heading: boolean }> = named
      ? [{ text: `Điều ${named[2]}`, heading: true }, { text: named[1]!, heading: false }]
      : [{ text: g, heading: false }];
    for (const part of parts) {
      const c = parseCitation(part.text);
      if (!c || c.levels.length === 0) return undefined;
      if (c.document && !c.document.relative) out.document = c.document;
      for (const p of expandPaths(c)) {
        if (p.some((s) => s.relative)) return undefined;
        const full = complete(p, context);
        const heading = part.heading || c.heading;
        out.paths.push(full);
        out.headings.push(heading);
        out.targets.push(pathText(full, heading, style));
      }
    }
  }
  return out;
}
