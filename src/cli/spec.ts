import type { Range, RunSpec } from '../app/spec.js';
import { type CalendarDate, daysBetween, todayInOslo, ymd } from '../dates.js';
import { dateOption, parseAsOf, UsageError } from './context.js';

// One set of limits for every command's period (issue 25: the calendar and the report once parsed
// them apart, with different limits). A year from 1900 to 2998, so that the year after it, which
// the report and the feeds look at, is still a date; a period of at most ten years, whose cost
// grows with it and which longer is a typing error.
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2998;
const MAX_DAYS = 3660;

export interface SpecOptions {
  asOf?: string;
  year?: string;
  from?: string;
  to?: string;
  body?: string;
  party?: string;
}

function rangeOf(options: SpecOptions, year: number): { range: Range; given: boolean } {
  if (options.year !== undefined && (options.from !== undefined || options.to !== undefined))
    throw new UsageError({ id: 'spec.year-or-range' });
  if (options.year !== undefined) {
    const y = Number(options.year);
    if (!/^\d{4}$/.test(options.year) || y < FIRST_YEAR || y > LAST_YEAR)
      throw new UsageError({
        id: 'spec.bad-year',
        params: { value: options.year, first: FIRST_YEAR, last: LAST_YEAR },
      });
    return { range: { from: ymd(y, 1, 1), to: ymd(y, 12, 31) }, given: true };
  }
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined)
      throw new UsageError({ id: 'spec.from-and-to' });
    const from = dateOption(options.from, '--from');
    const to = dateOption(options.to, '--to');
    if (to < from || daysBetween(from, to) > MAX_DAYS)
      throw new UsageError({ id: 'spec.bad-range', params: { from: options.from, to: options.to } });
    return { range: { from, to }, given: true };
  }
  return { range: { from: ymd(year, 1, 1), to: ymd(year, 12, 31) }, given: false };
}

/** The spec of one run: every option that says which day and which period, parsed here only. */
export function specFrom(options: SpecOptions, today: CalendarDate = todayInOslo()): RunSpec {
  const asOf = options.asOf === undefined ? today : parseAsOf(options.asOf);
  const { range, given } = rangeOf(options, Number(asOf.slice(0, 4)));
  return {
    asOf,
    today,
    range,
    rangeGiven: given,
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.party !== undefined ? { party: options.party } : {}),
  };
}
