import type { Catalogue } from './catalogue.js';

// SPEC section 14: why a meeting was cancelled (`record cancel --reason`).
export const fieldDocsCancel: Catalogue = {
  'doc.meetings.meetings.cancelled': {
    nb: 'Med «status: cancelled»: hvorfor møtet ble avlyst (valgfritt).',
    nn: 'Med «status: cancelled»: kvifor møtet vart avlyst (valfritt).',
    en: 'With "status: cancelled": why the meeting was cancelled (optional).',
  },
  'doc.meetings.meetings.cancelled.reason': {
    nb: 'Grunnen, som «For få kunne møte».',
    nn: 'Grunnen, som «For få kunne møte».',
    en: 'The reason, like "Too few could attend".',
  },
};
