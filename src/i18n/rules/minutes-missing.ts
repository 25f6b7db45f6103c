import type { Catalogue } from '../catalogue.js';

// The messages of rule minutes-missing (src/rules/minutes-missing.ts), which names them as its own.
export const minutesMissingMessages = {
  'minutes-missing.meeting': {
    nb: '{meeting}: har ikke referat {days} dager etter møtet; legg inn en lenke eller sti i «minutes»',
    nn: '{meeting}: har ikkje referat {days} dagar etter møtet; legg inn ei lenkje eller ein sti i «minutes»',
    en: '{meeting}: no minutes {days} days after it; add a link or a path as «minutes»',
  },
} as const satisfies Catalogue;
