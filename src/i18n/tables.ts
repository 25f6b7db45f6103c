import type { Lang, Table } from './catalogue.js';

// Where the texts come from is the entry point's choice, made once: the installed program reads the
// JSON table of the language in use, written by the build beside the bundle (tables-json.ts, chosen
// by src/main.ts), and the tests read the catalogue itself (tests/setup-texts.ts). Rendering imports
// no catalogue: compiling every text of three languages as code cost start-up (docs/performance.md).
export type TableSource = (lang: Lang) => Table;

let source: TableSource | null = null;
const tables = new Map<Lang, Table>();

export function useTables(read: TableSource): void {
  source = read;
  tables.clear();
}

export function tableFor(lang: Lang): Table {
  const known = tables.get(lang);
  if (known) return known;
  if (!source) throw new Error('no message tables: the entry point calls useTables() first');
  const table = source(lang);
  tables.set(lang, table);
  return table;
}
