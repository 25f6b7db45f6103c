import Holidays from 'date-holidays';
import type { CalendarDate } from '../dates.js';
import type { IsHoliday } from './working-days.js';

// date-holidays' Norwegian calendar: its "public" days are exactly the twelve helligdager
// (1 January, Maundy Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day,
// Whit Sunday and Monday, 25 and 26 December). Observances such as Christmas Eve are not days off
// by law and are left out. This module is loaded only by `remind`: the library costs start-up time.
export function norwegianPublicHolidays(): IsHoliday {
  const calendar = new Holidays('NO');
  const years = new Map<number, Set<string>>();
  return (date: CalendarDate) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (!days) {
      days = new Set(
        calendar
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      years.set(year, days);
    }
    return days.has(date);
  };
}
