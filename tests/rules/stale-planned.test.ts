import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

const planned = (date: string) => makeData({ meetings: [{ body: 'middle', date, status: 'planned' }] });

// SPEC section 8: a planned meeting whose day has passed was held or cancelled; say which.
testRule('stale-planned', {
  valid: [
    { name: 'a planned meeting today', data: planned('2026-11-22') },
    { name: 'a planned meeting ahead', data: planned('2027-01-10') },
    {
      name: 'a held meeting in the past',
      data: makeData({ meetings: [{ body: 'middle', date: '2026-01-10' }] }),
    },
  ],
  invalid: [
    {
      name: 'a planned meeting yesterday, at its status',
      data: planned('2026-11-21'),
      findings: [
        {
          id: 'stale-planned.meeting',
          file: 'meetings/all.yaml',
          path: ['meetings', 0, 'status'],
          params: {
            meeting: {
              message: { id: 'meeting.body-date', params: { body: 'Midt', date: { date: '2026-11-21' } } },
            },
            id: 'm-0',
            date: { date: '2026-11-21' },
          },
        },
      ],
    },
    {
      name: 'a working group is named with the word, at the start of the sentence with a capital',
      data: makeData({
        workingGroups: [{ id: 'ungdom', name: 'Ungdom i opplæring', leader: 'x', members: ['x'] }],
        meetings: [{ body: 'ungdom', date: '2026-11-21', status: 'planned' }],
      }),
      findings: [
        {
          id: 'stale-planned.meeting',
          shown: {
            nb: 'Arbeidsgruppen Ungdom i opplæring, møtet 21.11.2026: står fortsatt som planlagt; registrer møtet som holdt eller avlyst',
            nn: 'Arbeidsgruppa Ungdom i opplæring, møtet 21.11.2026: står framleis som planlagt; registrer møtet som halde eller avlyst',
          },
        },
      ],
    },
    {
      name: 'fixture stale-planned',
      fixture: 'stale-planned',
      findings: [
        { id: 'stale-planned.meeting', file: 'meetings/2026.yaml', path: ['meetings', 0, 'status'] },
      ],
    },
  ],
});
