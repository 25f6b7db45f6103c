import { readFileSync } from 'node:fs';
import type { Lang, Table } from './catalogue.js';
import type { tableFor as sourceTableFor } from './tables.js';

// Stands in for tables.ts in the bundle (scripts/build.js): the texts of the language in use, read
// as JSON from beside this chunk when first needed. Parsing JSON costs a fraction of compiling the
// same texts as code, and a run reads one language of three.
const tables = new Map<Lang, Table>();
// The same signature as the module it stands in for, checked by tsc.
export const tableFor: typeof sourceTableFor = (lang: Lang): Table => {
  const known = tables.get(lang);
  if (known) return known;
  const text = readFileSync(new URL(`./messages-${lang}.json`, import.meta.url), 'utf8');
  const table = JSON.parse(text) as Table;
  tables.set(lang, table);
  return table;
};
