import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { nextPeriod, periodOf, periodsBetween } from '../../src/time/periods.js';

describe('periods', () => {
  it.each([
    ['year', '2026-05-17', '2026', '2026-01-01', '2026-12-31'],
    ['half-year', '2026-06-30', '2026-H1', '2026-01-01', '2026-06-30'],
    ['half-year', '2026-07-01', '2026-H2', '2026-07-01', '2026-12-31'],
    ['tertial', '2026-04-30', '2026-T1', '2026-01-01', '2026-04-30'],
    ['tertial', '2026-05-01', '2026-T2', '2026-05-01', '2026-08-31'],
    ['tertial', '2026-12-31', '2026-T3', '2026-09-01', '2026-12-31'],
    ['quarter', '2026-08-15', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['month', '2024-02-10', '2024-02', '2024-02-01', '2024-02-29'],
  ] as const)('%s holding %s is %s (%s to %s)', (unit, date, label, start, end) => {
    expect(periodOf(unit, d(date))).toEqual({ label, start, end });
  });

  it('the tertial after T3 is T1 of the next year', () => {
    expect(nextPeriod('tertial', periodOf('tertial', d('2026-10-01'))).label).toBe('2027-T1');
  });

  it('periodsBetween lists the periods before the one holding the end', () => {
    expect(periodsBetween('year', d('2024-06-01'), d('2026-11-22')).map((p) => p.label)).toEqual([
      '2024',
      '2025',
    ]);
    expect(periodsBetween('quarter', d('2026-11-01'), d('2026-11-22'))).toEqual([]);
  });
});
