import { testRule } from './rule-tester.js';

// SPEC section 14: `retired: { date, meeting, replacedBy }` on an action plan (`record retire`).
const PLAN = 'action-plans/plan.yaml';
const NEW = 'action-plans/handlingsplan-2028.yaml';
const plan = (status: string, retired?: string) => ({
  [PLAN]: `schemaVersion: 1\nid: plan\ntitle: Handlingsplan 2027\nowner: middle\nstatus: ${status}\nadopted: { date: 2026-03-01, meeting: m1 }\n${retired ? `retired: ${retired}\n` : ''}`,
  [NEW]:
    'schemaVersion: 1\nid: handlingsplan-2028\ntitle: Handlingsplan 2028\nowner: middle\nstatus: draft\n',
});
const meetings = (second = 'held') => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n  - { id: m1, body: middle, date: 2026-03-01, status: held }\n  - { id: m2, body: middle, date: 2026-09-01, status: ${second} }\n`,
});

testRule('retirement', {
  valid: [
    { name: 'an adopted plan', files: { ...plan('adopted'), ...meetings() } },
    {
      name: 'retired without a record of when (written by hand)',
      files: { ...plan('retired'), ...meetings() },
    },
    {
      name: 'retired at a held meeting on its date, replaced by another plan',
      files: {
        ...plan('retired', '{ date: 2026-09-01, meeting: m2, replacedBy: handlingsplan-2028 }'),
        ...meetings(),
      },
    },
    {
      name: 'retired on a date, without a meeting or a successor',
      files: { ...plan('retired', '{ date: 2026-12-31 }'), ...meetings() },
    },
    {
      name: 'an unknown meeting is left to rule reference',
      files: { ...plan('retired', '{ date: 2026-09-01, meeting: nowhere }'), ...meetings() },
    },
  ],
  invalid: [
    {
      name: 'replaced by a plan nobody knows, close to one that exists',
      files: { ...plan('retired', '{ date: 2026-09-01, replacedBy: handlingsplan-2082 }'), ...meetings() },
      findings: [
        {
          id: 'retirement.replaced-by-unknown-suggest',
          file: PLAN,
          path: ['retired', 'replacedBy'],
          params: { id: 'handlingsplan-2082', suggestion: 'handlingsplan-2028' },
          shown: {
            nb: 'Planen skal erstattes av handlingsplan-2082, men det finnes ingen handlingsplan med den id-en. Mente du handlingsplan-2028?',
          },
        },
      ],
    },
    {
      name: 'replaced by a plan nobody knows',
      files: { ...plan('retired', '{ date: 2026-09-01, replacedBy: noe-helt-annet }'), ...meetings() },
      findings: [
        {
          id: 'retirement.replaced-by-unknown',
          file: PLAN,
          path: ['retired', 'replacedBy'],
          params: { id: 'noe-helt-annet' },
        },
      ],
    },
    {
      name: 'replaced by itself',
      files: { ...plan('retired', '{ date: 2026-09-01, replacedBy: plan }'), ...meetings() },
      findings: [
        {
          id: 'retirement.replaced-by-self',
          file: PLAN,
          path: ['retired', 'replacedBy'],
          params: { id: 'plan' },
          shown: { nb: 'Planen kan ikke erstatte seg selv («replacedBy: plan»); oppgi den nye planen' },
        },
      ],
    },
    {
      name: 'retired at a meeting on another day',
      files: { ...plan('retired', '{ date: 2026-09-02, meeting: m2 }'), ...meetings() },
      findings: [
        {
          id: 'retirement.wrong-date',
          file: PLAN,
          path: ['retired', 'date'],
          shown: {
            nb: 'Datoen planen ble avsluttet, 02.09.2026, er ikke datoen for møtet som avsluttet den (Mellomledermøte, møtet 01.09.2026)',
          },
        },
      ],
    },
    {
      name: 'retired, but the status says adopted',
      files: { ...plan('adopted', '{ date: 2026-09-01 }'), ...meetings() },
      findings: [
        {
          id: 'retirement.not-retired',
          file: PLAN,
          path: ['retired'],
          params: { status: 'adopted' },
        },
      ],
    },
    {
      name: 'retired at a cancelled meeting (fixture retirement-not-held)',
      fixture: 'retirement-not-held',
      findings: [
        {
          id: 'retirement.not-held',
          path: ['retired', 'meeting'],
          shown: {
            nb: 'Møtet som avsluttet planen (Mellomledermøte, møtet 01.09.2026), er ikke registrert som holdt («status: cancelled»)',
          },
        },
      ],
    },
  ],
});
