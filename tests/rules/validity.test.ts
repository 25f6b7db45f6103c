import { join } from 'node:path';
import { makeData } from '../engine/make-data.js';
import { ROOT } from '../helpers.js';
import { testRule } from './rule-tester.js';

// SPEC section 2: an agreement is in force from `validity.from` until the day before `until`.
testRule('validity', {
  valid: [
    { name: 'no end date', data: makeData() },
    {
      name: 'an end after the start',
      data: makeData({ agreement: { validity: { from: '2025-01-01', until: '2029-01-01' } } }),
    },
    { name: 'the example data', folder: join(ROOT, 'data', 'buskerud-2024') },
  ],
  invalid: [
    {
      name: 'an end on the start date',
      data: makeData({ agreement: { validity: { from: '2025-01-01', until: '2025-01-01' } } }),
      findings: [
        {
          id: 'validity.until-before-from',
          file: 'agreement.yaml',
          path: ['validity', 'until'],
          params: { from: { date: '2025-01-01' }, until: { date: '2025-01-01' } },
        },
      ],
    },
    {
      name: 'an end before the start (fixture until-before-from)',
      fixture: 'until-before-from',
      findings: [
        {
          id: 'validity.until-before-from',
          path: ['validity', 'until'],
          shown: { en: 'validity.until (31 Dec 2024) must be after validity.from (1 Jan 2025)' },
        },
      ],
    },
  ],
});
