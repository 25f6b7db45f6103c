import type { Catalogue } from './catalogue.js';

/** SPEC section 2: dates in the years 1900-2999. */
export const datesMessages = {
  'schema.year-out-of-range': {
    nb: '{value}: året må være mellom 1900 og 2999',
    nn: '{value}: året må vere mellom 1900 og 2999',
    en: '{value}: the year must be between 1900 and 2999',
  },
} as const satisfies Catalogue;
