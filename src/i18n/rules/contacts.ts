import type { Catalogue } from '../catalogue.js';

// The messages of rule contacts (src/rules/contacts.ts), which names them as its own.
export const contactsMessages = {
  'contacts.missing': {
    nb: 'Mangler kontaktperson for {party} (pkt. 8)',
    nn: 'Manglar kontaktperson for {party} (pkt. 8)',
    en: 'No contact person for {party} (clause 8)',
  },
  'contacts.wrong-party': {
    nb: 'Kontaktpersonen for {party}, «{person}», tilhører {actual}',
    nn: 'Kontaktpersonen for {party}, «{person}», høyrer til {actual}',
    en: 'The contact person for {party}, "{person}", belongs to {actual}',
  },
} as const satisfies Catalogue;
