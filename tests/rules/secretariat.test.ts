import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { testRule } from './rule-tester.js';

const people = readFileSync(join(FIXTURES, 'minimal', 'people.yaml'), 'utf8');

// Clause 4: the secretariat has one member from each party; with sides (SPEC section 12), each
// side is represented.
testRule('secretariat', {
  valid: [{ name: 'one member from each party', files: {} }],
  invalid: [
    {
      name: 'two from one party and none from the other (fixture secretariat-two-from-one-party)',
      fixture: 'secretariat-two-from-one-party',
      findings: [
        {
          id: 'secretariat.several',
          file: 'people.yaml',
          path: ['secretariat'],
          params: { party: 'Part A', count: 2 },
        },
        { id: 'secretariat.none', path: ['secretariat'], params: { party: 'Part B' } },
      ],
    },
    {
      name: 'no member from a party',
      files: {
        'people.yaml': people.replace('secretariat: [kontakt-a, kontakt-b]', 'secretariat: [kontakt-a]'),
      },
      findings: [{ id: 'secretariat.none', params: { party: 'Part B' } }],
    },
    {
      name: 'with sides, a side without a member (fixture role-opposite-three-sides)',
      fixture: 'role-opposite-three-sides',
      findings: [{ id: 'secretariat.no-side', path: ['secretariat'], params: { side: 'Andre' } }],
    },
  ],
});
