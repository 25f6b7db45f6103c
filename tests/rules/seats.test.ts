import { minimalAgreement } from '../minimal-agreement.js';
import { testRule } from './rule-tester.js';

// SPEC section 13: "fem representanter fra kommunene, fem fra helseforetaket og to
// brukerrepresentanter". The minimal agreement's parties part-a and part-b, with a side each where
// a case says so, and a body top whose members fill its seats as of 22 November 2026.
const agreement = (top: string, sides = false) =>
  minimalAgreement(
    `    top:
      name: Toppledermøte
      meets: yearly
      host: rotate
${top}
    middle: { name: Mellomledermøte, meets: every 4 months, adopts: true }`,
    sides
      ? {
          parties: [', side: kommunane', ', side: kommunane'],
          sides: 'sides:\n  - { id: kommunane, name: Kommunane }\n',
        }
      : {},
  );
const people = (more: string) => `schemaVersion: 1
people:
  - { id: kontakt-a, party: part-a, role: Kontakt A }
  - { id: kontakt-b, party: part-b, role: Kontakt B }
${more}contacts:
  part-a: kontakt-a
  part-b: kontakt-b
secretariat: [kontakt-a, kontakt-b]
`;
const files = (top: string, more = '', sides = false) => ({
  'agreement.yaml': agreement(top, sides),
  'people.yaml': people(more),
});
const LEADER = '  - { id: leder-a, party: part-a, role: Leder A }\n';
const USER = '  - { id: bruker-1, party: part-b, role: Brukarrepresentant, seat: brukarar }\n';

testRule('seats', {
  valid: [
    { name: 'no seats', files: files('      members: [kontakt-a, leder-a]', LEADER) },
    {
      name: 'every seat filled, by party',
      files: files('      members: [kontakt-a, kontakt-b]\n      seats: { part-a: 1, part-b: 1 }'),
    },
    {
      name: 'a side counts the members of its parties',
      files: files('      members: [kontakt-a, kontakt-b]\n      seats: { kommunane: 2 }', '', true),
    },
    {
      name: 'a person with a seat counts toward that label only, not toward the party',
      files: files(
        '      members: [kontakt-a, kontakt-b, bruker-1]\n      seats: { part-a: 1, part-b: 1, brukarar: 1 }',
        USER,
      ),
    },
    {
      name: 'a member whose term has ended no longer fills the seat; the one after does',
      files: files(
        '      members: [kontakt-a, kontakt-b, leder-a]\n      seats: { part-a: 1, part-b: 1 }',
        `${LEADER.replace(' }', ', term: { from: 2022-01-01, until: 2025-12-31 } }')}`,
      ),
    },
  ],
  invalid: [
    {
      name: 'more members of a party than its seats',
      files: files(
        '      members: [kontakt-a, leder-a, kontakt-b]\n      seats: { part-a: 1, part-b: 1 }',
        LEADER,
      ),
      findings: [
        {
          id: 'seats.too-many',
          file: 'agreement.yaml',
          path: ['governance', 'bodies', 'top', 'seats', 'part-a'],
          params: { body: 'Toppledermøte', seat: 'Part A', count: 2, seats: 1 },
          shown: { nb: 'Toppledermøte har 2 medlemmer på plassene for Part A, men bare 1 plass' },
        },
      ],
    },
    {
      name: 'a vacant seat is named, a warning',
      files: files(
        '      members: [kontakt-a, kontakt-b]\n      seats: { part-a: 1, part-b: 1, brukarar: 2 }',
      ),
      findings: [
        {
          id: 'seats.vacant',
          severity: 'warning',
          path: ['governance', 'bodies', 'top', 'seats', 'brukarar'],
          params: { body: 'Toppledermøte', seat: 'brukarar', count: 0, seats: 2, vacant: 2 },
          shown: { nn: 'Toppledermøte har 2 ledig plassar for brukarar: 0 av 2 er fylte' },
        },
      ],
    },
    {
      name: 'a member of a party that has no seats, and one with a label the body has no seats for',
      files: files('      members: [kontakt-a, kontakt-b, bruker-1]\n      seats: { part-a: 1 }', USER),
      findings: [
        {
          id: 'seats.no-seat',
          path: ['governance', 'bodies', 'top', 'members', 1],
          params: { person: 'Kontakt B', body: 'Toppledermøte', seat: 'Part B' },
        },
        {
          id: 'seats.no-seat',
          path: ['governance', 'bodies', 'top', 'members', 2],
          params: { person: 'Brukarrepresentant', body: 'Toppledermøte', seat: 'brukarar' },
        },
      ],
    },
    {
      name: 'a member whose term has not begun leaves the seat vacant',
      files: files(
        '      members: [kontakt-a, leder-b]\n      seats: { part-a: 1, part-b: 1 }',
        '  - { id: leder-b, party: part-b, role: Leder B, term: { from: 2027-01-01 } }\n',
      ),
      findings: [
        {
          id: 'seats.vacant',
          severity: 'warning',
          params: { body: 'Toppledermøte', seat: 'Part B', count: 0, seats: 1, vacant: 1 },
        },
      ],
    },
    {
      name: 'the fixture seats-too-many',
      fixture: 'seats-too-many',
      findings: [{ id: 'seats.too-many', path: ['governance', 'bodies', 'top', 'seats', 'part-a'] }],
    },
  ],
});
