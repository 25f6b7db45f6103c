export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Message id -> text per language; `{name}` marks a parameter. */
export type Catalogue = Record<string, Record<Lang, string>>;

/** Message id -> text in one language (read with Object.hasOwn: ids are data). */
export type Table = Readonly<Record<string, string>>;

/** One language's column of a catalogue. */
export function tableOf(from: Catalogue, lang: Lang): Table {
  const table: Record<string, string> = {};
  for (const [id, texts] of Object.entries(from)) table[id] = texts[lang];
  return table;
}
