import { testRule } from './rule-tester.js';

// SPEC section 12: each role is exactly one of rotate, fixed, same and opposite, and names parties,
// sides and roles that exist. The body top of the minimal agreement, with the roles given.
const withRoles = (roles: string[], o: { sides?: number } = {}) => {
  const sides = ['kommunane', 'helseforetaket', 'andre'].slice(0, o.sides ?? 0);
  return {
    'agreement.yaml': `schemaVersion: 1
id: minimal
title: Minimal avtale
parties:
  - { id: part-a, name: Part A${sides[0] ? `, side: ${sides[0]}` : ''} }
  - { id: part-b, name: Part B${sides[1] ? `, side: ${sides[1]}` : ''} }
${sides.length > 0 ? `sides:\n${sides.map((s) => `  - { id: ${s}, name: ${s} }`).join('\n')}\n` : ''}validity:
  from: 2025-01-01
governance:
  bodies:
    top:
      name: Toppledermøte
      meets: yearly
      roles:
${roles.map((r) => `        ${r}`).join('\n')}
`,
  };
};
const AT = ['governance', 'bodies', 'top', 'roles'];
const TERM = 'every: 2 years, from: 2025-01-01';
const TOP = { body: 'Toppledermøte' };

testRule('roles', {
  valid: [
    { name: 'rotating by term between parties', files: withRoles([`host: { rotate: parties, ${TERM} }`]) },
    { name: 'rotating per meeting', files: withRoles(['host: { rotate: parties, per: meeting }']) },
    {
      name: 'rotating between sides in an order, a fixed side, the same and the opposite',
      files: withRoles(
        [
          `leader: { rotate: sides, ${TERM}, order: [helseforetaket, kommunane] }`,
          'host: { same: leader }',
          'deputy: { opposite: leader }',
          'secretary: { fixed: kommunane }',
        ],
        { sides: 2 },
      ),
    },
    {
      name: 'opposite between two parties when there are no sides',
      files: withRoles([`leader: { rotate: parties, ${TERM} }`, 'deputy: { opposite: leader }']),
    },
  ],
  invalid: [
    {
      name: 'fixed and same at once (fixture role-form)',
      fixture: 'role-form',
      findings: [
        {
          id: 'roles.form',
          file: 'agreement.yaml',
          path: [...AT, 'leader'],
          params: { role: 'leader', body: 'Toppledermøte' },
          shown: {
            nb: 'Rollen «leader» i organet Toppledermøte må ha nøyaktig én av «rotate», «fixed», «same» og «opposite»',
          },
        },
      ],
    },
    {
      name: 'every without from (fixture role-rotate-form)',
      fixture: 'role-rotate-form',
      findings: [{ id: 'roles.rotate-form', path: [...AT, 'host'], params: { role: 'host', ...TOP } }],
    },
    {
      name: 'a term and per: meeting at once',
      files: withRoles([`host: { rotate: parties, ${TERM}, per: meeting }`]),
      findings: [
        {
          id: 'roles.rotate-form',
          path: [...AT, 'host'],
          shown: {
            nb: 'Rollen «host» i organet Toppledermøte går på omgang: skriv enten «every» og «from» (en periode) eller «per: meeting» (hvert møte)',
          },
        },
      ],
    },
    {
      name: 'keys of rotation on a fixed role',
      files: withRoles(['host: { fixed: part-a, every: 1 year, order: [part-a] }']),
      findings: [
        {
          id: 'roles.stray-key',
          path: [...AT, 'host', 'every'],
          params: { key: 'every' },
          shown: { nb: '«every» hører bare til en rolle som går på omgang («rotate»)' },
        },
        { id: 'roles.stray-key', path: [...AT, 'host', 'order'], params: { key: 'order' } },
      ],
    },
    {
      name: 'rotating between sides with no sides: the order is not judged',
      files: withRoles([`host: { rotate: sides, ${TERM}, order: [kommunane] }`]),
      findings: [
        {
          id: 'roles.no-sides',
          path: [...AT, 'host', 'rotate'],
          params: { role: 'host', ...TOP },
          shown: {
            nb: 'Rollen «host» i organet Toppledermøte går på omgang mellom sider, men avtalen har ingen «sides»',
          },
        },
      ],
    },
    {
      name: 'an unknown side in the order (fixture role-unknown-in-order)',
      fixture: 'role-unknown-in-order',
      findings: [
        {
          id: 'roles.unknown-member',
          path: [...AT, 'host', 'order', 1],
          params: { id: 'sjukehuset', kind: { ref: 'kind.side' } },
          shown: { nb: '«sjukehuset» er ikke en side i avtalen' },
        },
      ],
    },
    {
      name: 'a side in the order of a rotation between parties, and a fixed holder unknown',
      files: withRoles(
        [`host: { rotate: parties, ${TERM}, order: [part-a, kommunane] }`, 'leader: { fixed: part-c }'],
        {
          sides: 2,
        },
      ),
      findings: [
        {
          id: 'roles.unknown-member',
          path: [...AT, 'host', 'order', 1],
          params: { id: 'kommunane', kind: { ref: 'kind.party' } },
        },
        {
          id: 'roles.unknown-member',
          path: [...AT, 'leader', 'fixed'],
          params: { id: 'part-c', kind: { ref: 'kind.party-or-side' } },
        },
      ],
    },
    {
      name: 'a role of a working group, in its file',
      files: {
        'working-groups.yaml':
          'schemaVersion: 1\nworkingGroups:\n  - id: gruppe\n    name: Gruppe\n    leader: kontakt-a\n    members: [kontakt-a, kontakt-b]\n    roles:\n      chair: { fixed: part-c }\n',
      },
      findings: [
        {
          id: 'roles.unknown-member',
          file: 'working-groups.yaml',
          path: ['workingGroups', 0, 'roles', 'chair', 'fixed'],
          params: { id: 'part-c', kind: { ref: 'kind.party-or-side' } },
        },
      ],
    },
    {
      name: 'a party twice in the order',
      files: withRoles([`host: { rotate: parties, ${TERM}, order: [part-a, part-b, part-a] }`]),
      findings: [
        {
          id: 'roles.order-duplicate',
          path: [...AT, 'host', 'order', 2],
          params: { id: 'part-a' },
          shown: { nb: '«part-a» står to ganger i rekkefølgen' },
        },
      ],
    },
    {
      name: 'the same as a role that is not there, and as itself',
      files: withRoles(['host: { same: leader }', 'deputy: { opposite: deputy }']),
      findings: [
        {
          id: 'roles.unknown-role',
          path: [...AT, 'host', 'same'],
          params: { ...TOP, target: 'leader' },
          shown: { nb: 'Toppledermøte har ingen annen rolle «leader»' },
        },
        {
          id: 'roles.unknown-role',
          path: [...AT, 'deputy', 'opposite'],
          params: { ...TOP, target: 'deputy' },
        },
      ],
    },
    {
      name: 'two roles that follow each other',
      files: withRoles(['host: { same: leader }', 'leader: { same: host }']),
      findings: [
        {
          id: 'roles.circle',
          path: [...AT, 'host', 'same'],
          params: { role: 'host', ...TOP },
          shown: {
            nb: 'Rollen «host» i organet Toppledermøte viser i ring til seg selv gjennom «same» eller «opposite»',
          },
        },
        { id: 'roles.circle', path: [...AT, 'leader', 'same'], params: { role: 'leader', ...TOP } },
      ],
    },
    {
      name: 'opposite among three sides (fixture role-opposite-three-sides)',
      fixture: 'role-opposite-three-sides',
      findings: [
        {
          id: 'roles.opposite-sides',
          path: ['governance', 'bodies', 'ssu', 'roles', 'deputy', 'opposite'],
          params: { n: 3 },
          shown: {
            nb: '«opposite» trenger nøyaktig to sider (eller to parter når avtalen ikke har sider); avtalen har 3',
          },
        },
      ],
    },
  ],
});
