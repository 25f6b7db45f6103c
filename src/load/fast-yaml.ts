import {
  CHOMPING_MODE,
  EVENT_ID,
  type Event,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type ScalarEvent,
} from 'js-yaml';

// A fast path for the common case: a file that is plain YAML and, as it turns out, valid. The
// yaml package (parse-yaml.ts) keeps every node with its place in the text, which findings need,
// and is about five times slower than js-yaml's event parser (docs/performance.md). So a file is
// first read here, with js-yaml for the syntax only; the values are made here by the yaml
// package's own rules (YAML 1.2 core schema, keys as strings). Anything this path does not take
// on exactly as the yaml package would gives `null`, and the caller parses the file the full way:
// anchors, aliases, tags, directives, several documents, a key that is not text, a repeated key,
// a key of over 1,000 characters, a lone carriage return, a tab in indentation, text right after a
// closing quote or bracket, a quoted scalar over several lines, keep chomping (|+), a document that is not a map, and any syntax error. A value given here is the value the yaml package would
// give (tests/load/fast-yaml.test.ts compares the two on every fixture and on generated text),
// and it is used only when the file's schema accepts it; any finding comes from the full path.

// The yaml package's core schema, tag by tag and in its order (yaml/dist/schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Only these can start a plain scalar that is not a string.
const NOT_TEXT_START = /^[-+.0-9~nNtTfF]|^$/;

/** A plain scalar's value by the core schema, as the yaml package resolves it. */
export function coreScalar(text: string): unknown {
  if (!NOT_TEXT_START.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return Number.parseInt(text.substring(2), 8);
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (INT_HEX.test(text)) return Number.parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text))
    return text.slice(-3).toLowerCase() === 'nan'
      ? Number.NaN
      : text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}

class Unsupported extends Error {}

const unsupported = (): never => {
  throw new Unsupported();
};

// A carriage return alone ends a line for js-yaml, and is an error to the yaml package.
const LONE_CR = /\r(?!\n)/;
// A tab where indentation could be is an error to the yaml package (yaml-tab); not always to js-yaml.
const TAB_INDENT = /(?:^|[\n\r])[ ]*\t/;
// Likewise text right after the end of a flow collection (`[a]b`, `{}x:`).
const GLUED_FLOW_END = /[\]}][^ \n\r,\]}:]/;
// The yaml package refuses an implicit key longer than 1024 characters; js-yaml takes it.
const MAX_KEY = 1000;

const MULTI_LINE = /[\n\r]/;

// What may follow a closing quote: the end, a space, a line break, or an indicator.
const AFTER_QUOTE = /^(?:$|[ \n\r:,\]}])/;

/** The file's value when this fast path can vouch for it; null to parse it the full way. */
export function fastYaml(text: string): { value: unknown } | null {
  if (LONE_CR.test(text) || TAB_INDENT.test(text) || GLUED_FLOW_END.test(text)) return null;
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return null;
  }
  let at = 0;
  const next = (): Event => events[at++] ?? unsupported();

  function node(event: Event): unknown {
    switch (event.type) {
      case EVENT_ID.SCALAR:
        if (event.anchorStart !== -1 || event.tagStart !== -1) unsupported();
        return scalar(event);
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) unsupported();
        const out: unknown[] = [];
        for (let e = next(); e.type !== EVENT_ID.POP; e = next()) out.push(node(e));
        return out;
      }
      case EVENT_ID.MAPPING: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) unsupported();
        const out: Record<string, unknown> = {};
        for (let e = next(); e.type !== EVENT_ID.POP; e = next()) {
          if (e.type !== EVENT_ID.SCALAR || e.anchorStart !== -1 || e.tagStart !== -1) unsupported();
          if ((e as ScalarEvent).valueEnd - (e as ScalarEvent).valueStart > MAX_KEY) unsupported();
          const key = scalar(e as ScalarEvent);
          // Keys that are not text, repeated keys and the one key that is not a plain property.
          if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(out, key)) unsupported();
          out[key as string] = node(next());
        }
        return out;
      }
      default:
        return unsupported();
    }
  }

  function scalar(event: ScalarEvent): unknown {
    const style = event.style;
    // js-yaml reads on after a closing quote where the yaml package wants a space or an indicator.
    if (style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED) {
      if (event.valueStart === -1 || !AFTER_QUOTE.test(text.slice(event.valueEnd + 1, event.valueEnd + 2)))
        unsupported();
      // A quoted scalar over several lines: the two fold its line breaks differently where an
      // escaped line break meets a blank line (found by tests/load/fast-yaml.test.ts's round trips).
      if (MULTI_LINE.test(text.slice(event.valueStart, event.valueEnd))) unsupported();
    }
    // Keep chomping (|+, >+) at the end of a file: the two differ on trailing blank lines.
    if (event.chomping === CHOMPING_MODE.KEEP) unsupported();
    const value = getScalarValue(text, event);
    return event.style === SCALAR_STYLE.PLAIN ? coreScalar(value) : value;
  }

  try {
    const doc = next();
    if (doc.type !== EVENT_ID.DOCUMENT || doc.directives.length > 0) return null;
    const value = node(next());
    if (next().type !== EVENT_ID.POP || at !== events.length) return null;
    // Every file kind is a map; anything else is a finding, which the full path gives.
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    return { value };
  } catch {
    return null;
  }
}
