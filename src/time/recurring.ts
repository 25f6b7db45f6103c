import { addDays, addMonths, addWeeks, addYears, type CalendarDate } from '../dates.js';
import type { RollingUnit } from '../model/cadence.js';

export function addInterval(date: CalendarDate, unit: RollingUnit, n: number): CalendarDate {
  switch (unit) {
    case 'days':
      return addDays(date, n);
    case 'weeks':
      return addWeeks(date, n);
    case 'months':
      return addMonths(date, n); // date-fns clamps: 31 October + 4 months = 28 February
    case 'years':
      return addYears(date, n);
    default: {
      const never: never = unit;
      throw new Error(`unknown unit ${never}`);
    }
  }
}
