import { minimalAgreement } from '../minimal-agreement.js';
import { testRule } from './rule-tester.js';

// SPEC section 13: a duty is done where it can be, and what fulfils it names it rightly.
const AGREEMENT = (duties: string, bodies = '') => ({
  'agreement.yaml': minimalAgreement(
    `    top: { name: Toppledermøte, meets: yearly, host: rotate, by: 05-31 }
    middle: { name: Mellomledermøte, meets: every 4 months, adopts: true }
${bodies}`,
    { governance: `  duties:\n${duties}` },
  ),
});

testRule('duties', {
  valid: [
    { name: 'no duties', files: {} },
    {
      name: 'a duty of a body that meets, fulfilled there; an entry for a duty of no body',
      files: {
        ...AGREEMENT(
          '    - { id: budsjett, title: Budsjett, due: yearly by 12-15, at: top }\n    - { id: regnskap, title: Regnskap, due: yearly by 02-15 }\n',
        ),
        'meetings/2026.yaml':
          'schemaVersion: 1\nmeetings:\n  - { id: m, body: top, date: 2026-03-01, status: held, decisions: [{ id: b, text: Vedtatt, fulfils: budsjett }] }\n',
        'duties.yaml': 'schemaVersion: 1\ndone:\n  - { duty: regnskap, date: 2026-02-10 }\n',
      },
    },
  ],
  invalid: [
    {
      name: 'the fixture duty-elsewhere: every way of pointing elsewhere',
      fixture: 'duty-elsewhere',
      findings: [
        {
          id: 'duties.unknown-body',
          path: ['governance', 'duties', 1, 'at'],
          params: { duty: 'plan', body: 'styret' },
        },
        {
          id: 'duties.body-does-not-meet',
          path: ['governance', 'duties', 2, 'at'],
          params: { duty: 'melding', body: 'Rådet' },
        },
        {
          id: 'duties.by-not-yearly',
          severity: 'warning',
          path: ['governance', 'bodies', 'middle', 'by'],
          params: { body: 'Mellomledermøte', meets: 'every 4 months' },
        },
        {
          id: 'duties.other-body',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'decisions', 0, 'fulfils'],
          params: { duty: 'budsjett', body: 'Toppledermøte', other: 'Mellomledermøte' },
          shown: {
            nb: 'Vedtaket oppfyller plikten budsjett, men den skal gjøres i organet Toppledermøte, ikke i Mellomledermøte',
          },
        },
        {
          id: 'duties.unknown-duty',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'decisions', 1, 'fulfils'],
          params: { duty: 'ukjent-plikt' },
        },
        {
          id: 'duties.entry-for-body',
          severity: 'warning',
          file: 'duties.yaml',
          path: ['done', 0, 'duty'],
          params: { duty: 'budsjett', body: 'Toppledermøte' },
        },
        {
          id: 'duties.unknown-duty',
          file: 'duties.yaml',
          path: ['done', 1, 'duty'],
          params: { duty: 'finnes-ikke' },
        },
      ],
    },
  ],
});
