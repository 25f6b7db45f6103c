import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

// A record of what was done (an evaluation, a report, an adoption, a measure or action done) cannot
// be dated after the day the data is judged on.
testRule('future-record', {
  valid: [
    { name: 'an evaluation today', data: makeData({ evaluations: [{ date: '2026-11-22' }] }) },
    { name: 'the minimal agreement', files: {} },
    {
      name: 'a duty done today, and a notice of withdrawal given today',
      data: makeData({
        agreement: {
          parties: [
            { id: 'part-a', name: 'A', notice: '2026-11-22' },
            { id: 'part-b', name: 'B' },
          ],
        },
        duties: [{ duty: 'arsrapport', date: '2026-11-22' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'a duty done tomorrow, in duties.yaml (SPEC section 13)',
      data: makeData({
        duties: [
          { duty: 'arsrapport', date: '2026-11-20' },
          { duty: 'arsrapport', date: '2026-11-23' },
        ],
      }),
      findings: [{ id: 'future-record.date', file: 'duties.yaml', path: ['done', 1, 'date'] }],
    },
    {
      name: 'a notice of withdrawal dated tomorrow (SPEC section 13)',
      data: makeData({
        agreement: {
          parties: [
            { id: 'part-a', name: 'A' },
            { id: 'part-b', name: 'B', notice: '2026-11-23' },
          ],
        },
      }),
      findings: [
        {
          id: 'future-record.date',
          file: 'agreement.yaml',
          path: ['parties', 1, 'notice'],
          shown: { nb: 'Datoen 23.11.2026 ligger etter 22.11.2026; her registreres bare det som har skjedd' },
        },
      ],
    },
    {
      name: 'minutes approved tomorrow (SPEC section 13)',
      data: makeData({
        meetings: [
          { body: 'middle', date: '2026-11-01', minutes: { ref: 'referat.pdf', approved: '2026-11-23' } },
        ],
      }),
      findings: [
        {
          id: 'future-record.date',
          file: 'meetings/all.yaml',
          path: ['meetings', 0, 'minutes', 'approved'],
          params: { date: { date: '2026-11-23' }, asOf: { date: '2026-11-22' } },
        },
      ],
    },
    {
      name: 'an evaluation tomorrow',
      data: makeData({ evaluations: [{ date: '2026-11-23' }] }),
      findings: [
        {
          id: 'future-record.date',
          file: 'evaluations.yaml',
          path: ['evaluations', 0, 'date'],
          params: { date: { date: '2026-11-23' }, asOf: { date: '2026-11-22' } },
        },
      ],
    },
    {
      name: 'a working group report and a measure done ahead',
      files: {
        'working-groups.yaml':
          'schemaVersion: 1\nworkingGroups:\n  - id: gruppe\n    name: Gruppe\n    leader: kontakt-a\n    members: [kontakt-a, kontakt-b]\n    reports:\n      - { date: 2027-01-05 }\n',
        'action-plans/plan.yaml':
          'schemaVersion: 1\nid: plan\ntitle: Plan\nowner: middle\nstatus: draft\nmeasures:\n  - { id: m1, title: Tiltak, done: 2026-12-01 }\n',
      },
      findings: [
        {
          id: 'future-record.date',
          file: 'working-groups.yaml',
          path: ['workingGroups', 0, 'reports', 0, 'date'],
        },
        { id: 'future-record.date', file: 'action-plans/plan.yaml', path: ['measures', 0, 'done'] },
      ],
    },
    {
      name: 'fixture future-record',
      fixture: 'future-record',
      findings: [{ id: 'future-record.date', file: 'evaluations.yaml', path: ['evaluations', 0, 'date'] }],
    },
  ],
});
