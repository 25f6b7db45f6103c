import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { agreementStatus } from '../../src/engine/status.js';
import type { ActionPlan } from '../../src/model/index.js';
import { agreementReport, yearPeriod } from '../../src/report/index.js';
import { makeData } from '../engine/make-data.js';

// SPEC section 14: the report lists each meeting's decisions, each working-group report with its
// summary, every area of clause 5, a retired plan's open measures as not carried out, and dates
// exactly as status gives them. Dates worked out by hand.
const NONE: Array<{ id: string; supersedes: string | null; from: string | null }> = [];

const plan = (o: Partial<ActionPlan>): ActionPlan => ({
  schemaVersion: 1,
  id: 'hp-2027',
  title: 'Handlingsplan 2027',
  owner: 'middle',
  status: 'adopted',
  adopted: { date: '2027-02-10', meeting: null },
  measures: [
    { id: 'a', title: 'A', area: 'opplaering', due: '2027-12-31', done: '2027-11-01' },
    { id: 'b', title: 'B', area: 'opplaering', due: '2028-06-30', done: null },
    { id: 'c', title: 'C', area: 'veiledning', done: null },
  ],
  ...o,
});

const data = (plans: ActionPlan[]) =>
  makeData({
    agreement: {
      validity: { from: '2025-01-01', until: null },
      areas: [
        { id: 'opplaering', title: 'Opplæring' },
        { id: 'veiledning', title: 'Veiledning' },
      ],
      governance: {
        bodies: { middle: { name: 'Midt', meets: null, adopts: true } },
        evaluation: { agreement: 'yearly', actionPlans: 'yearly' },
      },
    },
    meetings: [
      {
        id: 'm1',
        body: 'middle',
        date: '2028-02-09',
        decisions: [
          { id: 'v1', text: 'Handlingsplan 2028 vedtas.', adopts: 'hp-2028' },
          { id: 'v2', text: 'Handlingsplan 2027 avsluttes.' },
        ],
      },
      { id: 'm2', body: 'middle', date: '2028-05-02', status: 'cancelled' },
      {
        id: 'm3',
        body: 'middle',
        date: '2028-06-06',
        status: 'cancelled',
        cancelled: { reason: 'For få kunne møte' },
      },
    ],
    evaluations: [{ date: '2028-12-01', results: [{ area: 'veiledning', text: 'Mer veiledning' }] }],
    workingGroups: [
      {
        id: 'g',
        name: 'Gruppe',
        leader: 'p',
        members: ['p'],
        reports: [{ date: '2028-03-01', summary: 'Status våren 2028' }, { date: '2028-09-01' }],
      },
    ],
    subAgreements: [{ id: 's', title: 'S', validUntil: '2030-01-01' }],
    actionPlans: plans.map((value) => ({ file: `action-plans/${value.id}.yaml`, value })),
  });

const RETIRED = plan({
  status: 'retired',
  retired: { date: '2028-02-09', meeting: 'm1', replacedBy: 'hp-2028' },
});
const NEW = plan({
  id: 'hp-2028',
  title: 'Handlingsplan 2028',
  adopted: { date: '2028-02-09', meeting: 'm1' },
  measures: [],
});

describe('the report of 2028, with Handlingsplan 2027 retired on 09.02.2028', () => {
  const r = agreementReport(data([RETIRED, NEW]), yearPeriod(2028), NONE);

  it('lists its open measures as not carried out, with their due dates', () => {
    const items = r.measures.flatMap((g) => g.items.map((i) => [i.subject, i.outcome, i.due]));
    expect(items).toEqual([
      ['measure:hp-2027/b', 'not-carried-out', '2028-06-30'],
      ['measure:hp-2027/c', 'not-carried-out', null],
    ]);
    expect(r.measures.map((g) => [g.area?.id, g.counts['not-carried-out']])).toEqual([
      ['opplaering', 1],
      ['veiledning', 1],
    ]);
  });

  it('says the plan is retired and by what, and asks its successor alone for an evaluation', () => {
    expect(r.plans.find((p) => p.id === 'hp-2027')).toMatchObject({
      status: 'retired',
      retired: { date: '2028-02-09', meeting: 'm1', replacedBy: 'hp-2028' },
      obligation: null,
    });
    expect(r.plans.find((p) => p.id === 'hp-2028')?.obligation).toMatchObject({ deadline: '2028-12-31' });
  });

  it('gives the reason of a cancelled meeting where one was recorded, and nothing where none was', () => {
    const middle = r.bodies.find((b) => b.id === 'middle');
    expect(middle?.cancelled.map((m) => [m.id, m.reason])).toEqual([
      ['m2', undefined],
      ['m3', 'For få kunne møte'],
    ]);
  });

  it('lists the decisions of the held meetings, and every area', () => {
    expect(r.decisions).toEqual([
      {
        meeting: 'm1',
        body: 'middle',
        date: '2028-02-09',
        title: null,
        decisions: [
          { id: 'v1', text: 'Handlingsplan 2028 vedtas.', adopts: 'hp-2028', fulfils: null },
          { id: 'v2', text: 'Handlingsplan 2027 avsluttes.', adopts: null, fulfils: null },
        ],
      },
    ]);
    expect(r.areas.map((a) => a.id)).toEqual(['opplaering', 'veiledning']);
    expect(r.groups[0]?.reports).toEqual([
      { date: '2028-03-01', summary: 'Status våren 2028' },
      { date: '2028-09-01', summary: null },
    ]);
  });

  it('gives a sub-agreement its last day, as status gives its expiry', () => {
    // validUntil 01.01.2030 is the first day it no longer applies: status says 31.12.2029.
    const s = agreementStatus(data([RETIRED, NEW]), d('2028-12-31'), NONE).obligations.find(
      (o) => o.subject === 'sub-agreement:s',
    );
    expect(s?.deadline).toBe('2029-12-31');
    // Within a year after 31.12.2028, as in "coming".
    expect(r.subAgreements[0]).toMatchObject({
      validUntil: '2030-01-01',
      expires: '2029-12-31',
      expiring: true,
    });
    expect(r.coming.map((c) => [c.subject, c.deadline])).toContainEqual(['sub-agreement:s', '2029-12-31']);
  });

  it('the report of 2027 knew nothing of the retirement: the measures were open', () => {
    const r2027 = agreementReport(data([RETIRED, NEW]), yearPeriod(2027), NONE);
    expect(r2027.plans.find((p) => p.id === 'hp-2027')).toMatchObject({ status: 'adopted' });
    expect(r2027.plans.find((p) => p.id === 'hp-2027')?.retired).toBeUndefined();
    expect(r2027.measures.flatMap((g) => g.items.map((i) => [i.subject, i.outcome]))).toEqual([
      ['measure:hp-2027/a', 'done'],
      ['measure:hp-2027/b', 'open'],
    ]);
  });

  it('the report of 2029 leaves out what was reported not carried out in 2028', () => {
    const r2029 = agreementReport(data([RETIRED, NEW]), yearPeriod(2029), NONE);
    expect(r2029.measures).toEqual([]);
  });
});
