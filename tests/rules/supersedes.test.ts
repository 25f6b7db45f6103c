import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

const successor = (supersedes: string) =>
  makeData({ agreement: { id: 'ny', supersedes, validity: { from: '2026-01-01', until: null } } });
const workspace = [
  { id: 'ny', supersedes: null, from: '2026-01-01', display: 'ny' },
  { id: 'gammel-2020', supersedes: null, from: '2020-01-01', display: 'gammel-2020' },
];

// SPEC section 2: `supersedes` names an agreement of the workspace, never the agreement itself.
testRule('supersedes', {
  valid: [
    { name: 'no supersedes', data: makeData() },
    { name: 'an agreement of the workspace', data: successor('gammel-2020'), workspace },
  ],
  invalid: [
    {
      name: 'an id close to one of the workspace is suggested',
      data: successor('gammel-2021'),
      workspace,
      findings: [
        {
          id: 'supersedes.unknown-suggest',
          path: ['supersedes'],
          params: { id: 'gammel-2021', suggestion: 'gammel-2020' },
        },
      ],
    },
    {
      name: 'an id of no agreement (fixture supersedes-unknown)',
      fixture: 'supersedes-unknown',
      findings: [{ id: 'supersedes.unknown', path: ['supersedes'], params: { id: 'no-such-agreement' } }],
    },
    {
      name: 'the agreement itself',
      data: successor('ny'),
      workspace,
      findings: [{ id: 'supersedes.self', path: ['supersedes'] }],
    },
  ],
});
