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

// SPEC section 13: a rotating secretariat needs people of each party or side that will hold it,
// not one of every party at once.
const agreement = readFileSync(join(FIXTURES, 'minimal', 'agreement.yaml'), 'utf8');
const rotating = (role: string) =>
  agreement.replace('governance:\n', `governance:\n  secretariat: ${role}\n`);
const threeParties = (text: string) =>
  text.replace(
    '  - { id: part-b, name: Part B }\n',
    '  - { id: part-b, name: Part B }\n  - { id: part-c, name: Part C }\n',
  );
const peopleC = people
  .replace('contacts:\n', 'contacts:\n  part-c: kontakt-c\n')
  .replace('people:\n', 'people:\n  - { id: kontakt-c, party: part-c, role: Kontakt C }\n');

testRule('secretariat', {
  valid: [
    {
      name: 'rotating: two from one party are no fault, one of each party in the rotation is there',
      files: {
        'agreement.yaml': rotating('{ rotate: parties, every: 2 years, from: 2025-01-01 }'),
        'people.yaml': people
          .replace('people:\n', 'people:\n  - { id: leiar-a, party: part-a, role: Dagleg leiar }\n')
          .replace('secretariat: [kontakt-a, kontakt-b]', 'secretariat: [kontakt-a, leiar-a, kontakt-b]'),
      },
    },
    {
      name: 'rotating between two parties of an order that leaves the third out',
      files: {
        'agreement.yaml': threeParties(
          rotating('{ rotate: parties, every: 1 year, from: 2025-01-01, order: [part-a, part-b] }'),
        ),
        'people.yaml': peopleC,
      },
    },
  ],
  invalid: [
    {
      name: 'rotating: a party of the rotation without anyone in the secretariat',
      files: {
        'agreement.yaml': threeParties(rotating('{ rotate: parties, every: 2 years, from: 2025-01-01 }')),
        'people.yaml': peopleC,
      },
      findings: [
        {
          id: 'secretariat.rotation-none',
          file: 'people.yaml',
          path: ['secretariat'],
          params: { holder: 'Part C' },
          shown: {
            nb: 'Sekretariatet går på omgang, men ingen i sekretariatet kommer fra Part C, som skal ha det etter tur',
          },
        },
      ],
    },
    {
      name: 'a fixed holder without anyone in the secretariat',
      files: {
        'agreement.yaml': rotating('{ fixed: part-b }'),
        'people.yaml': people.replace('secretariat: [kontakt-a, kontakt-b]', 'secretariat: [kontakt-a]'),
      },
      findings: [{ id: 'secretariat.rotation-none', params: { holder: 'Part B' } }],
    },
  ],
});

testRule('roles', {
  valid: [
    {
      name: 'a secretariat that rotates by term',
      files: { 'agreement.yaml': rotating('{ rotate: parties, every: 2 years, from: 2025-01-01 }') },
    },
  ],
  invalid: [
    {
      name: 'a secretariat that rotates per meeting',
      files: { 'agreement.yaml': rotating('{ rotate: parties, per: meeting }') },
      findings: [
        { id: 'roles.secretariat-term', file: 'agreement.yaml', path: ['governance', 'secretariat', 'per'] },
      ],
    },
    {
      name: 'a secretariat whose order names an unknown party, at governance.secretariat',
      files: {
        'agreement.yaml': rotating(
          '{ rotate: parties, every: 2 years, from: 2025-01-01, order: [part-a, part-x] }',
        ),
      },
      findings: [
        {
          id: 'roles.unknown-member',
          path: ['governance', 'secretariat', 'order', 1],
          shown: { nb: '«part-x» er ikke en part i avtalen' },
        },
      ],
    },
    {
      name: 'a secretariat without its term',
      files: { 'agreement.yaml': rotating('{ rotate: parties, every: 2 years }') },
      findings: [
        {
          id: 'roles.secretariat-term',
          path: ['governance', 'secretariat'],
          shown: {
            nn: 'Sekretariatet går på omgang for ein periode om gongen: skriv både «every» (lengda på perioden) og «from» (dagen den første byrjar), ikkje «per: meeting»',
          },
        },
      ],
    },
  ],
});
