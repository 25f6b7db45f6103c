import type { Catalogue } from '../catalogue.js';

// The messages of rule held-in-future (src/rules/held-in-future.ts), which names them as its own.
export const heldInFutureMessages = {
  'held-in-future.meeting': {
    nb: 'Møtet {id} er registrert som holdt, men datoen {date} er etter {asOf}',
    nn: 'Møtet {id} er registrert som halde, men datoen {date} er etter {asOf}',
    en: 'Meeting {id} is recorded as held, but its date {date} is after {asOf}',
  },
} as const satisfies Catalogue;
