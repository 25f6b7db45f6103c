import { tableOf } from '../src/i18n/catalogue.js';
import { catalogue } from '../src/i18n/messages.js';
import { useTables } from '../src/i18n/tables.js';

// The tests render from the catalogue itself; the installed program reads the tables the build
// wrote from it (src/i18n/tables.ts; tests/build.test.ts checks that the two agree).
useTables((lang) => tableOf(catalogue, lang));
