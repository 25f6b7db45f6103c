import { contactsMessages } from '../i18n/rules/contacts.js';
import { namesOf } from '../names/names.js';
import { currentParties, PEOPLE, partyOf } from './lookup.js';
import { type DataRule, reporter } from './rule.js';

// Clause 8: each party appoints its contact person (kontaktansvarlig).
export const contactsRule: DataRule<typeof contactsMessages> = {
  id: 'contacts',
  scope: 'data',
  severity: 'error',
  needs: ['agreement', 'people'],
  description: 'Exactly one contact person per party, and a person of that party (clause 8).',
  messages: contactsMessages,
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
