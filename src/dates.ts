// Calendar dates as validated 'YYYY-MM-DD' strings. This is the one module that reads the clock
// and the one that knows about time zones.
import {
  differenceInCalendarDays,
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  addWeeks as fnsAddWeeks,
  addYears as fnsAddYears,
} from 'date-fns';

export type CalendarDate = string & { readonly __calendarDate: true };

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * SPEC section 2: dates are in the years 1900-2999. Arithmetic on them (a cadence adds at most
 * ten years, src/model/cadence.ts) thus stays within four-digit years, which compare as text.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** The date, or null when the text is not YYYY-MM-DD, names no real day (2026-02-30) or a year outside 1900-2999. */
export function parseCalendarDate(text: string): CalendarDate | null {
  if (!SHAPE.test(text)) return null;
  const year = Number(text.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  // An impossible day rolls over into the next month, so it does not survive the round trip.
  return fromDate(toDate(text as CalendarDate)) === text ? (text as CalendarDate) : null;
}

const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A date as people type it on the command line: `2026-12-08`, or the Norwegian `08.12.2026` (also
 * `8.12.2026`), which is how every output of samarbeid writes dates (SPEC section 2).
 */
export function parseDateArgument(text: string): CalendarDate | null {
  const nb = NORWEGIAN.exec(text.trim());
  if (!nb) return parseCalendarDate(text.trim());
  const [, d, m, y] = nb as unknown as [string, string, string, string];
  return parseCalendarDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

export function asCalendarDate(text: string): CalendarDate {
  const d = parseCalendarDate(text);
  if (d === null) throw new Error(`not a calendar date: ${text}`);
  return d;
}

// Local midnight: date-fns' calendar arithmetic (addMonths clamping, DST-safe day counts) works
// on local dates, and no wall-clock time ever leaves this module.
export function toDate(d: CalendarDate): Date {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return localDate(y, m, day);
}

// Not new Date(y, m, d): it reads years 0-99 as 1900-1999.
function localDate(y: number, m: number, d: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
}

export function fromDate(d: Date): CalendarDate {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}` as CalendarDate;
}

export function ymd(y: number, m: number, d: number): CalendarDate {
  return fromDate(localDate(y, m, d));
}

export const addDays = (d: CalendarDate, n: number) => fromDate(fnsAddDays(toDate(d), n));
export const addWeeks = (d: CalendarDate, n: number) => fromDate(fnsAddWeeks(toDate(d), n));
export const addMonths = (d: CalendarDate, n: number) => fromDate(fnsAddMonths(toDate(d), n));
export const addYears = (d: CalendarDate, n: number) => fromDate(fnsAddYears(toDate(d), n));

/** b minus a in calendar days. */
export const daysBetween = (a: CalendarDate, b: CalendarDate) =>
  differenceInCalendarDays(toDate(b), toDate(a));

export const yearOf = (d: CalendarDate) => Number(d.slice(0, 4));
export const monthOf = (d: CalendarDate) => Number(d.slice(5, 7));

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function isoWeekday(d: CalendarDate): number {
  const day = toDate(d).getDay();
  return day === 0 ? 7 : day;
}

/**
 * Today's date in Europe/Oslo, whatever the machine's time zone. The zone is read through TZ, set
 * for the moment and put back: the first Intl.DateTimeFormat of a process costs about 25 ms
 * (ICU's locale data), a quarter of Node's own start-up; both read the same IANA zone data.
 */
export function todayInOslo(now: Date = new Date()): CalendarDate {
  const saved = process.env.TZ;
  process.env.TZ = 'Europe/Oslo';
  try {
    return fromDate(now);
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** Midnight UTC of the date: for libraries that read the UTC fields of a Date (ical-generator). */
export function utcMidnight(d: CalendarDate): Date {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day));
}
