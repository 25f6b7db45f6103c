import { describe, expect, it } from 'vitest';
import { asCalendarDate } from '../../src/dates.js';
import { occurrences } from '../../src/domain/tracks.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { ActionPlan } from '../../src/model/index.js';
import { workingDays } from '../../src/plan/working-days.js';
import { yearPlan } from '../../src/plan/year-plan.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 14: `record retire`. Issue 27: "With Handlingsplan 2028 adopted, status still
// demands «Evaluering av «Handlingsplan 2027»»". Dates computed by hand below.
const d = asCalendarDate;

const P2027: ActionPlan = {
  schemaVersion: 1,
  id: 'handlingsplan-2027',
  title: 'Handlingsplan 2027',
  owner: 'middle',
  status: 'retired',
  adopted: { date: '2027-02-10', meeting: null },
  evaluations: [{ date: '2027-12-01', meeting: null, summary: null }],
  measures: [
    { id: 'kartlegging', title: 'Kartlegging', due: '2027-12-31', done: '2027-11-01' },
    { id: 'veiledning', title: 'Veiledning', due: '2028-06-30', done: null },
    { id: 'nettverk', title: 'Nettverk', done: null },
  ],
  retired: { date: '2028-02-09', meeting: null, replacedBy: 'handlingsplan-2028' },
};
const P2028: ActionPlan = {
  schemaVersion: 1,
  id: 'handlingsplan-2028',
  title: 'Handlingsplan 2028',
  owner: 'middle',
  status: 'adopted',
  adopted: { date: '2028-02-09', meeting: null },
  measures: [{ id: 'ny', title: 'Ny', due: '2028-10-01', done: null }],
};

const agreement = (cadence: string, plans: ActionPlan[] = [P2027, P2028]) =>
  makeData({
    agreement: {
      validity: { from: '2025-01-01', until: null },
      governance: {
        bodies: { middle: { name: 'Midt', meets: null, adopts: true } },
        evaluation: { actionPlans: cadence },
      },
    },
    actionPlans: plans.map((value) => ({ file: `action-plans/${value.id}.yaml`, value })),
  });

const status = (data: ReturnType<typeof agreement>, asOf: string) =>
  agreementStatus(data, d(asOf), []).obligations.map((o) => ({
    subject: o.subject,
    state: o.state,
    deadline: o.deadline,
    missed: o.missed,
  }));

describe('a retired action plan (SPEC section 14, issue 27)', () => {
  it('with Handlingsplan 2028 adopted, status no longer demands an evaluation of Handlingsplan 2027', () => {
    const now = status(agreement('yearly'), '2028-06-01');
    expect(now.map((o) => o.subject)).not.toContain('evaluation:plan:handlingsplan-2027');
    // The successor's clock starts at its adoption, 09.02.2028: the period 2028, due 31.12.2028, nothing missed.
    expect(now.find((o) => o.subject === 'evaluation:plan:handlingsplan-2028')).toEqual({
      subject: 'evaluation:plan:handlingsplan-2028',
      state: 'ok',
      deadline: '2028-12-31',
      missed: [],
    });
  });

  it('the day before it retired, the plan still required its evaluation and its open measures', () => {
    const before = status(agreement('yearly'), '2028-02-08');
    expect(before.find((o) => o.subject === 'evaluation:plan:handlingsplan-2027')).toMatchObject({
      deadline: '2028-12-31',
    });
    expect(before.find((o) => o.subject === 'measure:handlingsplan-2027/veiledning')).toMatchObject({
      state: 'ok',
      deadline: '2028-06-30',
    });
    // The successor was adopted on 09.02.2028: nothing of it yet.
    expect(before.map((o) => o.subject)).not.toContain('evaluation:plan:handlingsplan-2028');
  });

  it('its open measures stop being obligations on the day it retired; a done one stays done', () => {
    const now = status(agreement('yearly'), '2028-02-09');
    const subjects = now.map((o) => o.subject);
    expect(subjects).not.toContain('measure:handlingsplan-2027/veiledning');
    expect(subjects).not.toContain('evaluation:plan:handlingsplan-2027');
    expect(now.find((o) => o.subject === 'measure:handlingsplan-2027/kartlegging')?.state).toBe('done');
    expect(now.find((o) => o.subject === 'measure:handlingsplan-2028/ny')).toMatchObject({
      deadline: '2028-10-01',
    });
  });

  it('the one list of occurrences says when each stopped, and keeps the slots that fell due before', () => {
    const tracks = occurrences(agreement('yearly'), d('2028-06-01'), d('2028-12-31'));
    const track = (id: string) => tracks.find((t) => t.id === id);
    const evaluation = track('evaluation:plan:handlingsplan-2027');
    expect(evaluation).toMatchObject({ ended: '2028-02-09', now: null });
    // 2027 (due 31.12.2027) was met on 01.12.2027; 2028 would fall due after the plan ended.
    expect(evaluation?.occurrences.map((o) => [o.slot, o.deadline, o.event?.date ?? null])).toEqual([
      ['2027', '2027-12-31', '2027-12-01'],
    ]);
    for (const id of ['veiledning', 'nettverk'])
      expect(track(`measure:handlingsplan-2027/${id}`)).toMatchObject({
        ended: '2028-02-09',
        now: null,
        occurrences: [],
      });
    expect(track('measure:handlingsplan-2027/kartlegging')?.ended).toBeUndefined();
  });

  it('with a rolling cadence the successor is due twelve months after its own adoption', () => {
    const now = status(agreement('every 12 months'), '2028-06-01');
    expect(now.filter((o) => o.subject.startsWith('evaluation:plan:'))).toEqual([
      { subject: 'evaluation:plan:handlingsplan-2028', state: 'ok', deadline: '2029-02-09', missed: [] },
    ]);
  });

  it('the year plan of 2028 has no deadline of the retired plan', () => {
    const data = agreement('yearly');
    const events = yearPlan({
      data,
      asOf: d('2028-06-01'),
      from: d('2028-01-01'),
      to: d('2028-12-31'),
      days: workingDays(() => false, data.agreement.governance.calendar),
      live: true,
    });
    const subjects = events.filter((e) => e.kind === 'deadline').map((e) => `${e.subject} ${e.deadline}`);
    expect(subjects.sort()).toEqual(
      ['evaluation:plan:handlingsplan-2028 2028-12-31', 'measure:handlingsplan-2028/ny 2028-10-01'].sort(),
    );
  });
});
