import * as r from '../../src/cli/record-run.js';
import { asCalendarDate as day } from '../../src/dates.js';
import { change, PLAN, type RecordCase } from './record-case.js';

// SPEC section 14: `record retire`, the plan's status and `retired` written in place.
export const RETIRE_CASES: RecordCase[] = [
  {
    name: 'retire: at a held meeting, replaced by another plan',
    kind: 'retire',
    args: [
      '--plan',
      'handlingsplan-samarbeidsutvalget',
      '--replaced-by',
      'handlingsplan-ungdom',
      '--meeting',
      '2026-08-20-middle',
    ],
    plan: (c) =>
      r.planRetire(c, {
        plan: 'handlingsplan-samarbeidsutvalget',
        replacedBy: 'handlingsplan-ungdom',
        meeting: '2026-08-20-middle',
      }),
    expected: () =>
      change((e) => {
        Object.assign(e[PLAN]!, {
          status: 'retired',
          retired: { date: '2026-08-20', meeting: '2026-08-20-middle', replacedBy: 'handlingsplan-ungdom' },
        });
      }),
  },
  {
    name: 'retire: on a date, without a successor',
    kind: 'retire',
    args: ['--plan', 'handlingsplan-samarbeidsutvalget', '--date', '2026-12-01'],
    plan: (c) => r.planRetire(c, { plan: 'handlingsplan-samarbeidsutvalget', date: day('2026-12-01') }),
    expected: () =>
      change((e) => {
        Object.assign(e[PLAN]!, { status: 'retired', retired: { date: '2026-12-01' } });
      }),
  },
  {
    name: 'retire: a draft plan was never adopted',
    kind: 'retire',
    args: ['--plan', 'handlingsplan-ungdom', '--date', '2026-12-01'],
    plan: (c) => r.planRetire(c, { plan: 'handlingsplan-ungdom', date: day('2026-12-01') }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'retire: a plan cannot replace itself',
    kind: 'retire',
    args: [
      '--plan',
      'handlingsplan-samarbeidsutvalget',
      '--replaced-by',
      'handlingsplan-samarbeidsutvalget',
      '--date',
      '2026-12-01',
    ],
    plan: (c) =>
      r.planRetire(c, {
        plan: 'handlingsplan-samarbeidsutvalget',
        replacedBy: 'handlingsplan-samarbeidsutvalget',
        date: day('2026-12-01'),
      }),
    expected: () => ({ kind: 'conflict' }),
  },
  {
    name: 'retire: a successor nobody knows',
    kind: 'retire',
    args: [
      '--plan',
      'handlingsplan-samarbeidsutvalget',
      '--replaced-by',
      'handlingsplan-2099',
      '--date',
      '2026-12-01',
    ],
    plan: (c) =>
      r.planRetire(c, {
        plan: 'handlingsplan-samarbeidsutvalget',
        replacedBy: 'handlingsplan-2099',
        date: day('2026-12-01'),
      }),
    expected: () => ({ kind: 'usage' }),
  },
  {
    name: 'retire: before its adoption',
    kind: 'retire',
    args: ['--plan', 'handlingsplan-samarbeidsutvalget', '--date', '2024-12-01'],
    plan: (c) => r.planRetire(c, { plan: 'handlingsplan-samarbeidsutvalget', date: day('2024-12-01') }),
    expected: () => ({ kind: 'conflict' }),
  },
];
