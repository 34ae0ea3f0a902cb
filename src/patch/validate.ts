/**
 * The fast patch validator: decides, without zod, whether a patch's data satisfies the zod schema
 * of src/patch/schema.ts, from that schema's own JSON Schema (generated into schema.generated.ts
 * by `npm run schema`). It interprets the few keywords zod writes for this schema — type, const,
 * enum, minLength, pattern (and `realDate`), minimum, maximum, minItems, items, properties,
 * required, additionalProperties: false, anyOf, oneOf — with zod's meaning where JSON Schema's
 * differs (a number is finite; an integer is a safe integer; a string's length is in UTF-16 code
 * units). On success it returns the data as zod would (each object's keys in the schema's
 * order); on failure, nothing: the loader then asks zod for the issues it words as diagnostics.
 * A differential property test (test/patch/validate.test.ts) holds it to zod on valid and
 * mutated patches.
 */
import { isRealDate } from './constants.js';

export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'array' | 'object';
  const?: unknown;
  enum?: readonly unknown[];
  minLength?: number;
  pattern?: string;
  realDate?: boolean;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
}

const FAIL: unique symbol = Symbol('invalid');
type Out = unknown | typeof FAIL;

const patterns = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let r = patterns.get(source);
  if (!r) patterns.set(source, (r = new RegExp(source)));
  return r;
}

function check(s: JsonSchema, v: unknown): Out {
  if (s.anyOf || s.oneOf) {
    const alts = (s.anyOf ?? s.oneOf)!;
    // the ops' alternatives exclude each other (distinct `op` consts): the first match is the only one
    for (const alt of alts) {
      const r = check(alt, v);
      if (r !== FAIL) return r;
    }
    return FAIL;
  }
  if (s.const !== undefined && v !== s.const) return FAIL;
  if (s.enum && !s.enum.includes(v)) return FAIL;
  switch (s.type) {
    case 'string': {
      if (typeof v !== 'string') return FAIL;
      if (s.minLength !== undefined && v.length < s.minLength) return FAIL;
      if (s.pattern !== undefined && !regex(s.pattern).test(v)) return FAIL;
      if (s.realDate && !isRealDate(v)) return FAIL;
      return v;
    }
    case 'number':
    case 'integer': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return FAIL;
      if (s.type === 'integer' && !Number.isSafeInteger(v)) return FAIL;
      if (s.minimum !== undefined && v < s.minimum) return FAIL;
      if (s.maximum !== undefined && v > s.maximum) return FAIL;
      return v;
    }
    case 'array': {
      if (!Array.isArray(v)) return FAIL;
      if (s.minItems !== undefined && v.length < s.minItems) return FAIL;
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) {
        const r = s.items ? check(s.items, v[i]) : v[i];
        if (r === FAIL) return FAIL;
        out.push(r);
      }
      return out;
    }
    case 'object': {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return FAIL;
      const o = v as Record<string, unknown>;
      const props = s.properties ?? {};
      if (s.additionalProperties === false) for (const k of Object.keys(o)) if (!Object.prototype.hasOwnProperty.call(props, k)) return FAIL;
      for (const k of s.required ?? []) if (!Object.prototype.hasOwnProperty.call(o, k) || o[k] === undefined) return FAIL;
      const out: Record<string, unknown> = {};
      for (const [k, ps] of Object.entries(props)) {
        if (!Object.prototype.hasOwnProperty.call(o, k) || o[k] === undefined) continue;
        const r = check(ps, o[k]);
        if (r === FAIL) return FAIL;
        out[k] = r;
      }
      return out;
    }
    default:
      return v;
  }
}

/** The data as zod's parse would give it, if it is valid; undefined if it is not. */
export function validate(schema: JsonSchema, data: unknown): { data: unknown } | undefined {
  const r = check(schema, data);
  return r === FAIL ? undefined : { data: r };
}
