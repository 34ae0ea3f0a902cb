/**
 * A matching key assembled from ranges of source texts (the segments of a unit, a whole unit),
 * that can show any range of the key as the user wrote it: the plain text of the source, with its
 * own diacritics and tone placement ("Tỉnh ủy", never the key's "Tỉnh uỷ"). Hints search the key
 * and display the original.
 */
import { sourceRange, type MappedText } from './mapped.js';
import { plainText } from './markup.js';

export interface HaystackPart {
  /** the matching key of a source range, mapped to offsets of `source` */
  key: MappedText;
  source: string;
}

export class Haystack {
  /** the parts' keys joined by one space */
  readonly text: string;
  private readonly parts: ReadonlyArray<HaystackPart & { from: number }>;

  constructor(parts: readonly HaystackPart[]) {
    let from = 0;
    const placed: Array<HaystackPart & { from: number }> = [];
    for (const p of parts) {
      placed.push({ ...p, from });
      from += p.key.text.length + 1;
    }
    this.parts = placed;
    this.text = parts.map((p) => p.key.text).join(' ');
  }

  /** A key range [from, to) as written in the source (markup stripped, whitespace folded). */
  original(from: number, to: number): string {
    const out: string[] = [];
    for (const p of this.parts) {
      const a = Math.max(from, p.from) - p.from;
      const b = Math.min(to, p.from + p.key.text.length) - p.from;
      if (b > a) {
        const [s, e] = sourceRange(p.key, a, b);
        out.push(plainText(p.source, s, e));
      }
    }
    return out.join(' ').replace(/\s+/g, ' ').normalize('NFC');
  }
}
