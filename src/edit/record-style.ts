import { isMap, isSeq, type Node } from 'yaml';
import type { PathSegment } from '../model/finding.js';
import { nodeAt } from './yaml-path.js';

export type ItemStyle = 'block' | 'flow';

/**
 * How a new map item of the list at `path` is written: like the list's last item, so that a list
 * never mixes `- { id: a }` with `- id: b` lines. A list with no map item yet takes `preferred`
 * (a list that does not exist yet is written in block style whatever is asked).
 */
export function itemStyleAt(text: string | null, path: PathSegment[], preferred: ItemStyle): ItemStyle {
  if (text === null) return preferred;
  let list: Node;
  try {
    list = nodeAt(text, path);
  } catch {
    return preferred;
  }
  const last = isSeq(list) ? list.items.at(-1) : undefined;
  if (!isMap(last) && !isSeq(last)) return preferred;
  return last.flow ? 'flow' : 'block';
}
