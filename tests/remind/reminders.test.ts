import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { agreementStatus } from '../../src/engine/status.js';
import { reminders } from '../../src/remind/reminders.js';
import { makeData } from '../engine/make-data.js';

const noHolidays = () => false;

function withPeople(data: ReturnType<typeof makeData>) {
  data.people = {
    schemaVersion: 1,
    people: [
      { id: 'sek-a', party: 'part-a', role: 'Sekretariat A' },
      { id: 'sek-b', party: 'part-b', role: 'Sekretariat B', email: 'b@example.no' },
      { id: 'kontakt-b', party: 'part-b', role: 'Kontakt B' },
    ],
    contacts: { 'part-a': 'sek-a', 'part-b': 'kontakt-b' },
    secretariat: ['sek-a', 'sek-b'],
  };
  return data;
}

function remind(data: ReturnType<typeof makeData>, asOf: string, within?: number) {
  const status = agreementStatus(data, d(asOf), []);
  return reminders({ data, status, asOf: d(asOf), within, isHoliday: noHolidays });
}

describe('reminders', () => {
  const data = withPeople(
    makeData({
      meetings: [
        { body: 'top', date: '2025-06-01', host: 'part-a' },
        { body: 'middle', date: '2026-08-01' },
        { body: 'middle', date: '2026-12-10', status: 'planned' },
      ],
    }),
  );

  it('selects deadlines in the window and planned meetings; a meeting planned after its deadline leaves the deadline open', () => {
    expect(remind(data, '2026-11-22').map((r) => [r.kind, r.subject, r.deadline, r.date])).toEqual([
      ['deadline', 'meeting:middle', '2026-12-01', null],
      ['meeting', 'meeting:middle', '2026-12-01', '2026-12-10'],
    ]);
    expect(remind(data, '2026-12-05').map((r) => [r.kind, r.subject, r.state])).toEqual([
      ['deadline', 'meeting:middle', 'overdue'],
      ['meeting', 'meeting:middle', 'overdue'],
      ['deadline', 'meeting:top', 'due-soon'],
    ]);
  });

  it('the top meeting: suggested date, host contact among the recipients, clause-4 agenda', () => {
    const top = remind(data, '2026-12-05').find((r) => r.subject === 'meeting:top')!;
    expect(top).toMatchObject({
      deadline: '2026-12-31',
      suggested: '2026-12-21',
      suggestedAfterDeadline: false,
      state: 'due-soon',
    });
    expect(top.recipients.map((p) => p.person)).toEqual(['sek-a', 'sek-b', 'kontakt-b']);
    expect(top.recipients[1]).toEqual({
      person: 'sek-b',
      party: 'part-b',
      role: 'Sekretariat B',
      name: null,
      email: 'b@example.no',
    });
    expect(top.agenda.map((m) => m.id)).toEqual([
      'agenda.approve-minutes',
      'agenda.top-status',
      'agenda.top-information',
      'agenda.top-reflection',
      'agenda.top-revision',
    ]);
  });

  it('a suggestion after the deadline says so', () => {
    const top = remind(data, '2026-12-24').find((r) => r.subject === 'meeting:top')!;
    expect(top).toMatchObject({
      suggested: '2027-01-07',
      deadline: '2026-12-31',
      suggestedAfterDeadline: true,
    });
  });

  it('--within narrows and widens the window', () => {
    expect(remind(data, '2026-11-22', 5).map((r) => r.subject)).toEqual([]);
    expect(remind(data, '2026-11-22', 45).map((r) => r.subject)).toContain('meeting:top');
  });

  it('keys are stable and tell periods apart', () => {
    const [a] = remind(data, '2026-12-05').filter((r) => r.subject === 'meeting:top');
    const [b] = remind(data, '2026-12-08').filter((r) => r.subject === 'meeting:top');
    expect(a!.key).toBe('test/meeting:top/2026');
    expect(b!.key).toBe(a!.key);
  });

  it('an adopting body gets draft plans, pending sub-agreements and overdue measures on its agenda', () => {
    const busy = withPeople(
      makeData({
        meetings: [{ body: 'middle', date: '2026-08-01' }],
        subAgreements: [{ id: 's', title: 'Deling', approvals: [{ party: 'part-a', date: '2026-01-01' }] }],
        actionPlans: [
          {
            file: 'action-plans/d.yaml',
            value: { schemaVersion: 1, id: 'd', title: 'Utkast', owner: 'middle', status: 'draft' },
          },
          {
            file: 'action-plans/a.yaml',
            value: {
              schemaVersion: 1,
              id: 'a',
              title: 'Plan A',
              owner: 'committee',
              status: 'adopted',
              adopted: { date: '2025-11-20' },
              measures: [{ id: 'm', title: 'Tiltak M', due: '2026-06-01' }],
            },
          },
        ],
      }),
    );
    busy.agreement.governance.evaluation = { actionPlans: 'every 12 months' };
    const middle = remind(busy, '2026-11-22').find((r) => r.subject === 'meeting:middle')!;
    expect(middle.agenda.map((m) => m.id)).toEqual([
      'agenda.approve-minutes',
      'agenda.adopt-plan',
      'agenda.approve-sub-agreement',
      'agenda.revise-committee-plan',
      'agenda.overdue-measure',
    ]);
  });

  it("follow-up: the previous minutes, then the open actions of the body's earlier meetings, not twice", () => {
    const data = withPeople(
      makeData({
        meetings: [
          {
            id: 'm1',
            body: 'middle',
            date: '2026-03-01',
            actions: [
              { id: 'open', text: 'Lage rapportmal', owner: 'sek-b', due: '2026-06-01' },
              { id: 'done', text: 'Sende referat', owner: 'part-a', due: '2026-04-01', done: '2026-03-20' },
              { id: 'undated', text: 'Kartlegge behov' },
            ],
          },
          { id: 'm2', body: 'middle', date: '2026-09-01', minutes: 'referater/m2.pdf' },
          {
            id: 't1',
            body: 'top',
            date: '2026-05-01',
            host: 'part-a',
            actions: [{ id: 'x', text: 'Topp', due: '2026-06-01' }],
          },
          { id: 'm3', body: 'middle', date: '2026-12-10', status: 'planned' },
        ],
      }),
    );
    const middle = remind(data, '2026-11-22').find(
      (r) => r.kind === 'meeting' && r.subject === 'meeting:middle',
    )!;
    const ids = middle.agenda.map((m) => m.id);
    expect(middle.agenda[0]).toEqual({
      id: 'agenda.approve-minutes',
      params: { date: { date: '2026-09-01' } },
    });
    expect(middle.agenda.filter((m) => m.id.startsWith('agenda.open-action'))).toEqual([
      {
        id: 'agenda.open-action',
        params: {
          action: 'Lage rapportmal',
          date: { date: '2026-03-01' },
          owner: 'Sekretariat B',
          due: { date: '2026-06-01' },
        },
      },
      {
        id: 'agenda.open-action-no-due',
        params: {
          action: 'Kartlegge behov',
          date: { date: '2026-03-01' },
          owner: { ref: 'responsible.secretariat' },
        },
      },
    ]);
    // The overdue action is carried forward once, not also as "overdue"; the top body's action stays with the top.
    expect(ids.filter((id) => id.startsWith('agenda.overdue'))).toEqual(['agenda.overdue-action']);
    const overdue = middle.agenda.find((m) => m.id === 'agenda.overdue-action');
    expect(JSON.stringify(overdue)).toContain('"action":"Topp"');
  });
});
