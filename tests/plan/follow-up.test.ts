import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { AgreementData } from '../../src/model/index.js';
import { workingDays } from '../../src/plan/working-days.js';
import { type PlanEvent, yearPlan } from '../../src/plan/year-plan.js';
import { reminders } from '../../src/remind/reminders.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 10 in the year plan: every planned or proposed meeting carries forward, as of its
// own date, the open actions of the body's earlier (held) meetings and the approval of the
// minutes of the body's meeting before it.

function plan(data: AgreementData, asOf: string, from = '2026-01-01', to = '2026-12-31'): PlanEvent[] {
  return yearPlan({
    data,
    asOf: d(asOf),
    from: d(from),
    to: d(to),
    days: workingDays(() => false, data.agreement.governance.calendar),
    live: true,
  });
}

const HELD = {
  id: '2026-03-04-middle',
  body: 'middle',
  date: '2026-03-04',
  actions: [
    { id: 'kartlegging', text: 'Kartlegge målgruppen', owner: 'part-a', due: '2026-05-01' },
    { id: 'mal', text: 'Lage rapportmal', owner: 'part-b', due: '2026-04-01', done: '2026-04-10' },
    { id: 'sent', text: 'Sende invitasjon', done: '2026-06-10' },
  ],
};
const TOP = {
  id: '2026-02-10-top',
  body: 'top',
  date: '2026-02-10',
  host: 'part-a',
  actions: [{ id: 'topp', text: 'Toppens oppgave', due: '2026-09-01' }],
};
const PLANNED = { id: '2026-06-10-middle', body: 'middle', date: '2026-06-10', status: 'planned' as const };

const meetingOn = (events: PlanEvent[], date: string) =>
  events.find((e) => (e.kind === 'meeting' || e.kind === 'proposed') && e.date === date)!;

describe('the year plan carries follow-up forward (SPEC section 10)', () => {
  const events = plan(makeData({ meetings: [TOP, HELD, PLANNED] }), '2026-04-15');
  const planned = meetingOn(events, '2026-06-10');

  it('a planned meeting: the minutes of the held one before it, then its open action with owner and due', () => {
    expect(planned.followUp).toEqual({
      minutes: { meeting: '2026-03-04-middle', date: '2026-03-04', status: 'held' },
      actions: [
        {
          meeting: '2026-03-04-middle',
          date: '2026-03-04',
          id: 'kartlegging',
          text: 'Kartlegge målgruppen',
          owner: 'part-a',
          due: '2026-05-01',
        },
        // Done on the meeting's own day: still reported at that meeting.
        {
          meeting: '2026-03-04-middle',
          date: '2026-03-04',
          id: 'sent',
          text: 'Sende invitasjon',
          owner: null,
          due: null,
        },
      ],
      items: [
        { id: 'agenda.approve-minutes', params: { date: { date: '2026-03-04' } } },
        {
          id: 'agenda.open-action',
          params: {
            action: 'Kartlegge målgruppen',
            date: { date: '2026-03-04' },
            owner: 'PART-A',
            due: { date: '2026-05-01' },
          },
        },
        {
          id: 'agenda.open-action-no-due',
          params: {
            action: 'Sende invitasjon',
            date: { date: '2026-03-04' },
            owner: { ref: 'responsible.secretariat' },
          },
        },
      ],
    });
  });

  it("an action done before the meeting is not carried, nor another body's", () => {
    const texts = planned.followUp?.actions.map((a) => a.text);
    expect(texts).not.toContain('Lage rapportmal');
    expect(texts).not.toContain('Toppens oppgave');
  });

  it('held and cancelled meetings, notice days and deadlines carry nothing', () => {
    for (const e of events.filter(
      (e) => !(e.kind === 'proposed' || (e.kind === 'meeting' && e.status === 'planned')),
    ))
      expect(e.followUp, `${e.kind} ${e.status} ${e.date}`).toBeNull();
  });

  it('a later meeting approves the minutes of the planned or proposed one before it', () => {
    const later = events.filter(
      (e) => e.subject === 'meeting:middle' && e.date > '2026-06-10' && e.kind !== 'notice',
    );
    expect(later.length).toBeGreaterThan(0);
    const next = later[0]!;
    expect(next).toMatchObject({ kind: 'proposed' });
    expect(next.followUp?.minutes).toEqual({
      meeting: '2026-06-10-middle',
      date: '2026-06-10',
      status: 'planned',
    });
    // Still open: the action is carried to every meeting until it is done.
    expect(next.followUp?.actions.map((a) => a.id)).toEqual(['kartlegging']);
    for (const e of later.slice(1)) expect(e.followUp?.minutes?.status).toBe('proposed');
  });

  it("the top level's proposed meeting carries its own action, not the middle level's", () => {
    const next = plan(makeData({ meetings: [TOP, HELD, PLANNED] }), '2026-04-15', '2027-01-01', '2027-12-31');
    const top = next.find((e) => e.subject === 'meeting:top' && e.kind === 'proposed')!;
    expect(top.followUp?.minutes).toEqual({ meeting: '2026-02-10-top', date: '2026-02-10', status: 'held' });
    expect(top.followUp?.actions.map((a) => a.text)).toEqual(['Toppens oppgave']);
  });

  it('a meeting held after the planned one is no earlier meeting of it', () => {
    const data = makeData({
      meetings: [
        HELD,
        PLANNED,
        { id: 'late', body: 'middle', date: '2026-07-01', actions: [{ id: 'x', text: 'Senere' }] },
      ],
    });
    const ahead = meetingOn(plan(data, '2026-04-15'), '2026-06-10');
    expect(ahead.followUp?.actions.map((a) => a.text)).not.toContain('Senere');
  });

  it("remind's draft agenda for the next meeting opens with the calendar's items", () => {
    // Without the action done in the future: remind judges by the engine's state as of today.
    const data = makeData({ meetings: [TOP, { ...HELD, actions: HELD.actions.slice(0, 2) }, PLANNED] });
    const asOf = d('2026-04-15');
    const items = meetingOn(plan(data, asOf), '2026-06-10').followUp!.items;
    expect(items).toHaveLength(2);
    const status = agreementStatus(data, asOf, []);
    const reminder = reminders({ data, status, asOf, within: 120, isHoliday: () => false }).find(
      (r) => r.kind === 'meeting' && r.subject === 'meeting:middle',
    )!;
    expect(reminder.agenda.slice(0, 1)).toEqual(items.slice(0, 1));
    expect(reminder.agenda).toContainEqual(items[1]);
  });
});
