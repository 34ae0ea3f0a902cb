/**
 * Front matter: the YAML block between `---` lines at the top of a regulation file, read as the
 * document's metadata (number, type, title, issuer, date, effective, status, superseded_by,
 * amended_by, history, excerpt, labels, style).
 * Bad fields are reported with their line and column; the document is still read.
 *
 * The YAML is read by the fast reader (src/util/fastyaml.ts: yaml's data and ranges, or
 * undefined) and by eemeli `yaml`, loaded on first use, only when it declines (issue 16: `check`
 * start-up): the fields, their ranges, and so every diagnostic are the same either way
 * (test/document/frontmatter.test.ts compares the two).
 */
import type { Node, Pair } from 'yaml';
import { diagnosticAt, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ArgsOf } from '../i18n/messages.js';
import type { SourceText } from '../text/source.js';
import { parseDate } from '../util/dates.js';
import { loadYaml, readPatchYaml } from '../util/fastyaml.js';
import { suggest } from '../util/suggest.js';
import type { DocumentMeta, DocumentStatus, LevelNames } from './model.js';

const META_FIELDS = [
  'number', 'type', 'title', 'issuer', 'date', 'effective', 'status', 'superseded_by', 'amended_by', 'history', 'excerpt', 'labels', 'style',
] as const;

const STATUSES: readonly DocumentStatus[] = ['in-force', 'amended', 'superseded', 'repealed', 'draft'];

export interface FrontMatter {
  meta: DocumentMeta;
  /** [start, end) of the block, delimiters and the closing line break included */
  block?: { start: number; end: number };
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

export interface FrontMatterOptions {
  /** false: read through `yaml` even when the fast reader could (the tests compare the two) */
  fastReader?: boolean;
}

export function readFrontMatter(source: SourceText, from: number, options: FrontMatterOptions = {}): FrontMatter {
  const text = source.text;
  const diagnostics: Diagnostic[] = [];
  const open = OPEN.exec(text.slice(from, from + 8));
  if (!open) return { meta: {}, bodyStart: from, diagnostics };
  const contentStart = from + open[0].length;
  CLOSE.lastIndex = contentStart;
  const close = CLOSE.exec(text);
  if (!close) {
    diagnostics.push(diagnosticAt(source, from, from + 3, 'front-matter', { id: 'front-matter.unclosed' }));
    return { meta: {}, bodyStart: from, diagnostics };
  }
  const contentEnd = close.index;
  const end = close.index + close[0].length;
  const yamlText = text.slice(contentStart, contentEnd);
  const meta: DocumentMeta = {};
  /** One field: its key, the key's range and the value's (in yamlText), its value as data. */
  const field = (key: string, keyRange: readonly number[], vr: readonly number[], value: unknown): void => {
    const at = (r: readonly number[]): [number, number] => [contentStart + r[0]!, contentStart + r[1]!];
    const bad = (expected: Parameters<typeof expectedMessage>[0]): void => {
      const [a, b] = at(vr);
      diagnostics.push(diagnosticAt(source, a, b, 'front-matter', { id: 'front-matter.bad-value', args: { field: key } }, { hint: { id: expectedMessage(expected) } }));
    };
    switch (key) {
      case 'number':
      case 'type':
      case 'title':
      case 'issuer':
        if (value === null || value === undefined) break;
        if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value).normalize('NFC').trim();
        else bad('string');
        break;
      case 'superseded_by':
        if (value === null || value === undefined) break;
        if (typeof value === 'string') meta.superseded_by = value.normalize('NFC').trim();
        else bad('string');
        break;
      case 'date':
      case 'effective': {
        if (value === null || value === undefined) break;
        const d = typeof value === 'string' ? parseDate(value) : undefined;
        if (d) meta[key] = d;
        else bad('date');
        break;
      }
      case 'status':
        if (value === null || value === undefined) break;
        if (typeof value === 'string' && (STATUSES as readonly string[]).includes(value)) meta.status = value as DocumentStatus;
        else bad('status');
        break;
      case 'excerpt':
        if (value === null || value === undefined) break;
        if (typeof value === 'boolean') meta.excerpt = value;
        else bad('boolean');
        break;
      case 'amended_by':
        if (value === null || value === undefined) break;
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) meta.amended_by = value.map((v: string) => v.normalize('NFC'));
        else if (typeof value === 'string') meta.amended_by = [value.normalize('NFC')];
        else bad('string');
        break;
      case 'history':
        // the amending documents a consolidated text already holds, as its header prints them
        if (value === null || value === undefined) break;
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) meta.history = value.map((v: string) => v.normalize('NFC').trim());
        else if (typeof value === 'string') meta.history = [value.normalize('NFC').trim()];
        else bad('string');
        break;
      case 'style':
        if (value === 'party' || value === 'state') meta.style = value;
        else if (value !== null && value !== undefined) bad('string');
        break;
      case 'labels': {
        if (value === null || value === undefined) break;
        const names: LevelNames = {};
        let ok = typeof value === 'object' && !Array.isArray(value);
        if (ok) {
          for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            if ((k === 'decimal' || k === 'letter' || k === 'paren') && typeof v === 'string') names[k] = v.normalize('NFC');
            else ok = false;
          }
        }
        if (ok) meta.labels = names;
        else bad('labels');
        break;
      }
      default: {
        const [a, b] = at(keyRange);
        const s = suggest(key, META_FIELDS);
        diagnostics.push(
          diagnosticAt(source, a, b, 'front-matter', { id: 'front-matter.unknown-field', args: { field: key } }, {
            hint: s ? { id: 'hint.did-you-mean', args: { suggestion: s } } : { id: 'hint.fields', args: { fields: META_FIELDS.join(', ') } },
          }),
        );
        (meta.extra ??= {})[key] = value;
      }
    }
  };
  // the fast reader reads only documents without an error, whose root is a mapping
  const quick = options.fastReader === false ? undefined : readPatchYaml(yamlText);
  if (quick) {
    const data = quick.data as Record<string, unknown>;
    for (const key of quick.keys([])!) {
      const keyRange = quick.key([key])!;
      field(key, keyRange, quick.node([key]) ?? keyRange, data[key]);
    }
    return { meta, block: { start: from, end }, bodyStart: end, diagnostics };
  }
  const { LineCounter, parseDocument, isMap, isScalar } = loadYaml();
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const [a, b] = err.pos;
    diagnosticsPush(diagnostics, source, contentStart + a, contentStart + b, 'front-matter.yaml', { detail: err.message.split('\n')[0]! });
  }
  const contents = doc.contents;
  if (doc.errors.length === 0 && contents && isMap(contents)) {
    for (const item of contents.items as Pair<Node, Node>[]) {
      const key = isScalar(item.key) ? String(item.key.value) : '';
      const keyRange = item.key?.range ?? [0, 0];
      const valueNode = item.value;
      const value = valueNode && isScalar(valueNode) ? valueNode.value : valueNode ? (valueNode as Node).toJSON() : null;
      field(key, keyRange, valueNode?.range ?? keyRange, value);
    }
  }
  return { meta, block: { start: from, end }, bodyStart: end, diagnostics };
}

function expectedMessage(kind: 'string' | 'date' | 'status' | 'boolean' | 'labels') {
  return (`expected.${kind}`) as 'expected.string';
}

function diagnosticsPush(
  ds: Diagnostic[],
  source: SourceText,
  a: number,
  b: number,
  id: 'front-matter.yaml',
  args: ArgsOf<'front-matter.yaml'>,
): void {
  ds.push(diagnosticAt(source, a, b, 'front-matter', { id, args }));
}
