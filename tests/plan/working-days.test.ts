import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, asCalendarDate as d, isoWeekday } from '../../src/dates.js';
import {
  avoidedPeriod,
  DEFAULT_AVOID,
  easterSunday,
  isoWeek,
  workingDayFrom,
  workingDays,
} from '../../src/plan/working-days.js';
import { norwegianPublicHolidays } from '../../src/remind/norwegian-holidays.js';

const isHoliday = norwegianPublicHolidays();

describe('the days public bodies avoid (SPEC section 9)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, sunday) => {
    expect(easterSunday(year)).toBe(sunday);
  });

  it('Easter agrees with the public holidays: Good Friday and Easter Monday around it', () => {
    for (let year = 1990; year <= 2060; year++) {
      const sunday = easterSunday(year);
      expect(isHoliday(addDays(sunday, -2)), `${year}`).toBe(true);
      expect(isHoliday(addDays(sunday, 1)), `${year}`).toBe(true);
    }
  });

  it.each([
    ['2027-01-04', 1],
    ['2027-01-03', 53],
    ['2026-07-06', 28],
    ['2027-08-01', 30],
    ['2020-12-31', 53],
  ])('%s is in ISO week %i', (date, week) => {
    expect(isoWeek(d(date))).toBe(week);
  });

  it.each([
    ['2027-12-24', 'julaften'],
    ['2027-12-27', 'romjul'],
    ['2027-12-30', 'romjul'],
    ['2027-12-31', 'nyttarsaften'],
    ['2027-07-12', 'fellesferie'],
    ['2027-08-01', 'fellesferie'],
    ['2026-07-06', 'fellesferie'],
  ])('%s falls in %s by default', (date, name) => {
    expect(avoidedPeriod(d(date), DEFAULT_AVOID)).toBe(name);
  });

  it.each(['2027-12-23', '2027-12-26', '2027-07-09', '2027-08-02', '2027-03-22', '2026-07-03'])(
    '%s is avoided by no default',
    (date) => {
      expect(avoidedPeriod(d(date), DEFAULT_AVOID)).toBeNull();
    },
  );

  it('påskeuka is Monday to Wednesday before Maundy Thursday, on request only', () => {
    expect(
      ['2027-03-21', '2027-03-22', '2027-03-24', '2027-03-25'].map((x) => avoidedPeriod(d(x), ['paskeuka'])),
    ).toEqual([null, 'paskeuka', 'paskeuka', null]);
  });

  it('an agreement can avoid none, and close its own days', () => {
    const none = workingDays(isHoliday, { avoid: [] });
    expect(none.dayOff(d('2027-12-27'))).toBeNull();
    const closed = workingDays(isHoliday, { closed: ['2027-02-22/2027-02-26', '2027-10-04'] });
    expect(closed.dayOff(d('2027-02-24'))).toEqual({ kind: 'closed', range: '2027-02-22/2027-02-26' });
    expect(closed.dayOff(d('2027-10-04'))).toEqual({ kind: 'closed', range: '2027-10-04' });
    expect(closed.dayOff(d('2027-10-05'))).toBeNull();
  });

  it('workingDayFrom lands on a working day, and every day it passed over is none, in a row', () => {
    const days = workingDays(isHoliday, {
      avoid: ['julaften', 'romjul', 'nyttarsaften', 'fellesferie', 'paskeuka'],
    });
    const start = d('2025-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(1 as const, -1 as const), (n, step) => {
        const from = addDays(start, n);
        const found = workingDayFrom(days, from, step);
        expect(days.dayOff(found.date)).toBeNull();
        expect(isoWeekday(found.date)).toBeLessThanOrEqual(5);
        found.skipped.forEach((s, i) => {
          expect(s.date).toBe(addDays(from, i * step));
          expect(days.dayOff(s.date)).toEqual(s.off);
        });
        expect(found.date).toBe(addDays(from, found.skipped.length * step));
      }),
      { numRuns: 300 },
    );
  });
});
