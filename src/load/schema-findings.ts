import type * as z from 'zod';
import type { Under } from '../i18n/message.js';
import { CADENCE_FORMS, CADENCE_PATTERN } from '../model/cadence.js';
import { type Message, type PathSegment, type RuleFinding, ref } from '../model/finding.js';
import { MEETING_TIME_PATTERN } from '../model/meeting-time.js';
import { ID_PATTERN, YEAR_PATTERN } from '../model/primitives.js';
import { QUORUM_PATTERN } from '../model/quorum.js';
import { NOTICE_PATTERN } from '../model/withdrawal.js';
import { keysAt } from './schema-keys.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[segment];
  }
  return v;
}

type TypeWord = `type.${Under<'type.'>}`;

function typeWord(v: unknown): TypeWord {
  if (v === null) return 'type.null';
  if (Array.isArray(v)) return 'type.array';
  switch (typeof v) {
    case 'string':
      return 'type.string';
    case 'number':
      return Number.isInteger(v) ? 'type.int' : 'type.number';
    case 'boolean':
      return 'type.boolean';
    case 'object':
      return 'type.object';
    default:
      return 'type.unknown';
  }
}

// The value types zod expects, by its names: a record is a map as much as an object is.
const EXPECTED: Record<string, TypeWord> = {
  string: 'type.string',
  number: 'type.number',
  int: 'type.int',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  record: 'type.object',
  null: 'type.null',
};

// The refinements of the model's schemas name their message by a code (`params: { id: 'no-bodies' }`).
const REFINEMENTS = [
  'no-bodies',
  'bad-interval',
  'invalid-quorum',
  'bad-time',
] as const satisfies readonly Under<'schema.'>[];
const refinement = (id: unknown): `schema.${(typeof REFINEMENTS)[number] | 'invalid'}` => {
  const known = REFINEMENTS.find((r) => r === id);
  return known ? `schema.${known}` : 'schema.invalid';
};

const show = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));

function formatMessage(issue: Extract<Issue, { code: 'invalid_format' }>, value: unknown): Message {
  const text = show(value);
  if (issue.format === 'date') {
    const id = /^\d{4}-\d{2}-\d{2}$/.test(text) ? 'schema.impossible-date' : 'schema.invalid-date';
    return { id, params: { value: text } };
  }
  if (issue.format === 'email') return { id: 'schema.invalid-email', params: { value: text } };
  if (issue.format === 'url') return { id: 'schema.invalid-url', params: { value: text } };
  const pattern = (issue as { pattern?: string }).pattern ?? '';
  if (pattern.includes(YEAR_PATTERN)) return { id: 'schema.year-out-of-range', params: { value: text } };
  if (pattern.includes(ID_PATTERN)) return { id: 'schema.invalid-id', params: { value: text } };
  if (pattern.includes(CADENCE_PATTERN)) {
    return { id: 'schema.invalid-cadence', params: { value: text, forms: CADENCE_FORMS.join(', ') } };
  }
  if (pattern.includes(NOTICE_PATTERN)) return { id: 'schema.invalid-notice', params: { value: text } };
  if (pattern.includes(new RegExp(QUORUM_PATTERN).source))
    return { id: 'schema.invalid-quorum', params: { value: text } };
  if (pattern.includes(MEETING_TIME_PATTERN)) return { id: 'schema.invalid-time', params: { value: text } };
  return { id: 'schema.invalid-format', params: { value: text } };
}

/** Turns zod's issues for one file into findings that point at the offending YAML node. */
export function schemaFindings(
  schema: z.ZodType,
  value: unknown,
  file: string,
  issues: readonly Issue[],
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const add = (path: PathSegment[], message: Message, atKey = false) =>
    out.push({ rule: 'schema', severity: 'error', file, path, atKey, message });

  for (const issue of issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const at = valueAt(value, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const suggestion = closest(key, keysAt(schema, path));
          const message: Message = suggestion
            ? { id: 'schema.unknown-key-suggest', params: { key, suggestion } }
            : { id: 'schema.unknown-key', params: { key } };
          add([...path, key], message, true);
        }
        break;
      case 'invalid_type':
        if (at === undefined)
          add(path, { id: 'schema.missing-key', params: { key: String(path.at(-1) ?? '') } });
        else
          add(path, {
            id: 'schema.invalid-type',
            params: {
              expected: ref(EXPECTED[issue.expected] ?? 'type.unknown'),
              received: ref(typeWord(at)),
            },
          });
        break;
      case 'invalid_value':
        add(path, {
          id: 'schema.invalid-value',
          params: { value: show(at), expected: issue.values.map(show).join(', ') },
        });
        break;
      case 'invalid_format':
        add(path, formatMessage(issue, at));
        break;
      case 'invalid_key':
        add(path, { id: 'schema.invalid-id', params: { value: String(path.at(-1) ?? '') } }, true);
        break;
      case 'too_small':
        if (issue.origin === 'string') add(path, { id: 'schema.empty-text' });
        else if (issue.origin === 'array')
          add(path, { id: 'schema.too-few', params: { minimum: Number(issue.minimum) } });
        else add(path, { id: 'schema.too-small', params: { minimum: Number(issue.minimum) } });
        break;
      case 'too_big':
        add(path, { id: 'schema.too-big', params: { maximum: Number(issue.maximum) } });
        break;
      case 'custom':
        add(path, { id: refinement(issue.params?.id), params: { value: show(at) } });
        break;
      default:
        add(path, { id: 'schema.invalid', params: { value: show(at) } });
    }
  }
  return out;
}
