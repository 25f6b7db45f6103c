import ical, {
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { utcMidnight } from '../dates.js';
import { formatDate } from '../i18n/format-date.js';
import { maskIdentityNumbers } from '../identity/number.js';
import type { WithdrawnReminder } from '../remind/withdrawn.js';
import { sequenceOf } from './calendar-ics.js';
import { ICS_TIMEZONES, icsUrl, icsWhen, whenContent } from './ics-time.js';
import { icsUid } from './ics-uid.js';
import { deadlineTitle, type RemindView, recipientLines, reminderTitle, whenLines } from './remind-view.js';
import { terminalSafe } from './sanitize.js';

const WITHDRAWN_TEXT = {
  held: 'remind.withdrawn-held',
  done: 'remind.withdrawn-done',
  cancelled: 'remind.withdrawn-cancelled',
  unrecorded: 'remind.withdrawn-unrecorded',
} as const satisfies Record<WithdrawnReminder['by'], string>;

// RFC 5545 via ical-generator: CRLF line ends, TEXT escaping and line folding are the library's.
// Control characters are not allowed in TEXT values, so data passes through terminalSafe first.

export function remindIcs(view: RemindView): string {
  const { entries } = view;
  const calendarName =
    entries.length === 1 ? view.t('remind.calendar', { title: entries[0]!.title }) : 'samarbeid';
  const calendar = ical({
    prodId: { company: 'samarbeid', product: 'samarbeid', language: view.lang.toUpperCase() },
    name: terminalSafe(calendarName),
    method: ICalCalendarMethod.PUBLISH,
    timezone: ICS_TIMEZONES,
  });
  // DTSTAMP and SEQUENCE grow with the as-of date, so calendar programs take a later run's event
  // as an update of the earlier one; the same as-of gives the same file. SEQUENCE as in the
  // calendar feed (calendar-ics.ts), whose UIDs the reminders share.
  const stamp = utcMidnight(view.asOf);
  // An event names its agreement by title only where the file holds more than one; the id is for
  // commands, not for a calendar.
  const named = (title: string, entry: (typeof entries)[number]) =>
    entries.length > 1 ? `${title} – ${entry.title}` : title;
  for (const entry of entries) {
    for (const r of entry.reminders) {
      const day = r.date ?? r.deadline ?? r.suggested ?? view.asOf;
      const title = terminalSafe(reminderTitle(r, view));
      const description = [
        ...whenLines(r, view, true),
        ...recipientLines(r, entry, view),
        ...(r.agenda.length > 0
          ? [`${view.t('remind.agenda')}:`, ...r.agenda.map((item, i) => `${i + 1}. ${view.render(item)}`)]
          : []),
      ].map(terminalSafe);
      const summary = terminalSafe(named(title, entry));
      const text = maskIdentityNumbers(description.join('\n'));
      const event = calendar.createEvent({
        id: icsUid(r.uidKey ?? r.key),
        // SPEC section 14: a planned meeting with a time is at that hour in Norway.
        ...icsWhen(day, r.at),
        stamp,
        sequence: sequenceOf(view.asOf, entry.facts ?? 0, [whenContent(day, r.at), summary, text].join('\n')),
        summary,
        // Masked as one text too: a number split over two lines is still one number.
        description: text,
        ...icsUrl(r.at),
      });
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: entry.alarmDays * 86_400,
        description: view.t('remind.alarm', { title }),
      });
    }
  }
  // SPEC section 14: what was resolved within the window keeps its UID, cancelled, with a SEQUENCE
  // above the one any earlier file gave it (a later as-of, or more recorded facts on the same day).
  for (const entry of entries) {
    for (const w of entry.withdrawn ?? []) {
      const title = terminalSafe(w.kind === 'deadline' ? deadlineTitle(w.title, view) : view.render(w.title));
      const summary = maskIdentityNumbers(terminalSafe(named(title, entry)));
      const text = maskIdentityNumbers(
        terminalSafe(view.t(WITHDRAWN_TEXT[w.by], { date: formatDate(w.resolvedOn, view.lang) })),
      );
      calendar.createEvent({
        id: icsUid(w.uidKey),
        ...icsWhen(w.day, w.at),
        stamp,
        sequence: sequenceOf(
          view.asOf,
          entry.facts ?? 0,
          [whenContent(w.day, w.at), summary, text, 'CANCELLED'].join('\n'),
        ),
        summary,
        description: text,
        ...icsUrl(w.at),
        status: ICalEventStatus.CANCELLED,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
  }
  // RFC 5545: every content line ends with CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
