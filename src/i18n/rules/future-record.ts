import type { Catalogue } from '../catalogue.js';

// The messages of rule future-record (src/rules/future-record.ts), which names them as its own.
export const futureRecordMessages = {
  'future-record.date': {
    nb: 'Datoen {date} ligger etter {asOf}; her registreres bare det som har skjedd',
    nn: 'Datoen {date} ligg etter {asOf}; her vert berre det som har skjedd, registrert',
    en: 'The date {date} is after {asOf}; only what has happened is recorded here',
  },
} as const satisfies Catalogue;
