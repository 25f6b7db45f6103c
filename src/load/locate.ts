import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { PathSegment } from '../model/finding.js';

export interface Position {
  line: number;
  column: number;
}

// A map's pairs by key, made at the first lookup in a big map: each finding looks its key up, and
// 75,000 unknown keys in one map made the look-ups quadratic (issue 24: validate took 48 s).
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
const keyOf = (p: Pair) => String(isScalar(p.key) ? p.key.value : p.key);

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  if (map.items.length < 16) return map.items.find((p) => keyOf(p) === key);
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    // The first of repeated keys, as find() would give.
    for (const p of map.items) if (!index.has(keyOf(p))) index.set(keyOf(p), p);
    indexes.set(map, index);
  }
  return index.get(key);
}

/**
 * The position of the node at `path`, or of the deepest node that exists on the way there: a
 * missing key is reported at the map that lacks it.
 */
export function locate(doc: Document, lines: LineCounter, path: PathSegment[], atKey = false): Position {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = pairOf(node, String(segment));
      if (pair && atKey && i === path.length - 1) next = pair.key;
      else next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    const range = (next as Node | undefined)?.range;
    if (!range) break;
    node = next;
    offset = range[0];
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
