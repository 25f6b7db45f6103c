import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from '../model/finding.js';

export interface Position {
  line: number;
  column: number;
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
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
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
