import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { agreementReport, labelRange, yearPeriod } from '../../src/report/index.js';
import { makeData } from '../engine/make-data.js';

const NONE: Array<{ id: string; supersedes: string | null; from: string | null }> = [];
const y2025 = yearPeriod(2025);
const body = (r: ReturnType<typeof agreementReport>, id: string) => r.bodies.find((b) => b.id === id);

describe('report model: meetings per body', () => {
  it('a tertial body: three required, held and cancelled counted, the empty last tertial missed', () => {
    const data = makeData({
      agreement: {
        governance: {
          bodies: { middle: { name: 'Midt', meets: 'tertial' }, top: { name: 'Topp', meets: null } },
        },
      },
      meetings: [
        { body: 'middle', date: '2025-02-10' },
        { body: 'middle', date: '2025-06-05', status: 'cancelled' },
        { body: 'middle', date: '2025-06-20' },
        { body: 'middle', date: '2024-12-01' },
        { body: 'middle', date: '2026-01-10', status: 'planned' },
      ],
    });
    const middle = body(agreementReport(data, y2025, NONE), 'middle');
    expect(middle).toMatchObject({
      required: 3,
      missed: ['2025-T3'],
      cadence: { kind: 'period', unit: 'tertial', count: 1, text: 'tertial' },
    });
    expect(middle?.held.map((m) => m.date)).toEqual(['2025-02-10', '2025-06-20']);
    expect(middle?.cancelled.map((m) => m.date)).toEqual(['2025-06-05']);
    expect(middle?.planned).toEqual([]);
  });

  it('an agreement that starts mid-year requires only the periods from its start', () => {
    const data = makeData({
      agreement: {
        validity: { from: '2025-06-01', until: null },
        governance: { bodies: { middle: { name: 'Midt', meets: 'tertial' } } },
      },
    });
    expect(body(agreementReport(data, y2025, NONE), 'middle')).toMatchObject({
      required: 2,
      missed: ['2025-T2', '2025-T3'],
    });
  });

  it('a rolling cadence has no count; its gaps inside the period are missed, those before are not', () => {
    const data = makeData({
      meetings: [
        { body: 'middle', date: '2024-03-01' },
        { body: 'middle', date: '2025-03-01' },
        { body: 'middle', date: '2025-12-01' },
      ],
    });
    expect(body(agreementReport(data, y2025, NONE), 'middle')).toMatchObject({
      required: null,
      missed: ['2025-07-01/2025-12-01'],
    });
  });
});

describe('report model: measures, actions and what falls due', () => {
  const plan = {
    file: 'action-plans/p.yaml',
    value: {
      schemaVersion: 1 as const,
      id: 'p',
      title: 'Plan',
      owner: 'middle',
      status: 'adopted' as const,
      adopted: { date: '2025-01-15' },
      measures: [
        { id: 'a', title: 'I tide', area: 'x', due: '2025-06-30', done: '2025-06-01' },
        { id: 'b', title: 'For sent', area: 'x', due: '2025-03-31', done: '2025-05-01' },
        { id: 'c', title: 'Forfalt', area: 'y', due: '2025-09-30' },
        { id: 'd', title: 'Åpen', area: 'y', due: '2026-03-31' },
        { id: 'e', title: 'Gjort i fjor', area: 'y', due: '2025-03-31', done: '2024-12-01' },
        { id: 'f', title: 'Gjort etter perioden', area: 'y', due: '2025-10-31', done: '2026-01-05' },
      ],
    },
  };
  const data = makeData({
    agreement: {
      areas: [
        { id: 'y', title: 'Område Y' },
        { id: 'x', title: 'Område X' },
      ],
    },
    actionPlans: [plan],
  });
  const report = agreementReport(data, y2025, NONE);

  it('groups measures by area in the agreement order and counts each outcome once', () => {
    expect(report.measures.map((g) => g.area?.title)).toEqual(['Område Y', 'Område X']);
    expect(report.measures[0]?.counts).toEqual({ done: 0, 'late-done': 0, open: 1, overdue: 2 });
    expect(report.measures[1]?.counts).toEqual({ done: 1, 'late-done': 1, open: 0, overdue: 0 });
  });

  it('a measure done after the period is overdue at its end; one done before it is left out', () => {
    const titles = report.measures.flatMap((g) => g.items.map((i) => `${i.title}:${i.outcome}`));
    expect(titles).toContain('Gjort etter perioden:overdue');
    expect(titles.some((t) => t.startsWith('Gjort i fjor'))).toBe(false);
  });

  it('what falls due: overdue items and the deadlines of the next year, soonest first', () => {
    const deadlines = report.coming.map((c) => c.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(report.coming.map((c) => c.subject)).toContain('measure:p/d');
    expect(report.coming.every((c) => c.deadline <= '2026-12-31')).toBe(true);
  });
});

describe('report model: periods and sub-agreements', () => {
  it('period labels cover their days', () => {
    expect(labelRange('2025-T2')).toEqual({ start: '2025-05-01', end: '2025-08-31' });
    expect(labelRange('2025-H2')).toEqual({ start: '2025-07-01', end: '2025-12-31' });
    expect(labelRange('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
  });

  it('an approval after the period does not count; expiry within the next year is flagged', () => {
    const data = makeData({
      subAgreements: [
        {
          id: 's',
          title: 'Under',
          approvals: [
            { party: 'part-a', date: '2025-03-01' },
            { party: 'part-b', date: '2026-02-01' },
          ],
          validUntil: '2026-06-01',
        },
      ],
    });
    expect(agreementReport(data, y2025, NONE).subAgreements[0]).toMatchObject({
      status: 'awaiting',
      missing: ['part-b'],
      expiring: true,
    });
    expect(agreementReport(data, yearPeriod(2026), NONE).subAgreements[0]).toMatchObject({
      status: 'approved',
      approvedOn: '2026-02-01',
      approvedInPeriod: true,
    });
  });

  it('a report for a period ending mid-year answers as of that day', () => {
    const data = makeData({ meetings: [{ body: 'top', date: '2025-10-01', host: 'part-a' }] });
    const r = agreementReport(data, { from: d('2025-01-01'), to: d('2025-06-30') }, NONE);
    expect(body(r, 'top')?.held).toEqual([]);
    expect(body(r, 'top')?.obligation).toMatchObject({ deadline: '2025-12-31', state: 'ok' });
  });
});

describe('report model: required meetings', () => {
  it('counts the cadence periods that close in the report period, from the clock start', () => {
    const data = makeData({
      agreement: { governance: { bodies: { middle: { name: 'Midt', meets: '2 per quarter' } } } },
    });
    const half = { from: d('2025-01-01'), to: d('2025-06-30') };
    expect(body(agreementReport(data, half, NONE), 'middle')?.required).toBe(4);
    const may = { from: d('2025-01-01'), to: d('2025-05-15') };
    expect(body(agreementReport(data, may, NONE), 'middle')?.required).toBe(2);
  });
});
