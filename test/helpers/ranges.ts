/** The range invariants of a parsed tree: siblings in order, children inside their parent, labels as printed. */
import { expect } from 'vitest';
import type { Unit } from '../../src/document/model.js';

export function checkRanges(text: string, units: readonly Unit[], parentStart: number, parentEnd: number): void {
  let prevEnd = parentStart;
  for (const u of units) {
    expect(u.start).toBeGreaterThanOrEqual(prevEnd);
    expect(u.end).toBeLessThanOrEqual(parentEnd);
    expect(u.labelStart).toBeGreaterThanOrEqual(u.start);
    expect(u.labelEnd).toBeLessThanOrEqual(u.end);
    if (u.label) expect(text.slice(u.labelStart, u.labelEnd).normalize('NFC')).toBe(u.label);
    expect(u.ownEnd).toBeLessThanOrEqual(u.end);
    // a unit's text is exactly its source slice, and ends on content
    expect(/\s$/.test(text.slice(u.start, u.end))).toBe(false);
    checkRanges(text, u.children, u.ownEnd, u.end);
    prevEnd = u.end;
  }
}
