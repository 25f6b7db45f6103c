import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

const held = (minutes: unknown, extra: Array<{ id: string; body: string; date: string }> = []) =>
  makeData({
    meetings: [
      { id: 'mote-1', body: 'middle', date: '2026-03-04', minutes: minutes as never },
      ...extra.map((m) => ({ ...m, host: 'part-a' })),
    ],
  });
const NEXT = { id: 'mote-2', body: 'middle', date: '2026-06-10' };
const TOP = { id: 'topp-1', body: 'top', date: '2026-06-10' };

// SPEC section 13: minutes are approved after their meeting, at a meeting of the same body.
testRule('minutes-approval', {
  valid: [
    { name: 'minutes as a text', data: held('referat.pdf') },
    {
      name: 'approved at the next meeting of the body',
      data: held({ approved: '2026-06-10', at: 'mote-2' }, [NEXT]),
    },
    { name: 'approved the day of the meeting, no meeting named', data: held({ approved: '2026-03-04' }) },
  ],
  invalid: [
    {
      name: 'approved before the meeting',
      data: held({ ref: 'referat.pdf', approved: '2026-03-01' }),
      findings: [
        {
          id: 'minutes-approval.before-meeting',
          file: 'meetings/all.yaml',
          path: ['meetings', 0, 'minutes', 'approved'],
          shown: {
            nb: 'Midt, møtet 04.03.2026: referatet er oppgitt som godkjent 01.03.2026, før møtet ble holdt',
          },
        },
      ],
    },
    {
      name: 'approved at a meeting that does not exist',
      data: held({ approved: '2026-06-10', at: 'mote-9' }, [NEXT]),
      findings: [
        {
          id: 'minutes-approval.unknown-meeting',
          file: 'meetings/all.yaml',
          path: ['meetings', 0, 'minutes', 'at'],
          shown: {
            nb: 'Midt, møtet 04.03.2026: referatet er oppgitt som godkjent i møtet «mote-9», som ikke finnes',
          },
        },
      ],
    },
    {
      name: 'approved at a meeting of another body',
      data: held({ approved: '2026-06-10', at: 'topp-1' }, [TOP]),
      findings: [
        {
          id: 'minutes-approval.other-body',
          file: 'meetings/all.yaml',
          path: ['meetings', 0, 'minutes', 'at'],
          shown: {
            nb: 'Midt, møtet 04.03.2026: referatet er oppgitt som godkjent i et møte i et annet organ (Topp, møtet 10.06.2026); referatet godkjennes av samme organ',
          },
        },
      ],
    },
    {
      name: 'fixture minutes-approval',
      fixture: 'minutes-approval',
      findings: [
        {
          id: 'minutes-approval.before-meeting',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'minutes', 'approved'],
        },
        {
          id: 'minutes-approval.other-body',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'minutes', 'at'],
        },
      ],
    },
  ],
});
