import { addDays, addMonths, addWeeks, addYears, type CalendarDate } from '../dates.js';
import type { Cadence, RollingUnit } from '../model/cadence.js';
import { nextPeriod, periodOf, periodsBetween } from './periods.js';

export interface RecurringInput {
  cadence: Cadence;
  /** Start of the clock: validity.from, adoption or establishment. */
  start: CalendarDate;
  held: readonly CalendarDate[];
  planned: readonly CalendarDate[];
  asOf: CalendarDate;
}

export interface RecurringResult {
  deadline: CalendarDate;
  last: CalendarDate | null;
  /** Events still needed by the deadline: the shortfall of the current period, else the next period's count. */
  remaining: number;
  missed: string[];
  /** The period the deadline closes (its label), or the deadline for rolling cadences: part of reminder UIDs. */
  period: string;
}

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

export function recurring(input: RecurringInput): RecurringResult {
  const held = [...input.held].sort();
  const last = held.at(-1) ?? null;
  const { cadence } = input;
  if (cadence.kind === 'rolling') {
    // Gaps between consecutive events (the clock's start counting as the first) longer than the interval.
    const missed: string[] = [];
    let previous = input.start;
    for (const date of held.filter((d) => d >= input.start)) {
      const due = addInterval(previous, cadence.unit, cadence.n);
      if (date > due) missed.push(`${due}/${date}`);
      previous = date;
    }
    const deadline = addInterval(last && last > input.start ? last : input.start, cadence.unit, cadence.n);
    return { deadline, last, remaining: 1, missed, period: deadline };
  }
  const count = (start: CalendarDate, end: CalendarDate) => held.filter((d) => d >= start && d <= end).length;
  const current = periodOf(cadence.unit, input.asOf);
  const missed = periodsBetween(cadence.unit, input.start, input.asOf)
    .filter((p) => count(p.start, p.end) < cadence.count)
    .map((p) => p.label);
  const heldNow = count(current.start, current.end);
  if (heldNow >= cadence.count) {
    const next = nextPeriod(cadence.unit, current);
    return { deadline: next.end, last, remaining: cadence.count, missed, period: next.label };
  }
  return { deadline: current.end, last, remaining: cadence.count - heldNow, missed, period: current.label };
}
