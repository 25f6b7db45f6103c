import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { parseCadence } from '../../src/model/cadence.js';
import { addInterval } from '../../src/time/recurring.js';
import { recurring } from '../engine/recurring-now.js';

const run = (cadence: string, start: string, held: string[], asOf: string) =>
  recurring({
    cadence: parseCadence(cadence)!,
    start: d(start),
    held: held.map(d),
    planned: [],
    asOf: d(asOf),
  });

describe('rolling cadences', () => {
  it('rolling cadence: 31 October plus 4 months is 28 February', () => {
    expect(addInterval(d('2026-10-31'), 'months', 4)).toBe('2027-02-28');
  });

  it('31 October 2023 plus 4 months is 29 February 2024, a leap year', () => {
    expect(addInterval(d('2023-10-31'), 'months', 4)).toBe('2024-02-29');
  });

  it('29 February plus one year is 28 February', () => {
    expect(addInterval(d('2024-02-29'), 'years', 1)).toBe('2025-02-28');
  });

  it('with no event yet the deadline is the clock start plus the interval', () => {
    expect(run('every 4 months', '2026-10-31', [], '2026-11-22')).toMatchObject({
      deadline: '2027-02-28',
      last: null,
      missed: [],
    });
  });

  it('the deadline is the last event plus the interval; gaps longer than the interval are missed', () => {
    const r = run('every 4 months', '2025-01-01', ['2025-04-30', '2025-09-15', '2026-01-10'], '2026-03-01');
    expect(r.deadline).toBe('2026-05-10');
    expect(r.last).toBe('2026-01-10');
    expect(r.missed).toEqual(['2025-08-30/2025-09-15']);
  });

  it('an event exactly on the deadline is no gap', () => {
    expect(run('every 2 weeks', '2026-01-01', ['2026-01-15'], '2026-01-20').missed).toEqual([]);
  });

  it('an open gap is not missed (it is the overdue state)', () => {
    const r = run('every 10 days', '2026-01-01', [], '2026-03-01');
    expect(r.deadline).toBe('2026-01-11');
    expect(r.missed).toEqual([]);
  });
});

describe('calendar and counted cadences', () => {
  it('yearly with nothing held this year: the end of this year, one remaining', () => {
    expect(run('yearly', '2024-06-01', ['2024-10-15', '2025-10-14'], '2026-11-22')).toMatchObject({
      deadline: '2026-12-31',
      remaining: 1,
      missed: [],
      period: '2026',
    });
  });

  it('yearly met this year: the end of next year, and the next year needs one', () => {
    expect(run('yearly', '2025-01-01', ['2026-03-01'], '2026-12-31')).toMatchObject({
      deadline: '2027-12-31',
      remaining: 1,
      period: '2027',
    });
  });

  it('a past period without an event is missed, the partial first one included', () => {
    expect(run('yearly', '2024-06-01', ['2025-12-10'], '2026-11-22').missed).toEqual(['2024']);
  });

  it('tertial boundary: 30 April closes T1, 1 May is in T2', () => {
    expect(run('tertial', '2026-01-01', [], '2026-04-30')).toMatchObject({
      deadline: '2026-04-30',
      period: '2026-T1',
    });
    expect(run('tertial', '2026-01-01', [], '2026-05-01')).toMatchObject({
      deadline: '2026-08-31',
      missed: ['2026-T1'],
    });
  });

  it('counted: 4 per year with 2 held still needs 2 by the end of the year', () => {
    const r = run(
      '4 per year',
      '2025-01-01',
      ['2025-02-01', '2025-05-01', '2025-09-01', '2025-11-01', '2026-02-01', '2026-06-01'],
      '2026-07-01',
    );
    expect(r).toMatchObject({ deadline: '2026-12-31', remaining: 2, missed: [] });
  });

  it('counted: a past year with too few events is missed', () => {
    expect(
      run('2 per half-year', '2025-01-01', ['2025-03-01', '2025-08-01', '2025-09-01'], '2026-02-01').missed,
    ).toEqual(['2025-H1']);
  });
});
