import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

// SPEC section 13: "utmelding med seks måneders skriftlig varsel, med virkning fra et årsskifte".
const TERMS = { notice: '6 months', effective: 'year-end' } as const;
const withParty = (b: Record<string, string>, withdrawal: typeof TERMS | null = TERMS) => {
  const data = makeData();
  data.agreement = {
    ...data.agreement,
    parties: [data.agreement.parties[0]!, { id: 'part-b', name: 'PART-B', ...b }],
    governance: { ...data.agreement.governance, ...(withdrawal ? { withdrawal } : {}) },
  };
  return data;
};

testRule('withdrawal', {
  valid: [
    { name: 'a notice without a written left', data: withParty({ notice: '2026-08-20' }) },
    {
      name: 'left on the first day the terms allow',
      data: withParty({ notice: '2026-08-20', left: '2028-01-01' }),
    },
    {
      name: 'left later than the terms allow',
      data: withParty({ notice: '2026-08-20', left: '2029-01-01' }),
    },
    { name: 'left without a notice', data: withParty({ left: '2026-01-01' }) },
    {
      name: 'no withdrawal terms: nothing to judge',
      data: withParty({ notice: '2026-08-20', left: '2026-09-01' }, null),
    },
  ],
  invalid: [
    {
      name: 'left before the turn of the year the notice reaches',
      data: withParty({ notice: '2026-08-20', left: '2027-02-20' }),
      findings: [
        {
          id: 'withdrawal.left-too-early',
          file: 'agreement.yaml',
          path: ['parties', 1, 'left'],
          params: {
            party: 'PART-B',
            notice: { date: '2026-08-20' },
            earliest: { date: '2028-01-01' },
            left: { date: '2027-02-20' },
          },
        },
      ],
    },
    {
      name: 'the fixture withdrawal-left-too-early',
      fixture: 'withdrawal-left-too-early',
      findings: [
        {
          id: 'withdrawal.left-too-early',
          path: ['parties', 1, 'left'],
          shown: {
            nb: 'Part B sa opp 20.08.2026 og kan etter utmeldingsvilkårene tidligst gå ut 01.01.2028, ikke 01.01.2027',
          },
        },
      ],
    },
  ],
});
