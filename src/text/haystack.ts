/**
 * A matching key assembled from ranges of source texts (the segments of a unit, a whole unit),
 * that can show any range of the key as the user wrote it: the plain text of the source, with its
 * own diacritics and tone placement ("Tỉnh ủy", never the key's "Tỉnh uỷ"). Hints search the key
 * and display the original.
 */
import { sourceRange, type MappedText } from './mapped.js';
import { project } from './markup.js';

export interface HaystackPart {
  /** the matching key of a source range, mapped to offsets of `source` */
  key: MappedText;
  source: string;
  /** the source range the key was projected from (default: the key's own first and last offsets) */
  range?: readonly [number, number];
}

export class Haystack {
  /** the parts' keys joined by one space */
  readonly text: string;
  private readonly parts: ReadonlyArray<HaystackPart & { from: number }>;
  /** each part's plain projection, read in the context of the whole part (an emphasis that
   *  opens before a range and closes inside it is still emphasis) */
  private readonly plains = new Map<number, MappedText>();

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
        out.push(this.plainOf(p, s, e));
      }
    }
    return out.join(' ').replace(/\s+/g, ' ').normalize('NFC');
  }

  /** The plain text of source[s, e) as the projection of the whole part reads it. */
  private plainOf(p: HaystackPart & { from: number }, s: number, e: number): string {
    let plain = this.plains.get(p.from);
    if (!plain) {
      const n = p.key.text.length;
      const [a, b] = p.range ?? (n === 0 ? [0, 0] : [p.key.starts[0]!, p.key.ends[n - 1]!]);
      plain = project(p.source, a, b);
      this.plains.set(p.from, plain);
    }
    let out = '';
    for (let i = 0; i < plain.text.length; i++) if (plain.starts[i]! >= s && plain.ends[i]! <= e) out += plain.text.charAt(i);
    return out;
  }
}
