import { maskIdentityNumbers } from '../identity/number.js';
import { type Catalogue, type Lang, type Table, tableOf } from './catalogue.js';
import { formatDate } from './format-date.js';

// "{n|påminnelse|påminnelser}": the form of a word that agrees with the number n (SPEC section 11).
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
const rules = new Map<Lang, Intl.PluralRules>();
function plural(lang: Lang): Intl.PluralRules {
  const known = rules.get(lang);
  if (known) return known;
  const made = new Intl.PluralRules(lang);
  rules.set(lang, made);
  return made;
}

// Own keys only: an id such as `constructor` is unknown, not Object's.
const textOf = (table: Table, id: string): string | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

/**
 * What the renderer takes: any id, which it need not know. Message (message.ts) is this with the
 * ids and parameters of the catalogues; the typed ways in are render() and t() (index.ts).
 */
export interface AnyMessage {
  id: string;
  params?: Readonly<Record<string, AnyParam>>;
}
type AnyParam = string | number | { ref: string } | { message: AnyMessage } | { date: string };

/** Renders a message with a catalogue of one's own (tests). */
export function renderWith(catalogue: Catalogue, message: AnyMessage, lang: Lang): string {
  return renderIn(tableOf(catalogue, lang), message, lang);
}

/** Renders a message id with parameters in a language; an unknown id shows as itself. */
export function renderIn(table: Table, message: AnyMessage, lang: Lang): string {
  const template = textOf(table, message.id) ?? message.id;
  const param = (p: AnyParam | undefined): string => {
    if (p === undefined) return '';
    if (typeof p !== 'object') return String(p);
    if ('message' in p) return renderIn(table, p.message, lang);
    if ('date' in p) return formatDate(p.date, lang);
    return textOf(table, p.ref) ?? p.ref;
  };
  const text = template
    .replace(PLURAL, (whole, name: string, one: string, other: string) => {
      const n = message.params?.[name];
      return typeof n === 'number' ? (plural(lang).select(n) === 'one' ? one : other) : whole;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      message.params && name in message.params ? param(message.params[name]) : whole,
    );
  return maskIdentityNumbers(text);
}
