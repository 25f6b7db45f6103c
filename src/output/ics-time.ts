import type { ICalDateTimeValue, ICalTimezone } from 'ical-generator';
import { addDays, type CalendarDate, utcMidnight } from '../dates.js';
import { maskIdentityNumbers } from '../identity/number.js';
import { MEETING_ZONE, type MeetingAt } from '../model/meeting-time.js';
import { terminalSafe } from './sanitize.js';

// SPEC section 14: a meeting with `time` is a timed event in Norwegian time (TZID=Europe/Oslo,
// with its VTIMEZONE) in every ICS file; without it stays an all-day event, as before.

/**
 * Europe/Oslo as Outlook and khal read it: CET, and CEST from the last Sunday of March at 02:00 to
 * the last Sunday of October at 03:00 (the EU rule, in force in Norway since 1996). Written here,
 * not taken from a time-zone package: it is the only zone samarbeid writes, the rule has not
 * changed in thirty years, and the start-up bundle stays small (docs/calendar.md).
 */
export const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${MEETING_ZONE}`,
  `X-LIC-LOCATION:${MEETING_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZNAME:CEST',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZNAME:CET',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * The calendar's time zones: no name (no X-WR-TIMEZONE, so files without a timed event stay as
 * they were), and a VTIMEZONE for each zone an event uses, which is only ever Europe/Oslo.
 */
export const ICS_TIMEZONES: ICalTimezone = {
  name: null,
  generator: (zone) => (zone === MEETING_ZONE ? OSLO_VTIMEZONE : null),
};

/**
 * A time on the clock in Norway, as ical-generator takes it (its day.js form): written as it is
 * with the event's TZID, never turned into the time zone of the machine that runs samarbeid.
 */
function wallClock(date: CalendarDate, clock: string): ICalDateTimeValue {
  const [y, m, d] = date.split('-');
  const [hh, mm] = clock.split(':');
  const instant = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm)));
  const iso = instant.toISOString();
  const parts: Record<string, string> = {
    YYYYMMDD: iso.slice(0, 10).replaceAll('-', ''),
    HHmmss: `${iso.slice(11, 13)}${iso.slice(14, 16)}00`,
  };
  return {
    format: (pattern?: string) => parts[pattern ?? ''] ?? iso,
    isValid: () => true,
    toDate: () => instant,
    toJSON: () => iso.slice(0, 19),
  };
}

/** The start, end and place of an event on `day`: timed where the meeting has a time. */
export function icsWhen(day: CalendarDate, at: MeetingAt | null | undefined) {
  const time = at?.time ?? null;
  const where = at?.place ? { location: maskIdentityNumbers(terminalSafe(at.place)) } : {};
  if (!time) return { start: utcMidnight(day), allDay: true, ...where };
  return {
    start: wallClock(day, time.start),
    // An hour after 23:30 is 00:30 the next day.
    end: wallClock(time.end > time.start ? day : addDays(day, 1), time.end),
    timezone: MEETING_ZONE,
    ...where,
  };
}

/** The online link as a URL property (http or https, as the schema takes), or nothing. */
export function icsUrl(at: MeetingAt | null | undefined): { url?: string } {
  if (!at?.online) return {};
  try {
    return { url: maskIdentityNumbers(new URL(at.online).href) };
  } catch {
    return {};
  }
}

/** What SEQUENCE's hash reads beside the day: nothing for a meeting without a time or place. */
export const whenContent = (day: CalendarDate, at: MeetingAt | null | undefined) =>
  at?.time || at?.place
    ? `${day} ${at.time ? `${at.time.start}-${at.time.end}` : ''} ${at.place ?? ''}`
    : day;
