import { maskIdentityNumbers } from '../identity-number.js';
import type { Message, Param } from '../model/finding.js';
import type { Catalogue, Lang } from './catalogue.js';
import { formatDate } from './format-date.js';

/** Renders a message id with parameters in a language; an unknown id shows as itself. */
export function renderWith(catalogue: Catalogue, message: Message, lang: Lang): string {
  const template = catalogue[message.id]?.[lang] ?? message.id;
  const param = (p: Param | undefined): string => {
    if (p === undefined) return '';
    if (typeof p !== 'object') return String(p);
    if ('message' in p) return renderWith(catalogue, p.message, lang);
    if ('date' in p) return formatDate(p.date, lang);
    return catalogue[p.ref]?.[lang] ?? p.ref;
  };
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    message.params && name in message.params ? param(message.params[name]) : whole,
  );
  return maskIdentityNumbers(text);
}
