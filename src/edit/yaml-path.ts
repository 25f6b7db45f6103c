import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type YAMLMap } from 'yaml';
import type { PathSegment } from '../model/finding.js';
import { refused } from './change.js';

const parse = (text: string) =>
  parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: false,
    merge: false,
    keepSourceTokens: true,
  });

export const pairIn = (map: YAMLMap, key: string): Pair | undefined =>
  map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);

/** Refuses a node that is an alias or carries an anchor. */
export function guard(node: unknown, path: PathSegment[]): void {
  if (isAlias(node) || (node as Node | null)?.anchor)
    throw refused('edit.alias', { path: path.join('.') || '/' });
}

/**
 * The node at `path`. An edit never goes through an alias or into an anchored node: what it
 * changed would change every place that refers to it too, which is never what was meant.
 */
export function nodeAt(text: string, path: PathSegment[]): Node {
  let node: unknown = parse(text).contents;
  const check = guard;
  check(node, []);
  for (const [i, segment] of path.entries()) {
    let next: unknown;
    if (isMap(node)) next = pairIn(node, String(segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') next = node.items[segment];
    check(next, path.slice(0, i + 1));
    if (!next || typeof next !== 'object') throw new Error(`no node at ${path.join('.')}`);
    node = next;
  }
  return node as Node;
}
