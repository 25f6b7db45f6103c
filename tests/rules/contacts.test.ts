import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { testRule } from './rule-tester.js';

const people = readFileSync(join(FIXTURES, 'minimal', 'people.yaml'), 'utf8');

// Clause 3: each party names a contact person, one of its own people.
testRule('contacts', {
  valid: [{ name: 'one contact of its own for each party', files: {} }],
  invalid: [
    {
      name: 'a party without a contact (fixture contact-missing)',
      fixture: 'contact-missing',
      findings: [
        { id: 'contacts.missing', file: 'people.yaml', path: ['contacts'], params: { party: 'Part B' } },
      ],
    },
    {
      name: "another party's person as contact",
      files: { 'people.yaml': people.replace('part-b: kontakt-b', 'part-b: kontakt-a') },
      findings: [
        {
          id: 'contacts.wrong-party',
          path: ['contacts', 'part-b'],
          params: { party: 'Part B', person: 'Kontakt A', actual: 'Part A' },
          shown: { en: 'The contact person for Part B, "Kontakt A", belongs to Part A' },
        },
      ],
    },
  ],
});
