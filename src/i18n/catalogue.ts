export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Message id -> text per language; `{name}` marks a parameter. */
export type Catalogue = Record<string, Record<Lang, string>>;
