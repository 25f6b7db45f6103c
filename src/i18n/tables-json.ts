import { readFileSync } from 'node:fs';
import type { Lang, Table } from './catalogue.js';

/**
 * The texts of one language as data: the JSON table that scripts/build.js writes beside the chunk
 * that holds this module (it finds them by import.meta.url). Parsing JSON costs a fraction of
 * compiling the same texts as code, and a run reads one language of three.
 */
export const jsonTables = (lang: Lang): Table =>
  JSON.parse(readFileSync(new URL(`./messages-${lang}.json`, import.meta.url), 'utf8')) as Table;
