import { EVENT_ID, type Event, parseEvents, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import type { PathSegment } from '../model/finding.js';
import { coreScalar } from './fast-yaml.js';

// Issue 29: a finding's place without a second full parse. js-yaml's event parser (the fast path's,
// about five times quicker than the yaml package's document) gives every node's offset; this walks
// its events along a finding's path to the same offset locate.ts finds in the yaml package's
// document, and says null wherever it could differ (anchors, aliases, tags, an empty value, a block
// scalar's header with a comment, a syntax error), so that the caller parses the file the full way.
// tests/load/locate-events.test.ts holds the two to the same place on every node of every fixture.

export interface EventIndex {
  events: Event[];
  /** Offsets where lines begin, for line and column by binary search. */
  lineStarts: number[];
}

/** The file's events and line starts, or null when js-yaml does not read it. */
export function eventIndex(text: string): EventIndex | null {
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return null;
  }
  if (events[0]?.type !== EVENT_ID.DOCUMENT) return null;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { events, lineStarts };
}

class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

// A block scalar's header (`|`, `>-`, `|2+`) and its line's end; a comment after it is unsure.
const BLOCK_HEADER = /[|>][-+0-9]*[ \t]*\r?$/;

/** Where the yaml package's node for this event starts: at a quote, or a block scalar's indicator. */
function startOf(text: string, e: Event): number {
  if (e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) {
    if (e.anchorStart !== -1 || e.tagStart !== -1) unsure();
    return e.start;
  }
  if (e.type !== EVENT_ID.SCALAR || e.anchorStart !== -1 || e.tagStart !== -1 || e.valueStart === -1)
    return unsure();
  const s = e as ScalarEvent;
  if (s.style === SCALAR_STYLE.SINGLE_QUOTED || s.style === SCALAR_STYLE.DOUBLE_QUOTED)
    return s.valueStart - 1;
  if (s.style === SCALAR_STYLE.LITERAL_BLOCK || s.style === SCALAR_STYLE.FOLDED_BLOCK) {
    // The content begins on a line after the header; the header ends the line before it.
    const lineEnd = text.lastIndexOf('\n', s.valueStart - 1);
    if (lineEnd < 0) return unsure();
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const header = BLOCK_HEADER.exec(line);
    if (!header || line.includes('#')) return unsure();
    return lineStart + header.index;
  }
  return s.valueStart;
}

/** The offset, as locate.ts gives it, of the node at `path` (or of the deepest one on the way). */
export function locateInEvents(
  text: string,
  index: EventIndex,
  path: readonly PathSegment[],
  atKey = false,
): number | null {
  const { events } = index;
  // The index of the event after the subtree that starts at i.
  const after = (i: number): number => {
    let depth = 0;
    for (let at = i; at < events.length; at++) {
      const type = (events[at] as Event).type;
      if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING) depth++;
      else if (type === EVENT_ID.POP) depth--;
      else if (type === EVENT_ID.ALIAS) unsure();
      if (depth === 0) return at + 1;
    }
    return unsure();
  };
  try {
    let at = 1;
    let node = events[at] ?? unsure();
    let offset = startOf(text, node);
    for (const [n, segment] of path.entries()) {
      let next: number | null = null;
      let nextOffset = 0;
      if (node.type === EVENT_ID.MAPPING) {
        for (let i = at + 1; (events[i] ?? unsure()).type !== EVENT_ID.POP; ) {
          const key = events[i] as Event;
          if (key.type !== EVENT_ID.SCALAR) return unsure();
          const keyText = text.slice(key.valueStart, key.valueEnd);
          // Only plain keys that are their own text; any other key is read the full way.
          if (
            key.style !== SCALAR_STYLE.PLAIN ||
            key.valueStart === -1 ||
            typeof coreScalar(keyText) !== 'string'
          )
            unsure();
          if (keyText === String(segment)) {
            if (atKey && n === path.length - 1) [next, nextOffset] = [i, startOf(text, key)];
            else [next, nextOffset] = [i + 1, startOf(text, events[i + 1] ?? unsure())];
            break;
          }
          i = after(i + 1);
        }
      } else if (node.type === EVENT_ID.SEQUENCE && typeof segment === 'number') {
        let i = at + 1;
        for (let k = 0; k < segment && (events[i] ?? unsure()).type !== EVENT_ID.POP; k++) i = after(i);
        if ((events[i] ?? unsure()).type !== EVENT_ID.POP)
          [next, nextOffset] = [i, startOf(text, events[i] as Event)];
      }
      if (next === null) break;
      at = next;
      node = events[at] as Event;
      offset = nextOffset;
    }
    return offset;
  } catch (error) {
    if (error instanceof Unsure) return null;
    throw error;
  }
}

/** Line and column (from 1) of an offset, by the index's line starts. */
export function positionIn(index: EventIndex, offset: number): { line: number; column: number } {
  const starts = index.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}
