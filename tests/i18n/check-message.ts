import { LANGS } from '../../src/i18n/catalogue.js';
import { catalogue } from '../../src/i18n/messages.js';

// What the renderer would show wrongly: an id no catalogue defines (it shows as itself), a
// placeholder of any language's text that the parameters leave unfilled (it shows as `{file}`), a
// count that is no number (its word cannot agree), a word (`{ ref }`) or a title that is unknown.
// tsc rejects all of these where a message is written out; this is for messages made at run time.

const texts: Readonly<Record<string, Readonly<Record<string, string>>>> = catalogue;
const known = (id: string) => Object.hasOwn(texts, id);
const PLACEHOLDER = /\{(\w+)\}/g;
const COUNT = /\{(\w+)\|[^|{}]*\|[^|{}]*\}/g;

/** The problems of one message, each naming the id; none for a message that renders whole. */
export function messageProblems(message: unknown): string[] {
  if (typeof message !== 'object' || message === null || typeof (message as { id?: unknown }).id !== 'string')
    return [`not a message: ${JSON.stringify(message)}`];
  const { id, params = {} } = message as { id: string; params?: Record<string, unknown> };
  if (!known(id)) return [`${id}: no catalogue defines it`];
  const problems: string[] = [];
  for (const lang of LANGS) {
    const text = texts[id]![lang]!;
    for (const [, name] of text.matchAll(PLACEHOLDER))
      if (!Object.hasOwn(params, name!)) problems.push(`${id}: {${name}} of its ${lang} text is not given`);
    for (const [, name] of text.matchAll(COUNT))
      if (typeof params[name!] !== 'number')
        problems.push(`${id}: the count {${name}|…} of its ${lang} text is no number`);
  }
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') continue;
    if (typeof value !== 'object' || value === null) problems.push(`${id}: parameter ${name} is ${value}`);
    else if ('ref' in value) {
      if (typeof value.ref !== 'string' || !known(value.ref))
        problems.push(`${id}: the word ${String(value.ref)} of ${name} is unknown`);
    } else if ('message' in value) problems.push(...messageProblems(value.message));
    else if (!('date' in value) || !/^\d{4}-\d{2}-\d{2}$/.test(String(value.date)))
      problems.push(`${id}: parameter ${name} is ${JSON.stringify(value)}`);
  }
  return [...new Set(problems)];
}

/** Every message in a value made of plain data: an object with a string `id` and at most `params`. */
export function messagesIn(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) messagesIn(v, out);
  else if (value instanceof Map) for (const v of value.values()) messagesIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && keys.every((k) => k === 'id' || k === 'params')) out.push(value);
    else for (const k of keys) messagesIn(record[k], out);
  }
  return out;
}
