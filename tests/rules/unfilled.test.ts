import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { testRule } from './rule-tester.js';

const people = readFileSync(join(FIXTURES, 'minimal', 'people.yaml'), 'utf8');

// Issue 27: a role init could not know is a gap, named with the command that fills it.
testRule('unfilled', {
  valid: [
    { name: 'every role written', files: {} },
    {
      name: 'a role that only begins like a gap',
      files: { 'people.yaml': people.replace('role: Kontakt A', 'role: Kontaktperson') },
    },
  ],
  invalid: [
    {
      name: 'the contact role init left (nb)',
      files: {
        'people.yaml': people.replace('role: Kontakt B', 'role: Kontaktperson (rollen er ikke fylt inn)'),
      },
      findings: [
        {
          id: 'unfilled.contact',
          file: 'people.yaml',
          path: ['people', 1, 'role'],
          params: { party: 'Part B', id: 'kontakt-b', folder: '.' },
          shown: {
            nb: 'Rollen til kontaktpersonen for Part B er ikke fylt inn (pkt. 8). Før inn rollen avtalen nevner: «samarbeid record person . --id kontakt-b --role "…"»',
          },
        },
      ],
    },
    {
      name: "a secretariat member's role left in nynorsk, in an agreement in another language",
      files: {
        'people.yaml': people.replace(
          'role: Kontakt A',
          'role: Medlem av sekretariatet (rolla er ikkje fylt inn)',
        ),
      },
      findings: [
        {
          id: 'unfilled.secretariat',
          path: ['people', 0, 'role'],
          params: { party: 'Part A', id: 'kontakt-a', folder: '.' },
        },
      ],
    },
  ],
});
