import type { AgreementData, Body } from '../../src/model/index.js';
import { makeData } from '../engine/make-data.js';
import { testRule } from './rule-tester.js';

// SPEC section 13: "SSU er programkomité for partnarskapsmøtet": prepares and reportsTo name
// another body of governance.bodies; the prepared body meets.
const withMiddle = (
  extra: Partial<Body>,
  top: Partial<Body> = {},
  groups: AgreementData['workingGroups'] = [],
) => {
  const data = makeData({ workingGroups: groups });
  const bodies = data.agreement.governance.bodies;
  data.agreement.governance = {
    ...data.agreement.governance,
    bodies: { top: { ...bodies.top!, ...top }, middle: { ...bodies.middle!, ...extra } },
  };
  return data;
};
const group = (reportsTo: string) => [{ id: 'gruppe', name: 'Gruppa', leader: 'x', members: [], reportsTo }];

testRule('body-links', {
  valid: [
    { name: 'no prepares and no reportsTo', data: withMiddle({}) },
    {
      name: 'prepares and reports to another body that meets',
      data: withMiddle({ prepares: { body: 'top', within: '30 days' }, reportsTo: 'top' }),
    },
    { name: 'a working group reports to a body', data: withMiddle({}, {}, group('middle')) },
  ],
  invalid: [
    {
      name: 'prepares an unknown body',
      data: withMiddle({ prepares: { body: 'ssu', within: '30 days' } }),
      findings: [
        {
          id: 'body-links.unknown',
          file: 'agreement.yaml',
          path: ['governance', 'bodies', 'middle', 'prepares', 'body'],
          params: { owner: 'Midt', key: 'prepares', target: 'ssu' },
          shown: {
            nb: 'Midt viser i «prepares» til organet «ssu», men avtalen har ikke noe organ med den id-en',
          },
        },
      ],
    },
    {
      name: 'prepares and reports to itself',
      data: withMiddle({ prepares: { body: 'middle', within: '14 days' }, reportsTo: 'middle' }),
      findings: [
        {
          id: 'body-links.self',
          path: ['governance', 'bodies', 'middle', 'prepares', 'body'],
          params: { owner: 'Midt', key: 'prepares' },
        },
        {
          id: 'body-links.self',
          path: ['governance', 'bodies', 'middle', 'reportsTo'],
          params: { owner: 'Midt', key: 'reportsTo' },
          shown: { nn: 'Midt viser i «reportsTo» til seg sjølv; skriv id-en til eit anna organ' },
        },
      ],
    },
    {
      name: 'prepares a body without meets: a warning',
      data: withMiddle({ prepares: { body: 'top', within: '30 days' } }, { meets: undefined }),
      findings: [
        {
          id: 'body-links.no-meets',
          severity: 'warning',
          path: ['governance', 'bodies', 'middle', 'prepares', 'body'],
          params: { owner: 'Midt', target: 'Topp' },
          shown: {
            nb: 'Midt skal forberede møtene i organet Topp, men organet har ingen «meets»; skriv hvor ofte det møtes',
          },
        },
      ],
    },
    {
      name: 'a working group reports to an unknown body',
      data: withMiddle({}, {}, group('styret')),
      findings: [
        {
          id: 'body-links.unknown',
          file: 'working-groups.yaml',
          path: ['workingGroups', 0, 'reportsTo'],
          params: { owner: 'Gruppa', key: 'reportsTo', target: 'styret' },
        },
      ],
    },
    {
      name: 'the fixture body-links',
      fixture: 'body-links',
      findings: [
        {
          id: 'body-links.unknown',
          path: ['governance', 'bodies', 'middle', 'prepares', 'body'],
          shown: {
            en: 'Mellomledermøte names the body "partnarskapsmote" in "prepares", but the agreement has no body with that id',
          },
        },
      ],
    },
  ],
});
