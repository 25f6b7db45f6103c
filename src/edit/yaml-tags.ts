import type { Pair } from 'yaml';

// A value can carry a core tag (`done: !!null`, `status: !!str held`, `actions: !!null`), which
// YAML 1.2's core schema allows on every node. A new value written after such a tag would mean
// something else under it, or nothing (`done: !!null 2026-11-20` does not parse: record exited 3,
// issue 24). So an edit that replaces a value, or fills an empty one, takes the tag away with it:
// the value it writes says its own type, as every value samarbeid writes does.

interface Token {
  type: string;
  offset: number;
  source: string;
}

export interface Tag {
  offset: number;
  source: string;
}

/** The tag before a pair's value, as it stands in the text; null when it has none. */
export function valueTag(pair: Pair): Tag | null {
  const sep = (pair as { srcToken?: { sep?: Token[] } }).srcToken?.sep ?? [];
  const value = sep.findIndex((t) => t.type === 'map-value-ind');
  if (value === -1) return null;
  const tag = sep.slice(value + 1).find((t) => t.type === 'tag');
  return tag ? { offset: tag.offset, source: tag.source } : null;
}

/**
 * The text without the tag, and without one space beside it. A tag with no value after it
 * (`done: !!null`) becomes `~`, the null it stood for, so that the value keeps its place.
 */
export function withoutTag(text: string, tag: Tag, empty: boolean): string {
  if (empty) return `${text.slice(0, tag.offset)}~${text.slice(tag.offset + tag.source.length)}`;
  let start = tag.offset;
  let end = tag.offset + tag.source.length;
  if (text[end] === ' ') end++;
  else if (text[start - 1] === ' ') start--;
  return text.slice(0, start) + text.slice(end);
}
