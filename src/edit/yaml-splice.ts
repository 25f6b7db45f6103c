import {
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  stringify,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { PathSegment } from '../model/finding.js';
import { guard, nodeAt, pairIn } from './yaml-path.js';
import { valueTag, withoutTag } from './yaml-tags.js';

// Edits locate their place with the yaml Document API and then splice the source text at that
// node's range. Re-serialising the document would reflow comments, quoting and blank lines; a
// splice leaves every byte outside the edit as it was. Every splice is verified afterwards
// (verify.ts), so a wrong place is caught before anything is written.

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const column = (text: string, offset: number) => offset - lineStart(text, offset);

/** The file's own line ending, for the lines an edit adds. */
export const eolOf = (text: string) => (/\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n');

/**
 * Where a line can be inserted after a node: the start of the line that follows it. A block
 * collection's or block scalar's range already ends after its last line break; a flow node or a
 * plain scalar ends inside its line, so the rest of that line (a comment) stays with it.
 */
function afterNode(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * Where a node's content ends: the end of its last non-empty scalar or flow collection. The range
 * of a collection whose last value is empty (`done:` and a comment) can reach into the lines of
 * what follows, up to the next item's dash; an insertion there would land in that item.
 */
function contentEnd(node: Node): number {
  let end = node.range?.[1] ?? 0;
  if (!isMap(node) && !isSeq(node)) return end;
  if (node.flow) return end;
  end = 0;
  visit(node, (_key, n) => {
    const range = (n as Node | null)?.range;
    if (!range || range[0] === range[1]) return undefined;
    if (isScalar(n) || ((isMap(n) || isSeq(n)) && n.flow)) end = Math.max(end, range[1]);
    return undefined;
  });
  return end || (node.range?.[1] ?? 0);
}

function insertLines(text: string, offset: number, lines: string): string {
  const eol = eolOf(text);
  const before = text.slice(0, offset);
  const glue = offset === text.length && before.length > 0 && !before.endsWith('\n') ? eol : '';
  return before + glue + lines.replace(/\n/g, eol) + text.slice(offset);
}

const replace = (text: string, [start, end]: [number, number], insert: string) =>
  text.slice(0, start) + insert.replace(/\n/g, eolOf(text)) + text.slice(end);

/** A value as YAML, in flow style: `2026-11-22`, `"Tekst: med kolon"`, `{ date: 2026-11-22 }`. */
export const flowYaml = (value: unknown) =>
  stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();

/** A value as block YAML whose lines after the first are indented by `indent`. */
export function blockYaml(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  return stringify(value, { collectionStyle: 'block', lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line, i) => (i === 0 ? line : pad + line))
    .join('\n');
}

const isCollection = (v: unknown) => typeof v === 'object' && v !== null;
const isEmpty = (node: Node) => !node.range || node.range[0] === node.range[1];

/** Replaces an empty or null value (`done:`, `done: null`, `evaluations: ~`) with a new one. */
function fillNull(text: string, pair: Pair, keyColumn: number, value: unknown, block: boolean): string {
  const node = pair.value as Node;
  const [start, end] = node.range as unknown as [number, number];
  if (block && Array.isArray(value)) {
    const items = value.map((v) => `\n${' '.repeat(keyColumn + 2)}- ${blockYaml(v, keyColumn + 4)}`).join('');
    // A block list starts on the next line: the spaces before the old value go, and when the old
    // value (`[]`) stood on a line of its own, that line is where the list starts.
    let from = start;
    while (from > 0 && text[from - 1] === ' ') from--;
    const ownLine = from === 0 || text[from - 1] === '\n';
    return replace(text, [from, end], ownLine ? items.slice(1) : items);
  }
  const rendered = `${start === end && text[start - 1] === ':' ? ' ' : ''}${flowYaml(value)}${
    // `done: # note`: an empty value sits just before the comment, which needs its space.
    start === end && text[end] === '#' ? ' ' : ''
  }`;
  return replace(text, [start, end], rendered);
}

/** Sets the value at `path`: replaces a scalar (or fills an empty value), or adds the key to its map. */
export function setIn(text: string, path: PathSegment[], value: unknown): string {
  const parent = nodeAt(text, path.slice(0, -1));
  // An item of a list, in its place (`record secretariat --replaces`): a scalar only.
  if (isSeq(parent)) {
    const item = parent.items[Number(path.at(-1))] as Node | undefined;
    guard(item, path);
    if (!isScalar(item) || !item.range || isCollection(value))
      throw new Error(`cannot replace the item at ${path.join('.')}`);
    return replaceScalar(text, item, value);
  }
  if (!isMap(parent)) throw new Error(`not a map at ${path.slice(0, -1).join('.')}`);
  const key = String(path.at(-1));
  const pair = pairIn(parent, key);
  if (!pair) return addPair(text, parent, key, value);
  const current = pair.value as Node | null;
  guard(current, path);
  const tag = valueTag(pair);
  if (tag && isScalar(current)) return setIn(withoutTag(text, tag, isEmpty(current)), path, value);
  if (isScalar(current) && current.range) {
    if (current.value === null) return fillNull(text, pair, keyColumn(text, pair), value, false);
    if (isCollection(value)) throw new Error(`cannot put a collection in place of ${path.join('.')}`);
    return replaceScalar(text, current, value);
  }
  throw new Error(`cannot replace the collection at ${path.join('.')}`);
}

/** A scalar's text replaced by the value's. */
function replaceScalar(text: string, current: Scalar, value: unknown): string {
  // A block scalar (`|-`, `>`) ends after its last line break and the blank lines after it:
  // those stay, or the next key would be joined to the new value's line.
  const [start, end] = current.range as unknown as [number, number];
  const block = current.type === 'BLOCK_LITERAL' || current.type === 'BLOCK_FOLDED';
  const tail = block ? (/\s*$/.exec(text.slice(start, end))?.[0] ?? '') : '';
  // A comment on its header line (`>- # note`) stays too, after the new value.
  const header = block ? (text.slice(start, end - tail.length).split(/\r?\n/)[0] ?? '') : '';
  const comment = /\s#.*$/.exec(header)?.[0] ?? '';
  return replace(text, [start, end - tail.length], flowYaml(value) + comment);
}

const keyColumn = (text: string, pair: Pair) => column(text, (pair.key as Node).range?.[0] ?? 0);

/**
 * Inserts an entry into a flow collection, right after its last item (or its opening bracket):
 * the text between the last item and the closing bracket may hold a comment, and an entry
 * written there would be part of it.
 */
function insertInFlow(text: string, node: YAMLMap | YAMLSeq, entry: string): string {
  const [start] = node.range as unknown as [number, number];
  const last = node.items.at(-1) as Node | Pair | undefined;
  const lastNode = (last && 'key' in last ? (last.value ?? last.key) : last) as Node | null | undefined;
  if (last && !lastNode?.range) throw new Error('flow collection item without a place');
  const at = lastNode?.range ? lastNode.range[1] : text.indexOf(isMap(node) ? '{' : '[', start) + 1;
  // An empty last value ends where its comment begins, and `}# x` is no comment: keep a space.
  const gap = text[at] === '#' ? ' ' : '';
  return `${text.slice(0, at)}${last ? ', ' : ''}${entry}${gap}${text.slice(at)}`;
}

function addPair(text: string, map: YAMLMap, key: string, value: unknown): string {
  if (map.flow) return insertInFlow(text, map, `${key}: ${flowYaml(value)}`);
  const [start, end] = map.range as unknown as [number, number];
  const indent = column(text, start);
  const body = isCollection(value)
    ? `\n${' '.repeat(indent + 2)}${blockYaml(value, indent + 2)}`
    : ` ${flowYaml(value)}`;
  const last = map.items.at(-1);
  const lastValue = last?.value as Node | null | undefined;
  const lastEnd =
    lastValue?.range && lastValue.range[0] < lastValue.range[1]
      ? contentEnd(lastValue)
      : ((last?.key as Node | null)?.range?.[1] ?? end);
  return insertLines(text, afterNode(text, lastEnd), `${' '.repeat(indent)}${key}:${body}\n`);
}

/**
 * Appends an item to the list at `path`, in the list's own style; a missing, null or empty list
 * is created. `itemStyle` says how a map item is written in a block list.
 */
export function appendIn(
  text: string,
  path: PathSegment[],
  item: unknown,
  itemStyle: 'block' | 'flow' = 'flow',
): string {
  const parent = nodeAt(text, path.slice(0, -1));
  if (!isMap(parent)) throw new Error(`not a map at ${path.slice(0, -1).join('.')}`);
  const key = String(path.at(-1));
  const pair = pairIn(parent, key);
  if (!pair) return addPair(text, parent, key, [item]);
  const list = pair.value as Node | null;
  guard(list, path);
  const block = itemStyle === 'block' && !parent.flow;
  const tag = valueTag(pair);
  if (tag && isScalar(list)) return appendIn(withoutTag(text, tag, isEmpty(list)), path, item, itemStyle);
  if (isScalar(list) && list.value === null && list.range)
    return fillNull(text, pair, keyColumn(text, pair), [item], block);
  if (!isSeq(list)) throw new Error(`not a list at ${path.join('.')}`);
  if (list.flow && list.items.length === 0 && block && list.range) {
    return fillNull(text, { ...pair, value: list } as Pair, keyColumn(text, pair), [item], true);
  }
  if (list.flow) return insertInFlow(text, list, flowYaml(item));
  const [start, end] = list.range as unknown as [number, number];
  const indent = column(text, start);
  const rendered = itemStyle === 'block' && isCollection(item) ? blockYaml(item, indent + 2) : flowYaml(item);
  const last = list.items.at(-1) as Node | undefined;
  return insertLines(
    text,
    afterNode(text, last ? contentEnd(last) : end),
    `${' '.repeat(indent)}- ${rendered}\n`,
  );
}

/**
 * The start of the line of the `-` that opens a block list item. The item's own node may begin
 * lines later (`- # note` and then `id: a`), so the line is looked for upwards, at the list's column.
 */
function dashLine(text: string, offset: number, dash: number): number {
  let at = lineStart(text, offset);
  while (at > 0 && !(text[at + dash] === '-' && /^ *$/.test(text.slice(at, at + dash))))
    at = lineStart(text, at - 1);
  return at;
}

/** Removes the item at `path` from a list (a block list's item with its lines); a list left empty is `[]`. */
export function removeIn(text: string, path: PathSegment[]): string {
  const list = nodeAt(text, path.slice(0, -1));
  const index = Number(path.at(-1));
  if (!isSeq(list)) throw new Error(`not a list at ${path.slice(0, -1).join('.')}`);
  const item = list.items[index] as Node | undefined;
  if (!item?.range) throw new Error(`no item at ${path.join('.')}`);
  const next = list.items[index + 1] as Node | undefined;
  if (list.flow) {
    // A flow list (`meetings: [ {...}, {...} ]`): the item goes with the comma that separates it
    // from its neighbour; a list left empty is `[ ]`, still a list.
    const prev = list.items[index - 1] as Node | undefined;
    if (next?.range) return text.slice(0, item.range[0]) + text.slice(next.range[0]);
    return text.slice(0, prev?.range ? prev.range[1] : item.range[0]) + text.slice(item.range[1]);
  }
  const dash = column(text, list.range?.[0] ?? 0);
  const from = dashLine(text, item.range[0], dash);
  const to = next?.range ? dashLine(text, next.range[0], dash) : afterNode(text, item.range[1]);
  const removed = text.slice(0, from) + text.slice(to);
  if (list.items.length > 1) return removed;
  // The key now has no value (null); an empty flow list keeps the file valid.
  return setIn(removed, path.slice(0, -1), []);
}

/** The text of a new file holding one list with its first item, in block style. */
export function newListFile(header: string, key: string, item: unknown): string {
  return `${header}schemaVersion: 1\n${key}:\n  - ${blockYaml(item, 4)}\n`;
}

/**
 * Past the blank lines and the comment lines indented deeper than the key that follow a removed
 * pair: left behind, they would join a block scalar before it (`notes: |` takes every line
 * indented as deep as its text, comments and blank lines too) and change its value.
 */
function pastTrail(text: string, offset: number, keyColumn: number): number {
  let at = offset;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl + 1;
    const line = text.slice(at, end).replace(/\r?\n$/, '');
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (!(/^\s*$/.test(line) || (line[indent] === '#' && indent > keyColumn))) break;
    at = end;
  }
  return at;
}

/**
 * Removes the key at `path` from its map, with its value (SPEC section 14: `record remove` drops a
 * key whose list becomes empty). In a block map the key's lines go, from the start of its line to
 * the end of its value's last line, so that comments on the lines after it stay; a key that shares
 * its line with a list item's dash (`- decisions: []`) gives its place to the key after it. In a
 * flow map the pair goes with the comma that separates it from its neighbour.
 */
export function removeKeyIn(text: string, path: PathSegment[]): string {
  const map = nodeAt(text, path.slice(0, -1));
  if (!isMap(map)) throw new Error(`not a map at ${path.slice(0, -1).join('.')}`);
  const key = String(path.at(-1));
  const index = map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
  const pair = map.items[index];
  if (!pair) throw new Error(`no key at ${path.join('.')}`);
  guard(pair.value, path);
  const keyNode = pair.key as Node;
  if (!keyNode.range) throw new Error(`key without a place at ${path.join('.')}`);
  const value = pair.value as Node | null;
  const valueEnd = value?.range && value.range[0] < value.range[1] ? contentEnd(value) : keyNode.range[1];
  const next = map.items[index + 1]?.key as Node | null | undefined;
  const start = keyNode.range[0];
  if (map.flow) {
    if (next?.range) return text.slice(0, start) + text.slice(next.range[0]);
    const prev = map.items[index - 1];
    const prevValue = prev?.value as Node | null | undefined;
    const prevEnd =
      prevValue?.range && prevValue.range[0] < prevValue.range[1]
        ? prevValue.range[1]
        : (prev?.key as Node | null | undefined)?.range?.[1];
    return text.slice(0, prevEnd ?? start) + text.slice(valueEnd);
  }
  const from = lineStart(text, start);
  const ownLine = /^ *$/.test(text.slice(from, start));
  if (ownLine) {
    const removed =
      text.slice(0, from) + text.slice(pastTrail(text, afterNode(text, valueEnd), start - from));
    if (map.items.length > 1) return removed;
    // The map's only key: the map is left as `{}`, still a map (never null).
    if (path.length < 2 || !isMap(nodeAt(text, path.slice(0, -2))))
      throw new Error(`cannot empty the map at ${path.slice(0, -1).join('.')}`);
    return setIn(removed, path.slice(0, -1), {});
  }
  // `- decisions: [...]` with the item's other keys on the lines after: the next key moves up.
  if (next?.range) return text.slice(0, start) + text.slice(next.range[0]);
  // The only key of a map that starts on another's line: an empty flow map keeps the place valid.
  const end = afterNode(text, valueEnd);
  const eol = text.slice(0, end).endsWith('\r\n') ? '\r\n' : text.slice(0, end).endsWith('\n') ? '\n' : '';
  return `${text.slice(0, start)}{}${eol}${text.slice(end)}`;
}
