import { describe, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { expectFindings, findingsOfCase, testRule } from './rule-tester.js';

// Ids are unique within their kind in one agreement (meetings across all meeting files), and
// agreement ids within the workspace.
const plan = (id: string, measures = '') =>
  `schemaVersion: 1\nid: ${id}\ntitle: Plan ${id}\nowner: middle\nstatus: draft\n${measures}`;
const meetings = (...rows: string[]) => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n${rows.map((r) => `  - ${r}`).join('\n')}\n`,
});
const decided = (id: string, ...decisions: string[]) =>
  `{ id: ${id}, body: middle, date: 2026-03-0${id.length}, status: held, decisions: [${decisions.map((d) => `{ id: ${d}, text: Vedtak }`).join(', ')}] }`;
const twin = (display: string) => [{ id: 'minimal', supersedes: null, from: '2025-01-01', display }];

testRule('unique-id', {
  valid: [
    { name: 'the minimal agreement, alone in its workspace', files: {} },
    {
      name: 'one id for a plan, a meeting and a decision; one decision id in two meetings',
      files: { 'action-plans/a.yaml': plan('a'), ...meetings(decided('a', 'a'), decided('bb', 'a')) },
    },
    {
      name: 'another agreement of another id',
      files: {},
      workspace: [{ id: 'other', supersedes: null, from: '2025-01-01', display: 'other' }],
    },
  ],
  invalid: [
    {
      name: 'a meeting id of another meeting file (fixture duplicate-id)',
      fixture: 'duplicate-id',
      findings: [
        {
          id: 'unique-id.duplicate',
          file: 'meetings/2026.yaml',
          path: ['meetings', 1, 'id'],
          params: {
            kind: { ref: 'kind.meeting' },
            id: '2025-03-01-middle',
            first: 'meetings/2025.yaml meetings.0',
          },
          shown: { nb: 'Id-en «2025-03-01-middle» (møte) er allerede brukt (meetings/2025.yaml meetings.0)' },
        },
      ],
    },
    {
      name: 'two parties of one id',
      files: {
        'agreement.yaml': `schemaVersion: 1
id: minimal
title: Minimal avtale
parties:
  - { id: part-a, name: Part A }
  - { id: part-b, name: Part B }
  - { id: part-a, name: Part A igjen }
validity:
  from: 2025-01-01
governance:
  bodies:
    middle: { name: Mellomledermøte, meets: every 4 months, adopts: true }
`,
      },
      findings: [
        {
          id: 'unique-id.duplicate',
          file: 'agreement.yaml',
          path: ['parties', 2, 'id'],
          params: { kind: { ref: 'kind.party' }, id: 'part-a', first: 'agreement.yaml parties.0' },
        },
      ],
    },
    {
      name: 'two plans of one id, in two files',
      files: { 'action-plans/a.yaml': plan('a'), 'action-plans/b.yaml': plan('a') },
      findings: [
        {
          id: 'unique-id.duplicate',
          file: 'action-plans/b.yaml',
          path: ['id'],
        },
      ],
    },
    {
      name: 'two decisions of one id in one meeting',
      files: meetings(decided('a', 'v1', 'v1')),
      findings: [
        {
          id: 'unique-id.duplicate',
          path: ['meetings', 0, 'decisions', 1, 'id'],
          params: {
            kind: { ref: 'kind.decision' },
            id: 'v1',
            first: 'meetings/2026.yaml meetings.0.decisions.0',
          },
        },
      ],
    },
    {
      name: 'two measures of one id in a plan',
      files: {
        'action-plans/a.yaml': plan(
          'a',
          'measures:\n  - { id: t1, title: Tiltak }\n  - { id: t1, title: Tiltak igjen }\n',
        ),
      },
      findings: [
        {
          id: 'unique-id.duplicate',
          file: 'action-plans/a.yaml',
          path: ['measures', 1, 'id'],
          params: { kind: { ref: 'kind.measure' }, id: 't1', first: 'action-plans/a.yaml measures.0' },
        },
      ],
    },
    {
      name: 'a working group of the id of a body',
      files: {
        'working-groups.yaml':
          'schemaVersion: 1\nworkingGroups:\n  - { id: middle, name: Midt, leader: kontakt-a, members: [kontakt-a, kontakt-b] }\n',
      },
      findings: [
        {
          id: 'unique-id.body-and-group',
          file: 'working-groups.yaml',
          path: ['workingGroups', 0, 'id'],
          params: { id: 'middle' },
          shown: {
            nb: '«middle» er både et organ i «governance.bodies» og en arbeidsgruppe; møter kan ikke skille dem',
          },
        },
      ],
    },
    {
      name: 'another agreement of the same id in the workspace',
      files: {},
      workspace: twin('data/kopi'),
      findings: [
        {
          id: 'unique-id.agreement',
          file: 'agreement.yaml',
          path: ['id'],
          params: { id: 'minimal', other: 'data/kopi' },
          shown: { nb: 'Avtale-id «minimal» brukes også av data/kopi' },
        },
      ],
    },
  ],
});

// A plan's place is its file alone (path []): the message names the file with nothing after it.
describe('rule unique-id: the first of two plans', () => {
  it('is named by its file, with nothing after it', () => {
    const found = findingsOfCase(
      'unique-id',
      RULES.filter((r) => r.id === 'unique-id'),
      {
        name: 'two plans of one id',
        files: { 'action-plans/a.yaml': plan('a'), 'action-plans/b.yaml': plan('a') },
      },
    );
    expectFindings(
      found,
      [
        {
          id: 'unique-id.duplicate',
          params: { kind: { ref: 'kind.plan' }, id: 'a', first: 'action-plans/a.yaml' },
          shown: { nb: 'Id-en «a» (handlingsplan) er allerede brukt (action-plans/a.yaml)' },
        },
      ],
      'error',
    );
  });
});
