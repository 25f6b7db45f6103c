import type { Catalogue } from '../catalogue.js';

// The messages of rule membership (src/rules/membership.ts), which names them as its own.
export const membershipMessages = {
  'membership.left-before-joined': {
    nb: '«left» ({left}) må være etter «joined» ({joined})',
    nn: '«left» ({left}) må vere etter «joined» ({joined})',
    en: 'left ({left}) must be after joined ({joined})',
  },
  'membership.host-not-member': {
    nb: '{party} var ikke med i avtalen {date} og kan ikke ha vært vertskap',
    nn: '{party} var ikkje med i avtalen {date} og kan ikkje ha vore vertskap',
    en: '{party} was not a party to the agreement on {date} and cannot have hosted',
  },
} as const satisfies Catalogue;
