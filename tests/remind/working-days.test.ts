import { describe, expect, it } from 'vitest';
import { asCalendarDate as d } from '../../src/dates.js';
import { workingDays } from '../../src/plan/working-days.js';
import { norwegianPublicHolidays } from '../../src/remind/norwegian-holidays.js';
import { suggestDate } from '../../src/remind/working-days.js';

const isHoliday = norwegianPublicHolidays();

describe('Norwegian public holidays', () => {
  it.each([
    ['2026-01-01', 'New Year'],
    ['2026-04-02', 'Maundy Thursday 2026'],
    ['2026-04-03', 'Good Friday 2026'],
    ['2026-04-06', 'Easter Monday 2026'],
    ['2027-03-25', 'Maundy Thursday 2027'],
    ['2027-03-29', 'Easter Monday 2027'],
    ['2028-04-17', 'Easter Monday 2028'],
    ['2026-05-01', '1 May'],
    ['2026-05-14', 'Ascension Day 2026'],
    ['2027-05-06', 'Ascension Day 2027'],
    ['2026-05-25', 'Whit Monday 2026'],
    ['2027-05-17', '17 May 2027'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-26', 'Boxing Day'],
  ])('%s is a holiday (%s)', (date) => {
    expect(isHoliday(d(date))).toBe(true);
  });

  it.each(['2026-12-24', '2026-12-31', '2026-05-08', '2026-04-01', '2026-06-23'])(
    '%s is not (an observance, not a day off)',
    (date) => {
      expect(isHoliday(d(date))).toBe(false);
    },
  );
});

describe('suggested meeting date', () => {
  it.each([
    ['2026-11-22', 14, '2026-12-07', 'lands on a Sunday: the Monday after'],
    ['2026-11-23', 14, '2026-12-07', 'lands on a Monday'],
    ['2026-03-20', 14, '2026-04-07', 'Easter: Thursday to Monday are off'],
    ['2026-04-30', 14, '2026-05-15', 'Ascension Day 14 May: the Friday after'],
    ['2026-05-03', 14, '2026-05-18', '17 May 2026 is a Sunday, so Monday the 18th is a working day'],
    ['2027-05-03', 14, '2027-05-18', '17 May 2027 is a Monday'],
    ['2026-05-11', 14, '2026-05-26', 'Whit Monday 25 May'],
    ['2026-12-11', 14, '2026-12-28', 'Christmas Day on a Friday, then a weekend'],
    ['2026-12-18', 14, '2027-01-04', 'New Year on a Friday, then a weekend'],
    ['2026-11-22', 0, '2026-11-23', 'no notice: the next working day'],
  ])('as of %s with %i days notice: %s (%s), avoiding no custom days', (asOf, notice, expected) => {
    expect(suggestDate(d(asOf), notice, workingDays(isHoliday, { avoid: [] })).date).toBe(expected);
  });

  it.each([
    ['2026-12-11', 14, '2027-01-04', 'Christmas Day, a weekend, romjul, nyttårsaften, New Year, a weekend'],
    ['2026-12-10', 14, '2027-01-04', 'julaften, a Thursday, is avoided too'],
    ['2027-06-28', 14, '2027-08-02', 'fellesferie 2027: ISO weeks 28-30, 12 July to 1 August'],
    ['2027-03-08', 14, '2027-03-22', 'påskeuka is avoided only on request'],
  ])('as of %s with %i days notice: %s (%s), by default', (asOf, notice, expected) => {
    expect(suggestDate(d(asOf), notice, workingDays(isHoliday, null)).date).toBe(expected);
  });

  it('says which days it skipped and why', () => {
    const found = suggestDate(d('2026-12-10'), 14, workingDays(isHoliday, { closed: ['2027-01-04'] }));
    expect(found.date).toBe('2027-01-05');
    expect(found.skipped.map((s) => [s.date, s.off.kind])).toEqual([
      ['2026-12-24', 'avoid'],
      ['2026-12-25', 'holiday'],
      ['2026-12-26', 'weekend'],
      ['2026-12-27', 'weekend'],
      ['2026-12-28', 'avoid'],
      ['2026-12-29', 'avoid'],
      ['2026-12-30', 'avoid'],
      ['2026-12-31', 'avoid'],
      ['2027-01-01', 'holiday'],
      ['2027-01-02', 'weekend'],
      ['2027-01-03', 'weekend'],
      ['2027-01-04', 'closed'],
    ]);
  });

  it('avoids påskeuka and closed days when the agreement asks', () => {
    const days = workingDays(isHoliday, { avoid: ['paskeuka'], closed: ['2027-03-29/2027-04-02'] });
    // 22-24 March 2027: Monday to Wednesday of Holy Week; 25-29 holidays; 30 March-2 April closed.
    expect(suggestDate(d('2027-03-08'), 14, days).date).toBe('2027-04-05');
  });
});
