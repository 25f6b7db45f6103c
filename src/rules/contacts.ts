import { namesOf } from '../names/names.js';
import { currentParties, PEOPLE, partyOf } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 8: each party appoints its contact person (kontaktansvarlig).
export const contactsRule: DataRule = {
  id: 'contacts',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'people'],
  description: 'Exactly one contact person per party, and a person of that party (clause 8).',
  messages: {
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
  },
  check({ data, asOf }) {
    const report = reporter(this);
    const contacts = data.people?.contacts ?? {};
    const out = [];
    for (const party of currentParties(data, asOf)) {
      const person = contacts[party.id];
      if (!person) out.push(report(PEOPLE, ['contacts'], 'contacts.missing', { party: party.name }));
      else {
        const actual = partyOf(data, person);
        if (actual && actual !== party.id) {
          out.push(
            report(PEOPLE, ['contacts', party.id], 'contacts.wrong-party', {
              party: party.name,
              person: namesOf(data).person(person),
              actual: namesOf(data).party(actual),
            }),
          );
        }
      }
    }
    return out;
  },
};
