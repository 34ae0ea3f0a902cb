/**
 * Load an amendment patch: YAML with node positions (eemeli `yaml`), so that every diagnostic
 * points at the line and column of the offending field; schema validation: the fast validator
 * (validate.ts) accepts a valid patch without loading zod, and only an invalid one asks zod for its
 * issues, which become the diagnostics (so their wording and places are zod's, as before); unknown
 * fields with a "did you mean" hint. Nothing here knows about regulations.
 */
import type { Document, Node, Pair } from 'yaml';
import { diagnosticAt, sortDiagnostics, type Diagnostic, type Message } from '../diagnostics/diagnostic.js';
import { SourceText } from '../text/source.js';
import { suggest } from '../util/suggest.js';
import { ONE_OF, OPS, type Op } from './constants.js';
import { loadYaml as yaml, readPatchYaml, type PatchYaml } from '../util/fastyaml.js';
import { FIELDS, PATCH_SCHEMA } from './schema.generated.js';
import { schemas, type Patch } from './schema.js';
import { validate } from './validate.js';

export type { YamlPath } from '../util/fastyaml.js';
type YamlPath = ReadonlyArray<string | number>;

export interface LoadedPatch {
  path: string;
  source: SourceText;
  patch?: Patch;
  diagnostics: Diagnostic[];
  /** offsets [start, end) of the YAML node at `path` (the nearest existing ancestor if absent) */
  at(path: YamlPath): [number, number];
  /** offsets of the key of the field at `path` */
  keyAt(path: YamlPath): [number, number];
}

/** Aliases a patch may use before it is taken for a resource-exhaustion attack. */
export const MAX_ALIASES = 50;

const YAML_CODES: Record<string, 'patch.yaml-duplicate-key' | 'patch.yaml-indent' | 'patch.yaml-tab' | 'patch.yaml-multiple' | 'patch.yaml-alias'> = {
  DUPLICATE_KEY: 'patch.yaml-duplicate-key',
  BAD_INDENT: 'patch.yaml-indent',
  TAB_AS_INDENT: 'patch.yaml-tab',
  MULTIPLE_DOCS: 'patch.yaml-multiple',
  BAD_ALIAS: 'patch.yaml-alias',
};

function nfcDeep(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfcDeep);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)]));
  return v;
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'map' : typeof v;
}

function getNode(doc: Document, path: YamlPath): Node | undefined {
  const { isMap, isSeq, isScalar } = yaml();
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) node = (node.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === key)?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
    if (node === undefined || node === null) return undefined;
  }
  return node as Node;
}

function getPair(doc: Document, path: YamlPath): Pair<Node, Node> | undefined {
  const { isMap, isScalar } = yaml();
  const parent = getNode(doc, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return (parent.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === key);
}

export interface LoadOptions {
  /** false: read through `yaml` even when the fast reader could (the tests compare the two) */
  fastReader?: boolean;
}

export function loadPatch(path: string, text: string, options: LoadOptions = {}): LoadedPatch {
  const source = new SourceText(path, text);
  const diagnostics: Diagnostic[] = [];
  // the fast reader's answer when it has one (the same data and offsets as yaml's), else yaml's
  const quick = options.fastReader === false ? undefined : readPatchYaml(text);
  const doc = quick ? undefined : yaml().parseDocument(text, { lineCounter: new (yaml().LineCounter)(), prettyErrors: false, uniqueKeys: true, strict: true });
  const tree: Pick<PatchYaml, 'node' | 'key'> = quick ?? {
    node(p) {
      const node = getNode(doc!, p);
      return node?.range ? [node.range[0], node.range[1]] : undefined;
    },
    key(p) {
      const k = getPair(doc!, p)?.key as Node | undefined;
      return k?.range ? [k.range[0], k.range[1]] : undefined;
    },
  };
  const at = (p: YamlPath): [number, number] => {
    for (let n = p.length; n >= 0; n--) {
      const node = tree.node(p.slice(0, n));
      if (node) return node;
      if (n > 0) {
        const k = tree.key(p.slice(0, n));
        if (k) return k;
      }
    }
    return [0, 0];
  };
  const keyAt = (p: YamlPath): [number, number] => tree.key(p) ?? at(p);
  const loaded: LoadedPatch = { path, source, diagnostics, at, keyAt };

  if (text.replace(/^\uFEFF/, '').trim() === '') {
    diagnostics.push(diagnosticAt(source, 0, 0, 'yaml-syntax', { id: 'patch.empty' }));
    return loaded;
  }
  for (const err of doc?.errors ?? []) {
    const quote = err.code === 'MISSING_CHAR' ? /Missing closing (["'])quote/.exec(err.message)?.[1] : undefined;
    if (quote) {
      // the parser notices at the end of the scalar (often the end of the file): point at the opening quote
      const open = openingQuote(text, err.pos[0], quote);
      diagnostics.push(diagnosticAt(source, open, open + 1, 'yaml-syntax', { id: quote === '"' ? 'patch.yaml-unclosed-double' : 'patch.yaml-unclosed-single' }));
      continue;
    }
    const id = YAML_CODES[err.code];
    diagnostics.push(diagnosticAt(source, err.pos[0], err.pos[1], 'yaml-syntax', id ? { id } : { id: 'patch.yaml', args: { detail: err.message.split('\n')[0]!, code: err.code } }));
  }
  if (diagnostics.length > 0) return loaded;

  let data: unknown;
  try {
    data = quick ? quick.data : doc!.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const bomb = e instanceof ReferenceError || /alias/i.test(String(e));
    diagnostics.push(diagnosticAt(source, 0, 0, 'yaml-syntax', bomb ? { id: 'patch.alias-bomb', args: { max: MAX_ALIASES } } : { id: 'patch.yaml', args: { detail: String(e), code: 'toJS' } }));
    return loaded;
  }
  data = nfcDeep(data);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(diagnosticAt(source, ...at([]), 'schema', { id: 'schema.not-a-map', args: { found: typeName(data) } }));
    return loaded;
  }

  // `op` first: a missing or unknown op makes every other message about that change noise
  const changes = (data as { changes?: unknown }).changes;
  const badOps = new Set<number>();
  if (Array.isArray(changes)) {
    changes.forEach((c, i) => {
      const op = c && typeof c === 'object' ? (c as { op?: unknown }).op : undefined;
      if (op === undefined) {
        badOps.add(i);
        diagnostics.push(diagnosticAt(source, ...at(['changes', i]), 'schema', { id: 'schema.missing-op', args: { ops: OPS.join(', ') } }, { change: changeId(c, i) }));
      } else if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) {
        badOps.add(i);
        const s = typeof op === 'string' ? suggest(op, OPS) : undefined;
        diagnostics.push(
          diagnosticAt(source, ...at(['changes', i, 'op']), 'schema', { id: 'schema.unknown-op', args: { op: String(op), ops: OPS.join(', ') } }, {
            change: changeId(c, i),
            ...(s ? { hint: { id: 'hint.did-you-mean', args: { suggestion: s } } } : {}),
          }),
        );
      }
    });
  }

  // a valid patch: the fast validator's answer; an invalid one: zod's issues, worded below
  const fast = validate(PATCH_SCHEMA, data);
  const result = fast ? { success: true as const, data: fast.data as Patch } : schemas().patchSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const p = issue.path as Array<string | number>;
      if (p[0] === 'changes' && typeof p[1] === 'number' && badOps.has(p[1])) continue;
      const change = p[0] === 'changes' && typeof p[1] === 'number' ? changeId((changes as unknown[])[p[1]], p[1]) : undefined;
      const extra = change !== undefined ? { change } : {};
      const field = fieldName(p);
      if (issue.code === 'unrecognized_keys') {
        const allowed = allowedFields(data, p);
        for (const key of issue.keys) {
          const s = suggest(key, allowed);
          diagnostics.push(
            diagnosticAt(source, ...keyAt([...p, key]), 'schema', { id: 'schema.unknown-field', args: { field: key } }, {
              ...extra,
              hint: s ? { id: 'hint.did-you-mean', args: { suggestion: s } } : { id: 'hint.fields', args: { fields: allowed.join(', ') } },
            }),
          );
        }
        continue;
      }
      const value = valueAt(data, p);
      if (value === undefined) {
        diagnostics.push(diagnosticAt(source, ...at(p), 'schema', { id: 'schema.missing', args: { field } }, extra));
        continue;
      }
      const plain = plainMessage(issue, p, value, field, text.slice(...at(p)));
      if (plain) {
        diagnostics.push(diagnosticAt(source, ...at(p), 'schema', plain, extra));
        continue;
      }
      diagnostics.push(diagnosticAt(source, ...at(p), 'schema', { id: 'schema.invalid', args: { field, expected: expectation(issue), found: typeName(value) } }, extra));
    }
  }

  // exactly one of after / before / into; unique change ids
  if (Array.isArray(changes)) {
    const seen = new Map<string, number>();
    changes.forEach((c, i) => {
      if (!c || typeof c !== 'object' || badOps.has(i)) return;
      const op = (c as { op: Op }).op;
      const fields = ONE_OF[op];
      if (fields) {
        const given = fields.filter((f) => (c as Record<string, unknown>)[f] !== undefined);
        if (given.length !== 1) {
          const where = given.length > 1 ? keyAt(['changes', i, given[1]!]) : at(['changes', i]);
          diagnostics.push(diagnosticAt(source, ...where, 'schema', { id: 'schema.one-of', args: { fields: fields.join(' / '), count: given.length } }, { change: changeId(c, i) }));
        }
      }
      const id = (c as { id?: unknown }).id;
      if (id !== undefined) {
        const key = String(id);
        if (seen.has(key)) {
          diagnostics.push(diagnosticAt(source, ...at(['changes', i, 'id']), 'schema', { id: 'schema.duplicate-id', args: { id: key, index: seen.get(key)! + 1 } }, { change: key }));
        } else seen.set(key, i);
      }
    });
  }

  if (diagnostics.length === 0 && result.success) loaded.patch = result.data;
  loaded.diagnostics = sortDiagnostics(diagnostics);
  return loaded;
}

/** The offset of the quote that opens the unclosed scalar ending at `end`. */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && (text[i - 1] === "'" || text[i + 1] === "'") && i + 1 < end) {
      i--; // '' is an escaped quote inside a single-quoted scalar
      continue;
    }
    return i;
  }
  return 0;
}

/** Whole-number fields and their least value. */
const WHOLE_NUMBERS: Record<string, number> = { occurrence: 1, expect_count: 0, quyche: 1 };

/** The cases zod words badly, in plain words (dates, whole numbers, empty strings); undefined for the rest. */
function plainMessage(issue: { code: string; message: string; minimum?: unknown }, p: ReadonlyArray<PropertyKey>, value: unknown, field: string, written: string): Message | undefined {
  const key = String(p[p.length - 1]);
  const found = (written.trim() || JSON.stringify(value)).slice(0, 40);
  if (issue.message === 'YYYY-MM-DD' && typeof value === 'string') return { id: 'schema.date', args: { field, found: value } };
  if (key === 'occurrence' && !(typeof value === 'string' && ['first', 'last', 'all'].includes(value))) return { id: 'schema.occurrence', args: { field, found } };
  if (key in WHOLE_NUMBERS && (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type')) return { id: 'schema.whole-number', args: { field, min: WHOLE_NUMBERS[key]!, found } };
  if (issue.code === 'too_small' && typeof value === 'string' && value.trim() === '') return { id: 'schema.empty', args: { field } };
  if (issue.code === 'too_small' && Array.isArray(value) && value.length === 0) return { id: 'schema.empty', args: { field } };
  return undefined;
}

/** A change's id for messages: its `id`, or its 1-based position. */
export function changeId(c: unknown, index: number): string {
  const id = c && typeof c === 'object' ? (c as { id?: unknown }).id : undefined;
  return id !== undefined ? String(id) : `#${index + 1}`;
}

function fieldName(p: ReadonlyArray<PropertyKey>): string {
  const parts = p.map((k) => (typeof k === 'number' ? `[${k + 1}]` : String(k)));
  return parts.join('.').replace(/\.\[/g, '[') || '(patch)';
}

function valueAt(data: unknown, p: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const k of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function allowedFields(data: unknown, p: ReadonlyArray<PropertyKey>): string[] {
  if (p.length === 0) return FIELDS.patch;
  if (p[0] === 'changes' && p.length === 2) {
    const op = (valueAt(data, p) as { op?: Op } | undefined)?.op;
    return op && FIELDS[op] ? FIELDS[op] : [];
  }
  if (p[0] === 'changes' && p[2] === 'basis') return FIELDS.basis;
  return [];
}

function expectation(issue: { code: string; expected?: unknown; values?: unknown[]; minimum?: unknown; message: string; format?: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      return String(issue.expected);
    case 'invalid_value':
      return (issue.values ?? []).map((v) => JSON.stringify(v)).join(' | ');
    case 'too_small':
      return `≥ ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.message;
    case 'invalid_union':
      return 'string | list';
    default:
      return issue.message;
  }
}
