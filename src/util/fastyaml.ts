/**
 * A fast reader for the block YAML in which patches and the front matter of regulations are
 * written (issue 16: `check` start-up, `amend` of big patches). eemeli `yaml` reads about 1 MB/s;
 * this reads the same documents about ten times faster warm and seven to nine times in a cold
 * process (docs/performance.md, branches issue-16y and issue-16f), and gives exactly what
 * src/patch/load.ts and src/document/frontmatter.ts got from `yaml` — the data of `doc.toJS()`
 * (core schema, YAML 1.2) and the ranges `[start, end)` that `node.range` / `pair.key.range` give
 * for every node and key — or `undefined`, and then they ask `yaml` as before. It never
 * throws, and it never reports: a document with any error, and any document outside the subset
 * or in doubt, goes to `yaml`, whose diagnostics stay the only ones. It lives in util/, below
 * both of its users (document/ cannot import patch/).
 *
 * The subset (everything else is `undefined`):
 * - a root block mapping at column 0, after an optional BOM, blank lines and comments;
 * - block mappings of single-line keys (plain or quoted, resolving to strings) and block sequences,
 *   `- key: value` items holding mappings, a sequence at its key's indentation (`changes:\n- …`);
 * - single-line plain, single-quoted and double-quoted scalars (the escapes of YAML 1.2), typed as
 *   yaml's core schema types them (null, booleans, integers in base 10, 8 and 16, floats, .inf,
 *   .nan);
 * - as a mapping's value on its key's line, a flow sequence of such scalars opened and closed on
 *   that line (`key: [a, b, "c d", 'e']`, `key: []`, spaces anywhere between), its plain items
 *   holding none of `,[]{}#:` and starting as a block plain scalar may, followed by nothing but
 *   spaces and a comment;
 * - literal and folded block scalars with clip, strip or keep chomping and an automatic
 *   indentation (no indentation indicator, no more-indented line in a folded scalar, no
 *   whitespace-only line longer than the content's indentation);
 * - comment lines indented no deeper than the next content line (deeper ones belong to the end of
 *   the node before, which moves yaml's ranges), blank lines, LF or CRLF line breaks.
 * Refused: tabs, control characters, a lone CR, anchors, aliases, tags, directives, `---` and
 * `...`, flow mappings, flow sequences anywhere else (as an item, on the line after their key) or
 * holding a collection, a pair (`[a: b]`), an empty item, a trailing comma (yaml drops it; declined
 * all the same), a comment or a line break, explicit and complex keys, multi-line plain and quoted scalars,
 * duplicate keys, keys that are not strings (`1:`), keys `<<` and `__proto__`, keys longer than
 * 1,000 characters, empty block scalars, a nested sequence on an item's line (`- - x`), a
 * comment after an empty value or before an empty item (yaml's range of the empty node takes it),
 * a scalar alone on the line after its key, a root that is not a mapping.
 *
 * The property test (test/patch/fastyaml.test.ts) holds it to `yaml` as the oracle.
 */

import { createRequire } from 'node:module';

export type YamlPath = ReadonlyArray<string | number>;

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/**
 * eemeli `yaml`, loaded on first use, for what the fast reader declines (and quyche.yaml): a run
 * whose YAML the reader reads loads none of it. A literal `require('yaml')` where there is a
 * `require` (the CommonJS bundle, in which esbuild resolves it to the bundled copy), else node's
 * require from this module (dist/, ESM).
 */
export function loadYaml(): YamlModule {
  if (!yamlModule) yamlModule = (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as YamlModule;
  return yamlModule;
}

/** What load.ts needs of a parsed patch: its data and the offsets of its nodes and keys. */
export interface PatchYaml {
  data: unknown;
  /** [start, end) of the node at `path` (yaml's `range[0], range[1]`), undefined when there is none */
  node(path: YamlPath): [number, number] | undefined;
  /** [start, end) of the key of the pair at `path`, undefined when there is none */
  key(path: YamlPath): [number, number] | undefined;
  /** the keys of the mapping at `path` in the order written (an object's own order puts `"1"` first), undefined when it is not a mapping */
  keys(path: YamlPath): string[] | undefined;
}

// every node holds its data (`v`): the reader returns one object, not a tuple (in the interpreter,
// where a cold run reads a patch, destructuring a returned array costs more than the reading)
interface ScalarNode {
  kind: 0;
  v: unknown;
  r0: number;
  r1: number;
  /** yaml's range[2]: the end after the spaces, comment and line break that follow */
  r2: number;
}
interface MapNode {
  kind: 1;
  v: Record<string, unknown>;
  r0: number;
  r1: number;
  r2: number;
  keys: string[];
  /** start and end of each key, two numbers a key */
  keyRanges: number[];
  values: FNode[];
}
interface SeqNode {
  kind: 2;
  v: unknown[];
  r0: number;
  r1: number;
  r2: number;
  items: FNode[];
}
type FNode = ScalarNode | MapNode | SeqNode;

/** Thrown inside the reader when the document leaves the subset; caught by readPatchYaml. */
class Bail {}
const BAIL = new Bail();
function bail(): never {
  throw BAIL;
}

// anything that yaml reads differently from plain text, or refuses: tabs, C0/C1 controls, DEL,
// line and paragraph separators, non-characters, a BOM after the start
const REFUSED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;

const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar as yaml's core schema resolves it (the tags in yaml's order). */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // only these first characters can start a non-string (or be empty)
  if (!(s.length === 0 || c === 0x7e || c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39) || c === 0x4e || c === 0x6e || c === 0x54 || c === 0x74 || c === 0x46 || c === 0x66)) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return s[0] === 't' || s[0] === 'T';
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/** Characters that cannot start a plain scalar here (or start something this reader refuses). */
function badPlainStart(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return c === 0x2d || c === 0x3f || c === 0x3a || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x23 || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === 0x27 || c === 0x22 || c === 0x25 || c === 0x40 || c === 0x60;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

/**
 * Reads `text` (a whole patch file) if it is in the subset; undefined otherwise. Never throws.
 */
export function readPatchYaml(text: string): PatchYaml | undefined {
  try {
    return read(text);
  } catch {
    return undefined; // Bail, or anything unforeseen (the fallback is always right)
  }
}

function read(text: string): PatchYaml | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (REFUSED_CHARS.test(bom ? text.slice(1) : text) || LONE_CR.test(text)) return undefined;

  // the lines: start of content, end of content (before \r\n), start of the next line, indentation
  const starts: number[] = [];
  const ends: number[] = [];
  const nexts: number[] = [];
  const indents: number[] = [];
  /** 0 content, 1 blank (spaces only), 2 comment */
  const kinds: number[] = [];
  {
    let s = bom;
    const n = text.length;
    while (s < n) {
      let nl = text.indexOf('\n', s);
      if (nl === -1) nl = n;
      let e = nl;
      if (e > s && text.charCodeAt(e - 1) === 0x0d) e--;
      let i = s;
      while (i < e && text.charCodeAt(i) === SPACE) i++;
      starts.push(s);
      ends.push(e);
      nexts.push(nl < n ? nl + 1 : n);
      indents.push(i - s);
      const kind = i === e ? 1 : text.charCodeAt(i) === HASH ? 2 : 0;
      kinds.push(kind);
      if (kind === 0 && i === s) {
        // column 0: document markers and directives are not in the subset
        const c = text.charCodeAt(i);
        if (c === 0x25) return undefined;
        if ((c === DASH || c === 0x2e) && (text.startsWith('---', i) || text.startsWith('...', i))) {
          const after = i + 3 < e ? text.charCodeAt(i + 3) : SPACE;
          if (after === SPACE) return undefined;
        }
      }
      s = nl + 1;
    }
  }
  const lineCount = starts.length;

  /** the line being read (its content not consumed yet, or partly by the caller) */
  let line = 0;
  /** Whether a comment line is among the lines [from, to). */
  const hasComment = (from: number, to: number): boolean => {
    for (let l = from; l < to; l++) if (kinds[l] === 2) return true;
    return false;
  };
  /** Whether a comment line is among the lines without content just before line `l`. */
  const commentAbove = (l: number): boolean => {
    for (let k = l - 1; k >= 0 && kinds[k] !== 0; k--) if (kinds[k] === 2) return true;
    return false;
  };

  /**
   * Moves `line` to the next content line at or after `from`, checking that the comments skipped
   * are indented no deeper than it (deeper ones join the end of the node before, in yaml's
   * ranges). Returns its indentation, or -1 at the end of the document.
   */
  const nextContent = (from: number): number => {
    let deepest = -1;
    let l = from;
    while (l < lineCount && kinds[l] !== 0) {
      if (kinds[l] === 2 && indents[l]! > deepest) deepest = indents[l]!;
      l++;
    }
    line = l;
    const ind = l < lineCount ? indents[l]! : 0;
    if (deepest > ind) bail();
    return l < lineCount ? indents[l]! : -1;
  };

  /** After a value that ends its line at `p`: only spaces, then a comment (after a space) or the end. */
  const endOfLine = (p: number, e: number): void => {
    let i = p;
    while (i < e && text.charCodeAt(i) === SPACE) i++;
    if (i < e && (text.charCodeAt(i) !== HASH || i === p)) bail();
  };

  /** set by scanPlain: whether the scalar stopped at a `: ` (a key) */
  let stopAtColon = false;
  /** Plain scalar from `p` on its line: the end of its text (stopAtColon: whether a `: ` ends it). */
  const scanPlain = (p: number, e: number): number => {
    let last = p;
    stopAtColon = false;
    for (let i = p; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (i + 1 >= e || text.charCodeAt(i + 1) === SPACE) {
          stopAtColon = true;
          return last;
        }
        last = i + 1;
      } else if (c === SPACE) {
        if (i + 1 < e && text.charCodeAt(i + 1) === HASH) return last;
      } else last = i + 1;
    }
    return last;
  };

  /** set by readQuoted: the value of the quoted scalar */
  let quoted = '';
  /** A quoted scalar opening at `p`: the end after the closing quote (its value in `quoted`). */
  const readQuoted = (p: number, e: number): number => {
    const q = text.charCodeAt(p);
    let out = '';
    let run = p + 1;
    if (q === 0x27) {
      for (let i = p + 1; i < e; i++) {
        if (text.charCodeAt(i) !== 0x27) continue;
        if (i + 1 < e && text.charCodeAt(i + 1) === 0x27) {
          out += text.slice(run, i + 1);
          i++;
          run = i + 1;
          continue;
        }
        quoted = out + text.slice(run, i);
        return i + 1;
      }
      bail(); // multi-line or unclosed
    }
    for (let i = p + 1; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        quoted = out + text.slice(run, i);
        return i + 1;
      }
      if (c !== 0x5c) continue;
      out += text.slice(run, i);
      const next = text[i + 1];
      if (next === undefined || i + 1 >= e) bail(); // an escaped line break: multi-line
      const esc = ESCAPES[next];
      if (esc !== undefined) {
        out += esc;
        i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const len = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + len);
        if (hex.length !== len || i + 2 + len > e || !HEX_DIGITS.test(hex)) bail();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) bail();
        out += String.fromCodePoint(code);
        i += 1 + len;
      } else bail();
      run = i + 1;
    }
    bail(); // multi-line or unclosed
  };

  /**
   * A block scalar whose header (`|` or `>`) is at `p` on line `line`, in a collection indented
   * `parent`. Leaves `line` at the first line after it.
   */
  const readBlockScalar = (p: number, parent: number): ScalarNode => {
    const e = ends[line]!;
    const folded = text.charCodeAt(p) === 0x3e;
    let i = p + 1;
    let chomp = 0; // 0 clip, 1 strip, 2 keep
    const c1 = i < e ? text.charCodeAt(i) : SPACE;
    if (c1 === DASH) {
      chomp = 1;
      i++;
    } else if (c1 === 0x2b) {
      chomp = 2;
      i++;
    }
    endOfLine(i, e);
    // the content lines
    let l = line + 1;
    const leading: number[] = [];
    while (l < lineCount && kinds[l] === 1) {
      leading.push(l);
      l++;
    }
    if (l >= lineCount) bail(); // empty
    const m = indents[l]!;
    if (m <= parent) bail(); // empty, or not indented
    for (const b of leading) if (indents[b]! > m) bail();
    let value = '';
    let sep = '';
    for (let k = 0; k < leading.length; k++) value += '\n';
    let lastContent = l;
    let blanks = 0; // blank lines since the last content line
    for (; l < lineCount; l++) {
      const ind = indents[l]!;
      const blank = ends[l]! === starts[l]! + ind;
      if (blank) {
        if (ind > m) bail();
        if (text.charCodeAt(nexts[l]! - 1) === 0x0a) blanks++; // a last line without a line break breaks no line
        continue;
      }
      if (ind < m) break;
      if (ind > m && folded) bail(); // more-indented lines fold differently
      const content = text.slice(starts[l]! + m, ends[l]!);
      if (folded) {
        // yaml's folding: a line break between two lines is a space, empty lines are line breaks
        for (let k = 0; k < blanks; k++) {
          if (sep === '\n') value += '\n';
          else sep = '\n';
        }
        value += sep + content;
        sep = ' ';
      } else {
        value += sep + '\n'.repeat(blanks) + content;
        sep = '\n';
      }
      blanks = 0;
      lastContent = l;
    }
    // l: the first line after the scalar (a less indented line, or the end)
    if (l < lineCount && indents[l]! > parent && kinds[l] === 0) bail(); // less indented than its content
    let end: number;
    if (chomp === 2) {
      value += '\n'.repeat(blanks + 1);
      end = l < lineCount ? starts[l]! : text.length;
    } else {
      if (chomp === 0) value += '\n';
      end = nexts[lastContent]!;
    }
    line = l;
    return { kind: 0, v: value, r0: p, r1: end, r2: end };
  };

  /**
   * A value starting at `p` on line `line` (not at its end), in a collection indented `parent`:
   * a scalar. Leaves `line` after it.
   */
  const readScalarValue = (p: number, parent: number): ScalarNode => {
    const e = ends[line]!;
    const c = text.charCodeAt(p);
    if (c === 0x7c || c === 0x3e) return readBlockScalar(p, parent);
    if (c === 0x22 || c === 0x27) {
      const q = readQuoted(p, e);
      endOfLine(q, e);
      const node: ScalarNode = { kind: 0, v: quoted, r0: p, r1: q, r2: nexts[line]! };
      line++;
      return node;
    }
    if (badPlainStart(c) && !(c === DASH && p + 1 < e && text.charCodeAt(p + 1) !== SPACE && text.charCodeAt(p + 1) !== DASH)) bail();
    const end = scanPlain(p, e);
    if (stopAtColon) bail(); // `key: a: b`
    const node: ScalarNode = { kind: 0, v: resolvePlain(text.slice(p, end)), r0: p, r1: end, r2: nexts[line]! };
    line++;
    return node;
  };

  /**
   * A flow sequence of scalars opening at `p` (`[`) and closing on the same line, as a mapping's
   * value: `[a, b, "c d", 'e']`, `[]`. Its items are plain scalars without `,[]{}#:`, or quoted
   * ones; no empty item, no trailing comma, nothing but a comment after the `]`. Leaves `line`
   * after it.
   */
  const readFlowSeq = (p: number): SeqNode => {
    const e = ends[line]!;
    const data: unknown[] = [];
    const items: FNode[] = [];
    let i = p + 1;
    while (i < e && text.charCodeAt(i) === SPACE) i++;
    if (i < e && text.charCodeAt(i) === 0x5d) i++; // `[]`
    else {
      for (;;) {
        if (i >= e) bail(); // multi-line
        const c = text.charCodeAt(i);
        let item: ScalarNode;
        if (c === 0x22 || c === 0x27) {
          const q = readQuoted(i, e);
          item = { kind: 0, v: quoted, r0: i, r1: q, r2: q };
          i = q;
        } else {
          // `-x` is a plain scalar; `- x`, `--`, `-,` and `-]` are not read here
          if (badPlainStart(c) && !(c === DASH && i + 1 < e && !badPlainStart(text.charCodeAt(i + 1)) && text.charCodeAt(i + 1) !== SPACE)) bail();
          let last = i;
          let j = i;
          for (; j < e; j++) {
            const d = text.charCodeAt(j);
            if (d === 0x2c || d === 0x5d) break;
            // a nested collection, a flow mapping, a pair or a comment: not here
            if (d === 0x5b || d === 0x7b || d === 0x7d || d === COLON || d === HASH) bail();
            if (d !== SPACE) last = j + 1;
          }
          item = { kind: 0, v: resolvePlain(text.slice(i, last)), r0: i, r1: last, r2: last };
          i = j;
        }
        data.push(item.v);
        items.push(item);
        while (i < e && text.charCodeAt(i) === SPACE) i++;
        if (i >= e) bail(); // multi-line
        const d = text.charCodeAt(i++);
        if (d === 0x5d) break;
        if (d !== 0x2c) bail(); // `["a" b]`, `["a": b]`
        // the next item (a trailing comma or an empty item: `,` and `]` cannot start a plain scalar)
        while (i < e && text.charCodeAt(i) === SPACE) i++;
      }
    }
    endOfLine(i, e);
    const node: SeqNode = { kind: 2, v: data, r0: p, r1: i, r2: nexts[line]!, items };
    line++;
    return node;
  };

  /** set by readKey: the key, the end of its text, the offset after its `:` */
  let key = '';
  let keyEnd = 0;
  let afterColon = 0;
  /** A key at `p` on line `line` (in key, keyEnd, afterColon). */
  const readKey = (p: number): void => {
    const e = ends[line]!;
    const c = text.charCodeAt(p);
    let kend: number;
    let colon: number;
    if (c === 0x22 || c === 0x27) {
      const q = readQuoted(p, e);
      let i = q;
      while (i < e && text.charCodeAt(i) === SPACE) i++;
      if (i >= e || text.charCodeAt(i) !== COLON || (i + 1 < e && text.charCodeAt(i + 1) !== SPACE)) bail();
      key = quoted;
      kend = q;
      colon = i;
    } else {
      if (badPlainStart(c)) bail();
      const end = scanPlain(p, e);
      if (!stopAtColon) bail();
      key = text.slice(p, end);
      if (typeof resolvePlain(key) !== 'string') bail(); // a number, boolean or null as a key
      kend = end;
      colon = text.indexOf(':', end);
    }
    if (key === '__proto__' || key === '<<' || colon - p > 1000) bail();
    keyEnd = kend;
    afterColon = colon + 1;
  };

  /** A block mapping whose first key is at `p` on line `line`, indented `n`. */
  const readMap = (p: number, n: number): MapNode => {
    const data: Record<string, unknown> = {};
    const node: MapNode = { kind: 1, v: data, r0: p, r1: p, r2: p, keys: [], keyRanges: [], values: [] };
    let at = p;
    for (;;) {
      readKey(at);
      const k = key;
      if (node.keys.includes(k)) bail(); // duplicate key: yaml's error
      node.keys.push(k);
      node.keyRanges.push(at, keyEnd);
      const e = ends[line]!;
      let v = afterColon;
      while (v < e && text.charCodeAt(v) === SPACE) v++;
      let vnode: FNode;
      if (v >= e || text.charCodeAt(v) === HASH) {
        // the value is on the next lines, or empty
        const here = line;
        const ind = nextContent(line + 1);
        const c = ind >= 0 ? text.charCodeAt(starts[line]! + ind) : 0;
        const isItem = ind >= 0 && c === DASH && (starts[line]! + ind + 1 >= ends[line]! || text.charCodeAt(starts[line]! + ind + 1) === SPACE);
        if (ind > n || (ind === n && isItem)) {
          vnode = readBlock(ind);
        } else {
          // a comment after an empty value: yaml's range of the value takes it (and those after it)
          if (v < e || hasComment(here + 1, line)) bail();
          vnode = { kind: 0, v: null, r0: v, r1: v, r2: v };
        }
      } else if (text.charCodeAt(v) === 0x5b) {
        vnode = readFlowSeq(v);
      } else {
        vnode = readScalarValue(v, n);
      }
      data[k] = vnode.v;
      node.values.push(vnode);
      node.r1 = node.r2 = vnode.r2;
      const ind = nextContent(line);
      if (ind < n) return node;
      if (ind > n) bail();
      at = starts[line]! + n;
      if (text.charCodeAt(at) === DASH && (at + 1 >= ends[line]! || text.charCodeAt(at + 1) === SPACE)) {
        // a sequence item where a key belongs: fine only if this map is an item of that sequence,
        // which the caller decides
        return node;
      }
    }
  };

  /** A block sequence whose first `-` is at column `n` of line `line`. */
  const readSeq = (n: number): SeqNode => {
    const data: unknown[] = [];
    const node: SeqNode = { kind: 2, v: data, r0: starts[line]! + n, r1: 0, r2: 0, items: [] };
    for (;;) {
      const here = line;
      const s = starts[line]!;
      const e = ends[line]!;
      const dash = s + n;
      let v = dash + 1;
      while (v < e && text.charCodeAt(v) === SPACE) v++;
      let item: FNode;
      if (v >= e || text.charCodeAt(v) === HASH) {
        const ind = nextContent(line + 1);
        if (ind > n) {
          item = readBlock(ind);
        } else {
          // as for an empty value in a mapping; and yaml's range of an empty item takes the comments
          // before it (block scalar lines that look like comments are taken for comments: a refusal)
          if (v < e || hasComment(here + 1, line) || commentAbove(here)) bail();
          item = { kind: 0, v: null, r0: v, r1: v, r2: v };
        }
      } else {
        const c = text.charCodeAt(v);
        if (c === DASH && (v + 1 >= e || text.charCodeAt(v + 1) === SPACE)) bail(); // `- - x`
        if (isKeyAt(v, e)) {
          // a mapping in the item, indented at its first key
          item = readMap(v, v - s);
        } else {
          item = readScalarValue(v, n);
        }
      }
      data.push(item.v);
      node.items.push(item);
      node.r1 = node.r2 = item.r2;
      const ind = nextContent(line);
      if (ind < n) return node;
      if (ind > n) bail();
      const at = starts[line]! + n;
      if (!(text.charCodeAt(at) === DASH && (at + 1 >= ends[line]! || text.charCodeAt(at + 1) === SPACE))) return node;
    }
  };

  /** Whether a mapping key starts at `p` (a `key:` on this line). */
  const isKeyAt = (p: number, e: number): boolean => {
    const c = text.charCodeAt(p);
    if (c === 0x22 || c === 0x27) {
      const q = readQuoted(p, e);
      let i = q;
      while (i < e && text.charCodeAt(i) === SPACE) i++;
      return i < e && text.charCodeAt(i) === COLON;
    }
    if (c === 0x7c || c === 0x3e) return false;
    scanPlain(p, e);
    return stopAtColon;
  };

  /** The block (a mapping or a sequence) starting on line `line` at indentation `n`. */
  const readBlock = (n: number): FNode => {
    const at = starts[line]! + n;
    const c = text.charCodeAt(at);
    if (c === DASH && (at + 1 >= ends[line]! || text.charCodeAt(at + 1) === SPACE)) return readSeq(n);
    const r = readMap(at, n);
    // after a mapping, a line at its indentation is its own (readMap returned at a `- `): refused here
    if (line < lineCount && indents[line] === n) bail();
    return r;
  };

  if (nextContent(0) !== 0) return undefined; // empty, or not at column 0
  const first = starts[line]!;
  if (text.charCodeAt(first) === DASH && (first + 1 >= ends[line]! || text.charCodeAt(first + 1) === SPACE)) return undefined; // a list, not a patch
  const root = readMap(first, 0);
  if (line < lineCount) return undefined;
  return {
    data: root.v,
    node: (p) => {
      const n = walk(root, p);
      return n ? [n.r0, n.r1] : undefined;
    },
    key: (p) => findKey(root, p),
    keys: (p) => {
      const n = walk(root, p);
      return n?.kind === 1 ? [...n.keys] : undefined;
    },
  };
}

/** The node at `path`, as load.ts's getNode finds yaml's: by key in a mapping, by index in a sequence. */
function walk(root: FNode, path: YamlPath): FNode | undefined {
  let node: FNode | undefined = root;
  for (let i = 0; i < path.length; i++) {
    const k: string | number = path[i]!;
    if (node.kind === 1) {
      const j: number = typeof k === 'string' ? node.keys.indexOf(k) : -1;
      node = j >= 0 ? node.values[j] : undefined;
    } else if (node.kind === 2 && typeof k === 'number') node = node.items[k];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

function findKey(root: FNode, path: YamlPath): [number, number] | undefined {
  if (path.length === 0) return undefined;
  const node = walk(root, path.slice(0, -1));
  if (node === undefined) return undefined;
  const last = path[path.length - 1];
  if (node.kind !== 1 || typeof last !== 'string') return undefined;
  const j = node.keys.indexOf(last);
  return j >= 0 ? [node.keyRanges[2 * j]!, node.keyRanges[2 * j + 1]!] : undefined;
}
