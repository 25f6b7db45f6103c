import { testRule } from './rule-tester.js';

const groups = (members: string) => ({
  'working-groups.yaml': `schemaVersion: 1\nworkingGroups:\n  - { id: gruppe, name: Gruppe, leader: kontakt-a, members: ${members} }\n`,
});

// Clause 4: a working group has members from both parties.
testRule('working-group-parties', {
  valid: [{ name: 'members of both parties', files: groups('[kontakt-a, kontakt-b]') }],
  invalid: [
    {
      name: 'members of one party only, a warning at the members',
      files: groups('[kontakt-a]'),
      findings: [
        {
          id: 'working-group-parties.single',
          file: 'working-groups.yaml',
          path: ['workingGroups', 0, 'members'],
          params: { group: 'Gruppe', parties: 'Part A' },
        },
      ],
    },
    {
      name: 'fixture working-group-one-party',
      fixture: 'working-group-one-party',
      findings: [{ id: 'working-group-parties.single', path: ['workingGroups', 0, 'members'] }],
    },
  ],
});
