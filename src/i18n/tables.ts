import { type Lang, type Table, tableOf } from './catalogue.js';
import { catalogue } from './messages.js';

// The bundle replaces this module by tables-built.ts, which reads the tables that scripts/build.js
// wrote from this same catalogue; tests/build.test.ts checks that they agree.
const tables = new Map<Lang, Table>();
export function tableFor(lang: Lang): Table {
  const known = tables.get(lang);
  if (known) return known;
  const table = tableOf(catalogue, lang);
  tables.set(lang, table);
  return table;
}
