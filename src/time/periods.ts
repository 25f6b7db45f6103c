import { addDays, type CalendarDate, monthOf, yearOf, ymd } from '../dates.js';
import type { PeriodUnit } from '../model/cadence.js';

/** A calendar period with inclusive ends, and its label (SPEC section 3: 2026, 2026-H1, 2026-T2, 2026-Q3, 2026-05). */
export interface Period {
  label: string;
  start: CalendarDate;
  end: CalendarDate;
}

const MONTHS: Record<PeriodUnit, number> = { year: 12, 'half-year': 6, tertial: 4, quarter: 3, month: 1 };
const PREFIX: Partial<Record<PeriodUnit, string>> = { 'half-year': 'H', tertial: 'T', quarter: 'Q' };

export function periodOf(unit: PeriodUnit, date: CalendarDate): Period {
  const year = yearOf(date);
  const length = MONTHS[unit];
  const index = Math.floor((monthOf(date) - 1) / length);
  const firstMonth = index * length + 1;
  const start = ymd(year, firstMonth, 1);
  const end = addDays(ymd(year, firstMonth + length, 1), -1);
  const prefix = PREFIX[unit];
  const label =
    unit === 'year'
      ? String(year)
      : unit === 'month'
        ? `${year}-${String(firstMonth).padStart(2, '0')}`
        : `${year}-${prefix}${index + 1}`;
  return { label, start, end };
}

export const nextPeriod = (unit: PeriodUnit, p: Period): Period => periodOf(unit, addDays(p.end, 1));

/** The periods from the one holding `from` up to, not including, the one holding `until`. */
export function periodsBetween(unit: PeriodUnit, from: CalendarDate, until: CalendarDate): Period[] {
  const stop = periodOf(unit, until).start;
  const out: Period[] = [];
  for (let p = periodOf(unit, from); p.start < stop; p = nextPeriod(unit, p)) out.push(p);
  return out;
}
