import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/i18n/index.js';
import { agreementWith, findingsOf, ROOT } from '../helpers.js';
import { testRule } from './rule-tester.js';

// SPEC section 8: one meeting of a body, one report of a group, one evaluation of a plan or of
// the agreement on one date. Valid and invalid cases side by side.
const duplicates = (folder: string) => findingsOf(folder).filter((f) => f.rule === 'duplicate-record');

const meetings = (...rows: string[]) => ({
  'meetings/2026.yaml': `schemaVersion: 1\nmeetings:\n${rows.join('\n')}\n`,
});
const meeting = (id: string, body: string, date: string, status = 'held') =>
  `  - { id: ${id}, body: ${body}, date: ${date}, status: ${status}${body === 'top' ? ', host: part-a' : ''} }`;

const group = (id: string, ...dates: string[]) =>
  `  - id: ${id}\n    name: Gruppe ${id}\n    leader: kontakt-a\n    members: [kontakt-a, kontakt-b]\n    reports:\n${dates
    .map((d) => `      - { date: ${d} }`)
    .join('\n')}`;

const plan = (id: string, ...dates: string[]) =>
  `schemaVersion: 1\nid: ${id}\ntitle: Plan ${id}\nowner: middle\nstatus: draft\nevaluations:\n${dates
    .map((d) => `  - { date: ${d} }`)
    .join('\n')}\n`;

describe('duplicate-record: valid', () => {
  it('meetings of different bodies on one date', () => {
    const folder = agreementWith(
      meetings(
        meeting('2026-03-01-top', 'top', '2026-03-01'),
        meeting('2026-03-01-middle', 'middle', '2026-03-01'),
      ),
    );
    expect(duplicates(folder)).toEqual([]);
  });

  it('meetings of one body on different dates, in one file or across files', () => {
    const folder = agreementWith({
      ...meetings(
        meeting('2026-03-01-middle', 'middle', '2026-03-01'),
        meeting('2026-03-02-middle', 'middle', '2026-03-02'),
      ),
      'meetings/2025.yaml': `schemaVersion: 1\nmeetings:\n${meeting('2025-03-01-middle', 'middle', '2025-03-01')}\n`,
    });
    expect(duplicates(folder)).toEqual([]);
  });

  it('reports of different groups on one date, and of one group on different dates', () => {
    const folder = agreementWith({
      'working-groups.yaml': `schemaVersion: 1\nworkingGroups:\n${group('a', '2026-03-01', '2026-06-01')}\n${group('b', '2026-03-01')}\n`,
    });
    expect(duplicates(folder)).toEqual([]);
  });

  it('evaluations of different plans on one date, of one plan on different dates, and of the agreement on different dates', () => {
    const folder = agreementWith({
      'action-plans/a.yaml': plan('a', '2026-03-01', '2026-09-01'),
      'action-plans/b.yaml': plan('b', '2026-03-01'),
      'evaluations.yaml':
        'schemaVersion: 1\nevaluations:\n  - { date: 2025-12-10 }\n  - { date: 2026-03-01 }\n',
    });
    expect(duplicates(folder)).toEqual([]);
  });

  it('the example data has no duplicate records', () => {
    expect(duplicates(join(ROOT, 'data', 'buskerud-2024'))).toEqual([]);
  });
});

describe('duplicate-record: invalid', () => {
  it('a second meeting of one body on one date, whatever its status, names the first', () => {
    const folder = agreementWith(
      meetings(
        meeting('2026-12-08-top', 'top', '2026-12-08', 'planned'),
        meeting('2026-03-01-middle', 'middle', '2026-03-01'),
        meeting('2026-12-08-top-2', 'top', '2026-12-08', 'cancelled'),
      ),
    );
    const found = duplicates(folder);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: 5 });
    expect(render(found[0]!.message, 'nb')).toBe(
      'Toppledermøte har allerede et møte 08.12.2026: 2026-12-08-top. Slå møtet 2026-12-08-top-2 sammen med det, eller rett datoen',
    );
    expect(render(found[0]!.message, 'en')).toContain(
      'Toppledermøte already has a meeting on 8 Dec 2026: 2026-12-08-top',
    );
  });

  it('the second meeting is found across meeting files, and a third is reported too', () => {
    const folder = agreementWith({
      ...meetings(meeting('b', 'middle', '2026-03-01'), meeting('c', 'middle', '2026-03-01')),
      'meetings/2025.yaml': `schemaVersion: 1\nmeetings:\n${meeting('a', 'middle', '2026-03-01')}\n`,
    });
    const found = duplicates(folder).map((f) => [f.file.replace(/^.*agreement\//, ''), f.line]);
    expect(found).toEqual([
      ['meetings/2026.yaml', 3],
      ['meetings/2026.yaml', 4],
    ]);
  });

  it('a second report of one group on one date gives the place of the first', () => {
    const folder = agreementWith({
      'working-groups.yaml': `schemaVersion: 1\nworkingGroups:\n${group('a', '2026-01-10', '2026-03-01', '2026-03-01')}\n`,
    });
    const [finding] = duplicates(folder);
    expect(finding).toMatchObject({ line: 10 });
    expect(render(finding!.message, 'nn')).toBe(
      'Arbeidsgruppa Gruppe a har allereie ein rapport 01.03.2026 (nr. 2 under «reports»). Slå dei saman, eller rett datoen',
    );
  });

  it('a second evaluation of one plan, and of the agreement, on one date', () => {
    const folder = agreementWith({
      'action-plans/a.yaml': plan('a', '2026-03-01', '2026-03-01'),
      'evaluations.yaml':
        'schemaVersion: 1\nevaluations:\n  - { date: 2025-12-10 }\n  - { date: 2025-12-10 }\n',
    });
    const ids = duplicates(folder).map((f) => [f.message.id, f.line]);
    expect(ids).toEqual([
      ['duplicate-record.plan-evaluation', 8],
      ['duplicate-record.agreement-evaluation', 4],
    ]);
  });
});

const date = (d: string) => ({ date: d });

testRule('duplicate-record', {
  valid: [
    {
      name: 'meetings of two bodies on one date',
      files: meetings(meeting('t', 'top', '2026-03-01'), meeting('m', 'middle', '2026-03-01')),
    },
    {
      name: 'meetings of one body on two days in a row',
      files: meetings(meeting('a', 'middle', '2026-03-01'), meeting('b', 'middle', '2026-03-02')),
    },
    {
      name: 'reports of two groups on one date, and evaluations of two plans and of the agreement on one date',
      files: {
        'working-groups.yaml': `schemaVersion: 1\nworkingGroups:\n${group('a', '2026-03-01')}\n${group('b', '2026-03-01')}\n`,
        'action-plans/a.yaml': plan('a', '2026-03-01'),
        'action-plans/b.yaml': plan('b', '2026-03-01'),
        'evaluations.yaml': 'schemaVersion: 1\nevaluations:\n  - { date: 2026-03-01 }\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a cancelled meeting on the date of a held one (fixture duplicate-record-meeting)',
      fixture: 'duplicate-record-meeting',
      findings: [
        {
          id: 'duplicate-record.meeting',
          file: 'meetings/2026.yaml',
          path: ['meetings', 1, 'date'],
          params: {
            id: '2026-03-01-middle-2',
            body: 'Mellomledermøte',
            date: date('2026-03-01'),
            first: '2026-03-01-middle',
          },
          shown: {
            nb: 'Mellomledermøte har allerede et møte 01.03.2026: 2026-03-01-middle. Slå møtet 2026-03-01-middle-2 sammen med det, eller rett datoen',
          },
        },
      ],
    },
    {
      name: 'the second meeting in another meeting file; a group named by its name, with the word',
      files: {
        'working-groups.yaml': `schemaVersion: 1\nworkingGroups:\n${group('a', '2026-01-10')}\n`,
        'meetings/2025.yaml': `schemaVersion: 1\nmeetings:\n${meeting('first', 'a', '2026-03-01')}\n`,
        ...meetings(meeting('second', 'a', '2026-03-01')),
      },
      findings: [
        {
          id: 'duplicate-record.meeting',
          file: 'meetings/2026.yaml',
          path: ['meetings', 0, 'date'],
          shown: {
            nb: 'Arbeidsgruppen Gruppe a har allerede et møte 01.03.2026: first. Slå møtet second sammen med det, eller rett datoen',
            nn: 'Arbeidsgruppa Gruppe a har allereie eit møte 01.03.2026: first. Slå møtet second saman med det, eller rett datoen',
          },
        },
      ],
    },
    {
      name: 'a second report of a group on one date (fixture duplicate-record-report)',
      fixture: 'duplicate-record-report',
      findings: [
        {
          id: 'duplicate-record.report',
          file: 'working-groups.yaml',
          path: ['workingGroups', 0, 'reports', 1, 'date'],
          params: { group: 'Gruppe', date: date('2026-03-01'), first: 1 },
          shown: {
            nb: 'Arbeidsgruppen Gruppe har allerede en rapport 01.03.2026 (nr. 1 under «reports»). Slå dem sammen, eller rett datoen',
          },
        },
      ],
    },
    {
      name: 'a third report names the first, not the second',
      files: {
        'working-groups.yaml': `schemaVersion: 1\nworkingGroups:\n${group('a', '2026-01-10', '2026-03-01', '2026-03-01', '2026-03-01')}\n`,
      },
      findings: [
        {
          id: 'duplicate-record.report',
          path: ['workingGroups', 0, 'reports', 2, 'date'],
          params: { group: 'Gruppe a', date: date('2026-03-01'), first: 2 },
        },
        {
          id: 'duplicate-record.report',
          path: ['workingGroups', 0, 'reports', 3, 'date'],
          params: { group: 'Gruppe a', date: date('2026-03-01'), first: 2 },
        },
      ],
    },
    {
      name: 'a second evaluation of a plan on one date (fixture duplicate-record-plan-evaluation)',
      fixture: 'duplicate-record-plan-evaluation',
      findings: [
        {
          id: 'duplicate-record.plan-evaluation',
          file: 'action-plans/plan.yaml',
          path: ['evaluations', 1, 'date'],
          params: { plan: 'Handlingsplan', date: date('2026-03-01'), first: 1 },
        },
      ],
    },
    {
      name: 'a second evaluation of the agreement on one date (fixture duplicate-record-agreement-evaluation)',
      fixture: 'duplicate-record-agreement-evaluation',
      findings: [
        {
          id: 'duplicate-record.agreement-evaluation',
          file: 'evaluations.yaml',
          path: ['evaluations', 1, 'date'],
          params: { date: date('2025-12-10'), first: 1 },
          shown: {
            nb: 'Avtalen har allerede en evaluering 10.12.2025 (nr. 1 i evaluations.yaml). Slå dem sammen, eller rett datoen',
          },
        },
      ],
    },
  ],
});
