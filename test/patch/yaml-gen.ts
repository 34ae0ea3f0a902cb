/**
 * Patch-like YAML documents for the fast reader's property test: block mappings and sequences
 * written in every style the subset holds (and some just outside it), then mutated.
 */
import fc from 'fast-check';

const WORDS = ['Điều 1', 'khoản 3', 'Trưởng Đoàn', 'Ban Thường vụ Tỉnh ủy', 'a', 'x y', 'Ð', 'cây'.normalize('NFD'), '😀', 'ﬁ', '\u00a0nbsp', 'dấu\u00a0cách'];
/** Scalars whose spelling matters: numbers, booleans, nulls, indicators, quotes, escapes. */
const TRICKY = [
  '1', '-0', '+5', '007', '0o17', '0o8', '0x1F', '0xg', '1.5', '1.', '.5', '1e3', '-1.5E-3', '1_000', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN',
  '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', '2023-06-15', '12:30', '1:2',
  'a: b', 'a:b', 'a:', ':a', 'a #b', 'a#b', '#a', '-a', '- a', '-', '--', '---', '...', '?a', '? a', '[a]', '{a}', 'a, b', '*a', '&a', '!a', '|', '>', '%a', '@a', '`a',
  '"', "'", 'it\'s', 'say "hi"', '\\', 'a\\nb', 'tab\there', 'line\nbreak', 'two\n\nbreaks', 'trail ', ' lead', 'a  b', '', ' ', 'x\n', 'x\n\n', '\nx', '  indented\nx',
  'NFD: ' + 'Việt'.normalize('NFD'), '\u2028', '\u0085', '\x07', 'é', '“curly”',
];
const SAFE_KEYS = ['quyche', 'id', 'amends', 'changes', 'op', 'target', 'find', 'with', 'text', 'basis', 'cite', 'quote', 'reason', 'a', 'b', 'a b', 'k-1', 'tên', '"quoted key"', "'single'"];
const ODD_KEYS = ['"a"', 'a', '1', 'true', 'null', '~', '-x', '<<', '__proto__', 'key ', 'x:y', '"q" ', "'it''s'", '"\\u0041"'];
const keyArb = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...SAFE_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });

/** Texts of several lines for block scalars: paragraphs, empty lines, trailing breaks. */
const BLOCKS = ['a\nb', 'a\n\nb', 'a\n\n\nb\nc', '1. Khoản mới.\n2. Khoản khác.', 'x\n', 'x\n\n', '\nx', '\n\nx\ny', '# not a comment\nx', 'a: b\nc #d', '"q"\n\'s\'', 'x  \ny'];

export interface Tree {
  kind: 'map' | 'seq' | 'scalar' | 'flow';
  entries?: Array<[string, Tree]>;
  items?: Tree[];
  value?: string;
  /** the items of a flow sequence (`[a, "b c"]`) */
  values?: string[];
}

/** Items of flow sequences: document numbers as front matter lists them, and what a flow item cannot hold plain. */
const FLOW_WORDS = ['262-QĐ/TW', '215-KL/TW', '01-QC/TU', 'a', 'x y', 'Điều 1', '1', '-1', '-a', 'true', '~', 'null', '0x1F', '.5', '...', ' a ', '', '"', "'", 'it\'s', '\\', 'line\nbreak', '\u00a0nbsp'];
const FLOW_ODD = ['a,b', 'a]', '[a]', '{a}', 'a: b', 'a:b', 'a #b', 'a#b', '#a', '- a', '-', '-]', '?a', '*a', '&a x'];
const flowArb: fc.Arbitrary<Tree> = fc
  .array(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...FLOW_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...FLOW_ODD) }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 4 })
  .map((values) => ({ kind: 'flow' as const, values }));

const scalarArb: fc.Arbitrary<Tree> = fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.constantFrom('1', 'x', 'Điều 2')).map((value) => ({ kind: 'scalar' as const, value }));

export const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; map: Tree; seq: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'xsmall', withCrossShrink: true }, { weight: 4, arbitrary: scalarArb }, { weight: 1, arbitrary: flowArb }, { weight: 2, arbitrary: tie('map') }, { weight: 2, arbitrary: tie('seq') }),
  map: fc.array(fc.tuple(keyArb, tie('node')), { minLength: 1, maxLength: 3 }).map((entries) => ({ kind: 'map' as const, entries })),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'seq' as const, items })),
})).map;

/** How to write: indentation steps, scalar styles, comments, blank lines, line ends. */
export interface Style {
  step: number;
  seqStep: number;
  compactSeq: boolean;
  choices: number[];
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
}

export const styleArb: fc.Arbitrary<Style> = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  seqStep: fc.integer({ min: 0, max: 3 }),
  compactSeq: fc.boolean(),
  choices: fc.array(fc.nat(99), { minLength: 64, maxLength: 64 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});

function dq(s: string, pick: number): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += pick % 2 ? '\\t' : '\t';
    else if (c < 0x20 || c === 0x85 || c === 0x2028) out += pick % 3 === 0 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
    else if (ch === '\u00a0' && pick % 4 === 0) out += '\\_';
    else if (c > 0xffff && pick % 5 === 0) out += `\\U${c.toString(16).padStart(8, '0')}`;
    else if (ch === '/' || (ch === ' ' && pick % 7 === 0)) out += `\\${ch}`;
    else out += ch;
  }
  return `"${out}"`;
}

/** Writes a tree as block YAML in the given style (the result may be outside the subset, or invalid). */
export function render(tree: Tree, style: Style): string {
  let k = 0;
  const pick = (): number => style.choices[k++ % style.choices.length]!;
  const lines: string[] = [];
  const comment = (indent: number): void => {
    const c = pick();
    if (c < 8) lines.push(`${' '.repeat(indent)}# note ${c}: x`);
    else if (c < 11) lines.push(`${' '.repeat(Math.max(0, indent + (c % 2 ? 2 : -2)))}# off`);
    else if (c < 15) lines.push('');
    else if (c < 16) lines.push(' '.repeat(indent + (c % 5)));
  };
  const scalarText = (v: string, indent: number): string[] => {
    const c = pick();
    if (c < 40 && (plainOk(v) || c < 6)) return [v]; // plain (whatever it is, now and then)
    if (c < 65 || (c < 40 && !v.includes('\n'))) return [dq(v, pick())];
    if (c < 75) return [`'${v.replace(/'/g, "''")}'`];
    // a block scalar: its lines under the header
    const header = (c % 2 ? '|' : '>') + ['', '-', '+', '', '-', '+', '', '-', '+', '2', '-1'][c % 11];
    const ind = indent + 1 + (pick() % 3);
    const text = pick() < 50 ? v : BLOCKS[pick() % BLOCKS.length]!;
    const body = text.split('\n').map((l) => (l === '' && pick() % 3 === 0 ? '' : ' '.repeat(ind) + l));
    return [header + (pick() % 6 === 0 ? ' # h' : ''), ...body];
  };
  /**
   * A flow sequence's lines: on one line mostly, in every spacing and quoting; now and then just
   * outside the subset (a trailing comma, an empty item, a nested collection, a pair, a comment
   * inside, a line break inside).
   */
  const flowText = (values: string[], indent: number): string[] => {
    const c = pick();
    const sp = (): string => ['', ' ', '', '  '][pick() % 4]!;
    const parts = values.map((v) => {
      const d = pick();
      if ((d < 55 && flowPlainOk(v)) || d < 4 || (d < 50 && FLOW_ODD.includes(v))) return v;
      if (d < 80) return dq(v, pick());
      return `'${v.replace(/'/g, "''")}'`;
    });
    const at = (): number => pick() % (parts.length + 1);
    if (c < 3 && parts.length > 0) parts.push(''); // a trailing comma
    else if (c < 5) parts.splice(at(), 0, ''); // an empty item
    else if (c < 7) parts.splice(at(), 0, pick() % 2 ? '[x, y]' : '[]'); // nested
    else if (c < 9) parts.splice(at(), 0, pick() % 2 ? '{a: 1}' : '{}'); // a flow mapping
    else if (c < 11) parts.splice(at(), 0, pick() % 2 ? 'k: v' : '"k": v'); // a pair
    const body = parts.map((x) => sp() + x + sp()).join(',');
    let flow = parts.length === 0 ? `[${sp()}]` : `[${body}]`;
    if (c >= 11 && c < 13) flow = flow.replace(/]$/, ' # c]'); // a comment inside
    else if (c >= 13 && c < 15) flow = flow.slice(0, -1) + ' # c\n' + ' '.repeat(indent + 1) + ']';
    if (c >= 15 && c < 17 && flow.includes(',')) flow = flow.replace(',', ',\n' + ' '.repeat(indent + 1 + (pick() % 2))); // multi-line
    return flow.split('\n');
  };
  const trail = (): string => {
    const c = pick();
    return c < 10 ? ' # t' : c < 13 ? '  ' : c < 14 && pick() < 30 ? '#x' : '';
  };
  const write = (t: Tree, indent: number, prefix: string | undefined): void => {
    // prefix: the text before this node on its line ("key:" or "-"), undefined at the root
    if (t.kind === 'flow') {
      const [first, ...rest] = flowText(t.values!, indent);
      lines.push(`${prefix ?? ''}${prefix !== undefined ? ' ' : ''}${first}${rest.length === 0 ? trail() : ''}`);
      lines.push(...rest);
      return;
    }
    if (t.kind === 'scalar') {
      const [first, ...rest] = scalarText(t.value!, indent);
      lines.push(`${prefix ?? ''}${prefix !== undefined ? ' ' : ''}${first}${rest.length === 0 ? trail() : ''}`);
      lines.push(...rest);
      return;
    }
    if (t.kind === 'map') {
      const entries = t.entries!;
      const inline = prefix !== undefined && prefix.endsWith('-') && pick() < 70;
      let childIndent = indent;
      if (prefix !== undefined && !inline) {
        lines.push(prefix + trail());
        childIndent = indent + style.step;
      }
      entries.forEach(([key, v], i) => {
        if (i > 0 || !inline) comment(childIndent);
        const lead = inline && i === 0 ? `${prefix} ` : ' '.repeat(childIndent);
        const col = inline ? prefix!.length + 1 : childIndent;
        if (v.kind === 'scalar' || (v.kind === 'flow' && pick() < 90)) write(v, col, `${lead}${key}:`);
        else {
          lines.push(`${lead}${key}:${trail()}`);
          writeChild(v, col);
        }
      });
      return;
    }
    const items = t.items!;
    if (prefix !== undefined) lines.push(prefix + trail());
    const seqIndent = prefix === undefined ? indent : indent + style.seqStep;
    for (const item of items) {
      comment(seqIndent);
      if (item.kind === 'scalar' || item.kind === 'flow') write(item, seqIndent, `${' '.repeat(seqIndent)}-`);
      else if (item.kind === 'map') write(item, seqIndent, `${' '.repeat(seqIndent)}-`);
      else {
        lines.push(`${' '.repeat(seqIndent)}-`);
        writeChild(item, seqIndent);
      }
    }
  };
  const writeChild = (t: Tree, parent: number): void => {
    if (t.kind === 'seq') {
      const ind = style.compactSeq && pick() < 50 ? parent : parent + Math.max(1, style.step);
      for (const item of t.items!) {
        comment(ind);
        if (item.kind === 'seq') {
          lines.push(`${' '.repeat(ind)}-`);
          writeChild(item, ind);
        } else write(item, ind, `${' '.repeat(ind)}-`);
      }
    } else if (t.kind === 'map') {
      const ind = parent + style.step;
      for (const [key, v] of t.entries!) {
        comment(ind);
        if (v.kind === 'scalar' || (v.kind === 'flow' && pick() < 90)) write(v, ind, `${' '.repeat(ind)}${key}:`);
        else {
          lines.push(`${' '.repeat(ind)}${key}:${trail()}`);
          writeChild(v, ind);
        }
      }
    } else if (t.kind === 'flow') {
      // a flow sequence on the line after its key (outside the subset)
      write(t, parent + style.step, ' '.repeat(parent + style.step).slice(0, -1));
    } else write(t, parent, undefined);
  };
  if (pick() < 30) lines.push('# yaml-language-server: $schema=../schema/amendment.schema.json');
  if (tree.kind === 'map') {
    for (const [key, v] of tree.entries!) {
      comment(0);
      if (v.kind === 'scalar' || (v.kind === 'flow' && pick() < 90)) write(v, 0, `${key}:`);
      else {
        lines.push(`${key}:${trail()}`);
        writeChild(v, 0);
      }
    }
  } else write(tree, 0, undefined);
  if (pick() < 20) lines.push('# end');
  let text = lines.join('\n') + (style.finalNewline ? '\n' : '');
  if (style.crlf) text = text.replace(/\n/g, '\r\n');
  return (style.bom ? '\uFEFF' : '') + text;
}

/** Scalars that read as the same string when written plain (mostly: the property decides). */
const SAFE_PLAIN = /^(?![?:,[\]{}#&*!|>'"%@`\s]|- |-$)[^\n\t]*(?<![\s:])$/u;
const plainOk = (v: string): boolean => v !== '' && SAFE_PLAIN.test(v) && !/: | #/.test(v);
/** The same inside a flow sequence, where `,[]{}` end or open something (mostly: the property decides). */
const flowPlainOk = (v: string): boolean => plainOk(v) && !/[,[\]{}]/.test(v);

const INSERTS = [' ', '  ', '\t', '#', ' #', ': ', ':', '"', "'", '\\', '-', '- ', '\n', '\r', '\r\n', '\n  ', '\n\n', '---\n', '...', '&a ', '*a', '!t ', '[', '{', '|', '>', '%', '?', '\u00a0', '\ufeff', 'é', 'x'];

/** A small edit of a text: an insertion, a deletion or a changed indentation. */
export const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.constant('') }),
);

export function mutate(text: string, muts: ReadonlyArray<{ kind: 'insert' | 'delete'; at: number; what: string }>): string {
  let t = text;
  for (const m of muts) {
    const i = Math.min(t.length, Math.floor(m.at * (t.length + 1)));
    t = m.kind === 'insert' ? t.slice(0, i) + m.what + t.slice(i) : t.slice(0, i) + t.slice(i + 1);
  }
  return t;
}

/** A document and the mutations made to it (none half the time). */
export const documentArb = fc
  .tuple(
    fc.array(fc.tuple(keyArb, treeArb), { minLength: 1, maxLength: 5 }).map((entries): Tree => ({ kind: 'map', entries })),
    styleArb,
    fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) }),
  )
  .map(([tree, style, muts]) => mutate(render(tree, style), muts));
