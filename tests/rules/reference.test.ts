import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeData } from '../engine/make-data.js';
import { FIXTURES } from '../helpers.js';
import { testRule } from './rule-tester.js';

// SPEC section 5: every id that names another thing resolves. A suggestion is made within an edit
// distance of max(2, a third of the length): "xiddxe" is two from "middle", "xidxxe" three.
const people = readFileSync(join(FIXTURES, 'minimal', 'people.yaml'), 'utf8');
const PLAN = 'action-plans/plan.yaml';
const ownedBy = (owner: string) => ({
  [PLAN]: `schemaVersion: 1\nid: plan\ntitle: Handlingsplan\nowner: ${owner}\nstatus: draft\n`,
});
const meeting = (fields: string) => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n  - { id: m, date: 2026-03-01, status: held, ${fields} }\n`,
});
const GROUP = {
  'working-groups.yaml':
    'schemaVersion: 1\nworkingGroups:\n  - { id: gruppe, name: Gruppe, leader: kontakt-a, members: [kontakt-a, kontakt-b] }\n',
};
const bodyOrGroup = { ref: 'kind.body-or-group' } as const;

/** A working group led by a person of a people.yaml that failed its schema. */
const peopleBroken = () => {
  const data = makeData({
    workingGroups: [{ id: 'gruppe', name: 'Gruppe', leader: 'nobody', members: ['nobody'] }],
  });
  data.broken = new Set(['people']);
  return data;
};

testRule('reference', {
  valid: [
    { name: 'the minimal agreement', files: {} },
    {
      name: 'a plan owned by the committee of people.yaml, a meeting of a group hosted by a party',
      files: {
        ...ownedBy('committee'),
        'people.yaml': `${people}committee:\n  members: [kontakt-a, kontakt-b]\n`,
        ...GROUP,
        ...meeting('body: gruppe, host: part-b'),
      },
    },
    { name: 'a plan owned by a body', files: ownedBy('middle') },
    { name: 'references into a file that failed its schema are not judged', data: peopleBroken() },
  ],
  invalid: [
    {
      name: 'a misspelt body, with the id meant (fixture unknown-reference)',
      fixture: 'unknown-reference',
      findings: [
        {
          id: 'reference.unknown-suggest',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'body'],
          atKey: false,
          params: { kind: bodyOrGroup, value: 'midle', suggestion: 'middle' },
          shown: { nb: 'Ukjent organ eller arbeidsgruppe «midle»; mente du «middle»?' },
        },
      ],
    },
    {
      name: 'two edits from a body: suggested',
      files: meeting('body: xiddxe'),
      findings: [
        {
          id: 'reference.unknown-suggest',
          params: { kind: bodyOrGroup, value: 'xiddxe', suggestion: 'middle' },
        },
      ],
    },
    {
      name: 'three edits from a body: not suggested',
      files: meeting('body: xidxxe'),
      findings: [
        {
          id: 'reference.unknown',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'body'],
          params: { kind: bodyOrGroup, value: 'xidxxe' },
          shown: { nb: 'Ukjent organ eller arbeidsgruppe «xidxxe»' },
        },
      ],
    },
    {
      name: 'an unknown party as a key of contacts, at the key',
      files: {
        'people.yaml': people.replace('  part-b: kontakt-b', '  part-b: kontakt-b\n  kommunen: kontakt-b'),
      },
      findings: [
        {
          id: 'reference.unknown',
          file: 'people.yaml',
          path: ['contacts', 'kommunen'],
          atKey: true,
          params: { kind: { ref: 'kind.party' }, value: 'kommunen' },
        },
      ],
    },
    {
      name: 'a plan owned by the committee where people.yaml has none',
      files: ownedBy('committee'),
      findings: [
        {
          id: 'reference.no-committee',
          file: PLAN,
          path: ['owner'],
          shown: {
            nb: 'Eieren «committee» viser til samarbeidsutvalget i people.yaml, men der er det ikke lagt inn noe samarbeidsutvalg. Legg inn samarbeidsutvalget i people.yaml, eller oppgi id-en til organet eller arbeidsgruppen som eier planen',
          },
        },
      ],
    },
  ],
});
