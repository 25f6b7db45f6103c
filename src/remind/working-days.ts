import { addDays, type CalendarDate } from '../dates.js';
import { type Found, type WorkingDays, workingDayFrom } from '../plan/working-days.js';

export type { IsHoliday } from '../plan/working-days.js';

/**
 * SPEC sections 6 and 9: the first working day at least `noticeDays` after as-of, on the
 * agreement's working days (src/plan/working-days.ts), with the days it skipped and why.
 */
export function suggestDate(asOf: CalendarDate, noticeDays: number, days: WorkingDays): Found {
  return workingDayFrom(days, addDays(asOf, noticeDays));
}
