import { addDays, type CalendarDate, isoWeekday } from '../dates.js';

export type IsHoliday = (date: CalendarDate) => boolean;

export const isWorkingDay = (date: CalendarDate, isHoliday: IsHoliday) =>
  isoWeekday(date) <= 5 && !isHoliday(date);

/** SPEC section 6: the first working day at least `noticeDays` after as-of. */
export function suggestDate(asOf: CalendarDate, noticeDays: number, isHoliday: IsHoliday): CalendarDate {
  let date = addDays(asOf, noticeDays);
  // Norway never has more than five days off in a row (Easter: Thursday to Monday).
  for (let i = 0; i < 14 && !isWorkingDay(date, isHoliday); i++) date = addDays(date, 1);
  return date;
}
