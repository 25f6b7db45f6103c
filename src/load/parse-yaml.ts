import { type Document, isNode, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { Message, Under } from '../i18n/message.js';
import { yamlMessages } from '../i18n/yaml-messages.js';

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

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    merge: false,
  });
  // Unknown tags are only warnings to the yaml package; a custom tag is never valid agreement data.
  const problems = [...doc.errors, ...doc.warnings].map(problem);
  problems.push(...explicitTags(doc));
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
