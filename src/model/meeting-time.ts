// SPEC section 14: a meeting's `time`, `HH:MM` or `HH:MM-HH:MM` on the clock in Norway
// (Europe/Oslo). Apart from the zod schema: the outputs read the time, and start-up loads no zod.

const CLOCK = '([01][0-9]|2[0-3]):[0-5][0-9]';
export const MEETING_TIME_PATTERN = `^${CLOCK}(-${CLOCK})?$`;

/** The zone every meeting time is in (SPEC section 14). */
export const MEETING_ZONE = 'Europe/Oslo';

export interface MeetingTime {
  /** `HH:MM`. */
  start: string;
  /** `HH:MM`: the end written, else an hour after the start (SPEC section 14): 23:30 ends at 00:30 the next day. */
  end: string;
  /** The end was written. */
  written: boolean;
}

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clock = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/**
 * `10:00-11:30` as a typed value; `10:00` alone lasts an hour. Null for anything the pattern does
 * not take and for an end that is not after the start (a schema finding, `schema.bad-time`).
 */
export function parseMeetingTime(text: string): MeetingTime | null {
  if (!new RegExp(MEETING_TIME_PATTERN).test(text)) return null;
  const [start, end] = text.split('-') as [string, string | undefined];
  if (end === undefined) return { start, end: clock((minutes(start) + 60) % (24 * 60)), written: false };
  return minutes(end) > minutes(start) ? { start, end, written: true } : null;
}

/** When and where a meeting is, for the calendars: null where it has none of the three keys. */
export interface MeetingAt {
  time: MeetingTime | null;
  place: string | null;
  online: string | null;
}

export function meetingAt(meeting: {
  time?: string | null;
  place?: string | null;
  online?: string | null;
}): MeetingAt | null {
  const time = meeting.time ? parseMeetingTime(meeting.time) : null;
  const place = meeting.place ?? null;
  const online = meeting.online ?? null;
  return time || place || online ? { time, place, online } : null;
}
