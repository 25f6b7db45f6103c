import { addDays, type CalendarDate, daysBetween, isoWeekday, ymd } from '../dates.js';
import { AVOIDABLE, type Avoidable } from '../model/avoidable.js';

// SPEC section 9: weekends and public holidays are never working days; days that public bodies
// avoid by custom are avoided too (by default julaften, romjul, nyttårsaften and fellesferie,
// påskeuka on request), and an agreement may close its own dates. Pure: the public holidays come
// in as a function (date-holidays, loaded by the commands that need it).

export const DEFAULT_AVOID: readonly Avoidable[] = ['julaften', 'romjul', 'nyttarsaften', 'fellesferie'];

export type IsHoliday = (date: CalendarDate) => boolean;

/** Why a day is no working day. */
export type DayOff =
  | { kind: 'weekend' }
  | { kind: 'holiday' }
  | { kind: 'avoid'; name: Avoidable }
  | { kind: 'closed'; range: string };

export interface CalendarSettings {
  avoid?: readonly string[] | null;
  closed?: readonly string[] | null;
}

/** The working days of one agreement. */
export interface WorkingDays {
  /** Why the date is no working day, or null when it is one. */
  dayOff(date: CalendarDate): DayOff | null;
}

/** Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** ISO week number (1-53) of a date. */
export function isoWeek(date: CalendarDate): number {
  // The week's Thursday decides its year; week 1 holds 4 January.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = ymd(Number(thursday.slice(0, 4)), 1, 1);
  return Math.floor(daysBetween(jan1, thursday) / 7) + 1;
}

const weekCache = new Map<string, number>();
const cachedIsoWeek = (date: CalendarDate) => {
  let w = weekCache.get(date);
  if (w === undefined) {
    w = isoWeek(date);
    weekCache.set(date, w);
  }
  return w;
};

/** The named period a date falls in, among those given. */
export function avoidedPeriod(date: CalendarDate, avoid: readonly Avoidable[]): Avoidable | null {
  const md = date.slice(5);
  for (const name of avoid) {
    switch (name) {
      case 'julaften':
        if (md === '12-24') return name;
        break;
      case 'romjul':
        if (md >= '12-27' && md <= '12-30') return name;
        break;
      case 'nyttarsaften':
        if (md === '12-31') return name;
        break;
      case 'fellesferie':
        if (md >= '07-01' && md <= '08-05') {
          const w = cachedIsoWeek(date);
          if (w >= 28 && w <= 30) return name;
        }
        break;
      case 'paskeuka': {
        // Monday to Wednesday before Maundy Thursday; the rest of the week is public holidays.
        if (md < '03-16' || md > '04-21') break;
        const easter = easterSunday(Number(date.slice(0, 4)));
        if (date >= addDays(easter, -6) && date <= addDays(easter, -4)) return name;
        break;
      }
    }
  }
  return null;
}

/** A `closed` entry as an inclusive pair: a date, or an ISO interval `2027-02-22/2027-02-26`. */
export function closedRange(entry: string): [CalendarDate, CalendarDate] {
  const [from, to] = entry.split('/') as [string, string | undefined];
  return [from as CalendarDate, (to ?? from) as CalendarDate];
}

export function workingDays(
  isHoliday: IsHoliday,
  settings: CalendarSettings | null | undefined,
): WorkingDays {
  const avoid = (settings?.avoid ?? DEFAULT_AVOID).filter((a): a is Avoidable =>
    (AVOIDABLE as readonly string[]).includes(a),
  );
  const closed = (settings?.closed ?? []).map((entry) => ({ entry, range: closedRange(entry) }));
  return {
    dayOff(date) {
      if (isoWeekday(date) > 5) return { kind: 'weekend' };
      if (isHoliday(date)) return { kind: 'holiday' };
      const name = avoidedPeriod(date, avoid);
      if (name) return { kind: 'avoid', name };
      const hit = closed.find(({ range: [from, to] }) => date >= from && date <= to);
      if (hit) return { kind: 'closed', range: hit.entry };
      return null;
    },
  };
}

/** A day skipped on the way to a working day, and why. */
export interface Skipped {
  date: CalendarDate;
  off: DayOff;
}

export interface Found {
  date: CalendarDate;
  skipped: Skipped[];
}

// Closed periods may be long; a search gives up after two years and takes the day it started from.
const LIMIT = 732;

/** The first working day on or after `date` (step 1), or on or before it (step -1), with the days skipped. */
export function workingDayFrom(days: WorkingDays, date: CalendarDate, step: 1 | -1 = 1): Found {
  const skipped: Skipped[] = [];
  let d = date;
  for (let i = 0; i < LIMIT; i++) {
    const off = days.dayOff(d);
    if (!off) return { date: d, skipped };
    skipped.push({ date: d, off });
    d = addDays(d, step);
  }
  return { date, skipped: [] };
}
