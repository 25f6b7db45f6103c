import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

const held = (date: string) => makeData({ meetings: [{ body: 'middle', date, minutes: 'referat.pdf' }] });

// A meeting recorded as held cannot lie after the day the data is judged on.
testRule('held-in-future', {
  valid: [
    { name: 'held today', data: held('2026-11-22') },
    {
      name: 'planned ahead',
      data: makeData({ meetings: [{ body: 'middle', date: '2026-12-01', status: 'planned' }] }),
    },
  ],
  invalid: [
    {
      name: 'held tomorrow, at its date',
      data: held('2026-11-23'),
      findings: [
        {
          id: 'held-in-future.meeting',
          path: ['meetings', 0, 'date'],
          params: {
            meeting: {
              message: { id: 'meeting.body-date', params: { body: 'Midt', date: { date: '2026-11-23' } } },
            },
            id: 'm-0',
            date: { date: '2026-11-23' },
            asOf: { date: '2026-11-22' },
          },
        },
      ],
    },
    {
      name: 'fixture held-in-future',
      fixture: 'held-in-future',
      findings: [{ id: 'held-in-future.meeting', file: 'meetings/2026.yaml', path: ['meetings', 0, 'date'] }],
    },
  ],
});
