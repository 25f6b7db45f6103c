import type { Lang } from './catalogue.js';
import type { Message } from './message.js';
import { renderIn } from './render.js';
import { tableFor } from './tables.js';

export { LANGS, type Lang } from './catalogue.js';

export function render(message: Message, lang: Lang): string {
  return renderIn(tableFor(lang), message, lang);
}

/** Shorthand for a message without the Message wrapper. */
export function t(id: string, lang: Lang, params?: Message['params']): string {
  return renderIn(tableFor(lang), params ? { id, params } : { id }, lang);
}
