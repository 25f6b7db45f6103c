import { minimalAgreement } from '../minimal-agreement.js';
import { testRule } from './rule-tester.js';

// SPEC section 13: "vedtaksført når minst 2/3 av medlemmene er til stede". A body top with three
// members (two of part-a, one of part-b) and the quorum of the case; one held meeting in 2026.
const agreement = (quorum: string, members = '[kontakt-a, leder-a, kontakt-b]') =>
  minimalAgreement(`    top:
      name: Toppledermøte
      meets: yearly
      host: rotate
${members ? `      members: ${members}\n` : ''}${quorum ? `      quorum: ${quorum}\n` : ''}    middle: { name: Mellomledermøte, meets: every 4 months, adopts: true }
`);
const PEOPLE = `schemaVersion: 1
people:
  - { id: kontakt-a, party: part-a, role: Kontakt A }
  - { id: kontakt-b, party: part-b, role: Kontakt B }
  - { id: leder-a, party: part-a, role: Leder A }
  - { id: gjest, party: part-b, role: Gjest }
contacts:
  part-a: kontakt-a
  part-b: kontakt-b
secretariat: [kontakt-a, kontakt-b]
`;
const meeting = (attendance: string | null, decisions = true, status = 'held') => `schemaVersion: 1
meetings:
  - id: 2026-03-01-top
    body: top
    date: 2026-03-01
    status: ${status}
${status === 'held' ? '    host: part-a\n    minutes: https://example.org/referat.pdf\n' : ''}${attendance === null ? '' : `    attendance: ${attendance}\n`}${decisions ? '    decisions:\n      - { id: budsjett, text: Budsjettet er vedtatt }\n' : ''}`;
const files = (
  quorum: string,
  attendance: string | null,
  o: { decisions?: boolean; members?: string } = {},
) => ({
  'agreement.yaml': agreement(quorum, o.members),
  'people.yaml': PEOPLE,
  'meetings/2026.yaml': meeting(attendance, o.decisions ?? true),
});
const AT = ['meetings', 0, 'attendance'];

testRule('quorum', {
  valid: [
    { name: 'two of three present: 2/3 is met', files: files('2/3', '[kontakt-a, kontakt-b]') },
    { name: 'without attendance nothing is judged', files: files('2/3', null) },
    { name: 'without a quorum nothing is judged', files: files('', '[kontakt-a]') },
    {
      name: 'a meeting without decisions decided nothing',
      files: files('2/3', '[kontakt-a]', { decisions: false }),
    },
    { name: '1/3 of three needs one', files: files('1/3', '[kontakt-b]') },
    {
      name: 'all-parties: someone of each party present',
      files: files('all-parties', '[leder-a, kontakt-b]'),
    },
    { name: 'a number of members present', files: files('2', '[kontakt-a, leder-a]') },
    {
      name: 'all-parties without a member list: the parties of the agreement',
      files: files('all-parties', '[kontakt-a, gjest]', { members: '' }),
    },
  ],
  invalid: [
    {
      name: 'one of three present: 2/3 needs two',
      files: files('2/3', '[kontakt-a]'),
      findings: [
        {
          id: 'quorum.short',
          file: 'meetings/2026.yaml',
          path: AT,
          shown: {
            nb: 'Toppledermøte, møtet 01.03.2026: ikke vedtaksført; 1 av 3 medlemmer var til stede, men 2/3 av medlemmene, minst 2, må være til stede',
          },
        },
      ],
    },
    {
      name: 'half of three needs two (at least f·n, counted up)',
      files: files('1/2', '[kontakt-b]'),
      findings: [
        {
          id: 'quorum.short',
          params: {
            meeting: {
              message: {
                id: 'meeting.body-date',
                params: { body: 'Toppledermøte', date: { date: '2026-03-01' } },
              },
            },
            present: 1,
            members: 3,
            needed: 2,
            quorum: '1/2',
          },
        },
      ],
    },
    {
      name: 'all-parties: nobody of part-b present',
      files: files('all-parties', '[kontakt-a, leder-a]'),
      findings: [
        {
          id: 'quorum.parties-absent',
          path: AT,
          shown: {
            nb: 'Toppledermøte, møtet 01.03.2026: ikke vedtaksført; ingen fra Part B var til stede, og alle partene må være til stede',
          },
        },
      ],
    },
    {
      name: 'a number: fewer present',
      files: files('3', '[kontakt-a, leder-a]'),
      findings: [
        {
          id: 'quorum.short-count',
          path: AT,
          shown: {
            en: 'Toppledermøte, meeting on 1 Mar 2026: no quorum; 2 members present, but at least 3 must be',
          },
        },
      ],
    },
    {
      name: 'a guest is named and not counted',
      files: files('2/3', '[kontakt-a, gjest]'),
      findings: [
        {
          id: 'quorum.not-member',
          path: [...AT, 1],
          shown: {
            nb: 'Toppledermøte, møtet 01.03.2026: Gjest er ført opp som til stede, men var ikke medlem den dagen; personen telles ikke med',
          },
        },
        { id: 'quorum.short', path: AT },
      ],
    },
    {
      name: 'the fixture quorum-short',
      fixture: 'quorum-short',
      findings: [{ id: 'quorum.short', path: AT }],
    },
  ],
});
