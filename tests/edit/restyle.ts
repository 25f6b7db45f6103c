import fc from 'fast-check';
import { Document, isMap, isScalar, isSeq, type Node, type Scalar, visit } from 'yaml';
import { parseYaml } from '../../src/load/parse-yaml.js';

// A restyler for property tests: the same data written back as YAML in a style chosen at random,
// node by node, the way people write it by hand. Every choice is drawn from fast-check, so a
// failing case shrinks towards the plainest text that still fails.

type Gen = fc.GeneratorValue;

export interface FileStyle {
  crlf: boolean;
  bom: boolean;
}

const COMMENTS = [' kommentar', ' - { id: falsk }', ' key: verdi', ' Æøå: «sitat» #2', ' ', ' - id: x'];
const NULLS = ['null', '~', '', 'Null', 'NULL'];
const STRING_TYPES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'] as const;

const chance = (g: Gen, percent: number) => g(fc.integer, { min: 0, max: 99 }) < percent;
const pick = <T>(g: Gen, values: readonly T[]): T => g(fc.constantFrom, ...values) as T;

function styleScalar(g: Gen, node: Scalar, isKey: boolean): void {
  if (node.value === null) node.source = pick(g, NULLS);
  if (typeof node.value !== 'string') return;
  // A key is never a block scalar (that would take an explicit `? ` key): plain or quoted.
  const long = node.value.length > 30 || node.value.includes('\n');
  const types = isKey ? STRING_TYPES.slice(0, 3) : STRING_TYPES;
  if (isKey ? chance(g, 10) : long ? chance(g, 70) : chance(g, 30)) node.type = pick(g, types);
}

/** Comments and blank lines around a node: before its line, at the end of its line, after a list. */
function decorate(g: Gen, node: Node, comments: boolean): void {
  if (!comments) return;
  if (chance(g, 8)) node.commentBefore = pick(g, COMMENTS);
  if (chance(g, 8)) node.spaceBefore = true;
  if ((isScalar(node) || isSeq(node)) && chance(g, 8)) node.comment = pick(g, COMMENTS);
}

/** The document's nodes restyled in place. */
function restyleNodes(g: Gen, doc: Document, flowPercent: number, comments: boolean): void {
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key)) {
        styleScalar(g, pair.key, true);
        decorate(g, pair.key, comments);
      }
    },
    Map(_, map) {
      if (chance(g, flowPercent)) map.flow = true;
      // Key order is free in YAML: it decides which value comes last in a map.
      if (map.items.length > 1 && chance(g, 25))
        map.items = g(fc.shuffledSubarray, map.items, { minLength: map.items.length }) as typeof map.items;
    },
    Seq(_, seq) {
      if (chance(g, flowPercent)) seq.flow = true;
      decorate(g, seq, comments);
      for (const item of seq.items) if (isMap(item) || isScalar(item)) decorate(g, item as Node, comments);
    },
    Scalar(key, scalar) {
      if (key === 'key') return;
      styleScalar(g, scalar, false);
      decorate(g, scalar, comments);
    },
  });
}

/** One file's data as YAML text in a random style; it parses back to the same data. */
export function restyle(g: Gen, data: unknown, header: string | null): { text: string; style: FileStyle } {
  const doc = new Document(data);
  const flowPercent = pick(g, [0, 10, 30, 60]);
  const comments = chance(g, 60);
  restyleNodes(g, doc, flowPercent, comments);
  const top = [header, comments && chance(g, 30) ? pick(g, COMMENTS) : null].filter((c) => c !== null);
  if (top.length > 0) doc.commentBefore = top.join('\n');
  if (comments && chance(g, 30)) doc.comment = pick(g, COMMENTS);
  let text = doc.toString({
    indent: pick(g, [2, 4]),
    indentSeq: chance(g, 60),
    lineWidth: pick(g, [0, 40, 80]),
    minContentWidth: 0,
    flowCollectionPadding: chance(g, 70),
  });
  const style = { crlf: chance(g, 20), bom: chance(g, 10) };
  if (style.crlf) text = text.replace(/\n/g, '\r\n');
  let parsed = parseYaml(text);
  if (parsed.problems.length > 0 && comments) {
    // The yaml package now and then writes a comment where it makes the text invalid (a rare
    // combination of comments in flow collections); such a file is written without comments.
    text = new Document(data).toString();
    if (style.crlf) text = text.replace(/\n/g, '\r\n');
    parsed = parseYaml(text);
  }
  if (parsed.problems.length > 0 || !sameData(parsed.value, data))
    throw new Error(
      `the restyled text does not hold the data (${parsed.problems[0]?.message.params?.detail ?? 'other data'}):\n${text}\n${JSON.stringify(parsed.value)}\n${JSON.stringify(data)}`,
    );
  return { text, style };
}

/** Deep equality of plain YAML data, key order aside. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameData(v, b[i]));
  if (typeof a === 'object' && a !== null) {
    if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      sameData(ka, kb) &&
      ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return a === b;
}
