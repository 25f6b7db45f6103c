import {
  Composer,
  type Document,
  type DocumentOptions,
  isNode,
  isScalar,
  LineCounter,
  type ParseOptions,
  Parser,
  parseDocument,
  type ScalarTag,
  type SchemaOptions,
  visit,
  type YAMLError,
  YAMLParseError,
} from 'yaml';
import type { Message, Under } from '../i18n/message.js';
import { yamlMessages } from '../i18n/yaml-messages.js';
import { tooDeep } from './yaml-depth.js';

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  /** The plain value, or undefined when the document could not be turned into one. */
  value: unknown;
  problems: YamlProblem[];
}

export interface YamlProblem {
  rule: string;
  offset: number;
  message: Message;
}

// Alias bombs: a handful of anchors can expand to billions of nodes; the yaml package stops at this
// many alias resolutions.
const MAX_ALIAS_COUNT = 100;

// YAML 1.2's core schema reads `!!float 1` as the number 1 (its float pattern takes digits without
// a point); the yaml package's float tags want a point or an exponent, and called it an unresolved
// tag. This tag takes the rest, for explicit `!!float` only: a plain `1` is still an int, as the
// int tag comes first (issue 24).
const FLOAT_WITHOUT_POINT: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: true,
  test: /^[-+]?[0-9]+$/,
  identify: () => false,
  resolve: (text: string) => Number.parseFloat(text),
};

/** The codes of the YAML problems, each with its message `load.<code>`. */
type YamlRule = 'yaml-syntax' | 'duplicate-key' | 'yaml-tab' | 'yaml-tag' | 'yaml-multiple-documents';

const RULE_BY_CODE: Record<string, YamlRule> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'yaml-tab',
  TAG_RESOLVE_FAILED: 'yaml-tag',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

const KNOWN_CODES = new Set<string>(Object.keys(yamlMessages).map((id) => id.slice('yaml-code.'.length)));
/** A code of the yaml package that the catalogue explains (it holds `yaml-code.<code>`). */
const explained = (code: string): code is Under<'yaml-code.'> => KNOWN_CODES.has(code);

function problem(e: YAMLError): YamlProblem {
  const rule = RULE_BY_CODE[e.code] ?? 'yaml-syntax';
  // The package's English explanation is replaced by one of the catalogue (SPEC section 11).
  const detail = { ref: `yaml-code.${explained(e.code) ? e.code : 'unknown'}` } as const;
  return { rule, offset: e.pos[0], message: { id: `load.${rule}`, params: { detail } } };
}

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  // Repeated keys are looked for below, in one pass: the package compares each key with every
  // key before it, which took minutes on a map of 75,000 keys (issue 24).
  uniqueKeys: false,
  strict: true,
  version: '1.2',
  schema: 'core',
  merge: false,
  customTags: (tags) => [...tags, FLOAT_WITHOUT_POINT],
};

/**
 * The document, as the yaml package's parseDocument makes it, from tokens that were first checked
 * for depth: a file nested too deep is one problem, and its value is never built.
 */
function compose(text: string, lines: LineCounter): { doc: Document.Parsed; deep: number } {
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const deep = tooDeep(tokens);
  if (deep >= 0) return { doc: parseDocument('', OPTIONS), deep };
  let doc: Document.Parsed | null = null;
  for (const next of new Composer(OPTIONS).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'several documents'),
      );
      break;
    }
  }
  return { doc: doc ?? parseDocument('', OPTIONS), deep };
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const { doc, deep } = compose(text, lines);
  if (deep >= 0) {
    const detail = { ref: 'yaml-code.TOO_DEEP' } as const;
    return {
      doc,
      lines,
      value: undefined,
      problems: [
        { rule: 'yaml-syntax', offset: deep, message: { id: 'load.yaml-syntax', params: { detail } } },
      ],
    };
  }
  // Unknown tags are only warnings to the yaml package; a custom tag is never valid agreement data.
  const problems = [...doc.errors, ...doc.warnings].map(problem);
  // One at a time: a list can carry a tag on each of its 150,000 items (issue 24).
  for (const p of repeatedKeys(doc)) problems.push(p);
  for (const p of explicitTags(doc)) problems.push(p);
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      problems.push({
        rule: 'yaml-alias',
        offset: firstAliasOffset(text),
        message: { id: 'load.yaml-alias' },
      });
    }
  }
  return { doc, lines, value, problems };
}

// The yaml package also resolves YAML 1.1 tags (!!timestamp, !!binary, !!set) into dates, buffers
// and sets; agreement data is only the core schema's text, numbers, booleans, null, lists and maps.
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * Every key that repeats one before it in its map, as the yaml package's `uniqueKeys` finds them
 * (scalar keys of the same value; a collection as a key equals nothing else), at the same offset.
 */
function repeatedKeys(doc: Document.Parsed): YamlProblem[] {
  const out: YamlProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        // NaN is not equal to itself (the package compares with ===), but a Set finds it.
        if (typeof value === 'number' && Number.isNaN(value)) continue;
        if (!seen.has(value)) seen.add(value);
        else
          out.push({
            rule: RULE_BY_CODE.DUPLICATE_KEY as string,
            offset: pair.key.range?.[0] ?? 0,
            message: { id: 'load.duplicate-key', params: { detail: { ref: 'yaml-code.DUPLICATE_KEY' } } },
          });
      }
    },
  });
  return out;
}

function explicitTags(doc: Document.Parsed): YamlProblem[] {
  const out: YamlProblem[] = [];
  visit(doc, (_key, node) => {
    if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag) && !node.tag.startsWith('!')) {
      const detail = node.tag.replace('tag:yaml.org,2002:', '!!');
      out.push({
        rule: 'yaml-tag',
        offset: node.range?.[0] ?? 0,
        message: { id: 'load.yaml-tag', params: { detail } },
      });
    }
  });
  return out;
}

function firstAliasOffset(text: string): number {
  const at = text.search(/(^|[\s[{,:-])\*[^\s,\]}]/m);
  return at < 0 ? 0 : at + 1;
}
