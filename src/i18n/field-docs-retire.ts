import type { Catalogue } from './catalogue.js';

// SPEC section 14: `record retire` ends an action plan, often because a new plan replaces it.

export const fieldDocsRetire: Catalogue = {
  'doc.action-plan.retired': {
    nb: 'Når og hvor planen ble avsluttet, og hvilken plan som erstatter den. Fra denne datoen skal planen ikke lenger evalueres, og tiltak som ikke er gjennomført, faller bort (valgfritt).',
    nn: 'Når og kvar planen vart avslutta, og kva plan som erstattar han. Frå denne datoen skal planen ikkje lenger evaluerast, og tiltak som ikkje er gjennomførte, fell bort (valfritt).',
    en: 'When and where the plan was retired, and which plan replaces it. From this date the plan is no longer evaluated, and measures not carried out lapse (optional).',
  },
  'doc.action-plan.retired.date': {
    nb: 'Datoen planen ble avsluttet: møtedatoen når et møte avsluttet den.',
    nn: 'Datoen planen vart avslutta: møtedatoen når eit møte avslutta han.',
    en: 'The date the plan was retired: the meeting date when a meeting retired it.',
  },
  'doc.action-plan.retired.meeting': {
    nb: 'Id-en til det holdte møtet som avsluttet planen (valgfritt).',
    nn: 'Id-en til det haldne møtet som avslutta planen (valfritt).',
    en: 'The id of the held meeting that retired the plan (optional).',
  },
  'doc.action-plan.retired.replacedBy': {
    nb: 'Id-en til planen som erstatter denne (valgfritt). Den nye planens første evaluering regnes fra dens eget vedtak.',
    nn: 'Id-en til planen som erstattar denne (valfritt). Den nye planen si første evaluering vert rekna frå hennar eige vedtak.',
    en: "The id of the plan that replaces this one (optional). The new plan's first evaluation counts from its own adoption.",
  },
};
