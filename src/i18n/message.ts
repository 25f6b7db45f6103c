// A message is data until it is shown: an id of the catalogues and its parameters, rendered into a
// language only at the edge (render.ts), so that findings' JSON stays the same in every language.

/**
 * A parameter is a literal, a word to translate, a whole message (a title), or a calendar date
 * that the renderer writes the way the language does.
 */
export type Param = string | number | { ref: string } | { message: Message } | { date: string };

export interface Message {
  id: string;
  params?: Record<string, Param>;
}

export const ref = (id: string): Param => ({ ref: id });
