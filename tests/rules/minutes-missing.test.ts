import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

// SPEC section 10: a held meeting has minutes within governance.minutesDays. A meeting of 10
// January 2026, 14 days unless said.
const held = (o: { minutes?: string | { approved: string }; status?: 'planned' | 'cancelled' } = {}) =>
  makeData({ meetings: [{ id: 'm', body: 'middle', date: '2026-01-10', ...o }] });
const withDays = (days: number) => {
  const data = held();
  data.agreement.governance.minutesDays = days;
  return data;
};

testRule('minutes-missing', {
  valid: [
    { name: 'no minutes on day 14', data: held(), asOf: '2026-01-24' },
    { name: 'a path as minutes', data: held({ minutes: 'referat/m.pdf' }), asOf: '2026-03-01' },
    {
      name: 'approved minutes without a path',
      data: held({ minutes: { approved: '2026-02-01' } }),
      asOf: '2026-03-01',
    },
    {
      name: 'SPEC section 13: with governance.minutes written, the obligation says it, not this warning',
      data: (() => {
        const data = held();
        data.agreement.governance.minutes = { days: 14 };
        return data;
      })(),
      asOf: '2026-03-01',
    },
    { name: 'a cancelled meeting', data: held({ status: 'cancelled' }), asOf: '2026-03-01' },
    { name: 'minutesDays 0: not on the day of the meeting', data: withDays(0), asOf: '2026-01-10' },
    {
      name: 'an agreement expired on as-of',
      data: makeData({
        meetings: [{ id: 'm', body: 'middle', date: '2026-01-10' }],
        agreement: { validity: { from: '2025-01-01', until: '2026-03-01' } },
      }),
      asOf: '2026-03-01',
    },
    {
      name: 'an agreement superseded since as-of',
      data: held(),
      asOf: '2026-03-01',
      workspace: [{ id: 'next', supersedes: 'test', from: '2026-03-01', display: 'next' }],
    },
  ],
  invalid: [
    {
      name: 'no minutes on day 15',
      data: held(),
      asOf: '2026-01-25',
      findings: [
        {
          id: 'minutes-missing.meeting',
          file: 'meetings/all.yaml',
          path: ['meetings', 0],
          params: {
            meeting: {
              message: { id: 'meeting.body-date', params: { body: 'Midt', date: { date: '2026-01-10' } } },
            },
            id: 'm',
            date: { date: '2026-01-10' },
            days: 14,
          },
          shown: {
            nb: 'Midt, møtet 10.01.2026: har ikke referat 14 dager etter møtet; legg inn en lenke eller sti i «minutes»',
          },
        },
      ],
    },
    {
      name: 'of three meetings on one day, the held one without minutes',
      data: makeData({
        meetings: [
          { id: 'with', body: 'middle', date: '2026-01-10', minutes: 'referat/with.pdf' },
          { id: 'without', body: 'middle', date: '2026-01-10' },
          { id: 'cancelled', body: 'middle', date: '2026-01-10', status: 'cancelled' },
        ],
      }),
      asOf: '2026-01-25',
      findings: [
        {
          id: 'minutes-missing.meeting',
          path: ['meetings', 1],
          params: {
            meeting: {
              message: { id: 'meeting.body-date', params: { body: 'Midt', date: { date: '2026-01-10' } } },
            },
            id: 'without',
            date: { date: '2026-01-10' },
            days: 14,
          },
        },
      ],
    },
    {
      name: 'an empty path is no minutes',
      data: held({ minutes: '' }),
      asOf: '2026-03-01',
      findings: [{ id: 'minutes-missing.meeting', path: ['meetings', 0] }],
    },
    {
      name: 'minutesDays 0: the day after the meeting',
      data: withDays(0),
      asOf: '2026-01-11',
      findings: [
        {
          id: 'minutes-missing.meeting',
          params: {
            meeting: {
              message: { id: 'meeting.body-date', params: { body: 'Midt', date: { date: '2026-01-10' } } },
            },
            id: 'm',
            date: { date: '2026-01-10' },
            days: 0,
          },
        },
      ],
    },
    {
      name: 'an agreement that expires the day after as-of',
      data: makeData({
        meetings: [{ id: 'm', body: 'middle', date: '2026-01-10' }],
        agreement: { validity: { from: '2025-01-01', until: '2026-03-02' } },
      }),
      asOf: '2026-03-01',
      findings: [{ id: 'minutes-missing.meeting' }],
    },
    {
      name: 'a successor from the day after as-of supersedes nothing yet',
      data: held(),
      asOf: '2026-03-01',
      workspace: [{ id: 'next', supersedes: 'test', from: '2026-03-02', display: 'next' }],
      findings: [{ id: 'minutes-missing.meeting' }],
    },
  ],
});
