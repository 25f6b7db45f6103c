import type { Catalogue } from '../catalogue.js';

// The messages of rule held-in-future (src/rules/held-in-future.ts), which names them as its own.
export const heldInFutureMessages = {
  'held-in-future.meeting': {
    nb: '{meeting}: registrert som holdt, men datoen er etter {asOf}',
    nn: '{meeting}: registrert som halde, men datoen er etter {asOf}',
    en: '{meeting}: recorded as held, but its date is after {asOf}',
  },
} as const satisfies Catalogue;
