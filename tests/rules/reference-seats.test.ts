import { minimalAgreement } from '../minimal-agreement.js';
import { testRule } from './rule-tester.js';

// SPEC section 13: a body's members and a meeting's attendance name people of people.yaml; an id
// that is no person is reported by rule reference, as every other unknown id is.
const agreement = (members: string) =>
  minimalAgreement(`    top: { name: Toppledermøte, meets: yearly, host: rotate, members: ${members} }
    middle: { name: Mellomledermøte, meets: every 4 months, adopts: true }`);
const meetings = (attendance: string) => `schemaVersion: 1
meetings:
  - { id: 2026-03-01-top, body: top, date: 2026-03-01, status: held, host: part-a, attendance: ${attendance} }
`;

testRule('reference', {
  valid: [
    {
      name: 'members and attendance of people.yaml',
      files: {
        'agreement.yaml': agreement('[kontakt-a, kontakt-b]'),
        'meetings/2026.yaml': meetings('[kontakt-a]'),
      },
    },
  ],
  invalid: [
    {
      name: 'a member and an attendee that are no person',
      files: {
        'agreement.yaml': agreement('[kontakt-a, kontakt-c]'),
        'meetings/2026.yaml': meetings('[kontakt-a, ukjent-person]'),
      },
      findings: [
        {
          id: 'reference.unknown-suggest',
          file: 'agreement.yaml',
          path: ['governance', 'bodies', 'top', 'members', 1],
          params: { kind: { ref: 'kind.person' }, value: 'kontakt-c', suggestion: 'kontakt-a' },
        },
        {
          id: 'reference.unknown',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'attendance', 1],
          params: { kind: { ref: 'kind.person' }, value: 'ukjent-person' },
        },
      ],
    },
  ],
});
