import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { testRule } from './rule-tester.js';

const people = readFileSync(join(FIXTURES, 'minimal', 'people.yaml'), 'utf8');
const withCommittee = (members: string) => ({
  'people.yaml': `${people}committee:\n  members: ${members}\n`,
});

// Clause 4: the samarbeidsutvalg holds the secretariat and the leaders of the working groups.
testRule('committee', {
  valid: [
    { name: 'no committee', files: {} },
    { name: 'a committee of the secretariat', files: withCommittee('[kontakt-a, kontakt-b]') },
  ],
  invalid: [
    {
      name: 'a member of the secretariat outside the committee',
      files: withCommittee('[kontakt-a]'),
      findings: [
        {
          id: 'committee.secretariat',
          file: 'people.yaml',
          path: ['committee', 'members'],
          params: { person: 'kontakt-b' },
        },
      ],
    },
    {
      name: 'a working group leader outside the committee (fixture committee-missing-leader)',
      fixture: 'committee-missing-leader',
      findings: [
        {
          id: 'committee.leader',
          path: ['committee', 'members'],
          params: { person: 'leder-a', group: 'gruppe' },
        },
      ],
    },
  ],
});
