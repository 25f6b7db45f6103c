import { createHash } from 'node:crypto';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { type CalendarDate, daysBetween, utcMidnight } from '../dates.js';
import { maskIdentityNumbers } from '../identity/number.js';
import type { PlanEvent } from '../plan/year-plan.js';
import { type CalendarView, eventTitle, factLines, followUpLines, statusWord } from './calendar-view.js';
import { ICS_TIMEZONES, icsUrl, icsWhen, whenContent } from './ics-time.js';
import { icsUid } from './ics-uid.js';
import { terminalSafe } from './sanitize.js';

const EPOCH = '2020-01-01' as CalendarDate;

/**
 * SEQUENCE without a stored state (docs/decisions.md, "SEQUENCE of the calendar feed"):
 * days from 2020-01-01 to as-of × 65536 + recorded facts (at most 4095) × 16 + content hash mod 16.
 * A later as-of gives a higher number; on one as-of day, so does anything recorded since (every
 * `record` raises the facts); the last 4 bits tell apart two contents that neither explains (a
 * moved meeting). The same data and as-of always give the same file. Fits RFC 5545's 31 bits
 * until 2109.
 */
export function sequenceOf(asOf: CalendarDate, facts: number, content: string): number {
  const day = Math.min(32_767, Math.max(0, daysBetween(EPOCH, asOf)));
  const hash = Number.parseInt(createHash('sha256').update(content).digest('hex').slice(0, 8), 16) % 16;
  return day * 65_536 + Math.min(4095, Math.max(0, facts)) * 16 + hash;
}

// How often a subscribed calendar fetches the feed again: twice a day.
const TTL_SECONDS = 12 * 60 * 60;

/**
 * The year plan as a feed (SPEC section 9): one VEVENT per thing, its UID from agreement, subject
 * and period; resolved things stay with their new state, or STATUS:CANCELLED.
 */
export function calendarIcs(view: CalendarView): string {
  const name =
    view.entries.length === 1 ? view.t('calendar.feed-name', { title: view.entries[0]!.title }) : 'samarbeid';
  const calendar = ical({
    prodId: { company: 'samarbeid', product: 'samarbeid', language: view.lang.toUpperCase() },
    name: terminalSafe(name),
    method: ICalCalendarMethod.PUBLISH,
    ttl: TTL_SECONDS,
    timezone: ICS_TIMEZONES,
  });
  const stamp = utcMidnight(view.asOf);
  for (const entry of view.entries) {
    for (const e of entry.events) {
      const summary = terminalSafe(`${eventTitle(e, view)} (${statusWord(e.status, view)})`);
      // The follow-up is part of the content: when it changes, so does SEQUENCE's hash.
      const carried = followUpLines(e, view);
      const lines = [
        ...factLines(e, entry, view),
        ...(carried.length > 0
          ? ['', view.t('calendar.follow-up'), ...carried.map((item) => `- ${item}`)]
          : []),
      ];
      const description = maskIdentityNumbers(lines.map(terminalSafe).join('\n'));
      const status = statusOf(e);
      calendar.createEvent({
        id: icsUid(e.key),
        // SPEC section 14: a meeting with a time is at that hour in Norway; the rest are all-day.
        ...icsWhen(e.date, e.at),
        stamp,
        sequence: sequenceOf(
          view.asOf,
          entry.facts,
          [whenContent(e.date, e.at), summary, description, status].join('\n'),
        ),
        summary: maskIdentityNumbers(summary),
        description,
        ...icsUrl(e.at),
        status,
        // Deadlines and notice days do not make anyone busy.
        transparency:
          e.kind === 'meeting' || e.kind === 'proposed'
            ? ICalEventTransparency.OPAQUE
            : ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  return `${calendar.toString()}\r\n`;
}

function statusOf(e: PlanEvent): ICalEventStatus {
  if (e.status === 'cancelled') return ICalEventStatus.CANCELLED;
  if (e.kind === 'proposed') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}
