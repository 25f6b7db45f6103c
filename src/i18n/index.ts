import type { Lang } from './catalogue.js';
import {
  type Message,
  type MessageId,
  message,
  type ParamsArg,
  type PlainId,
  type Translate,
} from './message.js';
import { renderIn } from './render.js';
import { tableFor } from './tables.js';

export { LANGS, type Lang } from './catalogue.js';
export type { MessageId, PlainId, Translate } from './message.js';

export function render(message: Message, lang: Lang): string {
  return renderIn(tableFor(lang), message, lang);
}

/** Shorthand for a message without the Message wrapper. */
export function t<K extends MessageId>(id: K, lang: Lang, ...params: ParamsArg<K>): string {
  return renderIn(tableFor(lang), message(id, ...params), lang);
}

/** Texts without parameters, several at once (a table's column heads). */
export const textsOf = (say: Translate, ids: readonly PlainId[]): string[] => ids.map((id) => say(id));
