/**
 * The oracle of the fast patch reader (src/util/fastyaml.ts): eemeli `yaml` as load.ts calls it.
 * `compare` says how the fast reader's answer differs from yaml's for one text: undefined when it
 * is the same (or when the fast reader declined), else a sentence naming the first difference.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { PatchYaml, YamlPath } from '../../src/util/fastyaml.js';

export function oracle(text: string) {
  return parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true, strict: true });
}

/** Every node path and every key path of a yaml document, with their ranges [start, end). */
export function pathsOf(text: string): { nodes: Array<[YamlPath, [number, number]]>; keys: Array<[YamlPath, [number, number]]> } {
  const doc = oracle(text);
  const nodes: Array<[YamlPath, [number, number]]> = [];
  const keys: Array<[YamlPath, [number, number]]> = [];
  const walk = (n: unknown, p: Array<string | number>): void => {
    if (!n || typeof n !== 'object' || !('range' in n) || !(n as Node).range) return;
    const r = (n as Node).range!;
    nodes.push([p, [r[0], r[1]]]);
    if (isMap(n)) {
      for (const pair of n.items as Pair<Node, Node>[]) {
        if (!isScalar(pair.key)) continue;
        const k = pair.key.value as string;
        keys.push([[...p, k], [pair.key.range![0], pair.key.range![1]]]);
        walk(pair.value, [...p, k]);
      }
    } else if (isSeq(n)) n.items.forEach((x, i) => walk(x, [...p, i]));
  };
  walk(doc.contents, []);
  return { nodes, keys };
}

export function compare(text: string, fast: PatchYaml | undefined): string | undefined {
  if (!fast) return undefined;
  const doc = oracle(text);
  if (doc.errors.length > 0) return `yaml reports ${doc.errors[0]!.code}, the fast reader read it`;
  const data = doc.toJS();
  if (!isDeepStrictEqual(fast.data, data)) return `data ${JSON.stringify(fast.data)} ≠ yaml's ${JSON.stringify(data)}`;
  const { nodes, keys } = pathsOf(text);
  for (const [p, r] of nodes) {
    const got = fast.node(p);
    if (!got || got[0] !== r[0] || got[1] !== r[1]) return `node ${JSON.stringify(p)}: ${JSON.stringify(got)} ≠ yaml's ${JSON.stringify(r)}`;
  }
  for (const [p, r] of keys) {
    const got = fast.key(p);
    if (!got || got[0] !== r[0] || got[1] !== r[1]) return `key ${JSON.stringify(p)}: ${JSON.stringify(got)} ≠ yaml's ${JSON.stringify(r)}`;
  }
  // paths that are not there are not there for either
  for (const p of [['nope'], ['changes', 99999], ['changes', 'x'], [0], ['changes', 0, 'nope'], ['changes', 0, 'op', 'x']] as YamlPath[]) {
    if (!nodes.some(([q]) => isDeepStrictEqual(q, p)) && fast.node(p) !== undefined) return `node ${JSON.stringify(p)} found, not in yaml's`;
    if (!keys.some(([q]) => isDeepStrictEqual(q, p)) && fast.key(p) !== undefined) return `key ${JSON.stringify(p)} found, not in yaml's`;
  }
  if (fast.key([]) !== undefined) return 'a key for the root';
  // the keys of every mapping, in yaml's order
  const maps = [[], ...nodes.map(([p]) => p)].filter((p) => isMap(p.length === 0 ? doc.contents : doc.getIn(p, true)));
  for (const p of maps) {
    const node = p.length === 0 ? doc.contents : doc.getIn(p, true);
    const want = ((node as { items: Pair<Node, Node>[] }).items).map((pair) => (pair.key as { value: string }).value);
    if (!isDeepStrictEqual(fast.keys(p), want)) return `keys of ${JSON.stringify(p)}: ${JSON.stringify(fast.keys(p))} ≠ yaml's ${JSON.stringify(want)}`;
  }
  for (const [p] of nodes) if (!maps.some((q) => isDeepStrictEqual(q, p)) && fast.keys(p) !== undefined) return `keys of ${JSON.stringify(p)}, not a mapping in yaml's`;
  return undefined;
}
