/**
 * What the patch loader needs of the format without loading zod (issue 16: zod's import is ≈ 90 ms
 * of every start): the format version, the ops, the exactly-one-of fields, the date rule. The zod
 * schema (schema.ts) builds on these and re-exports them.
 */

export const FORMAT_VERSION = 1;

/** The pattern of a patch date (YYYY-MM-DD); a date must also exist (isRealDate). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists: 2024-02-29 yes, 2025-02-30 and 2025-13-45 no. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const OPS = ['replace', 'replace_heading', 'insert', 'repeal', 'replace_phrase', 'delete_phrase', 'insert_phrase', 'move'] as const;
export type Op = (typeof OPS)[number];

/** Exactly one of these fields is required (JSON Schema `oneOf`, checked by the loader). */
export const ONE_OF: Partial<Record<Op, string[]>> = {
  insert: ['after', 'before', 'into'],
  move: ['after', 'before', 'into'],
  insert_phrase: ['after', 'before'],
};
