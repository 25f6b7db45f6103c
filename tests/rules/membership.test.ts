import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

// SPEC section 12: a party is a member from `joined` until the day before `left`; section 13: a
// notice of withdrawal gives `left` where it is not written.
const agreement = (partC: string) => ({
  'agreement.yaml': `schemaVersion: 1
id: minimal
title: Minimal avtale
parties:
  - { id: part-a, name: Part A }
  - { id: part-b, name: Part B }
  - { id: part-c, name: Part C${partC ? `, ${partC}` : ''} }
validity:
  from: 2025-01-01
governance:
  bodies:
    top: { name: Toppledermøte, meets: yearly, host: rotate }
`,
});
const hosted = (date: string, status = 'held') => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n  - { id: m, body: top, date: ${date}, status: ${status}, host: part-c }\n`,
});
const date = (d: string) => ({ date: d });

/** part-b gives notice on 20 August 2026 under terms that let it leave on 1 January 2028. */
const noticed = (meetingDate: string) => {
  const data = makeData({ meetings: [{ body: 'top', date: meetingDate, host: 'part-b' }] });
  data.agreement = {
    ...data.agreement,
    parties: [data.agreement.parties[0]!, { id: 'part-b', name: 'PART-B', notice: '2026-08-20' }],
    governance: { ...data.agreement.governance, withdrawal: { notice: '6 months', effective: 'year-end' } },
  };
  return data;
};

testRule('membership', {
  valid: [
    { name: 'left the day after joined', files: agreement('joined: 2026-01-01, left: 2026-01-02') },
    {
      name: 'hosted on the day it joined',
      files: { ...agreement('joined: 2026-03-01'), ...hosted('2026-03-01') },
    },
    {
      name: 'hosted on the day before it left',
      files: { ...agreement('left: 2026-03-01'), ...hosted('2026-02-28') },
    },
    {
      name: 'a planned meeting before it joined is not judged',
      files: { ...agreement('joined: 2026-12-01'), ...hosted('2026-11-30', 'planned') },
    },
    { name: 'hosted on the day before the leaving day a notice gives', data: noticed('2027-12-31') },
  ],
  invalid: [
    {
      name: 'left before joined (fixture membership-left-before-joined)',
      fixture: 'membership-left-before-joined',
      findings: [
        {
          id: 'membership.left-before-joined',
          file: 'agreement.yaml',
          path: ['parties', 1, 'left'],
          params: { left: date('2025-06-01'), joined: date('2026-01-01') },
          shown: { nb: '«left» (01.06.2025) må være etter «joined» (01.01.2026)' },
        },
      ],
    },
    {
      name: 'left on the day it joined',
      files: agreement('joined: 2026-01-01, left: 2026-01-01'),
      findings: [
        {
          id: 'membership.left-before-joined',
          path: ['parties', 2, 'left'],
          params: { left: date('2026-01-01'), joined: date('2026-01-01') },
        },
      ],
    },
    {
      name: 'left on the first day of the agreement, with no joined',
      files: agreement('left: 2025-01-01'),
      findings: [
        {
          id: 'membership.left-before-joined',
          params: { left: date('2025-01-01'), joined: date('2025-01-01') },
        },
      ],
    },
    {
      name: 'hosted after it left (fixture host-not-member)',
      fixture: 'host-not-member',
      findings: [
        {
          id: 'membership.host-not-member',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'host'],
          params: { party: 'Part C', date: date('2026-03-01') },
          shown: { nb: 'Part C var ikke med i avtalen 01.03.2026 og kan ikke ha vært vertskap' },
        },
      ],
    },
    {
      name: 'hosted on the day it left',
      files: { ...agreement('left: 2026-03-01'), ...hosted('2026-03-01') },
      findings: [{ id: 'membership.host-not-member', params: { party: 'Part C', date: date('2026-03-01') } }],
    },
    {
      name: 'hosted on the day before it joined',
      files: { ...agreement('joined: 2026-03-01'), ...hosted('2026-02-28') },
      findings: [{ id: 'membership.host-not-member', params: { party: 'Part C', date: date('2026-02-28') } }],
    },
    {
      name: 'hosted on the leaving day a notice gives',
      data: noticed('2028-01-01'),
      findings: [
        {
          id: 'membership.host-not-member',
          file: 'meetings/all.yaml',
          path: ['meetings', 0, 'host'],
          params: { party: 'PART-B', date: date('2028-01-01') },
        },
      ],
    },
  ],
});
