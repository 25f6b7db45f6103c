import type { Catalogue } from '../catalogue.js';

// The messages of rule validity (src/rules/validity.ts), which names them as its own.
export const validityMessages = {
  'validity.until-before-from': {
    nb: '«validity.until» ({until}) må være etter «validity.from» ({from})',
    nn: '«validity.until» ({until}) må vere etter «validity.from» ({from})',
    en: 'validity.until ({until}) must be after validity.from ({from})',
  },
} as const satisfies Catalogue;
