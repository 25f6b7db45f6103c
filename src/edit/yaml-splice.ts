import {
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  stringify,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { PathSegment } from '../model/finding.js';

// Edits locate their place with the yaml Document API and then splice the source text at that
// node's range. Re-serialising the document would reflow comments, quoting and blank lines; a
// splice leaves every byte outside the edit as it was.

const parse = (text: string) => parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true });

function nodeAt(text: string, path: PathSegment[]): Node {
  const doc = parse(text);
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!node || typeof node !== 'object') throw new Error(`no node at ${path.join('.')}`);
  return node as Node;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const column = (text: string, offset: number) => offset - lineStart(text, offset);

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function insertAt(text: string, offset: number, insert: string): string {
  const before = text.slice(0, offset);
  const glue = offset === text.length && before.length > 0 && !before.endsWith('\n') ? '\n' : '';
  return before + glue + insert + text.slice(offset);
}

/** A value as YAML, in flow style: `2026-11-22`, `"Tekst: med kolon"`, `{ date: 2026-11-22 }`. */
export const flowYaml = (value: unknown) =>
  stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();

function blockYaml(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  return stringify(value, { collectionStyle: 'block', lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line, i) => (i === 0 ? line : pad + line))
    .join('\n');
}

/** Sets the value at `path`: replaces a scalar, or adds the key to its map. */
export function setIn(text: string, path: PathSegment[], value: unknown): string {
  const parentPath = path.slice(0, -1);
  const key = String(path.at(-1));
  const parent = nodeAt(text, parentPath);
  if (!isMap(parent)) throw new Error(`not a map at ${parentPath.join('.')}`);
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const current = pair?.value as Node | null | undefined;
  if (pair && isScalar(current) && current.range) {
    return text.slice(0, current.range[0]) + flowYaml(value) + text.slice(current.range[1]);
  }
  if (pair) throw new Error(`cannot replace the collection at ${path.join('.')}`);
  return addPair(text, parent, key, value);
}

/** Inserts an entry before the closing bracket of a flow collection that ends at `end`. */
function insertInFlow(text: string, end: number, close: '}' | ']', hasItems: boolean, entry: string): string {
  let at = text.lastIndexOf(close, end);
  while (text[at - 1] === ' ') at--;
  return `${text.slice(0, at)}${hasItems ? ', ' : ''}${entry}${text.slice(at)}`;
}

function addPair(text: string, map: YAMLMap, key: string, value: unknown): string {
  const [start, end] = map.range ?? [0, text.length];
  if (map.flow) return insertInFlow(text, end, '}', map.items.length > 0, `${key}: ${flowYaml(value)}`);
  const indent = column(text, start);
  const last = map.items.at(-1);
  const lastEnd = (last?.value as Node | null)?.range?.[1] ?? (last?.key as Node | null)?.range?.[1] ?? start;
  const body =
    typeof value === 'object' && value !== null
      ? `\n${' '.repeat(indent + 2)}${blockYaml(value, indent + 2)}`
      : ` ${flowYaml(value)}`;
  return insertAt(text, lineEnd(text, lastEnd), `${' '.repeat(indent)}${key}:${body}\n`);
}

/**
 * Appends an item to the list at `path`, in the list's own style; a missing or empty list is
 * created. `itemStyle` says how a map item is written in a block list.
 */
export function appendIn(
  text: string,
  path: PathSegment[],
  item: unknown,
  itemStyle: 'block' | 'flow' = 'flow',
): string {
  const parent = nodeAt(text, path.slice(0, -1));
  const key = String(path.at(-1));
  if (!isMap(parent)) throw new Error(`not a map at ${path.slice(0, -1).join('.')}`);
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const list = pair?.value as Node | null | undefined;
  if (!pair) return addPair(text, parent, key, [item]);
  if (isScalar(list) && list.value === null && list.range) {
    return text.slice(0, list.range[0]) + flowYaml([item]) + text.slice(list.range[1]);
  }
  if (!isSeq(list)) throw new Error(`not a list at ${path.join('.')}`);
  return appendToSeq(text, list, item, itemStyle);
}

function appendToSeq(text: string, seq: YAMLSeq, item: unknown, itemStyle: 'block' | 'flow'): string {
  const [start, end] = seq.range ?? [0, text.length];
  if (seq.flow) return insertInFlow(text, end, ']', seq.items.length > 0, flowYaml(item));
  const indent = column(text, start);
  const last = seq.items.at(-1) as Node | undefined;
  const lastEnd = last?.range?.[1] ?? start;
  const rendered =
    itemStyle === 'block' && typeof item === 'object' ? blockYaml(item, indent + 2) : flowYaml(item);
  return insertAt(text, lineEnd(text, lastEnd), `${' '.repeat(indent)}- ${rendered}\n`);
}

/** The text of a new file holding one list with its first item, in block style. */
export function newListFile(header: string, key: string, item: unknown): string {
  return `${header}schemaVersion: 1\n${key}:\n  - ${blockYaml(item, 4)}\n`;
}
