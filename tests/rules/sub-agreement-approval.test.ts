import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

const sub = (...parties: string[]) => ({
  id: 'deling',
  title: 'Deling av data',
  approvals: parties.map((party) => ({ party, date: '2026-01-10' })),
});

// Clause 5: a sub-agreement is approved by every party.
testRule('sub-agreement-approval', {
  valid: [
    {
      name: 'approved by both parties',
      data: makeData({ subAgreements: [sub('part-a', 'part-b')] as never }),
    },
    { name: 'no sub-agreements', data: makeData() },
  ],
  invalid: [
    {
      name: 'one approval missing, a warning at the approvals',
      data: makeData({ subAgreements: [sub('part-a')] as never }),
      findings: [
        {
          id: 'sub-agreement-approval.missing',
          file: 'sub-agreements.yaml',
          path: ['subAgreements', 0, 'approvals'],
          params: { id: 'Deling av data', party: 'PART-B' },
        },
      ],
    },
    {
      name: 'no approval: one finding a party',
      data: makeData({ subAgreements: [sub()] as never }),
      findings: [
        { id: 'sub-agreement-approval.missing', params: { id: 'Deling av data', party: 'PART-A' } },
        { id: 'sub-agreement-approval.missing', params: { id: 'Deling av data', party: 'PART-B' } },
      ],
    },
    {
      name: 'fixture sub-agreement-unapproved',
      fixture: 'sub-agreement-unapproved',
      findings: [
        {
          id: 'sub-agreement-approval.missing',
          shown: { nb: 'Underavtalen «Deling av data» mangler godkjenning fra Part B (pkt. 5)' },
        },
      ],
    },
  ],
});
