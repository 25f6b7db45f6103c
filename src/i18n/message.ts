import type { catalogue } from './messages.js';

// A message is data until it is shown: an id of the catalogues and its parameters, rendered into a
// language only at the edge (render.ts), so that findings' JSON stays the same in every language.
//
// Ids and parameters are types read off the catalogue (src/i18n/messages.ts, `as const`): tsc
// rejects an id that no catalogue defines, and a message whose text says `{file}` without a
// `params.file`. The import is of a type only, so no text reaches the code that builds messages.

type Texts = typeof catalogue;

/** Every id the catalogues define. */
export type MessageId = keyof Texts;

/**
 * A parameter is a literal, a word to translate, a whole message (a title), or a calendar date
 * that the renderer writes the way the language does.
 */
export type Param = string | number | { ref: MessageId } | { message: Message } | { date: string };

type WordChar =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z'
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z'
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '_';
type IsWord<S extends string> = S extends `${infer C}${infer R}`
  ? C extends WordChar
    ? R extends ''
      ? true
      : IsWord<R>
    : false
  : false;
type Word<S extends string> = IsWord<S> extends true ? S : never;

// What follows a `{`: `name}` is a parameter, `name|one|other}` a count the word agrees with
// (render.ts reads them with the same two patterns); anything else (`{ }` in YAML) is text.
type NameAfter<S extends string> = S extends `${infer Inner}}${string}`
  ? Inner extends `${infer Count}|${string}|${string}`
    ? Word<Count>
    : Word<Inner>
  : never;
type CountAfter<S extends string> = S extends `${infer Inner}}${string}`
  ? Inner extends `${infer Count}|${string}|${string}`
    ? Word<Count>
    : never
  : never;

/** The parameter names in a text: `Placeholders<'{n} of {file}'>` is `'n' | 'file'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer After}`
  ? NameAfter<After> | Placeholders<After>
  : never;
type Counts<S extends string> = S extends `${string}{${infer After}`
  ? CountAfter<After> | Counts<After>
  : never;

// Every language has the same parameters as English (tests/i18n/catalogue.test.ts), so English says.
type English<K extends MessageId> = Texts[K]['en'];

/** What a message must be given: each placeholder of its text, a number where a word agrees with it. */
export type ParamsOf<K extends MessageId> = {
  [P in Placeholders<English<K>>]: P extends Counts<English<K>> ? number : Param;
};

/** The ids whose texts have no placeholder. */
export type PlainId = { [K in MessageId]: [Placeholders<English<K>>] extends [never] ? K : never }[MessageId];

type NeedsParams = Exclude<MessageId, PlainId>;

/**
 * A message id with the parameters its text needs (and maybe more, which it leaves unused). One
 * member for all the ids without placeholders, so that `{ id }` of any of them is a Message.
 */
export type Message =
  | { id: PlainId; params?: Record<string, Param> }
  | { [K in NeedsParams]: { id: K; params: ParamsOf<K> & Record<string, Param> } }[NeedsParams];

/**
 * The parameters after an id: required when its text has placeholders, else optional. For an id
 * of a union (`state.${State}`), what every one of them needs.
 */
export type ParamsArg<K extends MessageId> = [K] extends [PlainId]
  ? [params?: Record<string, Param>]
  : [params: ParamsOf<K> & Record<string, Param>];

/** A message's text in the language in use, from its id and parameters. */
export type Translate = <K extends MessageId>(id: K, ...params: ParamsArg<K>) => string;

/** A message from an id and its parameters, checked as a literal would be. */
export const message = <K extends MessageId>(id: K, ...[params]: ParamsArg<K>): Message =>
  (params ? { id, params } : { id }) as Message;

/** The codes of a closed list of ids under one prefix: `Under<'kind.'>` is `'meeting' | 'plan' | …`. */
export type Under<P extends string> = MessageId extends infer K
  ? K extends `${P}${infer Code}`
    ? Code
    : never
  : never;

export const ref = (id: MessageId): Param => ({ ref: id });
